"""Arguments of one trigger from the parse: who acted, who was targeted, where.

Candidates come from the earlier stages (report.actors, report.places, report.numbers); this
module only decides which of them, within the trigger's sentence, fill which role. Role words
(agent "par", target "contre", association "soutenus par"…) are data, in the trigger file.
The event's place is picked in eventdesk/events/location.py.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventdesk.events import lexicon, sides, victims
from eventdesk.events.sides import OBJ as _OBJ
from eventdesk.events.sides import SUBJ, has_word, own_case  # location.py imports them from here
from eventdesk.langdata import lang_data
from eventdesk.records import ActorMention, Span

_PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass", "csubjpass"})
AGENT = frozenset({"obl:agent", "agent"})
_MODIFIER = frozenset({"amod", "nmod:poss", "poss", "compound", "nmod"})


@dataclass(frozen=True)
class RoleWords:
    agent_case: frozenset[str]
    target_case: frozenset[str]
    of_case: frozenset[str]
    assoc: tuple[tuple[str, ...], ...]
    location_case: tuple[tuple[str, ...], ...]
    not_location: tuple[tuple[str, ...], ...]
    defence: tuple[tuple[str, ...], ...] = ()
    harm: tuple[tuple[str, ...], ...] = ()
    between_case: frozenset[str] = frozenset()
    speech: tuple[tuple[str, ...], ...] = ()
    between_verbs: tuple[tuple[str, ...], ...] = ()


@functools.cache
def role_words(language: str) -> RoleWords:
    d = lang_data(language, "event_triggers.yaml")["arguments"]

    def words(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(lexicon.pattern_words(w) for w in d[key])

    flat = lambda key: frozenset(w[0] for w in words(key))  # noqa: E731
    return RoleWords(flat("agent_case"), flat("target_case"), flat("of_case"), words("assoc"),
                     words("location_case"), words("not_location"), words("defence"), words("harm"),
                     flat("between_case") if d.get("between_case") else frozenset(),
                     words("speech") if d.get("speech") else (),
                     words("between_verbs") if d.get("between_verbs") else ())


@dataclass(frozen=True)
class Arguments:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc_actor_1: ActorMention | None = None
    assoc_actor_2: ActorMention | None = None
    place: PlaceMention | None = None
    by_syntax: bool = True  # False: actor1 taken by proximity, not from the parse
    tellers: tuple[ActorMention, ...] = ()  # subjects of a verb of saying: they tell, they do not act


def root_of(doc: Any, span: Span) -> Any | None:
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def path_to(tok: Any, anchors: Sequence[Any]) -> list[Any] | None:
    """Tokens from `tok` up to (not including) the first anchor; None if no anchor governs it."""
    ids = {a.i for a in anchors}
    path = []
    while tok.i not in ids:
        path.append(tok)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return path


def actor_role(tok: Any, trigger: Any, anchors: Sequence[Any], rw: RoleWords) -> tuple[str, bool] | None:
    """('actor1'|'actor2', is_associate) for an actor whose root token is `tok`."""
    path = path_to(tok, anchors)
    if not path:
        return None
    top, case = path[-1], own_case(tok)
    if side := sides.side_role(path, trigger, rw):  # "affrontements entre X et Y", "ont opposé X et Y"
        return side, False
    assoc = any(t.dep_ == "conj" for t in path) or has_word(rw.assoc, path[1:] + [t for p in path for t in p.children if t.dep_ == "case"])
    verbs = [t for t in path[1:] if t.pos_ in ("VERB", "AUX")]
    if not assoc and len(verbs) == 1 and (nested := _participle_role(tok, path, verbs[0], case, anchors, rw)):
        return nested, False
    if not assoc and verbs:
        return None  # an argument of a nested clause ("le bastion contrôlé par l'EI"), not of this trigger
    if not assoc:
        if case & rw.agent_case or top.dep_ in AGENT:
            return "actor1", False
        if not verbs and any(lexicon.lower(c.text) in rw.agent_case for t in path[1:] for c in t.children
                             if c.dep_ == "case"):
            return "actor1", False  # "attaqué … par des combattants du JNIM": the agent's own group
        if case & rw.target_case:
            return "actor2", False
    dep = top.dep_
    if dep in SUBJ:
        return "actor1", assoc
    if dep in _PASS_SUBJ or dep in _OBJ:
        return "actor2", assoc
    if len(path) == 1 and top.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN"):
        if dep in _MODIFIER and (dep != "nmod" or case & rw.of_case or not case):
            # "l'enlèvement de deux bergers par des hommes armés": with an agent told, the
            # noun's complement is its victim
            return ("actor2" if case & rw.of_case and sides.agent_told(trigger, rw) else "actor1"), assoc
    return None


def _participle_role(tok: Any, path: Sequence[Any], verb: Any, case: set[str], anchors: Sequence[Any],
                     rw: RoleWords) -> str | None:
    """Roles told by a participle: "shells fired by the RSF hit…" (the agent of a participle
    on the trigger noun or on its subject is the attacker); "…, killing eight civilians" (the
    object of a harm participle hanging from the trigger is the target)."""
    ids = {a.i for a in anchors}
    if sides.agent_or_its_group(path, verb, rw) and verb.dep_ == "acl" and path[-1].i in (verb.i, verb.head.i) and (
            verb.head.i in ids or path[-1].dep_ in SUBJ | _PASS_SUBJ or
            verb.head.dep_ in ("nmod", "compound") and verb.head.head.i in ids):  # "une attaque au gaz menée par"
        return "actor1"
    if path[-1].i == verb.i and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i in ids and \
            tok.dep_ in _OBJ and has_word(rw.harm, [verb]):
        return "actor2"
    return None


def _defenders_are_targets(doc: Any, anchors: Sequence[Any], slots: dict[str, list[ActorMention]],
                           rw: RoleWords) -> None:
    """"Troops repelled an attack by ISWAP", "l'armée a repoussé une attaque de l'ISWAP": the
    subject of a defence verb was attacked (actor2); the other actors attacked (actor1)."""
    verb = next((a for a in anchors if a.pos_ in ("VERB", "AUX") and has_word(rw.defence, [a])), None)
    if verb is None:
        return

    def defends(actor: ActorMention) -> bool:
        tok = root_of(doc, actor.span)
        path = path_to(tok, anchors) if tok is not None else None
        return bool(path) and path[-1].dep_ in SUBJ and path[-1].head.i == verb.i  # type: ignore[index]

    everyone = slots["actor1"] + slots["assoc1"] + slots["actor2"] + slots["assoc2"]
    attackers = [a for a in everyone if not defends(a)]
    defenders = [a for a in everyone if defends(a)]
    slots.update(actor1=attackers[:1], assoc1=attackers[1:], actor2=defenders[:1], assoc2=defenders[1:])


_BELONGS = frozenset({"nmod", "pobj", "prep", "appos", "flat", "flat:name"})


def _named_within(doc: Any, chosen: ActorMention, actors: Sequence[ActorMention]) -> ActorMention | None:
    """"Fighters of the Allied Democratic Forces": the named actor a generic one belongs to."""
    root = root_of(doc, chosen.span)
    for actor in actors:
        tok = root_of(doc, actor.span) if actor.name and actor is not chosen and actor.kind != "source" else None
        path = path_to(tok, [root]) if tok is not None and root is not None else None
        if path and len(path) <= 2 and all(t.dep_ in _BELONGS for t in path):
            return actor
    return None


def pick_actors(doc: Any, trigger: Any, anchors: Sequence[Any], actors: Sequence[ActorMention],
                language: str) -> Arguments:
    rw = role_words(language)
    slots: dict[str, list[ActorMention]] = {"actor1": [], "actor2": [], "assoc1": [], "assoc2": []}
    governed: list[ActorMention] = []
    tellers: list[ActorMention] = []
    for actor in actors:
        if actor.kind == "source":
            continue
        tok = root_of(doc, actor.span)
        if actor.kind == "state_forces" and actor.span.start <= trigger.idx < actor.span.end:
            slots["actor1"].append(actor)  # "une frappe aérienne russe": the strike's demonym names the striker
            continue
        if tok is not None and sides.is_teller(path_to(tok, anchors) or [], trigger, rw):
            tellers.append(actor)  # "…, police said": who tells the event, not who acted in it
            continue
        role = actor_role(tok, trigger, anchors, rw) if tok is not None else None
        if role is None:
            if tok is not None and tok.i > trigger.i and path_to(tok, anchors):
                governed.append(actor)  # inside the clause, after the trigger, role unclear
            continue
        name, assoc = role
        slots[("assoc1" if name == "actor1" else "assoc2") if assoc else name].append(actor)
    if not slots["actor2"] and governed:  # a misattached object ("attaqué lundi des civils")
        slots["actor2"].append(governed[0])
    for main, extra in (("actor1", "assoc1"), ("actor2", "assoc2")):
        if not slots[main] and slots[extra]:
            slots[main].append(slots[extra].pop(0))
        if len(slots[main]) > 1:
            slots[extra][:0] = slots[main][1:]
    if not slots["actor1"]:  # participle or infinitive clause: its subject is its head's subject
        subject = _inherited_subject(anchors)
        taken = {id(a) for v in slots.values() for a in v}
        for actor in actors:
            tok = root_of(doc, actor.span)
            if subject is not None and tok is not None and id(actor) not in taken and \
                    (tok.i == subject.i or (path_to(tok, [subject]) or [None])[-1] is not None and
                     all(t.dep_ in ("conj", "amod", "flat", "flat:name", "compound", "det") for t in path_to(tok, [subject]) or [])):
                slots["assoc1" if slots["actor1"] else "actor1"].append(actor)
    by_syntax = bool(slots["actor1"])
    if not slots["actor1"] and anchors[-1].dep_ not in ("acl:relcl", "relcl"):
        # nearest actor before the trigger, not already a target (never the noun a relative
        # clause hangs from: "La Force Quds, dont le chef a été tué…")
        taken = {id(a) for v in slots.values() for a in v}
        before = [a for a in actors if a.kind != "source" and id(a) not in taken
                  and a.span.end <= trigger.idx and a not in tellers]
        harmed = victims.harmed(doc, before, root_of, rw)  # "two soldiers were killed when…": the target
        if harmed and not slots["actor2"]:
            slots["actor2"].append(harmed[0])
        target_names = {a.name for a in slots["actor2"] if a.name}  # a group is not its own attacker
        before = [a for a in before if a not in harmed and a.name not in target_names]
        if before:
            slots["actor1"].append(before[-1])
    _defenders_are_targets(doc, anchors, slots, rw)
    for key in ("actor1", "actor2"):
        if slots[key] and slots[key][0].name is None and (named := _named_within(doc, slots[key][0], actors)):
            slots[key][0] = named
    a1 = slots["actor1"][0] if slots["actor1"] else None
    if a1 is not None and a1.name is not None:  # one actor cannot be its own target
        slots["actor2"] = [a for a in slots["actor2"] if a.name != a1.name]
        slots["assoc1"] = [a for a in slots["assoc1"] if a.name != a1.name]
    first = lambda k: slots[k][0] if slots[k] else None  # noqa: E731
    return Arguments(first("actor1"), first("actor2"), first("assoc1"), first("assoc2"), by_syntax=by_syntax,
                     tellers=tuple(tellers))


def _inherited_subject(anchors: Sequence[Any]) -> Any | None:
    """The subject of the clause a subjectless participle or infinitive hangs from."""
    verb = next((t for t in anchors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ in SUBJ | _PASS_SUBJ for c in verb.children):
        return None
    if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i:
        return next((c for c in verb.head.children if c.dep_ in SUBJ), None)
    return None
