"""Names that are not towns though a gazetteer of towns holds their namesakes: a street,
square or quarter of a town ('la place Ivan-Franko', 'le quartier de la Gombe', 'Mile 4';
data/urban.yaml), and an organisation's head word standing alone as a span ('la Cour
constitutionnelle' tagged 'Cour'; data/organisations.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventdesk.actors.aliases import fold_same_length
from eventdesk.langdata import load_yaml
from eventdesk.places.gazetteer import Candidate
from eventdesk.textnorm import fold

DATA = "eventdesk.places.data"
_NUMBERED = re.compile(r"[ \u00a0]\d{1,3}(?=[ \t]*(?:[,.;:)»\n]|$))")  # 'Mile 4,' but not 'Gao 3 soldats'


def _langs(language: str | None, data: dict) -> list[str]:
    return [language] if language in data else [k for k in data if k in ("fr", "en")]


def _alt(words: set[str]) -> str:
    return "|".join(sorted((re.escape(fold(w)) for w in words), key=len, reverse=True))


@functools.cache
def _before(language: str | None, key: str) -> re.Pattern[str]:
    data = load_yaml(DATA, "urban.yaml")
    arts: set[str] = set()
    heads: set[str] = set()
    links: set[str] = set()
    for lang in _langs(language, data):
        arts |= set(data[lang]["articles"])
        heads |= set(data[lang][key])
        links |= set(data[lang]["links"])
    art = "|".join(re.escape(fold(a)) + ("" if a.endswith(("'", "’")) else r"\s+") for a in arts)
    link = "|".join(sorted((re.escape(fold(w)) + ("" if w.endswith(("'", "’")) else r"\s+") for w in links),
                           key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{art})(?:{_alt(heads)})\s+(?:{link})?$", re.IGNORECASE)


@functools.cache
def _org_heads(language: str | None) -> frozenset[str]:
    data = load_yaml(DATA, "organisations.yaml")
    return frozenset(fold(w) for lang in _langs(language, data)
                     for w in (*data[lang].get("before", ()), *data[lang].get("after", ())))


@dataclass(frozen=True)
class Urban:
    cue: str
    quarter: bool  # a quarter may be in the gazetteer (Saltivka); a street or square is not

    def keep(self, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The readings still open: a quarter's (resolved only near a town of the report), else none."""
        return cands if self.quarter else ()


def urban_name(text: str, start: int, end: int, language: str | None) -> Urban | None:
    """What makes the span a place inside a town ('place', 'quartier', a number after), or None."""
    m = _before(language, "streets").search(fold_same_length(text[max(0, start - 40):start]))
    if m:
        return Urban(m.group(0).strip(), False)
    m = _before(language, "quarters").search(fold_same_length(text[max(0, start - 40):start]))
    if m:
        return Urban(m.group(0).strip(), True)
    n = _NUMBERED.match(text[end:end + 12])
    return Urban(f"numbered '{text[start:end]}{n.group(0)}'", False) if n else None


def organisation_head(name: str, language: str | None) -> bool:
    """One word that heads organisation names ('Cour', 'Police'): the organisation, not a town."""
    word = fold(name.strip())
    return " " not in word and word in _org_heads(language)
