"""A writer asking for someone else who says they have not yet confirmed the wish with
that one ("I haven't been able to confirm it with him yet", "je n'ai pas encore pu le
confirmer avec lui", "todavía no he podido confirmarlo con él", "ich konnte es noch nicht
mit ihm abklären", "ainda não consegui confirmar com ele", "sijaweza kuthibitisha naye"):
the wish is relayed, not checked, so the request is asked about, never acted on, every
address written. Confirmed ("I confirmed it with him this morning", "ya lo he confirmado
con él"), the request stands; so it does when the writer asks for themselves and has
not yet checked with the other party, whom the agent's opt-in asks anyway."""

from __future__ import annotations

import pytest

from agent.understanding.request_rules import load_rules
from agent.understanding.request_tokens import normal_text
from agent.understanding.request_unconfirmed import unconfirmed_wish
from tests.agent.understanding.test_requests import understand

_DANIEL = "Daniel Mwita (daniel.mwita@sokotech.example)"
_GRACE = "Grace Njeri (grace@agrifund.example)"

_UNCONFIRMED = [
    f"I am writing on behalf of {_DANIEL}, our managing director. He would like to be"
    f" introduced to {_GRACE} about seed funding. I haven't been able to confirm it with him"
    " yet, as he is travelling, but he mentioned it last week.",
    f"Je vous écris de la part de {_DANIEL}, notre directeur. Il souhaiterait être présenté à"
    f" {_GRACE}. Je n'ai pas encore pu le confirmer avec lui, il est en déplacement.",
    f"Le escribo de parte de {_DANIEL}, nuestro director. Le gustaría conocer a {_GRACE}."
    " Todavía no he podido confirmarlo con él, está de viaje.",
    f"Ich schreibe Ihnen im Auftrag von {_DANIEL}, unserem Geschäftsführer. Könnten Sie ihn"
    f" mit {_GRACE} bekannt machen? Ich konnte es noch nicht mit ihm abklären, er ist auf"
    " Reisen.",
    f"Escrevo em nome de {_DANIEL}, o nosso diretor. Ele gostaria de ser apresentado à"
    f" {_GRACE}. Ainda não consegui confirmar com ele, está em viagem.",
    f"Naandika kwa niaba ya {_DANIEL}, mkurugenzi wetu. Angependa kutambulishwa kwa {_GRACE}."
    " Sijaweza kuthibitisha naye bado kwa sababu yuko safarini.",
]


@pytest.mark.parametrize("body", _UNCONFIRMED)
def test_a_wish_not_yet_confirmed_with_the_one_written_for_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.email == "daniel.mwita@sokotech.example"
    assert result.b is not None and result.b.email == "grace@agrifund.example"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"I am writing on behalf of {_DANIEL}, our managing director. He would like to be"
        f" introduced to {_GRACE} about seed funding. I confirmed it with him this morning.",
        f"Le escribo de parte de {_DANIEL}, nuestro director. Le gustaría conocer a {_GRACE}."
        " Ya lo he confirmado con él esta mañana.",
    ],
)
def test_a_wish_confirmed_with_the_one_written_for_stays_confident(body: str) -> None:
    result = understand(body)
    assert result.a is not None and result.a.email == "daniel.mwita@sokotech.example"
    assert result.confident


def test_not_yet_checked_with_the_other_party_for_oneself_stays_confident() -> None:
    result = understand(
        f"Could you introduce me to {_GRACE}? I haven't checked with her yet, but she said at"
        " the fair she takes such calls."
    )
    assert result.b is not None and result.b.email == "grace@agrifund.example"
    assert result.confident


def test_the_cue_counts_only_in_a_mail_written_for_someone_else() -> None:
    rules = load_rules()
    folded = normal_text("Todavía no he podido confirmarlo con él, está de viaje.")
    assert unconfirmed_wish(folded, rules, lambda: True)
    assert not unconfirmed_wish(folded, rules, lambda: False)
    # No cue, and whether the mail is written for someone else is never asked.
    assert not unconfirmed_wish(normal_text("Ya lo he confirmado con él."), rules, _never)


def _never() -> bool:
    raise AssertionError("asked whether the mail is written for someone else")
