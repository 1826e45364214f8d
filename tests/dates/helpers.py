"""Build Reports by hand for the date tests (no model)."""

from __future__ import annotations

import datetime as dt
import re

from eventdesk.records import Article, Report, Span


def make_report(text: str, language: str = "fr", published: dt.date | None = None) -> Report:
    sentences = tuple(Span(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text))
    return Report(Article(id="t", text=text, origin="test", published=published),
                  language=language, sentences=sentences)
