"""Write event rows as ACLED CSV, GeoJSON or JSONL, to a file or a text stream."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from eventdesk.export.columns import ALL_COLUMNS, flat_cell
from eventdesk.registry import Registry

Writer = Callable[[Iterable[dict[str, Any]], TextIO], int]
FORMATS: Registry[Writer] = Registry("export format")


@FORMATS.register("acled")
def _acled() -> Writer:
    def write(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(ALL_COLUMNS)
        n = 0
        for row in rows:
            writer.writerow([flat_cell(row[c]) for c in ALL_COLUMNS])
            n += 1
        return n

    return write


@FORMATS.register("jsonl")
def _jsonl() -> Writer:
    def write(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
        n = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
        return n

    return write


@FORMATS.register("geojson")
def _geojson() -> Writer:
    """A FeatureCollection; events with no coordinates are kept with a null geometry."""

    def write(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
        features = []
        for row in rows:
            lat, lon = row["latitude"], row["longitude"]
            geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
            features.append({"type": "Feature", "geometry": geometry, "properties": row})
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
        return len(features)

    return write
