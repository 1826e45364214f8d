"""Find temporal expressions in a text and read their parts (no calendar arithmetic here).

`find_expressions(text, language)` runs every pattern of `patterns.py`, keeps the longest
non-overlapping matches, and reads each into an `Expression`: which day, month, year,
weekday, part, count and unit the words say. Resolution against a report date is in
`resolve.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventdesk.dates.patterns import patterns
from eventdesk.dates.words import DateWords, date_words
from eventdesk.records import Span
from eventdesk.textnorm import fold

# kinds that need a cue word: a bare month or year is not an expression ("Mai", "TU-2019")
_NEEDS_CUE = {"month": ("part", "cue", "year", "last", "since"), "year": ("part", "cue", "since"),
              "season": ("cue", "year", "dir", "dirb")}


@dataclass(frozen=True)
class Expression:
    """What the words of one temporal expression say, before any calendar arithmetic."""

    span: Span
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    end_weekday: int | None = None
    part: str | None = None  # early/mid/late of a month or year; a season name
    part_of_day: str | None = None
    unit: str | None = None  # day/week/month/year/hour for counted expressions
    count: tuple[int, int] | None = None  # (low, high); vague words give a range
    offset: int | None = None  # days or periods from the anchor, signed
    direction: str | None = None  # "last" / "next" for "lundi dernier", "next Monday"
    this: bool = False  # "ce lundi 5 juin": the report's own day or close to it
    anchor_offset: int | None = None  # "hier 12 janvier": the date is report date + offset
    since: bool = False  # "depuis 2017": a start bound, open up to the report date
    to_report: bool = False  # "earlier this week": the period, cut at the report date
    birth: bool = False  # a date of birth: kept, but never an event's or a report's date
    future: bool = False  # set by the stage when the clause is in the future tense


def find_expressions(text: str, language: str) -> tuple[Expression, ...]:
    words = date_words(language)
    found: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in patterns(language):
        for m in pattern.finditer(text):
            if _has_cue(kind, m):
                found.append((kind, m))
    found.sort(key=lambda km: (-(km[1].end() - km[1].start()), km[1].start()))
    chosen: list[tuple[str, re.Match[str]]] = []
    for kind, m in found:
        if all(m.end() <= c.start() or m.start() >= c.end() for _, c in chosen):
            chosen.append((kind, m))
    chosen.sort(key=lambda km: km[1].start())
    out = []
    for kind, m in chosen:
        expr = _read(kind, m, words, text)
        if expr is not None:
            out.append(expr)
    return tuple(out)


def _has_cue(kind: str, m: re.Match[str]) -> bool:
    needs = _NEEDS_CUE.get(kind)
    return needs is None or any(m.groupdict().get(g) for g in needs)


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _int(m: re.Match[str], name: str) -> int | None:
    value = _g(m, name)
    return int(value) if value else None


def _direction(words: DateWords, m: re.Match[str]) -> str | None:
    said = _g(m, "dir") or _g(m, "dirb")
    if not said:
        return None
    return "next" if fold(said) in {fold(x) for x in words.words("next_words")} else "last"


def _read(kind: str, m: re.Match[str], w: DateWords, text: str) -> Expression | None:
    span = Span(m.start(), m.end(), m.group(0))
    lk = lambda table, group: w.lookup(table, _g(m, group)) if _g(m, group) else None  # noqa: E731
    common = dict(span=span, kind=kind, since=bool(_g(m, "since")), birth=_is_birth(w, text, m.start()))
    if kind in ("date", "numeric"):
        if kind == "numeric" and _g(m, "a"):
            day, month = _numeric_order(w.language, int(_g(m, "a") or 0), int(_g(m, "b") or 0))
        elif kind == "numeric":  # ISO 2019-09-21
            day, month = _int(m, "day"), _int(m, "month")
        else:
            day, month = _int(m, "day"), lk("months", "month")
        pre = set(fold(_g(m, "pre") or "").replace("'", " ").split())  # "dans la nuit de ce"
        return Expression(
            **common, day=day, month=month, year=_int(m, "year"),
            weekday=lk("weekdays", "wd"), this=bool(pre & {fold(x) for x in w.words("this_words")}),
            anchor_offset=lk("anchor_days", "anchor"),
        )
    if kind == "range":
        return Expression(
            **common, day=_int(m, "d1"), month=lk("months", "m1") or lk("months", "m2"),
            year=_int(m, "y1") or _int(m, "y2"), end_day=_int(m, "d2"),
            end_month=lk("months", "m2") or lk("months", "m1"), end_year=_int(m, "y2") or _int(m, "y1"),
        )
    if kind == "weekday_range":
        return Expression(**common, weekday=lk("weekdays", "w1"), end_weekday=lk("weekdays", "w2"))
    if kind == "weekday":
        before = set(fold(text[m.start() : m.start("wd")]).replace("'", " ").split())
        return Expression(
            **common, weekday=lk("weekdays", "wd"), part_of_day=_g(m, "pod"), direction=_direction(w, m),
            this=bool(before & {fold(x) for x in w.words("this_words")}),
        )
    if kind in ("month", "year"):
        return Expression(
            **common, month=lk("months", "month"), year=_int(m, "year"),
            part=lk("month_parts", "part"), direction="last" if _g(m, "last") else None,
        )
    if kind == "season":
        return Expression(**common, year=_int(m, "year"), part=lk("seasons", "season"), direction=_direction(w, m))
    if kind == "relative_day":
        return Expression(**common, offset=int(w.lookup("relative_days", span.text)), unit="day")
    if kind == "mention_day":
        return Expression(**common, offset=int(w.lookup("mention_days", span.text)), unit="day")
    if kind == "relative_period":
        unit, offset, *flags = w.lookup("relative_periods", span.text)
        return Expression(**common, unit=unit, offset=int(offset), to_report="to_report" in flags)
    if kind == "recent":
        return Expression(**common, unit="day", count=(1, int(w.lookup("recent_periods", span.text))))
    if kind in ("recent_counted", "ago", "mention_shift"):
        count = w.number(_g(m, "num") or "")
        sign = int(w.lookup("shift_words", _g(m, "shift"))) if kind == "mention_shift" else -1
        return Expression(**common, unit=w.lookup("units", _g(m, "unit")), count=count, offset=sign)
    return None


def _numeric_order(language: str, a: int, b: int) -> tuple[int | None, int | None]:
    """Day and month of 12/10/2022: day first in French, month first in English unless
    the first number cannot be a month."""
    day, month = (b, a) if language == "en" and a <= 12 else (a, b)
    return (day, month) if month <= 12 else (None, None)


def _is_birth(w: DateWords, text: str, start: int) -> bool:
    before = fold(text[max(0, start - 25) : start])
    return any(re.search(rf"(?<!\w){re.escape(fold(cue))}\s*$", before) for cue in w.words("birth_cues"))
