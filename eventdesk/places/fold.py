"""Transliteration-aware matching keys for Arabic-origin (and other) place names.

Two forms, both built from the rules in `data/fold.yaml`:

- `phonetic(name)`: the comparison forms. Diacritics, case, hyphens and apostrophes go;
  articles (al-, ez-…) and Abu/Abou/Albu are normalised; digraphs rewritten (kh→k, ou→u,
  q→k…); vowels reduced to two classes; doubled letters single. "ch" gives two forms
  (French sh, German kh). 'Al-Bochmal' -> ('bukmal', 'busmal').
- `keys(name)`: the index keys, the consonant skeletons of those forms ('bkml', 'bsml').
  A name and a spelling match when they share a key and their phonetic forms are close
  (`similarity`), which keeps 'Hamas' away from 'Homs' and 'Hama'.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from eventdesk.langdata import load_yaml
from eventdesk.textnorm import fold as basic_fold

_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")
_WORD = re.compile(r"[a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


@dataclass(frozen=True)
class FoldRules:
    articles: frozenset[str]
    abu: frozenset[str]
    digraphs: tuple[tuple[str, str], ...]
    ch_readings: tuple[str, ...]
    vowels: dict[str, str]


@functools.cache
def rules() -> FoldRules:
    data = load_yaml("eventdesk.places.data", "fold.yaml")
    return FoldRules(
        articles=frozenset(data["articles"]),
        abu=frozenset(data["abu"]),
        digraphs=tuple((a, b) for a, b in data["digraphs"]),
        ch_readings=tuple(data["ch_readings"]),
        vowels=dict(data["vowels"]),
    )


def tokens(name: str) -> list[str]:
    """Folded word tokens: 'AlBouKamal' -> ['al', 'bou', 'kamal']."""
    return _WORD.findall(basic_fold(_CAMEL.sub(" ", name)).replace("'", ""))


def _normalise_tokens(words: list[str], r: FoldRules) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(words):
        last = i == len(words) - 1
        if not last and w in r.articles:
            continue
        if not last and w in r.abu:
            out.append("bu")
            continue
        out.append(w)
    return out


def _rewrite(word: str, ch: str, r: FoldRules) -> str:
    word = word.replace("sch", "sh").replace("ch", ch)
    for a, b in r.digraphs:
        word = word.replace(a, b)
    word = _FINAL_H.sub("", word)
    word = "".join(r.vowels.get(c, c) for c in word)
    return _DOUBLE.sub(r"\1", word)


@functools.lru_cache(maxsize=65536)
def phonetic(name: str) -> tuple[str, ...]:
    """Comparison forms of a name, without spaces; empty tuple for a name with no letters."""
    r = rules()
    words = _normalise_tokens(tokens(name), r)
    if not words:
        return ()
    readings = r.ch_readings if any("ch" in w for w in words) else r.ch_readings[:1]
    forms = {"".join(_rewrite(w, ch, r) for w in words) for ch in readings}
    return tuple(sorted(f for f in forms if f))


def skeleton(form: str) -> str:
    """Consonants of a phonetic form: 'bukamal' -> 'bkml'; a vowel-only form keeps itself."""
    consonants = re.sub(r"[aiu]", "", form)
    return consonants or form


def keys(name: str) -> frozenset[str]:
    """The index keys of a name (one per phonetic form)."""
    return frozenset(skeleton(f) for f in phonetic(name))


def has_article(name: str) -> bool:
    """Does the name open with an Arabic article ('al-Sharqi', 'Ar Raqqah', 'AlQaïm')?"""
    words = tokens(name)
    return len(words) > 1 and words[0] in rules().articles


def similarity(a: str, b: str) -> float:
    """Best normalised Indel similarity (0..1) between the phonetic forms of two names."""
    fa, fb = phonetic(a), phonetic(b)
    if not fa or not fb:
        return 0.0
    return max(Indel.normalized_similarity(x, y) for x in fa for y in fb)
