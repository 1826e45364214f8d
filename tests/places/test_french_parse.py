"""Every spelling of the theatre's towns, compounds and relative places inside French
sentences parsed by spaCy, on the built index. Slow: loads fr_core_news_md."""

from __future__ import annotations

import pytest

from eventdesk.places.index import builtin_gazetteer
from eventdesk.places.stage import PlacesStage
from tests.places.test_builtin import parsed

pytestmark = pytest.mark.slow

ABU_KAMAL, AL_QAIM, DEIR_EZ_ZOR, TADMUR = 174448, 92138, 170794, 163808
# sentences we wrote in the style of the seeds; the spelling stands in several syntactic slots
CASES = [
    (ABU_KAMAL, "AlBoukamal", "L’armée syrienne veut atteindre AlBoukamal avant l’hiver, selon Damas."),
    (ABU_KAMAL, "Boukamal", "Les combats se poursuivaient lundi dans les rues de Boukamal, en Syrie."),
    (ABU_KAMAL, "al-Boukamal", "La ville d’al-Boukamal est presque entièrement encerclée par l’armée."),
    (ABU_KAMAL, "Al-BouKamal", "Des raids ont visé les sites iraniens d’Al-BouKamal à l’est de la Syrie."),
    (ABU_KAMAL, "Abou Kamal", "L’armée a repris Abou Kamal, dans l’est de la Syrie, en novembre."),
    (ABU_KAMAL, "Albu Kamal", "Un drone a frappé un véhicule près de la ville d’Albu Kamal jeudi."),
    (ABU_KAMAL, "al-Bochmal", "Un camion a été attaqué au poste frontière d’al-Bochmal entre l’Irak et la Syrie."),
    (ABU_KAMAL, "Al-Bochmal", "Al-Bochmal est considéré comme le couloir terrestre vers le Liban."),
    (ABU_KAMAL, "al-Buchmal", "Des milices ont été attaquées à al-Buchmal, à la frontière syrienne."),
    (ABU_KAMAL, "al-Bukhmal", "Des explosions ont secoué les entrepôts d’al-Bukhmal dans la nuit, en Syrie."),
    (AL_QAIM, "Al-Qaïm", "Les forces irakiennes sont entrées dans Al-Qaïm, en Irak, samedi."),
    (AL_QAIM, "AlQaïm", "Les forces régulières doivent atteindre la ville irakienne d’AlQaïm."),
    (AL_QAIM, "Qaëm", "Depuis la reprise du point de passage de Qaëm, la frontière irakienne est calme."),
    (DEIR_EZ_ZOR, "Deir ez-Zor", "Des renforts sont arrivés à Deir ez-Zor, sur l’Euphrate, en Syrie."),
    (DEIR_EZ_ZOR, "Deir Ezzor", "Le gouverneur a quitté Deir Ezzor pour Damas mardi."),
    (DEIR_EZ_ZOR, "Deir al-Zor", "Plusieurs explosions ont été entendues à Deir al-Zor, en Syrie."),
    (TADMUR, "Palmyra", "Les troupes syriennes ont repris Palmyra, dans le désert de Syrie, en mars."),
    (TADMUR, "Palmyre", "L’armée syrienne avance à l’est de Palmyre vers la frontière irakienne."),
    (TADMUR, "Tadmor", "Les colonnes sont parties de Tadmor en direction de l’Euphrate, en Syrie."),
]


@pytest.fixture(scope="module")
def stage():
    return PlacesStage(builtin_gazetteer())


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("fr_core_news_md")


def mentions(stage, nlp, text: str) -> dict[str, object]:
    return {m.span.text: m for m in stage(parsed(nlp, text)).places}


@pytest.mark.parametrize("gid,spelling,text", CASES, ids=[c[1] for c in CASES])
def test_spelling_resolves_in_a_parsed_french_sentence(stage, nlp, gid: int, spelling: str, text: str) -> None:
    got = mentions(stage, nlp, text)
    hits = [m for span, m in got.items() if span.endswith(spelling)]
    assert hits, (spelling, list(got))
    assert all(m.place is not None and m.place.geonameid == gid for m in hits), [(m.span.text, m.place) for m in hits]


def test_compounds_are_read_part_by_part(stage, nlp) -> None:
    got = mentions(stage, nlp, "C’est la zone charnière AlBoukamal-AlQaïm qui est l’enjeu. Le passage frontalier "
                               "Abou Kamal-Qaëm, à la frontière irako-syrienne, a rouvert. La route "
                               "Iran-Irak-Syrie-Méditerranée est ouverte.")
    assert got["AlBoukamal"].place.geonameid == ABU_KAMAL and got["AlQaïm"].place.geonameid == AL_QAIM
    assert got["Abou Kamal"].place.geonameid == ABU_KAMAL and got["Qaëm"].place.geonameid == AL_QAIM
    assert got["irako"].place.country_code == "IQ" and got["syrienne"].place.country_code == "SY"
    assert {got[n].place.country_code for n in ("Iran", "Irak", "Syrie")} == {"IR", "IQ", "SY"}
    assert got["Méditerranée"].place.kind == "region"
    assert not any("-" in span and m.place is None for span, m in got.items())  # no compound left unknown


def test_relative_places_in_parsed_french(stage, nlp) -> None:
    got = mentions(stage, nlp, "Le groupe a installé une base à 60 km à l’Est de la base al-Tanaf. Des "
                               "combats ont eu lieu près de Hajin. Des frappes ont touché le désert "
                               "d’Al-Boukamal et la campagne orientale de Deir Ezzor, dans la province de Deir Ezzor.")
    east = got["à 60 km à l’Est de la base al-Tanaf"]
    assert east.place.kind == "relative" and east.geo_precision == 2 and east.place.longitude > 39.0
    assert got["près de Hajin"].place.geonameid == 174506 and got["près de Hajin"].geo_precision == 2
    desert = next(m for s, m in got.items() if s.endswith("Al-Boukamal"))
    assert desert.place.geonameid == ABU_KAMAL and desert.geo_precision == 2 and desert.radius_km >= 50
    rural = got["la campagne orientale de Deir Ezzor"]
    assert rural.place.kind == "relative" and rural.place.admin1 == "Deir ez-Zor" and rural.geo_precision == 3
    prov = got["la province de Deir Ezzor"]
    assert prov.place.kind == "admin1" and prov.place.geonameid == 170792
