"""The runnable examples of sql/ give the output recorded in tests/examples/:
the shell scripts in the order a user runs them (load a folder, build the
panel, export it, outline the reports, join the regions, GDP growth by
province, a pivoted panel, the WDI codes), and the Python example.  (The Node example is run by tests/node/run.sh.)"""
import csv
import os
import subprocess

from conftest import ROOT

SCRIPTS = ["load_folder", "indicator_panel", "export_csv", "outline", "join_regions", "gdp_by_province",
           "panel_pivot", "wdi_join"]


def expected(name):
    with open(os.path.join(ROOT, "tests", "examples", name), encoding="utf-8") as f:
        return f.read()


def test_shell_scripts_in_order(tmp_path):
    # the scripts use ./dist/tongji and sql/sample from the project root, and write the
    # CSV where they run: run them in a scratch folder that links to those two
    os.symlink(os.path.join(ROOT, "dist"), tmp_path / "dist")
    os.symlink(os.path.join(ROOT, "sql"), tmp_path / "sql")
    db = str(tmp_path / "panel.db")
    out = []
    for name in SCRIPTS:
        with open(os.path.join(ROOT, "sql", name + ".sql"), encoding="utf-8") as f:
            p = subprocess.run(["sqlite3", db], stdin=f, capture_output=True, text=True, cwd=tmp_path, timeout=120)
        assert p.returncode == 0 and not p.stderr, (name, p.stderr)
        out.append(f"== {name}\n{p.stdout}")
    assert "".join(out) == expected("sql_scripts.expected")
    with open(tmp_path / "indicator_panel.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:8] == ["document", "year", "section", "subject", "concept", "region", "region_code", "scope"]
    assert len(rows) == 1 + 107
    assert all(len(r) == len(rows[0]) for r in rows)
    # auditable: each row carries the sentence it was read from, which holds its text
    assert rows[0][-2:] == ["text", "sentence"]
    assert all(r[-2] in r[-1] for r in rows[1:])


def test_a_folder_given_as_a_parameter(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "东江市_2024.txt").write_text("全年地区生产总值增长5.3%。", encoding="utf-8")
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    os.symlink(os.path.join(ROOT, "dist"), tmp_path / "dist")
    with open(os.path.join(ROOT, "sql", "load_folder.sql"), encoding="utf-8") as f:
        p = subprocess.run(["sqlite3", str(tmp_path / "x.db"), "-cmd", f".parameter set @folder \"'{folder}'\""],
                           stdin=f, capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 0 and not p.stderr, p.stderr
    assert p.stdout == "东江市_2024.txt | other | - | 2024 | 15\n"


def test_a_folder_of_gbk_and_big5_files(tmp_path):
    # files that are not UTF-8 are converted on the way in (tongji_utf8)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "东江市_2024.txt").write_bytes("全年地区生产总值增长5.3%，城镇新增就业9万人。".encode("gbk"))
    (folder / "西江市_2023.txt").write_bytes("全年地區生產總值增長4.8%，城鎮新增就業3萬人。".encode("big5"))
    os.symlink(os.path.join(ROOT, "dist"), tmp_path / "dist")
    with open(os.path.join(ROOT, "sql", "load_folder.sql"), encoding="utf-8") as f:
        p = subprocess.run(["sqlite3", str(tmp_path / "x.db"), "-cmd", f".parameter set @folder \"'{folder}'\""],
                           stdin=f, capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 0 and not p.stderr, p.stderr
    assert p.stdout == "东江市_2024.txt | other | - | 2024 | 25\n西江市_2023.txt | other | - | 2023 | 25\n"  # 25 characters each


def test_python_example():
    p = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "sql", "example.py")], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout == expected("example_py.expected")
