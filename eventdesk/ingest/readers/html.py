"""HTML pages: main text by trafilatura, metadata from the page's own markup.

Title, canonical URL (<link rel=canonical> or og:url), outlet (og:site_name) and the
published date come from trafilatura's metadata extraction. The date search is limited to
metadata (meta tags, JSON-LD, <time>, the URL): htmldate's "extensive" search, which reads
dates out of the body text, is off, because a date in the text is a claim to resolve with
its evidence later, not the page's metadata. When trafilatura finds no main text
(a truncated or odd page), the visible text is stripped from the markup instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html

from eventdesk.errors import InputError, MalformedInput
from eventdesk.ingest.article import make_article
from eventdesk.ingest.settings import IngestSettings
from eventdesk.ingest.sniff import decode, read_limited, require_text
from eventdesk.records import Article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# Control characters XML forbids (NUL among them): lxml refuses a page that holds one.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_INVISIBLE = ("script", "style", "noscript", "template", "head", "svg")
_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "aside", "blockquote", "pre", "figure",
    "figcaption", "dd", "dt", "hr", "main", "nav", "address",
})
_PARSE_ERRORS = (ValueError, lxml.etree.LxmlError, RecursionError)


def read_html(path: Path, settings: IngestSettings) -> Iterator[Article | InputError]:
    origin = str(path)
    data = read_limited(path, settings)
    require_text(data, origin)
    match = _META_CHARSET.search(data[:4096])
    markup = decode(data, origin, declared=match.group(1).decode("ascii") if match else None)
    yield html_article(markup, origin)


def html_article(markup: str, origin: str) -> Article:
    """One Article from one HTML page; MalformedInput if the page has no readable text."""
    markup = _CONTROL.sub(" ", markup)
    document = _extract(markup)
    body = getattr(document, "text", None) or ""
    if not body.strip():
        body = strip_html(markup)
        document = _metadata(markup)
    if not any(char.isalnum() for char in body):
        raise MalformedInput(origin, "HTML page with no readable text (only markup or scripts, "
                             "or cut off before its body)")
    lang = _HTML_LANG.search(markup[:4096])
    return make_article(
        body,
        origin,
        title=getattr(document, "title", None),
        url=getattr(document, "url", None),
        outlet=getattr(document, "sitename", None),
        published=getattr(document, "date", None),
        language=lang.group(1) if lang else None,
    )


def strip_html(markup: str) -> str:
    """The visible text of an HTML page or fragment, one line per block element."""
    markup = _XML_DECL.sub("", _CONTROL.sub(" ", markup))
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fromstring(markup)
    except _PARSE_ERRORS:
        return ""
    for element in list(root.iter(*_INVISIBLE)):
        if element is not root:
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _date_params() -> dict[str, Any]:
    return {"original_date": True, "extensive_search": False, "max_date": dt.date.today().isoformat()}


def _extract(markup: str) -> Any:
    import trafilatura  # heavy: imported on first use, not when eventdesk is imported

    try:
        return trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, date_extraction_params=_date_params()
        )
    except _PARSE_ERRORS:
        return None


def _metadata(markup: str) -> Any:
    import trafilatura

    try:
        return trafilatura.extract_metadata(markup, date_config=_date_params())
    except _PARSE_ERRORS:
        return None
