"""Models for the events detection tests, loaded once per session (marked slow)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def nlp_fr() -> Any:
    from eventdesk.nlp.models import load_model

    return load_model("fr")


@pytest.fixture(scope="session")
def nlp_en() -> Any:
    from eventdesk.nlp.models import load_model

    return load_model("en")
