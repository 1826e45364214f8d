"""Import GeoNames dump files into the on-disk gazetteer index.

Reads what a user downloads from download.geonames.org/export/dump/: a country zip
(`SY.zip`, holding `SY.txt`) or `allCountries.txt` / `allCountries.zip` (tab-separated,
19 columns), and optionally `alternateNamesV2.txt` (10 columns). Rows replace the built-in
entries with the same geonameid. Areas and features get GeoNames' own coordinates; an
entry's name is its display name (`display.display_name` over the row's alternate names).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from eventdesk.errors import InputError, MalformedInput
from eventdesk.places import index
from eventdesk.places.display import display_name

N_COLUMNS = 19
N_ALT_COLUMNS = 10
SKIP_ALT_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "wkdt", "abbr", "unlc", "tcid"})
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})


@dataclass(frozen=True)
class ImportResult:
    places: int
    names: int
    index_path: Path


@contextmanager
def _open_text(path: Path) -> Iterator[TextIO]:
    if not path.exists():
        raise InputError(str(path), "file not found")
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            members = [n for n in z.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise MalformedInput(str(path), "zip holds no GeoNames .txt file")
            with z.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with path.open(encoding="utf-8", newline="") as f:
            yield f


def _rows(path: Path, width: int) -> Iterator[list[str]]:
    with _open_text(path) as f:
        for n, line in enumerate(f, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) != width:
                raise MalformedInput(f"{path}:{n}", f"expected {width} tab-separated columns, got {len(cols)}")
            yield cols


def _kind(fclass: str, fcode: str) -> str:
    if fclass == "P":
        return "populated_place"
    if fcode == "ADM1":
        return "admin1"
    if fcode == "ADM2":
        return "admin2"
    if fcode in COUNTRY_CODES:
        return "country"
    return "region"


def import_geonames(path: str | Path, alternate_names: str | Path | None = None,
                    index_path: Path | None = None) -> ImportResult:
    """Add the places (and alternate names) of a GeoNames dump to the index; return counts.

    Without `index_path`, the built-in index (built first if needed). Imports are not kept
    when the built-in index is rebuilt after a package upgrade: import again then."""
    path = Path(path)
    if index_path is not None and index_path.exists():
        target = index_path  # an index the caller built (or an empty one from index.create_empty)
    else:
        target = index.open_builtin(index_path).path
    admin_names: dict[tuple[str, ...], str] = {}
    for c in _rows(path, N_COLUMNS):  # first pass: names of admin areas by their codes
        if c[7] == "ADM1":
            admin_names[(c[8], c[10])] = c[2] or c[1]
        elif c[7] == "ADM2":
            admin_names[(c[8], c[10], c[11])] = c[2] or c[1]
    con = index.connect_rw(target)
    places = names = 0
    gids: set[int] = set()
    try:
        for c in _rows(path, N_COLUMNS):
            try:
                gid, lat, lon, pop = int(c[0]), float(c[4]), float(c[5]), int(c[14] or 0)
            except ValueError as exc:
                raise MalformedInput(str(path), f"geonameid {c[0]!r}: {exc}") from exc
            if lat == 0 and lon == 0:
                continue  # GeoNames' placeholder for an unknown point: never a place at 0,0
            kind = _kind(c[6], c[7])
            a1 = admin_names.get((c[8], c[10])) if c[10] else None
            a2 = admin_names.get((c[8], c[10], c[11])) if c[11] else None
            con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (gid, display_name(c[1], c[3].split(",")), kind, lat, lon, c[8] or None, a1, a2, pop, f"GeoNames {c[6]}.{c[7]}"))
            con.execute("DELETE FROM names WHERE gid=?", (gid,))
            alts = {c[1], c[2], *c[3].split(",")}
            names += index.add_names(con, gid, alts, "geonames-import")
            gids.add(gid)
            places += 1
        if alternate_names is not None:
            for a in _rows(Path(alternate_names), N_ALT_COLUMNS):
                gid = int(a[1])
                if gid in gids and a[2] not in SKIP_ALT_LANGUAGES and a[7] != "1":
                    names += index.add_names(con, gid, {a[3]}, f"geonames-import:{a[2] or 'und'}")
        con.commit()
    finally:
        con.close()
    return ImportResult(places, names, target)
