"""The NLP stage: sentences, named entities and the parsed Doc, batched per language."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from eventdesk.nlp.models import SPACY_MODELS, load_model
from eventdesk.records import Entity, Report, Span
from eventdesk.stage import Stage


def _sentence(s: object) -> Span:
    text = s.text.rstrip()  # type: ignore[attr-defined]
    return Span(s.start_char, s.start_char + len(text), text)  # type: ignore[attr-defined]


def _annotate(report: Report, doc: object) -> Report:
    sentences = tuple(_sentence(s) for s in doc.sents if s.text.strip())  # type: ignore[attr-defined]
    entities = tuple(
        Entity(Span(e.start_char, e.end_char, e.text), e.label_) for e in doc.ents  # type: ignore[attr-defined]
    )
    return replace(report, doc=doc, sentences=sentences, entities=entities)


class NlpStage(Stage):
    """Runs the language's spaCy pipeline. Reports in a language we cannot parse pass through
    with no sentences, and so produce no mentions and no events (never a guess)."""

    name = "nlp"
    requires = ("language",)
    assigns = ("doc", "sentences", "entities")

    def __call__(self, report: Report) -> Report:
        if report.language not in SPACY_MODELS:
            return report
        return _annotate(report, load_model(report.language)(report.article.text))

    def pipe(self, reports: Iterable[Report], batch_size: int = 32) -> Iterator[Report]:
        it = iter(reports)
        while batch := list(islice(it, batch_size)):
            by_language: dict[str, list[int]] = {}
            for i, r in enumerate(batch):
                if r.language in SPACY_MODELS:
                    by_language.setdefault(r.language, []).append(i)  # type: ignore[arg-type]
            out = list(batch)
            for language, indexes in by_language.items():
                texts = (batch[i].article.text for i in indexes)
                for i, doc in zip(indexes, load_model(language).pipe(texts, batch_size=batch_size)):
                    out[i] = _annotate(batch[i], doc)
            yield from out
