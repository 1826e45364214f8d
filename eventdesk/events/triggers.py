"""Trigger lexicon per language (`eventdesk/lang/<code>/event_triggers.yaml`) and its matching.

A match gives candidate sub-event types; `resolve` picks one once the clause's cues and the
coded actors are known (an air strike needs an aircraft; territory taken by state forces is
"Government regains territory").
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventdesk.errors import ConfigError
from eventdesk.events import lexicon, retelling
from eventdesk.events.taxonomy import sub_event_types
from eventdesk.langdata import lang_data
from eventdesk.textnorm import fold


@dataclass(frozen=True)
class Condition:
    sub_event: str | None  # None: when the condition holds, it is not an event
    cue: str | None = None
    actor1_inter: frozenset[int] = frozenset()
    actor2_inter: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Trigger:
    pattern: str
    words: tuple[str, ...]
    sub_event: str | None  # None: only a condition can make it an event
    when: tuple[Condition, ...] = ()
    weak: bool = False


@dataclass(frozen=True)
class Lexicon:
    language: str
    triggers: tuple[Trigger, ...]
    cues: Mapping[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    start: int  # token indices in the Doc, half-open
    end: int
    head: int  # the token of the match highest in the parse


def _check(name: str | None, where: str) -> None:
    if name is not None and name not in sub_event_types():
        raise ConfigError(f"{where}: {name!r} is not an ACLED sub-event type")


@functools.cache
def load_lexicon(language: str) -> Lexicon:
    data = lang_data(language, "event_triggers.yaml")
    where = f"eventdesk/lang/{language}/event_triggers.yaml"
    cues = {k: tuple(lexicon.pattern_words(p) for p in v) for k, v in data["cues"].items()}
    triggers = []
    for entry in data["triggers"]:
        _check(entry["sub_event"], where)
        when = []
        for c in entry.get("when", ()):
            _check(c["sub_event"], where)
            if c.get("cue") is not None and c["cue"] not in cues:
                raise ConfigError(f"{where}: unknown cue class {c['cue']!r}")
            when.append(Condition(c["sub_event"], c.get("cue"), frozenset(c.get("actor1_inter", ())),
                                  frozenset(c.get("actor2_inter", ()))))
        triggers.append(Trigger(entry["pattern"], lexicon.pattern_words(entry["pattern"]),
                                entry["sub_event"], tuple(when), bool(entry.get("weak", False))))
    return Lexicon(language, tuple(triggers), cues)


@functools.cache
def _first_word_index(language: str) -> dict[str, tuple[Trigger, ...]]:
    """Triggers by the folded and exact forms of their first word."""
    out: dict[str, list[Trigger]] = {}
    for trig in load_lexicon(language).triggers:
        for key in {trig.words[0], fold(trig.words[0])}:
            out.setdefault(key, []).append(trig)
    return {k: tuple(v) for k, v in out.items()}


def _head(doc: Any, start: int, end: int) -> int:
    for i in range(start, end):
        if not start <= doc[i].head.i < end or doc[i].head.i == i:
            return i
    return start


def match_triggers(doc: Any, start: int, end: int, lex: Lexicon) -> list[TriggerMatch]:
    """Trigger matches among tokens [start, end) of `doc`, one per head token.

    At one head token the longest pattern wins. Weak triggers are dropped when a strong
    one is in the same range.
    """
    tokens = [doc[i] for i in range(start, end)]
    best: dict[int, TriggerMatch] = {}
    index = _first_word_index(lex.language)
    for s, tok in enumerate(tokens):
        candidates = {t for key in lexicon.first_word_keys(tok) for t in index.get(key, ())}
        for trig in sorted(candidates, key=lex.triggers.index):
            e = lexicon.match_at(trig.words, tokens, s)
            if e is None:
                continue
            m = TriggerMatch(trig, start + s, start + e, _head(doc, start + s, start + e))
            old = best.get(m.head)
            if old is None or len(trig.words) > len(old.trigger.words):
                best[m.head] = m
            elif len(trig.words) == len(old.trigger.words) and old.trigger.sub_event is None:
                best[m.head] = _prefer_conditional(old, m)
    matches = [m for m in sorted(best.values(), key=lambda m: m.start) if not _grievance(doc[m.head], lex)]
    strong = lambda m: not m.trigger.weak and (m.trigger.sub_event or m.trigger.when)  # noqa: E731
    if any(strong(m) for m in matches):
        matches = [m for m in matches if not m.trigger.weak]
    # a match inside a longer match ("frappe" inside "frappe aérienne") adds nothing
    return [m for m in matches
            if not any(o is not m and o.start <= m.start and m.end <= o.end and
                       (o.end - o.start) > (m.end - m.start) for o in matches)]


def _grievance(tok: Any, lex: Lexicon) -> bool:
    """A noun that is denounced: the topic of a protest ("pour dénoncer la frappe", "to
    protest the strikes") or of a statement, told again, not a new event of its own."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in _TOPIC_DEPS or tok.head.i == tok.i:
        return False
    verb = tok.head
    if verb.pos_ != "VERB" or not any(len(words) == 1 and lexicon.word_matches(words[0], verb)
                                      for words in lex.cues.get("grievance_verb", ())):
        return False
    # a purpose ("pour dénoncer la frappe"), or a reaction to an event told before ("a
    # condamné ces attaques"); "l'opposition a dénoncé une frappe qui a tué…" still reports one
    return "Inf" in verb.morph.get("VerbForm") or retelling.definite_event_noun(tok, lex.language)


_TOPIC_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj", "prep"})


def _prefer_conditional(old: TriggerMatch, new: TriggerMatch) -> TriggerMatch:
    """Same words listed twice: keep both readings by preferring the conditional one later."""
    return TriggerMatch(Trigger(old.trigger.pattern, old.trigger.words, new.trigger.sub_event,
                                old.trigger.when + new.trigger.when, old.trigger.weak and new.trigger.weak),
                        old.start, old.end, old.head)


def present_cues(doc: Any, start: int, end: int, lex: Lexicon) -> dict[str, Any]:
    """Cue class -> first token of that class found in tokens [start, end)."""
    tokens = [doc[i] for i in range(start, end)]
    index = _cue_index(lex.language)
    out: dict[str, Any] = {}
    for s, tok in enumerate(tokens):
        for key in lexicon.first_word_keys(tok):
            for name, words in index.get(key, ()):
                if name not in out and lexicon.match_at(words, tokens, s) is not None:
                    out[name] = tok
    return out


@functools.cache
def _cue_index(language: str) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, phrases in load_lexicon(language).cues.items():
        for words in phrases:
            for key in {words[0], fold(words[0])}:
                out.setdefault(key, []).append((name, words))
    return {k: tuple(v) for k, v in out.items()}


def resolve(trig: Trigger, cues: Mapping[str, Any], inter1: int | None,
            inter2: int | None) -> tuple[str | None, Condition | None]:
    """The sub-event type and the condition that chose it (None: the default)."""
    for cond in trig.when:
        if cond.cue is not None and cond.cue not in cues:
            continue
        if cond.actor1_inter and inter1 not in cond.actor1_inter:
            continue
        if cond.actor2_inter and inter2 not in cond.actor2_inter:
            continue
        return cond.sub_event, cond
    return trig.sub_event, None


def sub_events_of(triggers: Sequence[Trigger]) -> set[str]:
    out = set()
    for t in triggers:
        if t.sub_event:
            out.add(t.sub_event)
        out.update(c.sub_event for c in t.when if c.sub_event)
    return out
