"""Candidate place spans in a report: NER entities and capitalised runs of names.

A run is a sequence of name tokens ("Deir ez-Zor", "Abou Kamal", "al-Tanaf"); tokens
joined by a hyphen to another capitalised name ("AlBoukamal-AlQaïm") are split so that each
side can be tried. French elisions (d’, l’) are left out of the span.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from eventdesk.langdata import load_yaml
from eventdesk.places.fold import rules
from eventdesk.records import Report
from eventdesk.textnorm import fold

PLACE_LABELS = frozenset({"LOC", "GPE"})
NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC", "NORP", "FAC"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
MAX_TOKENS = 4
MIN_SCAN_LETTERS = 3
COMMON_POS = frozenset({"NOUN", "ADJ", "VERB", "AUX", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "NUM"})

# capitals: ASCII, Latin-1, and the Latin Extended blocks, whose capitals romanisations use
# ('Ḩamāh', 'Şabkhah'); those blocks mix cases, and a lower-case word opening with one is rare
_CAP = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_TOKEN = re.compile(rf"(?<!\w)(?:[dlDL][’'])?((?:[a-z]{{1,3}}-)?[{_CAP}][\w’'-]*\w|[{_CAP}])")
_GAP = re.compile(r"[ \t]+|-")  # what may separate two tokens of one run

Origin = Literal["ner", "name", "scan"]


@dataclass(frozen=True)
class SpanCandidate:
    start: int
    end: int
    origin: Origin  # ner: LOC/GPE entity; name: another entity label; scan: capitalised run


@functools.cache
def stop_words(language: str | None) -> frozenset[str]:
    data = load_yaml("eventdesk.places.data", "stoplist.yaml")
    words = set(data["all"]) | set(data.get(language or "", ()) or ())
    if language is None:
        words |= set(data["fr"]) | set(data["en"])
    return frozenset(fold(w) for w in words)


def is_stop(text: str, language: str | None) -> bool:
    return fold(text).replace("’", "'").strip("'") in stop_words(language)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Name tokens in text[start:end], hyphen compounds split unless the left part is an
    article or Abu form (al-Tanaf stays whole, AlBoukamal-AlQaïm splits)."""
    r = rules()
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span(1)
        if re.match(r"[A-Za-z][’'][^\W\d_]", text[s:e]) and not text[s + 2].isupper():
            continue  # "L’armée", "C’est": an elided word; "Fada N’Gourma", "N’Djamena": a name
        parts = re.split(rf"-(?=[{_CAP}])", text[s:e])
        pos = s
        for part in parts:
            if out and out[-1][1] == pos - 1 and fold(text[out[-1][0]:out[-1][1]]) in r.articles | r.abu:
                out[-1] = (out[-1][0], pos + len(part))
            else:
                out.append((pos, pos + len(part)))
            pos += len(part) + 1
    return out


def runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Name tokens grouped into runs of adjacent tokens."""
    groups: list[list[tuple[int, int]]] = []
    for tok in _pieces(text, start, end):
        if groups and _GAP.fullmatch(text[groups[-1][-1][1]:tok[0]] or "x"):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    return groups


def ngrams(run: list[tuple[int, int]]) -> Iterator[tuple[int, int, int, int]]:
    """(i, j, start, end) sub-spans of a run, longest first at each start position."""
    for i in range(len(run)):
        for j in range(min(len(run), i + MAX_TOKENS), i, -1):
            yield i, j, run[i][0], run[j - 1][1]


def is_common_word(report: Report, start: int, end: int) -> bool:
    """True when the parser tagged a one-token span as an ordinary word (noun, adjective,
    verb…), not a proper noun: 'Résistance', 'Source', 'Média' in French text; or when the
    report itself writes the word in lower case elsewhere ('Iron' in a heading, 'iron' in
    the text)."""
    text = report.article.text
    word = text[start:end]
    if _name_compound_part(text, start, end):
        return False  # the tagger reads 'AlBoukamal' in 'AlBoukamal-AlQaïm' as a verb
    if " " not in word and word[:1].isupper() and not word.isupper() and _written_lower(text, word.lower()):
        return True
    doc = report.doc
    if doc is None:
        return False
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and span[0].pos_ in COMMON_POS


def _name_compound_part(text: str, start: int, end: int) -> bool:
    """A name written with an inner capital ('AlQaïm') or joined by a hyphen to another
    capitalised name ('Abou Kamal-Qaëm'): a proper name, whatever the tagger says."""
    word = text[start:end]
    if any(c.isupper() for c in word[1:]) and not word.isupper():
        return True
    after = re.match(rf"-[{_CAP}]", text[end:end + 2])
    before = re.search(rf"[{_CAP}][\w’']*\w-$", text[max(0, start - 40):start])
    return bool(after or before)


def _written_lower(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text) is not None


def entity_spans(report: Report) -> list[SpanCandidate]:
    out = []
    for ent in report.entities:
        if ent.label in PLACE_LABELS or ent.label in NAME_LABELS:
            origin: Origin = "ner" if ent.label in PLACE_LABELS else "name"
            pieces = _pieces(report.article.text, ent.span.start, ent.span.end)
            if pieces:  # trim elisions and lower-case words at the edges
                out.append(SpanCandidate(pieces[0][0], pieces[-1][1], origin))
    return out


def person_name_words(report: Report) -> frozenset[str]:
    """Folded words of the people the report names in full ('David Hogg', 'Narendra Modi'):
    the same word alone elsewhere ('Hogg said', 'Modi's visit') is that person, not a town."""
    words: set[str] = set()
    for ent in report.entities:
        if ent.label in PERSON_LABELS:
            parts = [w for w in re.split(r"[\s]+", ent.span.text.strip()) if w[:1].isupper()]
            if len(parts) >= 2:
                words.update(fold(w).removesuffix("'s").removesuffix("’s") for w in parts)
    return frozenset(words)


def sentence_starts(report: Report) -> frozenset[int]:
    starts = {0}
    for s in report.sentences:
        m = re.search(r"\S", report.article.text[s.start:s.end])
        starts.add(s.start + (m.start() if m else 0))
    return frozenset(starts)
