"""The pipeline: named stages in order, checked once, run over articles in batches.

ingest → language → nlp → times → places → actors → numbers → sources → events
Every stage is looked up by name in STAGES, the same door a plugin would use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from eventdesk.records import Article, Report
from eventdesk.registry import Registry
from eventdesk.stage import Stage, check_order

STAGES: Registry[Stage] = Registry("pipeline stage")
DEFAULT_STAGES: tuple[str, ...] = (
    "language", "nlp", "times", "places", "actors", "numbers", "sources", "events",
)


@STAGES.register("language")
def _language() -> Stage:
    from eventdesk.nlp.language import LanguageStage

    return LanguageStage()


@STAGES.register("nlp")
def _nlp() -> Stage:
    from eventdesk.nlp.stage import NlpStage

    return NlpStage()


@STAGES.register("times")
def _times() -> Stage:
    from eventdesk.dates.stage import TimesStage

    return TimesStage()


@STAGES.register("places")
def _places() -> Stage:
    from eventdesk.places.stage import PlacesStage

    return PlacesStage()


@STAGES.register("actors")
def _actors() -> Stage:
    from eventdesk.actors.stage import ActorsStage

    return ActorsStage()


@STAGES.register("numbers")
def _numbers() -> Stage:
    from eventdesk.numbers.stage import NumbersStage

    return NumbersStage()


@STAGES.register("sources")
def _sources() -> Stage:
    from eventdesk.sources.stage import SourcesStage

    return SourcesStage()


@STAGES.register("events")
def _events() -> Stage:
    from eventdesk.events.stage import EventsStage

    return EventsStage()


class Pipeline:
    """Stages built by name, in order; `pipe` streams reports through them in batches."""

    def __init__(self, stages: Sequence[str | Stage] = DEFAULT_STAGES) -> None:
        self.stages: list[Stage] = [STAGES.get(s)() if isinstance(s, str) else s for s in stages]
        check_order(self.stages)

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Report]:
        stream: Iterable[Report] = (Report(article=a) for a in articles)
        for stage in self.stages:
            stream = stage.pipe(stream, batch_size=batch_size)
        yield from stream

    def analyze(self, article: Article) -> Report:
        return next(iter(self.pipe([article], batch_size=1)))
