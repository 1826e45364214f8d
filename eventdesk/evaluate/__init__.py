"""Score coded events against a gold file in ACLED CSV form."""

from eventdesk.evaluate.gold import load_events_csv
from eventdesk.evaluate.score import Disagreement, MatchSettings, Score, disagreements, score

__all__ = ["Disagreement", "MatchSettings", "Score", "disagreements", "load_events_csv", "score"]
