"""Plain text files: normalisation, content ids, and every way a file can be unreadable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from eventdesk.errors import BinaryInput, EmptyInput, EncodingProblem, TooLarge
from eventdesk.ingest import IngestSettings
from tests.ingest.helpers import only_article, only_error

FRENCH = "Un drone a frappé un dépôt près d’Abou Kamal, à l’est de Deir ez-Zor.\nDeux morts selon l’ONG."


def test_plain_utf8_text_is_one_article_with_hash_id(write) -> None:
    article = only_article(write("a.txt", FRENCH))
    assert article.text == FRENCH
    assert article.id == hashlib.sha256(FRENCH.encode()).hexdigest()[:16]
    assert article.origin.endswith("a.txt")
    assert (article.title, article.url, article.published) == (None, None, None)


def test_normalisation_crlf_bom_nfd_trailing_spaces_give_the_same_id(write) -> None:
    messy = "\ufeff" + FRENCH.replace("é", "e\u0301").replace("\n", "   \r\n") + " \t\r\n\r\n"
    clean = only_article(write("clean.txt", FRENCH))
    dirty = only_article(write("dirty.txt", messy))
    assert dirty.text == FRENCH
    assert dirty.id == clean.id


def test_different_text_gives_different_id(write) -> None:
    one = only_article(write("a.txt", FRENCH))
    other = only_article(write("b.txt", FRENCH.replace("Deux", "Trois")))
    assert one.id != other.id


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf  \n", "\ufeff \n".encode("utf-16")])
def test_empty_or_whitespace_only_is_empty_input(write, content: bytes) -> None:
    error = only_error(write("empty.txt", content))
    assert isinstance(error, EmptyInput)
    assert error.path.endswith("empty.txt")


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(20), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(30), "ZIP"),
        (b"\x1f\x8b\x08\x00" + bytes(12), "gzip"),
    ],
)
def test_binary_magic_is_binary_input_even_with_txt_extension(write, content: bytes, what: str) -> None:
    error = only_error(write("report.txt", content))
    assert isinstance(error, BinaryInput)
    assert what in error.reason


def test_nul_byte_far_into_the_file_is_binary_input(write) -> None:
    error = only_error(write("late.txt", (FRENCH * 300).encode() + b"\x00tail"))
    assert isinstance(error, BinaryInput)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(write, codec: str) -> None:
    data = FRENCH.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM: add it
        data = ("\ufeff" + FRENCH).encode(codec)
    assert only_article(write("u16.txt", data)).text == FRENCH


def test_utf16_without_bom_is_recognised(write) -> None:
    text = "Deux morts a Deir ez-Zor selon une ONG."
    assert only_article(write("nobom.txt", text.encode("utf-16-le"))).text == text


def test_latin1_french_is_decoded(write) -> None:
    text = "Été : un camion piégé a explosé à Damas, où l'on compte trois blessés."
    article = only_article(write("latin1.txt", text.encode("latin-1")))
    assert "Été" in article.text and "piégé" in article.text and "à Damas, où" in article.text


def test_cp1252_curly_quotes_and_euro_are_decoded(write) -> None:
    text = "« Nous avons reçu 5 000 € », a déclaré l’élu à l’agence."
    assert only_article(write("cp1252.txt", text.encode("cp1252"))).text == text


@pytest.mark.parametrize(
    "content",
    [
        b"Attack on the \x81\x8d\x90 convoy",  # bytes undefined in Windows-1252
        # UTF-8 and Latin-1 mixed in one file: read as cp1252 it would be mojibake ("Ã©tÃ©")
        "Le convoi a été touché à Damas, ".encode() + "selon l'ONG basée à Londres.".encode("latin-1"),
        "Взрыв в Дамаске, трое погибших.".encode("cp1251"),  # Cyrillic: not to be read as Latin
        bytes(range(0x80, 0x100)),
    ],
)
def test_undecodable_bytes_are_encoding_problem_not_mojibake(write, content: bytes) -> None:
    error = only_error(write("bad.txt", content))
    assert isinstance(error, EncodingProblem)
    assert "UTF-8" in error.reason


def test_sparse_file_over_default_limit_is_too_large_without_reading(write, monkeypatch) -> None:
    path = write("huge.txt", b"")
    with path.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)  # sparse: no disk used, all NUL if read
    reads: list[int] = []
    real_open = Path.open

    def spy_open(self: Path, mode: str = "r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        original_read = handle.read
        handle.read = lambda size=-1: (reads.append(size), original_read(size))[1]  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", spy_open)
    error = only_error(path)
    assert isinstance(error, TooLarge)
    assert all(0 <= size <= 8192 for size in reads)  # only the head was ever read


def test_file_over_a_small_limit_is_too_large_and_under_it_reads(write) -> None:
    path = write("report.txt", FRENCH * 20)
    assert isinstance(only_error(path, IngestSettings(max_bytes=1000)), TooLarge)
    assert only_article(path, IngestSettings(max_bytes=10_000)).text.startswith("Un drone")


def test_settings_reject_nonsense_limit() -> None:
    with pytest.raises(ValueError):
        IngestSettings(max_bytes=0)


def test_binary_that_only_looks_like_utf16_is_binary(write) -> None:
    table = bytes(b for i in range(200) for b in (i % 31 + 1, 0))  # little-endian 16-bit integers
    assert isinstance(only_error(write("table.txt", table)), BinaryInput)


def test_small_file_of_nul_bytes_is_binary_not_empty(write) -> None:
    assert isinstance(only_error(write("zeros.txt", bytes(100))), BinaryInput)
