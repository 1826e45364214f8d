"""The date word lists are complete and consistent in both languages (data integrity)."""

import pytest

from eventdesk.dates.words import date_words
from eventdesk.textnorm import fold

UNITS = {"day", "week", "weekend", "month", "year", "hour"}


@pytest.fixture(params=["fr", "en"])
def words(request):
    return date_words(request.param)


def test_every_month_and_weekday_is_named(words):
    assert set(words.table("months").values()) == set(range(1, 13))
    assert set(words.table("weekdays").values()) == set(range(7))


def test_no_word_folds_to_two_values(words):
    for key in ("months", "weekdays", "numbers", "units", "relative_days", "mention_days", "relative_periods"):
        raw = words.raw[key]
        seen: dict[str, object] = {}
        for word, value in raw.items():
            assert seen.setdefault(fold(word), value) == value, f"{key}: {word!r}"


def test_units_and_periods_use_known_units(words):
    assert set(words.table("units").values()) <= UNITS
    for phrase, (unit, offset, *flags) in words.raw["relative_periods"].items():
        assert unit in UNITS and isinstance(offset, int) and set(flags) <= {"to_report"}, phrase


def test_every_word_list_is_text(words):
    # YAML reads a bare `on` or `no` as a boolean: every listed word must stay a string
    for key, value in words.raw.items():
        items = value.keys() if isinstance(value, dict) else value if isinstance(value, list) else []
        assert all(isinstance(item, str) for item in items), key


def test_an_unknown_language_is_a_clear_error():
    from eventdesk.errors import ConfigError

    with pytest.raises(ConfigError, match="de"):
        date_words("de")
