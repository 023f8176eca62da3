#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine, servers included:
#   1. scripts/setup.sh            Python venv with the package and test tools
#   2. Chromium (Debian's package), which renders the digest's HTML in a test
#   3. scripts/mailstack/start.sh  Dovecot + Postfix on loopback (apt-installed if missing)
#   4. ruff, mypy --strict, pytest (unit and integration tests; warnings are errors)
# Extra arguments go to pytest. Run as root (the mail servers drop privileges themselves).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "[test] installing chromium" >&2
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q --no-install-recommends chromium >/tmp/intro-agent-apt.log 2>&1 \
    || { as_root apt-get update -q >>/tmp/intro-agent-apt.log 2>&1 \
         && as_root apt-get install -y -q --no-install-recommends chromium >>/tmp/intro-agent-apt.log 2>&1; } \
    || { tail -20 /tmp/intro-agent-apt.log >&2; echo "[test] could not install chromium" >&2; exit 1; }
fi

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
