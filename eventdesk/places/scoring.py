"""Scoring one gazetteer candidate in the report's context, and the distances it uses.

Score = name similarity + population + feature kind + a match on the entry's own name
(not only an alternate) + curated alias + the report's theatre (countries it names or places
it resolves unambiguously) + closeness to the other places resolved in the report + the same
entry chosen for another spelling of the name (one place per name within a report: 'Hama'
and 'Ḩamāh') + lying in a province the report names or resolves a town in (see context.py).
Population counts strongly: a reader of 'London' or 'Paris' means the capital, even in a
report on the United States, unless the report's places say otherwise. Also here: the
`Context` a score reads, and great-circle distances to the report's other places.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from eventdesk.places.fold import similarity
from eventdesk.places.gazetteer import Candidate, GazEntry

NEAR_KM = 300.0
EXACT = 0.95
KIND_BONUS = {"country": 0.4, "region": 0.4, "admin1": 0.1, "admin2": 0.0, "populated_place": 0.0}
CAPITAL_BONUS = 0.1  # a town named like its province (Deir ez-Zor, Hama): a tie-break among towns
POP_WEIGHT = 0.5  # times log10(population) / 7, capped at 1
OWN_NAME_BONUS = 0.2  # 'Riverdale' is the town called Riverdale, not one that lists it as an alternate
THEATRE = 0.1  # added in the theatre
OUTSIDE_THEATRE = 0.0  # taken away outside it: a theatre must not outweigh a world city's size
SAME_ENTRY_BONUS = 0.3  # the entry another mention of the report resolved to
SAME_AREA_BONUS = 0.1  # inside a province the report names or resolves a town in ('Red Oak' + 'Iowa')


@dataclass(frozen=True)
class Context:
    theatre: frozenset[str] = frozenset()  # ISO2 codes
    anchors: tuple[tuple[float, float], ...] = ()  # points of the other resolved places
    chosen: frozenset[int] = frozenset()  # geonameids the other mentions resolved to
    areas: frozenset[tuple[str, str]] = frozenset()  # (ISO2, admin1) of the other resolved places
    # with no theatre, the one country of the provinces the report names: a score, not a filter
    leaning: frozenset[str] = frozenset()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def nearest_anchor_km(e: GazEntry, ctx: Context) -> float | None:
    if e.latitude is None or e.longitude is None or not ctx.anchors:
        return None
    return min(haversine_km(e.latitude, e.longitude, la, lo) for la, lo in ctx.anchors)


def within(d: float | None, km: float) -> bool:
    """A known distance `d` shorter than `km`."""
    return d is not None and d < km



def score(c: Candidate, ctx: Context) -> tuple[float, list[str]]:
    e = c.entry
    why = [f"sim {c.similarity:.2f}"]
    # a sea or a well-known region (regions.yaml: no population) is as prominent as the largest
    # places: 'the Gulf' is the Persian Gulf, 'Sahel' the belt, not a province named like it
    prominence = 1.0 if e.kind == "region" else min(1.0, math.log10(e.population + 1) / 7)
    s = 0.5 * c.similarity + POP_WEIGHT * prominence
    s += KIND_BONUS.get(e.kind, 0.0)
    if similarity(c.matched, e.name) >= EXACT:
        s += OWN_NAME_BONUS
        why.append("own name")
    if e.geonameid in ctx.chosen:
        s += SAME_ENTRY_BONUS
        why.append("chosen for another mention")
    if e.kind == "populated_place" and e.admin1 and similarity(e.name, e.admin1) >= 0.9:
        s += CAPITAL_BONUS
        why.append("named like its province")
    if c.source.startswith("curated"):
        s += 0.2
        why.append("curated alias")
    if ctx.theatre or ctx.leaning:
        if e.country_code in (ctx.theatre or ctx.leaning):
            s += THEATRE
            why.append(f"in theatre {e.country_code}")
        else:
            s -= OUTSIDE_THEATRE
    if e.kind != "admin1" and e.admin1 and (e.country_code, e.admin1) in ctx.areas:
        s += SAME_AREA_BONUS
        why.append(f"in {e.admin1}, named in the report")
    d = nearest_anchor_km(e, ctx)
    if d is not None and d < NEAR_KM:
        s += 0.2 * (1 - d / NEAR_KM)
        why.append(f"{d:.0f} km from other places")
    if e.population:
        why.append(f"pop {e.population}")
    return s, why
