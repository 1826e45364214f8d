"""The JSON shape of `eventdesk analyze`: a stable contract for users and later issues.

{language, article{…}, published{date, source, confidence, evidence[]}, places[], actors[],
 dates[], numbers[], sources[], events[ACLED columns + modality, sources, evidence], claims[]}
Every mention has start, end, text and what it resolved to.
"""

from __future__ import annotations

import json
from typing import Any

from eventdesk.export.columns import event_row
from eventdesk.export.columns import plain as _plain
from eventdesk.records import Report


def report_to_dict(report: Report) -> dict[str, Any]:
    a = report.article
    rd = report.report_date
    published: dict[str, Any] = (
        _plain(rd) if rd is not None
        else {"date": a.published.isoformat() if a.published else None,
              "source": "metadata" if a.published else "unknown", "confidence": 1.0 if a.published else 0.0,
              "evidence": [], "rule": ""}
    )
    return {
        "language": report.language,
        "article": {
            "id": a.id, "origin": a.origin, "title": a.title, "url": a.url, "outlet": a.outlet,
            "published_metadata": a.published.isoformat() if a.published else None,
            "characters": len(a.text),
        },
        "published": published,
        "places": _plain(report.places),
        "actors": _plain(report.actors),
        "dates": _plain(report.times),
        "numbers": _plain(report.numbers),
        "sources": _plain(report.sources),
        "events": [event_row(e) for e in report.events],
        "claims": _plain(report.claims),
    }


def report_to_json(report: Report, indent: int | None = 2) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)
