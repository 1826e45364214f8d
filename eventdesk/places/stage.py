"""PlacesStage: every place mention in a report, resolved in context or kept unresolved."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from eventdesk.places import demonyms
from eventdesk.places import index as _builtin  # noqa: F401  (registers the "builtin" gazetteer)
from eventdesk.places.context import contexts, theatre
from eventdesk.places.fallback import place_unknowns
from eventdesk.places.detect import (
    MIN_SCAN_LETTERS, SpanCandidate, entity_spans, is_common_word, is_stop, ngrams, person_name_words, runs,
    sentence_starts,
)
from eventdesk.places.gazetteer import Candidate, Gazetteer, gazetteers
from eventdesk.places.relative import Cue, find_cue, offset
from eventdesk.places.resolve import (
    EXACT, Choice, Context, choose, in_theatre_if_respelled, near_a_town, precision_of, to_place, written_as,
)
from eventdesk.places.screen import actor_spans, feature_of, not_a_place, organisation_of
from eventdesk.places.urban import organisation_head, urban_name
from eventdesk.records import PlaceMention, Report
from eventdesk.stage import Stage
from eventdesk.textnorm import fold

STRONG_SIMILARITY = 0.9
MIN_SCAN_POPULATION = 1000
MIN_SENTENCE_START_POPULATION = 20_000
INSIDE_A_TOWN = "a street, square or quarter inside a town, not a namesake town"


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    origin: str
    cands: tuple[Candidate, ...]


def strong_candidates(cands: list[Candidate], text: str, sentence_start: bool, multi_word: bool = False) -> list[Candidate]:
    """Candidates good enough to turn a name that NER did not call a place into one: a
    curated alias, a country or province, an exact multi-word name, or a town of some size."""
    short_caps = text.isupper() and len(text) <= 4
    min_pop = MIN_SENTENCE_START_POPULATION if sentence_start else MIN_SCAN_POPULATION
    out = []
    for c in cands:
        special = (c.source.startswith("curated") or c.entry.kind in ("country", "admin1", "region")
                   or (multi_word and c.similarity >= 0.95))
        if c.similarity < STRONG_SIMILARITY or (short_caps and not special):
            continue
        if special or (c.entry.population >= min_pop and not short_caps):
            out.append(c)
    return out


def longer_name(gaz: Gazetteer, text: str, start: int, end: int) -> tuple[int, list[Candidate]]:
    """A name continued by lower-case words that the gazetteer holds in full as an area or
    written the same ('Arabie saoudite', 'Emirats arabes unis'): its end and candidates,
    else (end, [])."""
    m = re.match(r"(?:[ \t]+[^\W\d_A-Z][\w’'-]*){1,3}", text[end:end + 60])
    if not m or text[end:end + m.end()].strip()[:1].isupper():
        return end, []
    words = list(re.finditer(r"[ \t]+[\w’'-]+", m.group(0)))
    for w in reversed(words):
        e = end + w.end()
        name = text[start:e]
        good = [c for c in gaz.candidates(name) if fold(c.matched) == fold(name)]
        if good:
            return e, good
    return end, []


def detect(report: Report, gaz: Gazetteer) -> list[Found]:
    text, lang = report.article.text, report.language
    starts = sentence_starts(report)
    found: list[Found] = []
    ents = entity_spans(report)

    def scan(lo: int, hi: int, origin: str, blocked: list[SpanCandidate]) -> None:
        for run in runs(text, lo, hi):
            i_done = 0
            for i, j, s, e in ngrams(run):
                if i < i_done or any(b.start < e and s < b.end for b in blocked):
                    continue
                name = text[s:e]
                if is_stop(name, lang) or sum(ch.isalpha() for ch in name) < MIN_SCAN_LETTERS:
                    continue
                if j - i == 1 and is_common_word(report, s, e):
                    continue
                strong = strong_candidates(gaz.candidates(name), name, j - i == 1 and s in starts, j - i > 1)
                if strong and j == len(run):
                    e2, longer = longer_name(gaz, text, s, e)
                    e, strong = (e2, longer) if longer else (e, strong)
                if strong:
                    found.append(Found(s, e, origin, tuple(strong)))
                    i_done = j

    for ent in ents:
        name = text[ent.start:ent.end]
        if is_stop(name, lang):
            continue
        cc = demonyms.demonyms(lang).get(fold(name))
        cand = demonyms.country_candidate(gaz, cc, name) if cc else None
        if cand is not None:  # "Américains" tagged LOC: the country, as a demonym
            found.append(Found(ent.start, ent.end, "demonym", (cand,)))
            continue
        end, cands = longer_name(gaz, text, ent.start, ent.end)
        if cands:  # 'Arabie saoudite', trimmed to 'Arabie' at its lower-case word
            ent = SpanCandidate(ent.start, end, ent.origin)
            name = text[ent.start:ent.end]
        else:
            cands = gaz.candidates(name)
        if ent.origin == "ner":
            if cands:
                found.append(Found(ent.start, ent.end, "ner", tuple(cands)))
                continue
            before = len(found)
            scan(ent.start, ent.end, "ner-part", [])
            if len(found) == before:  # 'la frontière irako-syrienne': each country named
                found.extend(_compound_demonyms(gaz, text[ent.start:ent.end], ent.start, lang))
            if len(found) == before:
                found.append(Found(ent.start, ent.end, "ner", ()))
        elif not is_common_word(report, ent.start, ent.end) and (
                strong := strong_candidates(cands, name, False, len(name.split()) > 1)):  # 'Bint Jbeil' tagged ORG
            found.append(Found(ent.start, ent.end, "name", tuple(strong)))
    scan(0, len(text), "scan", ents)
    for s, e, cc in demonyms.find(text, lang) + demonyms.find_compounds(text, lang):
        if not any(f.start < e and s < f.end for f in found):
            cand = demonyms.country_candidate(gaz, cc, text[s:e])
            if cand is not None:
                found.append(Found(s, e, "demonym", (cand,)))
    people = person_name_words(report)
    actors = actor_spans(report)
    out = []
    for f in found:
        name = text[f.start:f.end]
        if _persons_name(name, f, people) or (f.origin != "demonym" and (
                not_a_place(name, f.start, f.end, f.cands, actors) or organisation_head(name, lang))):
            continue
        feature = feature_of(report, f.start, f.end) if f.origin != "demonym" else None
        urban = urban_name(text, f.start, f.end, lang) if f.origin != "demonym" else None
        if feature is not None:  # 'l'Euphrate', 'le fleuve Niger': kept, never a namesake town
            f = Found(f.start, f.end, f"{f.origin}; physical feature ({feature.kind}): {feature.name}, not a town", ())
        elif urban is not None:  # 'la place Ivan-Franko', 'Mile 4': kept, placed at the town around it
            f = Found(f.start, f.end, f"{f.origin}; {INSIDE_A_TOWN} ({urban.cue})", urban.keep(f.cands))
        out.append(f)
    return sorted(out, key=lambda f: f.start)


def _compound_demonyms(gaz: Gazetteer, name: str, offset: int, lang: str | None) -> list[Found]:
    out = []
    for s, e, cc in demonyms.find_compounds(name, lang):
        if (cand := demonyms.country_candidate(gaz, cc, name[s:e])) is not None:
            out.append(Found(offset + s, offset + e, "demonym", (cand,)))
    return out


def _persons_name(name: str, f: Found, people: frozenset[str]) -> bool:
    """One word that is part of a person's full name given in the report ('Hogg' after
    'David Hogg'), unless it names a country, a province or a region (Jordan, Georgia)."""
    return (f.origin != "demonym" and " " not in name.strip() and fold(name) in people
            and not any(c.entry.kind in ("country", "admin1", "region") for c in f.cands))


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


class PlacesStage(Stage):
    """Finds and resolves place mentions. `is_event_location` is left to the events stage."""

    name = "places"
    requires = ("sentences", "entities", "language")
    assigns = ("places",)

    def __init__(self, gazetteer: str | Gazetteer = "builtin", **options: object) -> None:
        self._spec = gazetteer
        self._options = options
        self._gaz: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            if isinstance(self._spec, str):
                factory: Callable[..., Gazetteer] = gazetteers.get(self._spec)
                self._gaz = factory(**self._options)
            else:
                self._gaz = self._spec
        return self._gaz

    def __getstate__(self) -> dict[str, object]:
        # ship the stage to workers without its open database; each reopens it lazily
        state = dict(self.__dict__)
        if isinstance(self._spec, str):
            state["_gaz"] = None
        return state

    def __call__(self, report: Report) -> Report:
        return replace(report, places=resolve(report, detect(report, self.gazetteer)))
