"""Candidates for a span someone else found (NER, a gold annotation): 'Syrian' is Syria,
'Tadmor' is what the gazetteer says, and a name the gazetteer lacks falls back to the most
prominent place named inside it ('Harare City Council' -> Harare, 'University of
California' -> California, 'British Embassy' -> the United Kingdom)."""

from __future__ import annotations

import functools

from eventdesk.langdata import load_yaml
from eventdesk.places import demonyms
from eventdesk.places.detect import MIN_SCAN_LETTERS, is_stop, ngrams, runs
from eventdesk.places.gazetteer import Candidate, Gazetteer
from eventdesk.places.finding import strong_candidates
from eventdesk.places.scoring import EXACT
from eventdesk.textnorm import fold


def _demonym(gaz: Gazetteer, text: str, language: str | None) -> Candidate | None:
    cc = demonyms.demonyms(language).get(fold(text))
    return demonyms.country_candidate(gaz, cc, text) if cc else None


@functools.cache
def street_words(language: str | None) -> frozenset[str]:
    data = load_yaml("eventdesk.places.data", "streets.yaml")
    langs = [language] if language in data else list(data)
    return frozenset(fold(w) for lang in langs for w in data[lang])


def is_street(text: str, language: str | None) -> bool:
    """'Victoria St.', 'Third Street', 'rue de Damas': its first or last word says so."""
    words = [fold(w).rstrip(".") for w in text.split()]
    return len(words) > 1 and bool({words[0], words[-1]} & street_words(language))


def _prominence(cands: tuple[Candidate, ...]) -> int:
    return max(c.entry.population for c in cands)


def span_candidates(gaz: Gazetteer, text: str, language: str | None) -> tuple[str, tuple[Candidate, ...]]:
    """(origin, candidates): 'demonym', 'ner' (the whole span's names) or 'ner-part' (the
    names of the place inside it with the largest population; its candidates must be
    strong, as for a name found by scanning, and spelled exactly; never inside a street's name). No candidate:
    ('ner', ())."""
    if (cand := _demonym(gaz, text, language)) is not None:
        return "demonym", (cand,)
    whole = tuple(gaz.candidates(text))
    if whole or is_street(text, language):
        return "ner", whole
    inner: list[tuple[Candidate, ...]] = []
    for run in runs(text, 0, len(text)):
        for i, j, s, e in ngrams(run):
            name = text[s:e]
            if (s, e) == (0, len(text)) or is_stop(name, language) or sum(ch.isalpha() for ch in name) < MIN_SCAN_LETTERS:
                continue
            if (cand := _demonym(gaz, name, language)) is not None:
                inner.append((cand,))
            # a part of a longer name is read as written: no transliteration ('Council' is not 'Contai')
            elif strong := [c for c in strong_candidates(gaz.candidates(name), name, False, j - i > 1)
                            if c.similarity >= EXACT]:
                inner.append(tuple(strong))
    if not inner:
        return "ner", ()
    return "ner-part", max(inner, key=_prominence)
