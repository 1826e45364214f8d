"""Calendar properties that must hold for any report date (Hypothesis)."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.dates.stage import DATE_RESOLVERS
from eventdesk.dates.words import date_words
from tests.dates.helpers import make_report

DATES = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))


def resolved(text: str, published: dt.date, language: str):
    _, times = DATE_RESOLVERS.get("rules")()(make_report(text, language, published))
    return times


@settings(max_examples=60, deadline=None)
@given(published=DATES, language=st.sampled_from(["fr", "en"]), data=st.data())
def test_a_weekday_is_that_weekday_in_the_six_days_up_to_the_report(published, language, data):
    word, number = data.draw(st.sampled_from(sorted(date_words(language).raw["weekdays"].items())))
    (m,) = resolved(f"{word.capitalize()}, x.", published, language)
    assert m.earliest == m.latest and m.earliest.weekday() == number
    assert 0 <= (published - m.earliest).days <= 6 and m.time_precision == 1


@settings(max_examples=60, deadline=None)
@given(published=DATES, language=st.sampled_from(["fr", "en"]))
def test_last_week_is_the_monday_to_sunday_before_the_report_week(published, language):
    phrase = "La semaine dernière" if language == "fr" else "Last week"
    (m,) = resolved(f"{phrase}, x.", published, language)
    assert m.earliest.weekday() == 0 and (m.latest - m.earliest).days == 6
    assert 1 <= (published - m.latest).days <= 7


@settings(max_examples=60, deadline=None)
@given(published=DATES, day=DATES)
def test_a_full_date_ignores_the_report_date(published, day):
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre"]
    (m,) = resolved(f"Le {day.day} {months[day.month - 1]} {day.year}, x.", published, "fr")
    assert (m.earliest, m.latest, m.anchor) == (day, day, "absolute")
