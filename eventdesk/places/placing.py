"""Resolving a report's `Found` names into PlaceMentions, each in the context of the others.

Per mention: the relative cue before it ('à 60 km à l'est de', 'la province de'), readings
pruned (respellings abroad, names inside actors' names), a choice re-ranked twice with what
the other mentions resolved to, a street or quarter kept only by a resolved town. Then the
cue's geometry applied (a point at a distance and bearing, a half of an area), a name inside
an organisation's marked as such, and unresolved names placed where the text allows
(fallback.py).
"""

from __future__ import annotations

from dataclasses import replace

from eventdesk.places.choice import Choice, choose, near_a_town
from eventdesk.places.context import contexts, theatre
from eventdesk.places.detect import sentence_starts
from eventdesk.places.entry_place import precision_of, to_place
from eventdesk.places.fallback import place_unknowns
from eventdesk.places.finding import INSIDE_A_TOWN, Found
from eventdesk.places.gazetteer import Candidate
from eventdesk.places.readings import in_theatre_if_respelled, written_as
from eventdesk.places.relative import Cue, find_cue, offset
from eventdesk.places.scoring import EXACT, Context
from eventdesk.places.screen import actor_spans, organisation_of
from eventdesk.records import PlaceMention, Report
from eventdesk.textnorm import fold


def _mention(report: Report, f: Found, choice: Choice | None, cue: Cue | None) -> PlaceMention:
    if choice is None:
        rule = "no gazetteer entry" if not f.cands else "candidates only far outside the report's theatre"
        if cue is not None:  # keep what the text says about the unknown place
            return PlaceMention(report.span(cue.start, f.end), None,
                                rule=f"{f.origin}: {rule}; relative '{cue.words}' to an unknown place")
        return PlaceMention(report.span(f.start, f.end), None, rule=f"{f.origin}: {rule}")
    e = choice.candidate.entry
    precision, radius = precision_of(e)
    place, rule = to_place(e), f"{f.origin}: {choice.rule}"
    start = f.start
    if cue is not None and e.latitude is not None and e.longitude is not None:
        start = cue.start
        rule += f"; relative '{cue.words}'"
        if cue.kind == "distance" and cue.km is not None:
            point = offset(e.latitude, e.longitude, cue.km, cue.bearing) if cue.bearing is not None else None
            label = f"{cue.km:g} km {'' if point is None else f'bearing {cue.bearing:g} '}from {e.name}"
            place = to_place(e, name=label, kind="relative", point=point)
            precision, radius = 2, (max(5.0, cue.km * 0.3) + radius if point else cue.km + radius)
        elif cue.kind == "near":
            precision, radius = 2, max(radius, cue.radius_km or 15.0)
        elif cue.kind == "zone" and cue.bearing is not None and e.kind in ("admin1", "admin2"):
            # 'la campagne orientale de Deir Ezzor': the area's half on that side, not its centre
            point = offset(e.latitude, e.longitude, radius / 2, cue.bearing)
            place = to_place(e, name=f"{e.name}, part bearing {cue.bearing:g}", kind="relative", point=point)
            precision, radius = 3, radius / 2 + (cue.radius_km or 0.0) / 2
        elif cue.kind == "zone":
            precision, radius = (3 if e.kind != "populated_place" else 2), max(radius, cue.radius_km or 50.0)
        elif cue.kind == "area" and e.kind == "populated_place":  # "la région de X": around X
            precision, radius = 2, max(radius, 25.0)
        elif cue.kind == "area":
            precision = 3
    return PlaceMention(report.span(start, f.end), place, precision, radius, rule, choice.score)


def _prefer_area(cands: tuple[Candidate, ...], cue: Cue | None) -> tuple[Candidate, ...]:
    if cue is None or cue.kind not in ("area", "zone"):
        return cands
    areas = tuple(c for c in cands if c.entry.kind in ("admin1", "admin2"))
    if cue.kind == "zone" and not any(w in cue.words.lower() for w in ("campagne", "countryside", "rural")):
        return cands  # a desert near a town: keep the town
    return areas or cands


def _shouting(name: str) -> bool:
    """An all-capitals word of five letters or more ('REPLY'): a heading, not a name."""
    return name.isupper() and sum(c.isalpha() for c in name) > 4


def resolve(report: Report, found: list[Found]) -> tuple[PlaceMention, ...]:
    text, lang = report.article.text, report.language
    starts = sorted(sentence_starts(report))
    cues = [find_cue(text, f.start, max([s for s in starts if s <= f.start] or [0]), lang) for f in found]
    names = [fold(text[f.start:f.end]) for f in found]
    actors = actor_spans(report)
    in_names = frozenset(i for i, f in enumerate(found) if _in_actor_name(f, actors))
    ctx = Context(theatre=theatre([f.cands for f in found], in_names))
    named = frozenset(c.entry.country_code for f in found for c in f.cands
                      if c.entry.kind == "country" and c.similarity >= EXACT and c.entry.country_code)
    cands = [in_theatre_if_respelled(_prefer_area(f.cands, cue), text[f.start:f.end], ctx.theatre, named)
             for f, cue in zip(found, cues)]
    cands = [written_as(cs, text[f.start:f.end]) if i in in_names else cs for i, (f, cs) in enumerate(zip(found, cands))]
    weak = [f.origin != "ner" or _shouting(text[f.start:f.end]) for f in found]
    choices = [choose(c, ctx, w) for c, w in zip(cands, weak)]
    for _ in range(2):  # re-rank with what the other mentions resolved to
        choices = [choose(c, x, w) for c, x, w in zip(cands, contexts(ctx, choices, names), weak)]
    # a quarter ('le quartier de la Gombe') is one of the report's town, not a namesake afar
    choices = [None if INSIDE_A_TOWN in f.origin and not near_a_town(ch, x) else ch
               for f, ch, x in zip(found, choices, contexts(ctx, choices, names))]
    # a name NER did not call a place is a place only if it resolves; LOC/GPE are always kept
    mentions = tuple(
        _part_of_organisation(report, f, _mention(report, f, ch, cue), actors)
        for f, ch, cue in zip(found, choices, cues)
        if ch is not None or f.origin == "ner" or "physical feature" in f.origin or INSIDE_A_TOWN in f.origin
    )
    headings = frozenset(m.span.start for m in mentions if _shouting(m.span.text) or "physical feature" in m.rule)
    inside = frozenset(m.span.start for m in mentions if INSIDE_A_TOWN in m.rule)
    return place_unknowns(mentions, text, report.sentences, headings, inside)


def _in_actor_name(f: Found, actors: set[tuple[int, int]]) -> bool:
    return any(s <= f.start and f.end <= e and (s, e) != (f.start, f.end) for s, e in actors)


def _part_of_organisation(report: Report, f: Found, m: PlaceMention, actors: set[tuple[int, int]]) -> PlaceMention:
    """'la police d'Anbar', 'l'Agence d'information du Burkina': the place is kept, and its
    rule says it is part of an organisation's name (not, by itself, where an event happened)."""
    org = organisation_of(report, f.start, f.end)
    if org is None:
        org = next((report.article.text[s:e] for s, e in actors if s <= f.start and f.end <= e and (s, e) != (f.start, f.end)), None)
    return m if org is None else replace(m, rule=f"{m.rule}; part of an organisation name '{org}'")
