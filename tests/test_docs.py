"""Docs kept honest: every CLI command and option is in the README, every dependency explained."""

import re
import tomllib
from pathlib import Path

import typer.main

from eventdesk.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix="eventdesk"):
    click_group = typer.main.get_command(group)
    for name, cmd in click_group.commands.items():
        if hasattr(cmd, "commands"):
            for sub, subcmd in cmd.commands.items():
                yield f"{prefix} {name} {sub}", subcmd
        else:
            yield f"{prefix} {name}", cmd


def test_every_command_is_in_the_readme():
    for full, _ in _commands(app):
        assert f"`{full}" in README, f"{full} is not documented in README.md"


def test_every_long_option_is_in_the_readme():
    for full, cmd in _commands(app):
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{full} {opt} is not documented in README.md"


def test_every_dependency_is_explained():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    table = README.split("## Dependencies and why", 1)[1].lower()
    for dep in deps:
        name = re.split(r"[<>=!~\[ ]", dep, maxsplit=1)[0].lower()
        assert name.split("-")[0] in table, f"{name} has no line in README's dependency table"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/test.sh" in ci and "bash scripts/test.sh" in README
