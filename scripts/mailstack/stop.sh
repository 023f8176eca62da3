#!/usr/bin/env bash
# Stop the Dovecot and Postfix that scripts/mailstack/start.sh started from STATE_DIR.
#
# Usage:  bash scripts/mailstack/stop.sh [STATE_DIR]   (default $MAILSTACK_DIR, else
#         /tmp/intro-agent-mailstack)
#
# Processes are found by the pid files in STATE_DIR only, never by name, and a pid
# whose executable is not the expected daemon is ignored (a stale file, a reused pid).
# Idempotent: stopping a stopped stack succeeds. Mail in STATE_DIR is kept; remove the
# folder to discard it.
set -uo pipefail

STATE=${1:-${MAILSTACK_DIR:-/tmp/intro-agent-mailstack}}
[ -d "$STATE" ] || { echo "[mailstack] nothing to stop: no folder $STATE" >&2; exit 0; }
STATE=$(cd "$STATE" && pwd)

pids=()
term_pid() {  # term_pid PIDFILE EXE_SUBSTRING
  local pid exe
  [ -s "$1" ] || return 0
  pid=$(tr -d ' \n' <"$1")
  [[ $pid =~ ^[0-9]+$ ]] || { rm -f "$1"; return 0; }
  exe=$(readlink "/proc/$pid/exe" 2>/dev/null || true)
  if [ -z "$exe" ] || [[ $exe != *"$2"* ]]; then
    rm -f "$1"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null && pids+=("$pid") && echo "[mailstack] stopping $2 (pid $pid)" >&2
}

# Both masters stop their children on TERM. Signal both before waiting, because
# Dovecot's master alone takes 2 to 5 s to exit.
term_pid "$STATE/postfix/spool/pid/master.pid" /postfix/sbin/master
term_pid "$STATE/run/dovecot/master.pid" dovecot
for pid in "${pids[@]}"; do
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "[mailstack] pid $pid ignored TERM for 10 s; sending KILL" >&2
    kill -KILL "$pid" 2>/dev/null
  fi
done
rm -f "$STATE/postfix/spool/pid/master.pid" "$STATE/mailstack.env" "$STATE/settings"
echo "[mailstack] stopped ($STATE)" >&2
exit 0
