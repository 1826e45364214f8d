"""Outputs: ACLED-style CSV, GeoJSON, JSONL, all from the same flat event rows."""
