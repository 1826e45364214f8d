"""Names that look like places but are not, or not on their own: actors and acronyms ("FAMa",
"M23", "al-Shabab"), places inside an organisation's name ("l'Agence d'information du
Burkina", "la police d'Anbar"), and rivers and lakes ("l'Euphrate", "le fleuve Niger").

- An actor: a span that is exactly an alias of the actor dictionary (eventdesk/actors data,
  read only) or that is shaped like an acronym ("FAMa", "M23") with no exact gazetteer match
  is not a place mention.
- An organisation's name: a place inside an NER organisation span, or after an organisation
  head word and a link ("police d'", "Agence d'information du"), or before one ("Anbar
  police"), is kept, with a rule saying it is part of that name (data/organisations.yaml).
- A physical feature (data/features.yaml): kept unresolved with its feature named in the rule,
  never read as a namesake town, never placed by the unknown-place fallback.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventdesk.actors.aliases import fold_same_length
from eventdesk.errors import ResourceMissing
from eventdesk.langdata import load_yaml
from eventdesk.places.gazetteer import letters
from eventdesk.records import Report
from eventdesk.textnorm import fold

DATA = "eventdesk.places.data"
_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,2}|[A-Z]+-?\d+[A-Za-z]*|[A-Z]{2,}")  # FAMa, M23, G5, PNH
_AREA_KINDS = ("country", "admin1", "region")
ORG_LABELS = frozenset({"ORG"})


@dataclass(frozen=True)
class Feature:
    name: str
    kind: str


def _langs(language: str | None, data: dict) -> list[str]:
    return [language] if language in data else [k for k in data if k in ("fr", "en")]


@functools.cache
def _actor_spans_index(language: str):  # noqa: ANN202  (an AliasIndex of the actor dictionary)
    from eventdesk.actors.dictionary import actor_index

    return actor_index(language)


def actor_spans(report: Report) -> set[tuple[int, int]]:
    """(start, end) of every actor alias in the report (longest first at overlaps)."""
    lang = report.language if report.language in ("fr", "en") else "fr"
    try:
        index = _actor_spans_index(lang)
    except ResourceMissing:
        return set()
    return {(h.start, h.end) for h in index.find(report.article.text)}


def not_a_place(name: str, start: int, end: int, cands: tuple, actors: set[tuple[int, int]]) -> str | None:
    """Why a detected span is an actor or an acronym rather than a place, or None.
    A span that names a country, province or region stays a place (the events stage decides
    when 'Israël' stands for an actor). An acronym is not transliterated: a short word in
    capitals ('OCHA') is a place only as some place's name is spelled, not Utah's 'Uka'."""
    word = name.strip()
    acronym = word.isupper() and len(word) <= 5
    if acronym:
        cands = tuple(c for c in cands if letters(word) == letters(c.matched))
    if any(c.entry.kind in _AREA_KINDS and c.similarity >= 0.95 for c in cands):
        return None
    if (start, end) in actors:
        return "an actor's name (actor dictionary)"
    if re.search(r"\d", word) or (_ACRONYM.fullmatch(word) and not word.isupper()):
        return "an acronym, not a place name"
    if acronym and not any(c.similarity >= 0.95 for c in cands):
        return "an acronym, not a place name"
    return None


@functools.cache
def _org_patterns(language: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load_yaml(DATA, "organisations.yaml")
    n = int(data["max_words"])
    before: set[str] = set()
    after: set[str] = set()
    links: set[str] = set()
    for lang in _langs(language, data):
        before |= set(data[lang].get("before", ()))
        after |= set(data[lang].get("after", ()))
        links |= set(data[lang].get("links", ()))
    alt = lambda ws: "|".join(sorted((re.escape(fold(w)) for w in ws), key=len, reverse=True))  # noqa: E731
    link_re = "|".join(sorted((re.escape(fold(w)) + ("" if w.endswith(("'", "’")) else r"\s+") for w in links),
                              key=len, reverse=True))
    pre = re.compile(rf"(?<!\w)({alt(before)})(?:\s+[\w'’-]+){{0,{n}}}?\s+(?:{link_re})$") if before else None
    post = re.compile(rf"^(?:[ \t]+[A-Z][\w'’-]*){{0,{n}}}?[ \t]+(?i:{alt(after)})(?!\w)") if after else None
    return pre, post


def organisation_of(report: Report, start: int, end: int) -> str | None:
    """The organisation name a place span is part of, or None."""
    text = report.article.text
    for ent in report.entities:
        if ent.label in ORG_LABELS and ent.span.start <= start and end <= ent.span.end \
                and (ent.span.start, ent.span.end) != (start, end):
            return ent.span.text
    pre, post = _org_patterns(report.language)
    if pre is not None:
        window = fold_same_length(text[max(0, start - 80):start])
        m = pre.search(window)
        if m:
            return text[start - (len(window) - m.start(1)):end]
    if post is not None:
        m = post.match(text[end:end + 80])
        if m:
            return text[start:end + m.end()]
    return None


@functools.cache
def _features(language: str | None) -> tuple[dict[str, Feature], dict[str, Feature], re.Pattern, re.Pattern | None]:
    data = load_yaml(DATA, "features.yaml")
    plain: dict[str, Feature] = {}
    cued: dict[str, Feature] = {}
    for item in data["features"]:
        f = Feature(item["name"], item["kind"])
        for table, key in ((plain, "names"), (cued, "cued")):
            names = item.get(key, {})
            for lang in _langs(language, names) if names else ():
                table.update((fold(n), f) for n in names[lang])
    before, after = set(), set()
    for lang in _langs(language, data["cues"]):
        before |= set(data["cues"][lang].get("before", ()))
        after |= set(data["cues"][lang].get("after", ()) or ())
    alt = lambda ws: "|".join(sorted((re.escape(fold(w)) for w in ws), key=len, reverse=True))  # noqa: E731
    pre = re.compile(rf"(?<!\w)(?:{alt(before)})\s*(?:l['’]\s*)?$")
    post = re.compile(rf"^\s+(?:{alt(after)})(?!\w)") if after else None
    return plain, cued, pre, post


def feature_of(report: Report, start: int, end: int) -> Feature | None:
    """The river or lake a span names, or None."""
    text = report.article.text
    plain, cued, pre, post = _features(report.language)
    name = fold(text[start:end]).strip()
    own_cue = pre.match(name.rsplit(" ", 1)[0] + " ") if " " in name else None
    if own_cue:  # the span itself says 'Lake Chad', 'lac Tchad'
        name = name.rsplit(" ", 1)[1]
    if name in plain:
        return plain[name]
    if name in cued and (own_cue or pre.search(fold_same_length(text[max(0, start - 40):start]))
                         or (post is not None and post.match(fold_same_length(text[end:end + 20])))):
        return cued[name]
    return None
