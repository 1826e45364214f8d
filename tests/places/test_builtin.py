"""The built-in index (built once under $EVENTDESK_HOME) and a real French parse. Slow."""

from __future__ import annotations

import pytest

from eventdesk.places.index import builtin_gazetteer
from eventdesk.places.stage import PlacesStage
from eventdesk.records import Article, Entity, Report, Span
from tests.places.test_stage import SPELLINGS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def builtin():
    return builtin_gazetteer()


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("fr_core_news_md")


def parsed(nlp, text: str) -> Report:
    doc = nlp(text)
    return Report(article=Article(id="x", text=text, origin="test"), language="fr", doc=doc,
                  sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents),
                  entities=tuple(Entity(Span(e.start_char, e.end_char, e.text), e.label_) for e in doc.ents))


def test_every_seed_spelling_on_the_built_index(builtin) -> None:
    stage = PlacesStage(builtin)
    for gid, spellings in SPELLINGS.items():
        for s in spellings:
            text = f"Selon des habitants, une frappe a touché {s}, dans l'est de la Syrie, dimanche."
            report = Report(Article(id="x", text=text, origin="t"), language="fr",
                            sentences=(Span(0, len(text), text),))
            got = {m.span.text: m.place for m in stage(report).places}
            assert got[s] is not None and got[s].geonameid == gid, (s, got.get(s))


def test_built_index_has_areas_with_points_and_english_admin_names(builtin) -> None:
    area = builtin.get(170792)
    assert area.kind == "admin1" and area.name == "Deir ez-Zor" and "towns" in area.note
    assert area.latitude and area.longitude
    town = builtin.get(174448)
    assert town.admin1 == "Deir ez-Zor" and town.country_code == "SY"


def test_french_report_end_to_end(builtin, nlp) -> None:
    text = ("Des avions non identifiés ont bombardé lundi des positions près d'Abou Kamal, à la "
            "frontière entre la Syrie et l'Irak, face à Al-Qaïm. Le Hamas n'a pas réagi. "
            "Dans la province de Deir Ezzor, l'ambassadeur russe a visité Palmyre.")
    places = PlacesStage(builtin)(parsed(nlp, text)).places
    got = {m.span.text: m for m in places}
    assert got["près d'Abou Kamal"].place.geonameid == 174448 and got["près d'Abou Kamal"].geo_precision == 2
    assert got["Al-Qaïm"].place.geonameid == 92138 and got["Al-Qaïm"].place.country == "Iraq"
    assert got["la province de Deir Ezzor"].place.kind == "admin1"
    assert got["Palmyre"].place.geonameid == 163808
    assert not any("Hamas" in t for t in got)


def test_built_index_display_names_points_and_area_populations(builtin) -> None:
    assert builtin.get(174448).name == "Abu Kamal"  # GeoNames: Ālbū Kamāl
    assert builtin.get(170017).name == "Hama"  # GeoNames: Ḩamāh
    assert builtin.get(173480).name == "Al Mayadin"  # GeoNames: Al Mayādīn
    assert builtin.get(170794).name == "Deir ez-Zor"
    oklahoma = builtin.get(4544379)
    assert oklahoma.kind == "admin1" and oklahoma.name == "Oklahoma" and oklahoma.population > 1_000_000
    syria = builtin.get(163843)
    assert syria.population > 10_000_000
    if "countryinfo" in syria.note:  # the package's representative point, not a town median
        assert (syria.latitude, syria.longitude) == (35.0, 38.0)


def english(text: str, ents: list[str]) -> Report:
    spans = []
    for e in ents:
        i = text.index(e)
        spans.append(Entity(Span(i, i + len(e), e), "GPE"))
    return Report(Article(id="x", text=text, origin="t"), language="en",
                  sentences=(Span(0, len(text), text),), entities=tuple(spans))


def test_big_places_beat_small_namesakes_on_the_built_index(builtin) -> None:
    text = "Flights from Amsterdam to Florida and Berlin were cancelled."
    got = {m.span.text: m.place for m in PlacesStage(builtin)(english(text, ["Amsterdam", "Florida", "Berlin"])).places}
    assert got["Amsterdam"].geonameid == 2759794  # the city, not its larger municipality area
    assert got["Florida"].geonameid == 4155751 and got["Florida"].kind == "admin1"  # not Florida, NY
    assert got["Berlin"].geonameid == 2950159


def test_two_spellings_of_one_town_on_the_built_index(builtin) -> None:
    text = "Shells hit Hama on Monday. In Ḩamāh, families fled; Boukamal and Abou Kamal were quiet."
    got = {m.span.text: m.place for m in PlacesStage(builtin)(
        english(text, ["Hama", "Ḩamāh", "Boukamal", "Abou Kamal"])).places}
    assert got["Hama"].geonameid == got["Ḩamāh"].geonameid == 170017
    assert got["Boukamal"].geonameid == got["Abou Kamal"].geonameid == 174448


def test_seas_and_regions_resolve_to_curated_regions_not_namesake_towns(builtin) -> None:
    from eventdesk.places.regions import is_synthetic, regions

    stage = PlacesStage(builtin)
    text = ("Iran ships oil from the Gulf across the Mediterranean to Syria; in the Middle East, "
            "and in the Sahel, aid is short. The fleet sails the Red Sea.")
    report = Report(Article(id="x", text=text, origin="t"), language="en", sentences=(Span(0, len(text), text),),
                    entities=tuple(Entity(Span(text.index(n), text.index(n) + len(n), n), "LOC")
                                   for n in ("Gulf", "Mediterranean", "Middle East", "Sahel", "Red Sea")))
    got = {m.span.text: m for m in stage(report).places}
    for name in ("Gulf", "Mediterranean", "Middle East", "Sahel", "Red Sea"):
        p = got[name].place
        assert p is not None and p.kind == "region" and p.latitude is not None, (name, p)
        assert got[name].geo_precision == 3 and got[name].radius_km >= 500
    assert got["Middle East"].place.geonameid == 6269133  # not the village in Pennsylvania
    assert got["Sahel"].place.geonameid is None  # no GeoNames id we are sure of: none shown
    # every synthetic id is stable and negative, and never one of GeoNames' ids
    assert all(is_synthetic(r.gid) for r in regions() if r.key in ("sahel", "levant"))
    assert builtin.get(2461445).kind == "country"  # Western Sahara stays the country, not the desert
