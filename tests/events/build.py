"""Hand-built Reports for the events tests: the mention stages' output written by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from eventdesk.records import (ActorMention, Article, Entity, NumberMention, Place, PlaceMention, Report,
                               ReportDate, SourceMention, Span, TimeMention)


def find(text: str, surface: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Span(start, start + len(surface), surface)


def _nth(items: Sequence[tuple], i: int) -> int:
    """How many earlier items have the same surface: repeated surfaces are successive occurrences."""
    return sum(1 for x in items[:i] if x[0] == items[i][0])


def place(name: str, cc: str, country: str, lat: float, lon: float, admin1: str | None = None,
          kind: str = "populated_place") -> Place:
    return Place(name=name, kind=kind, latitude=lat, longitude=lon, country=country, country_code=cc,
                 admin1=admin1)  # type: ignore[arg-type]


def report(nlp: Any, text: str, language: str, *, actors: Sequence[tuple] = (), places: Sequence[tuple] = (),
           numbers: Sequence[tuple] = (), sources: Sequence[tuple] = (), times: Sequence[tuple] = (),
           published: dt.date | None = None, outlet: str | None = None, article_id: str = "a1") -> Report:
    """actors: (surface, name, inter[, kind]); places: (surface, Place); numbers: (surface, value, kind);
    sources: (surface, name, via, scale); times: (surface, date, precision)."""
    doc = nlp(text)
    return Report(
        article=Article(id=article_id, text=text, origin="test", outlet=outlet, published=published),
        language=language, doc=doc,
        sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents),
        entities=tuple(Entity(Span(e.start_char, e.end_char, e.text), e.label_) for e in doc.ents),
        report_date=ReportDate(published, "metadata", 1.0) if published else ReportDate(None, "unknown", 0.0),
        actors=tuple(ActorMention(find(text, a[0], _nth(actors, i)), a[1], a[2], kind=a[3] if len(a) > 3 else None)
                     for i, a in enumerate(actors)),
        places=tuple(PlaceMention(find(text, p[0], _nth(places, i)), p[1], geo_precision=1)
                     for i, p in enumerate(places)),
        numbers=tuple(NumberMention(find(text, n[0]), n[1], kind=n[2]) for n in numbers),
        sources=tuple(SourceMention(find(text, s[0]), s[1], tuple(s[2]), s[3]) for s in sources),
        times=tuple(TimeMention(find(text, t[0]), t[1], t[1], t[2], anchor="absolute") for t in times),
    )


def events_with(stage: Any, nlp: Any, text: str, language: str, places: Sequence[tuple],
                actors: Sequence[tuple[str, tuple]], published: dt.date, numbers: Sequence[tuple] = ()) -> tuple:
    """The events `stage` codes; actors given as (surface, (name, inter, kind)) pairs."""
    return stage(report(nlp, text, language, places=places, published=published, numbers=numbers,
                        actors=[(surface, *entry) for surface, entry in actors])).events
