"""JSON Lines: one report per line, streamed (never the whole file in memory).

Each line is an object with `text` (required, a string) and optional `title`, `url`,
`outlet`, `published` (ISO date), `language`; other keys (`id`…) are ignored. A bad line
yields its own InputError, origin "path:line", and the next lines are still read. The
size limit applies to each line. JSON Lines is UTF-8 by definition; a file starting with a
UTF-16/32 byte-order mark is refused as a whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from eventdesk.errors import EmptyInput, EncodingProblem, InputError, MalformedInput, TooLarge
from eventdesk.ingest.article import make_article
from eventdesk.ingest.settings import IngestSettings
from eventdesk.ingest.sniff import bom_encoding, decode
from eventdesk.records import Article

_CHUNK = 1 << 20


def read_jsonl(path: Path, settings: IngestSettings) -> Iterator[Article | InputError]:
    origin = str(path)
    limit = settings.max_bytes
    seen_content = False
    with path.open("rb") as handle:
        line_number = 0
        while raw := handle.readline(limit + 1):
            line_number += 1
            line_origin = f"{origin}:{line_number}"
            if line_number == 1:
                if bom_encoding(raw) in ("utf-16", "utf-32"):
                    raise EncodingProblem(origin, "JSON Lines must be UTF-8, this file is UTF-16/32; "
                                          "re-save it as UTF-8")
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if len(raw) > limit and not raw.endswith(b"\n"):
                _skip_line(handle)
                seen_content = True
                yield TooLarge(line_origin, f"this line is over the {limit / 1e6:.1f} MB limit "
                               "for one record; raise max_bytes in the ingest settings")
                continue
            if not raw.strip():
                continue
            seen_content = True
            try:
                yield _record(raw.strip(), line_origin)
            except InputError as exc:
                yield exc
    if not seen_content:
        raise EmptyInput(origin, "empty file (no JSON lines)")


def _skip_line(handle: BinaryIO) -> None:
    while chunk := handle.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


def _record(line: bytes, origin: str) -> Article:
    try:
        record = json.loads(decode(line, origin))
    except json.JSONDecodeError as exc:
        raise MalformedInput(origin, f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise MalformedInput(origin, "not valid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise MalformedInput(origin, f'expected a JSON object with a "text" field, got {type(record).__name__}')
    text = record.get("text")
    if text is None:
        raise MalformedInput(origin, 'no "text" field (each line needs the report text in "text")')
    if not isinstance(text, str):
        raise MalformedInput(origin, f'"text" must be a string, got {type(text).__name__}')
    return make_article(
        text,
        origin,
        title=record.get("title"),
        url=record.get("url"),
        outlet=record.get("outlet"),
        published=record.get("published"),
        language=record.get("language"),
    )
