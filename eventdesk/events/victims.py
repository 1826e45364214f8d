"""Who was harmed, told outside the trigger's clause: "Two soldiers were killed when a bomb
exploded under their vehicle", "Cinq civils ont été tués lorsque leur minibus a sauté sur une
mine". The passive subject of a harm verb (event_triggers.yaml `arguments.harm`) was the
target of the event, never its author; eventdesk/events/arguments.py asks this of the actors
it could not place by the trigger's own parse before it falls back on proximity.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from eventdesk.events.sides import has_word

if TYPE_CHECKING:
    from eventdesk.events.arguments import RoleWords

PASSIVE_SUBJ = frozenset({"nsubj:pass", "nsubjpass"})
_WITHIN = frozenset({"conj", "appos", "nmod", "amod", "flat", "flat:name", "compound"})  # "dont deux enfants"


def is_harmed(tok: Any, rw: RoleWords) -> bool:
    """True when `tok` (an actor's root) is, or belongs to, the passive subject of a harm verb."""
    for _ in range(3):
        if tok.dep_ in PASSIVE_SUBJ:
            return has_word(rw.harm, [tok.head])
        if tok.dep_ not in _WITHIN or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def harmed(doc: Any, actors: Sequence[Any], root_of: Any, rw: RoleWords) -> list[Any]:
    """The actors among `actors` that the sentence says were killed or wounded."""
    out = []
    for actor in actors:
        tok = root_of(doc, actor.span)
        if tok is not None and is_harmed(tok, rw):
            out.append(actor)
    return out
