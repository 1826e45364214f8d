"""What the other place mentions of a report say about one mention: the report's theatre
(countries; when it names none, the one country of the provinces it names leans the choice),
the points of the towns resolved for sure, the entries chosen for other spellings of the same
name, and the provinces named or resolved in. Context always comes from *other*
names: a name's own repetitions ('Red Oak' three times) never vouch for its reading."""

from __future__ import annotations

from collections.abc import Sequence

from eventdesk.places.choice import Choice
from eventdesk.places.fold import similarity
from eventdesk.places.gazetteer import Candidate
from eventdesk.places.scoring import EXACT, Context

SAME_NAME = 0.9  # two texts this similar are spellings of one name


def theatre(cands: Sequence[Sequence[Candidate]], in_names: frozenset[int] = frozenset()) -> frozenset[str]:
    """Countries the report is about, from each mention's candidates. A named country gives two
    votes (a demonym one: 'Japanese' is often a person's nationality); a name whose candidates
    all lie in one country gives two when a curated alias says so, else one, unless the
    mention is part of an actor's name (`in_names`, by position): 'Boko Haram' written three
    times does not make Norway, home of a village called Haram, part of the theatre. The theatre:
    countries with two votes or more and at least a quarter of the top count (a report on
    Syria that names the United States twice is not about the United States); a country only
    named, with no place of the report in it, needs half the top count (a report on Mali that
    says once that the junta turned away from France is not about France)."""
    votes: dict[str, int] = {}
    placed: set[str] = set()
    for i, cs in enumerate(cands):
        for c in cs:
            if c.entry.kind == "country" and c.similarity >= EXACT and c.entry.country_code:
                weight = 1 if c.source == "demonym" else 2
                votes[c.entry.country_code] = votes.get(c.entry.country_code, 0) + weight
        codes = {c.entry.country_code for c in cs}
        if i in in_names:
            continue
        if len(codes) == 1 and None not in codes and not any(c.entry.kind == "country" for c in cs):
            code = next(iter(codes))
            weight = 2 if any(c.source.startswith("curated") for c in cs) else 1
            votes[code] = votes.get(code, 0) + weight  # type: ignore[index]
            placed.add(code)  # type: ignore[arg-type]
    top = max(votes.values(), default=0)
    return frozenset(c for c, n in votes.items() if n >= 2 and n * (4 if c in placed else 2) >= top)


def _sure(choice: Choice | None) -> bool:
    return choice is not None and (choice.candidate.similarity >= EXACT or choice.candidate.source.startswith("curated"))


def anchor(choice: Choice | None) -> tuple[float, float] | None:
    """Towns resolved by an exact or curated name anchor the others; areas and countries,
    whose points are only representative, do not."""
    if choice is None or not _sure(choice):
        return None
    e = choice.candidate.entry
    if e.kind != "populated_place" or e.latitude is None or e.longitude is None:
        return None
    return (e.latitude, e.longitude)


def sure_id(choice: Choice | None) -> int | None:
    """The entry of a choice made on an exact or curated name."""
    return choice.candidate.entry.geonameid if choice is not None and _sure(choice) else None


def area(choice: Choice | None) -> tuple[str, str] | None:
    """The province a sure choice names or lies in: other places of the report lean to it."""
    if choice is None or not _sure(choice):
        return None
    e = choice.candidate.entry
    name = e.name if e.kind == "admin1" else e.admin1
    return (e.country_code, name) if e.country_code and name and e.kind != "country" else None


def province_country(choice: Choice | None) -> str | None:
    """The country of a province or district the report names by an exact or curated name."""
    if choice is None or not _sure(choice) or choice.candidate.entry.kind not in ("admin1", "admin2"):
        return None
    return choice.candidate.entry.country_code


def _one(codes: set[str]) -> frozenset[str]:
    """A report that names no country but provinces of one country ('Beni, dans la province du
    Nord-Kivu') is about that country; provinces of several countries say nothing."""
    return frozenset(codes) if len(codes) == 1 else frozenset()


def contexts(base: Context, choices: Sequence[Choice | None], names: Sequence[str]) -> list[Context]:
    """Each mention's context from the others' current choices. `names` are the mentions'
    folded texts. An entry chosen for another spelling of the same name ('Ḩamāh', 'Hama')
    counts, not one chosen for a longer name ('Oklahoma City' does not make 'Oklahoma' the city)."""
    points = [anchor(c) for c in choices]
    ids = [sure_id(c) for c in choices]
    areas = [area(c) for c in choices]
    spelling = {(a, b): similarity(a, b) >= SAME_NAME for a in set(names) for b in set(names)}
    provinces = [province_country(c) for c in choices]
    out = []
    for i, name in enumerate(names):
        others = [k for k in range(len(names)) if names[k] != name]
        out.append(Context(
            theatre=base.theatre,
            leaning=frozenset() if base.theatre else _one({p for k in others if (p := provinces[k])}),
            anchors=tuple({p for k in others if (p := points[k])}),
            chosen=frozenset(g for k in others if (g := ids[k]) is not None and spelling[names[k], name]),
            areas=frozenset(a for k in others if (a := areas[k])),
        ))
    return out
