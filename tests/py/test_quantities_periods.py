"""quantities() and periods(): Python-side checks, and a run over the real corpus."""
import math
import os

import pytest

from conftest import connect, corpus_files

SHARED_SOURCES = os.path.join(os.environ.get("SHARED", "../shared"), "corpus", "SOURCES.tsv")


def years():
    out = {}
    if os.path.exists(SHARED_SOURCES):
        with open(SHARED_SOURCES, encoding="utf-8") as f:
            next(f)
            for line in f:
                cells = line.split("\t")
                out[cells[0]] = int(cells[3])
    return out


def test_money_panel(db):
    doc = "实际使用外资49.3亿美元，全市外贸进出口8203.2亿元人民币，大市成交 1188.67 亿港元。"
    rows = db.execute("SELECT value, unit, currency FROM quantities(?) WHERE kind = 'money'", (doc,)).fetchall()
    assert rows == [(4930000000.0, "美元", "USD"), (820320000000.0, "元", "CNY"), (118867000000.0, "港元", "HKD")]


def test_value_is_real_and_exact(db):
    value, typ = db.execute("SELECT value, typeof(value) FROM quantities('8203.2亿元')").fetchone()
    assert typ == "real" and value == 820320000000.0


def test_range_and_qualifiers(db):
    rows = db.execute("SELECT text, value, value_max, qualifier FROM quantities(?)",
                      ("增长5%—6%，近2亿片，300多万亩，超过257万人，不足百日",)).fetchall()
    assert rows == [("5%—6%", 5.0, 6.0, "range"), ("近2亿片", 2e8, None, "approx"),
                    ("300多万亩", 3e6, None, "over"), ("超过257万人", 2570000.0, None, "over"),
                    ("不足百日", 100.0, None, "under")]


def test_periods_year_argument(db):
    q = "SELECT period_start, period_end FROM periods('1—10月', ?)"
    assert db.execute(q, (2022,)).fetchone() == ("2022-01-01", "2022-10-31")
    assert db.execute(q, (None,)).fetchone() == (None, None)
    for bad in (999, 10000, "x", 2022.5):
        with pytest.raises(Exception, match=r"periods\(\): year must be an integer between 1000 and 9999"):
            db.execute(q, (bad,)).fetchall()


def test_join_with_years(db):
    db.execute("CREATE TABLE docs(body TEXT, year INTEGER)")
    db.executemany("INSERT INTO docs VALUES (?, ?)", [("全年增长5%。", 2021), ("全年增长6%。", 2022)])
    rows = db.execute("SELECT d.year, p.period_start FROM docs d, periods(d.body, d.year) p ORDER BY 1").fetchall()
    assert rows == [(2021, "2021-01-01"), (2022, "2022-01-01")]


@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus not present")
def test_corpus_quantities_and_periods():
    db = connect()
    yrs = years()
    nq = nper = 0
    for path in corpus_files():
        with open(path, encoding="utf-8", errors="replace") as f:
            doc = f.read()
        year = yrs.get(os.path.basename(path))
        for text, start, length, value, vmax in db.execute(
                "SELECT text, start, length, value, value_max FROM quantities(?)", (doc,)):
            assert doc[start - 1:start - 1 + length] == text, (path, start, text)
            assert math.isfinite(value), (path, text)
            assert vmax is None or math.isfinite(vmax), (path, text)
            nq += 1
        for text, start, length, ps, pe in db.execute(
                "SELECT text, start, length, period_start, period_end FROM periods(?, ?)", (doc, year)):
            assert doc[start - 1:start - 1 + length] == text, (path, start, text)
            assert ps is None or pe is None or ps <= pe, (path, text, ps, pe)
            nper += 1
    assert nq > 5000 and nper > 2000
