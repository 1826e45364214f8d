"""The report's own date from clues in the text, never today's date."""

import datetime as dt

from eventdesk.dates import TimesStage
from tests.dates.helpers import make_report

D = dt.date


def report_date(text: str, published: dt.date | None = None):
    return TimesStage()(make_report(text, "fr", published)).report_date


def test_metadata_wins_with_full_confidence():
    rd = report_date("Le poste a rouvert ce lundi 30 septembre.", published=D(2019, 10, 1))
    assert (rd.date, rd.source, rd.confidence) == (D(2019, 10, 1), "metadata", 1.0)


def test_weekday_day_month_narrowed_by_an_explicit_year():
    rd = report_date("L'armée avait repris la ville en novembre 2017. Le poste a rouvert ce lundi 30 septembre.")
    assert (rd.date, rd.source) == (D(2019, 9, 30), "inferred")
    assert {s.text for s in rd.evidence} == {"ce lundi 30 septembre", "en novembre 2017"}
    assert 0 < rd.confidence < 1


def test_a_later_explicit_year_moves_the_answer():
    rd = report_date("Le projet a été lancé en 2021. Le poste a rouvert ce lundi 30 septembre.")
    assert rd.date == D(2024, 9, 30)


def test_weekday_day_month_with_a_named_group_of_known_years():
    text = "Le groupe Maghawir al-Sawra a fait état ce lundi 5 juin d'une nouvelle base."
    rd = report_date(text)
    assert rd.date == D(2017, 6, 5)
    assert "Maghawir al-Sawra" in {s.text for s in rd.evidence}


def test_yesterday_with_a_date_gives_the_next_day():
    rd = report_date("Il a été rapporté hier 12 janvier que des sites ont été visés. "
                     "Les FDS ont pris la ville au printemps 2019.")
    assert rd.date == D(2020, 1, 13)


def test_a_dated_event_with_a_relative_expression():
    rd = report_date("Le général Suleimani, assassiné la semaine dernière, a été inhumé à Kerman.")
    assert rd.source == "inferred"
    assert D(2020, 1, 6) <= rd.date <= D(2020, 1, 12)
    assert [s.text for s in rd.evidence] == ["Suleimani", "la semaine dernière"]


def test_an_anchor_that_fits_several_years_with_nothing_else_is_unknown():
    rd = report_date("Le groupe a fait état ce lundi 5 juin d'une nouvelle base.")
    assert (rd.date, rd.source) == (None, "unknown")
    assert "2017" in rd.rule


def test_no_clue_means_unknown_not_today():
    rd = report_date("L'armée a progressé samedi, après une offensive entamée vendredi soir.")
    assert (rd.date, rd.source, rd.confidence) == (None, "unknown", 0.0)


def test_a_date_of_birth_is_not_an_anchor_nor_a_bound():
    rd = report_date("Le commandant, né le lundi 3 mars 1980, a été tué.")
    assert rd.date is None


def test_every_time_resolves_against_the_inferred_date():
    report = TimesStage()(make_report("L'armée avait repris la ville en novembre 2017. "
                                      "Le poste a rouvert ce lundi 30 septembre. Jeudi, des tirs."))
    assert [(m.span.text, m.earliest) for m in report.times][-1] == ("Jeudi", D(2019, 9, 26))


def test_a_part_of_day_before_this_weekday_still_anchors():
    rd = report_date("Sept miliciens ont été tués dans la nuit de ce mardi 19 mai, malgré la fermeture "
                     "des frontières due à la pandémie de Covid-19.")
    assert rd.date == D(2020, 5, 19)
    assert "dans la nuit de ce mardi 19 mai" in {s.text for s in rd.evidence}


def test_an_english_weekday_date_fixes_the_year_with_a_clue():
    rd = TimesStage()(make_report("Hundreds rallied on Sunday, 5 July despite a coronavirus curfew.",
                                  "en", None)).report_date
    assert rd.date == D(2020, 7, 5)


def test_a_report_is_never_dated_in_the_future():
    # Monday 19 May is 2014, 2025 and 2031: 2031 has not come yet (today is after 2026)
    rd = report_date("Des raids ont eu lieu ce lundi 19 mai, dix ans après ceux de 2014.")
    assert rd.date == D(2025, 5, 19) or (rd.date is None and "2031" not in rd.rule)
    assert "2031" not in rd.rule


def test_a_named_pronoun_is_not_a_clue():
    # "is" is not the Islamic State: no clue bounds this report, so the year stays unknown
    rd = TimesStage()(make_report("The bridge is the last territory of hope, he said on Thursday, "
                                  "28 November.", "en", None)).report_date
    assert rd.date is None


def test_well_known_dated_events_bound_the_year():
    # Friday 9 February: 2018 or 2024 among recent years; "since October 7" needs 2024
    rd = TimesStage()(make_report("Two people were killed on Friday, 9 February, in the fiercest exchange "
                                  "since October 7.", "en", None)).report_date
    assert rd.date == D(2024, 2, 9) and "October 7" in {s.text for s in rd.evidence}
    # Monday 3 March: 2014 or 2025; the resignation of Ariel Henry (2024) needs 2025
    rd = report_date("Cinq morts ce lundi 3 mars à Kenscoff, près d'un an après la démission d'Ariel Henry.")
    assert rd.date == D(2025, 3, 3)


def test_a_clue_needs_its_cue_word():
    # an earthquake with no place or month of the 2023 one is no clue: the year stays open
    rd = report_date("Cinq morts ce lundi 3 mars à Kenscoff, dans un quartier détruit par un séisme.")
    assert rd.date is None


def test_years_after_a_dated_start_place_the_report():
    # Saturday 19 March: 2011, 2016 or 2022; eleven years after March 2011 is 2022
    rd = report_date("Ce samedi 19 mars, onze ans après le début du soulèvement de mars 2011, "
                     "la province reste instable.")
    assert rd.date == D(2022, 3, 19) and "onze ans après" in {s.text for s in rd.evidence}
