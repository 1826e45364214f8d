# Sourced by demo.sh and test.sh: make ./.venv (Python 3.11+) and install eventdesk into it.
# Usage: EXTRAS="test" source scripts/_venv.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "eventdesk needs Python 3.11 or newer as '$PY' (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv 2>/dev/null; then
    # Debian ships venv separately; install it when we may, else say what to do.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
      rm -rf .venv && "$PY" -m venv .venv
    else
      echo "python3 -m venv failed: install Debian's python3-venv (sudo apt-get install python3-venv)" >&2
      exit 1
    fi
  fi
fi
target="."
[ -n "${EXTRAS:-}" ] && target=".[${EXTRAS}]"
echo "installing eventdesk and its dependencies into .venv (first time: about a minute)…" >&2
# this machine's pip configuration warns about absent local mirrors: keep real errors only
.venv/bin/python -m pip install -q -e "$target" 2> >(grep -v "is ignored: it is neither" >&2)
