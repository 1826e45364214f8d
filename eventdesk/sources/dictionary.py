"""The source dictionary (`data/sources.yaml`) and per-language cue words
(`eventdesk/lang/<lang>/source_cues.yaml`), loaded lazily, once per process."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventdesk.actors.aliases import AliasIndex, fold_same_length
from eventdesk.errors import ResourceMissing
from eventdesk.langdata import SUPPORTED_LANGUAGES, lang_data, load_yaml

DATA = "eventdesk.sources.data"
_KEYS: dict[str, tuple[str, ...]] = {"fr": ("fr", "ar"), "en": ("en", "ar")}


@dataclass(frozen=True)
class SourceEntry:
    name: str
    scale: str | None
    homonym: bool = False


@dataclass(frozen=True)
class SourceCues:
    window: int
    cues: AliasIndex[str]
    carry: AliasIndex[str]
    relay_before: tuple[str, ...]  # folded
    outlet_nouns: tuple[str, ...]  # folded
    chain_tail: tuple[str, ...]  # folded
    place_nouns: tuple[str, ...]  # folded
    trailing_article: re.Pattern[str]  # an article at the end of a folded string


def _check(language: str) -> None:
    if language not in SUPPORTED_LANGUAGES:
        raise ResourceMissing(f"no source data for language {language!r}; have {', '.join(SUPPORTED_LANGUAGES)}")


def _entries(language: str, field: str) -> list[tuple[str, SourceEntry]]:
    out = []
    for item in load_yaml(DATA, "sources.yaml")["sources"]:
        entry = SourceEntry(item["name"], item.get("scale"), bool(item.get("homonym", False)))
        for key in _KEYS[language] if field == "aliases" else (language,):
            out.extend((alias, entry) for alias in (item.get(field) or {}).get(key, []))
    return out


@functools.cache
def source_index(language: str) -> AliasIndex[SourceEntry]:
    """Full names and acronyms of known sources."""
    _check(language)
    exact = [(a, SourceEntry(i["name"], i.get("scale"), bool(i.get("homonym", False))))
             for i in load_yaml(DATA, "sources.yaml")["sources"] for a in i.get("exact", [])]
    return AliasIndex(_entries(language, "aliases"), exact)


@functools.cache
def anaphor_index(language: str) -> AliasIndex[SourceEntry]:
    """Short references ("le centre") usable only after the source has been named."""
    _check(language)
    return AliasIndex(_entries(language, "anaphors"))


@functools.cache
def scale_of(name: str) -> str | None:
    for item in load_yaml(DATA, "sources.yaml")["sources"]:
        if item["name"] == name:
            return item.get("scale")
    return None


@functools.cache
def source_cues(language: str) -> SourceCues:
    _check(language)
    raw = lang_data(language, "source_cues.yaml")

    def folded(key: str) -> tuple[str, ...]:
        return tuple(fold_same_length(w) for w in raw.get(key, []))

    return SourceCues(
        window=int(raw.get("window", 80)),
        cues=AliasIndex((c, c) for c in raw["cues"]),
        carry=AliasIndex((c, c) for c in raw.get("carry", [])),
        relay_before=tuple(sorted(folded("relay_before"), key=len, reverse=True)),
        outlet_nouns=tuple(sorted(folded("outlet_nouns"), key=len, reverse=True)),
        chain_tail=folded("chain_tail"),
        place_nouns=folded("place_nouns"),
        trailing_article=re.compile(
            r"(?:(?<![^\W_])(?:" + "|".join(re.escape(a) for a in sorted(folded("articles"), key=len, reverse=True))
            + r")\s*)$"
        ),
    )
