"""The gazetteer interface, its registry, and the in-memory and layered backends.

A backend answers two questions: which entries could a piece of text name
(`candidates`), and what is entry N (`get`). The built-in on-disk backend lives in
`index.py`; `MemoryGazetteer` is the tiny one tests inject; `LayeredGazetteer` puts our
curated aliases (`data/aliases.yaml`) on top of any backend.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from unidecode import unidecode

from eventdesk.langdata import load_yaml
from eventdesk.places.display import display_name
from eventdesk.places.fold import has_article, keys, similarity
from eventdesk.records import PlaceKind
from eventdesk.registry import Registry

MIN_SIMILARITY = 0.8  # phonetic forms closer than this are the same name written differently
ARTICLE_DROPPED = 0.9  # at most this similar: a name written with an article, an entry name without
SHORT = 3  # letters: a name this short, or an abbreviation ('Va.'), matches only as spelled


def letters(name: str) -> str:
    """A name's letters and digits, folded to lower-case ASCII: 'Aïn al-Assad' -> 'ainalassad'."""
    return "".join(c for c in unidecode(name).lower() if c.isalnum())


def is_abbreviation(text: str) -> bool:
    """'Calif.', 'N.J.', 'D.C.': one word written with a dot."""
    t = text.strip()
    return " " not in t and "." in t and len(letters(t)) >= 1


def spelled_alike(text: str, name: str) -> bool:
    """Short names and abbreviations are not transliterated: 'Va.' is not 'Wa', 'EU' not 'Yiwu';
    a short code written in capitals matches only capitals."""
    if len(letters(text)) > SHORT and not is_abbreviation(text):
        return True
    if name.isupper() and not text.isupper():  # 'Car' is not 'CAR' (Central African Republic)
        return False
    return letters(text) == letters(name)


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer entry. `note` says how the point was derived when it is not GeoNames'."""

    geonameid: int
    name: str
    kind: PlaceKind
    latitude: float | None
    longitude: float | None
    country_code: str | None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    note: str = ""
    radius_km: float | None = None  # how far off the point may be, when the data says (curated places)


@dataclass(frozen=True)
class Candidate:
    entry: GazEntry
    matched: str  # the gazetteer name or alias that matched
    similarity: float
    source: str  # "geonames", "curated:fr" …


class Gazetteer(Protocol):
    def candidates(self, text: str) -> list[Candidate]: ...

    def get(self, geonameid: int) -> GazEntry | None: ...


gazetteers: Registry[Gazetteer] = Registry("gazetteer")


def best_per_entry(cands: Iterable[Candidate], text: str | None = None) -> list[Candidate]:
    """Each entry's most similar name; of names as similar, the one written as `text` is
    (London's 'London', not its alternate 'Lůndůn')."""
    best: dict[int, Candidate] = {}
    if text is not None:
        cands = sorted(cands, key=lambda c: letters(c.matched) != letters(text))
    for c in cands:
        old = best.get(c.entry.geonameid)
        if old is None or c.similarity > old.similarity:
            best[c.entry.geonameid] = c
    return list(best.values())


def match_names(text: str, names: Iterable[tuple[str, GazEntry, str]]) -> list[Candidate]:
    """Score (name, entry, source) rows already fetched by key against `text`."""
    out = []
    for name, entry, source in names:
        s = similarity(text, name)
        if s >= MIN_SIMILARITY:
            out.append(Candidate(entry, name, s, source))
    return best_per_entry(out, text)


class MemoryGazetteer:
    """A gazetteer held in a dict: for tests and small custom lists."""

    def __init__(self, entries: Sequence[GazEntry], alternate_names: Iterable[tuple[int, str]] = ()):
        alternate_names = list(alternate_names)
        alts: dict[int, list[str]] = {}
        for g, n in alternate_names:
            alts.setdefault(g, []).append(n)
        # entries are shown under their display name ('Hama' for 'Ḩamāh'); every name still matches
        self._entries = {e.geonameid: replace(e, name=display_name(e.name, alts.get(e.geonameid, ())))
                         for e in entries}
        self._by_key: dict[str, list[tuple[str, int]]] = {}
        names = [(e.name, e.geonameid) for e in entries] + [(n, g) for g, n in alternate_names]
        for name, gid in names:
            for k in keys(name):
                self._by_key.setdefault(k, []).append((name, gid))

    def get(self, geonameid: int) -> GazEntry | None:
        return self._entries.get(geonameid)

    def candidates(self, text: str) -> list[Candidate]:
        rows = [
            (name, self._entries[gid], "geonames")
            for k in keys(text)
            for name, gid in self._by_key.get(k, ())
        ]
        return match_names(text, rows)


