"""State forces named by a demonym, a country's force acronym or proper name: ACLED's
"Military Forces of <Country> (<period>)", the period chosen by date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.actors.dictionary import countries, name_on
from eventdesk.actors.stage import ActorsStage
from tests.actors.util import build


def named(text: str, language: str = "fr", published: dt.date | None = None) -> dict[str, str | None]:
    return {a.span.text: a.name for a in ActorsStage()(build(text, language, published=published)).actors}


def test_french_demonyms_of_armies_and_police_take_the_period_of_the_report_date():
    text = ("Des soldats maliens et des policiers nigériens ont été blessés, tandis que "
            "l'aviation de l'armée soudanaise visait des dépôts.")
    got = named(text, published=dt.date(2020, 2, 3))
    assert got["soldats maliens"] == "Military Forces of Mali (2013-2020)"
    assert got["policiers nigériens"] == "Police Forces of Niger (2011-2021)"
    assert got["armée soudanaise"] == "Military Forces of Sudan (2019-)"


def test_english_demonyms_and_no_date_take_the_latest_period():
    got = named("Nigerian police said Russian troops and Ethiopian soldiers were not involved.", "en")
    assert got["Nigerian police"] == "Police Forces of Nigeria (2023-)"
    assert got["Russian troops"] == "Military Forces of Russia (2000-)"
    assert got["Ethiopian soldiers"] == "Military Forces of Ethiopia (2018-)"


def test_force_acronyms_are_case_sensitive_and_named_forces_resolve():
    got = named("Les FARDC ont repris Rutshuru aux côtés des Forces armées maliennes.",
                published=dt.date(2018, 6, 1))
    assert got["FARDC"] == "Military Forces of the Democratic Republic of Congo (2001-2019)"
    assert got["Forces armées maliennes"] == "Military Forces of Mali (2013-2020)"
    assert "fardc" not in {k.lower() for k in named("Le mot fardc n'est pas un sigle.")} - {"FARDC"}


def test_a_nigerien_is_not_a_nigerian():
    got = named("Des soldats nigérians et des soldats nigériens ont patrouillé.", published=dt.date(2019, 5, 1))
    assert got["soldats nigérians"] == "Military Forces of Nigeria (2015-2023)"
    assert got["soldats nigériens"] == "Military Forces of Niger (2011-2021)"


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2019, 4, 10), "Military Forces of Sudan (1989-2019)"),
    (dt.date(2019, 4, 11), "Military Forces of Sudan (2019-)"),
    (dt.date(2021, 5, 24), "Military Forces of Mali (2020-2021)"),
    (None, "Military Forces of Mali (2013-2020)"),  # no date: the name is left as it is
])
def test_period_boundaries(day: dt.date | None, expected: str) -> None:
    start = "Military Forces of Sudan (2019-)" if "Sudan" in expected else "Military Forces of Mali (2013-2020)"
    assert name_on(start, day) == expected


def test_every_named_country_has_both_forces_or_neither():
    for country in countries().values():
        if country.police and len(country.police) > 1:
            assert len(country.military) == len(country.police), country.name


def test_a_strike_named_by_its_strikers_demonym_is_that_states_forces():
    got = named("Une frappe aérienne russe a visé le marché ; des raids israéliens ont suivi.",
                published=dt.date(2019, 12, 2))
    assert got["frappe aérienne russe"] == "Military Forces of Russia (2000-)"
    assert got["raids israéliens"] == "Military Forces of Israel (2009-2021)"
    assert named("A Russian missile hit the block; a Sudanese airstrike followed.", "en")["Russian missile"] \
        == "Military Forces of Russia (2000-)"
