#!/usr/bin/env bash
# Install eventdesk with its test dependencies in ./.venv and run the whole test suite.
EXTRAS=test source "$(dirname "$0")/_venv.sh"
exec .venv/bin/python -m pytest "$@"
