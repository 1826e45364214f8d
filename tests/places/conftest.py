"""Fixtures for the places tests: the tiny gazetteer (model-free) and the built index (slow)."""

from __future__ import annotations

import pytest

from eventdesk.places.gazetteer import LayeredGazetteer
from tests.places.util import tiny_gazetteer


@pytest.fixture(scope="session")
def tiny() -> LayeredGazetteer:
    return tiny_gazetteer()
