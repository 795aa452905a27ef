"""The examples of the documentation give the output they show.

In docs/functions/*.md, docs/guide.md, docs/scope.md and docs/dating.md, a ```sql block
followed by a Markdown table is run in the sqlite3 shell (`.mode markdown`,
headers on) and its table must be the one shown, cell by cell; a ```sql block
followed by a ```text block is run in `.mode list` and must print those lines.
Every other ```sql block must at least run without an error.
"""
import glob
import os
import re
import subprocess

import pytest

from conftest import ROOT

DOCS = sorted(glob.glob(os.path.join(ROOT, "docs", "functions", "*.md"))) + [
    os.path.join(ROOT, "docs", "guide.md"),
    os.path.join(ROOT, "docs", "scope.md"),
    os.path.join(ROOT, "docs", "dating.md"),
]


def examples(path):
    """(line, sql, kind, expected) for each ```sql block of a page."""
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```sql":
            start = i + 1
            j = start
            while lines[j].strip() != "```":
                j += 1
            sql = "\n".join(lines[start:j])
            k = j + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            kind, expected = "run", None
            if k < len(lines) and lines[k].startswith("|"):
                kind = "table"
                m = k
                while m < len(lines) and lines[m].startswith("|"):
                    m += 1
                expected = lines[k:m]
            elif k < len(lines) and lines[k].strip() == "```text":
                kind = "text"
                m = k + 1
                while lines[m].strip() != "```":
                    m += 1
                expected = lines[k + 1:m]
            out.append((start, sql, kind, expected))
            i = j + 1
        else:
            i += 1
    return out


def cells(table_lines):
    rows = []
    for line in table_lines:
        if re.match(r"^\|[\s:|-]+\|$", line):  # the |---|---| rule
            continue
        rows.append([c.strip() for c in line.strip()[1:-1].split("|")])
    return rows


def run(sql, mode):
    script = f".load ./dist/tongji\n.headers {'on' if mode == 'markdown' else 'off'}\n.mode {mode}\n{sql}\n"
    p = subprocess.run(["sqlite3", ":memory:"], input=script, capture_output=True, text=True, cwd=ROOT, timeout=120)
    return p.returncode, p.stdout, p.stderr


CASES = [(os.path.relpath(p, ROOT), ex) for p in DOCS if os.path.exists(p) for ex in examples(p)]


def test_there_are_examples():
    assert len(CASES) >= 20
    assert sum(1 for _, ex in CASES if ex[2] != "run") >= 15


@pytest.mark.parametrize("page, ex", CASES, ids=[f"{p}:{ex[0]}" for p, ex in CASES])
def test_example(page, ex):
    line, sql, kind, expected = ex
    rc, out, err = run(sql, "markdown" if kind == "table" else "list")
    assert rc == 0 and not err, f"{page}:{line}: {err}"
    if kind == "table":
        assert cells(out.strip().split("\n")) == cells(expected), f"{page}:{line}\n{out}"
    elif kind == "text":
        assert out.rstrip("\n").split("\n") == expected, f"{page}:{line}\n{out}"
