"""Whatever bytes a file holds, reading it yields Articles or InputErrors, never raises."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.errors import InputError, UnsupportedInput
from eventdesk.ingest import read_path
from eventdesk.ingest.sniff import sniff_kind
from eventdesk.records import Article

PIECES = st.sampled_from([
    b"<html>", b"<p>", b"</p>", b"<?xml version='1.0'?>", b"<rss>", b"<item><title>", b"{\"text\": ",
    b"\"Tirs \xc3\xa0 Damas\"}", b"\n", b"\r\n", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe9t\xe9", b"\x81",
    b"Frappe ", b"<![CDATA[", b"]]>", b"&amp;", b"&#0;", b"<script>", b"PK\x03\x04", b" ",
])
CONTENT = st.one_of(st.binary(max_size=300), st.lists(PIECES, max_size=30).map(b"".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=CONTENT, suffix=st.sampled_from([".txt", ".html", ".jsonl", ".xml", ".dat", ""]))
def test_any_bytes_never_raise(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    for item in read_path(path):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert item.text.strip() and "\x00" not in item.text and "\r" not in item.text


def test_sniff_kind() -> None:
    assert sniff_kind(b"\xef\xbb\xbf  <?xml version='1.0'?>\n<rss version='2.0'>") == "feed"
    assert sniff_kind(b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>") == "feed"
    assert sniff_kind(b"<!DOCTYPE html><html><body>x") == "html"
    assert sniff_kind(b"<div><p>fragment</p></div>") == "html"
    assert sniff_kind(b'{"text": "a", "title": "b"}\n{"text": "c"}') == "jsonl"
    assert sniff_kind(b"<?xml version='1.0'?><svg/>") is None
    assert sniff_kind(b"date,place\n2019-09-30,Damas") is None


def test_unknown_extension_with_plain_text_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("date,place\n2019-09-30,Damas\n")
    [error] = list(read_path(path))
    assert isinstance(error, UnsupportedInput) and "'.csv'" in error.reason


def test_control_characters_in_decoded_markup_do_not_crash_the_html_reader() -> None:
    # bytes free of NUL can still decode to one (UTF-7 "+AAA-", a declared UTF-16 page);
    # lxml refuses control characters, so the reader drops them instead of crashing
    from eventdesk.ingest.readers.html import html_article, strip_html

    markup = ("<html><body><p>Des tirs ont \x00visé Gao mardi, selon des témoins locaux joints "
              "par téléphone.</p><p>Le bilan n'est pas connu.\x0b</p></body></html>")
    assert "Gao mardi" in strip_html(markup)
    article = html_article(markup, "page.html")
    assert "Gao mardi" in article.text and "\x00" not in article.text
