"""Resolve an Expression to an interval of days against the report date or an earlier mention.

`resolve(expr, report_date, previous)` returns a TimeMention. Year-less dates take the year
that puts them closest before the report (a month of look-ahead is allowed for plans);
weekdays are the most recent such day on or before the report; counted and vague stretches
end at the report date. Anything that needs a date we do not have stays unresolved (None).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from eventdesk.dates import calendar as cal
from eventdesk.dates.extract import Expression
from eventdesk.records import TimeMention

Day = dt.timedelta(days=1)
LOOKAHEAD = dt.timedelta(days=31)  # a year-less date up to a month after the report is future
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
Result = tuple[cal.Interval | None, str, str]  # interval, rule, anchor


def resolve(expr: Expression, report_date: dt.date | None, previous: TimeMention | None = None) -> TimeMention:
    interval, rule, anchor = _RESOLVERS[expr.kind](expr, report_date, previous)
    if interval is not None and expr.since:
        interval = (interval[0], report_date) if report_date and report_date >= interval[0] else (interval[0], None)
        rule = f"since {rule}"
    if expr.birth:
        rule = f"date of birth: {rule}"
    if interval is None:
        return TimeMention(expr.span, None, None, None, rule, "none")
    earliest, latest = interval
    prec = cal.precision(earliest, latest) if latest is not None else 3
    return TimeMention(expr.span, earliest, latest, prec, rule, anchor)  # type: ignore[arg-type]


def year_for(month: int, day: int, ref: dt.date, weekday: int | None = None, future: bool = False) -> int:
    """The year of a year-less day-month, read from the report date."""
    if future and weekday is None:
        return ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1
    if weekday is not None:
        fits = [y for y in (ref.year, ref.year - 1, ref.year + 1)
                if (d := cal.safe_date(y, month, day)) and d.weekday() == weekday]
        if fits:
            return min(fits, key=lambda y: abs((dt.date(y, month, min(day, 28)) - ref).days))
    candidate = cal.safe_date(ref.year, month, min(day, 28)) or dt.date(ref.year, month, 1)
    return ref.year - 1 if candidate > ref + LOOKAHEAD else ref.year


def _date(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    assert e.month is not None and e.day is not None
    if e.year is not None:
        day = cal.safe_date(e.year, e.month, e.day)
        return ((day, day) if day else None), "day month year", "absolute"
    if ref is None:
        return None, "day month, no report date for the year", "none"
    day = cal.safe_date(year_for(e.month, e.day, ref, e.weekday, e.future), e.month, e.day)
    return ((day, day) if day else None), "day month, year from report date", "report"


def _range(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    assert e.month and e.end_month and e.day and e.end_day
    year = e.end_year or (year_for(e.end_month, e.end_day, ref) if ref else None)
    if year is None:
        return None, "day range, no report date for the year", "none"
    end = cal.safe_date(year, e.end_month, e.end_day)
    start = cal.safe_date(year if e.month <= e.end_month else year - 1, e.month, e.day)
    if not start or not end or start > end:
        return None, "day range that is not a range", "none"
    return (start, end), "day range", "absolute" if e.end_year else "report"


def _month(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    if e.month is None:
        return _year(e, ref, _)
    if e.year is not None:
        return cal.month_interval(e.year, e.month, e.part), _named("month year", e.part), "absolute"
    if ref is None:
        return None, "month, no report date for the year", "none"
    if e.direction == "last":
        year = ref.year if e.month < ref.month else ref.year - 1
    elif e.future:
        year = ref.year if e.month >= ref.month else ref.year + 1
    else:
        year = ref.year if dt.date(ref.year, e.month, 1) <= ref + LOOKAHEAD else ref.year - 1
    return cal.month_interval(year, e.month, e.part), _named("month, year from report date", e.part), "report"


def _year(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    assert e.year is not None
    return cal.year_interval(e.year, e.part), _named("year", e.part), "absolute"


def _season(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    assert e.part is not None
    if e.year is not None:
        return cal.season_interval(e.year, e.part), "season year", "absolute"
    if ref is None:
        return None, "season, no report date for the year", "none"
    for year in (ref.year + 1, ref.year, ref.year - 1, ref.year - 2):
        start, end = cal.season_interval(year, e.part)
        if (e.direction == "last" and end < ref) or (e.direction == "next" and start > ref) or (
            e.direction is None and start <= ref):
            return (start, end), "season, year from report date", "report"
    return None, "season", "none"


def _weekday(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    assert e.weekday is not None
    if ref is None:
        return None, "weekday, no report date", "none"
    if e.direction == "next" or (e.future and e.direction is None):
        day = cal.weekday_after(ref, e.weekday)
    else:
        day = cal.weekday_on_or_before(ref, e.weekday, strictly=e.direction == "last")
    return (day, day), "weekday before report date", "report"


def _weekday_range(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    assert e.weekday is not None and e.end_weekday is not None
    if ref is None:
        return None, "weekday range, no report date", "none"
    start = cal.weekday_on_or_before(ref, e.weekday)
    return (start, start + Day * ((e.end_weekday - e.weekday) % 7)), "night or weekday range", "report"


def _relative_day(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    if ref is None:
        return None, "relative day, no report date", "none"
    day = ref + Day * (e.offset or 0)
    return (day, day), "day relative to report date", "report"


def _relative_period(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    if ref is None:
        return None, f"relative {e.unit}, no report date", "none"
    offset = e.offset or 0
    if e.unit == "weekend":
        monday = cal.week_interval(ref, offset)[0]
        return (monday + Day * 5, monday + Day * 6), "weekend relative to report date", "report"
    if e.unit == "week":
        start, end = cal.week_interval(ref, offset)
    elif e.unit == "month":
        start, end = cal.month_interval(*cal.shift_months(ref, offset))
    else:
        start, end = cal.year_interval(ref.year + offset)
    if e.to_report:
        return (start, min(end, ref)), f"calendar {e.unit} up to the report date", "report"
    return (start, end), f"calendar {e.unit} relative to report date", "report"


def _recent(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    if ref is None:
        return None, "recent stretch, no report date", "none"
    assert e.count is not None and e.unit is not None
    if e.unit == "hour":
        return (ref - Day * max(1, -(-e.count[1] // 24)), ref), "hours before report date", "report"
    return (ref - Day * (e.count[1] * _UNIT_DAYS[e.unit]), ref), "stretch ending at report date", "report"


def _ago(e: Expression, ref: dt.date | None, _: TimeMention | None) -> Result:
    if ref is None:
        return None, "ago, no report date", "none"
    assert e.count is not None and e.unit is not None
    low, high = e.count
    if e.unit == "hour":
        return (ref - Day * max(1, -(-high // 24)), ref), "hours ago", "report"
    if e.unit == "year" and low == high:
        return cal.month_interval(ref.year - low, ref.month), "years ago: the same month", "report"
    if e.unit == "year":
        return (cal.year_interval(ref.year - high)[0], cal.year_interval(ref.year - low)[1]), "years ago", "report"
    size = _UNIT_DAYS[e.unit]
    slack = 0 if e.unit == "day" else 3 if e.unit == "week" else 15
    return (ref - Day * (high * size + slack), ref - Day * (low * size - slack)), f"{e.unit}s ago", "report"


def _mention(e: Expression, ref: dt.date | None, previous: TimeMention | None) -> Result:
    if previous is None or previous.earliest is None or previous.latest is None:
        return None, "relative to an earlier date, none resolved", "none"
    if e.kind == "mention_day":
        low = high = e.offset or 0
    else:
        assert e.count is not None and e.unit is not None
        sign = e.offset or 1
        if e.unit == "hour" and e.count[0] == e.count[1] and e.count[0] % 24 == 0:
            low = high = sign * e.count[0] // 24  # "48 heures plus tard": two days later
        elif e.unit == "hour":
            low, high = sorted((0, sign * -(-e.count[1] // 24)))
        else:
            low, high = sorted((sign * e.count[0] * _UNIT_DAYS[e.unit], sign * e.count[1] * _UNIT_DAYS[e.unit]))
    return (previous.earliest + Day * low, previous.latest + Day * high), "relative to the date before", "mention"


def _named(rule: str, part: str | None) -> str:
    return f"{part} part of {rule}" if part else rule


_RESOLVERS: dict[str, Callable[[Expression, dt.date | None, TimeMention | None], Result]] = {
    "date": _date, "numeric": _date, "range": _range, "month": _month, "year": _year,
    "season": _season, "weekday": _weekday, "weekday_range": _weekday_range,
    "relative_day": _relative_day, "relative_period": _relative_period, "recent": _recent,
    "recent_counted": _recent, "ago": _ago, "mention_day": _mention, "mention_shift": _mention,
}
