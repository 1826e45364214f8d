"""Roles told by the words around the parse: the two sides of a fight ("affrontements entre X
et Y", "des combats ont opposé X et Y"), the agent of an action noun ("l'enlèvement de deux
bergers par des hommes armés", or its group: "menée par des combattants de l'EI"), and the teller
of an event ("…, police said", "…, a précisé la police"), who takes no
part in it. The words are data (event_triggers.yaml `arguments`); eventdesk/events/arguments.py
asks these questions of each actor's path up to the trigger's clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from eventdesk.events import lexicon

if TYPE_CHECKING:
    from eventdesk.events.arguments import RoleWords

SUBJ = frozenset({"nsubj", "csubj", "expl:subj"})
OBJ = frozenset({"obj", "dobj", "iobj", "attr"})
SIDE = frozenset({"nmod", "obl", "pobj", "conj", "compound", "flat", "flat:name", "amod", "appos"})


def own_case(tok: Any) -> set[str]:
    out = {lexicon.lower(c.lemma_) for c in tok.children if c.dep_ in ("case", "mark")}
    out |= {lexicon.lower(c.lower_) for c in tok.children if c.dep_ in ("case", "mark")}
    if tok.head.dep_ in ("prep", "agent") or tok.head.pos_ == "ADP":
        out.add(lexicon.lower(tok.head.lower_))
    return out


def has_word(words: Sequence[tuple[str, ...]], tokens: Sequence[Any]) -> bool:
    return any(len(w) == 1 and any(lexicon.word_matches(w[0], t) for t in tokens) for w in words)


def side_role(path: Sequence[Any], trigger: Any, rw: RoleWords) -> str | None:
    """'actor1' for the first side of a fight told by "entre"/"between" or by a verb that pits
    sides against each other, 'actor2' for the side joined to it; None otherwise."""
    top = path[-1]
    side = path[:-1] if len(path) > 1 and top.pos_ == "ADP" else path  # en: "between" heads its noun
    if own_case(side[-1]) & rw.between_case and all(t.dep_ in SIDE for t in side):
        return "actor2" if any(t.dep_ == "conj" for t in side) else "actor1"
    if top.dep_ in OBJ and top.head.i != trigger.i and has_word(rw.between_verbs, [top.head]) and \
            all(t.dep_ in SIDE for t in path[:-1]):
        return "actor2" if any(t.dep_ == "conj" for t in path) else "actor1"
    return None


def is_teller(path: Sequence[Any], trigger: Any, rw: RoleWords) -> bool:
    """The subject of a verb of saying ("…, police said", "…, a indiqué la police"), unless the
    event is the very thing it announces ("la police a annoncé l'arrestation…": its own act)."""
    announced = trigger.head.i if trigger.dep_ in OBJ else None
    return any((t.dep_ in SUBJ or _inverted_subject(t, path)) and t.head.i not in (trigger.i, announced)
               and has_word(rw.speech, [t.head]) for t in path)


def _inverted_subject(tok: Any, path: Sequence[Any]) -> bool:
    """The actor after a subjectless verb of an incise ("…, a précisé la police"), which the
    parse often takes for the verb's object."""
    verb = tok.head
    return tok is path[0] and tok.dep_ in OBJ and tok.i > verb.i and verb.dep_ in ("parataxis", "conj") \
        and not any(c.dep_ in SUBJ for c in verb.children)


def agent_told(trigger: Any, rw: RoleWords) -> bool:
    """True when the action noun `trigger` has its own agent ("… par des hommes armés",
    "… by gunmen"): an agent word within its phrase, no verb between them; the trigger's own
    "par" ("tués par une frappe de drone israélienne") does not count."""
    for t in trigger.subtree:
        if t.i == trigger.i or t.head.i == trigger.i or lexicon.lower(t.lower_) not in rw.agent_case or \
                t.dep_ not in ("case", "prep", "agent"):
            continue
        up = t.head
        while up.i != trigger.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i == trigger.i:
            return True
    return False


def agent_or_its_group(path: Sequence[Any], verb: Any, rw: RoleWords) -> bool:
    """The agent of `verb` ("menée par des jihadistes"), or the group it belongs to told by
    "de" ("par des combattants de l'EI"); not a noun hanging from it by another word ("contre")."""
    for t in path:
        if t.i == verb.i:
            return False
        case = own_case(t)
        if case & rw.agent_case:
            return True
        if not case & rw.of_case:
            return False
    return False
