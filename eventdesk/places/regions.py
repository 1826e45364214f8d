"""Seas, gulfs, oceans and well-known regions from our reviewed `data/regions.yaml`, added to
the built-in index at build time as entries of kind "region". An entry without a GeoNames id
we are sure of gets a negative id derived from its key: it is found and placed like any other,
and shown with no GeoNames id (`is_synthetic`)."""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import dataclass

from eventdesk.langdata import load_yaml
from eventdesk.places import index


@dataclass(frozen=True)
class Region:
    key: str
    gid: int
    lat: float
    lon: float
    names: tuple[str, ...]
    note: str


def synthetic_id(key: str) -> int:
    """A stable negative id for an entry GeoNames' id is not known for."""
    return -(zlib.crc32(key.encode("utf-8")) or 1)


def is_synthetic(geonameid: int) -> bool:
    return geonameid < 0


def regions() -> list[Region]:
    data = load_yaml("eventdesk.places.data", "regions.yaml")
    out = []
    for r in data["regions"]:
        names = tuple(n for ns in r["names"].values() for n in ns)
        gid = int(r["geonameid"]) if r.get("geonameid") else synthetic_id(r["key"])
        out.append(Region(r["key"], gid, float(r["lat"]), float(r["lon"]), names, r["note"]))
    return out


def add_regions(con: sqlite3.Connection) -> None:
    for r in regions():
        con.execute("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (r.gid, r.names[0], "region", r.lat, r.lon, None, None, None, 0, f"regions.yaml: {r.note}"))
        index.add_names(con, r.gid, set(r.names), "regions")
