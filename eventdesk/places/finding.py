"""Finding a report's place names, before any is resolved: each `Found` span with its
gazetteer candidates.

Sources: NER place entities (a name continued by lower-case words the gazetteer holds in
full, 'Arabie saoudite'), names NER tagged otherwise that resolve strongly ('Bint Jbeil' as
ORG), a scan of capitalised runs NER missed, and demonyms ('Américains', 'irako-syrienne').
Then screened: a word of a person's name, an actor's or organisation's name is dropped; a
physical feature or a street or quarter inside a town is kept and marked in its origin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventdesk.places import demonyms
from eventdesk.places.detect import (
    MIN_SCAN_LETTERS, SpanCandidate, entity_spans, is_common_word, is_stop, ngrams, person_name_words, runs,
    sentence_starts,
)
from eventdesk.places.gazetteer import Candidate, Gazetteer
from eventdesk.places.screen import actor_spans, feature_of, not_a_place
from eventdesk.places.urban import organisation_head, urban_name
from eventdesk.records import Report
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
