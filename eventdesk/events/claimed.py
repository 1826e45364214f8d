"""Claims of responsibility: the claimant becomes actor1 of the event claimed.

"L'attaque a été revendiquée par l'EIGS", "Le JNIM a revendiqué l'attaque", "JNIM claimed
responsibility for the attack": ACLED codes the group that claims an attack as its author.
A sentence tells a claim when a claim verb (data: event_triggers.yaml `claims`) has a named
actor as subject or passive agent and, as object or passive subject, an event word, the word
"responsibility" or a pronoun standing for the event. The event claimed is the last one told
in the claim's sentence or, failing that, in the nearest of the three sentences before it. The claimant only
replaces an actor1 the text left unnamed or unidentified; a named author is kept, and so is an
event when the claimant already takes part in one told at the same place (the claim is of that).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from typing import Any

from eventdesk.events import lexicon
from eventdesk.events.arguments import AGENT, SUBJ, role_words, root_of
from eventdesk.langdata import lang_data
from eventdesk.records import ActorMention, EventMention, Report, Span

_UNNAMED_KINDS = frozenset({"unidentified", "unidentified_armed_group"})
_PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass"})
_BACK = 3  # sentences before the claim searched for the event claimed
_OBJ = frozenset({"obj", "dobj"})


@functools.cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    d = lang_data(language, "event_triggers.yaml").get("claims", {})
    return frozenset(map(lexicon.lower, d.get("verbs", []))), frozenset(map(lexicon.lower, d.get("objects", [])))


def _claimant(doc: Any, verb: Any, actors: Sequence[ActorMention], language: str) -> ActorMention | None:
    agent = role_words(language).agent_case
    for actor in actors:
        tok = root_of(doc, actor.span) if actor.name and actor.kind not in ("source", *_UNNAMED_KINDS) else None
        if tok is None or tok.head.i != verb.i:
            continue
        by = {lexicon.lower(c.lower_) for c in tok.children if c.dep_ == "case"} | {
            lexicon.lower(tok.head.lower_) if tok.head.pos_ == "ADP" else ""}
        if tok.dep_ in SUBJ or tok.dep_ in AGENT or (by & agent):
            return actor
    for actor in actors:  # en: "claimed by IS" hangs the agent from "by" (dep agent), not from the verb
        tok = root_of(doc, actor.span) if actor.name and actor.kind not in ("source", *_UNNAMED_KINDS) else None
        if tok is not None and tok.head.head.i == verb.i and tok.head.dep_ in AGENT:
            return actor
    return None


def _claims_event(verb: Any, objects: frozenset[str]) -> bool:
    return any(c.dep_ in _OBJ | _PASS_SUBJ and (lexicon.lower(c.lemma_) in objects or lexicon.lower(c.lower_) in objects)
               for c in verb.children) or (verb.dep_ in ("acl:relcl", "relcl") and lexicon.lower(verb.head.lemma_) in objects)


def claimants(report: Report) -> list[tuple[Span, ActorMention]]:
    """(sentence, claimant) for every claim of responsibility in the report."""
    doc, language = report.doc, report.language or "fr"
    verbs, objects = _words(language)
    out = []
    for sentence in report.sentences:
        sp = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc is not None else None
        for tok in sp or ():
            if tok.pos_ in ("VERB", "AUX") and lexicon.lower(tok.lemma_) in verbs and _claims_event(tok, objects):
                actors = [a for a in report.actors if sentence.contains(a.span)]
                if (who := _claimant(doc, tok, actors, language)) is not None:
                    out.append((sentence, who))
                    break
    return out


def _unnamed(actor: ActorMention | None) -> bool:
    return actor is None or actor.name is None or actor.kind in _UNNAMED_KINDS


def _place_name(m: EventMention) -> str | None:
    return m.place.place.name if m.place is not None and m.place.place is not None else None


def _takes_part(who: ActorMention, m: EventMention, mentions: Sequence[EventMention]) -> bool:
    """The claimant already fights in an event told at the same place: the claim is of that
    event ("soldiers clashed with IS fighters… a patrol was attacked… IS claimed the attack")."""
    return any(o is not m and _place_name(o) == _place_name(m) and who.name in
               (o.actor1 and o.actor1.name, o.actor2 and o.actor2.name) for o in mentions)


def apply_claims(report: Report, mentions: list[EventMention]) -> list[EventMention]:
    """`mentions` with each claimed event's unnamed actor1 replaced by its claimant."""
    out = list(mentions)
    order = {s: i for i, s in enumerate(report.sentences)}
    for sentence, who in claimants(report):
        at = order[sentence]
        for wanted in range(at, at - 1 - _BACK, -1):
            hits = [i for i, m in enumerate(out) if order.get(m.sentence) == wanted]
            if hits:
                m = out[hits[-1]]
                if _unnamed(m.actor1) and not _takes_part(who, m, out):
                    claimant = dataclasses.replace(who, rule=f"{who.rule}; claimed the attack")
                    for k, o in enumerate(out):  # the event claimed, and its other tellings before
                        if o is m or (order.get(o.sentence, at) < at and _unnamed(o.actor1) and
                                      o.sub_event_type == m.sub_event_type and _place_name(o) == _place_name(m)):
                            a2 = None if o.actor2 is not None and o.actor2.name == who.name else o.actor2
                            out[k] = dataclasses.replace(o, actor1=claimant, actor2=a2)
                break
    return out
