"""Shared fixtures: hand-built records, no models, no network."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.records import Article, Event, Report, SourceMention, Span


def make_event(**overrides) -> Event:
    fields = dict(
        event_id_cnty="SYR-0001", event_date=dt.date(2019, 9, 30), time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor1="Unidentified Military Forces", assoc_actor_1=None,
        inter1=8, actor2="Popular Mobilization Forces", assoc_actor_2=None, inter2=3, interaction=38,
        civilian_targeting=None, iso=760, region="Middle East", country="Syria", admin1="Deir-ez-Zor",
        admin2="Al Mayadin", admin3=None, location="Abu Kamal", latitude=34.4506, longitude=40.9171,
        geo_precision=1, source="SOHR; AFP", source_scale="Other-National", notes="An air strike.",
        fatalities=4, tags=None, modality="reported", confidence=0.8, article_ids=("a1",),
        evidence={"sub_event_type": Span(10, 20, "drone sans")},
        sources=(SourceMention(Span(0, 5, "l'OSDH"), "SOHR", ("AFP",), "National"),),
    )
    fields.update(overrides)
    return Event(**fields)


def make_report(text: str = "Un drone a frappé Abou Kamal.", events: tuple[Event, ...] = (), **article) -> Report:
    import hashlib

    aid = article.pop("id", hashlib.sha256(text.encode()).hexdigest()[:16])
    return Report(article=Article(id=aid, text=text, origin="test.txt", **article), language="fr", events=events)


@pytest.fixture
def event_factory():
    return make_event


@pytest.fixture
def report_factory():
    return make_report
