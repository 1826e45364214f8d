"""Country adjectives in the text ("des pèlerins irakiens", "Syrian forces") as country
mentions. Words live in `data/demonyms.yaml`; plurals in -s are derived. English adds the
`demonym` field of the `countryinfo` package (when installed) for the countries the file
does not list ('Tunisian', 'Peruvian'); a word it gives to several countries goes to the most
populous ('Indian' is India, not the British Indian Ocean Territory)."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from eventdesk.langdata import load_yaml
from eventdesk.places.countries import country_info, country_population
from eventdesk.places.gazetteer import Candidate, Gazetteer
from eventdesk.textnorm import fold

@functools.cache
def demonyms(language: str | None) -> dict[str, str]:
    """Folded word (and its plural) -> ISO2, for one language (both when None)."""
    data = load_yaml("eventdesk.places.data", "demonyms.yaml")
    out: dict[str, str] = {}
    if language in (None, "en"):
        for w, cc in package_demonyms().items():
            out[w] = out[w + "s"] = cc
    for lang in [language] if language in data else [k for k in data if k != "combining"]:
        for cc, words in data[lang].items():
            for w in words:
                out[fold(w)] = str(cc)
                out[fold(w) + "s"] = str(cc)
    return out


@functools.cache
def package_demonyms() -> dict[str, str]:
    """Folded English demonym -> ISO2 from `countryinfo` data; {} when it is not installed."""
    try:
        root = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return {}
    best: dict[str, str] = {}
    for f in root.iterdir():
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        cc = (d.get("ISO") or {}).get("alpha2")
        for word in (d.get("demonym") or "").split(","):
            w = fold(word.strip())
            if cc and w and (w not in best or country_population(cc) > country_population(best[w])):
                best[w] = cc
    return best


def country_candidate(gaz: Gazetteer, cc: str, word: str) -> Candidate | None:
    info = country_info(cc)
    if info is None:
        return None
    for c in gaz.candidates(info.name):
        if c.entry.kind == "country" and c.entry.country_code == cc:
            return Candidate(c.entry, word, 1.0, "demonym")
    return None


@functools.cache
def combining_forms(language: str | None) -> dict[str, str]:
    """Folded first part of a hyphenated adjective ('irako' in 'irako-syrienne') -> ISO2."""
    data = load_yaml("eventdesk.places.data", "demonyms.yaml").get("combining", {})
    return {fold(w): str(cc) for lang in ([language] if language in data else list(data))
            for cc, words in data[lang].items() for w in words}


def find_compounds(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of each part of a hyphenated adjective of countries: 'irako-syrienne'
    gives Iraq and Syria, 'Syrian-Iraqi' Syria and Iraq. Every part but the last is a combining
    form or a demonym, the last a demonym; English ones are capitalised."""
    table, firsts = demonyms(language), combining_forms(language)
    out: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?<![\w-])[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)+(?![\w-])", text):
        parts, pos, found = m.group(0).split("-"), m.start(), []
        for i, part in enumerate(parts):
            key = fold(part)
            cc = table.get(key) if i == len(parts) - 1 else (firsts.get(key) or table.get(key))
            if cc is None or (language == "en" and not part[:1].isupper()):
                break
            found.append((pos, pos + len(part), cc))
            pos += len(part) + 1
        else:
            out.extend(found)
    return out


def find(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of every demonym; two-word ones ('South Korean') first. English
    capitalises demonyms, so there a lower-case word is none ('polish the floor')."""
    table = demonyms(language)

    def look(word: str) -> str | None:
        return None if language == "en" and not word[:1].isupper() else table.get(fold(word))

    out: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?<![\w-])[A-Za-zÀ-ÿ]+(?: [A-Za-zÀ-ÿ]+)?", text):
        words = m.group(0).split(" ")
        if len(words) == 2 and (two := look(m.group(0))):
            out.append((m.start(), m.end(), two))
            continue
        if first := look(words[0]):
            out.append((m.start(), m.start() + len(words[0]), first))
        if len(words) == 2 and (second := look(words[1])):
            out.append((m.start() + len(words[0]) + 1, m.end(), second))
    return out
