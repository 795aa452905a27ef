"""doc_info() and the dates of rows without a year argument (issue 12)."""
import csv
import os

import pytest

from conftest import CORPUS_DOCS, corpus_files

DOCINFO_GOLD = os.path.join(CORPUS_DOCS, "docinfo.tsv")
COLUMNS = ["title", "kind", "region", "region_code", "year", "date"]


def test_columns_in_contract_order(db):
    cur = db.execute("SELECT * FROM doc_info('2023年某市国民经济和社会发展统计公报')")
    assert [d[0] for d in cur.description] == COLUMNS
    assert db.execute("SELECT document FROM doc_info('x')").fetchone() == ("x",)


def test_one_row_always_and_none_for_null(db):
    assert db.execute("SELECT count(*) FROM doc_info('')").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM doc_info('没有标题的一句话。')").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM doc_info(NULL)").fetchone() == (0,)


def test_invalid_utf8_is_harmless(db):
    row = db.execute("SELECT kind FROM doc_info(x'e694bfe5ba9cfffe32303236e5b9b4')").fetchone()
    assert row == ("other",)


@pytest.mark.skipif(not os.path.exists(DOCINFO_GOLD), reason="../shared/corpus/docs/docinfo.tsv not present")
def test_corpus_gold(db):
    """Every column of every corpus document, against docinfo.tsv (the bar is 0.95 of columns)."""
    with open(DOCINFO_GOLD, encoding="utf-8") as f:
        gold = list(csv.DictReader(f, delimiter="\t"))
    right = total = 0
    wrong = []
    for g in gold:
        with open(os.path.join(CORPUS_DOCS, g["file"]), encoding="utf-8", newline="") as f:
            got = db.execute("SELECT * FROM doc_info(?)", (f.read(),)).fetchone()
        for k, v in zip(COLUMNS, got):
            want = g[k] or None
            have = None if v is None else str(v)
            ok = (have or "").replace(" ", "") == (want or "").replace(" ", "") if k == "title" else have == want
            right += ok
            total += 1
            if not ok:
                wrong.append((g["file"], k, have, want))
    assert right / total >= 0.95, wrong


@pytest.mark.parametrize("path", corpus_files())
def test_rows_without_year_equal_rows_with_doc_info_year(db, path):
    """indicators(d) is indicators(d, doc_info(d).year) where doc_info finds a year."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    year = db.execute("SELECT year FROM doc_info(?)", (text,)).fetchone()[0]
    if year is None:
        pytest.skip("doc_info finds no year")
    a = db.execute("SELECT * FROM indicators(?)", (text,)).fetchall()
    b = db.execute("SELECT * FROM indicators(?, ?)", (text, year)).fetchall()
    assert a == b


@pytest.mark.parametrize("path", corpus_files())
def test_dates_and_source_agree(db, path):
    """A row has a period_source exactly when it has a date; text means a period was written."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    for ps, pe, src, period in db.execute(
            "SELECT period_start, period_end, period_source, period FROM indicators(?)", (text,)):
        assert (src is None) == (ps is None and pe is None)
        assert src in (None, "text", "paragraph", "heading", "document")
        if src == "text":
            assert period is not None
        if src in ("paragraph", "heading", "document"):
            assert period is None
        if ps and pe:
            assert ps <= pe


def test_reports_and_bulletins_are_dated(db):
    """The four rules give every value of a report a date (the corpus share is printed by make eval)."""
    doc = ("2026年某市政府工作报告\n——2026年1月20日在某市第十六届人民代表大会第四次会议上\n各位代表：\n"
           "一、2025年工作回顾\n全市地区生产总值增长5.4%。新增就业26万人。\n"
           "三、2026年工作安排\n今年的主要预期目标是：地区生产总值增长5%左右。")
    rows = db.execute("SELECT period_start, period_end, period_source FROM indicators(?)", (doc,)).fetchall()
    assert rows == [("2025-01-01", "2025-12-31", "heading")] * 2 + [("2026-01-01", "2026-12-31", "text")]
