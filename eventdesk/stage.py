"""The stage contract every pipeline step follows.

A stage is `__call__(report) -> report` plus `pipe(reports, batch_size)`. It declares the
Report fields it `requires` and the ones it `assigns`; `check_order` verifies, when a
pipeline is built, that every requirement is assigned by an earlier stage. A stage holds no
hidden global state: models and gazetteers are opened lazily, once per process, by the
stage itself, so that a distributed engine can ship stages to workers unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

from eventdesk.errors import ConfigError
from eventdesk.records import Report

# Fields an Article-only Report already has when it enters the pipeline.
INITIAL_FIELDS: frozenset[str] = frozenset({"article"})


class Stage:
    """Base class: subclasses set the three class attributes and implement __call__."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, report: Report) -> Report:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, reports: Iterable[Report], batch_size: int = 32) -> Iterator[Report]:
        for report in reports:
            yield self(report)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ConfigError if a stage requires a field no earlier stage assigns."""
    available = set(INITIAL_FIELDS)
    for stage in stages:
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise ConfigError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                f"assigns (stages so far: {', '.join(s.name for s in stages[: stages.index(stage)])})"
            )
        available.update(stage.assigns)
