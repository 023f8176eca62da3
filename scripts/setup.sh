#!/usr/bin/env bash
# Set up the project on a fresh Debian machine: Python 3.11+ with venv, then .venv with
# the package and its test tools. Idempotent: a second run with an unchanged
# pyproject.toml does nothing. Needs root (or sudo) only when Debian packages are missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[setup] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if ! as_root apt-get install -y -q --no-install-recommends "$@" >/tmp/intro-agent-apt.log 2>&1; then
    as_root apt-get update -q >>/tmp/intro-agent-apt.log 2>&1
    as_root apt-get install -y -q --no-install-recommends "$@" >>/tmp/intro-agent-apt.log 2>&1 \
      || { tail -20 /tmp/intro-agent-apt.log >&2; log "apt-get install $* failed"; exit 1; }
  fi
}

PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1; then
  log "installing python3"
  apt_install python3 python3-venv python3-pip
fi
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  log "$PY is $("$PY" -V 2>&1); Intro Agent needs Python 3.11 or newer"
  exit 1
fi
if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  log "installing python3-venv"
  apt_install python3-venv
fi

stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ -f "$stamp" ] && .venv/bin/python -c 'import agent' >/dev/null 2>&1; then
  exit 0
fi
if [ ! -x .venv/bin/python ]; then
  log "creating .venv"
  "$PY" -m venv .venv
fi
log "installing the package and test tools into .venv"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
rm -f .venv/.installed-*
touch "$stamp"
log "ready: $(.venv/bin/python -V), $(.venv/bin/intro-agent --version)"
