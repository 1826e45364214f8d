"""Temporal expressions (French and English), the report's own date, and event dates.

Public API: TimesStage (stage "times"), DATE_RESOLVERS (registry, default "rules"),
event_time / fallback_time (for the events stage), find_expressions, infer_report_date.
Imports are cheap: word lists and regexes are built on first use.
"""

from eventdesk.dates.attach import event_time, fallback_time
from eventdesk.dates.extract import Expression, find_expressions
from eventdesk.dates.infer import infer_report_date
from eventdesk.dates.stage import DATE_RESOLVERS, TimesStage

__all__ = ["DATE_RESOLVERS", "Expression", "TimesStage", "event_time", "fallback_time",
           "find_expressions", "infer_report_date"]
