"""Read an ACLED-form CSV (gold or exported) into EvalEvent records, with clear errors."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventdesk.errors import GoldFileError

REQUIRED = ("event_date", "event_type", "sub_event_type", "latitude", "longitude")


@dataclass(frozen=True)
class EvalEvent:
    """The fields evaluation compares; None where the file leaves a cell empty."""

    key: str
    event_date: dt.date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    latitude: float | None
    longitude: float | None
    location: str | None


def _opt(value: object) -> str | None:
    """A cell as text, None when empty (store rows carry ints and floats: they become text)."""
    text = "" if value is None else str(value).strip()
    return text or None


def _num(value: str | None, kind: type, path: str, line: int, column: str) -> Any:
    text = _opt(value)
    if text is None:
        return None
    try:
        return kind(float(text)) if kind is int else kind(text)
    except ValueError:
        raise GoldFileError(f"{path}:{line}: column {column!r} has {text!r}, not a number") from None


def from_row(row: dict[str, Any], key: str, path: str = "<row>", line: int = 0) -> EvalEvent:
    date_text = _opt(row.get("event_date"))
    try:
        date = dt.date.fromisoformat(date_text) if date_text else None
    except ValueError:
        raise GoldFileError(f"{path}:{line}: event_date {date_text!r} is not YYYY-MM-DD") from None
    if not _opt(row.get("event_type")):
        raise GoldFileError(f"{path}:{line}: event_type is empty")
    return EvalEvent(
        key=key,
        event_date=date,
        time_precision=_num(row.get("time_precision"), int, path, line, "time_precision"),
        event_type=row["event_type"].strip(),
        sub_event_type=(row.get("sub_event_type") or "").strip(),
        actor1=_opt(row.get("actor1")),
        actor2=_opt(row.get("actor2")),
        fatalities=_num(row.get("fatalities"), int, path, line, "fatalities"),
        latitude=_num(row.get("latitude"), float, path, line, "latitude"),
        longitude=_num(row.get("longitude"), float, path, line, "longitude"),
        location=_opt(row.get("location")),
    )


def load_events_csv(path: str | Path) -> list[EvalEvent]:
    p = str(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise GoldFileError(
                    f"{p}: not an ACLED-form CSV: missing column(s) {', '.join(missing)} "
                    f"(export one with `eventdesk export --format acled`)"
                )
            return [
                from_row(row, row.get("event_id_cnty") or f"row{i}", p, i)
                for i, row in enumerate(reader, start=2)
            ]
    except FileNotFoundError:
        raise GoldFileError(f"{p}: no such file") from None
    except UnicodeDecodeError as exc:
        raise GoldFileError(f"{p}: not UTF-8 text ({exc.reason})") from None
