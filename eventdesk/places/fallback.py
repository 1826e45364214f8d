"""A point for a place no gazetteer knows ('Hamimah', 'Al-Sijr', 'Al-Zaqaf'), from what the
same sentence says, never lat/lon 0 and never a guess of a name:

1. a distance with a direction said after it ('Al-Zaqaf, à 60 km à l'Est de la base
   al-Tanaf'): that point and radius, geo_precision 2;
2. else an area the sentence names (a district, a province, a countryside: 'le village
   d'Al-Sijr dans la campagne orientale de Deir Ezzor'): the area's point and radius,
   geo_precision 3;
3. else a country the sentence names or qualifies ('les forces syriennes'), else the report's
   only country: the country's point, geo_precision 3.

The mention keeps its own name, kind 'unresolved' and no GeoNames id; the rule says which
mention placed it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from eventdesk.langdata import load_yaml

from eventdesk.records import PlaceMention, Span

AREA_KINDS = ("admin2", "admin1", "relative", "region")  # 'relative' with precision 3: a part of an area


@functools.cache
def _apposition() -> re.Pattern[str]:
    """', ' or ', et ' between a name and a distance phrase said of it (data/relative.yaml)."""
    words = load_yaml("eventdesk.places.data", "relative.yaml")["apposition_conjunctions"]
    return re.compile(rf"\s*,\s*(?:(?:{'|'.join(map(re.escape, words))})\s+)?", re.IGNORECASE)


def _sentence_of(start: int, sentences: tuple[Span, ...]) -> Span | None:
    return next((s for s in sentences if s.start <= start < s.end), None)


def _placed(m: PlaceMention) -> bool:
    return m.place is not None and m.place.latitude is not None and m.place.longitude is not None


def _container(text: str, m: PlaceMention, same: list[PlaceMention], report_countries: set[str],
               everyone: tuple[PlaceMention, ...]) -> tuple[PlaceMention, int, str] | None:
    pos = m.span.end  # 1. a chain of distance phrases in apposition: ', à 130 km de X, et à 60 km à l'Est de Y'
    for o in sorted(same, key=lambda o: o.span.start):
        if o.span.start < pos:
            continue
        if o.place is None or o.place.kind != "relative" or not _apposition().fullmatch(text[pos:o.span.start]):
            break
        if "bearing" in o.place.name:
            return o, 2, f"the distance said of it, '{o.span.text}'"
        pos = o.span.end
    areas = [o for o in same if o.place is not None and o.place.kind in AREA_KINDS and o.geo_precision == 3
             and o.radius_km]
    if areas:  # 2. the smallest area the sentence names
        best = min(areas, key=lambda o: o.radius_km or 0.0)
        return best, 3, f"the area its sentence names, '{best.span.text}'"
    countries = [o for o in same if o.place is not None and o.place.kind == "country"]
    if countries:  # 3. the country the sentence names
        return countries[0], 3, f"the country its sentence names, '{countries[0].span.text}'"
    if len(report_countries) == 1:
        cc = next(iter(report_countries))
        o = next(o for o in everyone if o.place is not None and o.place.kind == "country"
                 and o.place.country_code == cc)
        return o, 3, f"the report's only country, {o.place.name if o.place else cc}"
    return None


def _town_around(m: PlaceMention, everyone: tuple[PlaceMention, ...], sent: Span) -> tuple[PlaceMention, int, str] | None:
    """For a street, square or quarter: the town its sentence names, else the report's only
    town ('le quartier de la Gombe' in a report on Kinshasa); with several towns elsewhere in
    the report, which one holds it would be a guess, so none."""
    towns = [o for o in everyone if _placed(o) and o.place is not None and o.place.kind == "populated_place"
             and "organisation name" not in o.rule]
    here = [o for o in towns if sent.start <= o.span.start < sent.end]
    if here:
        return here[0], 2, f"the town its sentence names, '{here[0].span.text}'"
    distinct = {o.place.geonameid for o in towns if o.place is not None}
    if len(distinct) == 1:
        return towns[0], 2, f"the report's only town, '{towns[0].span.text}'"
    return None


def place_unknowns(mentions: tuple[PlaceMention, ...], text: str, sentences: tuple[Span, ...],
                   skip: frozenset[int] = frozenset(), inside_town: frozenset[int] = frozenset()) -> tuple[PlaceMention, ...]:
    """Each unresolved mention (not in `skip`, by start) placed at its best justified point; a
    street, square or quarter (in `inside_town`, by start) at the town around it first."""
    report_countries = {m.place.country_code for m in mentions
                        if m.place is not None and m.place.kind == "country" and m.place.country_code}
    out = []
    for m in mentions:
        sent = _sentence_of(m.span.start, sentences)
        if m.place is not None or m.span.start in skip or sent is None:
            out.append(m)
            continue
        same = [o for o in mentions if o is not m and _placed(o) and sent.start <= o.span.start < sent.end]
        found = (_town_around(m, mentions, sent) if m.span.start in inside_town else None) \
            or _container(text, m, same, report_countries, mentions)
        if found is None:
            out.append(m)
            continue
        o, precision, why = found
        assert o.place is not None
        place = replace(o.place, name=m.span.text.strip(), kind="unresolved", geonameid=None, population=None)
        out.append(replace(m, place=place, geo_precision=precision, radius_km=o.radius_km,
                           rule=f"{m.rule}; placed at {why}"))
    return tuple(out)
