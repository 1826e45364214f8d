"""Arguments of one trigger from the parse: who acted, who was targeted, where.

Candidates come from the earlier stages (report.actors, report.places, report.numbers); this
module only decides which of them, within the trigger's sentence, fill which role. Role words
(agent "par", target "contre", association "soutenus par"…) are data, in the trigger file.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventdesk.events import lexicon
from eventdesk.langdata import lang_data
from eventdesk.records import ActorMention, PlaceMention, Span

_SUBJ = frozenset({"nsubj", "csubj", "expl:subj"})
_PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass", "csubjpass"})
_OBJ = frozenset({"obj", "dobj", "iobj", "attr"})
_AGENT = frozenset({"obl:agent", "agent"})
_MODIFIER = frozenset({"amod", "nmod:poss", "poss", "compound", "nmod"})
_PLACE_KINDS = {"populated_place": 0, "admin2": 1, "admin1": 2, "relative": 3, "region": 4, "country": 5}


@dataclass(frozen=True)
class RoleWords:
    agent_case: frozenset[str]
    target_case: frozenset[str]
    of_case: frozenset[str]
    assoc: tuple[tuple[str, ...], ...]
    location_case: tuple[tuple[str, ...], ...]
    not_location: tuple[tuple[str, ...], ...]


@functools.cache
def role_words(language: str) -> RoleWords:
    d = lang_data(language, "event_triggers.yaml")["arguments"]

    def words(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(lexicon.pattern_words(w) for w in d[key])

    flat = lambda key: frozenset(w[0] for w in words(key))  # noqa: E731
    return RoleWords(flat("agent_case"), flat("target_case"), flat("of_case"), words("assoc"),
                     words("location_case"), words("not_location"))


@dataclass(frozen=True)
class Arguments:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc_actor_1: ActorMention | None = None
    assoc_actor_2: ActorMention | None = None
    place: PlaceMention | None = None
    by_syntax: bool = True  # False: actor1 taken by proximity, not from the parse


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


def _own_case(tok: Any) -> set[str]:
    out = {lexicon.lower(c.lemma_) for c in tok.children if c.dep_ in ("case", "mark")}
    out |= {lexicon.lower(c.lower_) for c in tok.children if c.dep_ in ("case", "mark")}
    if tok.head.dep_ in ("prep", "agent") or tok.head.pos_ == "ADP":
        out.add(lexicon.lower(tok.head.lower_))
    return out


def _has(words: Sequence[tuple[str, ...]], tokens: Sequence[Any]) -> bool:
    return any(len(w) == 1 and any(lexicon.word_matches(w[0], t) for t in tokens) for w in words)


def actor_role(tok: Any, trigger: Any, anchors: Sequence[Any], rw: RoleWords) -> tuple[str, bool] | None:
    """('actor1'|'actor2', is_associate) for an actor whose root token is `tok`."""
    path = path_to(tok, anchors)
    if not path:
        return None
    top, case = path[-1], _own_case(tok)
    assoc = any(t.dep_ == "conj" for t in path) or _has(rw.assoc, path[1:] + [t for p in path for t in p.children if t.dep_ == "case"])
    if not assoc and any(t.pos_ in ("VERB", "AUX") for t in path[1:]):
        return None  # an argument of a nested clause ("le bastion contrôlé par l'EI"), not of this trigger
    if not assoc:
        if case & rw.agent_case or top.dep_ in _AGENT:
            return "actor1", False
        if case & rw.target_case:
            return "actor2", False
    dep = top.dep_
    if dep in _SUBJ:
        return "actor1", assoc
    if dep in _PASS_SUBJ or dep in _OBJ:
        return "actor2", assoc
    if len(path) == 1 and top.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN"):
        if dep in _MODIFIER and (dep != "nmod" or case & rw.of_case or not case):
            return "actor1", assoc
    return None


def pick_actors(doc: Any, trigger: Any, anchors: Sequence[Any], actors: Sequence[ActorMention],
                language: str) -> Arguments:
    rw = role_words(language)
    slots: dict[str, list[ActorMention]] = {"actor1": [], "actor2": [], "assoc1": [], "assoc2": []}
    governed: list[ActorMention] = []
    for actor in actors:
        if actor.kind == "source":
            continue
        tok = root_of(doc, actor.span)
        if actor.kind == "state_forces" and actor.span.start <= trigger.idx < actor.span.end:
            slots["actor1"].append(actor)  # "une frappe aérienne russe": the strike's demonym names the striker
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
                  and a.span.end <= trigger.idx]
        if before:
            slots["actor1"].append(before[-1])
    a1 = slots["actor1"][0] if slots["actor1"] else None
    if a1 is not None and a1.name is not None:  # one actor cannot be its own target
        slots["actor2"] = [a for a in slots["actor2"] if a.name != a1.name]
        slots["assoc1"] = [a for a in slots["assoc1"] if a.name != a1.name]
    first = lambda k: slots[k][0] if slots[k] else None  # noqa: E731
    return Arguments(first("actor1"), first("actor2"), first("assoc1"), first("assoc2"), by_syntax=by_syntax)


def _inherited_subject(anchors: Sequence[Any]) -> Any | None:
    """The subject of the clause a subjectless participle or infinitive hangs from."""
    verb = next((t for t in anchors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ in _SUBJ | _PASS_SUBJ for c in verb.children):
        return None
    if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.head.i != verb.i:
        return next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
    return None


def pick_place(doc: Any, trigger: Any, anchors: Sequence[Any], places: Sequence[PlaceMention],
               language: str, actors: Sequence[ActorMention] = ()) -> PlaceMention | None:
    """The place governing the event: attached to the trigger by a locative word, not a
    place of origin or a route; ties go to the finer place, then the nearer one.

    A distance phrase ("à 130 km de Boukamal": the places stage gives the landmark, with a
    radius of the distance) locates the event only when it is the event's own location
    phrase: attached to the trigger by a locative, and no other place is ("une base dans la
    région d'Al-Zaqaf, à 130 km de Boukamal" is at Al-Zaqaf, not at Boukamal)."""
    rw = role_words(language)
    limit = anchors[-1]  # a participle clause happens where its head clause does
    if limit.dep_ in ("advcl", "xcomp") and limit.head.i != limit.i:
        anchors = [*anchors, limit.head]
    best: tuple[tuple[int, int, int], PlaceMention] | None = None
    own: list[tuple[tuple[int, int, int], PlaceMention]] = []  # attached by a locative, not a distance phrase
    for pm in places:
        tok = root_of(doc, pm.span)
        if tok is None:
            continue
        path = path_to(tok, anchors) or []
        context = path + [c for t in path for c in t.children if c.dep_ in ("case", "mark")]
        context += [tok.head] if tok.head.pos_ == "ADP" else []
        if _has(rw.not_location, context[1:] if context else []) or _has(rw.not_location, [c for c in tok.children if c.dep_ == "case"]):
            continue
        if _demonym(doc, tok, pm.span):
            continue  # "frappe russe", "UK-based monitor": an origin or nationality is not where it happened
        if any(pm.span.overlaps(a.span) for a in actors):
            continue  # "frappes revendiquées par Israël": a place name standing for an actor
        case = _own_case(tok)
        if case & rw.agent_case or (case & rw.of_case and tok.head.pos_ == "VERB"):
            continue  # "revendiquées par Israël", "tirés d'Israël": an agent or an origin
        if _has(rw.location_case, context):
            attach = 0 if path else 1
        elif not path or (len(path) == 1 and path[0].dep_ in _SUBJ | _AGENT):
            continue  # "Israël a frappé": a place name as the agent is not where it happened
        else:
            attach = 2  # "ont pris Boukamal", "les sites d'Al-Boukamal", "le passage Abou Kamal-Qaëm"
        distance = pm.place is not None and pm.place.kind == "relative"
        if distance and attach != 0:
            continue  # a landmark's distance, not where the event happened
        kind = _PLACE_KINDS.get(pm.place.kind, 6) if pm.place else 7
        key = (kind, attach, abs(tok.i - trigger.i))
        if attach == 0 and not distance:
            own.append((key, pm))
        if best is None or key < best[0]:
            best = (key, pm)
    if best is not None and best[1].place is not None and best[1].place.kind == "relative" and own:
        best = min(own, key=lambda x: x[0])
    return best[1] if best else None


def _demonym(doc: Any, tok: Any, span: Span) -> bool:
    """A place name used as an adjective: a nationality ("Iranian", "irakienne") or the first
    part of a hyphenated modifier ("UK-based", "Iranian-backed")."""
    if tok.pos_ == "ADJ" or tok.dep_ == "amod":
        return True
    text = doc.text
    return span.end < len(text) - 1 and text[span.end] == "-" and text[span.end + 1].isalpha()
