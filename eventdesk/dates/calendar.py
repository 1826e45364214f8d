"""Calendar arithmetic on plain dates: parts of months and years, seasons, weeks, weekdays."""

from __future__ import annotations

import calendar
import datetime as dt

Interval = tuple[dt.date, dt.date]

# (first day, last day) of early / mid / late in a month, and month ranges in a year
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
# astronomical seasons of the northern hemisphere: (month, day) start and end
_SEASONS = {"spring": ((3, 20), (6, 20)), "summer": ((6, 21), (9, 22)),
            "autumn": ((9, 23), (12, 20)), "winter": ((12, 21), (3, 19))}


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 September, 29 February 2019)."""
    if not 1 <= month <= 12 or not 1 <= day <= last_day(year, month):
        return None
    return dt.date(year, month, day)


def month_interval(year: int, month: int, part: str | None = None) -> Interval:
    first, last = _MONTH_PARTS.get(part or "", (1, 31))
    return dt.date(year, month, first), dt.date(year, month, min(last, last_day(year, month)))


def year_interval(year: int, part: str | None = None) -> Interval:
    first, last = _YEAR_PARTS.get(part or "", (1, 12))
    return dt.date(year, first, 1), dt.date(year, last, last_day(year, last))


def season_interval(year: int, season: str) -> Interval:
    (m1, d1), (m2, d2) = _SEASONS[season]
    end_year = year + 1 if season == "winter" else year
    return dt.date(year, m1, d1), dt.date(end_year, m2, d2)


def shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def week_interval(day: dt.date, weeks: int = 0) -> Interval:
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=weeks)
    return monday, monday + dt.timedelta(days=6)


def weekday_on_or_before(ref: dt.date, weekday: int, strictly: bool = False) -> dt.date:
    back = (ref.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def weekday_after(ref: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - ref.weekday()) % 7 or 7
    return ref + dt.timedelta(days=ahead)


def precision(earliest: dt.date, latest: dt.date) -> int:
    """ACLED time_precision from the interval's width: 1 day, 2 up to a week, 3 wider."""
    width = (latest - earliest).days
    return 1 if width == 0 else 2 if width <= 7 else 3
