"""The ACLED taxonomy and the language data that point into it are complete and consistent."""

from __future__ import annotations

import pytest

from eventdesk.errors import ConfigError
from eventdesk.events.coding import _notes_data
from eventdesk.events.modality import load_cues
from eventdesk.events.taxonomy import event_types, lookup, sub_event_types
from eventdesk.events.triggers import load_lexicon, sub_events_of

ACLED_DISORDER_TYPES = {"Political violence", "Demonstrations", "Strategic developments",
                        "Political violence; Demonstrations"}


def test_six_event_types_and_twenty_five_sub_event_types():
    assert event_types() == ("Battles", "Explosions/Remote violence", "Violence against civilians",
                             "Protests", "Riots", "Strategic developments")
    assert len(sub_event_types()) == 25
    counts = {t: sum(s.event_type == t for s in sub_event_types().values()) for t in event_types()}
    assert counts == {"Battles": 3, "Explosions/Remote violence": 6, "Violence against civilians": 3,
                      "Protests": 3, "Riots": 2, "Strategic developments": 8}


def test_disorder_types_follow_the_codebook():
    assert {s.disorder_type for s in sub_event_types().values()} == ACLED_DISORDER_TYPES
    assert lookup("Mob violence").disorder_type == "Political violence"
    assert lookup("Violent demonstration").disorder_type == "Demonstrations"
    assert lookup("Excessive force against protesters").disorder_type == "Political violence; Demonstrations"
    assert lookup("Arrests").event_type == "Strategic developments"


def test_unknown_sub_event_type_names_the_valid_ones():
    with pytest.raises(ConfigError, match="Air/drone strike"):
        lookup("Airstrike")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_trigger_files_reach_every_sub_event_type(language):
    # load_lexicon raises ConfigError on any name outside the taxonomy
    reached = sub_events_of(load_lexicon(language).triggers)
    assert reached <= set(sub_event_types())
    missing = set(sub_event_types()) - reached
    assert not missing, f"{language}: no trigger can produce {sorted(missing)}"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_modality_cues_load(language):
    cues = load_cues(language)
    assert cues.reported and cues.governs["planned"] and cues.governs["denied"]


def test_every_sub_event_type_has_a_notes_phrase():
    phrases = _notes_data()["phrases"]
    assert set(phrases) == set(sub_event_types())
    assert all("{a1}" in p["with"] and "{a2}" in p["with"] for p in phrases.values())
