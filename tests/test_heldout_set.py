"""The held-out French set is well formed: every gold row parses and points at a report."""

import csv
import json
from pathlib import Path

from eventdesk.evaluate.gold import load_events_csv

HERE = Path(__file__).resolve().parents[1] / "eval" / "heldout-fr"


def test_held_out_set_is_french_complete_and_consistent():
    reports = [json.loads(line) for line in (HERE / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(reports) >= 60 and {r["language"] for r in reports} == {"fr"}
    assert len({r["id"] for r in reports}) == len(reports)
    gold = load_events_csv(HERE / "gold.csv")
    ids = {r["id"] for r in reports}
    assert len(gold) >= 60 and all(e.event_type and e.sub_event_type for e in gold)
    with (HERE / "gold.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            told_by = set(row["report_ids"].split(";"))
            assert told_by and told_by <= ids, row["event_id_cnty"]
