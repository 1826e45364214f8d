"""Plain text files: the whole file is one report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventdesk.errors import InputError
from eventdesk.ingest.article import make_article
from eventdesk.ingest.settings import IngestSettings
from eventdesk.ingest.sniff import decode, read_limited, require_text
from eventdesk.records import Article


def read_text(path: Path, settings: IngestSettings) -> Iterator[Article | InputError]:
    origin = str(path)
    data = read_limited(path, settings)
    require_text(data, origin)
    yield make_article(decode(data, origin), origin)
