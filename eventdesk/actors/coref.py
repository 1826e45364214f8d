"""Generic nouns for armed men ("jihadistes", "insurgés", "gunmen", "hommes armés") and the
named group they may stand for.

ACLED codes an unnamed perpetrator "Unidentified Armed Group (<country>)". A generic noun
takes a named group's identity only when the text makes it refer back to that group:
- in apposition right after it ("les ADF, groupe armé d'origine ougandaise"), or
- with a definite determiner and a named group in apposition right after it ("Les
  assaillants, des combattants de l'EI, …"); the unidentified group of the sentence before,
  which such a noun opening its sentence takes up, is then that group too, or
- with a definite or demonstrative determiner (data/actors.yaml `anaphora`: "les
  jihadistes", "these militants") when exactly one named non-state armed actor (inter 2-4)
  is in the same sentence before it or in the sentence before.
"des hommes armés", "gunmen" introduce someone new: they stay unidentified.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace

from eventdesk.actors.dictionary import DATA
from eventdesk.langdata import load_yaml
from eventdesk.records import ActorMention, Span
from eventdesk.textnorm import fold

GENERIC_KIND = "unidentified_armed_group"
ARMED_NON_STATE = frozenset({2, 3, 4})


@functools.cache
def _determiners(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_yaml(DATA, "actors.yaml")["anaphora"].get(language, []))


def _sentence_index(sentences: tuple[Span, ...], starts: list[int], pos: int) -> int | None:
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and sentences[i].start <= pos < sentences[i].end else None


def _is_definite(text: str, start: int, language: str) -> bool:
    before = fold(text[max(0, start - 12) : start]).replace("’", "'")
    words = before.replace("'", "' ").split()
    return bool(words) and words[-1] in _determiners(language)


def _antecedent(m: ActorMention, i: int, mentions: list[ActorMention], index: list[int | None],
                text: str, language: str) -> ActorMention | None:
    named = [
        (c, j) for c, j in zip(mentions, index)
        if c.name and c.kind != GENERIC_KIND and c.inter in ARMED_NON_STATE and j is not None
    ]
    before = [c for c, j in named if j == i and c.span.end <= m.span.start]
    if before and text[before[-1].span.end : m.span.start].strip() == ",":
        return before[-1]  # apposition
    if not _is_definite(text, m.span.start, language):
        return None
    names = {c.name: c for c, j in named if j == i - 1 or (j == i and c.span.end <= m.span.start)}
    return next(iter(names.values())) if len(names) == 1 else None


def _named_after(m: ActorMention, i: int, mentions: list[ActorMention], index: list[int | None],
                 text: str) -> ActorMention | None:
    """"Les assaillants, des combattants de l'EI, …": the named group a definite generic noun
    is put in apposition with, right after it (a comma, then a few words, no clause)."""
    nxt = next((c for c, j in zip(mentions, index) if j == i and c.span.start >= m.span.end
                and c.kind != GENERIC_KIND), None)
    if nxt is None or not nxt.name or nxt.inter not in ARMED_NON_STATE:
        return None
    gap = text[m.span.end : nxt.span.start]
    return nxt if gap.startswith(",") and not any(p in gap[1:] for p in ",.;:") and len(gap.split()) <= 5 else None


def _chain_back(out: list[ActorMention], index: list[int | None], k: int) -> None:
    """The definite noun opening sentence i ("Les assaillants") is the unidentified group of
    the sentence before ("Des hommes armés ont attaqué…"): when it is named, so is that one."""
    i, named = index[k], out[k]
    if i is None or any(j == i for j in index[:k]):
        return  # not the first actor of its sentence
    before = [n for n, j in enumerate(index) if j == i - 1 and out[n].kind == GENERIC_KIND and out[n].name]
    if len({out[n].name for n in before}) == 1:
        for n in before:
            out[n] = replace(out[n], name=named.name, inter=named.inter, country=named.country, kind=named.kind,
                             rule=f"{out[n].rule}; the same as {named.span.text!r} in the sentence after")


def resolve_generic(mentions: list[ActorMention], sentences: tuple[Span, ...], text: str,
                    language: str) -> list[ActorMention]:
    """`mentions` in text order, with each generic noun that refers back to one named group
    renamed to that group (the rule says which)."""
    starts = [s.start for s in sentences]
    index = [_sentence_index(sentences, starts, m.span.start) for m in mentions]
    out = []
    for m, i in zip(mentions, index):
        c, later = None, None
        if m.kind == GENERIC_KIND and m.rule.startswith("alias") and i is not None:
            c = _antecedent(m, i, mentions, index, text, language)
            if c is None and _is_definite(text, m.span.start, language):
                c = later = _named_after(m, i, mentions, index, text)
        if c is None:
            out.append(m)
        else:
            out.append(replace(m, name=c.name, inter=c.inter, country=c.country, kind=c.kind,
                               rule=f"{m.rule}; coreferent with {c.span.text!r}"))
            if later is not None:
                _chain_back(out, index, len(out) - 1)
    return out
