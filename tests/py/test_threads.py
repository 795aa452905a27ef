"""Threads: every function from 4 threads, each on its own connection, over the
corpus (or the samples where it is absent), gives exactly the rows of a
single-threaded run.  Python's sqlite3 releases the GIL while a statement
steps, so the four analyses run at the same time in the extension."""
import glob
import os
import sqlite3
import threading

from conftest import EXT, ROOT, connect, corpus_files

QUERIES = [
    "SELECT * FROM sentences(?1)",
    "SELECT * FROM quantities(?1)",
    "SELECT * FROM periods(?1, 2023)",
    "SELECT * FROM indicators(?1, 2023)",
    "SELECT * FROM sections(?1)",
    "SELECT cn_number(substr(?1, 1, 8))",
]


def documents():
    files = corpus_files() or sorted(glob.glob(os.path.join(ROOT, "sql", "sample", "*.txt")))
    docs = []
    for path in files:
        with open(path, "rb") as f:
            docs.append(f.read().decode("utf-8", "replace"))
    return docs


def run(docs, order):
    db = connect()
    out = {}
    for k in order:
        out[k] = [db.execute(q, (docs[k],)).fetchall() for q in QUERIES]
    db.close()
    return out


def test_four_threads_give_the_rows_of_one():
    docs = documents()
    want = run(docs, range(len(docs)))
    results = [None] * 4
    errors = []

    def worker(t):
        try:
            # each thread its own order, so that different documents meet
            order = list(range(len(docs)))[t:] + list(range(len(docs)))[:t]
            if t % 2:
                order.reverse()
            results[t] = run(docs, order * 2)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors
    for t in range(4):
        assert results[t] == want, f"thread {t} differs"


def test_one_connection_shared_by_threads():
    # SQLite serialises the calls on one connection; the connection's cached
    # memory (the last analysis, the document buffer) must survive that
    docs = documents()[:8]
    db = connect()
    want = [db.execute(QUERIES[3], (d,)).fetchall() for d in docs]
    got = [None] * 4
    # check_same_thread=False is needed to share a Python connection
    shared = sqlite3.connect(":memory:", check_same_thread=False)
    shared.enable_load_extension(True)
    shared.load_extension(EXT)

    def worker(t):
        got[t] = [shared.execute(QUERIES[3], (d,)).fetchall() for d in docs]

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert all(g == want for g in got)
    db.close()
    shared.close()
