"""tongji: statistical indicators from Chinese economic and government text,
as rows in SQLite.

    import sqlite3, tongji
    db = sqlite3.connect("reports.db")
    db.enable_load_extension(True)
    tongji.load(db)
    db.enable_load_extension(False)
    db.execute("SELECT subject, value, unit FROM indicators(?)", (text,))

The compiled extension ships inside this package (loadable_path()).
"""
import os

_HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(_HERE, "VERSION"), encoding="utf-8") as _f:
    __version__ = "v" + _f.read().strip()  # what SELECT tongji_version() returns


def loadable_path():
    """The path of the compiled extension, without its suffix (as SQLite's
    load_extension takes it)."""
    for suffix in (".so", ".dylib", ".dll"):
        if os.path.exists(os.path.join(_HERE, "tongji" + suffix)):
            return os.path.join(_HERE, "tongji")
    raise FileNotFoundError("tongji: the compiled extension is not in " + _HERE)


def load(conn):
    """Load tongji into a sqlite3 connection (extension loading must be
    enabled: conn.enable_load_extension(True))."""
    conn.load_extension(loadable_path())


__all__ = ["load", "loadable_path", "__version__"]
