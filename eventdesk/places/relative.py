"""Places the text situates relative to a named one: "à 60 km à l'est de X", "près de X",
"la province de X", "la campagne orientale de X", "le désert de X".

Cues live in `data/relative.yaml`; each is a regular expression that must end where the
anchor name starts, within the same sentence.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from eventdesk.langdata import load_yaml

LOOKBEHIND = 90  # characters before a name searched for a cue


@dataclass(frozen=True)
class Cue:
    kind: str  # near | distance | area | zone
    start: int  # where the cue starts in the text
    km: float | None = None
    bearing: float | None = None
    radius_km: float | None = None
    words: str = ""


@functools.cache
def _cues(language: str) -> tuple[tuple[str, re.Pattern[str], float | None], ...]:
    data = load_yaml("eventdesk.places.data", "relative.yaml")
    return tuple(
        (c["kind"], re.compile(c["re"], re.IGNORECASE), c.get("radius_km"))
        for c in data.get(language, ())
    )


@functools.cache
def _bearings() -> dict[str, float]:
    return {k.lower(): float(v) for k, v in load_yaml("eventdesk.places.data", "relative.yaml")["bearings"].items()}


def find_cue(text: str, name_start: int, floor: int, language: str | None) -> Cue | None:
    """The cue ending right before the name at `name_start` (not before `floor`)."""
    lo = max(floor, name_start - LOOKBEHIND)
    window = text[lo:name_start]
    for lang in ([language] if language else ["fr", "en"]):
        for kind, pattern, radius in _cues(lang):
            m = pattern.search(window)
            if not m:
                continue
            groups = m.groupdict()
            km = float(groups["km"].replace(",", ".")) if groups.get("km") else None
            if km is not None and re.search(r"miles", m.group(0), re.IGNORECASE):
                km *= 1.609
            direction = (groups.get("dir") or "").lower()
            bearing = _bearings().get(direction)
            return Cue(kind, lo + m.start(), km, bearing, radius, m.group(0).strip())
    return None


def offset(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) on the initial bearing (great circle)."""
    r = km / 6371.0
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)
