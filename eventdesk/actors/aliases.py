"""Offset-preserving alias matching, shared by the actor and source dictionaries.

Aliases are matched on a folded copy of the text that keeps every character at its
offset (so a match's offsets are valid in the original text): lower case, no diacritics,
one kind of apostrophe and dash. Short acronyms that are also common words ("IS", "EI",
"HTS") are matched case-sensitively as standalone tokens only. Overlapping matches are
resolved longest-first, so "Armée syrienne libre" beats "armée syrienne".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from eventdesk.records import Span
from eventdesk.textnorm import normalize_punct, strip_diacritics

T = TypeVar("T")

# A token boundary: not a letter or digit on either side (apostrophes and hyphens are
# boundaries, so "l'Observatoire" and "pro-Assad" expose the alias).
_LEFT = r"(?<![^\W_])"
_RIGHT = r"(?![^\W_])"


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = strip_diacritics(normalize_punct(ch)).lower()
    return folded if len(folded) == 1 else (ch.lower()[:1] or ch)


@functools.lru_cache(maxsize=64)
def fold_same_length(text: str) -> str:
    """Fold each character on its own, keeping len(result) == len(text). Cached: every
    matcher folds the same report text."""
    return "".join(map(_fold_char, text))


def _trie_pattern(aliases: Iterable[str]) -> str:
    """One regex for many aliases, as a prefix tree: the engine follows shared prefixes once
    instead of trying every alias at every position. Optional tails are greedy, so the
    longest alias that ends on a token boundary wins. A space matches any white space."""
    trie: dict[str, Any] = {}
    for alias in aliases:
        node = trie
        for ch in alias:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items()) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    start: int
    end: int
    value: T
    alias: str


class AliasIndex(Generic[T]):
    """Finds aliases in text and maps each hit to its value (an actor or source entry)."""

    def __init__(self, folded: Iterable[tuple[str, T]], exact: Iterable[tuple[str, T]] = ()) -> None:
        self._folded: dict[str, T] = {}
        for alias, value in folded:
            key = " ".join(fold_same_length(alias).split())
            if key:
                self._folded.setdefault(key, value)
        self._exact: dict[str, T] = {}
        for alias, value in exact:
            self._exact.setdefault(alias, value)
        self._folded_re = self._compile(self._folded, flags=0)
        self._exact_re = self._compile(self._exact, flags=0)

    @staticmethod
    def _compile(aliases: dict[str, T], flags: int) -> re.Pattern[str] | None:
        if not aliases:
            return None
        # A lookahead finds a match at every start position (overlaps included), each the
        # longest alias starting there; select_longest then settles overlaps.
        return re.compile(f"{_LEFT}(?=((?:{_trie_pattern(aliases)}){_RIGHT}))", flags)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit[T]]:
        """Non-overlapping hits in text[start:end], longest first, in text order."""
        end = len(text) if end is None else end
        candidates: list[Hit[T]] = []
        if self._folded_re is not None:
            folded = fold_same_length(text)
            for m in self._folded_re.finditer(folded, start, end):
                if m.end(1) <= end:
                    key = re.sub(r"\s+", " ", m.group(1))
                    candidates.append(Hit(m.start(1), m.end(1), self._folded[key], key))
        if self._exact_re is not None:
            for m in self._exact_re.finditer(text, start, end):
                if m.end(1) <= end:
                    candidates.append(Hit(m.start(1), m.end(1), self._exact[m.group(1)], m.group(1)))
        return select_longest(candidates)


def select_longest(hits: Sequence[Hit[T]]) -> list[Hit[T]]:
    """Keep the longest of overlapping hits (earliest on ties); return them in text order."""
    chosen: list[Hit[T]] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= c.start or c.end <= hit.start for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def split_lines(text: str, sentences: Sequence[Span]) -> tuple[Span, ...]:
    """The sentences, cut at line breaks (a headline never runs into the next paragraph)
    and re-joined where the segmenter cut a line in mid-sentence (no final punctuation, as
    after "l'homme – une organisation d'opposition –")."""
    pieces: list[tuple[int, int]] = []
    for s in sentences:
        pos = s.start
        for m in re.finditer(r"\n+", text[s.start : s.end]):
            cut = s.start + m.start()
            if text[pos:cut].strip():
                pieces.append((pos, cut))
            pos = s.start + m.end()
        if text[pos : s.end].strip():
            pieces.append((pos, s.end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            p_start, p_end = merged[-1]
            gap = text[p_end:start]
            if "\n" not in gap and not text[p_start:p_end].rstrip().endswith(_FINAL):
                merged[-1] = (p_start, end)
                continue
        merged.append((start, end))
    return tuple(Span(a, b, text[a:b]) for a, b in merged)


_FINAL = (".", "!", "?", "…", "»", '"', "”", ":")
