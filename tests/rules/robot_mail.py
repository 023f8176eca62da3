"""Building small messages for the robot-rule tests."""

from __future__ import annotations

from agent.message import ParsedMessage, parse_message


def message(headers: str, body: str = "yes\n") -> ParsedMessage:
    """A parsed message from header lines (``Name: value`` per line) and a body."""
    head = headers.strip("\n").replace("\n", "\r\n")
    return parse_message(f"{head}\r\n\r\n{body}".encode())


PERSON = "From: Carla Diaz <carla@example.com>\nTo: intro@example.org\nSubject: Re: Introduction"
