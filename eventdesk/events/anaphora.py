"""Place anaphora: "à proximité de la ville", "dans cette province", "sur place", "the town".

An anaphor is a definite or demonstrative place noun that names no place of its own (not
"la ville d'Al-Boukamal", not "la région Al-Zaqaf"), or a fixed phrase such as "sur place".
It stands for the most recent place mention before it whose kind fits the noun (a town for
"la ville", an admin area for "cette province"), within the anaphor's paragraph or the two
sentences before its own. Demonyms ("les forces irakiennes"), place names standing for an
actor, and capitals standing for their government ("ce que Damas dément", "le régime de
Damas") are never antecedents. The words and the kinds they fit are data, per language
(eventdesk/lang/<lang>/place_anaphora.yaml).

The result is a PlaceMention whose span is the anaphor itself (the event's location evidence)
and whose place is the antecedent's; its rule names the antecedent.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventdesk.events import lexicon
from eventdesk.events.arguments import root_of
from eventdesk.events.location import demonym_use
from eventdesk.langdata import lang_data
from eventdesk.records import ActorMention, PlaceMention, Report, Span

# a noun with one of these children names its own place ("la ville d'X", "la région Al-Zaqaf")
_NAMING_DEPS = frozenset({"nmod", "appos", "flat", "flat:name", "compound", "prep", "nummod"})


@dataclass(frozen=True)
class AnaphorWords:
    determiners: frozenset[str]
    nouns: dict[str, frozenset[str]]
    phrases: tuple[tuple[tuple[str, ...], frozenset[str]], ...]
    window_sentences: int
    plural_only: frozenset[str] = frozenset()
    rulers: frozenset[str] = frozenset()


@functools.cache
def anaphor_words(language: str) -> AnaphorWords:
    d = lang_data(language, "place_anaphora.yaml")
    return AnaphorWords(
        frozenset(lexicon.lower(w) for w in d["determiners"]),
        {lexicon.lower(k): frozenset(v) for k, v in d["nouns"].items()},
        tuple((lexicon.pattern_words(k), frozenset(v)) for k, v in d.get("phrases", {}).items()),
        int(d["window_sentences"]),
        frozenset(lexicon.lower(w) for w in d.get("plural_only", [])),
        frozenset(lexicon.lower(w) for w in d.get("rulers", [])),
    )


def find_anaphors(report: Report, sentence: Span) -> list[tuple[Span, frozenset[str]]]:
    """(span of the anaphor, place kinds it may stand for) for each anaphor in the sentence."""
    doc, words = report.doc, anaphor_words(report.language or "fr")
    sp = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc is not None else None
    if sp is None:
        return []
    tokens = list(sp)
    out: list[tuple[Span, frozenset[str]]] = []
    for i, tok in enumerate(tokens):
        for phrase, kinds in words.phrases:
            if i + len(phrase) <= len(tokens) and all(
                    lexicon.lower(t.text) == w for t, w in zip(tokens[i:i + len(phrase)], phrase)):
                last = tokens[i + len(phrase) - 1]
                out.append((report.span(tok.idx, last.idx + len(last)), kinds))
        kinds = words.nouns.get(lexicon.lower(tok.text)) or words.nouns.get(lexicon.lower(tok.lemma_ or ""))
        if kinds is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if "Plur" in tok.morph.get("Number") or tok.tag_ in ("NNS", "NNPS"):
            if lexicon.lower(tok.text) not in words.plural_only:
                continue  # "les localités arabes": several places, no one antecedent
        dets = [c for c in tok.children if c.dep_ in ("det", "poss") and c.i < tok.i]
        if not any(lexicon.lower(c.text) in words.determiners for c in dets):
            continue
        start = min(c.idx for c in dets)
        if any(_names(report, c) for c in tok.children) or _named_right_after(report, tok):
            continue
        if any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in tok.doc[min(c.i for c in dets) + 1:tok.i]):
            continue  # "the Beni area", "la région Nord": a name between determiner and noun
        out.append((report.span(start, tok.idx + len(tok)), kinds))
    return [(s, k) for s, k in out if not any(s.overlaps(p.span) for p in report.places)]


def _names(report: Report, child: Any) -> bool:
    """A child giving the noun its own name: a proper noun or a place ("la ville d'X"), not a
    misattached time word ("près de la ville dimanche")."""
    if child.dep_ not in _NAMING_DEPS:
        return False
    span = Span(child.left_edge.idx, child.right_edge.idx + len(child.right_edge), "")
    return child.pos_ == "PROPN" or any(span.overlaps(p.span) for p in report.places)


def _named_right_after(report: Report, tok: Any) -> bool:
    """"la région Al-Zaqaf" parsed loosely: a place mention starts right after the noun."""
    end = tok.idx + len(tok)
    return any(0 <= p.span.start - end <= 4 for p in report.places)


def antecedent(report: Report, anaphor: Span, kinds: frozenset[str],
               actors: Sequence[ActorMention] = ()) -> PlaceMention | None:
    """The most recent fitting place mention before `anaphor`, within its window."""
    lower = _window_start(report, anaphor)
    best: PlaceMention | None = None
    for pm in report.places:
        if pm.place is None or pm.place.kind not in kinds:
            continue
        if not lower <= pm.span.start or pm.span.end > anaphor.start:
            continue
        tok = root_of(report.doc, pm.span)
        if tok is None or demonym_use(report.doc, tok, pm.span) or any(pm.span.overlaps(a.span) for a in actors):
            continue
        if _stands_for_a_government(tok, report.language or "fr"):
            continue
        if best is None or pm.span.start > best.span.start:
            best = pm
    return best


def _stands_for_a_government(tok: Any, language: str) -> bool:
    """"ce que Damas dément", "le régime de Damas": a capital speaking or ruling is no place."""
    if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return True
    return tok.head.i != tok.i and lexicon.lower(tok.head.lemma_ or tok.head.text) in anaphor_words(language).rulers


def _window_start(report: Report, anaphor: Span) -> int:
    """The earlier of the paragraph's start and the start of the n-th sentence before."""
    text = report.article.text
    paragraph = text.rfind("\n", 0, anaphor.start) + 1
    n = anaphor_words(report.language or "fr").window_sentences
    idx = next((i for i, s in enumerate(report.sentences) if s.start <= anaphor.start < max(s.end, s.start + 1)), None)
    if idx is None:
        return paragraph
    return min(paragraph, report.sentences[max(0, idx - n)].start)


def place_anaphors(report: Report, sentence: Span) -> list[PlaceMention]:
    """The sentence's anaphors resolved to their antecedents, as place mentions spanning the anaphor."""
    out = []
    for span, kinds in find_anaphors(report, sentence):
        ante = antecedent(report, span, kinds, report.actors)
        if ante is None:
            continue
        rule = f"anaphor '{span.text}' → '{ante.span.text}' at {ante.span.start}-{ante.span.end}"
        out.append(dataclasses.replace(ante, span=span, rule=rule, is_event_location=False))
    return out
