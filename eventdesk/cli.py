"""The `eventdesk` command: parses arguments, calls library functions, reports errors plainly.

Every user error becomes one line `error: <file>: <problem>` and a non-zero exit code.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from eventdesk import __version__
from eventdesk.errors import EventdeskError

app = typer.Typer(
    name="eventdesk",
    help=(
        "Turn conflict news into ACLED-style event records, every field traced to its text.\n\n"
        "Typical session:\n\n"
        "  eventdesk ingest reports/ --db events.duckdb   # read, code and store reports\n\n"
        "  eventdesk export --format acled -o events.csv  # ACLED columns, then ours\n\n"
        "  eventdesk analyze report.txt --json            # one report, nothing stored\n\n"
        "  eventdesk demo                                 # all of it on the built-in corpus"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Build or extend the place gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

err = Console(stderr=True)
out = Console()

DEFAULT_DB = "eventdesk.duckdb"
DbOption = Annotated[str, typer.Option("--db", help="Database file (DuckDB), created if missing.", envvar="EVENTDESK_DB")]


def _fail(exc: EventdeskError, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
    raise typer.Exit(code)


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"eventdesk {__version__}")
        raise typer.Exit()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .html, .jsonl, RSS/Atom feeds.")],
    db: DbOption = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option(help="Reports per NLP batch.")] = 16,
) -> None:
    """Read reports, code their events and store both. Re-ingesting a report changes nothing;
    a bad file is named with its problem and skipped, the rest of the batch goes in."""
    from eventdesk.cli_ui import ingest_with_progress

    try:
        ingest_with_progress([str(p) for p in paths], db, batch_size, err)
    except EventdeskError as exc:
        _fail(exc)


@app.command()
def analyze(
    file: Annotated[str, typer.Argument(help="A report file, or - to read standard input.")],
    published: Annotated[Optional[str], typer.Option(help="The report's date, YYYY-MM-DD, when known.")] = None,
    language: Annotated[Optional[str], typer.Option(help="fr or en; detected when omitted.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full analysis as JSON.")] = False,
) -> None:
    """Analyse one report without storing it: places, actors, dates, numbers, sources, events,
    and the claims we declined to code, each with the text span that supports it."""
    from eventdesk.cli_ui import print_analysis
    from eventdesk.serialize import report_to_json
    from eventdesk.service import analyze_file, analyze_text

    try:
        if file == "-":
            report = analyze_text(sys.stdin.read(), "<stdin>", _parse_date(published), language)
        else:
            report = analyze_file(Path(file), _parse_date(published), language)
    except EventdeskError as exc:
        _fail(exc)
        return
    if as_json:
        print(report_to_json(report))
    else:
        print_analysis(report, out)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="acled (CSV), geojson or jsonl.")] = "acled",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write; standard output if omitted.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write stored events: ACLED column names and order, then our columns (evidence,
    modality, confidence, article ids)."""
    from eventdesk.cli_ui import export_to
    try:
        export_to(db, fmt, output, err)
    except EventdeskError as exc:
        _fail(exc)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events in ACLED CSV form.")],
    db: DbOption = DEFAULT_DB,
    predicted: Annotated[Optional[Path], typer.Option(help="Score this ACLED CSV instead of the database.")] = None,
    details: Annotated[bool, typer.Option(help="List missed and spurious events.")] = False,
) -> None:
    """Score stored events against a gold file: event precision, recall and F1 (matched on
    event type, date window and distance), and per-field accuracy of matched events."""
    from eventdesk.cli_ui import print_eval
    try:
        print_eval(gold, db, predicted, details, out)
    except EventdeskError as exc:
        _fail(exc)


@app.command()
def demo(
    workdir: Annotated[Path, typer.Option(help="Folder for the demo database and exports.")] = Path("eventdesk-demo"),
) -> None:
    """Ingest the built-in demo corpus, export ACLED CSV and GeoJSON, print a summary and
    the scores against the corpus's hand-coded gold."""
    from eventdesk.cli_ui import run_demo
    try:
        run_demo(workdir, out, err)
    except EventdeskError as exc:
        _fail(exc)


@gazetteer_app.command("import")
def gazetteer_import(
    file: Annotated[Path, typer.Argument(help="A GeoNames dump: a country zip, allCountries.zip/.txt, or a .txt extract.")],
    alternate_names: Annotated[Optional[Path], typer.Option(help="alternateNamesV2.zip/.txt to add their spellings.")] = None,
) -> None:
    """Add a GeoNames dump you downloaded to the local gazetteer index."""
    from eventdesk.cli_ui import import_gazetteer
    try:
        import_gazetteer(file, alternate_names, err)
    except EventdeskError as exc:
        _fail(exc)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
