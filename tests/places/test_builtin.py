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
