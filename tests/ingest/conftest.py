"""Helpers for ingest tests: every input file is built by hand in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Write = Callable[[str, "bytes | str"], Path]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """write('a/b.txt', content) -> path; str content is written as UTF-8."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write
