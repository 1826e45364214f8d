"""Library functions behind the CLI: ingest into a store, analyse one report, export, demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from eventdesk.errors import EmptyInput, InputError
from eventdesk.export.writers import FORMATS
from eventdesk.pipeline import Pipeline
from eventdesk.records import Article, Report
from eventdesk.store import AddOutcome, Store

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class IngestResult:
    added: int = 0
    duplicates: int = 0
    events: int = 0
    errors: list[InputError] = field(default_factory=list)


def read_articles(paths: Sequence[str | Path]) -> tuple[list[Article], list[InputError]]:
    from eventdesk.ingest import read_paths

    articles: list[Article] = []
    errors: list[InputError] = []
    for item in read_paths([Path(p) for p in paths]):
        (errors if isinstance(item, InputError) else articles).append(item)  # type: ignore[arg-type]
    return articles, errors


def ingest_articles(
    articles: Iterable[Article],
    store: Store,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    batch_size: int = 16,
) -> IngestResult:
    """Analyse and store articles not stored yet; one transaction per report."""
    result = IngestResult()
    fresh: list[Article] = []
    seen: set[str] = set()
    for a in articles:
        if a.id in seen or store.has_article(a.id):
            result.duplicates += 1
        else:
            seen.add(a.id)
            fresh.append(a)
    total = len(fresh)
    if progress:
        progress(0, total)
    if not fresh:
        return result
    pipeline = pipeline or Pipeline()
    for done, report in enumerate(pipeline.pipe(fresh, batch_size=batch_size), start=1):
        if store.add_report(report) is AddOutcome.ADDED:
            result.added += 1
            result.events += len(report.events)
        else:
            result.duplicates += 1
        if progress:
            progress(done, total)
    return result


def analyze_text(
    text: str, origin: str = "<stdin>", published: dt.date | None = None, language: str | None = None,
    pipeline: Pipeline | None = None,
) -> Report:
    from eventdesk.ingest import article_from_text

    article = article_from_text(text, origin=origin)
    article = replace(article, published=published or article.published, language=language or article.language)
    return (pipeline or Pipeline()).analyze(article)


def analyze_file(
    path: Path, published: dt.date | None = None, language: str | None = None, pipeline: Pipeline | None = None,
) -> Report:
    """Analyse the first report in a file (a JSONL or feed holds several: the first is taken)."""
    from eventdesk.ingest import read_path

    for item in read_path(path):
        if isinstance(item, InputError):
            raise item
        article = replace(item, published=published or item.published, language=language or item.language)
        return (pipeline or Pipeline()).analyze(article)
    raise EmptyInput(str(path), "no report in this file")


def export(store: Store, fmt: str, out: TextIO) -> int:
    return FORMATS.get(fmt)()(store.iter_event_rows(), out)
