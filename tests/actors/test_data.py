"""The reviewed data files stay coherent: valid ACLED codes, no alias claimed twice."""

from __future__ import annotations

from collections import defaultdict

import pytest

from eventdesk.actors.aliases import fold_same_length
from eventdesk.actors.dictionary import DATA, countries
from eventdesk.langdata import lang_data, load_yaml

SCALES = {"Local", "Subnational", "National", "Regional", "International", "New media", "Other", None}


def test_actor_entries_have_acled_inter_codes_and_names():
    raw = load_yaml(DATA, "actors.yaml")
    for item in raw["actors"]:
        assert item["inter"] in range(1, 9), item["name"]
        assert item["kind"], item["name"]
        assert item.get("aliases") or item.get("exact"), item["name"]
        if item.get("country"):
            assert item["country"] in countries(), item["name"]
        for country in item.get("by_country", {}):
            assert country in countries(), item["name"]


def test_no_alias_names_two_different_actors():
    raw = load_yaml(DATA, "actors.yaml")
    owners: dict[str, set[str]] = defaultdict(set)
    for item in raw["actors"]:
        for lang_aliases in item.get("aliases", {}).values():
            for alias in lang_aliases:
                owners[" ".join(fold_same_length(alias).split())].add(item["name"])
    clashes = {a: n for a, n in owners.items() if len(n) > 1}
    assert not clashes


def test_no_alias_is_both_an_actor_and_a_source():
    actors = {" ".join(fold_same_length(a).split()) for i in load_yaml(DATA, "actors.yaml")["actors"]
              for v in i.get("aliases", {}).values() for a in v}
    sources = {" ".join(fold_same_length(a).split()) for i in load_yaml("eventdesk.sources.data", "sources.yaml")["sources"]
               for v in i.get("aliases", {}).values() for a in v}
    assert not actors & sources


def test_sources_have_acled_scales():
    for item in load_yaml("eventdesk.sources.data", "sources.yaml")["sources"]:
        assert item.get("scale") in SCALES, item["name"]


def test_periods_are_ordered_and_contiguous():
    for country in countries().values():
        for periods in (country.military, country.police):
            for a, b in zip(periods, periods[1:]):
                assert a.end is not None and b.start is not None and a.end < b.start, country.name


@pytest.mark.parametrize("language", ["fr", "en"])
def test_number_words_files_have_every_section(language):
    raw = lang_data(language, "number_words.yaml")
    for key in ("units", "multipliers", "approximate", "vague", "at_least", "range", "kinds",
                "zero_killed", "not_counts_after"):
        assert raw.get(key), key
    assert set(raw["kinds"]) == {"killed", "injured", "abducted", "arrested"}
    assert lang_data(language, "source_cues.yaml")["cues"]
