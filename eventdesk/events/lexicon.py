"""Word sequences matched on spaCy tokens: the shared matcher of triggers and cues.

A pattern is a phrase from a data file ("prendre le contrôle", "frappe aérienne"). Each word
matches a token whose lemma or text folds to it (or whose text extends it by at most two
letters: gender and number endings). Between two words, up to three determiners, adverbs,
adjectives, auxiliaries or pronouns may be skipped, so "prendre contrôle" also matches
"ont pris hier le contrôle".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from eventdesk.textnorm import fold, normalize_punct, strip_diacritics

_WORD = re.compile(r"[\w-]+'|[\w][\w-]*|[^\w\s]")
SKIPPABLE_POS = frozenset({"DET", "ADV", "ADJ", "AUX", "PRON", "PART"})
MAX_GAP = 3


def lower(text: str) -> str:
    return normalize_punct(text).lower()


def pattern_words(pattern: str) -> tuple[str, ...]:
    """'D’après' -> ("d'", 'après'); the lower-cased words of a data-file phrase."""
    return tuple(_WORD.findall(lower(pattern)))


def _same(word: str, key: str) -> bool:
    """Equal; or equal without accents when the text has none ("Etat" for "État"), but
    "marché" is never "marche"."""
    return word == key or (key == strip_diacritics(key) and fold(word) == key)


def word_matches(word: str, token: Any) -> bool:
    return _matches(word, token.lemma_ or token.text, token.text)


@functools.lru_cache(maxsize=1 << 18)
def _matches(word: str, lemma: str, text: str) -> bool:
    """Cached per process: the same few thousand (word, token) pairs recur in every report."""
    lemma, text = lower(lemma), lower(text)
    if _same(word, lemma) or _same(word, text):
        return True
    return len(word) >= 4 and len(text) - len(word) <= 2 and any(
        _same(word, text[:n]) for n in (len(word),)) and text[len(word):].isalpha()


def match_at(words: Sequence[str], tokens: Sequence[Any], start: int) -> int | None:
    """The end position if the words match in order from tokens[start], else None."""
    n = len(tokens)
    if not word_matches(words[0], tokens[start]):
        return None
    pos = start + 1
    for word in words[1:]:
        gap = 0
        while pos < n and not word_matches(word, tokens[pos]):
            if gap >= MAX_GAP or tokens[pos].pos_ not in SKIPPABLE_POS:
                return None
            gap += 1
            pos += 1
        if pos >= n:
            return None
        pos += 1
    return pos


def first_word_keys(token: Any) -> set[str]:
    """Every first pattern word that can match `token` (see word_matches), for indexing."""
    lemma, text = lower(token.lemma_ or token.text), lower(token.text)
    keys = {lemma, text, fold(lemma), fold(text)}
    keys.update(k[:-i] for k in (text, fold(text)) for i in (1, 2) if len(k) - i >= 4)
    return keys


def find(words: Sequence[str], tokens: Sequence[Any]) -> Iterator[tuple[int, int]]:
    """(start, end) positions in `tokens` where the words match in order."""
    for start in range(len(tokens)):
        end = match_at(words, tokens, start)
        if end is not None:
            yield start, end


def any_present(phrases: Sequence[tuple[str, ...]], tokens: Sequence[Any]) -> Any | None:
    """The first token of the first phrase found in `tokens`, or None."""
    for words in phrases:
        for start, _ in find(words, tokens):
            return tokens[start]
    return None
