"""PlacesStage: every place mention in a report, resolved in context or kept unresolved.

The stage only holds its gazetteer and runs the two steps, each in its own module:

    finding.py   detect(): the place names of a report, each a `Found` with its candidates
    placing.py   resolve(): the found names resolved in context into PlaceMentions

Their public names stay importable from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from eventdesk.places import index as _builtin  # noqa: F401  (registers the "builtin" gazetteer)
from eventdesk.places.finding import (
    INSIDE_A_TOWN, MIN_SCAN_POPULATION, MIN_SENTENCE_START_POPULATION, STRONG_SIMILARITY, Found, detect,
    longer_name, strong_candidates,
)
from eventdesk.places.gazetteer import Gazetteer, gazetteers
from eventdesk.places.placing import resolve
from eventdesk.records import Report
from eventdesk.stage import Stage

__all__ = [
    "INSIDE_A_TOWN", "MIN_SCAN_POPULATION", "MIN_SENTENCE_START_POPULATION", "STRONG_SIMILARITY", "Found",
    "PlacesStage", "detect", "longer_name", "resolve", "strong_candidates",
]


class PlacesStage(Stage):
    """Finds and resolves place mentions. `is_event_location` is left to the events stage."""

    name = "places"
    requires = ("sentences", "entities", "language")
    assigns = ("places",)

    def __init__(self, gazetteer: str | Gazetteer = "builtin", **options: object) -> None:
        self._spec = gazetteer
        self._options = options
        self._gaz: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            if isinstance(self._spec, str):
                factory: Callable[..., Gazetteer] = gazetteers.get(self._spec)
                self._gaz = factory(**self._options)
            else:
                self._gaz = self._spec
        return self._gaz

    def __getstate__(self) -> dict[str, object]:
        # ship the stage to workers without its open database; each reopens it lazily
        state = dict(self.__dict__)
        if isinstance(self._spec, str):
            state["_gaz"] = None
        return state

    def __call__(self, report: Report) -> Report:
        return replace(report, places=resolve(report, detect(report, self.gazetteer)))
