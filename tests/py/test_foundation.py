"""Loading, registration, errors, joins and bad inputs, through Python's sqlite3."""
import os
import sqlite3

import pytest

from conftest import ROOT, EXT, connect, corpus_files

OUR_FUNCTIONS = {"cn_number", "tongji_version", "tongji_debug", "tongji_html", "tongji_utf8"}
OUR_MODULES = {"sentences", "quantities", "periods", "indicators", "sections", "doc_info", "tongji_concepts",
               "tongji_regions"}

SQLITE_DETERMINISTIC = 0x800
SQLITE_INNOCUOUS = 0x200000


def names(db, sql):
    return {r[0] for r in db.execute(sql)}


def test_registers_exactly_its_functions():
    plain = sqlite3.connect(":memory:")
    db = connect()
    added = names(db, "SELECT name FROM pragma_function_list") - names(plain, "SELECT name FROM pragma_function_list")
    assert added == OUR_FUNCTIONS
    modules = names(db, "SELECT name FROM pragma_module_list") - names(plain, "SELECT name FROM pragma_module_list")
    assert modules == OUR_MODULES


def test_functions_are_deterministic_and_innocuous(db):
    rows = db.execute("SELECT name, flags FROM pragma_function_list WHERE name IN (%s)" %
                      ", ".join("?" * len(OUR_FUNCTIONS)), tuple(OUR_FUNCTIONS)).fetchall()
    assert {name for name, _ in rows} == OUR_FUNCTIONS
    for name, flags in rows:
        assert flags & SQLITE_DETERMINISTIC, name
        assert flags & SQLITE_INNOCUOUS, name


def test_version_is_from_VERSION(db):
    with open(os.path.join(ROOT, "VERSION")) as f:
        assert db.execute("SELECT tongji_version()").fetchone()[0] == "v" + f.read().strip()


def test_debug_names_its_parts(db):
    text = db.execute("SELECT tongji_debug()").fetchone()[0]
    assert text.startswith("tongji v")
    assert "SQLite " + sqlite3.sqlite_version in text
    assert "PCRE2 10." in text
    assert "JIT on" in text
    assert "built " in text


def test_load_twice_and_many_connections():
    dbs = [connect() for _ in range(20)]
    for d in dbs:
        d.enable_load_extension(True)
        d.load_extension(EXT)  # loading again replaces the functions cleanly
        assert d.execute("SELECT count(*) FROM sentences('甲。乙。')").fetchone()[0] == 2
    for d in dbs:
        d.close()


@pytest.mark.parametrize("text,value", [
    ("三千五百亿", 350000000000), ("1.4万", 14000), ("两千零二十二", 2022),
    ("十二万三千四百五十六点七", 123456.7), ("二〇二二", 2022), ("百分之十二点五", 12.5),
    ("１２３", 123), ("1,234.5", 1234.5), ("壹佰贰拾叁", 123), ("负3", -3),
    ("8203.2亿", 820320000000), ("不是数字", None), ("", None), (None, None),
])
def test_cn_number_spec_examples(db, text, value):
    got = db.execute("SELECT cn_number(?)", (text,)).fetchone()[0]
    assert got == value
    if isinstance(value, int):
        assert isinstance(got, int)


def test_cn_number_exact_not_float_noise(db):
    assert db.execute("SELECT cn_number('8203.2亿') = 820320000000").fetchone()[0] == 1
    assert db.execute("SELECT typeof(cn_number('8203.2亿'))").fetchone()[0] == "integer"


def test_error_messages_name_the_function(db):
    cases = {
        "SELECT * FROM sentences": "sentences(): the document argument is missing",
        "SELECT * FROM sentences(42)": "sentences(): document must be TEXT or BLOB, not INTEGER",
        "SELECT * FROM sentences(1.5)": "sentences(): document must be TEXT or BLOB, not REAL",
        "SELECT cn_number()": "cn_number",
        "SELECT cn_number('a', 'b')": "cn_number",
        "SELECT tongji_version(1)": "tongji_version",
        "SELECT * FROM sentences('a', 'b')": "sentences",
    }
    for sql, msg in cases.items():
        with pytest.raises(sqlite3.Error) as e:
            db.execute(sql).fetchall()
        assert msg in str(e.value), (sql, str(e.value))


