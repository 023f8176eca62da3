"""A wish relayed for someone else that the one relaying it has not yet confirmed.

An assistant writing "de parte de Javier Delgado" who adds "Todavía no he podido
confirmarlo con él ..., pero la semana pasada me comentó que le interesaba" asks for an
intro in his name on what he said a week ago. The agent takes the one written for as
having asked, so acted on, it would write to the other party for someone who may not
want it now: the request is asked about. The phrases are ``unconfirmed_cues`` of
``rules/requests/{lang}.json`` ("I haven't been able to confirm it with him", "je n'ai
pas encore pu le confirmer avec lui", "no he podido confirmarlo con él", "noch nicht mit
ihm abgeklärt", "ainda não consegui confirmar com ele", "sijaweza kuthibitisha naye").

They count only in a mail written for someone else (a proxy cue or the wish of someone
of the writer's, as ``requests.py`` reads them): writing for themselves ("introduce me to
Bob Lee; I haven't checked with him yet"), the one not yet asked is the other party,
whom the agent's own opt-in asks, so nothing is doubted. "I confirmed it with him this
morning" holds no cue.
"""

from __future__ import annotations

from collections.abc import Callable

from agent.understanding.request_rules import Rules, admits
from agent.understanding.request_tokens import may_hold
from agent.understanding.word_sets import words_in

__all__ = ["unconfirmed_wish"]


def unconfirmed_wish(folded: str, rules: Rules, writes_for: Callable[[], bool]) -> bool:
    """Whether the folded ask holds one of ``unconfirmed_cues`` in a mail ``writes_for``
    says is written for someone else (see the module's docstring). The cue is looked for
    first, behind its words' gate: most mail holds none, and ``writes_for`` reads the
    text again."""
    return (
        may_hold(rules.unconfirmed_needs, folded)
        and admits(rules.cue_gates.get("unconfirmed_re"), words_in(folded), folded)
        and rules.unconfirmed_re.search(folded) is not None
        and writes_for()
    )
