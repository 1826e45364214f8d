"""Fatalities of an event, following ACLED's conventions.

- The most conservative killed figure; injured, abducted or arrested are never fatalities.
- A count whose noun is the subject of a killing verb is a killed figure even when words
  stand between them ("Cinq civils, dont deux enfants, ont été tués"): the parse links them
  where the numbers stage's word window cannot. The killing verbs are the language's
  `killed` words in number_words.yaml.
- A report tells its lead event first and its toll after ("... a indiqué la police. Aucun mort
  n'est à déplorer."): when the event's own sentence gives no figure, the figures of the
  sentences that follow it count, up to the next sentence that reports another statement.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from typing import Any

from eventdesk.langdata import lang_data
from eventdesk.records import NumberMention, Span

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# A bare noun before the verb the parser hung as an oblique ("Six bergers, dont…, ont été tués").
_BARE_OBLIQUE = frozenset({"obl", "obl:mod"})
# How the numbers stage read a figure (the start of its rule): vague ones are not carried over.
_VAGUE = ("vague", "ambiguous")
# Links from a number up to the noun it counts ("sept [membres]", "une vingtaine de civils").
_COUNT_LINKS = frozenset({"nummod", "det", "nmod", "quantmod", "amod", "fixed", "flat", "compound", "advmod"})


@functools.cache
def killing_words(language: str) -> frozenset[str]:
    """Single-word forms that say someone was killed ("tués", "killed"), from the number words."""
    kinds = lang_data(language, "number_words.yaml")["kinds"]["killed"]
    return frozenset(w.casefold() for w in kinds["after"] if " " not in w)


def _subject_of_killing(doc: Any, number: NumberMention, language: str) -> bool:
    sp = doc.char_span(number.span.start, number.span.end, alignment_mode="expand")
    if sp is None or not len(sp):
        return False
    tok, words = sp.root, killing_words(language)
    for _ in range(4):
        if tok.dep_ in _SUBJECTS or (tok.dep_ in _BARE_OBLIQUE and tok.i < tok.head.i
                                     and not any(c.dep_ == "case" for c in tok.children)):
            verb = tok.head
            return verb.lower_ in words or any(c.lower_ in words for c in verb.children if c.dep_ in ("conj", "xcomp"))
        if tok.dep_ not in _COUNT_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def as_killed(numbers: Sequence[NumberMention], doc: Any, language: str) -> list[NumberMention]:
    """`numbers` with counts of unknown kind that the parse makes killed figures relabelled."""
    out = []
    for n in numbers:
        if n.kind == "other" and n.value is not None and doc is not None and _subject_of_killing(doc, n, language):
            n = dataclasses.replace(n, kind="killed", rule=n.rule + "; subject of a killing verb (parse)")
        out.append(n)
    return out


def conservative(numbers: Sequence[NumberMention]) -> NumberMention | None:
    """ACLED: the most conservative killed figure; injured are never fatalities."""
    killed = [n for n in numbers if n.kind == "killed" and n.value is not None]
    return min(killed, key=lambda n: n.value or 0) if killed else None


def following_toll(sentence: Span, sentences: Sequence[Span], told: set[Span], declined: set[Span],
                   numbers: Sequence[NumberMention]) -> NumberMention | None:
    """The conservative killed figure of the sentences after `sentence`, stopping at the next
    sentence in `told` (one that codes an event of its own: its figures are its own) and
    skipping those in `declined` (background, plans, forecasts: their figures are not this event's)."""
    after = [s for s in sentences if s.start >= sentence.end]
    pool: list[NumberMention] = []
    for s in sorted(after, key=lambda s: s.start):
        if s in told:
            break
        if s not in declined:  # a vague plural told apart ("hundreds are killed every year") is not this toll
            pool += [n for n in numbers if s.contains(n.span) and not n.rule.startswith(_VAGUE)]
    return conservative(pool)
