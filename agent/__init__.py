"""Intro Agent: an email agent that makes double opt-in introductions."""

from agent.compiled import activate as _activate

__version__ = "0.1.0"

# The compiled build of the mail-reading modules, when it matches these sources
# (agent.compiled); otherwise the sources run as they are.
_activate(__path__)
