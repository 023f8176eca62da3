#!/usr/bin/env bash
# Try Intro Agent on a fresh Debian machine: set up .venv (scripts/setup.sh, which
# installs Python's venv only if it is missing; the demo skips the compiled build, which
# only makes reading mail faster), then run `intro-agent demo`: the whole
# flow on a mail sandbox on loopback. No mail account, no mail server, nothing left
# running. Arguments go to the demo: `bash scripts/demo.sh --interactive`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh --no-compile
exec .venv/bin/intro-agent demo "$@"
