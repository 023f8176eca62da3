"""Tests of agent/logs.py: addresses and tokens never reach an INFO log as they are."""

from __future__ import annotations

import logging

import pytest

from agent.logs import RedactingFormatter, redact, setup_logging


def test_redact_keeps_domains_and_hides_tokens() -> None:
    text = "reply from alice.smith+x@example.org to intros+0123456789abcdef0123456789abcdef@a.test"
    assert redact(text) == "reply from [address]@example.org to [address]@a.test"
    assert redact("token 0123456789abcdef0123456789abcdef seen") == "token [token] seen"
    assert redact("uid 42: intro_created") == "uid 42: intro_created"


def test_formatter_redacts_only_when_asked() -> None:
    record = logging.LogRecord("agent", logging.INFO, __file__, 1, "from %s", ("a@b.test",), None)
    assert RedactingFormatter(redacting=True).format(record).endswith("from [address]@b.test")
    assert RedactingFormatter(redacting=False).format(record).endswith("from a@b.test")


def test_setup_logging_writes_redacted_lines_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    try:
        setup_logging()
        logging.getLogger("agent.test").info("mail to bob@example.test")
        logging.getLogger("agent.test").debug("not shown at INFO")
        err = capsys.readouterr().err
        assert "INFO agent.test: mail to [address]@example.test" in err
        assert "not shown" not in err
        setup_logging(verbose=True)
        logging.getLogger("agent.test").debug("to bob@example.test")
        assert "DEBUG agent.test: to bob@example.test" in capsys.readouterr().err
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
