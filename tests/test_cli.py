"""The command line as a user meets it: messages, exit codes, files. Full pipeline: slow."""

import json

import pytest
from typer.testing import CliRunner

from eventdesk.cli import app

runner = CliRunner()

FR = ("Samedi 12 octobre 2019, des avions de chasse non identifiés ont bombardé des positions "
      "des Hachd al-Chaabi près d'Abou Kamal, tuant quatre combattants, selon l'OSDH.")


def test_help_teaches_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in ("ingest", "analyze", "export", "eval", "demo", "gazetteer"):
        assert cmd in result.output


def test_export_unknown_format_is_one_clear_line(tmp_path):
    result = runner.invoke(app, ["export", "--format", "xlsx", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2
    assert "no export format named 'xlsx'" in result.output and "acled" in result.output


def test_eval_without_database_says_what_to_do(tmp_path):
    gold = tmp_path / "g.csv"
    gold.write_text("event_date,event_type,sub_event_type,latitude,longitude\n")
    result = runner.invoke(app, ["eval", str(gold), "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "ingest reports first" in result.output


@pytest.mark.slow
def test_ingest_skips_bad_files_keeps_good_ones_and_is_idempotent(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(FR, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    db = str(tmp_path / "e.duckdb")
    first = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert first.exit_code == 0, first.output
    assert "empty.txt" in first.output and "image.txt" in first.output
    assert "1 report(s) added" in first.output
    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert "0 report(s) added, 1 already stored" in again.output
    out = tmp_path / "events.csv"
    exported = runner.invoke(app, ["export", "--format", "acled", "--db", db, "-o", str(out)])
    assert exported.exit_code == 0 and out.read_text().startswith("event_id_cnty,event_date,year,")


@pytest.mark.slow
def test_analyze_json_has_the_stable_shape(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(FR, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in ("language", "published", "places", "actors", "dates", "numbers", "sources", "events", "claims"):
        assert key in data
    assert data["language"] == "fr"
    for mention in data["places"] + data["actors"] + data["dates"]:
        assert FR[mention["start"]:mention["end"]] == mention["text"]
