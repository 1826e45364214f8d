"""RSS and Atom files: one report per entry, parsed by feedparser.

Each entry gives its title, link, published date (the raw string first, so the day stays
the one the outlet wrote; feedparser's UTC-converted tuple only as a fallback) and its
longest content or summary, HTML stripped to text. The outlet is the feed's title. An entry
with no body but a title is the title (headline-only feeds). feedparser gets a byte stream,
never a string: given a string that looks like a URL or path it would fetch or open it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventdesk.errors import EmptyInput, InputError, MalformedInput
from eventdesk.ingest.article import make_article, parse_published
from eventdesk.ingest.readers.html import strip_html
from eventdesk.ingest.settings import IngestSettings
from eventdesk.ingest.sniff import read_limited, require_text
from eventdesk.records import Article


def read_feed(path: Path, settings: IngestSettings) -> Iterator[Article | InputError]:
    import feedparser  # imported on first use

    origin = str(path)
    data = read_limited(path, settings)
    require_text(data, origin)
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.bozo:
            raise MalformedInput(origin, f"not a readable RSS/Atom feed ({parsed.bozo_exception})")
        raise EmptyInput(origin, "the feed has no entries")
    outlet = parsed.feed.get("title")
    language = parsed.feed.get("language")
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield _entry_article(entry, entry_origin, outlet, language)
        except InputError as exc:
            yield exc


def _entry_article(entry: Any, origin: str, outlet: object, language: object) -> Article:
    title = entry.get("title")
    body = _entry_body(entry) or (title if isinstance(title, str) else "")
    if not body.strip():
        raise EmptyInput(origin, "feed entry with neither text nor title")
    return make_article(
        body,
        origin,
        title=title,
        url=entry.get("link"),
        outlet=outlet,
        published=_entry_date(entry),
        language=language,
    )


def _entry_body(entry: Any) -> str:
    parts = [c for c in entry.get("content") or [] if isinstance(c.get("value"), str)]
    if not parts and isinstance(entry.get("summary"), str):
        parts = [entry.get("summary_detail") or {"type": "text/html", "value": entry["summary"]}]
    if not parts:
        return ""
    best = max(parts, key=lambda part: len(part["value"]))
    if best.get("type") == "text/plain":
        return str(best["value"])
    return strip_html(best["value"])


def _entry_date(entry: Any) -> object:
    # dict.get, not entry.get: feedparser maps a missing "updated" to "published" with a
    # DeprecationWarning; we ask for exactly the key we mean.
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        date = parse_published(dict.get(entry, raw))
        if date is not None:
            return date
        if dict.get(entry, parsed):
            return dict.get(entry, parsed)
    return None
