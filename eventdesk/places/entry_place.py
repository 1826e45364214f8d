"""From a chosen gazetteer entry to what a mention reports: a Place record, and the ACLED
geo_precision with a radius in km."""

from __future__ import annotations

from eventdesk.places.countries import country_info
from eventdesk.places.gazetteer import GazEntry
from eventdesk.places.regions import is_synthetic
from eventdesk.records import GeoPrecision, Place


def precision_of(e: GazEntry) -> tuple[GeoPrecision, float]:
    """ACLED geo_precision and a radius in km for a place named directly (the entry's own
    radius when the data gives one: a curated base, a desert)."""
    if e.radius_km is not None:
        return (1 if e.kind == "populated_place" else 3), e.radius_km
    if e.kind == "populated_place":
        return 1, (15.0 if e.population >= 1_000_000 else 8.0 if e.population >= 100_000 else 3.0)
    if e.kind == "admin2":
        return 3, 30.0
    if e.kind == "admin1":
        return 3, 100.0
    if e.kind == "region":
        return 3, 1000.0
    return 3, 500.0


def to_place(e: GazEntry, *, name: str | None = None, kind: str | None = None,
             point: tuple[float, float] | None = None) -> Place:
    info = country_info(e.country_code) if e.country_code else None
    lat, lon = point or (e.latitude, e.longitude)
    return Place(
        name=name or e.name,
        kind=kind or e.kind,  # type: ignore[arg-type]
        geonameid=e.geonameid if kind in (None, e.kind) and not is_synthetic(e.geonameid) else None,
        latitude=lat,
        longitude=lon,
        country=info.name if info else None,
        country_code=e.country_code,
        admin1=e.admin1,
        admin2=e.admin2,
        population=e.population or None,
    )
