"""A state named as the suspected striker is not the target of the strike.

"Des avions de chasse anonymes ont attaqué des entrepôts de Tsahal" in a report that says
elsewhere "Israël a attaqué…" or "frappes attribuées à Israël": the parse makes Tsahal the
strike's object, but the report names Israel as the one who strikes. For the remote-strike
sub-event types listed in the trigger file (`arguments.suspect_not_target`), such an actor2
is dropped (unknown, not invented); the actor1 stays as the sources told it.

A state is a suspected striker when the actors stage found its name as the subject or agent
of a strike verb (rule "country named as the striker"), or when a country name in the report
is the complement of an attribution word (`arguments.attribution`: "attribuée à Israël",
"blamed Israel").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from eventdesk.actors.dictionary import country_name_cues
from eventdesk.events import lexicon
from eventdesk.langdata import lang_data
from eventdesk.records import ActorMention

STRIKER_RULE = "country named as the striker"


@functools.cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    d = lang_data(language, "event_triggers.yaml")["arguments"]
    return frozenset(lexicon.lower(w) for w in d.get("attribution", [])), frozenset(d.get("suspect_not_target", []))


def _attributed(doc: Any, start: int, end: int, words: frozenset[str]) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for head in (tok.head, tok.head.head):  # "attribuées à Israël", "blamed Israel", "attributed to Israel"
        if lexicon.lower(head.lemma_) in words or lexicon.lower(head.text) in words:
            return True
    return False


def suspected_countries(text: str, doc: Any, actors: Sequence[ActorMention], language: str) -> frozenset[str]:
    """Countries the report names as the one who strikes, or to whom it attributes a strike."""
    out = {a.country for a in actors if a.rule.startswith(STRIKER_RULE) and a.country}
    words, _ = _words(language)
    if doc is not None and words:
        out |= {h.value for h in country_name_cues(language).find(text) if _attributed(doc, h.start, h.end, words)}
    return frozenset(out)


def drop_suspect_target(sub_event_type: str, actor2: ActorMention | None, suspects: frozenset[str],
                        language: str) -> ActorMention | None:
    """`actor2`, unless it is the state forces of a suspected striker of this remote strike."""
    if actor2 is None or sub_event_type not in _words(language)[1]:
        return actor2
    if actor2.kind == "state_forces" and actor2.country in suspects:
        return None
    return actor2
