"""The hand-written gold sentences (sentences_{fr,en}.yaml): coverage and accuracy floor."""

from pathlib import Path

import pytest

from eventdesk.dates.evaluate import load_gold, ours, score

HERE = Path(__file__).parent


@pytest.fixture(scope="module", params=["fr", "en"])
def gold(request):
    return load_gold(HERE / f"sentences_{request.param}.yaml", request.param)


def test_the_set_is_large_and_has_traps(gold):
    assert len(gold) >= 150
    assert sum(1 for item in gold if not item.gold) >= 15


def test_our_intervals_on_the_gold_set(gold):
    result = score(gold, ours)
    assert result.exact_share >= 0.9, "\n".join(result.misses)
    assert result.near_share >= 0.93, "\n".join(result.misses)
    assert result.spurious <= 3
