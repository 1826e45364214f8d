"""Choosing one candidate for a name: the best score, then the special rules that override it.

An area loses to the town inside it that bears its name, and to a big city of the same name
(New York, Washington); a small namesake that won only on the theatre loses to a world city.
Candidates far outside the theatre are refused rather than guessed (Tanaf in Senegal for
"la base al-Tanaf" in a Syrian report), unless 100,000 people or more live there (an area's
population is the sum of its towns'), or, when the name matched is only one of its
alternates, a million. Also here: `near_a_town`, the check that a street or quarter's choice
lies by a town the report resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventdesk.places.countries import neighbours
from eventdesk.places.fold import similarity
from eventdesk.places.gazetteer import Candidate
from eventdesk.places.scoring import EXACT, Context, nearest_anchor_km, score, within
from eventdesk.textnorm import fold

FUZZY_NEAR_KM = 100.0  # a fuzzy reading is taken only this close to a resolved town
FAR_KM = 1000.0
BIG_CITY = 300_000  # a city this size, matched as well, beats the area bearing its name (Washington)
SMALL_NEAR_KM = 25.0  # a small namesake this close to a resolved place is the one meant
BIG_CITY_BY_ALTERNATE = 1_000_000  # ... when matched by an alternate name (New York City, not Oklahoma City)
BIG_ABROAD = 100_000  # a place this size far outside the theatre is still a reading


@dataclass(frozen=True)
class Choice:
    candidate: Candidate
    score: float
    rule: str


def choose(cands: Sequence[Candidate], ctx: Context, weak: bool = False) -> Choice | None:
    """The best candidate, or None when every candidate lies far outside the theatre (a
    country that borders the theatre's is not far: Marib in a report that names Saudi Arabia).

    A fuzzy (not exact) reading needs support: a curated alias or a resolved place nearby.
    A `weak` mention (a name NER did not call a place) must also lie in the theatre, when
    there is one, unless it names a country or comes from a curated alias."""
    cands = [c for c in cands if c.similarity >= EXACT or c.source.startswith("curated")
             or within(nearest_anchor_km(c.entry, ctx), FUZZY_NEAR_KM)]
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


def near_a_town(choice: Choice | None, ctx: Context) -> bool:
    """The choice lies within SMALL_NEAR_KM of a town the report resolved."""
    return choice is not None and within(nearest_anchor_km(choice.candidate.entry, ctx), SMALL_NEAR_KM)


def _world_city(best: Candidate, others: list[Candidate], ctx: Context) -> Candidate | None:
    """A city of BIG_CITY people or more, matched exactly by its own name, against a town of
    a tenth its size that won only on the report's theatre: the city, unless the town was
    chosen for another mention or lies within SMALL_NEAR_KM of a place the report resolved."""
    b = best.entry
    if b.kind != "populated_place" or b.geonameid in ctx.chosen or within(nearest_anchor_km(b, ctx), SMALL_NEAR_KM):
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
