import pytest

from eventdesk.errors import ConfigError, UnknownComponent
from eventdesk.pipeline import DEFAULT_STAGES, STAGES, Pipeline
from eventdesk.records import Report
from eventdesk.stage import Stage, check_order


class Needs(Stage):
    name = "needs-places"
    requires = ("places",)
    assigns = ("events",)

    def __call__(self, report: Report) -> Report:
        return report


def test_a_stage_whose_input_no_one_assigns_is_refused():
    with pytest.raises(ConfigError, match="needs-places.*places"):
        check_order([Needs()])


def test_unknown_stage_name_lists_the_stages():
    with pytest.raises(UnknownComponent, match="language"):
        Pipeline(["language", "telepathy"])


def test_default_stage_order_is_consistent():
    # builds every default stage: each helper module must import and declare its fields
    check_order([STAGES.get(name)() for name in DEFAULT_STAGES])
