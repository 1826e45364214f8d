"""Score coded events against a gold file in ACLED CSV form."""

from eventdesk.evaluate.gold import load_events_csv
from eventdesk.evaluate.score import MatchSettings, Score, score

__all__ = ["MatchSettings", "Score", "load_events_csv", "score"]
