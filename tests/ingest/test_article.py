"""Normalisation, dates and language tags used by every reader."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventdesk.errors import EmptyInput
from eventdesk.ingest.article import (
    content_id,
    make_article,
    normalize_language,
    normalize_text,
    parse_published,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-09-30", dt.date(2019, 9, 30)),
        ("20190930", dt.date(2019, 9, 30)),
        ("2019-09-30T23:30:00-05:00", dt.date(2019, 9, 30)),
        ("2019-09-30T01:00:00Z", dt.date(2019, 9, 30)),
        ("Mon, 30 Sep 2019 23:30:00 -0500", dt.date(2019, 9, 30)),
        ("30 Sep 2019 08:00 GMT", dt.date(2019, 9, 30)),
        (dt.datetime(2019, 9, 30, 23, 59), dt.date(2019, 9, 30)),
        (dt.date(2017, 6, 5), dt.date(2017, 6, 5)),
        (time.struct_time((2020, 1, 12, 0, 0, 0, 6, 12, 0)), dt.date(2020, 1, 12)),
        ("2019-02-30", None),
        ("30/09/2019", None),
        ("hier", None),
        ("0001-01-01", None),
        ("2999-01-01", None),
        ("", None),
        (None, None),
        (20190930, None),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("en_GB", "en"), (" en ", "en"),
     ("français", None), ("", None), (3, None)],
)
def test_normalize_language(value: object, expected: str | None) -> None:
    assert normalize_language(value) == expected


def test_normalize_text_rules() -> None:
    raw = "\ufeff  Titre \r\nLigne\u00a0 \rtrois\x0cquatre\x07\n\n\n"
    assert normalize_text(raw) == "Titre\nLigne\ntrois\nquatre"
    assert normalize_text("Qaïm") == normalize_text("Qai\u0308m") == "Qaïm"


def test_make_article_cleans_metadata_and_refuses_empty_text() -> None:
    article = make_article("Texte.", "x", title="  Un   titre\n", url=" https://a.example/ ", outlet=7)
    assert (article.title, article.url, article.outlet) == ("Un titre", "https://a.example/", None)
    with pytest.raises(EmptyInput):
        make_article(" \n\t\x00 ", "x")


@given(st.text())
def test_normalisation_is_idempotent_and_ids_follow_it(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert content_id(normalize_text(text + "  \r\n")) == content_id(once)
    assert len(content_id(once)) == 16


def test_article_from_text_matches_the_file_readers(tmp_path) -> None:
    from eventdesk.ingest import article_from_text, read_path

    text = "Deux roquettes sont tombées sur Al-Qaïm.\r\n"
    path = tmp_path / "r.txt"
    path.write_text(text, newline="")
    [from_file] = read_path(path)
    from_memory = article_from_text(text, origin="<stdin>", published="2019-09-30", language="fr-FR")
    assert from_memory.id == from_file.id and from_memory.text == from_file.text
    assert (from_memory.origin, from_memory.published, from_memory.language) == ("<stdin>", dt.date(2019, 9, 30), "fr")
    with pytest.raises(EmptyInput):
        article_from_text("\n \n")
