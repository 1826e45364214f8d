"""Score temporal intervals against a gold set of sentences (tests/dates/sentences_*.yaml).

A gold item is a sentence, its report date and a list of (expression text, earliest, latest).
A prediction is any (start, end, earliest, latest) over the sentence. A gold expression
counts as *exact* when a predicted span overlapping it has the same interval, *within one
day* when both ends differ by at most one day; predictions overlapping no gold expression
are *spurious* (what the traps measure).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from eventdesk.dates.stage import DATE_RESOLVERS
from eventdesk.records import Article, Report, Span

Prediction = tuple[int, int, dt.date | None, dt.date | None]
Predictor = Callable[[str, str, dt.date], Sequence[Prediction]]


@dataclass(frozen=True)
class GoldItem:
    language: str
    text: str
    report_date: dt.date
    gold: tuple[tuple[str, dt.date | None, dt.date | None], ...]


@dataclass(frozen=True)
class Score:
    expressions: int
    exact: int
    within_one_day: int
    spurious: int
    misses: tuple[str, ...]

    @property
    def exact_share(self) -> float:
        return self.exact / self.expressions if self.expressions else 0.0

    @property
    def near_share(self) -> float:
        return self.within_one_day / self.expressions if self.expressions else 0.0


def load_gold(path: Path, language: str) -> list[GoldItem]:
    items = []
    for group in yaml.safe_load(path.read_text(encoding="utf-8")):
        for item in group["items"]:
            gold = tuple((g[0], g[1], g[2] if len(g) > 2 else g[1]) for g in item["gold"])
            items.append(GoldItem(language, item["text"], group["report"], gold))
    return items


def ours(text: str, language: str, report_date: dt.date) -> list[Prediction]:
    report = Report(Article(id="gold", text=text, origin="gold", published=report_date),
                    language=language, sentences=(Span(0, len(text), text),))
    _, times = DATE_RESOLVERS.get("rules")()(report)
    return [(m.span.start, m.span.end, m.earliest, m.latest) for m in times]


def _close(a: dt.date | None, b: dt.date | None, days: int) -> bool:
    if a is None or b is None:
        return a is b
    return abs((a - b).days) <= days


def score(items: Iterable[GoldItem], predict: Predictor) -> Score:
    total = exact = near = spurious = 0
    misses: list[str] = []
    for item in items:
        predictions = predict(item.text, item.language, item.report_date)
        gold_spans = []
        for text, earliest, latest in item.gold:
            start = item.text.find(text)
            if start < 0:
                raise ValueError(f"gold expression {text!r} is not in {item.text!r}")
            gold_spans.append((start, start + len(text)))
            over = [p for p in predictions if p[0] < start + len(text) and start < p[1]]
            total += 1
            if any(p[2] == earliest and p[3] == latest for p in over):
                exact += 1
            if any(_close(p[2], earliest, 1) and _close(p[3], latest, 1) for p in over):
                near += 1
            else:
                misses.append(f"{item.report_date} {text!r} gold {earliest}..{latest} got "
                              f"{[(str(p[2]), str(p[3])) for p in over]}")
        spurious += sum(1 for p in predictions if not any(p[0] < e and s < p[1] for s, e in gold_spans))
    return Score(total, exact, near, spurious, tuple(misses))
