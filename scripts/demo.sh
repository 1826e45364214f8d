#!/usr/bin/env bash
# Install eventdesk in ./.venv and run the main job on the built-in demo corpus.
source "$(dirname "$0")/_venv.sh"
exec .venv/bin/eventdesk demo "$@"
