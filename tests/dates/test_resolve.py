"""Resolving expressions to intervals and ACLED precision, against a known report date."""

import datetime as dt

import pytest

from eventdesk.dates.stage import DATE_RESOLVERS
from tests.dates.helpers import make_report

D = dt.date


def times(text: str, published: dt.date | None, language: str = "fr"):
    _, mentions = DATE_RESOLVERS.get("rules")()(make_report(text, language, published))
    return [(m.span.text, m.earliest, m.latest, m.time_precision, m.anchor) for m in mentions]


@pytest.mark.parametrize("text, earliest, latest, precision", [
    ("Des avions ont frappé jeudi un dépôt.", D(2019, 9, 26), D(2019, 9, 26), 1),
    ("Lundi dernier, un couvre-feu a été décrété.", D(2019, 9, 23), D(2019, 9, 23), 1),
    ("Le poste a rouvert ce lundi 30 septembre.", D(2019, 9, 30), D(2019, 9, 30), 1),
    ("Dans la nuit de jeudi à vendredi, des drones ont survolé la base.", D(2019, 9, 26), D(2019, 9, 27), 2),
    ("La semaine dernière, trois villages ont été pillés.", D(2019, 9, 23), D(2019, 9, 29), 2),
    ("Il y a deux semaines, un hélicoptère s'est écrasé.", D(2019, 9, 13), D(2019, 9, 19), 2),
    ("Le mois dernier, l'armée a recruté.", D(2019, 8, 1), D(2019, 8, 31), 3),
    ("Les bombardements ont commencé début avril 2019.", D(2019, 4, 1), D(2019, 4, 10), 3),
    ("Le passage a été ouvert fin septembre.", D(2019, 9, 21), D(2019, 9, 30), 3),
    ("Les combats ont eu lieu entre le 3 et le 5 mars.", D(2019, 3, 3), D(2019, 3, 5), 2),
    ("Le 3 décembre, une embuscade avait tué dix soldats.", D(2018, 12, 3), D(2018, 12, 3), 1),
    ("Ces derniers jours, l'armée a progressé.", D(2019, 9, 23), D(2019, 9, 30), 2),
    ("Les négociations ont échoué au printemps 2019.", D(2019, 3, 20), D(2019, 6, 20), 3),
])
def test_french_expressions_resolve_against_a_monday_report(text, earliest, latest, precision):
    (found,) = times(text, D(2019, 9, 30))
    assert found[1:4] == (earliest, latest, precision)


def test_since_is_a_start_bound_open_to_the_report_date():
    (found,) = times("Le passage était fermé depuis 2012.", D(2020, 1, 9))
    assert found[1:3] == (D(2012, 1, 1), D(2020, 1, 9))


def test_relative_to_the_date_mentioned_before():
    found = times("Le 7 janvier, un drone a visé un véhicule. Un jour plus tard, l'OSDH a parlé.", D(2020, 1, 13))
    assert found[1][1:] == (D(2020, 1, 8), D(2020, 1, 8), 1, "mention")


def test_relative_to_a_date_not_yet_resolved_stays_unresolved():
    (found,) = times("Le lendemain, des renforts sont arrivés.", D(2020, 1, 13))
    assert found[1:] == (None, None, None, "none")


def test_without_a_report_date_only_absolute_expressions_resolve():
    found = times("Samedi, l'armée a progressé; la ville avait été prise en novembre 2017.", None)
    assert found == [("Samedi", None, None, None, "none"),
                     ("en novembre 2017", D(2017, 11, 1), D(2017, 11, 30), 3, "absolute")]


def test_a_date_that_does_not_exist_is_unresolved():
    (found,) = times("Le 31 septembre 2019, rien ne s'est passé.", None)
    assert found[1] is None


def test_english_expressions():
    found = times("On Thursday, jets struck. Last week, three villages were looted. "
                  "The truce was signed on August 12. A day later, it broke down.", D(2019, 9, 30), "en")
    assert [(f[1], f[2]) for f in found] == [
        (D(2019, 9, 26), D(2019, 9, 26)), (D(2019, 9, 23), D(2019, 9, 29)),
        (D(2019, 8, 12), D(2019, 8, 12)), (D(2019, 8, 13), D(2019, 8, 13))]
