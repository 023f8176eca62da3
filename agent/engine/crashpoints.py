"""Named crash points: kill the process at a chosen step, so tests can prove recovery.

``crashpoint(name)`` does nothing unless ``INTRO_AGENT_CRASH_AT`` names that point; then
it sends the process SIGKILL, the one signal nothing can catch or clean up after, as a
power cut or an OOM kill would. The variable is read once, at import, so a point costs a
string comparison in normal runs.

Points: ``before-commit`` (a message routed, its transaction not yet committed),
``after-commit-before-move`` (committed, still in the inbox), ``after-smtp-accept`` (the
server accepted a mail, the outbox row not yet marked sent) and
``before-send`` (a pass has queued everything, its digests included, and sent nothing).
"""

from __future__ import annotations

import os
import signal

ENV_VAR = "INTRO_AGENT_CRASH_AT"

_ARMED: str | None = os.environ.get(ENV_VAR) or None


def crashpoint(name: str) -> None:
    """Die here, at once and uncleanly, when this is the armed point."""
    if _ARMED is not None and name == _ARMED:
        os.kill(os.getpid(), signal.SIGKILL)
