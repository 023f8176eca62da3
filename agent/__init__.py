"""Intro Agent: an email agent that makes double opt-in introductions."""

__version__ = "0.1.0"
