"""EventMention → Event: ACLED columns, interaction codes, generated notes and evidence (no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.coding import civilian_targeting, code_mention, interaction, source_column
from eventdesk.events.context import CountryInfo
from eventdesk.records import (ActorMention, Article, EventMention, NumberMention, Place, PlaceMention, Report,
                               SourceMention, Span, TimeMention)

TEXT = ("D'après l'Observatoire, joint par l'AFP, des drones non identifiés ont frappé mardi un convoi "
        "de la milice près d'Abou Kamal, tuant sept combattants et en blessant onze.")


def at(surface: str) -> Span:
    start = TEXT.index(surface)
    return Span(start, start + len(surface), surface)


def fake_country(code: str) -> CountryInfo | None:
    return CountryInfo("Syria", "SY", "SYR", 760, "Middle East") if code in ("SY", "Syria") else None


def mention(**overrides) -> EventMention:
    fields = dict(
        sentence=Span(0, len(TEXT), TEXT), trigger=at("frappé"), event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", modality="reported",
        actor1=ActorMention(at("drones non identifiés"), "Unidentified Military Forces", 8),
        actor2=ActorMention(at("la milice"), "Popular Mobilization Forces", 3),
        place=PlaceMention(at("Abou Kamal"), Place("Abu Kamal", "populated_place", 170000, 34.45, 40.92, "Syria",
                                                   "SY", "Deir ez-Zor"), geo_precision=1),
        time=TimeMention(at("mardi"), dt.date(2019, 9, 24), dt.date(2019, 9, 24), 1),
        fatalities=NumberMention(at("sept"), 7, kind="killed"),
        sources=(SourceMention(at("l'Observatoire"), "SOHR", ("AFP",), "National"),),
    )
    fields.update(overrides)
    return EventMention(**fields)  # type: ignore[arg-type]


REPORT = Report(article=Article(id="art1", text=TEXT, origin="t", outlet="Le Quotidien"), language="fr")


@pytest.mark.parametrize(("inter1", "inter2", "expected"), [
    (1, 2, 12), (2, 1, 12), (8, 3, 38), (3, 8, 38), (1, 7, 17), (6, None, 60), (None, 5, 50),
    (1, 1, 11), (None, None, None),
])
def test_interaction_is_two_digits_smaller_first(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


def test_civilian_targeting_only_for_civilian_victims_of_violence_or_explosions():
    assert civilian_targeting("Violence against civilians", 7) == "Civilian targeting"
    assert civilian_targeting("Explosions/Remote violence", 7) == "Civilian targeting"
    assert civilian_targeting("Battles", 7) is None
    assert civilian_targeting("Explosions/Remote violence", 3) is None


def test_acled_columns_from_the_mention():
    e = code_mention(mention(), REPORT, country_info=fake_country)
    assert (e.event_type, e.sub_event_type, e.disorder_type) == (
        "Explosions/Remote violence", "Air/drone strike", "Political violence")
    assert (e.actor1, e.inter1, e.actor2, e.inter2, e.interaction) == (
        "Unidentified Military Forces", 8, "Popular Mobilization Forces", 3, 38)
    assert (e.iso, e.region, e.country, e.admin1, e.location) == (760, "Middle East", "Syria", "Deir ez-Zor", "Abu Kamal")
    assert (e.latitude, e.longitude, e.geo_precision) == (34.45, 40.92, 1)
    assert e.event_date == dt.date(2019, 9, 24) and e.time_precision == 1
    assert e.fatalities == 7  # injured ("onze") never counted
    assert e.source == "Le Quotidien; SOHR; AFP" and e.source_scale == "National"
    assert e.event_id_cnty.startswith("SYR") and len(e.event_id_cnty) == 11
    assert e.civilian_targeting is None and e.modality == "reported" and e.article_ids == ("art1",)


def test_every_coded_field_keeps_its_span():
    e = code_mention(mention(), REPORT, country_info=fake_country)
    assert e.evidence["sub_event_type"].text == "frappé"
    assert e.evidence["actor1"].text == "drones non identifiés"
    assert e.evidence["actor2"].text == "la milice"
    assert e.evidence["location"].text == e.evidence["latitude"].text == "Abou Kamal"
    assert e.evidence["event_date"].text == "mardi"
    assert e.evidence["fatalities"].text == "sept"
    assert e.evidence["source"].text == "l'Observatoire"
    for span in e.evidence.values():
        assert TEXT[span.start:span.end] == span.text


def test_notes_are_generated_not_copied():
    e = code_mention(mention(), REPORT, country_info=fake_country)
    assert e.notes.startswith("On 2019-09-24, Unidentified Military Forces")
    assert "Abu Kamal (Deir ez-Zor, Syria)" in e.notes and "7 reported fatalities" in e.notes
    assert e.notes.endswith("(SOHR via AFP)")
    words = TEXT.split()
    copied = [" ".join(words[i:i + 4]) for i in range(len(words) - 3) if " ".join(words[i:i + 4]) in e.notes]
    assert copied == []


def test_id_is_stable_and_unknowns_stay_none():
    bare = mention(actor2=None, place=None, time=None, fatalities=None, sources=())
    a = code_mention(bare, REPORT, country_info=fake_country)
    b = code_mention(bare, REPORT, country_info=fake_country)
    assert a.event_id_cnty == b.event_id_cnty
    assert (a.country, a.iso, a.latitude, a.longitude, a.event_date, a.actor2) == (None,) * 6
    assert a.interaction == 80 and a.fatalities is None and "fatalities" not in a.evidence
    assert a.source == "Le Quotidien" and a.notes.startswith("On an unknown date")


def test_source_column_keeps_the_chain_once():
    s = (SourceMention(Span(0, 1, "x"), "SOHR", ("AFP",)), SourceMention(Span(2, 3, "y"), "AFP"))
    assert source_column("AFP", s) == "AFP; SOHR"
    assert source_column(None, ()) is None


def test_state_force_is_named_for_the_period_of_the_event_date_not_the_report_date():
    # the actors stage named the force for the report (published after the regime change);
    # the event itself happened before it, so ACLED's name is the earlier period's
    army = ActorMention(at("la milice"), "Military Forces of Sudan (2019-)", 1, "Sudan", "state_forces")
    before = mention(actor2=army, time=TimeMention(at("mardi"), dt.date(2019, 3, 26), dt.date(2019, 3, 26), 1))
    after = mention(actor2=army, time=TimeMention(at("mardi"), dt.date(2019, 9, 24), dt.date(2019, 9, 24), 1))
    assert code_mention(before, REPORT, country_info=fake_country).actor2 == "Military Forces of Sudan (1989-2019)"
    assert code_mention(after, REPORT, country_info=fake_country).actor2 == "Military Forces of Sudan (2019-)"
    assert code_mention(mention(actor2=army, time=None), REPORT, country_info=fake_country).actor2 == "Military Forces of Sudan"  # no date: no guessed period
