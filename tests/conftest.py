"""Shared fixtures: the loopback mail stack for integration tests.

``mailstack`` (session) finds the stack through ``$INTRO_AGENT_MAILSTACK_ENV`` or
``/tmp/intro-agent-mailstack/mailstack.env``. When it is not running, root starts it with
``scripts/mailstack/start.sh`` (and stops it at the end of the session); anyone else
gets a skip that says how to start it, except under ``CI=true``, where integration
tests must run and a missing stack is a failure. Every test marked ``integration``
starts with the test users' mailboxes empty and no folders but the standard ones, and
holds the stack (a lock file beside its state folder) until it ends, so concurrent test
sessions on one machine do not disturb each other.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests import mailstack as ms


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and the mail stack is not available: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def mailstack() -> Iterator[ms.MailStack]:
    """The running stack's connection facts (started here if needed and allowed)."""
    path = ms.env_path()
    stack = ms.read_env(path) if path.is_file() else None
    if stack is not None and stack.is_up():
        yield stack
        return
    if os.geteuid() != 0:
        _unavailable(
            f"mail stack not running ({path} missing or its ports closed); start it as root "
            f"with: bash {ms.START_SCRIPT.relative_to(ms.REPO)}"
        )
    state_dir = path.parent if os.environ.get(ms.ENV_VAR) else ms.DEFAULT_DIR
    try:
        ms.start(state_dir)
    except (RuntimeError, OSError) as exc:
        _unavailable(f"could not start the mail stack: {exc}")
    started = ms.read_env(state_dir / "mailstack.env")
    try:
        yield started
    finally:
        ms.stop(state_dir)


@pytest.fixture
def clean_mailstack(mailstack: ms.MailStack) -> Iterator[ms.MailStack]:
    """The stack, held for this test alone, with every test user's mailbox emptied first."""
    with ms.exclusive(mailstack):
        mailstack.reset()
        yield mailstack


@pytest.fixture(autouse=True)
def _clean_mailboxes_for_integration(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("integration") is not None:
        request.getfixturevalue("clean_mailstack")
