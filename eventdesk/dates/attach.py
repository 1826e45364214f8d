"""Which temporal expression dates an event: the one governing the event's clause.

`event_time` prefers a mention syntactically attached to the trigger's clause (via the
spaCy Doc when the report has one), then the nearest mention in the same sentence.
Dates of birth, "since" start bounds and unresolved mentions never date an event.
`fallback_time` is the report's date widened to the week before it, for events with no
expression of their own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventdesk.records import Report, Span, TimeMention

FALLBACK_DAYS = 7


def _usable(m: TimeMention) -> bool:
    return m.earliest is not None and not m.rule.startswith(("date of birth", "since"))


def event_time(report: Report, sentence: Span, trigger: Span) -> TimeMention | None:
    candidates = [m for m in report.times if sentence.contains(m.span) and _usable(m)]
    if not candidates:
        return None
    attached = [m for m in candidates if _same_clause(report.doc, m.span, trigger)]
    pool = attached or candidates
    return min(pool, key=lambda m: (_distance(m.span, trigger), m.span.start))


def fallback_time(report: Report) -> TimeMention | None:
    """The report's date widened to the week before it. Its span is the first temporal
    expression among the report date's evidence ("la semaine dernière"); when that evidence
    holds none (only name clues such as "Suleimani"), the first evidence span's offsets with
    the text "report date", so no name clue ever reads as an event's date."""
    date = report.report_date
    if date is None or date.date is None:
        return None
    spans = [m.span for m in report.times]
    temporal = [e for e in date.evidence if any(e.overlaps(s) for s in spans)]
    if temporal:
        span = temporal[0]
    elif date.evidence:
        span = Span(date.evidence[0].start, date.evidence[0].end, "report date")
    else:
        span = Span(0, 0, "")
    earliest = date.date - dt.timedelta(days=FALLBACK_DAYS)
    return TimeMention(span, earliest, date.date, 2, "report-date fallback", "report")


def _distance(a: Span, b: Span) -> int:
    return 0 if a.overlaps(b) else min(abs(a.start - b.end), abs(b.start - a.end))


def _clause_head(token: Any) -> Any:
    """The verb heading the token's clause: climb until a verb whose own relation starts a clause."""
    while token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "aux:pass", "aux:tense", "cop", "xcomp"):
            return token
        token = token.head
    return token


def _same_clause(doc: Any, mention: Span, trigger: Span) -> bool:
    if doc is None:
        return False
    m_tokens = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    t_tokens = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if m_tokens is None or t_tokens is None or len(m_tokens) == 0 or len(t_tokens) == 0:
        return False
    return bool(_clause_head(m_tokens.root).i == _clause_head(t_tokens.root).i)
