"""tongji_html() as SQLite expects of a function (issue 15): registered
SQLITE_DETERMINISTIC, a page must be byte for byte the same under a locale
whose decimal point is a comma (de_DE.UTF-8), and an expression index on it
must stay valid when the locale changes; and it obeys SQLITE_LIMIT_LENGTH."""
import os
import subprocess

import pytest

from conftest import EXT, SAMPLE

CHILD = r"""
import locale, sqlite3, sys
locale.setlocale(locale.LC_ALL, "")
point = locale.localeconv()["decimal_point"]
db = sqlite3.connect(sys.argv[2])
db.enable_load_extension(True)
db.load_extension(sys.argv[1])
doc = open(sys.argv[3], encoding="utf-8").read()
page = db.execute("SELECT tongji_html(?1, 2023)", (doc,)).fetchone()[0]
if sys.argv[4] == "index":
    db.execute("CREATE TABLE IF NOT EXISTS t(d TEXT)")
    if not db.execute("SELECT count(*) FROM t").fetchone()[0]:
        db.execute("INSERT INTO t VALUES (?1)", (doc,))
        db.execute("CREATE INDEX t_page ON t(tongji_html(d, 2023))")
        db.commit()
    check = db.execute("PRAGMA integrity_check").fetchone()[0]
else:
    check = "-"
sys.stdout.buffer.write((point + "\n" + check + "\n").encode() + page.encode())
"""


def german_locale(tmp_path):
    """Build de_DE.UTF-8 in tmp_path (localedef from the locales package), the
    LOCPATH to find it by."""
    path = tmp_path / "locale"
    path.mkdir()
    r = subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8", str(path / "de_DE.UTF-8")],
                       capture_output=True, text=True)
    if not (path / "de_DE.UTF-8").exists():
        pytest.fail("cannot build de_DE.UTF-8 (Debian package locales): " + r.stderr[-500:])
    return str(path)


def run(tmp_path, env_extra, dbfile, mode):
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = dict(os.environ, **env_extra)
    out = subprocess.run(["/usr/bin/python3", str(script), EXT, str(dbfile), SAMPLE, mode],
                         capture_output=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    point, check, page = out.stdout.split(b"\n", 2)
    return point.decode(), check.decode(), page


def test_html_is_the_same_under_a_comma_locale(tmp_path):
    locpath = german_locale(tmp_path)
    c_point, _, c_page = run(tmp_path, {"LC_ALL": "C"}, ":memory:", "page")
    de_point, _, de_page = run(tmp_path, {"LC_ALL": "de_DE.UTF-8", "LOCPATH": locpath}, ":memory:", "page")
    assert c_point == "." and de_point == ","  # the child really ran under the German locale
    assert b"3652.8" in c_page or b"6.1" in c_page  # the sample's decimals are in the page
    assert de_page == c_page


def test_an_expression_index_stays_valid_across_locales(tmp_path):
    locpath = german_locale(tmp_path)
    dbfile = tmp_path / "pages.db"
    _, check, _ = run(tmp_path, {"LC_ALL": "C"}, dbfile, "index")
    assert check == "ok"
    _, check, _ = run(tmp_path, {"LC_ALL": "de_DE.UTF-8", "LOCPATH": locpath}, dbfile, "index")
    assert check == "ok"


def test_html_obeys_the_length_limit(db):
    import sqlite3
    doc = "全年地区生产总值增长5.2%，城镇新增就业9万人。" * 40  # about 2 400 bytes
    db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2000)
    with pytest.raises(sqlite3.DataError, match="too big"):
        db.execute("SELECT tongji_html(?1)", (doc,)).fetchone()  # refused before the page is built
    short = doc[:500]  # under the limit; its page, with its head and marks, over it
    assert len(short.encode()) < 2000
    with pytest.raises(sqlite3.DataError, match="too big"):
        db.execute("SELECT tongji_html(?1)", (short,)).fetchone()
    db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000)
    assert db.execute("SELECT length(tongji_html(?1)) > 0", (short,)).fetchone()[0] == 1
