"""The report's own date when metadata lacks it, from clues in the text.

Clues:
- anchors: "ce lundi 30 septembre", "hier 12 janvier" — the report's day, up to the year
  (every year in YEARS where the weekday fits is a candidate);
- bounds: the latest explicit past date in the text ("en novembre 2017": the report is not
  earlier), and dated public events the report names (`data/dated_events.yaml`);
- event-relative: a named dated event with a report-relative expression in the same sentence
  ("Soleimani, assassiné la semaine dernière") — the expression must contain the event's day;
- anniversaries: "onze ans après le début du soulèvement de mars 2011" — the report falls
  within a year of March 2022.
The best candidate wins with a confidence and its evidence spans; if the clues do not single
out a date, the date is None. Never today's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventdesk.dates.calendar import safe_date
from eventdesk.dates.extract import Expression
from eventdesk.dates.resolve import resolve
from eventdesk.dates.words import phrase_re
from eventdesk.langdata import load_yaml
from eventdesk.records import ReportDate, Span

YEARS = range(1990, 2036)  # years a report's date may be inferred in
EVENT_WINDOW = 400  # days after a dated event in which a report may refer to it relatively
_RELATIVE_KINDS = {"relative_day", "relative_period", "weekday", "ago", "weekday_range"}
_ABSOLUTE_KINDS = {"date", "numeric", "range", "month", "year", "season"}


@dataclass(frozen=True)
class Constraint:
    test: Callable[[dt.date], bool]
    evidence: tuple[Span, ...]
    bound: dt.date | None = None  # a lower bound, used to choose among ambiguous anchors


@functools.cache
def dated_events() -> tuple[dict[str, object], ...]:
    return tuple(load_yaml("eventdesk.dates.data", "dated_events.yaml"))


def infer_report_date(text: str, sentences: Sequence[Span], expressions: Sequence[Expression]) -> ReportDate:
    constraints = _bounds(expressions) + _event_clues(text, sentences, expressions) + _anniversaries(expressions)
    # "ce lundi 5 juin" names the report's own day; failing that, a weekday with its day and
    # month ("on Sunday, 5 July") names a recent day, which still fixes the year
    anchors = ([e for e in expressions if _is_anchor(e)]
               or [e for e in expressions if _is_weekday_date(e)])
    if anchors:
        return _from_anchors(anchors, constraints)
    relative = [c for c in constraints if c.bound is None]
    if relative:
        return _from_relative(constraints)
    return ReportDate(None, "unknown", 0.0, (), "no clue to the report's date")


def _is_anchor(e: Expression) -> bool:
    return (e.kind in ("date", "numeric") and not e.birth and not e.since
            and (e.anchor_offset is not None or (e.this and e.weekday is not None)))


def _is_weekday_date(e: Expression) -> bool:
    return (e.kind == "date" and not e.birth and not e.since and e.weekday is not None
            and e.day is not None and e.month is not None)


def _anchor_dates(e: Expression) -> list[dt.date]:
    assert e.day is not None and e.month is not None
    shift = dt.timedelta(days=-(e.anchor_offset or 0))
    years = [e.year] if e.year else YEARS
    days = [d for y in years if (d := safe_date(y, e.month, e.day))]
    today = dt.date.today()  # a report is never dated in the future
    return [d + shift for d in days if (e.weekday is None or d.weekday() == e.weekday) and d + shift <= today]


def _from_anchors(anchors: list[Expression], constraints: list[Constraint]) -> ReportDate:
    votes: dict[dt.date, list[Expression]] = {}
    for a in anchors:
        for d in _anchor_dates(a):
            votes.setdefault(d, []).append(a)
    if not votes:
        return ReportDate(None, "unknown", 0.0, tuple(a.span for a in anchors), "anchor date does not exist")
    def score(d: dt.date) -> tuple[int, int]:
        return len(votes[d]), -sum(not c.test(d) for c in constraints)
    best = max(score(d) for d in votes)
    kept = sorted(d for d in votes if score(d) == best)
    used = [c for c in constraints if all(c.test(d) for d in kept)]
    evidence = tuple(dict.fromkeys([*(a.span for a in votes[kept[0]]), *(s for c in used for s in c.evidence)]))
    penalty = 0.5 if best[1] < 0 else 1.0
    if len(kept) == 1:
        confidence = (0.95 if any(a.year for a in votes[kept[0]]) else 0.85) * penalty
        return ReportDate(kept[0], "inferred", confidence, evidence, "anchor date, unique under the other clues")
    bounds = [c.bound for c in used if c.bound is not None]
    if bounds:
        return ReportDate(kept[0], "inferred", 0.6 * penalty, evidence,
                          f"anchor date, earliest of {len(kept)} candidates after the latest dated clue")
    years = ", ".join(str(d.year) for d in kept[:6])
    return ReportDate(None, "unknown", 0.0, tuple(a.span for a in anchors), f"anchor date fits several years: {years}")


def _from_relative(constraints: list[Constraint]) -> ReportDate:
    starts = [c.bound for c in constraints if c.bound is not None] or [dt.date(YEARS[0], 1, 1)]
    relative = [c for c in constraints if c.bound is None]
    first = max(starts)
    window = [first + dt.timedelta(days=i) for i in range(EVENT_WINDOW)]
    fits = [d for d in window if all(c.test(d) for c in constraints)]
    if not fits or (fits[-1] - fits[0]).days > 31:
        return ReportDate(None, "unknown", 0.0, (), "dated clues do not narrow the report's date")
    middle = fits[len(fits) // 2]
    confidence = 0.6 if (fits[-1] - fits[0]).days <= 7 else 0.4
    evidence = tuple(s for c in relative for s in c.evidence)
    return ReportDate(middle, "inferred", confidence, evidence,
                      f"dated event and relative expression: between {fits[0]} and {fits[-1]}")


def _bounds(expressions: Sequence[Expression]) -> list[Constraint]:
    """The report is not earlier than the latest explicit past date it mentions."""
    latest: tuple[dt.date, Expression] | None = None
    for e in expressions:
        if e.kind not in _ABSOLUTE_KINDS or e.birth or e.year is None or e.direction == "next":
            continue
        mention = resolve(e, None)
        if mention.earliest and (latest is None or mention.earliest > latest[0]):
            latest = (mention.earliest, e)
    if latest is None:
        return []
    day, e = latest
    return [Constraint(lambda d, day=day: d >= day, (e.span,), bound=day)]


def _event_clues(text: str, sentences: Sequence[Span], expressions: Sequence[Expression]) -> list[Constraint]:
    out: list[Constraint] = []
    for clue in dated_events():
        for sentence in sentences or (Span(0, len(text), text),):
            name = _find(sentence, clue.get("names", []))  # type: ignore[arg-type]
            if name is None or (clue.get("cues") and _find(sentence, clue["cues"]) is None):  # type: ignore[arg-type]
                continue
            if "date" in clue:
                day: dt.date = clue["date"]  # type: ignore[assignment]
                near = [e for e in expressions if sentence.contains(e.span) and e.kind in _RELATIVE_KINDS]
                out.append(Constraint(lambda d, day=day: d >= day, (name,), bound=day))
                for e in near:
                    out.append(Constraint(lambda d, e=e, day=day: _contains(resolve(e, d), day), (name, e.span)))
            else:
                after, before = clue.get("after"), clue.get("before")
                out.append(Constraint(
                    lambda d, a=after, b=before: (a is None or d >= a) and (b is None or d <= b),  # type: ignore[operator]
                    (name,), bound=after))  # type: ignore[arg-type]
            break
    return out


ANNIVERSARY_GAP = 80  # characters between "onze ans après" and the date it counts from


def _anniversaries(expressions: Sequence[Expression]) -> list[Constraint]:
    """"N years after <dated thing>": the report is about N years after that date."""
    out: list[Constraint] = []
    for i, e in enumerate(expressions):
        if e.kind != "mention_shift" or e.unit != "year" or (e.offset or 0) <= 0 or not e.count:
            continue
        since = next((x for x in expressions[i + 1:] if x.year and x.kind in _ABSOLUTE_KINDS
                      and 0 <= x.span.start - e.span.end <= ANNIVERSARY_GAP), None)
        if since is None or since.year is None:
            continue
        target = dt.date(since.year + e.count[0], since.month or 7, 1)
        out.append(Constraint(lambda d, t=target: abs((d - t).days) <= 366, (e.span, since.span),
                              bound=target - dt.timedelta(days=366)))
    return out


def _contains(mention: object, day: dt.date) -> bool:
    earliest, latest = getattr(mention, "earliest", None), getattr(mention, "latest", None)
    return earliest is not None and latest is not None and earliest <= day <= latest


def _find(sentence: Span, phrases: Sequence[str]) -> Span | None:
    for phrase in phrases:
        m = re.search(rf"(?<!\w){phrase_re(phrase)}(?!\w)", sentence.text, re.IGNORECASE)
        if m:
            return Span(sentence.start + m.start(), sentence.start + m.end(), m.group(0))
    return None
