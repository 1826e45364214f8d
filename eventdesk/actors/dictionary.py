"""The actor dictionary: entries from `data/actors.yaml` and `data/countries.yaml`.

Loaded lazily, once per process per language. An `ActorEntry` holds a name template
("Civilians ({country})", "{military}") that is filled from the report's context country by
`ActorEntry.resolve`; `name_on` picks a state force's name for the period of a date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from eventdesk.actors.aliases import AliasIndex
from eventdesk.errors import ResourceMissing
from eventdesk.langdata import load_yaml

DATA = "eventdesk.actors.data"
LANG_KEYS: dict[str, tuple[str, ...]] = {"fr": ("fr", "ar"), "en": ("en", "ar")}


@dataclass(frozen=True)
class Period:
    name: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class Country:
    name: str
    military: tuple[Period, ...] = ()
    police: tuple[Period, ...] = ()


@dataclass(frozen=True)
class ActorEntry:
    template: str | None  # None for unnamed armed groups
    inter: int | None
    kind: str
    country: str | None = None  # fixed home country
    by_country: Mapping[str, str] = field(default_factory=dict)

    @property
    def uses_context(self) -> bool:
        """Whether the context country can change this entry's name."""
        return self.needs_context or self.template is None or bool(self.by_country)

    @property
    def needs_context(self) -> bool:
        return self.template is not None and "{" in self.template and not self.country

    def resolve(self, context_country: str | None) -> tuple[str | None, str | None]:
        """(canonical name, country) given the report's context country (may be None)."""
        if context_country is not None and context_country in self.by_country:
            return self.by_country[context_country], context_country
        if self.template is None:
            return None, self.country
        if self.template in STATE_TEMPLATES and self.country:
            return _latest(self.country, self.template), self.country
        if not self.needs_context:
            return self.template, self.country
        if context_country is None:
            return None, None
        if context_country in self.by_country:
            return self.by_country[context_country], context_country
        if self.template in STATE_TEMPLATES:
            return _latest(context_country, self.template), context_country
        return self.template.format(country=context_country), context_country


STATE_TEMPLATES = ("{military}", "{police}")


def _latest(country_name: str, template: str) -> str | None:
    """The latest period's name of a country's military or police ("{military}"); `name_on`
    turns it into the name for an event's date."""
    country = countries().get(country_name)
    periods = getattr(country, template.strip("{}"), ()) if country else ()
    return periods[-1].name if periods else None


def _periods(value: Any) -> tuple[Period, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (Period(value, None, None),)
    return tuple(Period(p["name"], p.get("from"), p.get("to")) for p in value)


@functools.cache
def countries() -> dict[str, Country]:
    raw = load_yaml(DATA, "countries.yaml")
    return {
        name: Country(name, _periods(c.get("military")), _periods(c.get("police")))
        for name, c in raw.items()
    }


@functools.cache
def _country_words(language: str) -> dict[str, dict[str, list[str]]]:
    raw = load_yaml(DATA, "countries.yaml")
    return {
        name: {
            "names": c.get("names", {}).get(language, []) + c.get("cities", []),
            "adjectives": c.get("adjectives", {}).get(language, []),
        }
        for name, c in raw.items()
    }


@functools.cache
def country_name_cues(language: str) -> AliasIndex[str]:
    """Country and city names ("Irak", "Damas"), for the setting of a sentence ("en Irak")."""
    return AliasIndex((w, c) for c, kinds in _country_words(language).items() for w in kinds["names"])


@functools.cache
def country_cues(language: str) -> AliasIndex[str]:
    """Country names and demonyms -> country, for the context of a report."""
    pairs = [(w, c) for c, kinds in _country_words(language).items() for words in kinds.values() for w in words]
    return AliasIndex(pairs)


def name_on(name: str, date: dt.date | None) -> str:
    """The period-specific name of a state force on `date` (unchanged if not periodised)."""
    if date is None:
        return name
    for country in countries().values():
        for periods in (country.military, country.police):
            if any(p.name == name for p in periods):
                for p in periods:
                    if (p.start is None or p.start <= date) and (p.end is None or date <= p.end):
                        return p.name
    return name


def event_name(name: str, date: dt.date | None) -> str:
    """The name an event record carries: `name_on` its date; with no date the period is
    unknown, so a periodised state force loses its "(2000-2024)" suffix instead of taking
    a guessed period (an undated 2017 report is not coded with the 2024 authorities' name)."""
    if date is not None:
        return name_on(name, date)
    periodised = any(p.name == name for c in countries().values() for ps in (c.military, c.police) for p in ps)
    return re.sub(r"\s*\(\d{4}-(?:\d{4})?\)$", "", name) if periodised else name


def _iter_entries(language: str) -> Iterator[tuple[str, ActorEntry, bool]]:
    """(alias, entry, exact) for every alias usable in `language`."""
    raw = load_yaml(DATA, "actors.yaml")
    keys = LANG_KEYS.get(language)
    if keys is None:
        raise ResourceMissing(f"no actor aliases for language {language!r}; have {', '.join(LANG_KEYS)}")
    for item in raw["actors"]:
        entry = ActorEntry(item["name"], item.get("inter"), item["kind"], item.get("country"), item.get("by_country", {}))
        for key in keys:
            for alias in item.get("aliases", {}).get(key, []):
                yield alias, entry, False
        for alias in item.get("exact", []):
            yield alias, entry, True
    for item in raw.get("unnamed", []):
        entry = ActorEntry(None, None, item["kind"])
        for alias in item["aliases"].get(language, []):
            yield alias, entry, False
    words = _country_words(language)
    for role, per_lang in raw.get("state_templates", {}).items():
        for country, w in words.items():
            periods = getattr(countries()[country], role)
            # a country whose ACLED force names we have not reviewed: known forces, no name
            entry = ActorEntry(periods[-1].name if periods else None, 1, "state_forces", country)
            for pattern in per_lang.get(language, []):
                for adj in w["adjectives"]:
                    yield pattern.format(adj=adj), entry, False
    for country, c in load_yaml(DATA, "countries.yaml").items():
        periods = countries()[country].military
        entry = ActorEntry(periods[-1].name if periods else None, 1, "state_forces", country)
        forces = c.get("forces", {})
        for alias in forces.get(language, []):
            yield alias, entry, False
        for alias in forces.get("exact", []):
            yield alias, entry, True
    for item in raw.get("country_templates", []):
        for country, w in words.items():
            entry = ActorEntry(item["name"].format(country=country), item["inter"], item["kind"], country)
            for pattern in item["aliases"].get(language, []):
                for adj in w["adjectives"]:
                    yield pattern.format(adj=adj), entry, False


@functools.cache
def actor_index(language: str) -> AliasIndex[ActorEntry]:
    folded, exact = [], []
    for alias, entry, is_exact in _iter_entries(language):
        (exact if is_exact else folded).append((alias, entry))
    return AliasIndex(folded, exact)
