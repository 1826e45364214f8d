"""A sentence that retells an event already told: "the blast", "les frappes ont visé … au sud
de la ville", "the raids targeted … on the edge of the town".

A definite event noun with no complement of its own ("the blast", not "l'explosion d'une
voiture piégée") points back to an event the report has told, as a place anaphor ("la
ville") points back to a place. When both hold (the trigger, or the subject of a trigger
verb, is such a noun, and the event is located only by an anaphor whose place is an earlier
event's), the statement is that earlier event told again: it takes that event's sub-event
type so that merging folds its details (a target, a toll) into it instead of coding a second
event.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from eventdesk.events.anaphora import anaphor_words
from eventdesk.events.lexicon import lower
from eventdesk.records import EventMention, PlaceMention

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_COMPLEMENTS = frozenset({"nmod", "prep", "acl", "acl:relcl", "relcl", "appos", "amod", "compound"})


def definite_event_noun(tok: Any, language: str) -> bool:
    """"the blast", "les frappes": a definite event noun with no complement of its own."""
    if tok.pos_ != "NOUN":
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not any(lower(c.text) in anaphor_words(language).determiners for c in dets):
        return False
    return not any(c.dep_ in _COMPLEMENTS for c in tok.children)


def told_before(head: Any, place: PlaceMention, earlier: Sequence[EventMention], trigger_heads: Collection[int],
                language: str) -> EventMention | None:
    """The earlier event this statement retells, or None when it tells a new one."""
    if not place.rule.startswith("anaphor") or place.place is None:
        return None
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children
                                                 if c.dep_ in _SUBJECTS and c.i in trigger_heads]
    if not any(definite_event_noun(n, language) for n in nouns):
        return None
    return next((m for m in reversed(earlier) if m.place is not None and m.place.place is not None
                 and m.place.place.name == place.place.name), None)
