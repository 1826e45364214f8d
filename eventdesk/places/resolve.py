"""Choosing among gazetteer candidates in context, and turning an entry into a Place.

Score = name similarity + population + feature kind + a match on the entry's own name
(not only an alternate) + curated alias + the report's theatre (countries it names or places
it resolves unambiguously) + closeness to the other places resolved in the report + the same
entry chosen for another spelling of the name (one place per name within a report: 'Hama'
and 'Ḩamāh') + lying in a province the report names or resolves a town in (see context.py).
Population counts strongly: a reader of 'London' or 'Paris' means the capital, even in a
report on the United States, unless the report's places say otherwise. An area loses to the
town inside it that bears its name, and to a big city of the same name (New York, Washington).
Candidates far outside the theatre are refused rather than guessed (Tanaf in Senegal for
"la base al-Tanaf" in a Syrian report), unless 100,000 people or more live there (an area's
population is the sum of its towns'), or, when the name matched is only one of its
alternates, a million.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from eventdesk.places.countries import country_info, neighbours
from eventdesk.places.fold import similarity
from eventdesk.places.gazetteer import Candidate, GazEntry, letters
from eventdesk.places.regions import is_synthetic
from eventdesk.records import GeoPrecision, Place
from eventdesk.textnorm import fold

NEAR_KM = 300.0
EXACT = 0.95
FUZZY_NEAR_KM = 100.0  # a fuzzy reading is taken only this close to a resolved town
FAR_KM = 1000.0
KIND_BONUS = {"country": 0.4, "region": 0.4, "admin1": 0.1, "admin2": 0.0, "populated_place": 0.0}
CAPITAL_BONUS = 0.1  # a town named like its province (Deir ez-Zor, Hama): a tie-break among towns
POP_WEIGHT = 0.5  # times log10(population) / 7, capped at 1
OWN_NAME_BONUS = 0.2  # 'Riverdale' is the town called Riverdale, not one that lists it as an alternate
THEATRE = 0.1  # added in the theatre
OUTSIDE_THEATRE = 0.0  # taken away outside it: a theatre must not outweigh a world city's size
SAME_ENTRY_BONUS = 0.3  # the entry another mention of the report resolved to
SAME_AREA_BONUS = 0.1  # inside a province the report names or resolves a town in ('Red Oak' + 'Iowa')
BIG_CITY = 300_000  # a city this size, matched as well, beats the area bearing its name (Washington)
SMALL_NEAR_KM = 25.0  # a small namesake this close to a resolved place is the one meant
BIG_CITY_BY_ALTERNATE = 1_000_000  # ... when matched by an alternate name (New York City, not Oklahoma City)
BIG_ABROAD = 100_000  # a place this size far outside the theatre is still a reading


@dataclass(frozen=True)
class Context:
    theatre: frozenset[str] = frozenset()  # ISO2 codes
    anchors: tuple[tuple[float, float], ...] = ()  # points of the other resolved places
    chosen: frozenset[int] = frozenset()  # geonameids the other mentions resolved to
    areas: frozenset[tuple[str, str]] = frozenset()  # (ISO2, admin1) of the other resolved places
    # with no theatre, the one country of the provinces the report names: a score, not a filter
    leaning: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Choice:
    candidate: Candidate
    score: float
    rule: str


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def nearest_anchor_km(e: GazEntry, ctx: Context) -> float | None:
    if e.latitude is None or e.longitude is None or not ctx.anchors:
        return None
    return min(haversine_km(e.latitude, e.longitude, la, lo) for la, lo in ctx.anchors)


def _within(d: float | None, km: float) -> bool:
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


def choose(cands: Sequence[Candidate], ctx: Context, weak: bool = False) -> Choice | None:
    """The best candidate, or None when every candidate lies far outside the theatre (a
    country that borders the theatre's is not far: Marib in a report that names Saudi Arabia).

    A fuzzy (not exact) reading needs support: a curated alias or a resolved place nearby.
    A `weak` mention (a name NER did not call a place) must also lie in the theatre, when
    there is one, unless it names a country or comes from a curated alias."""
    cands = [c for c in cands if c.similarity >= EXACT or c.source.startswith("curated")
             or _within(nearest_anchor_km(c.entry, ctx), FUZZY_NEAR_KM)]
    if weak and ctx.theatre:
        cands = [c for c in cands if c.entry.country_code in ctx.theatre
                 or c.entry.kind in ("country", "region") or c.source.startswith("curated")]
    if not cands:
        return None
    scored = sorted(((score(c, ctx), c) for c in cands), key=lambda t: -t[0][0])
    (best_s, why), best = scored[0]
    seat = _seat(best, [c for _, c in scored[1:]])
    if seat is not None:  # the bare name of an area's seat is the town (Hama, Amsterdam, Sacramento)
        (best_s, why), best = next((sc, c) for sc, c in scored if c is seat)
        why = [*why, "the town that names its area"]
    big = _world_city(best, [c for _, c in scored[1:]], ctx)
    if big is not None:  # 'Washington' in a report that names the United Kingdom
        (best_s, why), best = next((sc, c) for sc, c in scored if c is big)
        why = [*why, "a very large city beats a small namesake in the theatre"]
    e = best.entry
    d = nearest_anchor_km(e, ctx)
    bordering = bool(e.country_code) and any(e.country_code in neighbours(t) for t in ctx.theatre)
    # a big place abroad is kept when named as itself; by an alternate only when very big
    # ('Boni' is listed for Bonn, but a town of Mali is meant)
    big = BIG_ABROAD if similarity(best.matched, e.name) >= EXACT else BIG_CITY_BY_ALTERNATE
    if (ctx.theatre and e.country_code not in ctx.theatre and e.kind not in ("country", "region")
            and e.population < big and (d is None or d > FAR_KM) and not bordering
            and not best.source.startswith("curated")):
        return None
    rule = f"{best.source} '{best.matched}' ({', '.join(why)}; {len(cands)} candidates)"
    return Choice(best, round(best_s, 3), rule)


def in_theatre_if_respelled(cands: Sequence[Candidate], text: str, theatre: frozenset[str],
                            named: frozenset[str] = frozenset()) -> tuple[Candidate, ...]:
    """A reading found only through the transliteration fold (the text is not written as the
    name that matched, case and diacritics aside) is a guess: outside the report's theatre it
    is dropped ('Bohoma' in a report on Chad is not Bochum, listed as 'Bohuma'), unless it lies
    in a country the report names (`named`: 'Nabatiyé' in a report on Israel that names
    Lebanon), is a country or region, or a curated alias. A name written as GeoNames writes it
    (Moscou, Téhéran) keeps its readings abroad."""
    if not theatre:
        return tuple(cands)
    return tuple(c for c in cands if c.source.startswith("curated") or c.entry.kind in ("country", "region")
                 or c.entry.country_code in theatre | named or letters(text) == letters(c.matched))


def near_a_town(choice: Choice | None, ctx: Context) -> bool:
    """The choice lies within SMALL_NEAR_KM of a town the report resolved."""
    return choice is not None and _within(nearest_anchor_km(choice.candidate.entry, ctx), SMALL_NEAR_KM)


def written_as(cands: Sequence[Candidate], text: str) -> tuple[Candidate, ...]:
    """The readings of a name inside an actor's name ('les Amba boys') that are written as the
    text and as the entry's own name: the name is weak evidence of a place, too weak for a
    transliteration ('Ambah') or a place that lists the name among its alternates ('Embi')."""
    return tuple(c for c in cands if c.source.startswith("curated") or c.entry.kind in ("country", "region")
                 or (letters(text) == letters(c.matched) and similarity(c.matched, c.entry.name) >= EXACT))


def _world_city(best: Candidate, others: list[Candidate], ctx: Context) -> Candidate | None:
    """A city of BIG_CITY people or more, matched exactly by its own name, against a town of
    a tenth its size that won only on the report's theatre: the city, unless the town was
    chosen for another mention or lies within SMALL_NEAR_KM of a place the report resolved."""
    b = best.entry
    if b.kind != "populated_place" or b.geonameid in ctx.chosen or _within(nearest_anchor_km(b, ctx), SMALL_NEAR_KM):
        return None
    for c in others:
        e = c.entry
        if (e.kind == "populated_place" and c.similarity >= EXACT and similarity(c.matched, e.name) >= EXACT
                and e.population >= BIG_CITY and e.population >= 10 * b.population):
            return c
    return None


def _seat(area: Candidate, others: list[Candidate]) -> Candidate | None:
    """When `area` is an area: a town inside it that bears its name (Hama), or a big city
    that goes by the same name (New York, Washington), matched as exactly."""
    a = area.entry
    if a.kind not in ("admin1", "admin2"):
        return None
    for c in others:
        e = c.entry
        # only a city of the area's own country: 'El Beni' (Bolivia) does not make 'Beni' Vienna
        if e.kind != "populated_place" or c.similarity < area.similarity or e.country_code != a.country_code:
            continue
        own = similarity(c.matched, e.name) >= EXACT  # 'Washington', not NYC's alternate 'New York'
        if c.similarity >= EXACT and e.population >= (BIG_CITY if own else BIG_CITY_BY_ALTERNATE):
            return c
        # the town inside the area known by the area's name, as its own name or as the spelling
        # that matched both ('Tombouctou': the region, and Timbuktu's French name), unless its
        # own name only adds a word to the area's ('Oklahoma City' lists 'Oklahoma')
        if (a.name in (e.admin1 if a.kind == "admin1" else e.admin2, )
                and (similarity(e.name, a.name) >= 0.9
                     or (similarity(c.matched, area.matched) >= 0.9 and not _extends(e.name, a.name)))):
            return c
    return None


def _extends(name: str, base: str) -> bool:
    """'Oklahoma City' extends 'Oklahoma': the base is one of its words, and it has others."""
    words, base_words = fold(name).split(), fold(base).split()
    n = len(base_words)
    return len(words) > n and any(words[i:i + n] == base_words for i in range(len(words) - n + 1))


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
