"""One reader per format. Each takes a path and settings and yields Articles, or
InputErrors for single records (a JSONL line, a feed entry) it cannot read. A problem with
the whole file is raised as an InputError; `eventdesk.ingest.reader` turns it into an item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from eventdesk.errors import InputError
from eventdesk.ingest.settings import IngestSettings
from eventdesk.records import Article

Reader = Callable[[Path, IngestSettings], Iterator[Article | InputError]]
