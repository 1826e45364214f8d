"""Model-free checks that the demo corpus and its hand-coded gold do not drift.

The demo corpus is the `eventdesk demo` input, a test fixture and the `eventdesk eval` gold,
so a broken row here silently corrupts every score. These tests read the packaged files only.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from eventdesk import demo
from eventdesk.textnorm import fold

ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
    "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
    "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
    "source_scale notes fatalities tags timestamp"
).split()
GOLD_COLUMNS = [*ACLED_COLUMNS, "report_ids"]

# ACLED's 6 event types and 25 sub-event types (ACLED Codebook), with each sub-event's
# disorder type.
PV, DEM, SD = "Political violence", "Demonstrations", "Strategic developments"
TAXONOMY: dict[str, dict[str, str]] = {
    "Battles": dict.fromkeys(
        ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"], PV
    ),
    "Explosions/Remote violence": dict.fromkeys(
        ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
         "Remote explosive/landmine/IED", "Grenade"], PV
    ),
    "Violence against civilians": dict.fromkeys(
        ["Sexual violence", "Attack", "Abduction/forced disappearance"], PV
    ),
    "Protests": {"Peaceful protest": DEM, "Protest with intervention": DEM,
                 "Excessive force against protesters": f"{PV}; {DEM}"},
    "Riots": {"Violent demonstration": DEM, "Mob violence": PV},
    "Strategic developments": dict.fromkeys(
        ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
         "Headquarters or base established", "Looting/property destruction",
         "Non-violent transfer of territory", "Other"], SD
    ),
}
REGIONS = {"Middle East", "Western Africa", "Eastern Africa", "Middle Africa", "Northern Africa",
           "Southern Africa", "Europe", "South America", "Central America", "Caribbean",
           "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Caucasus and Central Asia",
           "North America", "Oceania"}
ID_RE = re.compile(r"^demo-(fr|en)-\d{3}$")
# Reviewer documentation lives next to the data in the source tree (not shipped as data).
TRAPS = Path(__file__).resolve().parents[2] / "eventdesk" / "demo" / "TRAPS.md"
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}


@cache
def reports() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with demo.reports_path().open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert r["id"] not in out, f"duplicate report id {r['id']}"
            out[r["id"]] = r
    return out


@cache
def gold_header() -> list[str]:
    with demo.gold_path().open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


@cache
def gold() -> list[dict[str, str]]:
    with demo.gold_path().open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def spellings() -> dict[str, list[str]]:
    with demo.spellings_path().open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def row_reports(row: dict[str, str]) -> list[dict[str, Any]]:
    return [reports()[rid] for rid in row["report_ids"].split(";")]


def rows() -> list[pytest.param]:
    return [pytest.param(r, id=r["event_id_cnty"]) for r in gold()]


# ------------------------------------------------------------------------- corpus


def test_corpus_size_and_languages() -> None:
    langs = Counter(r["language"] for r in reports().values())
    assert set(langs) <= {"fr", "en"}
    assert len(reports()) >= 40
    assert langs["fr"] >= 20 and langs["en"] >= 15


@pytest.mark.parametrize("rid", sorted(reports()))
def test_report_fields(rid: str) -> None:
    r = reports()[rid]
    assert ID_RE.match(rid) and rid.split("-")[1] == r["language"]
    assert set(r) <= {"id", "title", "outlet", "url", "published", "language", "text"}
    assert r["title"].strip() and r["outlet"].strip()
    assert r["url"].startswith("https://example.org/")
    if "published" in r:
        dt.date.fromisoformat(r["published"])  # raises on a malformed date
    assert 120 <= len(r["text"].split()) <= 350
    assert "\n\n" in r["text"], "paragraphs are separated by a blank line"


def test_some_reports_have_no_published_date() -> None:
    missing = [r for r in reports().values() if "published" not in r]
    assert len(missing) >= 8


def test_every_report_is_documented_in_traps() -> None:
    traps = TRAPS.read_text(encoding="utf-8")
    for rid in reports():
        assert f"## {rid}" in traps, f"{rid} has no section in TRAPS.md"


def test_reports_without_events_exist_and_are_explained() -> None:
    coded = {rid for row in gold() for rid in row["report_ids"].split(";")}
    uncoded = set(reports()) - coded
    assert len(uncoded) >= 2, "the corpus needs reports with no codable event"
    traps = TRAPS.read_text(encoding="utf-8")
    for rid in uncoded:
        section = traps.split(f"## {rid}", 1)[1].split("\n## ", 1)[0]
        assert "no codable event" in section.lower(), rid


# ------------------------------------------------------------------------- gold


def test_gold_columns_exact() -> None:
    assert gold_header() == GOLD_COLUMNS


def test_gold_ids_unique_and_country_coded() -> None:
    ids = [r["event_id_cnty"] for r in gold()]
    assert len(ids) == len(set(ids))
    for row in gold():
        country = pycountry.countries.get(numeric=f"{int(row['iso']):03d}")
        assert country is not None and row["event_id_cnty"][:3] == country.alpha_3


def test_all_six_event_types_and_many_sub_event_types() -> None:
    assert {r["event_type"] for r in gold()} == set(TAXONOMY)
    assert len({r["sub_event_type"] for r in gold()}) >= 15


def test_one_event_told_by_three_reports() -> None:
    multi = [r for r in gold() if len(r["report_ids"].split(";")) >= 3]
    assert multi
    for row in multi:
        outlets = {rep["outlet"] for rep in row_reports(row)}
        assert len(outlets) >= 3, "the same event must come from different outlets"


@pytest.mark.parametrize("row", rows())
def test_taxonomy_and_disorder(row: dict[str, str]) -> None:
    subs = TAXONOMY[row["event_type"]]
    assert row["sub_event_type"] in subs
    assert row["disorder_type"] == subs[row["sub_event_type"]]


@pytest.mark.parametrize("row", rows())
def test_interaction_matches_inter_codes(row: dict[str, str]) -> None:
    i1 = int(row["inter1"])
    assert 1 <= i1 <= 8 and row["actor1"]
    if row["actor2"]:
        i2 = int(row["inter2"])
        assert 1 <= i2 <= 8
        assert int(row["interaction"]) == 10 * min(i1, i2) + max(i1, i2)
    else:
        assert row["inter2"] == "" and int(row["interaction"]) == 10 * i1
    for actor, inter in ((row["actor1"], row["inter1"]), (row["actor2"], row["inter2"])):
        if actor.startswith("Civilians ("):
            assert inter == "7"
        if actor.startswith("Protesters ("):
            assert inter == "6"
        if actor.startswith("Rioters ("):
            assert inter == "5"
    if row["civilian_targeting"]:
        assert row["civilian_targeting"] == "Civilian targeting"
        assert row["actor2"].startswith("Civilians (")


@pytest.mark.parametrize("row", rows())
def test_dates(row: dict[str, str]) -> None:
    date = dt.date.fromisoformat(row["event_date"])
    assert row["year"] == str(date.year)
    assert row["time_precision"] in {"1", "2", "3"}
    for rep in row_reports(row):
        if "published" in rep:
            published = dt.date.fromisoformat(rep["published"])
            assert date <= published, "an event cannot postdate its report"
            assert (published - date).days <= 14


@pytest.mark.parametrize("row", rows())
def test_weekday_agrees_with_reports(row: dict[str, str]) -> None:
    """A day-precise event told with weekday names must fall on one of them."""
    if row["time_precision"] != "1":
        return
    date = dt.date.fromisoformat(row["event_date"])
    for rep in row_reports(row):
        names = WEEKDAYS[rep["language"]]
        named = {n for n in names if re.search(rf"\b{n}\b", rep["text"].lower())}
        if named:
            assert names[date.weekday()] in named, (rep["id"], row["event_date"], named)


@pytest.mark.parametrize("row", rows())
def test_place_fields(row: dict[str, str]) -> None:
    lat, lon = float(row["latitude"]), float(row["longitude"])
    assert -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0, 0)
    assert re.fullmatch(r"-?\d+\.\d{4}", row["latitude"]) and re.fullmatch(r"-?\d+\.\d{4}", row["longitude"])
    assert row["geo_precision"] in {"1", "2", "3"}
    assert row["region"] in REGIONS
    assert row["country"] and row["admin1"] and row["location"]


@pytest.mark.parametrize("row", rows())
def test_location_occurs_in_every_report_of_the_event(row: dict[str, str]) -> None:
    """Never invent: each report telling the event names its place (in some spelling)."""
    names = [row["location"], *spellings().get(row["location"], [])]
    for rep in row_reports(row):
        text = fold(rep["text"])
        assert any(fold(n) in text for n in names), (rep["id"], names)


def test_spellings_are_all_used() -> None:
    """A listed spelling that no report uses is stale data."""
    corpus = fold(" ".join(r["text"] for r in reports().values()))
    locations = {r["location"] for r in gold()}
    for location, names in spellings().items():
        assert location in locations, f"{location} is not a gold location"
        for name in names:
            assert fold(name) in corpus, name


@pytest.mark.parametrize("row", rows())
def test_fatalities_and_sources(row: dict[str, str]) -> None:
    if row["fatalities"] != "":
        assert int(row["fatalities"]) >= 0
    if row["event_type"] == "Strategic developments":
        assert row["fatalities"] in {"", "0"}, "strategic developments carry no fatalities"
    assert row["source"] and row["source_scale"]
    outlets = {rep["outlet"] for rep in row_reports(row)}
    assert all(fold(o) in fold(row["source"]) for o in outlets), "every telling outlet is a source"
    assert row["tags"] == "" and row["timestamp"] == ""


@pytest.mark.parametrize("row", rows())
def test_notes_are_own_summary_not_a_copy(row: dict[str, str]) -> None:
    notes = row["notes"]
    assert notes.startswith(("On ", "In the week of ")) and notes.endswith(".")
    words = fold(notes).split()
    for rep in row_reports(row):
        text = fold(rep["text"])
        for i in range(len(words) - 7):
            assert " ".join(words[i : i + 8]) not in text, "notes copy the report"
