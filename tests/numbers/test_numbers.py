"""The numbers stage: casualty figures the ACLED way, and the numbers that are not counts."""

from __future__ import annotations

import pytest

from eventdesk.numbers.stage import NumbersStage
from eventdesk.records import NumberMention
from tests.actors.util import build


def numbers(text: str, language: str = "fr") -> list[NumberMention]:
    return list(NumbersStage()(build(text, language)).numbers)


def casualties(text: str, language: str = "fr") -> list[tuple[str, int | None, str]]:
    return [(n.span.text, n.value, n.kind) for n in numbers(text, language) if n.kind != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cinq combattants auraient été tués dans la nuit.", [("Cinq", 5, "killed")]),
        ("L'explosion a causé la mort de 12 civils.", [("12", 12, "killed")]),
        ("Au moins 4 soldats ont été tués.", [("Au moins 4", 4, "killed")]),
        ("Plus de 30 personnes ont été tuées.", [("Plus de 30", 30, "killed")]),
        ("Entre 5 et 10 gardes ont été tués.", [("Entre 5 et 10", 5, "killed")]),
        ("Une vingtaine de villageois ont été tués.", [("Une vingtaine", 20, "killed")]),
        ("Des dizaines de civils sont morts.", [("Des dizaines", 10, "killed")]),
        ("Plusieurs éléments du groupe ont été tués.", [("Plusieurs", 3, "killed")]),
        ("Vingt-cinq soldats ont été tués et quatre-vingt-dix blessés.",
         [("Vingt-cinq", 25, "killed"), ("quatre-vingt-dix", 90, "injured")]),
        ("Le raid a tué deux enfants, blessant sept adultes.",
         [("deux", 2, "killed"), ("sept", 7, "injured")]),
        ("Les hommes armés ont enlevé plus de 20 civils du village.", [("plus de 20", 20, "abducted")]),
        ("La police a arrêté 14 manifestants.", [("14", 14, "arrested")]),
    ],
)
def test_french_casualty_figures(text, expected):
    assert casualties(text) == expected


def test_injured_are_never_fatalities_even_next_to_deaths():
    got = casualties("Le drone a causé la mort de 4 membres à bord et un blessé.")
    assert got == [("4", 4, "killed"), ("un", 1, "injured")]


def test_bounds_are_kept():
    (n,) = numbers("Entre 5 et 10 gardes ont été tués.")
    assert (n.value, n.low, n.high) == (5, 5, 10)
    (m,) = numbers("Au moins 3 personnes ont été tuées.")
    assert (m.value, m.low, m.high) == (3, 3, None)


def test_no_casualties_is_killed_zero_but_unknown_is_nothing():
    assert casualties("Aucun dommage ou blessure n'a été signalé.") == [("Aucun dommage ou blessure", 0, "killed")]
    assert casualties("On ne sait pas s'il y a eu des victimes.") == []
    assert casualties("Il n'y avait pas d'informations sur l'ampleur des pertes humaines.") == []
    assert casualties("No casualties were reported.", "en") == [("No casualties", 0, "killed")]


def test_things_that_are_not_counts():
    text = ("Les forces ont pris plus de 80% de la ville et 1400 km2 de désert le 5 juin 2017, "
            "en 48 heures ; 6 bombardiers TU-22 et des F-16 ont volé 130 km.")
    got = numbers(text)
    assert [(n.span.text, n.kind) for n in got] == [("6", "other")]


def test_un_is_a_number_only_when_it_counts_casualties():
    assert numbers("Un groupe armé a attaqué une position.") == []


def test_english_figures():
    got = casualties("Dozens of people were wounded and at least three were killed; "
                     "gunmen abducted 7 villagers. Several militants died.", "en")
    assert got == [("Dozens of", 12, "injured"), ("at least three", 3, "killed"),
                   ("7", 7, "abducted"), ("Several", 3, "killed")]


def test_years_are_not_counts_but_spans_are_exact():
    text = "En 2019, 2 000 déplacés ont fui; 15 ont été tués."
    got = numbers(text)
    assert [(n.span.text, n.value, n.kind) for n in got] == [("2 000", 2000, "other"), ("15", 15, "killed")]
    for n in got:
        assert text[n.span.start : n.span.end] == n.span.text


def test_ranges_without_entre_keep_the_low_end():
    got = [(n.span.text, n.value, n.high, n.kind) for n in numbers("De 5 à 10 soldats ont été tués ; 12-15 morts ailleurs.")]
    assert got == [("5 à 10", 5, 10, "killed"), ("12-15", 12, 15, "killed")]
    # two counts joined by "et" are two counts, not a range, and share the casualty word
    assert casualties("5 soldats et 10 civils ont été tués.") == [("5", 5, "killed"), ("10", 10, "killed")]
    assert casualties("3 enfants et 2 femmes ont été blessés.") == [("3", 3, "injured"), ("2", 2, "injured")]
