"""Build an Article from text and loose metadata: normalise, hash, parse dates.

Normalisation (so that re-ingesting the same report gives the same id):
NFC; CR LF and lone CR become LF; form feed, vertical tab, NEL, LS, PS become LF; other
control characters and stray byte-order marks are dropped; trailing white space is stripped
from every line, and blank lines at both ends of the text are removed.
`Article.id` is the first 16 hex digits of the SHA-256 of the normalised text (UTF-8).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import logging
import re
import time
import unicodedata

from eventdesk.errors import EmptyInput
from eventdesk.records import Article

log = logging.getLogger(__name__)

_LINE_BREAKS = re.compile("\r\n|[\r\f\v\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_SPACES = re.compile(r"\s+")
_LANG_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")
_EARLIEST_YEAR = 1800  # a "published" date before this is a parsing accident, not metadata


def normalize_text(text: str) -> str:
    """The canonical form of a report's text (see the module docstring)."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_id(normalized_text: str) -> str:
    """First 16 hex digits of the SHA-256 of the (already normalised) text."""
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:16]


def clean_field(value: object) -> str | None:
    """A one-line metadata string (title, outlet, url), or None if absent or not a string."""
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return value or None


def normalize_language(value: object) -> str | None:
    """'fr-FR', 'FR', 'fr_CA' -> 'fr'; anything that is not a language tag -> None."""
    if not isinstance(value, str):
        return None
    match = _LANG_TAG.fullmatch(value.strip())
    return match.group(1).lower() if match else None


def parse_published(value: object) -> dt.date | None:
    """A calendar date from metadata, or None when it is missing or does not parse.

    Accepts date/datetime objects, time.struct_time (feedparser), ISO 8601 strings
    ('2019-09-30', '2019-09-30T08:15:00+02:00', '20190930') and RFC 822 strings
    ('Mon, 30 Sep 2019 08:15:00 +0200'). A datetime keeps the day as written in its own
    time zone (the day the outlet printed), never shifted to UTC.
    """
    date = _to_date(value)
    if date is None:
        if value not in (None, ""):
            log.info("ignoring unparseable published date %r", value)
        return None
    if not _EARLIEST_YEAR <= date.year <= dt.date.today().year + 1:
        log.info("ignoring implausible published date %r", value)
        return None
    return date


def _to_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError:
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parsed = parse(text)
        except ValueError:
            continue
        return parsed.date() if isinstance(parsed, dt.datetime) else parsed
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def make_article(
    text: str,
    origin: str,
    *,
    title: object = None,
    url: object = None,
    outlet: object = None,
    published: object = None,
    language: object = None,
) -> Article:
    """Normalise `text` and metadata into an Article; EmptyInput if no text is left."""
    normalized = normalize_text(text)
    if not normalized.strip():
        raise EmptyInput(origin, "no text: the report is empty or only white space")
    return Article(
        id=content_id(normalized),
        text=normalized,
        origin=origin,
        title=clean_field(title),
        url=clean_field(url),
        outlet=clean_field(outlet),
        published=parse_published(published),
        language=normalize_language(language),
    )


def article_from_text(
    text: str,
    origin: str = "<text>",
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | str | None = None,
    language: str | None = None,
) -> Article:
    """An Article from text already in memory (stdin, an API call): same rules as files.

    Raises EmptyInput when no text is left after normalisation.
    """
    return make_article(text, origin, title=title, url=url, outlet=outlet, published=published, language=language)
