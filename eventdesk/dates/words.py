"""Per-language date vocabulary (from `eventdesk/lang/<code>/date_words.yaml`) as regexes.

The YAML holds the words; this module only turns word lists into accent- and
case-tolerant alternations with named groups. Nothing is compiled until first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eventdesk.errors import ConfigError
from eventdesk.langdata import SUPPORTED_LANGUAGES, lang_data
from eventdesk.textnorm import fold, strip_diacritics

_VARIANTS = {
    "a": "aàâäá", "e": "eéèêë", "i": "iîïí", "o": "oôöó", "u": "uùûüú", "c": "cç",
}
B = r"(?<![\w-])"  # a word starts here (not inside "TU-22" or "F-16")
E = r"(?![\w])"  # and ends here


def phrase_re(phrase: str) -> str:
    """A regex for one phrase: any accent on vowels, either apostrophe, flexible spaces."""
    out: list[str] = []
    for ch in phrase:
        base = strip_diacritics(ch).lower()
        if ch.isspace():
            out.append(r"\s+")
        elif ch in "'’":
            out.append(r"['’]\s*")
        elif ch == "-":
            out.append(r"\s*[-‐‑–]\s*")
        elif base in _VARIANTS:
            out.append(f"[{_VARIANTS[base]}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alt(words: Iterable[str], name: str | None = None) -> str:
    """An alternation of phrases, longest first, optionally as a named group."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    if not ordered:
        return "(?!x)x"  # matches nothing
    body = "|".join(phrase_re(w) for w in ordered)
    return f"(?P<{name}>{body})" if name else f"(?:{body})"


@dataclass(frozen=True)
class DateWords:
    """One language's date vocabulary, keyed by folded word."""

    language: str
    raw: Mapping[str, Any]

    def table(self, key: str) -> dict[str, Any]:
        return {fold(k): v for k, v in (self.raw.get(key) or {}).items()}

    def words(self, key: str) -> list[str]:
        value = self.raw.get(key) or []
        return list(value.keys()) if isinstance(value, Mapping) else list(value)

    def lookup(self, key: str, text: str) -> Any:
        """The value of a matched word in table `key` (matched text is folded first)."""
        folded = re.sub(r"\s*-\s*", "-", re.sub(r"'\s+", "'", fold(text)))
        table = self.table(key)
        if folded in table:
            return table[folded]
        raise ConfigError(f"{text!r} matched but is not in {self.language} date_words {key}")

    def number(self, text: str) -> tuple[int, int]:
        """A count written in digits, in words, or a vague word ("quelques") as (low, high)."""
        if text.isdigit():
            return int(text), int(text)
        folded = fold(text)
        vague = self.table("vague_numbers")
        if folded in vague:
            low, high = vague[folded]
            return int(low), int(high)
        n = int(self.lookup("numbers", text))
        return n, n


@functools.cache
def date_words(language: str) -> DateWords:
    if language not in SUPPORTED_LANGUAGES:
        raise ConfigError(f"no date words for language {language!r}; have {', '.join(SUPPORTED_LANGUAGES)}")
    return DateWords(language, lang_data(language, "date_words.yaml"))