@dataclass(frozen=True)
class Alias:
    alias: str
    geonameid: int
    language: str
    seen: str


@functools.cache
def curated_aliases() -> tuple[Alias, ...]:
    data = load_yaml("eventdesk.places.data", "aliases.yaml")
    return tuple(
        Alias(a["alias"], int(a["geonameid"]), a["language"], a["seen"]) for a in data["aliases"]
    )


@functools.cache
def curated_places() -> tuple[tuple[GazEntry, tuple[Alias, ...]], ...]:
    """Places of our theatre no registry package lists (`places` in aliases.yaml), each with
    its spellings as curated aliases. No GeoNames id we are sure of: a stable negative id."""
    from eventdesk.places.regions import synthetic_id  # regions imports the index, which imports us

    out = []
    for p in load_yaml("eventdesk.places.data", "aliases.yaml").get("places", ()):
        gid = int(p["geonameid"]) if p.get("geonameid") else synthetic_id(p["key"])
        entry = GazEntry(gid, p["name"], p["kind"], float(p["lat"]), float(p["lon"]), p.get("country"),
                         p.get("admin1"), p.get("admin2"), int(p.get("population") or 0),
                         f"aliases.yaml: {p['note']}", float(p["radius_km"]))
        aliases = tuple(Alias(n, gid, lang, p["seen"]) for lang, names in p["names"].items() for n in names)
        out.append((entry, aliases))
    return tuple(out)


class LayeredGazetteer:
    """Curated aliases and curated places first, then the base backend; one candidate per
    entry, best kept."""

    CACHE_SIZE = 20_000  # names looked up again (the same town in many reports) cost nothing

    def __init__(self, base: Gazetteer, aliases: Sequence[Alias] | None = None) -> None:
        self.base = base
        self._cache: dict[str, list[Candidate]] = {}
        self._by_key: dict[str, list[Alias]] = {}
        self._places = {e.geonameid: e for e, _ in curated_places()}
        place_aliases = [a for _, als in curated_places() for a in als]
        for a in [*(curated_aliases() if aliases is None else aliases), *place_aliases]:
            for k in keys(a.alias):
                self._by_key.setdefault(k, []).append(a)

    def get(self, geonameid: int) -> GazEntry | None:
        return self._places.get(geonameid) or self.base.get(geonameid)

    def candidates(self, text: str) -> list[Candidate]:
        if text not in self._cache:
            if len(self._cache) >= self.CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = self._candidates(text)
        return list(self._cache[text])

    def _candidates(self, text: str) -> list[Candidate]:
        curated = []
        for k in keys(text):
            for a in self._by_key.get(k, ()):
                if a.alias.endswith(".") and not text.rstrip().endswith("."):
                    continue  # 'Md.' is Maryland only when written with its dot
                entry = self.get(a.geonameid)
                s = similarity(text, a.alias)
                if entry is not None and s >= MIN_SIMILARITY:
                    # a curated alias is a reviewed reading: it outranks a fuzzy GeoNames match
                    curated.append(Candidate(entry, a.alias, min(1.0, s + 0.05), f"curated:{a.language}"))
        cands = curated + [c for c in self.base.candidates(text) if spelled_alike(text, c.matched)]
        if has_article(text):  # 'Al-Sharqi' is not 'Sharkey': an article written is a name's part
            cands = [c if has_article(c.matched) else replace(c, similarity=min(c.similarity, ARTICLE_DROPPED))
                     for c in cands]
        return best_per_entry(cands, text)


@gazetteers.register("memory")
def memory_gazetteer(entries: Sequence[GazEntry] = (), alternate_names: Iterable[tuple[int, str]] = ()) -> Gazetteer:
    return LayeredGazetteer(MemoryGazetteer(entries, alternate_names))
