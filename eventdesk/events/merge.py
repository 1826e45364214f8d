"""Several mentions of one event → one Event that keeps each source's version.

Within one report (sentences retelling one strike), two events are one when their sub-event
types are the same or compatible (data/merge.yaml), their places are the same (one inside the
other's radius), their date intervals overlap and their actors do not conflict (the same,
missing, unidentified, or kept as text). Across reports, only the same sub-event type, the
same point and the same day merge. Works on any sequence of Events.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from eventdesk.events.coding import make_notes, source_column, source_scale
from eventdesk.langdata import load_yaml
from eventdesk.records import Event

_MODALITY_RANK = {"asserted": 0, "reported": 1, "alleged": 2}
_PLACE_FIELDS = ("location", "latitude", "longitude", "admin1", "admin2", "admin3", "geo_precision", "radius_km",
                 "country", "iso", "region")
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


def _score(event: Event) -> tuple[int, int, float, int]:
    """The fullest version leads ("Boko Haram killed 15 farmers" over "the victims were
    attacked"), then the type a group prefers."""
    filled = sum(v is not None for v in (event.actor1, event.actor2, event.location, event.event_date))
    return (-filled, -_type_rank(event), -event.confidence, _MODALITY_RANK.get(event.modality, 3))


@functools.cache
def _data() -> dict[str, Any]:
    return load_yaml("eventdesk.events", "data/merge.yaml")


def _type_rank(event: Event) -> int:
    """Higher for the sub-event type a merged event keeps first (data/merge.yaml)."""
    order = _data()["sub_event_priority"]
    return len(order) - order.index(event.sub_event_type) if event.sub_event_type in order else 0


def compatible_types(a: Event, b: Event) -> bool:
    return a.sub_event_type == b.sub_event_type or any(
        a.sub_event_type in g and b.sub_event_type in g for g in _data()["compatible_sub_events"])


def _radius(event: Event) -> float:
    if event.radius_km is not None:
        return event.radius_km
    return float(_data()["default_radius_km"].get(event.geo_precision or 1, 10))


def _km(a: Event, b: Event) -> float:
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)  # type: ignore[arg-type]
    dl = math.radians(b.longitude - a.longitude)  # type: ignore[operator]
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def same_place(a: Event, b: Event) -> bool:
    """The same named place; or the finer place inside the coarser one's radius ("l'est de la
    Syrie" / "Abou Kamal"); or, at one precision, two points closer than the smaller radius."""
    if a.location is not None and a.location == b.location:
        return True
    if a.country is not None and b.country is not None and a.country != b.country:
        return False  # "en Irak" never holds Abou Kamal, however near the border
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return a.location is None and b.location is None
    ra, rb = _radius(a), _radius(b)
    return _km(a, b) <= (max(ra, rb) if ra != rb else ra)


def _generic(actor: str | None, inter: int | None) -> bool:
    return actor is None or inter is None or actor.startswith(tuple(_data()["generic_actor_prefixes"]))


def compatible_actors(a: Event, b: Event) -> bool:
    """No role holds two different named actors."""
    return all(x == y or _generic(x, ix) or _generic(y, iy) for x, ix, y, iy in (
        (a.actor1, a.inter1, b.actor1, b.inter1), (a.actor2, a.inter2, b.actor2, b.inter2)))


def same_event(a: Event, b: Event) -> bool:
    if set(a.article_ids) & set(b.article_ids):
        return compatible_types(a, b) and same_place(a, b) and same_time(a, b) and compatible_actors(a, b)
    return merge_key(a) == merge_key(b) and a.event_date == b.event_date


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
    placed = [e for e in ranked if e.latitude is not None and e.longitude is not None]
    finest = min(placed, key=_radius, default=None)
    if finest is not None and finest is not base and (base.latitude is None or _radius(finest) < _radius(base)):
        fill.update({f: getattr(finest, f) for f in _PLACE_FIELDS})  # "l'est de la Syrie" yields to "Abou Kamal"
    killed = [e.fatalities for e in events if e.fatalities is not None]
    fatalities = min(killed) if killed else None  # ACLED: the most conservative figure; unknown stays None
    sources = tuple(dict.fromkeys(s for e in ranked for s in e.sources))
    article_ids = tuple(dict.fromkeys(a for e in ranked for a in e.article_ids))
    evidence = dict(base.evidence)
    if "location" in fill and finest is not None:
        evidence.update({k: v for k, v in finest.evidence.items() if k in _PLACE_FIELDS})
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
    """Merge events that are one event (see the module docstring), keeping order."""
    clusters: list[list[Event]] = []
    near: dict[Hashable, list[int]] = {}  # article id or merge key -> clusters that may take an event
    for e in events:
        keys = [("article", a) for a in e.article_ids] + [("key", merge_key(e))]
        candidates = sorted({i for k in keys for i in near.get(k, [])})
        home = next((i for i in candidates if all(same_event(e, x) for x in clusters[i])), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
        clusters[home].append(e)
        for k in keys:
            if home not in near.setdefault(k, []):
                near[k].append(home)
    return tuple(merge_group(c) for c in clusters)
