#!/usr/bin/python3
"""tongji from Python's standard sqlite3 module: a panel of indicators from a
folder of reports.

    /usr/bin/python3 sql/example.py [FOLDER]      (default: sql/sample)

Use an interpreter whose sqlite3 module can load extensions (Debian's
/usr/bin/python3 can; some builds of Python cannot: enable_load_extension is
then missing)."""
import os
import sqlite3
import sys

here = os.path.dirname(os.path.abspath(__file__))
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "sample")

db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension(os.path.join(here, "..", "dist", "tongji"))  # the suffix (.so) is added by SQLite
db.enable_load_extension(False)

db.execute("CREATE TABLE docs(file TEXT, body TEXT)")
for root, _, names in sorted(os.walk(folder)):
    for name in sorted(names):
        if name.endswith(".txt"):
            with open(os.path.join(root, name), encoding="utf-8") as f:
                db.execute("INSERT INTO docs VALUES (?, ?)", (name, f.read()))

print(db.execute("SELECT tongji_version()").fetchone()[0])
# no year to type: indicators() dates each row from the document (doc_info)
rows = db.execute("""
    SELECT d.file, i.region_code, i.kind, i.value, i.unit, i.period_start, i.period_end
    FROM docs d, indicators(d.body) i
    WHERE i.concept = 'gdp' AND i.status = 'actual'
    ORDER BY d.file, i.id""").fetchall()
for file, region, kind, value, unit, start, end in rows:
    print(f"{file:18} {region or '-':6} {kind:7} {value:>16,.1f} {unit or '':4} {start or ''} – {end or ''}")

# every row of a query is a tuple; a dict per row is one line away
db.row_factory = sqlite3.Row
first = db.execute("SELECT * FROM indicators(?, 2023) LIMIT 1", ("全年地区生产总值增长5.2%。",)).fetchone()
print({k: first[k] for k in first.keys()})
