"""JSON Lines: one report per line; a bad line is reported alone and the rest still read."""

from __future__ import annotations

import datetime as dt
import json

from eventdesk.errors import BinaryInput, EmptyInput, EncodingProblem, MalformedInput, TooLarge
from eventdesk.ingest import IngestSettings
from eventdesk.records import Article
from tests.ingest.helpers import only_error, read_all


def line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def test_metadata_fields_are_read(write) -> None:
    path = write("batch.jsonl", line(
        id="r-1", text="Trois civils ont été blessés à Al-Qaïm.", title="Blessés à Al-Qaïm",
        url="https://example.org/r1", outlet="Agence Test", published="2019-09-30", language="FR",
        extra={"ignored": True},
    ))
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert article.text == "Trois civils ont été blessés à Al-Qaïm."
    assert article.title == "Blessés à Al-Qaïm"
    assert (article.url, article.outlet) == ("https://example.org/r1", "Agence Test")
    assert article.published == dt.date(2019, 9, 30)
    assert article.language == "fr"
    assert article.origin.endswith("batch.jsonl:1")


def test_malformed_line_between_two_good_ones(write) -> None:
    cut = '{"text": "coupé au milieu\n'
    path = write("batch.jsonl", line(text="Premier rapport.") + cut + line(text="Troisième rapport."))
    first, bad, third = read_all(path)
    assert isinstance(first, Article) and first.text == "Premier rapport."
    assert isinstance(bad, MalformedInput) and bad.path.endswith("batch.jsonl:2")
    assert isinstance(third, Article) and third.text == "Troisième rapport." and third.origin.endswith(":3")


def test_each_kind_of_bad_record_has_its_own_error(write) -> None:
    path = write("bad.jsonl", "".join([
        line(title="sans texte"),
        '["a", "list"]\n',
        line(text=42),
        line(text="   "),
        "\n   \n",  # blank lines are skipped, not errors
        line(text="Bon.", published="30/02/2019"),
        "[" * 100_000 + "\n",
    ]))
    items = read_all(path)
    assert [type(i).__name__ for i in items] == [
        "MalformedInput", "MalformedInput", "MalformedInput", "EmptyInput", "Article", "MalformedInput"
    ]
    assert '"text"' in items[0].reason and "list" in items[1].reason and "str" in items[2].reason
    assert items[4].published is None  # a bad date is dropped, the report is kept
    assert items[5].path.endswith(":8")


def test_bom_on_first_line_and_crlf_line_ends(write) -> None:
    data = b"\xef\xbb\xbf" + (line(text="Un.") + line(text="Deux.")).replace("\n", "\r\n").encode()
    assert [a.text for a in read_all(write("bom.jsonl", data))] == ["Un.", "Deux."]


def test_a_line_over_the_limit_is_too_large_and_reading_goes_on(write) -> None:
    path = write("big.jsonl", line(text="Court.") + line(text="x" * 5000) + line(text="Après."))
    items = read_all(path, IngestSettings(max_bytes=1000))
    assert [type(i).__name__ for i in items] == ["Article", "TooLarge", "Article"]
    assert isinstance(items[1], TooLarge) and items[1].path.endswith(":2")
    assert items[2].text == "Après."


def test_invalid_bytes_and_nul_on_one_line(write) -> None:
    data = line(text="Avant.").encode() + b'{"text": "caf\x81\x8d"}\n' + line(text="Après.").encode()
    items = read_all(write("enc.jsonl", data))
    assert [type(i) for i in items] == [Article, EncodingProblem, Article]
    data = line(text="Avant.").encode() + bytes(9000) + b"\n" + line(text="Après.").encode()
    items = read_all(write("nul.jsonl", data))
    assert [type(i) for i in items] == [Article, BinaryInput, Article]


def test_utf16_jsonl_is_refused_as_a_whole(write) -> None:
    error = only_error(write("u16.jsonl", line(text="Un.").encode("utf-16")))
    assert isinstance(error, EncodingProblem) and "UTF-8" in error.reason


def test_empty_jsonl_file(write) -> None:
    assert isinstance(only_error(write("e.jsonl", "\n\n" + " " * 10_000 + "\n")), EmptyInput)


def test_same_text_on_two_lines_gives_the_same_id(write) -> None:
    lines = line(text="Même rapport.", title="A") + line(text="Même rapport.  ", title="B")
    one, two = read_all(write("dup.jsonl", lines))
    assert one.id == two.id and one.origin != two.origin


def test_jsonl_sniffed_without_extension(write) -> None:
    [article] = read_all(write("export", line(text="Sans extension.")))
    assert article.text == "Sans extension."
