#!/usr/bin/env bash
# Set up the project on a fresh Debian machine: Python 3.11+ with venv, then .venv with
# the package and its test tools, then the compiled build of the mail-reading modules
# (agent/compiled.py: mypyc, gcc and the Python headers; about two minutes, redone only
# when those sources change). Idempotent: a second run with an unchanged pyproject.toml
# and unchanged sources does nothing. Needs root (or sudo) only when Debian packages are
# missing. `--no-compile` skips the build: the sources then run as they are, slower.
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
if ! { [ -f "$stamp" ] && .venv/bin/python -c 'import agent' >/dev/null 2>&1; }; then
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
fi

[ "${1:-}" = "--no-compile" ] && exit 0
if .venv/bin/intro-agent compiled status >/dev/null 2>&1; then
  exit 0
fi
# mypyc writes C: it needs a C compiler and the headers of the Python the venv runs on.
if ! command -v gcc >/dev/null 2>&1; then
  log "installing gcc"
  apt_install gcc libc6-dev
fi
if ! .venv/bin/python -c 'import os, sys, sysconfig
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
  log "installing the Python headers"
  apt_install "python3-dev"
fi
log "compiling the mail-reading modules with mypyc (about two minutes)"
.venv/bin/intro-agent compiled build >&2
