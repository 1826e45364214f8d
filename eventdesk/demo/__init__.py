"""The built-in demo corpus and its hand-coded gold events.

- `reports.jsonl`: 48 short reports written for eventdesk (28 French, 20 English), one JSON
  object a line (`id`, `title`, `outlet`, `url`, `published` when known, `language`, `text`).
- `gold.csv`: the events an ACLED coder would code from them, one row per distinct event, in
  the ACLED column order followed by `report_ids` (";"-separated ids of the reports telling it).
- `spellings.yaml`: for each gold `location`, the other spellings the reports use.
- `TRAPS.md` (reviewer documentation, read from the source tree, not shipped as data): per
  report, the statements that must not become events, and why.

Nothing is read at import time; call the functions below.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

__all__ = ["gold_path", "reports_path", "spellings_path"]


def _file(name: str) -> Traversable:
    return files(__name__).joinpath(name)


def reports_path() -> Traversable:
    """The demo reports, JSONL (the `eventdesk ingest` input of `eventdesk demo`)."""
    return _file("reports.jsonl")


def gold_path() -> Traversable:
    """The hand-coded gold events, ACLED CSV plus `report_ids` (the `eventdesk eval` input)."""
    return _file("gold.csv")


def spellings_path() -> Traversable:
    """YAML mapping each gold location name to the spellings the demo reports use for it."""
    return _file("spellings.yaml")

