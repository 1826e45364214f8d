"""The Store interface and the backend registry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from importlib import resources
from typing import Any, Protocol

from eventdesk.records import Report
from eventdesk.registry import Registry


class AddOutcome(Enum):
    ADDED = "added"
    DUPLICATE = "duplicate"  # same content hash already stored: nothing changed


@dataclass(frozen=True)
class Summary:
    articles: int
    events: int
    by_type: list[tuple[str, int]] = field(default_factory=list)
    by_place: list[tuple[str, int]] = field(default_factory=list)
    by_date: list[tuple[str, int]] = field(default_factory=list)


class Store(Protocol):
    def has_article(self, article_id: str) -> bool: ...
    def add_report(self, report: Report) -> AddOutcome: ...
    def iter_event_rows(self) -> Iterator[dict[str, Any]]: ...
    def summary(self, top: int = 10) -> Summary: ...
    def schema_version(self) -> int: ...
    def close(self) -> None: ...


STORES: Registry[Store] = Registry("store backend")


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped, in order."""
    out = []
    for entry in resources.files("eventdesk.store.migrations").iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            out.append((version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def open_store(location: str) -> Store:
    """Open a store: 'path.duckdb' or 'duckdb:path' (default backend), or 'NAME:location'."""
    scheme, sep, rest = location.partition(":")
    if sep and scheme in STORES.names():
        return STORES.get(scheme)(rest)
    if sep and "://" in location:  # e.g. postgresql://… before that backend exists
        STORES.get(scheme)  # raises UnknownComponent listing the backends
    return STORES.get("duckdb")(location)


@STORES.register("duckdb")
def _duckdb(location: str) -> Store:
    from eventdesk.store.duckdb_store import DuckDBStore

    return DuckDBStore(location)
