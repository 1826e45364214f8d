"""Turn the paths a user gives into the files to read, in a stable order.

A folder is walked recursively; entries are visited in sorted name order, so files and
sub-folders interleave exactly as their sorted paths do (a/b.txt, a/c/d.txt, a/e.txt).
Hidden files and folders (name starting with '.') are skipped inside folders, as are
symbolic links to folders (no cycles) and anything that is not a regular file; a hidden
file named explicitly is read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from eventdesk.errors import InputError


def iter_files(path: str | os.PathLike[str]) -> Iterator[Path | InputError]:
    """The files under `path` in sorted order, or an InputError if it cannot be listed."""
    root = Path(path)
    if root.is_dir():
        yield from _walk(root)
    elif root.is_file():
        yield root
    elif root.exists():
        yield InputError(str(root), "not a regular file or folder; give a file or a folder")
    else:
        yield InputError(str(root), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path | InputError]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(folder), f"cannot list this folder: {exc.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file():
            yield path
