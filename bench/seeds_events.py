"""Events coded from the five seed reports (read from ../shared/seeds/, never copied), each
with the evidence of its fields, then the statements declined and why.

Run: python bench/seeds_events.py
The seeds carry no publication date: dates come from the text alone (None when it has none).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventdesk.ingest import article_from_text  # noqa: E402
from eventdesk.pipeline import Pipeline  # noqa: E402
from eventdesk.records import Event, Report  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
EVIDENCE = ("sub_event_type", "actor1", "actor2", "location", "event_date", "fatalities")


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def why_undated(e: Event, report: Report) -> str:
    """Why an event has no date: what the time stage found, in its sentence and for the report."""
    trigger = e.evidence.get("sub_event_type")
    sentence = next((s for s in report.sentences if trigger and s.contains(trigger)), None)
    told = [t for t in report.times if sentence and sentence.contains(t.span)]
    if not told:
        in_sentence = "its sentence names no time"
    else:
        in_sentence = "its sentence's time words need the report's date to become a day (" + ", ".join(
            repr(t.span.text) for t in told) + ")"
    rd = report.report_date
    if rd is None or rd.date is None:
        report_part = "the report has no date (no metadata" + (f"; {rd.rule}" if rd and rd.rule else "") + \
            "), so the report-date fallback cannot apply"
    else:
        report_part = f"the report date {rd.date} ({rd.source}) was not used"
    return f"{in_sentence}; {report_part}"


def print_event(e: Event, report: Report | None = None) -> None:
    where = f"{e.location} ({e.latitude}, {e.longitude}), {e.country}" if e.location else f"None, {e.country}"
    print(f"  EVENT {e.event_date} (precision {e.time_precision}) {e.event_type} / {e.sub_event_type}")
    print(f"        actor1={e.actor1!r} actor2={e.actor2!r}")
    print(f"        location={where} fatalities={e.fatalities} modality={e.modality} source={e.source!r}")
    if e.event_date is None and report is not None:
        print(f"        no date: {why_undated(e, report)}")
    for key in EVIDENCE:
        span = e.evidence.get(key)
        label = "trigger" if key == "sub_event_type" else key
        print(f"        {label:<11} ← {_short(span.text) if span else '(no span)'!r}")


def print_report(name: str, report: Report) -> None:
    print(f"== {name}: {len(report.events)} event(s), {len(report.claims)} claim(s) declined")
    for e in report.events:
        print_event(e, report)
    for c in report.claims:
        trig = c.trigger.text if c.trigger else "-"
        print(f"  DECLINED [{c.modality}] {c.event_type} '{trig}': {c.reason} — {_short(c.sentence.text, 70)!r}")


def main() -> int:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        print(f"no seed reports in {SEEDS}", file=sys.stderr)
        return 1
    pipeline = Pipeline()
    articles = [article_from_text(f.read_text(encoding="utf-8"), origin=str(f)) for f in files]
    events, declined = 0, Counter()
    for f, report in zip(files, pipeline.pipe(articles, batch_size=5)):
        print_report(f.name, report)
        events += len(report.events)
        declined.update(c.modality for c in report.claims)
    print(f"\nsummary: {len(files)} seeds, {events} events coded, {sum(declined.values())} claims declined "
          f"({', '.join(f'{k} {v}' for k, v in declined.most_common())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
