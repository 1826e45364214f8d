"""Settings of the ingest stage (one frozen object, passed explicitly, no globals)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # 20 MiB: far above any news report, far below RAM


@dataclass(frozen=True)
class IngestSettings:
    """`max_bytes` caps one file (text, HTML, feed) or one JSONL line (one record).

    JSONL is streamed line by line, so an archive of millions of reports in one file is
    fine; only a single record over the limit is refused.
    """

    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")
