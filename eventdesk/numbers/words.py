"""Number vocabularies (`eventdesk/lang/<lang>/number_words.yaml`), loaded once per process,
and the parser of spelled-out numbers ("vingt-cinq", "quatre-vingt-dix", "two hundred")."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventdesk.actors.aliases import AliasIndex, fold_same_length
from eventdesk.errors import ResourceMissing
from eventdesk.langdata import SUPPORTED_LANGUAGES, lang_data

KINDS: tuple[str, ...] = ("killed", "injured", "abducted", "arrested")


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    multipliers: dict[str, int]
    joiners: frozenset[str]
    ambiguous: frozenset[str]
    phrases: AliasIndex[tuple[str, int]]  # approximate/vague phrase -> (which, value)
    at_least: tuple[str, ...]  # folded modifiers, longest first
    at_most: tuple[str, ...]
    range_words: dict[str, str]
    alternatives: tuple[str, ...]  # "5 à 10", "5 or 6": a range without "entre"
    after: AliasIndex[str]  # casualty word after the number -> kind
    before: tuple[tuple[str, str], ...]  # (folded cue, kind), longest first
    zero_killed: AliasIndex[str]
    not_counts_after: frozenset[str]
    not_numbers: AliasIndex[str]

    def parse(self, words: list[str]) -> int | None:
        """Value of a run of number words (folded), or None if it is not one."""
        total = current = 0
        seen = False
        for w in words:
            if w in self.joiners:
                continue
            if w in self.units:
                current += self.units[w]
            elif w in self.multipliers:
                m = self.multipliers[w]
                if m >= 1000:
                    total += max(current, 1) * m
                    current = 0
                else:
                    current = max(current, 1) * m
            else:
                return None
            seen = True
        return total + current if seen else None


@functools.cache
def number_words(language: str) -> NumberWords:
    if language not in SUPPORTED_LANGUAGES:
        raise ResourceMissing(f"no number words for language {language!r}; have {', '.join(SUPPORTED_LANGUAGES)}")
    raw = lang_data(language, "number_words.yaml")

    def f(w: str) -> str:
        return fold_same_length(str(w))

    phrases = [(p, ("approximate", v)) for p, v in raw["approximate"].items()]
    phrases += [(p, ("vague", v)) for p, v in raw["vague"].items()]
    after = [(cue, kind) for kind in KINDS for cue in raw["kinds"][kind]["after"]]
    before = [(f(cue), kind) for kind in KINDS for cue in raw["kinds"][kind]["before"]]
    return NumberWords(
        units={f(k): v for k, v in raw["units"].items()},
        multipliers={f(k): v for k, v in raw["multipliers"].items()},
        joiners=frozenset(f(w) for w in raw["joiners"]),
        ambiguous=frozenset(f(w) for w in raw["ambiguous"]),
        phrases=AliasIndex(phrases),
        at_least=tuple(sorted((f(w) for w in raw["at_least"] + raw.get("at_most", [])), key=len, reverse=True)),
        at_most=tuple(f(w) for w in raw.get("at_most", [])),
        range_words={k: f(v) for k, v in raw["range"].items() if isinstance(v, str)},
        alternatives=tuple(f(w) for w in raw["range"].get("alternatives", [])),
        after=AliasIndex(after),
        before=tuple(sorted(before, key=lambda c: len(c[0]), reverse=True)),
        zero_killed=AliasIndex((p, "killed") for p in raw["zero_killed"]),
        not_counts_after=frozenset(f(w) for w in raw["not_counts_after"]),
        not_numbers=AliasIndex((p, p) for p in raw.get("not_numbers", [])),
    )
