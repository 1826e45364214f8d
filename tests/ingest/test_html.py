"""HTML pages: main text without navigation, metadata from markup, broken pages."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.errors import EmptyInput, MalformedInput
from tests.ingest.helpers import only_article, only_error

HEAD = """<!DOCTYPE html><html lang="fr-FR"><head><meta charset="{charset}">
<title>Frappes près de la frontière | Le Quotidien du Soir</title>
{links}
<meta property="og:site_name" content="Le Quotidien du Soir">
<meta property="og:title" content="Frappes près de la frontière">
{date}
</head><body>
<nav><a href="/">Accueil</a> | <a href="/monde">Monde</a> | <a href="/sport">Sport</a></nav>
"""
BODY = """<article><h1>Frappes près de la frontière</h1>
<p>Des frappes aériennes ont visé mardi des positions près du poste-frontière d’Abou Kamal, selon une ONG.</p>
<p>Au moins sept combattants ont été tués, a indiqué l’organisation, qui s’appuie sur un réseau de correspondants.</p>
<p>Le 12 janvier 2018, une attaque semblable avait déjà eu lieu au même endroit.</p>
</article>
<footer>Abonnez-vous à notre lettre d’information — tous droits réservés</footer>
</body></html>"""
CANONICAL = '<link rel="canonical" href="https://quotidien.example/monde/frappes-frontiere">'
DATE = '<meta property="article:published_time" content="2019-09-30T23:15:00-05:00">'


def page(charset: str = "utf-8", links: str = CANONICAL, date: str = DATE, body: str = BODY) -> str:
    return HEAD.format(charset=charset, links=links, date=date) + body


def test_main_text_and_metadata(write) -> None:
    article = only_article(write("page.html", page()))
    assert "Au moins sept combattants ont été tués" in article.text
    assert "Le 12 janvier 2018" in article.text
    assert "Accueil" not in article.text and "Abonnez-vous" not in article.text
    assert article.title == "Frappes près de la frontière"
    assert article.url == "https://quotidien.example/monde/frappes-frontiere"
    assert article.outlet == "Le Quotidien du Soir"
    assert article.published == dt.date(2019, 9, 30)
    assert article.language == "fr"


def test_og_url_when_there_is_no_canonical_link(write) -> None:
    og = '<meta property="og:url" content="https://quotidien.example/a/42">'
    assert only_article(write("og.htm", page(links=og))).url == "https://quotidien.example/a/42"


def test_no_date_metadata_means_none_not_a_date_from_the_body(write) -> None:
    # The body says "Le 12 janvier 2018": that is an event date, not the page's date.
    assert only_article(write("nodate.html", page(date=""))).published is None


@pytest.mark.parametrize("bad", ["2019-13-45", "hier", "0000-00-00T00:00:00", ""])
def test_bad_date_metadata_gives_none_and_no_crash(write, bad: str) -> None:
    date = f'<meta property="article:published_time" content="{bad}">'
    article = only_article(write("baddate.html", page(date=date)))
    assert article.published is None
    assert "sept combattants" in article.text


def test_truncated_html_still_gives_the_text_before_the_cut(write) -> None:
    html = page()
    cut = html[: html.index("Au moins sept") + len("Au moins sept combattants ont")]
    article = only_article(write("cut.html", cut))
    assert "Des frappes aériennes ont visé mardi" in article.text
    assert article.text.endswith("Au moins sept combattants ont")


def test_tiny_page_with_one_sentence_is_read(write) -> None:
    assert only_article(write("tiny.html", "<html><body><p>Explosion à Damas : deux blessés.")).text == (
        "Explosion à Damas : deux blessés."
    )


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Titre seul</title></head><body></body></html>",
        "<html><body><script>var x = 'pas un article';</script><div> </div></body></html>",
        "<<<>>>",
    ],
)
def test_page_without_readable_text_is_malformed(write, html: str) -> None:
    error = only_error(write("empty.html", html))
    assert isinstance(error, MalformedInput)
    assert error.path.endswith("empty.html")


def test_whitespace_only_html_is_empty(write) -> None:
    assert isinstance(only_error(write("blank.html", "  \n\n ")), EmptyInput)


def test_declared_latin1_page_is_decoded(write) -> None:
    data = page(charset="iso-8859-1").encode("cp1252")  # browsers read Latin-1 labels as cp1252
    article = only_article(write("latin.html", data))
    assert "Au moins sept combattants ont été tués, a indiqué l’organisation" in article.text


def test_html_sniffed_without_extension(write) -> None:
    article = only_article(write("saved_page", page()))
    assert article.outlet == "Le Quotidien du Soir"
    assert "<p>" not in article.text


def test_xhtml_with_xml_declaration_saved_as_xml(write) -> None:
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + page().replace("<!DOCTYPE html>", "")
    article = only_article(write("page.xml", xhtml))
    assert "Au moins sept combattants ont été tués" in article.text
    assert article.published == dt.date(2019, 9, 30)


def test_a_wrong_utf16_label_is_not_trusted(write) -> None:
    data = page(charset="utf-16").encode("cp1252")
    article = only_article(write("mislabel.html", data))
    assert "Au moins sept combattants ont été tués" in article.text
