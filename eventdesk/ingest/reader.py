"""Read files and folders into Articles, one bad file never stopping the batch.

The format is chosen by extension, else by sniffing the first bytes. Before any reader
runs, the first bytes are checked for binary content (image, PDF, archive, NUL bytes).
Problems come back as InputError items in the stream, in place, naming the file (and
line or entry) and the reason; the caller decides whether to log, count or stop.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventdesk.errors import BinaryInput, InputError, UnsupportedInput
from eventdesk.ingest.discover import iter_files
from eventdesk.ingest.readers import Reader
from eventdesk.ingest.readers.feed import read_feed
from eventdesk.ingest.readers.html import read_html
from eventdesk.ingest.readers.jsonl import read_jsonl
from eventdesk.ingest.readers.text import read_text
from eventdesk.ingest.settings import IngestSettings
from eventdesk.ingest.sniff import HEAD_BYTES, Kind, binary_reason, check_size, read_head, require_text, sniff_kind
from eventdesk.records import Article

READERS: dict[Kind, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "feed": read_feed,
}
EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}


def read_paths(
    paths: Iterable[str | os.PathLike[str]], settings: IngestSettings | None = None
) -> Iterator[Article | InputError]:
    """Every report in `paths` (files or folders), in order, with errors in place."""
    for path in paths:
        yield from read_path(path, settings)


def read_path(
    path: str | os.PathLike[str], settings: IngestSettings | None = None
) -> Iterator[Article | InputError]:
    """Every report in one file or folder (walked recursively, sorted, hidden skipped)."""
    settings = settings or IngestSettings()
    for item in iter_files(path):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, settings)


def read_file(path: Path, settings: IngestSettings) -> Iterator[Article | InputError]:
    """The reports in one file; never raises an InputError or OSError, yields it."""
    try:
        yield from READERS[kind_of(path, settings)](path, settings)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(str(path), f"cannot read the file: {exc.strerror or exc}")


def kind_of(path: Path, settings: IngestSettings) -> Kind:
    """The reader for `path`: by extension, else by content; raises InputError if none.

    Size is checked before the content is judged (only the first bytes are ever read
    here), so a huge sparse file is TooLarge, not "binary". JSON Lines are exempt: they
    are streamed, and the limit applies to each line.
    """
    origin = str(path)
    head = read_head(path)
    if len(head) < HEAD_BYTES:  # the whole file is in `head`
        require_text(head, origin)
    suffix = path.suffix.lower()
    sniffed = sniff_kind(head)
    kind = EXTENSIONS.get(suffix) or sniffed or ("text" if not suffix else None)
    if suffix == ".xml" and sniffed == "html":  # an XHTML page saved as .xml
        kind = "html"
    if kind != "jsonl":
        check_size(path, settings)
    reason = binary_reason(head, check_nul=kind != "jsonl")
    if reason is not None:
        raise BinaryInput(origin, f"not a text report: this is {reason}")
    if kind is None:
        raise UnsupportedInput(
            origin,
            f"unknown file type {suffix!r}, and the content does not look like HTML, an RSS/Atom "
            "feed or JSON Lines; rename it .txt, .html, .jsonl or .xml if it is one of these",
        )
    return kind
