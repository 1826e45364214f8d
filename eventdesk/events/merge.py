"""Several mentions of one event → one Event that keeps each source's version.

Two events are the same when they have the same sub-event type, the same place and the same
day. Events with no place are merged only within one article. Works on any sequence of
Events, so the lead can reuse it across articles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from eventdesk.events.coding import make_notes, source_column, source_scale
from eventdesk.records import Event

_MODALITY_RANK = {"asserted": 0, "reported": 1, "alleged": 2}
VERSION_FIELDS = ("source", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "fatalities", "modality")


def merge_key(event: Event) -> Hashable:
    """Events that may be one: same sub-event type and same place (dates are checked after)."""
    place: Hashable = (round(event.latitude, 3), round(event.longitude, 3)) \
        if event.latitude is not None and event.longitude is not None else event.location
    if place is None:
        place = ("no place", event.article_ids)
    return event.sub_event_type, place


def same_time(a: Event, b: Event) -> bool:
    """Same day; or, within one article, overlapping date ranges (an event dated only by the
    report's week and the same event dated "jeudi" by another of the article's sources)."""
    if a.event_date == b.event_date:
        return True
    if not set(a.article_ids) & set(b.article_ids):
        return False
    a0, a1 = a.date_earliest or a.event_date, a.date_latest or a.event_date
    b0, b1 = b.date_earliest or b.event_date, b.date_latest or b.event_date
    return None not in (a0, a1, b0, b1) and a0 <= b1 and b0 <= a1  # type: ignore[operator]


def version(event: Event) -> dict[str, Any]:
    """One source's account: who, how many, and how sure, with the article it came from."""
    out: dict[str, Any] = {k: getattr(event, k) for k in VERSION_FIELDS}
    out["article_ids"] = event.article_ids
    out["evidence"] = {k: event.evidence[k] for k in ("actor1", "actor2", "fatalities") if k in event.evidence}
    return out


def _score(event: Event) -> tuple[int, float, int]:
    filled = sum(v is not None for v in (event.actor1, event.actor2, event.location, event.event_date))
    return (-filled, -event.confidence, _MODALITY_RANK.get(event.modality, 3))


def merge_group(events: Sequence[Event]) -> Event:
    if len(events) == 1:
        return events[0]
    ranked = sorted(events, key=_score)
    base = ranked[0]
    fill: dict[str, Any] = {}
    for f in ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
              "civilian_targeting", "admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision",
              "time_precision", "iso", "region", "country"):
        if getattr(base, f) is None:
            donor = next((e for e in ranked if getattr(e, f) is not None), None)
            if donor is not None:
                fill[f] = getattr(donor, f)
    killed = [e.fatalities for e in events if e.fatalities is not None]
    fatalities = min(killed) if killed else None  # ACLED: the most conservative figure; unknown stays None
    sources = tuple(dict.fromkeys(s for e in ranked for s in e.sources))
    article_ids = tuple(dict.fromkeys(a for e in ranked for a in e.article_ids))
    evidence = dict(base.evidence)
    for e in ranked[1:]:
        for k, v in e.evidence.items():
            evidence.setdefault(k, v)
    if killed:
        evidence["fatalities"] = next((e.evidence["fatalities"] for e in events
                                       if e.fatalities == fatalities and "fatalities" in e.evidence),
                                      evidence.get("fatalities"))
    outlet = base.source.split("; ")[0] if base.source and not base.sources else None
    versions: list[dict[str, Any]] = []
    for e in ranked:
        for v in e.versions or (version(e),):
            if not any(all(v[k] == w[k] for k in VERSION_FIELDS) for w in versions):
                versions.append(v)
    merged = dataclasses.replace(
        base, **fill, fatalities=fatalities, sources=sources, article_ids=article_ids,
        evidence=evidence, versions=tuple(versions),
        modality=min((e.modality for e in events), key=lambda m: _MODALITY_RANK.get(m, 3)),
        confidence=max(e.confidence for e in events),
        source=_join_sources(e.source for e in ranked) or source_column(outlet, sources),
        source_scale=source_scale(sources) or base.source_scale,
    )
    return dataclasses.replace(merged, notes=make_notes(
        event_date=merged.event_date.isoformat() if merged.event_date else None,
        sub_event_type=merged.sub_event_type, actor1=merged.actor1, actor2=merged.actor2,
        location=merged.location, admin1=merged.admin1, country=merged.country,
        fatalities=merged.fatalities, outlet=outlet, sources=sources))


def _join_sources(columns: Iterable[str | None]) -> str | None:
    names: list[str] = []
    for col in columns:
        for name in (col or "").split("; "):
            if name and name not in names:
                names.append(name)
    return "; ".join(names) or None


def merge_events(events: Iterable[Event]) -> tuple[Event, ...]:
    """Merge events that are one event (same sub-event type, place and day), keeping order."""
    groups: dict[Hashable, list[list[Event]]] = {}
    for e in events:
        clusters = groups.setdefault(merge_key(e), [])
        home = next((c for c in clusters if all(same_time(e, x) for x in c)), None)
        if home is None:
            clusters.append([e])
        else:
            home.append(e)
    return tuple(merge_group(c) for clusters in groups.values() for c in clusters)
