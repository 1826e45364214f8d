"""Does a temporal expression sit in a future clause? Read from the spaCy Doc when present.

Future when the clause's verb is inflected in the future (Tense=Fut), has a future auxiliary
("will"), or is an infinitive governed by a non-past verb of intention ("va voter", "doit se
tenir", "is going to attack"). The words are in date_words.yaml (future_*).
"""

from __future__ import annotations

from typing import Any

from eventdesk.dates.words import date_words
from eventdesk.records import Span
from eventdesk.textnorm import fold

_MAX_CLIMB = 4


def is_future(doc: Any, span: Span, language: str) -> bool:
    if doc is None:
        return False
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    words = date_words(language)
    auxiliaries = {fold(w) for w in words.words("future_auxiliaries")}
    governors = {fold(w) for w in words.words("future_governors")}
    verb = tokens.root
    for _ in range(_MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if "Fut" in verb.morph.get("Tense"):
        return True
    if any(c.dep_.startswith("aux") and fold(c.lemma_) in auxiliaries for c in verb.children):
        return True
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and fold(head.lemma_) in governors
            and "Past" not in head.morph.get("Tense")
            and not any(c.dep_.startswith("aux") and "Past" in c.morph.get("Tense") for c in head.children))
