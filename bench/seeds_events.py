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


def print_event(e: Event) -> None:
    where = f"{e.location} ({e.latitude}, {e.longitude}), {e.country}" if e.location else f"None, {e.country}"
    print(f"  EVENT {e.event_date} (precision {e.time_precision}) {e.event_type} / {e.sub_event_type}")
    print(f"        actor1={e.actor1!r} actor2={e.actor2!r}")
    print(f"        location={where} fatalities={e.fatalities} modality={e.modality} source={e.source!r}")
    for key in EVIDENCE:
        span = e.evidence.get(key)
        label = "trigger" if key == "sub_event_type" else key
        print(f"        {label:<11} ← {_short(span.text) if span else '(no span)'!r}")


def print_report(name: str, report: Report) -> None:
    print(f"== {name}: {len(report.events)} event(s), {len(report.claims)} claim(s) declined")
    for e in report.events:
        print_event(e)
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
