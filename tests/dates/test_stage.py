"""The times stage contract and the resolver registry."""

import datetime as dt

import pytest

from eventdesk.dates import DATE_RESOLVERS, TimesStage
from eventdesk.errors import UnknownComponent
from tests.dates.helpers import make_report


def test_stage_declares_its_fields():
    assert TimesStage.name == "times"
    assert TimesStage.requires == ("sentences", "language")
    assert TimesStage.assigns == ("times", "report_date")


def test_rules_is_the_registered_default():
    assert "rules" in DATE_RESOLVERS.names()
    with pytest.raises(UnknownComponent, match="rules"):
        TimesStage("crystal-ball")(make_report("Jeudi."))


def test_stage_returns_a_new_report_with_spans_into_the_text():
    report = make_report("Hier, deux obus sont tombés. En 2014, le poste a fermé.", published=dt.date(2019, 9, 30))
    out = TimesStage()(report)
    assert report.times == () and out is not report
    for m in out.times:
        assert out.article.text[m.span.start:m.span.end] == m.span.text


def test_an_unsupported_language_gives_no_times_and_keeps_metadata():
    out = TimesStage()(make_report("Gestern fielen zwei Granaten.", "de", dt.date(2019, 9, 30)))
    assert out.times == () and out.report_date.source == "metadata"
