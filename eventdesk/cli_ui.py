"""What the CLI shows: progress bars, tables and messages around the library functions."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Optional

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from eventdesk.errors import EventdeskError
from eventdesk.records import Report
from eventdesk.store import Store, open_store


@contextlib.contextmanager
def _store(db: str) -> Iterator[Store]:
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, transient=False,
    )


def ingest_with_progress(paths: list[str], db: str, batch_size: int, console: Console) -> None:
    from eventdesk.service import ingest_articles, read_articles

    with console.status("reading reports…"):
        articles, errors = read_articles(paths)
    for e in errors:
        console.print(f"[yellow]skipped[/] {e}", highlight=False)
    with _store(db) as store, _progress(console) as bar:
        task = bar.add_task("coding events", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            result = ingest_articles(articles, store, progress=tick, batch_size=batch_size)
        except KeyboardInterrupt:
            bar.stop()
            console.print("[red]interrupted[/]: every report stored so far is complete; the rest was not stored")
            raise SystemExit(130) from None
    console.print(
        f"{result.added} report(s) added, {result.duplicates} already stored, "
        f"{len(errors)} file(s) skipped, {result.events} event(s) coded → {db}"
    )


def print_analysis(report: Report, console: Console) -> None:
    rd = report.report_date
    console.print(f"[bold]language[/] {report.language}   [bold]report date[/] "
                  f"{rd.date if rd else None} ({rd.source if rd else 'unknown'})")
    for title, rows in (
        ("places", [(m.span.text, m.place.name if m.place else "—", m.rule) for m in report.places]),
        ("actors", [(m.span.text, m.name or "—", str(m.inter or "")) for m in report.actors]),
        ("dates", [(m.span.text, f"{m.earliest}…{m.latest}", m.rule) for m in report.times]),
        ("sources", [(m.span.text, m.name, " via ".join(m.via)) for m in report.sources]),
    ):
        if rows:
            t = Table(title=title, show_header=False, title_justify="left")
            for r in rows:
                t.add_row(*r)
            console.print(t)
    t = Table(title=f"{len(report.events)} event(s)", title_justify="left")
    for col in ("date", "type", "actor1", "actor2", "location", "fatalities", "modality"):
        t.add_column(col)
    for e in report.events:
        t.add_row(str(e.event_date), e.sub_event_type, e.actor1 or "", e.actor2 or "", e.location or "",
                  "" if e.fatalities is None else str(e.fatalities), e.modality)
    console.print(t)
    for c in report.claims:
        console.print(f"[dim]not coded ({c.modality}): {c.reason}: {c.sentence.text[:100]}[/]", highlight=False)


def export_to(db: str, fmt: str, output: Optional[Path], console: Console) -> int:
    from eventdesk.export.writers import FORMATS
    from eventdesk.service import export

    FORMATS.get(fmt)  # fail on an unknown format before touching any file
    with _store(db) as store:
        if output is None:
            return export(store, fmt, sys.stdout)
        tmp = output.with_name(output.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            n = export(store, fmt, fh)
        tmp.replace(output)  # never leave a half-written export under the real name
    console.print(f"{n} event(s) written to {output}")
    return n


def print_eval(gold: Path, db: str, predicted: Optional[Path], details: bool, console: Console) -> None:
    from eventdesk.evaluate import disagreements, load_events_csv, score
    from eventdesk.evaluate.gold import from_row

    gold_events = load_events_csv(gold)
    if predicted is not None:
        pred = load_events_csv(predicted)
    else:
        if not Path(db).exists():
            raise EventdeskError(f"{db}: no such database; ingest reports first or pass --predicted")
        with _store(db) as store:
            pred = [from_row(r, r["event_id_cnty"]) for r in store.iter_event_rows()]
    s = score(gold_events, pred)
    t = Table(title=f"events: {s.gold} gold, {s.predicted} predicted, {s.matched} matched", title_justify="left")
    t.add_column("measure")
    t.add_column("value", justify="right")
    for name, value in (("precision", s.precision), ("recall", s.recall), ("F1", s.f1)):
        t.add_row(name, f"{value:.1%}")
    for name in s.field_correct:
        t.add_row(f"{name} (of matched)", f"{s.accuracy(name):.1%}")
    console.print(t)
    if details:
        for g in s.missed:
            console.print(f"[red]missed[/]   {g.event_date} {g.sub_event_type} @ {g.location}", highlight=False)
        for p in s.spurious:
            console.print(f"[yellow]spurious[/] {p.event_date} {p.sub_event_type} @ {p.location}", highlight=False)
        _print_disagreements(disagreements(s), console)


def _print_disagreements(rows: list, console: Console) -> None:
    """Matched events whose actor1, actor2 or fatalities differ: gold beside predicted."""
    if not rows:
        return
    t = Table(title="field disagreements on matched events", title_justify="left")
    for name in ("field", "gold event", "gold", "predicted", "predicted event"):
        t.add_column(name)
    for d in rows:
        t.add_row(d.field, d.gold_key, _cell(d.gold), _cell(d.predicted), d.predicted_key)
    console.print(t)


def _cell(value: object) -> str:
    return "(empty)" if value is None else str(value)


def _print_summary(store: Store, console: Console) -> None:
    s = store.summary()
    console.print(f"[bold]{s.articles} reports, {s.events} events[/]")
    for title, rows in (("by type", s.by_type), ("by place", s.by_place), ("by month", s.by_date)):
        t = Table(title=title, title_justify="left")
        t.add_column(title.split()[-1])
        t.add_column("events", justify="right")
        for label, count in rows:
            t.add_row(label, str(count))
        console.print(t)


def demo_files() -> tuple[Path, Path]:
    base = resources.files("eventdesk.demo")
    return Path(str(base.joinpath("reports.jsonl"))), Path(str(base.joinpath("gold.csv")))


def run_demo(workdir: Path, console: Console, errors: Console) -> None:
    reports, gold = demo_files()
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "demo.duckdb"
    db.unlink(missing_ok=True)  # the demo's own database: start clean every run
    ingest_with_progress([str(reports)], str(db), 16, errors)
    for fmt, name in (("acled", "events.csv"), ("geojson", "events.geojson")):
        export_to(str(db), fmt, workdir / name, errors)
    with _store(str(db)) as store:
        _print_summary(store, console)
    print_eval(gold, str(db), None, False, console)


def import_gazetteer(file: Path, alternate_names: Optional[Path], console: Console) -> None:
    from eventdesk.places.geonames_import import import_geonames

    with console.status(f"importing {file}…"):
        count = import_geonames(file, alternate_names)
    console.print(f"{count} place(s) imported from {file}")
