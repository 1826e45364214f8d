"""Finding temporal expressions and reading their parts; traps that are not dates."""

import pytest

from eventdesk.dates import find_expressions


def kinds(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(e.span.text, e.kind) for e in find_expressions(text, language)]


@pytest.mark.parametrize("text, language", [
    ("Six bombardiers, vraisemblablement les TU-22 qui viennent de Russie, ont frappé.", "fr"),
    ("La défense antiaérienne a tiré sur des F-16 au-dessus du fleuve.", "fr"),
    ("Ils ont pris le contrôle de plus de 80% de Boukamal.", "fr"),
    ("L'armée a restitué la surface de 1400 km2 dans le désert.", "fr"),
    ("Les miliciens ont saisi environ 150 fermes.", "fr"),
    ("Sept combattants ont été tués et le 5e régiment a reculé.", "fr"),
    ("Un Mirage 2000 a survolé la route M-5.", "fr"),
    ("Thousands march on the capital; the talks may resume.", "en"),
    ("The Su-24 and MiG-29 jets and 2019 vehicles were counted.", "en"),
])
def test_numbers_weapon_names_and_verbs_are_not_dates(text, language):
    assert find_expressions(text, language) == ()


def test_seed_style_french_expressions_are_all_found_with_their_kind():
    text = ("Ce groupe a fait état ce lundi 5 juin d'une base. Le mois de mai dernier, ils se sont "
            "rencontrés. Dans la nuit de jeudi à vendredi, des avions ont frappé. Un jour plus tard, "
            "l'OSDH a parlé. Les FDS ont repris la zone au printemps 2019, et ce depuis début "
            "avril 2019. Le passage a été ouvert fin septembre, fermé depuis 2012.")
    assert kinds(text) == [
        ("ce lundi 5 juin", "date"), ("Le mois de mai dernier", "month"),
        ("Dans la nuit de jeudi à vendredi", "weekday_range"), ("Un jour plus tard", "mention_shift"),
        ("au printemps 2019", "season"), ("depuis début avril 2019", "month"),
        ("fin septembre", "month"), ("depuis 2012", "year"),
    ]


def test_parts_of_the_expression_are_read():
    (e,) = find_expressions("Il a été rapporté hier 12 janvier que des sites ont été visés.", "fr")
    assert (e.day, e.month, e.year, e.anchor_offset) == (12, 1, None, -1)
    (e,) = find_expressions("Le passage a rouvert ce lundi 30 septembre.", "fr")
    assert (e.weekday, e.this) == (0, True)
    (e,) = find_expressions("Les forces ont progressé depuis 2017.", "fr")
    assert e.since and e.year == 2017
    (e,) = find_expressions("Il y a quelques jours, la Syrie a signalé une attaque.", "fr")
    assert (e.kind, e.unit, e.count) == ("ago", "day", (2, 7))


def test_a_date_of_birth_is_flagged():
    exprs = find_expressions("Le commandant, né le 3 mars 1975 à Alep, a été tué jeudi.", "fr")
    assert [(e.span.text, e.birth) for e in exprs] == [("le 3 mars 1975", True), ("jeudi", False)]
    (e, _) = find_expressions("The commander, born on 3 March 1975, was killed on Thursday.", "en")
    assert e.birth


def test_weekday_in_a_quoted_statement_counts():
    assert kinds("« Ils ont frappé dimanche à l'aube », a déclaré le porte-parole.") == [("dimanche", "weekday")]


def test_accents_apostrophes_and_case_do_not_matter():
    assert kinds("DANS L’APRES-MIDI DE CE SAMEDI, une vidéo a circulé.")[0][1] == "weekday"
    assert kinds("Debut 2014, le poste est tombé.") == [("Debut 2014", "year")]


def test_english_shapes():
    text = ("It was reported yesterday, January 12, that overnight Thursday to Friday jets struck, "
            "two weeks ago a convoy was hit, and since early April 2019 the base has grown.")
    assert [k for _, k in kinds(text, "en")] == ["date", "weekday_range", "ago", "month"]
