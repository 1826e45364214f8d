"""Event matching and scores: precision/recall/F1 of events, per-field accuracy of matches.

Two events match when they have the same event type, their dates are within the window
(widened by the gold's time precision), and they lie within `max_km` of each other.
Matching is one-to-one, closest pairs first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventdesk.evaluate.gold import EvalEvent

# Days of tolerance by the gold's ACLED time_precision (1 day, 2 week, 3 month).
_PRECISION_DAYS = {None: 1, 1: 1, 2: 7, 3: 31}


@dataclass(frozen=True)
class MatchSettings:
    date_window_days: int = 3
    max_km: float = 100.0
    location_km: float = 25.0


@dataclass
class Score:
    gold: int
    predicted: int
    matched: int
    field_correct: dict[str, int] = field(default_factory=dict)
    pairs: list[tuple[EvalEvent, EvalEvent]] = field(default_factory=list)
    missed: list[EvalEvent] = field(default_factory=list)
    spurious: list[EvalEvent] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.field_correct.get(name, 0) / self.matched if self.matched else 0.0


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _distance(g: EvalEvent, p: EvalEvent) -> float | None:
    if None in (g.latitude, g.longitude, p.latitude, p.longitude):
        return None
    return km(g.latitude, g.longitude, p.latitude, p.longitude)  # type: ignore[arg-type]


def _days(g: EvalEvent, p: EvalEvent) -> int | None:
    if g.event_date is None or p.event_date is None:
        return None
    return abs((g.event_date - p.event_date).days)


def _norm(text: str | None) -> str:
    """An actor name as compared: case, spacing and dash variants do not count."""
    return " ".join((text or "").replace("\u2013", "-").replace("\u2014", "-").casefold().split())


def _same(a: str | None, b: str | None) -> bool:
    return _norm(a) == _norm(b)


# ACLED's period of a state's forces or a mission: "(2000-2024)", "(2022-)", anywhere in the name.
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def without_period(text: str | None) -> str:
    """An actor name without its period suffix: "Military Forces of Syria (2000-2024)" and
    "Military Forces of Syria (2000-)" are the same actor in another period."""
    return _norm(_PERIOD.sub("", text or ""))


def _same_identity(a: str | None, b: str | None) -> bool:
    return without_period(a) == without_period(b)


@dataclass(frozen=True)
class Disagreement:
    """One field of a matched pair where gold and prediction differ."""

    field: str
    gold_key: str
    predicted_key: str
    gold: object
    predicted: object


# Names of the period-blind actor figures, listed beside the strict ones.
IDENTITY_LABEL = {"actor1": "actor1 ignoring period", "actor2": "actor2 ignoring period"}

# Fields whose disagreements `disagreements` lists: the ones an analyst reads first.
DETAIL_FIELDS = ("actor1", "actor2", "fatalities")


def score(gold: list[EvalEvent], predicted: list[EvalEvent], settings: MatchSettings = MatchSettings()) -> Score:
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        window = max(settings.date_window_days, _PRECISION_DAYS.get(g.time_precision, 31))
        for pi, p in enumerate(predicted):
            days, dist = _days(g, p), _distance(g, p)
            if g.event_type != p.event_type or days is None or days > window:
                continue
            if dist is None or dist > settings.max_km:
                continue
            candidates.append((days + dist / 10.0, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = Score(gold=len(gold), predicted=len(predicted), matched=0)
    for _, gi, pi in sorted(candidates):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        result.pairs.append((gold[gi], predicted[pi]))
    result.matched = len(result.pairs)
    checks = _checks(settings)
    result.field_correct = {name: sum(1 for g, p in result.pairs if check(g, p)) for name, check in checks.items()}
    result.missed = [g for i, g in enumerate(gold) if i not in used_g]
    result.spurious = [p for i, p in enumerate(predicted) if i not in used_p]
    return result


def _checks(settings: MatchSettings) -> dict[str, Callable[[EvalEvent, EvalEvent], bool]]:
    return {
        "sub_event_type": lambda g, p: g.sub_event_type == p.sub_event_type,
        # each actor's strict figure, then the same comparison ignoring the period suffix:
        # how much of the error is the period, how much the actor's identity
        "actor1": lambda g, p: _same(g.actor1, p.actor1),
        IDENTITY_LABEL["actor1"]: lambda g, p: _same_identity(g.actor1, p.actor1),
        "actor2": lambda g, p: _same(g.actor2, p.actor2),
        IDENTITY_LABEL["actor2"]: lambda g, p: _same_identity(g.actor2, p.actor2),
        "fatalities": lambda g, p: g.fatalities == p.fatalities,
        "location_25km": lambda g, p: (d := _distance(g, p)) is not None and d <= settings.location_km,
        "date": lambda g, p: (d := _days(g, p)) is not None
        and d <= _PRECISION_DAYS.get(g.time_precision, 31) - 1,
    }


def disagreements(result: Score, fields: tuple[str, ...] = DETAIL_FIELDS,
                  settings: MatchSettings = MatchSettings()) -> list[Disagreement]:
    """Every matched pair's field that the score counts wrong, gold value beside predicted."""
    checks = _checks(settings)
    unknown = [f for f in fields if f not in checks]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(checks)}")
    return [
        Disagreement(name, g.key, p.key, getattr(g, name, None), getattr(p, name, None))
        for name in fields
        for g, p in result.pairs
        if not checks[name](g, p)
    ]
