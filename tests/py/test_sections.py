"""sections(): tree invariants over the sample and the real corpus."""
import pytest

from conftest import SAMPLE, connect, corpus_files


def check_tree(db, doc):
    rows = db.execute("SELECT id, parent, level, label, title, start, length, body FROM sections(?)", (doc,)).fetchall()
    by_id = {r[0]: r for r in rows}
    for sid, parent, level, label, title, start, length, body in rows:
        assert level >= 1 and title
        text = doc[start - 1:start - 1 + length]
        # the span starts at the heading line; Markdown/emphasis markup may precede the label
        assert text.lstrip("#*_ \t\u3000").startswith(label or title[:1]), (sid, text[:20])
        if body is not None:
            assert body in text
        if parent is not None:
            p = by_id[parent]
            assert p[2] < level
            assert p[5] <= start and start + length <= p[5] + p[6], (sid, parent)
    # sections are in document order and siblings do not overlap
    starts = [r[5] for r in rows]
    assert starts == sorted(starts)
    return rows


def test_sample_outline(db):
    with open(SAMPLE, encoding="utf-8") as f:
        doc = f.read()
    rows = check_tree(db, doc)
    assert [(r[2], r[3], r[4]) for r in rows] == [
        (1, "一、", "经济运行稳中向好"), (2, "（一）", "产业升级"), (2, "（二）", "农业农村"),
        (1, "二、", "民生保障持续加强"), (1, "三、", "2024年主要预期目标")]


def test_every_style_levels(db):
    doc = "一、综合\n正文。\n（一）工业\n正文。\n1.规模以上工业\n正文。\n（1）轻工业\n正文。\n①食品\n正文。\n二、农业\n正文。"
    levels = [r[0] for r in db.execute("SELECT level FROM sections(?)", (doc,))]
    assert levels == [1, 2, 3, 4, 5, 1]


def test_sentences_and_indicators_use_the_tree(db):
    doc = "一、经济\n全年增长5%。\n（一）工业\n工业增长6%。\n二、民生\n新增就业9万人。"
    sents = db.execute("SELECT text, section FROM sentences(?)", (doc,)).fetchall()
    assert ("工业增长6%。", 2) in sents and ("新增就业9万人。", 3) in sents
    inds = db.execute("SELECT text, section FROM indicators(?)", (doc,)).fetchall()
    assert inds == [("5%", 1), ("6%", 2), ("9万人", 3)]


@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus not present")
def test_corpus_trees():
    db = connect()
    total = 0
    for path in corpus_files():
        with open(path, encoding="utf-8", errors="replace") as f:
            doc = f.read()
        total += len(check_tree(db, doc))
    assert total > 500
