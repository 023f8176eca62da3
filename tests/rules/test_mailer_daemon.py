"""The null-sender and MAILER-DAEMON rule."""

from __future__ import annotations

import pytest

from rules.mailer_daemon import MailerDaemon, is_system_address
from tests.rules.robot_mail import PERSON, message


@pytest.mark.parametrize(
    "headers",
    [
        "From: MAILER-DAEMON@mx.example.org\nSubject: failure notice",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status",
        "From: postmaster@example.com\nSubject: Undeliverable",
        "From: Example Support <no-reply@example.com>\nSubject: We got your message",
        f"Return-Path: <>\n{PERSON}",
        f"{PERSON}\nSender: MAILER-DAEMON@mx.example.org",
        "From: \nSubject: an empty sender",
        "From: undisclosed-recipients:;\nSubject: a sender with no address",
    ],
)
def test_mail_system_senders(headers: str) -> None:
    assert MailerDaemon().check(message(headers))


@pytest.mark.parametrize(
    "headers",
    [
        PERSON,
        f"Return-Path: <carla@example.com>\n{PERSON}",
        "From: daemon.fan@example.com",
        # A saved or hand-written text: the daemon ignores it before any rule.
        "Subject: no From header at all",
    ],
)
def test_people_are_not_the_mail_system(headers: str) -> None:
    assert not MailerDaemon().check(message(headers))


@pytest.mark.parametrize(
    ("address", "system"),
    [
        ("noreply@x.example", True),
        ("No-Reply+tag@x.example", True),
        ("noreply-billing@x.example", True),
        ("postmaster@x.example", True),
        ("noreplyx@x.example", False),
        ("norah@x.example", False),
    ],
)
def test_is_system_address(address: str, system: bool) -> None:
    assert is_system_address(address) is system
