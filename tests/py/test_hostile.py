"""Hostile inputs: whatever people scrape must not crash tongji, take more than
linear time or hold memory beyond a bound, and wrong arguments must be named.

Time is checked with generous limits (a quadratic step on megabytes would take
minutes or hours, a linear one a fraction of a second), never as a benchmark.
"""
import os
import random
import subprocess
import sys
import time

import pytest

from conftest import EXT, connect

TVFS = ["sentences(?1)", "quantities(?1)", "periods(?1, 2023)", "indicators(?1, 2023)", "sections(?1)"]


def run_all(db, doc, offsets=True):
    """Every function over doc; returns the row counts.  With offsets, checks
    the offset rule inside SQLite, which also works where the text is not
    valid UTF-8 (SQLite's substr() walks the text from its start for every
    row, so that check is for short documents)."""
    counts = []
    for f in TVFS:
        counts.append(db.execute(f"SELECT count(*) FROM {f}", (doc,)).fetchone()[0])
        if offsets and not f.startswith("sections"):
            off = db.execute(f"SELECT count(*) FROM {f} WHERE substr(CAST(?1 AS TEXT), start, length) <> text",
                             (doc,)).fetchone()[0]
            assert off == 0, (f, off)
    db.execute("SELECT cn_number(?1)", (doc,)).fetchone()
    return counts


def timed(db, doc, limit):
    """Every function over a large doc within `limit` seconds (linear time),
    and the offset rule over its first 20 000 characters."""
    t0 = time.monotonic()
    counts = run_all(db, doc, offsets=False)
    took = time.monotonic() - t0
    assert took < limit, f"{took:.1f}s for {len(doc)} characters"
    run_all(db, doc[:20000])
    return counts


MB = 1 << 20

