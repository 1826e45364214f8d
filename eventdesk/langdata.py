"""Load reviewed language data files (YAML) shipped inside the package.

Language knowledge lives in data files, one folder per language:
`eventdesk/lang/<code>/<name>.yaml` (triggers, date words, modality cues, number words…),
and cross-language dictionaries next to the stage that owns them
(e.g. `eventdesk/actors/data/actors.yaml`). Code reads them only through this module.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from eventdesk.errors import ResourceMissing

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")


@functools.cache
def load_yaml(package: str, name: str) -> Any:
    """Parse `name` inside `package` (dotted), cached per process."""
    try:
        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ResourceMissing(f"language data {package}/{name} is missing: {exc}") from exc
    return yaml.safe_load(text)


def lang_data(language: str, name: str) -> Any:
    """The data file `name` of one language, e.g. lang_data('fr', 'date_words.yaml')."""
    return load_yaml(f"eventdesk.lang.{language}", name)
