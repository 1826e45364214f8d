"""Every error eventdesk raises on purpose, in one hierarchy.

    EventdeskError                  base: catch this to catch all of ours
    ├── InputError                  a report the user gave us cannot be read
    │   ├── EmptyInput              the file or record has no text
    │   ├── BinaryInput             the file is not text (NUL bytes, an image, a zip…)
    │   ├── EncodingProblem         the bytes are not in any encoding we can trust
    │   ├── TooLarge                the file exceeds the size limit
    │   ├── MalformedInput          broken JSONL, a feed that does not parse, HTML with no text
    │   └── UnsupportedInput        a file type we do not read
    ├── ConfigError                 a setting names something that does not exist
    │   └── UnknownComponent        a registry lookup failed (lists the names available)
    ├── ResourceMissing             a model or data set is not installed or not built
    ├── StoreError                  the database refused or is of an unknown schema
    │   └── MigrationError          a schema migration could not be applied
    └── GoldFileError               an evaluation gold file is not in ACLED CSV form

Every message names the file (or record) and says what to do next.
"""

from __future__ import annotations


class EventdeskError(Exception):
    """Base class of all errors raised on purpose by eventdesk."""


class InputError(EventdeskError):
    """A report cannot be read. `path` names the file (and line, for JSONL)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EncodingProblem(InputError):
    pass


class TooLarge(InputError):
    pass


class MalformedInput(InputError):
    pass


class UnsupportedInput(InputError):
    pass


class ConfigError(EventdeskError):
    pass


class UnknownComponent(ConfigError):
    def __init__(self, kind: str, name: str, available: list[str]) -> None:
        self.kind = kind
        self.name = name
        self.available = sorted(available)
        super().__init__(
            f"no {kind} named {name!r}; available: {', '.join(self.available) or '(none)'}"
        )


class ResourceMissing(EventdeskError):
    pass


class StoreError(EventdeskError):
    pass


class MigrationError(StoreError):
    pass


class GoldFileError(EventdeskError):
    pass
