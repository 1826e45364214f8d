import csv
import io
import json

import pytest

from eventdesk.errors import UnknownComponent
from eventdesk.export.columns import ACLED_COLUMNS, ALL_COLUMNS, event_row
from eventdesk.export.writers import FORMATS
from tests.conftest import make_event


def rows():
    return [event_row(make_event()), event_row(make_event(event_id_cnty="SYR-2", latitude=None, longitude=None,
                                                          fatalities=None, notes='He said "no", then left'))]


def test_acled_csv_has_acled_columns_first_in_order():
    buf = io.StringIO()
    assert FORMATS.get("acled")()(rows(), buf) == 2
    header, *body = list(csv.reader(io.StringIO(buf.getvalue())))
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert tuple(header) == ALL_COLUMNS
    first = dict(zip(header, body[0]))
    assert first["event_date"] == "2019-09-30" and first["year"] == "2019" and first["interaction"] == "38"
    second = dict(zip(header, body[1]))
    assert second["fatalities"] == "" and second["latitude"] == ""  # unknown stays empty, never 0
    assert second["notes"] == 'He said "no", then left'
    assert json.loads(first["evidence"])["sub_event_type"]["text"] == "drone sans"


def test_geojson_points_lon_lat_and_null_geometry_when_unknown():
    buf = io.StringIO()
    FORMATS.get("geojson")()(rows(), buf)
    fc = json.loads(buf.getvalue())
    assert fc["features"][0]["geometry"]["coordinates"] == [40.9171, 34.4506]
    assert fc["features"][1]["geometry"] is None


def test_jsonl_one_object_per_event():
    buf = io.StringIO()
    FORMATS.get("jsonl")()(rows(), buf)
    lines = buf.getvalue().splitlines()
    assert [json.loads(x)["event_id_cnty"] for x in lines] == ["SYR-0001", "SYR-2"]


def test_unknown_format_names_the_choices():
    with pytest.raises(UnknownComponent, match="acled, geojson, jsonl"):
        FORMATS.get("xlsx")
