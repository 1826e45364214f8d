"""Which expression dates an event, and the report-date fallback."""

import datetime as dt
from dataclasses import replace

import pytest

from eventdesk.dates import TimesStage, event_time, fallback_time
from eventdesk.records import ReportDate, Span
from tests.dates.helpers import make_report


def span_of(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), surface)


def prepared(text: str, published=dt.date(2019, 9, 30)):
    return TimesStage()(make_report(text, "fr", published))


def test_nearest_expression_in_the_same_sentence():
    text = "En novembre 2017, l'armée avait repris la ville. Jeudi, des avions ont bombardé le dépôt."
    report = prepared(text)
    second = report.sentences[1]
    assert event_time(report, second, span_of(text, "bombardé")).span.text == "Jeudi"
    assert event_time(report, report.sentences[0], span_of(text, "repris")).span.text == "En novembre 2017"


def test_birth_dates_and_since_bounds_never_date_an_event():
    text = "Le commandant, né le 3 mars 1975, a été tué depuis 2012 par un tireur."
    report = prepared(text)
    assert event_time(report, report.sentences[0], span_of(text, "tué")) is None


def test_no_expression_in_the_sentence_gives_none():
    text = "Jeudi, des tirs. Un drone a frappé le dépôt."
    report = prepared(text)
    assert event_time(report, report.sentences[1], span_of(text, "frappé")) is None


def test_fallback_is_the_week_before_the_report_date():
    report = prepared("Un drone a frappé le dépôt.")
    fb = fallback_time(report)
    assert (fb.earliest, fb.latest, fb.time_precision, fb.rule) == (
        dt.date(2019, 9, 23), dt.date(2019, 9, 30), 2, "report-date fallback")
    assert fb.span == Span(0, 0, "")


def test_fallback_is_none_when_the_report_date_is_unknown():
    report = prepared("Un drone a frappé le dépôt.", published=None)
    assert fallback_time(report) is None


def test_fallback_evidence_is_a_temporal_expression_of_the_report_date_never_a_name_clue():
    text = "Après la mort de Suleimani, un drone a frappé la semaine dernière le dépôt. Des tirs ont suivi."
    report = prepared(text, published=None)
    clue, week = span_of(text, "Suleimani"), span_of(text, "la semaine dernière")
    assert any(m.span.overlaps(week) for m in report.times)  # the times stage found the expression
    inferred = replace(report, report_date=ReportDate(dt.date(2020, 1, 13), "inferred", 0.6, (clue, week)))
    assert fallback_time(inferred).span == week
    only_names = replace(report, report_date=ReportDate(dt.date(2020, 1, 13), "inferred", 0.6, (clue,)))
    assert fallback_time(only_names).span == Span(clue.start, clue.end, "report date")


@pytest.mark.slow
def test_syntax_prefers_the_expression_of_the_events_own_clause(fr_nlp):
    from eventdesk.records import Article, Report

    text = ("Le centre, qui avait signalé jeudi des explosions, a indiqué que des avions ont "
            "bombardé la base samedi.")
    doc = fr_nlp(text)
    report = Report(Article(id="x", text=text, origin="t", published=dt.date(2019, 9, 30)), language="fr",
                    doc=doc, sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents))
    report = TimesStage()(report)
    got = event_time(report, report.sentences[0], span_of(text, "signalé"))
    assert got.span.text == "jeudi"
    got = event_time(report, report.sentences[0], span_of(text, "bombardé"))
    assert got.span.text == "samedi"


@pytest.mark.slow
def test_a_future_clause_moves_weekdays_and_dates_forward(fr_nlp):
    from eventdesk.records import Article, Report

    text = "Les élections auront lieu dimanche. Le parlement va voter le 2 octobre. Jeudi, des tirs ont éclaté."
    doc = fr_nlp(text)
    report = Report(Article(id="x", text=text, origin="t", published=dt.date(2019, 9, 30)), language="fr",
                    doc=doc, sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents))
    times = {m.span.text: m.earliest for m in TimesStage()(report).times}
    assert times == {"dimanche": dt.date(2019, 10, 6), "le 2 octobre": dt.date(2019, 10, 2),
                     "Jeudi": dt.date(2019, 9, 26)}
