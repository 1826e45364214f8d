"""Folders: recursive, sorted, hidden skipped; one bad file never stops the batch."""

from __future__ import annotations

import os
from pathlib import Path

from eventdesk.errors import BinaryInput, InputError, UnsupportedInput
from eventdesk.ingest import read_path, read_paths
from eventdesk.records import Article


def names(items: list[Article | InputError], root: Path) -> list[str]:
    origins = [i.origin if isinstance(i, Article) else i.path for i in items]
    return [str(Path(o).relative_to(root)) for o in origins]


def test_walk_is_recursive_sorted_and_skips_hidden(write, tmp_path: Path) -> None:
    for name in ["b/z.txt", "b/a/y.txt", "a.txt", "c.txt", ".secret.txt", ".git/HEAD.txt", "b/.cache/x.txt", "B.txt"]:
        write(name, f"Rapport {name}.")
    items = list(read_path(tmp_path))
    assert names(items, tmp_path) == ["B.txt", "a.txt", "b/a/y.txt", "b/z.txt", "c.txt"]
    assert all(isinstance(i, Article) for i in items)


def test_bad_files_are_reported_in_place_and_the_batch_goes_on(write, tmp_path: Path) -> None:
    write("1.txt", "Premier.")
    write("2.txt", b"\x89PNG\r\n\x1a\n" + bytes(40))
    write("3.docx", b"not really a word file, just words")
    write("4.txt", "Dernier.")
    items = list(read_path(tmp_path))
    assert [type(i) for i in items] == [Article, BinaryInput, UnsupportedInput, Article]
    assert items[1].path.endswith("2.txt") and "PNG" in str(items[1])
    assert items[2].path.endswith("3.docx") and ".docx" in items[2].reason


def test_missing_path_is_an_error_item_not_an_exception(tmp_path: Path) -> None:
    [error] = list(read_path(tmp_path / "nope"))
    assert isinstance(error, InputError) and "no such file" in error.reason


def test_read_paths_keeps_argument_order_and_reads_explicit_hidden_files(write, tmp_path: Path) -> None:
    second = write("z/second.txt", "Deuxième.")
    first = write(".first.txt", "Premier.")
    items = list(read_paths([first, tmp_path / "z", tmp_path / "missing.txt", str(second)]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputError", "Article"]
    assert items[1].id == items[3].id  # the same file twice: same id, the store skips it


def test_same_report_in_txt_and_jsonl_has_the_same_id(write) -> None:
    text = "Un obus est tombé sur le marché d’Al-Qaïm, faisant deux blessés."
    [from_txt] = read_path(write("a.txt", text + "\r\n"))
    [from_jsonl] = read_path(write("b.jsonl", '{"text": "' + text + ' "}\n'))
    assert from_txt.id == from_jsonl.id


def test_unreadable_file_is_an_error_item(write, monkeypatch) -> None:
    path = write("locked.txt", "Secret.")
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)  # chmod 0 does not stop root
    [error] = list(read_path(path))
    assert isinstance(error, InputError) and "Permission denied" in error.reason


def test_special_file_is_an_error_item_and_skipped_in_folders(write, tmp_path: Path) -> None:
    write("a.txt", "Un.")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert len(list(read_path(tmp_path))) == 1  # the pipe is not opened (it would block)
    [error] = list(read_path(fifo))
    assert isinstance(error, InputError) and "not a regular file" in error.reason


def test_symlinked_folder_loop_does_not_hang(write, tmp_path: Path) -> None:
    write("d/a.txt", "Un.")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")
    assert len(list(read_path(tmp_path))) == 1
