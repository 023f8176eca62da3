#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine, servers included:
#   1. scripts/setup.sh            Python venv with the package and test tools
#   2. scripts/mailstack/start.sh  Dovecot + Postfix on loopback (apt-installed if missing)
#   3. ruff, mypy --strict, pytest (unit and integration tests; warnings are errors)
# Extra arguments go to pytest. Run as root (the mail servers drop privileges themselves).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh

export INTRO_AGENT_MAILSTACK_DIR=${INTRO_AGENT_MAILSTACK_DIR:-/tmp/intro-agent-mailstack}
export INTRO_AGENT_MAILSTACK_ENV="$INTRO_AGENT_MAILSTACK_DIR/mailstack.env"
MAILSTACK_RESET=1 bash scripts/mailstack/start.sh "$INTRO_AGENT_MAILSTACK_DIR"
trap 'bash scripts/mailstack/stop.sh "$INTRO_AGENT_MAILSTACK_DIR" >/dev/null 2>&1 || true' EXIT

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy --strict"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest "$@"
