"""tongji_html(): a standalone page with one <mark> per indicator, well formed,
and one that a browser renders (headless Chromium: a screenshot, and the DOM
it built has one mark per row of indicators())."""
import glob
import os
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import ROOT, SAMPLE, connect, corpus_files

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
VOID = {"meta", "br", "link", "img", "hr", "input"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.marks, self.headings, self.errors = [], [], 0, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark" and "data-id" in a:
            self.marks.append((int(a["data-id"]), a.get("class", ""), a.get("title", "")))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def parse(html):
    p = Page()
    p.feed(html)
    p.close()
    return p


def check(db, doc, year=None):
    html = db.execute("SELECT tongji_html(?, ?)", (doc, year)).fetchone()[0]
    rows = db.execute("SELECT id, kind, status, subject FROM indicators(?, ?)", (doc, year)).fetchall()
    page = parse(html)
    assert html.startswith("<!DOCTYPE html>") and not page.errors and not page.stack, page.errors[:3]
    assert [m[0] for m in page.marks] == [r[0] for r in rows]  # one mark per row, in order
    for (_, cls, title), (_, kind, status, subject) in zip(page.marks, rows):
        assert cls == f"{kind} {status}"
        shown = "".join("" if ch == "\r" else "\ufffd" if ord(ch) < 0x20 and ch not in "\n\t" else ch
                        for ch in (subject or "—"))  # as the page shows control characters
        assert f"subject: {shown}" in title
    return html, page


def test_sample_page(db):
    with open(SAMPLE, encoding="utf-8") as f:
        doc = f.read()
    html, page = check(db, doc, 2023)
    sections = db.execute("SELECT count(*) FROM sections(?)", (doc,)).fetchone()[0]
    assert page.headings == sections + 2  # the title, every heading, and the table's


def test_escaping_and_bad_bytes(db):
    html, page = check(db, "<b>增长5%</b> & “引号” 总额8203.2亿元".encode() + b"\xff\x80")
    assert "&lt;b&gt;" in html and "&amp;" in html and "\ufffd" in html


def test_null_and_errors(db):
    import sqlite3
    assert db.execute("SELECT tongji_html(NULL)").fetchone()[0] is None
    for sql, msg in [("SELECT tongji_html(1)", "tongji_html(): document must be TEXT or BLOB"),
                     ("SELECT tongji_html('x', 99)", "tongji_html(): year must be an integer")]:
        with pytest.raises(sqlite3.Error) as e:
            db.execute(sql).fetchall()
        assert msg in str(e.value)


@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus not present")
def test_corpus_pages():
    db = connect()
    for path in corpus_files():
        with open(path, "rb") as f:
            check(db, f.read(), 2023)


@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (make deps-test installs it)")
def test_chromium_renders_one_mark_per_row(db, tmp_path):
    with open(SAMPLE, encoding="utf-8") as f:
        doc = f.read()
    html = db.execute("SELECT tongji_html(?, 2023)", (doc,)).fetchone()[0]
    rows = db.execute("SELECT count(*) FROM indicators(?, 2023)", (doc,)).fetchone()[0]
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars"]
    shot = tmp_path / "shot.png"
    subprocess.run(flags + [f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri()],
                   capture_output=True, timeout=180)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000
    dom = subprocess.run(flags + ["--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180).stdout
    assert parse(dom).marks and len(parse(dom).marks) == rows
    assert dom.count('<tr id="r') == rows  # the table the browser built: a row per indicator
    # the whole page in one screenshot: the table's header cells (#dde7f3) are drawn under the text
    shot = tmp_path / "table.png"
    subprocess.run(flags + [f"--screenshot={shot}", "--window-size=1000,5000", page.as_uri()],
                   capture_output=True, timeout=180)
    width, height, pixels = png_pixels(shot.read_bytes())
    header = sum(1 for p in pixels if p == (0xdd, 0xe7, 0xf3))
    assert header > width * 10, (header, width, height)  # at least a header row's worth


def png_pixels(data):
    """Decode an 8-bit RGB or RGBA PNG (what Chromium writes): width, height, [(r, g, b)]."""
    import struct
    import zlib
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, stride, prev, pixels = zlib.decompress(idat), width * bpp, None, []
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i] if prev else 0
            c = prev[i - bpp] if prev and i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels.extend(tuple(line[x:x + 3]) for x in range(0, stride, bpp))
        prev = line
    return width, height, pixels
