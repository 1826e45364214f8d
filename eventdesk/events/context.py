"""What the events stage asks other stages' modules, as injectable callables with defaults.

The defaults call the owning stage's function when that module is installed
(eventdesk.dates, eventdesk.sources, eventdesk.places.countries) and otherwise fall back to
reading the Report's own mentions, so the events stage runs and is testable on its own.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventdesk.records import Report, SourceMention, Span, TimeMention

EventTime = Callable[[Report, Span, Span], "TimeMention | None"]
FallbackTime = Callable[[Report], "TimeMention | None"]
SourcesFor = Callable[[Report, Span], "tuple[SourceMention, ...]"]


@dataclass(frozen=True)
class CountryInfo:
    name: str | None
    iso2: str | None
    iso3: str | None
    numeric: int | None
    region: str | None


CountryLookup = Callable[[str], "CountryInfo | None"]


@functools.cache  # looked up once per process, not once per event
def _helper(modules: tuple[str, ...], name: str) -> Callable[..., Any] | None:
    """The first `name` found in `modules`, or None when no such module is installed."""
    for module in modules:
        try:
            fn = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if fn is not None:
            return fn
    return None


def default_event_time(report: Report, sentence: Span, trigger: Span) -> TimeMention | None:
    fn = _helper(("eventdesk.dates",), "event_time")
    if fn is not None:
        return fn(report, sentence, trigger)
    inside = [t for t in report.times if sentence.contains(t.span) and t.earliest is not None]
    return min(inside, key=lambda t: abs(t.span.start - trigger.start)) if inside else None


def default_fallback_time(report: Report) -> TimeMention | None:
    fn = _helper(("eventdesk.dates",), "fallback_time")
    if fn is not None:
        return fn(report)
    rd = report.report_date
    if rd is None or rd.date is None:
        return None
    span = rd.evidence[0] if rd.evidence else Span(0, 0, "")
    return TimeMention(span, rd.date, rd.date, 1, rule=f"report date ({rd.source})", anchor="report")


def default_sources_for(report: Report, sentence: Span) -> tuple[SourceMention, ...]:
    fn = _helper(("eventdesk.sources", "eventdesk.sources.stage"), "sources_for")
    if fn is not None:
        return tuple(fn(report, sentence))
    return tuple(s for s in report.sources if sentence.overlaps(s.span))


def default_country_info(code_or_name: str) -> CountryInfo | None:
    fn = _helper(("eventdesk.places.countries",), "country_info")
    if fn is not None:
        info = fn(code_or_name)
        if info is None:
            return None
        get = (lambda k: info.get(k)) if isinstance(info, dict) else (lambda k: getattr(info, k, None))
        numeric = get("iso_numeric") if get("iso_numeric") is not None else get("numeric")
        return CountryInfo(get("name"), get("iso2"), get("iso3"),
                           int(numeric) if numeric is not None else None, get("region"))
    import pycountry  # fallback without ACLED regions

    try:
        c = pycountry.countries.lookup(code_or_name)
    except LookupError:
        return None
    return CountryInfo(c.name, c.alpha_2, c.alpha_3, int(c.numeric), None)