def test_join_calls_once_per_row(db):
    db.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT)")
    bodies = ["甲。乙。", None, "丙！丁？戊。", "", "一、标题\n正文。"]
    db.executemany("INSERT INTO docs(body) VALUES (?)", [(b,) for b in bodies])
    joined = db.execute("SELECT d.id, s.id, s.text FROM docs d, sentences(d.body) s ORDER BY 1, 2").fetchall()
    alone = []
    for i, b in enumerate(bodies, 1):
        alone += [(i, sid, t) for sid, t in db.execute("SELECT id, text FROM sentences(?)", (b,))]
    assert joined == alone
    # the table-valued function may also be written first, and with a WHERE
    rev = db.execute("SELECT d.id, s.id FROM sentences(d.body) s JOIN docs d ORDER BY 1, 2").fetchall()
    assert rev == [(a, b) for a, b, _ in alone]
    where = db.execute("SELECT count(*) FROM docs d, sentences s WHERE s.document = d.body").fetchone()[0]
    assert where == len(alone)


def rows(db, doc):
    return db.execute("SELECT id, text, start, length, section FROM sentences(?)", (doc,)).fetchall()


def assert_offsets(doc, rs):
    for _, text, start, length, _ in rs:
        assert doc[start - 1:start - 1 + length] == text


def test_null_empty_and_blank(db):
    assert rows(db, None) == []
    assert rows(db, "") == []
    assert rows(db, "  \n\n\u3000") == []


def test_blob_reads_as_utf8(db, sample_text):
    as_text = rows(db, sample_text)
    as_blob = rows(db, sample_text.encode("utf-8"))
    assert as_text == as_blob and len(as_text) > 10
    assert_offsets(sample_text, as_text)


def test_invalid_utf8_never_crashes(db):
    for blob in [b"\xff\xfe\xfd", b"\xe4\xb8", b"\x80" * 100, "甲。".encode() + b"\xff" + "乙。".encode(),
                 bytes(range(256)) * 10, b"\xf0\x9f\x98" * 50 + "。".encode()]:
        got = db.execute("SELECT count(*), sum(length) FROM sentences(?)", (blob,)).fetchone()
        assert got[0] >= 0
    # offsets stay consistent with SQLite's own counting on the TEXT
    blob = "甲。".encode() + b"\xff\x80" + "乙丙。".encode()
    ok = db.execute("SELECT count(*), sum(substr(CAST(? AS TEXT), start, length) = text) FROM sentences(?)",
                    (blob, blob)).fetchone()
    assert ok[0] == ok[1] == 2


def test_embedded_nul_ends_the_text(db):
    rs = rows(db, "前。后。\x00不算。")
    assert [r[1] for r in rs] == ["前。", "后。"]


def test_integer_document_is_an_error(db):
    with pytest.raises(sqlite3.OperationalError, match="sentences"):
        rows(db, 12)


def test_fifty_megabytes(db):
    para = "全市地区生产总值5.2万亿元、增长5.4%，一般公共预算收入增长4.8%。\n\n"
    doc = para * (50 * 1024 * 1024 // len(para.encode()))
    count, last_start, last_len = db.execute(
        "SELECT count(*), max(start), (SELECT length FROM sentences(?1) ORDER BY id DESC LIMIT 1)"
        " FROM sentences(?1)", (doc,)).fetchone()
    assert count == doc.count("。")
    assert last_start + last_len - 1 == len(doc.rstrip())


def test_sample_offsets_and_sections(db, sample_text):
    rs = rows(db, sample_text)
    assert_offsets(sample_text, rs)
    assert rs[0][4] is None  # the title belongs to no section
    assert {r[4] for r in rs[1:]} == {1, 2, 3, 4, 5}
    assert [r[0] for r in rs] == list(range(1, len(rs) + 1))


@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus not present")
def test_corpus_offsets():
    db = connect()
    for path in corpus_files():
        with open(path, encoding="utf-8", errors="replace") as f:
            doc = f.read()
        rs = rows(db, doc)
        assert rs, path
        assert_offsets(doc, rs)
