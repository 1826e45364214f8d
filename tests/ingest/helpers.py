"""Read helpers shared by the ingest tests."""

from __future__ import annotations

from pathlib import Path

from eventdesk.errors import InputError
from eventdesk.ingest import IngestSettings, read_path
from eventdesk.records import Article


def read_all(path: Path, settings: IngestSettings | None = None) -> list[Article | InputError]:
    items = list(read_path(path, settings))
    assert all(isinstance(i, (Article, InputError)) for i in items)
    return items


def only_article(path: Path, settings: IngestSettings | None = None) -> Article:
    items = read_all(path, settings)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_error(path: Path, settings: IngestSettings | None = None) -> InputError:
    items = read_all(path, settings)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]
