#!/usr/bin/python3
"""The scorecard of `make eval` and of the dev-gold layer of `make test`.

Runs ../shared/tools/score.py three ways on the dev gold — with the year of
index.tsv, without it (--no-year, the user who passes none) and on doc_info()
(--docinfo, all corpus documents) — and reads the whole corpus for what no gold
covers: the share of rows of work reports and bulletins without dates, and how
the concepts cover the subjects.  Exits 1 when a bar is not met.

usage: eval.py --ext dist/tongji --shared ../shared [--errors N]
               [--bar KEY=V ...] [--no-year-bar KEY=V ...] [--docinfo-bar V] [--max-undated V]
KEY is a score.py key (tuple_f1, panel_f1, fields.subject …).
"""
import argparse
import collections
import json
import os
import sqlite3
import subprocess
import sys

PY = "/usr/bin/python3"


def score(a, *extra):
    cmd = [PY, os.path.join(a.shared, "tools", "score.py"), "--ext", a.ext,
           "--dir", os.path.join(a.shared, "corpus", "dev"), "--json", *extra]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode not in (0, 1) or not out.stdout.strip():
        sys.exit(f"eval: score.py failed: {out.stderr.strip()}")
    return json.loads(out.stdout)


def get(res, key):
    return res.get("fields", {}).get(key[7:]) if key.startswith("fields.") else res.get(key)


def check(res, bars, label, failed):
    for b in bars:
        k, v = b.split("=")
        got = get(res, k)
        if got is None or got < float(v):
            failed.append(f"{label} {k} {got} < {v}")


def corpus_stats(a, failed):
    """Rows without dates in reports and bulletins; concept coverage."""
    docs = os.path.join(a.shared, "corpus", "docs")
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(a.ext))
    rows = undated = 0
    chinese_rows = with_concept = 0
    subjects = collections.defaultdict(set)
    concept_rows = collections.Counter()
    cols = {r[1] for r in db.execute("PRAGMA table_xinfo(indicators)")}
    for f in sorted(os.listdir(docs)):
        if not f.endswith(".txt") or "english" in f:
            continue
        with open(os.path.join(docs, f), encoding="utf-8", newline="") as fh:
            text = fh.read()
        kind = db.execute("SELECT kind FROM doc_info(?)", (text,)).fetchone()[0]
        concept = "concept" if "concept" in cols else "NULL"
        for ps, pe, subj, con in db.execute(
                f"SELECT period_start, period_end, subject, {concept} FROM indicators(?)", (text,)):
            chinese_rows += 1
            if kind in ("report", "bulletin"):
                rows += 1
                undated += ps is None and pe is None
            if con:
                with_concept += 1
                concept_rows[con] += 1
                subjects[con].add(subj)
    share = undated / rows if rows else 0.0
    print(f"corpus    {rows} rows of reports and bulletins, {undated} without dates ({share:.1%}; "
          f"the bar: at most {a.max_undated:.0%})")
    if share > a.max_undated:
        failed.append(f"undated share {share:.3f} > {a.max_undated}")
    if "concept" in cols:
        print(f"concepts  {with_concept} of {chinese_rows} rows of the Chinese documents have a concept "
              f"({with_concept / max(chinese_rows, 1):.1%}); the ten most frequent, with the distinct subjects "
              "that carry each:")
        for con, n in concept_rows.most_common(10):
            print(f"          {con:40} {n:5} rows  {len(subjects[con]):4} subjects")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ext", default="dist/tongji")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--bar", nargs="*", default=[])
    ap.add_argument("--no-year-bar", nargs="*", default=[])
    ap.add_argument("--docinfo-bar", type=float, default=0.0)
    ap.add_argument("--max-undated", type=float, default=1.0)
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "corpus", "dev")):
        print(f"eval: {a.shared}/corpus/dev not found; skipped")
        return 0
    failed = []
    if a.errors:  # the mismatches, for a person
        subprocess.run([PY, os.path.join(a.shared, "tools", "score.py"), "--ext", a.ext, "--dir",
                        os.path.join(a.shared, "corpus", "dev"), "--errors", str(a.errors)])
        print()
    with_year = score(a)
    no_year = score(a, "--no-year")
    docinfo = score(a, "--docinfo", os.path.join(a.shared, "corpus", "docs", "docinfo.tsv"))
    print("                 with the year   without (--no-year)")
    for k in ("mention_f1", "value_f1", "tuple_f1", "panel_f1", "sections_f1", "sections_level"):
        if k in with_year:
            print(f"{k:16} {with_year[k]:12.3f} {no_year.get(k, 0):14.3f}")
    for k, v in with_year["fields"].items():
        print(f"{'fields.' + k:16} {v:12.3f} {no_year['fields'].get(k, 0):14.3f}")
    print(f"doc_info         {docinfo.get('doc_info', 0):12.3f}   " +
          "  ".join(f"{k} {v:.2f}" for k, v in docinfo.get("doc_info_fields", {}).items()))
    print(f"offsets          {with_year['offsets_bad']:12d} {no_year['offsets_bad']:14d}")
    check(with_year, a.bar, "with the year:", failed)
    check(no_year, a.no_year_bar, "--no-year:", failed)
    # without the year, no score lower than with it
    for k in ("mention_f1", "value_f1", "tuple_f1", "panel_f1"):
        if k in with_year and no_year.get(k, 0) < with_year[k]:
            failed.append(f"--no-year: {k} {no_year.get(k)} below {with_year[k]} with the year")
    for k, v in with_year["fields"].items():
        if no_year["fields"].get(k, 0) < v:
            failed.append(f"--no-year: fields.{k} {no_year['fields'].get(k)} below {v} with the year")
    if docinfo.get("doc_info", 0) < a.docinfo_bar:
        failed.append(f"doc_info {docinfo.get('doc_info')} < {a.docinfo_bar}")
    if with_year["offsets_bad"] or no_year["offsets_bad"]:
        failed.append("offsets: rows where substr(document, start, length) != text")
    corpus_stats(a, failed)
    if failed:
        print("below the bar: " + "; ".join(failed))
        return 1
    print("eval: every bar holds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
