"""Shared fixtures: a connection with tongji loaded, paths of the project."""
import os
import sqlite3

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXT = os.path.join(ROOT, "dist", "tongji")
SAMPLE = os.path.join(ROOT, "sql", "sample", "linjiang_2023.txt")
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
CORPUS_DOCS = os.path.join(SHARED, "corpus", "docs")


def connect():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(EXT)
    db.enable_load_extension(False)
    return db


@pytest.fixture
def db():
    conn = connect()
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def sample_text():
    with open(SAMPLE, encoding="utf-8") as f:
        return f.read()


def corpus_files():
    """The real documents of ../shared/corpus/docs, or [] where absent."""
    if not os.path.isdir(CORPUS_DOCS):
        return []
    return sorted(os.path.join(CORPUS_DOCS, f) for f in os.listdir(CORPUS_DOCS) if f.endswith(".txt"))
