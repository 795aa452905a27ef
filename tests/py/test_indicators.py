"""indicators(): columns, a multi-document panel, and invariants over the real corpus."""
import math
import os

import pytest

from conftest import SAMPLE, connect, corpus_files
from test_quantities_periods import years

COLUMNS = ["id", "section", "sentence", "subject", "scope", "kind", "value", "value_max", "qualifier", "unit",
           "currency", "basis", "period", "period_start", "period_end", "status", "text", "start", "length",
           "period_source", "concept", "region", "region_code"]


def test_columns_in_contract_order(db):
    cur = db.execute("SELECT * FROM indicators('全年增长5%。')")
    assert [d[0] for d in cur.description] == COLUMNS
    hidden = db.execute("SELECT document, year FROM indicators('全年增长5%。', 2022)").fetchone()
    assert hidden == ("全年增长5%。", 2022)


def test_worked_rows_of_the_spec(db):
    doc = ("1—10月,全市战略性新兴产业投资、高技术产业投资分别增长13.7%和25.0%,规模以上高技术制造业增加值同比增长20.9%,"
           "拉动规模以上工业增加值增长2.1个百分点。青岛入选先进制造业百强市榜单第七。")
    rows = db.execute("SELECT text, subject, scope, kind, value, unit, basis, period FROM indicators(?, 2022)",
                      (doc,)).fetchall()
    assert rows[0] == ("13.7%", "战略性新兴产业投资", "全市", "change", 13.7, "%", None, "1—10月")
    assert rows[1] == ("25.0%", "高技术产业投资", None, "change", 25.0, "%", None, "1—10月")
    assert rows[2] == ("20.9%", "规模以上高技术制造业增加值", None, "change", 20.9, "%", "同比", "1—10月")
    assert rows[3][:6] == ("2.1个百分点", "规模以上工业增加值", None, "change", 2.1, "个百分点")
    assert rows[4][0] == "第七" and rows[4][3] == "rank" and rows[4][4] == 7 and rows[4][7] is None
    assert "先进制造业百强市榜单" in rows[4][1]


def test_panel_over_documents(db):
    db.execute("CREATE TABLE docs(city TEXT, year INTEGER, body TEXT)")
    db.executemany("INSERT INTO docs VALUES (?, ?, ?)", [
        ("甲市", 2022, "全年地区生产总值增长5.2%，外贸进出口1200亿元。"),
        ("乙市", 2023, "全年地区生产总值增长4.8%，外贸进出口860.5亿元。"),
    ])
    panel = db.execute("""
        SELECT d.city, i.subject, i.value, i.period_start
        FROM docs d, indicators(d.body, d.year) i
        WHERE i.subject = '外贸进出口' ORDER BY d.city""").fetchall()
    assert panel == [("乙市", "外贸进出口", 86050000000.0, "2023-01-01"),
                     ("甲市", "外贸进出口", 120000000000.0, "2022-01-01")]


def test_sample_sections_and_sentences_agree(db):
    with open(SAMPLE, encoding="utf-8") as f:
        doc = f.read()
    sentences = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, start, length FROM sentences(?)", (doc,))}
    sections = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, start, length FROM sections(?)", (doc,))}
    rows = db.execute("SELECT sentence, section, start, length FROM indicators(?, 2023)", (doc,)).fetchall()
    assert len(rows) > 30
    for sent, sec, start, length in rows:
        s0, sl = sentences[sent]
        assert s0 <= start and start + length <= s0 + sl
        if sec is not None:
            c0, cl = sections[sec]
            assert c0 <= start < c0 + cl


def test_year_errors(db):
    for bad in (999, 10000, 2022.5, "abc"):
        with pytest.raises(Exception, match=r"indicators\(\): year must be an integer between 1000 and 9999"):
            db.execute("SELECT * FROM indicators('全年增长5%。', ?)", (bad,)).fetchall()


@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus not present")
def test_corpus_invariants():
    db = connect()
    yrs = years()
    total = 0
    for path in corpus_files():
        with open(path, encoding="utf-8", errors="replace") as f:
            doc = f.read()
        year = yrs.get(os.path.basename(path))
        sents = dict(db.execute("SELECT id, start FROM sentences(?)", (doc,)).fetchall())
        for text, start, length, value, vmax, sent, kind in db.execute(
                "SELECT text, start, length, value, value_max, sentence, kind FROM indicators(?, ?)", (doc, year)):
            assert doc[start - 1:start - 1 + length] == text, (path, start, text)
            assert math.isfinite(value) and (vmax is None or math.isfinite(vmax))
            assert sent in sents and sents[sent] <= start
            assert kind in ("amount", "change", "share", "rank")
            total += 1
    assert total > 4000
