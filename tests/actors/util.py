"""Hand-built Reports for the mention stages: no model, sentences cut at '. ' and new lines."""

from __future__ import annotations

import datetime as dt
import re

from eventdesk.records import Article, Entity, Report, Span


def build(text: str, language: str = "fr", entities: tuple[tuple[str, str], ...] = (),
          published: dt.date | None = None) -> Report:
    sentences = tuple(
        Span(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text, re.M)
        if m.group(0).strip()
    )
    ents = []
    for surface, label in entities:
        start = text.index(surface)
        ents.append(Entity(Span(start, start + len(surface), surface), label))
    return Report(article=Article(id="t", text=text, origin="test", published=published),
                  language=language, sentences=sentences, entities=tuple(ents))
