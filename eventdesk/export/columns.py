"""The output contract: ACLED's own column names and order, then ours.

`event_row` turns an Event into the flat row every output and the store share.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from eventdesk.records import Event, Span

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "date_earliest", "date_latest", "radius_km", "modality", "confidence", "article_ids",
    "sources_chain", "evidence", "versions",
)
ALL_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS


def span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def plain(value: Any) -> Any:
    """JSON-ready form of records: dataclasses to dicts with a `span` flattened into
    start/end/text, tuples to lists, dates to ISO strings."""
    if isinstance(value, Span):
        return span_dict(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if f.name == "span" and isinstance(v, Span):
                out.update(span_dict(v) or {})
            else:
                out[f.name] = plain(v)
        return out
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def event_row(event: Event, timestamp: int | None = None) -> dict[str, Any]:
    """One flat, JSON-ready row: ACLED columns then ours (nested values as JSON-able objects)."""
    row: dict[str, Any] = {
        name: getattr(event, name)
        for name in ACLED_COLUMNS
        if name not in {"event_date", "year", "timestamp"}
    }
    row["event_date"] = _iso(event.event_date)
    row["year"] = event.year
    row["timestamp"] = timestamp
    row["date_earliest"] = _iso(event.date_earliest)
    row["date_latest"] = _iso(event.date_latest)
    row["radius_km"] = event.radius_km
    row["modality"] = event.modality
    row["confidence"] = round(event.confidence, 3)
    row["article_ids"] = list(event.article_ids)
    row["sources_chain"] = [
        {"name": s.name, "via": list(s.via), "scale": s.scale, "span": span_dict(s.span)}
        for s in event.sources
    ]
    row["evidence"] = {k: span_dict(v) for k, v in event.evidence.items()}
    row["versions"] = plain(event.versions)
    return {name: row[name] for name in ALL_COLUMNS}


def flat_cell(value: Any) -> str:
    """A CSV cell: empty for None, JSON for nested values, plain text otherwise."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    if isinstance(value, float):
        return f"{value:.5f}".rstrip("0").rstrip(".")
    return str(value)
