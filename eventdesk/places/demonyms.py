"""Country adjectives in the text ("des pèlerins irakiens", "Syrian forces") as country
mentions. Words live in `data/demonyms.yaml`; plurals in -s are derived."""

from __future__ import annotations

import functools
import re

from eventdesk.langdata import load_yaml
from eventdesk.places.countries import country_info
from eventdesk.places.gazetteer import Candidate, Gazetteer
from eventdesk.textnorm import fold

@functools.cache
def demonyms(language: str | None) -> dict[str, str]:
    """Folded word (and its plural) -> ISO2, for one language (both when None)."""
    data = load_yaml("eventdesk.places.data", "demonyms.yaml")
    out: dict[str, str] = {}
    for lang in [language] if language in data else list(data):
        for cc, words in data[lang].items():
            for w in words:
                out[fold(w)] = str(cc)
                out[fold(w) + "s"] = str(cc)
    return out


def country_candidate(gaz: Gazetteer, cc: str, word: str) -> Candidate | None:
    info = country_info(cc)
    if info is None:
        return None
    for c in gaz.candidates(info.name):
        if c.entry.kind == "country" and c.entry.country_code == cc:
            return Candidate(c.entry, word, 1.0, "demonym")
    return None


def find(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of every demonym; two-word ones ('South Korean') first."""
    table = demonyms(language)
    out: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?<![\w-])[A-Za-zÀ-ÿ]+(?: [A-Za-zÀ-ÿ]+)?", text):
        words = m.group(0).split(" ")
        two = fold(m.group(0))
        if len(words) == 2 and two in table:
            out.append((m.start(), m.end(), table[two]))
            continue
        first = fold(words[0])
        if first in table:
            out.append((m.start(), m.start() + len(words[0]), table[first]))
        if len(words) == 2 and fold(words[1]) in table:
            s = m.start() + len(words[0]) + 1
            out.append((s, m.end(), table[fold(words[1])]))
    return out
