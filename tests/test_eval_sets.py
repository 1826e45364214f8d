"""The evaluation sets in eval/ are well formed: every gold row parses and points at a report."""

import csv
import json
from pathlib import Path

from eventdesk.evaluate.gold import load_events_csv

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize(("name", "min_reports", "languages"), [("heldout-fr", 60, {"fr"}), ("dev", 40, {"fr", "en"}), ("dev2", 40, {"fr"})])
def test_evaluation_set_is_complete_and_consistent(name, min_reports, languages):
    folder = EVAL / name
    reports = [json.loads(line) for line in (folder / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(reports) >= min_reports and {r["language"] for r in reports} == languages
    assert len({r["id"] for r in reports}) == len(reports)
    gold = load_events_csv(folder / "gold.csv")
    ids = {r["id"] for r in reports}
    assert len(gold) >= min_reports and all(e.event_type and e.sub_event_type for e in gold)
    with (folder / "gold.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            told_by = set(row["report_ids"].split(";"))
            assert told_by and told_by <= ids, row["event_id_cnty"]
