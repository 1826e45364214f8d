"""A toll told after its event: "L'OSDH fait état d'un bilan plus modeste : cinq jihadistes
tués", "Three of the wounded later died", "neuf combattants auraient été tués dans les raids".

Such a sentence gives the toll of the event told before it (same place, same day), not a new
event. It is one when its trigger only tells deaths (the `killing` patterns of the `aftermath`
section of eventdesk/lang/<code>/event_triggers.yaml) and it points back to that event:
- a toll word in the sentence ("bilan", "later", "succombé");
- the deaths attached to a definite event noun ("dans les raids", "in the attack");
- or nothing of its own: no attacker, no date of its own, no place but that event's.
It never applies to the report's first event, nor when the sentence names another place.
The stage keeps it as a claim with a coded modality, so its figure is the earlier event's toll
when that event's own sentence gave none (tolls.following_toll).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventdesk.events import lexicon
from eventdesk.events.anaphora import anaphor_words
from eventdesk.langdata import lang_data
from eventdesk.records import EventMention, PlaceMention

_OBLIQUE = frozenset({"obl", "obl:mod", "obl:arg", "nmod", "prep", "pobj"})


@dataclass(frozen=True)
class AftermathWords:
    killing: frozenset[str]
    toll_words: tuple[tuple[str, ...], ...]
    event_nouns: frozenset[str]


@functools.cache
def load(language: str) -> AftermathWords:
    d = lang_data(language, "event_triggers.yaml").get("aftermath", {})
    return AftermathWords(frozenset(d.get("killing", ())),
                          tuple(lexicon.pattern_words(w) for w in d.get("toll_words", ())),
                          frozenset(lexicon.lower(w) for w in d.get("event_nouns", ())))


def _definite_event_noun(head: Any, words: AftermathWords, language: str) -> Any | None:
    """The definite event noun the deaths are attached to: "tués dans les raids"."""
    dets = anaphor_words(language).determiners
    for tok in head.subtree:
        if tok.dep_ not in _OBLIQUE or tok.pos_ != "NOUN" or lexicon.lower(tok.lemma_) not in words.event_nouns:
            continue
        if any(c.dep_ == "det" and lexicon.lower(c.text) in dets for c in tok.children):
            return tok
    return None


def toll_of(pattern: str, head: Any, sentence: Sequence[Any], earlier: Sequence[EventMention],
            place: PlaceMention | None, has_agent: bool, dated_here: bool, language: str) -> str | None:
    """Why this killing statement is the toll of the event told before, or None when it may be new."""
    words = load(language)
    if pattern not in words.killing or not earlier:
        return None
    last = earlier[-1]
    if place is not None and place.place is not None and (
            last.place is None or last.place.place is None or last.place.place.name != place.place.name):
        return None  # deaths somewhere else are another event
    if (tok := lexicon.any_present(words.toll_words, list(sentence))) is not None:
        return f"toll word '{tok.text}'"
    if (tok := _definite_event_noun(head, words, language)) is not None:
        return f"deaths in '{tok.text}', the event told before"
    if not has_agent and not dated_here:
        return "no attacker, date or place of its own"
    return None