# megabytes of one thing: each must run in linear time
PATHOLOGICAL = {
    "digits": "1234567890",
    "wan": "万",
    "dun-hao": "、",
    "di": "第",
    "dashes": "——",
    "newlines": "\n",
    "brackets": "（（（（））））",
    "percent": "%",
    "year-months": "2022年1—10月",
    "labels": "一、（一）1.（1）①",
    "cjk-numerals": "一二三四五六七八九十百千万亿",
    "points": "1.1.1.",
    "quotes": "“十四五”",
    "book-titles": "《",
    "spaces": "　 \t",
    "cues": "预计力争确保要将",
    "fenbie": "分别增长5%和",
    # found by a random search over these words (superlinear before the look-back bounds)
    "compared-many": "比上年表1 两预计三分之一",
    "share-list": "亿占分别、比上年1.",
    "plan-falls": "3.5亿元比上年人“十四五”下降",
    "fenbie-list": "分别增长5%、6%、7%、",
    "periods-in-a-subject": "前三季度约5",
    "years-and-labels": "年1.",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_megabytes_of_one_thing(db, name):
    unit = PATHOLOGICAL[name]
    doc = (unit * (2 * MB // len(unit.encode()) + 1))[: 2 * MB // 3]
    timed(db, doc, 60)


def test_invalid_utf8_everywhere(db):
    rnd = random.Random(7)
    pieces = ["全年增长5.2%，".encode(), "一、综合\n".encode(), "1—10月".encode(), "亿元".encode()]
    for _ in range(200):
        b = bytearray()
        for _ in range(rnd.randint(1, 40)):
            r = rnd.random()
            if r < 0.4:
                b += rnd.choice(pieces)
            elif r < 0.7:
                b += bytes(rnd.randint(0x80, 0xFF) for _ in range(rnd.randint(1, 4)))
            else:
                piece = rnd.choice(pieces)
                b += piece[: rnd.randint(1, len(piece))]  # a character cut in two
        run_all(db, bytes(b))


def test_stray_continuation_after_a_word(db):
    # a word's bytes followed by a stray continuation byte make one SQLite character:
    # spans must cover it (found by fuzzing)
    for doc in [b"\xe5\x85\xa8\xe5\xb9\xb4\xe5\xa2\x9e\xe9\x95\xbf4.5%\xe4\xbb\xa5\xe5\x86\x85\x8c",
                "1—10月".encode() + b"\x96" + "，工业增长6%。".encode()]:
        run_all(db, doc)


def test_embedded_nul_and_blobs(db):
    doc = "全年增长5%。".encode() + b"\x00" + "城镇新增就业9万人。".encode()
    counts = run_all(db, doc)
    assert counts[1] == 1  # quantities stop at the NUL, as SQLite's text functions do
    assert db.execute("SELECT count(*) FROM quantities(?)", (doc.decode("utf-8", "replace"),)).fetchone()[0] == 1


def test_hundred_thousand_headings(db):
    doc = "".join(f"{'一二三四五六七八九'[k % 9]}、标题{k}\n（一）小节{k}\n正文增长{k % 7}%。\n" for k in range(100_000))
    t0 = time.monotonic()
    n, top = db.execute("SELECT count(*), count(*) FILTER (WHERE parent IS NULL) FROM sections(?)", (doc,)).fetchone()
    assert n == 200_000 and top == 100_000
    assert time.monotonic() - t0 < 60
    timed(db, doc, 120)


def test_one_ten_megabyte_line(db):
    doc = "全市地区生产总值增长5.2%，" * (10 * MB // 40)
    counts = timed(db, doc, 120)
    # no terminator and no line break: the document is read in windows of at
    # most 320 KiB, cut at a character, and each window's part is a sentence
    # (docs/robustness.md); one sentence per window, no more
    assert 1 <= counts[0] <= len(doc.encode()) // (256 * 1024) + 1, counts[0]
    assert counts[1] > 200_000


def test_many_sentences_with_many_values(db):
    doc = "其中，" + "、".join(f"{k}号线客流{k}万人次" for k in range(30_000)) + "，分别增长5%。"
    timed(db, doc, 60)


# Peak RSS of the process itself.  Not getrusage(): Linux carries the
# parent's high-water mark of RSS into a child across fork and exec, so a
# child of a big pytest process would start with the parent's peak.
HWM = """
def hwm():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) * 1024
"""


def peak_growth(tmp_path, unit, nbytes, query):
    """Run query (one row, one column) over nbytes of unit repeated in a fresh
    process, whose peak RSS is its own: (bytes of the document, the query's
    value, bytes of peak RSS the query added)."""
    script = tmp_path / "child.py"
    script.write_text(f"""
import sqlite3
{HWM}
db = sqlite3.connect(':memory:')
db.enable_load_extension(True)
db.load_extension({EXT!r})
unit = {unit!r}
doc = unit * ({nbytes} // len(unit.encode()) + 1)
base = hwm()
n = db.execute({query!r}, (doc,)).fetchone()[0]
print(len(doc.encode()), n, hwm() - base)
""")
    out = subprocess.run(["/usr/bin/python3", str(script)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return tuple(map(int, out.stdout.split()))


def test_two_hundred_megabytes_in_bounded_memory(tmp_path):
    unit = "一、综合\n全年全市地区生产总值增长5.2%，规模以上工业增加值8203.2亿元。\n"
    size, n, added = peak_growth(tmp_path, unit, 200 * MB, "SELECT count(*) FROM quantities(?)")
    assert size >= 200 * MB and n > 4_000_000
    # the process held the text once as Python str and once as UTF-8; what
    # tongji added on top stays under 10 times the document
    assert added < 10 * size, added / size


@pytest.mark.parametrize("unit", ["1%", "\n"])
def test_memory_follows_the_window_in_dense_inputs(tmp_path, unit):
    # a row every two bytes (1%1%1%…) or a line per byte is the worst case for
    # memory.  The rows are computed a window (about 256 KiB) at a time, so
    # what tongji holds besides the copies of the text is bounded by the
    # window, not the document: 4 times the text adds only the copies
    # (the bound argument SQLite copies, the cursor's copy), and the peak stays
    # under 3 bytes per byte of text plus 48 MiB (docs/robustness.md)
    q = "SELECT count(*) FROM indicators(?1, 2023)"
    small = peak_growth(tmp_path, unit, 2 * MB, q)[2]
    big = peak_growth(tmp_path, unit, 8 * MB, q)[2]
    assert big < 3 * 8 * MB + 48 * MB, big / MB
    assert big - small < 4 * 6 * MB, (small, big)


# ---- wrong arguments --------------------------------------------------------------

@pytest.mark.parametrize("sql, message", [
    ("SELECT * FROM sentences()", "sentences(): the document argument is missing"),
    ("SELECT * FROM quantities(1)", "quantities(): document must be TEXT or BLOB, not INTEGER"),
    ("SELECT * FROM periods(1.5)", "periods(): document must be TEXT or BLOB, not REAL"),
    ("SELECT * FROM periods('x', 'abc')", "periods(): year must be an integer between 1000 and 9999"),
    ("SELECT * FROM indicators('x', 20230)", "indicators(): year must be an integer between 1000 and 9999"),
    ("SELECT * FROM indicators('x', 2023.5)", "indicators(): year must be an integer between 1000 and 9999"),
    ("SELECT * FROM indicators('x', 2023, 1)", "indicators"),
    ("SELECT * FROM sections('x', 2023)", "sections"),
    ("SELECT * FROM sections(x'00', 1)", "sections"),
    ("SELECT cn_number()", "cn_number"),
    ("SELECT cn_number('1', '2')", "cn_number"),
    ("SELECT tongji_version(1)", "tongji_version"),
])
def test_wrong_arguments_are_named(db, sql, message):
    import sqlite3
    with pytest.raises(sqlite3.Error) as e:
        db.execute(sql).fetchall()
    assert message in str(e.value)


def test_cn_number_takes_any_type(db):
    # numbers pass through, NULL and what is no numeral give NULL: never an error
    assert db.execute("SELECT cn_number(1), cn_number(2.5), cn_number(NULL), cn_number(x'ff'), cn_number(x'')"
                      ).fetchone() == (1, 2.5, None, None, None)
