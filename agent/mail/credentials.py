"""Resolve the secret a server section names: a literal password, an env variable or a command.

Commands run the way mbsync's PassCmd and aerc do: through the shell, first line of
standard output, with a timeout, and an error that says which key failed without
echoing what the command printed.
"""

from __future__ import annotations

import os
import subprocess

from agent.config import Secret
from agent.errors import SecretError

COMMAND_TIMEOUT_SECONDS = 30.0


def resolve_secret(secret: Secret, key: str) -> str:
    """Return the secret's text; ``key`` names the config key in error messages."""
    if secret.kind == "password":
        return secret.value
    if secret.kind == "env":
        value = os.environ.get(secret.value)
        if not value:
            raise SecretError(f"{key}: environment variable {secret.value} is not set or empty")
        return value
    return run_secret_command(secret.value, key)


def run_secret_command(command: str, key: str) -> str:
    """Run ``command`` in a shell and return the first line it prints."""
    try:
        done = subprocess.run(
            command,
            shell=True,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SecretError(
            f"{key}: command did not finish within {COMMAND_TIMEOUT_SECONDS:.0f} s"
        ) from None
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        hint = f": {err[-1]}" if err else ""
        raise SecretError(f"{key}: command exited with status {done.returncode}{hint}")
    first = done.stdout.decode("utf-8", "replace").splitlines()
    if not first or not first[0]:
        raise SecretError(f"{key}: command printed nothing")
    return first[0]
