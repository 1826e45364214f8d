"""Temporal expressions: share of exact and within-one-day intervals, ours vs dateparser.

Run: python bench/dates.py   (from the repository root)
Reads the gold sentences in tests/dates/ and, when present, the seed reports in
../shared/seeds (read only) to print the report dates we infer without metadata.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventdesk.dates.evaluate import Prediction, load_gold, ours, score  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def dateparser_alone(text: str, language: str, report_date: dt.date) -> list[Prediction]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(report_date, dt.time(12, 0))
    found = search_dates(text, languages=[language], settings={"RELATIVE_BASE": base}) or []
    out: list[Prediction] = []
    cursor = 0
    for said, when in found:
        start = text.find(said, cursor)
        if start < 0:
            start = text.find(said)
        if start < 0:
            continue
        cursor = start + len(said)
        out.append((start, start + len(said), when.date(), when.date()))
    return out


def seeds() -> None:
    if not SEEDS.is_dir():
        print(f"(no seeds at {SEEDS})")
        return
    import spacy

    from eventdesk.dates import TimesStage
    from eventdesk.records import Article, Report, Span

    nlp = spacy.load("fr_core_news_md")
    stage = TimesStage()
    print("\nInferred report dates of the seeds (no metadata given):")
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        report = Report(Article(id=path.stem, text=text, origin=str(path)), language="fr", doc=doc,
                        sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents))
        rd = stage(report).report_date
        assert rd is not None
        evidence = "; ".join(repr(s.text) for s in rd.evidence)
        print(f"  {path.name}: {rd.date} ({rd.source}, confidence {rd.confidence:.2f}) — {rd.rule}")
        print(f"      evidence: {evidence or '-'}")


def main() -> None:
    print(f"{'set':<6}{'system':<12}{'expr':>6}{'exact':>8}{'±1 day':>8}{'spurious':>10}{'sec':>7}")
    for language in ("fr", "en"):
        items = load_gold(ROOT / "tests" / "dates" / f"sentences_{language}.yaml", language)
        for name, predict in (("eventdesk", ours), ("dateparser", dateparser_alone)):
            t0 = time.perf_counter()
            s = score(items, predict)
            took = time.perf_counter() - t0
            print(f"{language:<6}{name:<12}{s.expressions:>6}{s.exact_share:>8.1%}{s.near_share:>8.1%}"
                  f"{s.spurious:>10}{took:>7.1f}")
        print(f"      ({len(items)} sentences, {sum(1 for i in items if not i.gold)} traps)")
    seeds()


if __name__ == "__main__":
    main()
