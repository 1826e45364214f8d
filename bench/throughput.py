"""End-to-end throughput: reports per second on the demo corpus repeated to N reports,
peak memory, and the ratio to bare spaCy `nlp.pipe` on the same texts in the same run.

    python bench/throughput.py [--reports 2000] [--batch-size 16] [--stage-sample 400]

Each repeated report gets a distinct suffix so the content hash differs (no dedup short cut).
Then, on the first --stage-sample reports, the stages run one after the other over the whole
sample (each materialised before the next), so each stage's own time and its share of the
pipeline's time are measured alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from eventdesk.cli_ui import demo_files
from eventdesk.ingest import read_paths
from eventdesk.ingest.article import content_id
from eventdesk.nlp.language import detect_language
from eventdesk.nlp.models import load_model
from eventdesk.pipeline import Pipeline
from eventdesk.records import Article, Report
from eventdesk.service import ingest_articles
from eventdesk.store import open_store


def corpus(n: int) -> list[Article]:
    reports, _ = demo_files()
    base = [a for a in read_paths([reports]) if isinstance(a, Article)]
    out = []
    for i in range(n):
        a = base[i % len(base)]
        text = f"{a.text}\n\n[{i}]"
        out.append(replace(a, text=text, id=content_id(text)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--stage-sample", type=int, default=400, help="reports for the per-stage timing (0: skip)")
    args = ap.parse_args()
    articles = corpus(args.reports)
    chars = sum(len(a.text) for a in articles)

    # warm up: load models and the gazetteer once, outside the timed runs
    with tempfile.TemporaryDirectory() as tmp:
        warm = open_store(str(Path(tmp) / "warm.duckdb"))
        ingest_articles(articles[:20], warm)
        warm.close()

    by_lang: dict[str, list[str]] = {}
    for a in articles:
        by_lang.setdefault(a.language or detect_language(a.text) or "en", []).append(a.text)
    t0 = time.perf_counter()
    for lang, texts in by_lang.items():
        for _ in load_model(lang).pipe(texts, batch_size=args.batch_size):
            pass
    spacy_s = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.duckdb"))
        t0 = time.perf_counter()
        result = ingest_articles(articles, store, batch_size=args.batch_size)
        full_s = time.perf_counter() - t0
        store.close()

    stages = stage_times(articles[: args.stage_sample], args.batch_size) if args.stage_sample else {}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "reports": len(articles),
        "characters": chars,
        "events_coded": result.events,
        "eventdesk_seconds": round(full_s, 2),
        "eventdesk_reports_per_second": round(len(articles) / full_s, 2),
        "bare_spacy_pipe_seconds": round(spacy_s, 2),
        "bare_spacy_reports_per_second": round(len(articles) / spacy_s, 2),
        "eventdesk_time_over_bare_spacy": round(full_s / spacy_s, 2),
        "peak_rss_mb": round(peak_mb, 1),
    }
    if stages:
        total = sum(stages.values())
        n = min(args.stage_sample, len(articles))
        figures["stages_on_sample"] = {
            name: {"seconds": round(s, 2), "share_of_pipeline": round(s / total, 3),
                   "reports_per_second_alone": round(n / s, 1) if s else None}
            for name, s in stages.items()}
    print(json.dumps(figures, indent=2))


def stage_times(articles: list[Article], batch_size: int) -> dict[str, float]:
    """Seconds each default stage takes over the whole sample, run stage by stage."""
    reports: list = [Report(article=a) for a in articles]
    out: dict[str, float] = {}
    for stage in Pipeline().stages:
        t0 = time.perf_counter()
        reports = list(stage.pipe(reports, batch_size=batch_size))
        out[stage.name] = time.perf_counter() - t0
    return out


if __name__ == "__main__":
    main()
