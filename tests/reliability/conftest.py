"""Fixtures of the reliability tests: our own mail stack, for tests that stop servers."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests import mailstack as ms
from tests.reliability.own_stack import PORTS, STATE_DIR, start_stack


@pytest.fixture(scope="session")
def own_stack_session() -> ms.MailStack:
    path = STATE_DIR / "mailstack.env"
    if path.is_file():
        stack = ms.read_env(path)
        if stack.is_up():
            return stack
    if os.geteuid() != 0:
        ports = " ".join(f"{k}={v}" for k, v in PORTS.items())
        pytest.skip(
            f"needs a second mail stack: as root, {ports} bash {ms.START_SCRIPT} {STATE_DIR}"
        )
    return start_stack(STATE_DIR, PORTS)


@pytest.fixture
def own_stack(own_stack_session: ms.MailStack) -> Iterator[ms.MailStack]:
    """Our stack, held for this test, servers up and every mailbox empty."""
    stack = own_stack_session
    with ms.exclusive(stack):
        if not stack.is_up():
            stack = start_stack(STATE_DIR, PORTS)
        stack.reset()
        yield stack
        if not stack.is_up():
            start_stack(STATE_DIR, PORTS)
