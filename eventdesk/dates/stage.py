"""The times stage: every temporal expression, the report's own date, each resolved.

Resolvers are chosen by name from `DATE_RESOLVERS`; ours is "rules". A resolver takes a
Report (with sentences and language) and returns (report_date, times).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from eventdesk.dates.extract import Expression, find_expressions
from eventdesk.dates.infer import infer_report_date
from eventdesk.dates.resolve import resolve
from eventdesk.dates.tense import is_future
from eventdesk.langdata import SUPPORTED_LANGUAGES
from eventdesk.records import Report, ReportDate, TimeMention
from eventdesk.registry import Registry
from eventdesk.stage import Stage

Resolver = Callable[[Report], tuple[ReportDate, tuple[TimeMention, ...]]]
DATE_RESOLVERS: Registry[Resolver] = Registry("date resolver")

# kinds whose reading depends on the clause's tense (a year-less date, a weekday, a month)
_TENSED = {"date", "weekday", "month"}
# kinds that can anchor a following "le lendemain" / "a day later"
_ANCHORS = {"date", "numeric", "range", "weekday", "weekday_range", "relative_day", "mention_day", "mention_shift"}


def report_date_of(report: Report, expressions: tuple[Expression, ...]) -> ReportDate:
    if report.article.published is not None:
        return ReportDate(report.article.published, "metadata", 1.0, (), "publication date from metadata")
    return infer_report_date(report.article.text, report.sentences, expressions)


def resolve_all(expressions: tuple[Expression, ...], report_date: ReportDate) -> tuple[TimeMention, ...]:
    out: list[TimeMention] = []
    previous: TimeMention | None = None
    for expr in expressions:
        mention = resolve(expr, report_date.date, previous)
        out.append(mention)
        if expr.kind in _ANCHORS and not expr.birth and mention.earliest is not None:
            previous = mention
    return tuple(out)


@DATE_RESOLVERS.register("rules")
def rules_resolver() -> Resolver:
    """Our word-list and calendar rules (`patterns.py`, `resolve.py`, `infer.py`)."""

    def run(report: Report) -> tuple[ReportDate, tuple[TimeMention, ...]]:
        if report.language not in SUPPORTED_LANGUAGES:
            date = report_date_of(report, ())
            return date, ()
        language: str = report.language  # type: ignore[assignment]
        expressions = tuple(
            replace(e, future=True) if e.kind in _TENSED and is_future(report.doc, e.span, language) else e
            for e in find_expressions(report.article.text, language)
        )
        date = report_date_of(report, expressions)
        return date, resolve_all(expressions, date)

    return run


class TimesStage(Stage):
    name = "times"
    requires = ("sentences", "language")
    assigns = ("times", "report_date")

    def __init__(self, resolver: str = "rules") -> None:
        self.resolver_name = resolver
        self._resolver: Resolver | None = None

    def __call__(self, report: Report) -> Report:
        if self._resolver is None:
            self._resolver = DATE_RESOLVERS.get(self.resolver_name)()
        report_date, times = self._resolver(report)
        return replace(report, report_date=report_date, times=times)
