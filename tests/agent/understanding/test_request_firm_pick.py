"""Someone at a firm, then a name the writer offers for them ("talking to someone in the
HSE office - maybe Dr Declan Furlong if he's still there"): the one offered is the one
meant, never the firm, and only offered, so the request is asked about. A hedged "it might
be worth X talking to Y" is a suggestion, asked about even with both addresses written.
A doubt naming no one after "someone at" a firm, or a name offered elsewhere in the mail,
changes nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

OFFERED = [
    (
        "Orla Kinsella (orla@hei.ie) has the survey data and it might be worth her talking to"
        " someone in the HSE immunisation office - maybe Dr Declan Furlong if he's still"
        " there, or whoever took over.",
        "Declan Furlong",
    ),
    (
        "I'm wondering whether Orla Kinsella (orla@hei.ie) should talk to someone on the"
        " trade finance desk at Acme Bank - maybe Declan Furlong, or whoever took over from"
        " him. Only do it if you think it's obviously useful.",
        "Declan Furlong",
    ),
    (
        "Ce serait bien que Orla Kinsella (orla@hei.ie) parle avec quelqu'un au service"
        " export de la banque. Peut-être avec Declan Furlong, s'il y est encore.",
        "Declan Furlong",
    ),
    (
        "It would be useful if Orla Kinsella (orla@hei.ie) could talk to someone at Acme"
        " Labs. Perhaps Declan Furlong, if he is still there.",
        "Declan Furlong",
    ),
    (
        "Ce serait bien que Orla Kinsella (orla@hei.ie) parle avec quelqu'un de chez Acme"
        " Labs. Peut-être avec Declan Furlong, s'il y est encore.",
        "Declan Furlong",
    ),
    (
        "Sería bueno que Orla Kinsella (orla@hei.ie) hable con alguien de la OTRI sobre la"
        " patente: a lo mejor con Jorge, el que vino a la feria.",
        "Jorge",
    ),
    (
        "A Orla Kinsella (orla@hei.ie) talvez devesse conversar com alguém da Fiocruz sobre"
        " os dados - quem sabe a Dra. Lívia, se ela ainda estiver lá.",
        "Lívia",
    ),
    (
        "Ingekuwa vizuri kama Orla Kinsella (orla@hei.ie) angeongea na mtu wa Acme Labs,"
        " labda Bw. Juma Mwangi.",
        "Juma Mwangi",
    ),
]


@pytest.mark.parametrize(("ask", "offered"), OFFERED)
def test_the_one_offered_at_a_firm_is_asked_about(ask: str, offered: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.name == "Orla Kinsella"
    assert result.b is not None and result.b.name == offered
    assert not result.confident


def test_we_might_talk_to_someone_at_a_firm_offered() -> None:
    result = understand(
        "Igual nos vendría bien hablar con alguien de la OTRI de la Universidad de Zaragoza"
        " sobre la patente: a lo mejor con Jorge, el que vino a la feria."
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Jorge"
    assert not result.confident


WORTH = [
    "It might be worth Orla Kinsella (orla@hei.ie) talking to Declan Furlong (d@hse.ie).",
    "Ça vaudrait peut-être la peine que Orla Kinsella (orla@hei.ie) parle avec Declan"
    " Furlong (d@hse.ie).",
    "Podría valer la pena que Orla Kinsella (orla@hei.ie) hable con Declan Furlong (d@hse.ie).",
    "Talvez valha a pena a Orla Kinsella (orla@hei.ie) conversar com o Declan Furlong (d@hse.ie).",
    "Es könnte sich lohnen, wenn Orla Kinsella (orla@hei.ie) mit Declan Furlong (d@hse.ie)"
    " spricht.",
    "Inaweza kufaa Orla Kinsella (orla@hei.ie) kuongea na Declan Furlong (d@hse.ie).",
]


@pytest.mark.parametrize("ask", WORTH)
def test_it_might_be_worth_is_asked_about(ask: str) -> None:
    result = understand(ask)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.name == "Orla Kinsella"
    assert result.b is not None and result.b.name == "Declan Furlong"
    assert not result.confident


KEPT = [
    # A doubt naming no one after the firm.
    "Please introduce Orla Kinsella (orla@hei.ie) to Declan Furlong (d@hse.ie). He is"
    " someone at the HSE, maybe the best one.",
    # A firm and a name told of, no pair holding that name.
    "Please introduce Orla Kinsella (orla@hei.ie) to Declan Furlong (d@hse.ie). I met"
    " someone at Acme Labs last week, maybe Tom.",
]


@pytest.mark.parametrize("ask", KEPT)
def test_other_firms_and_doubts_change_nothing(ask: str) -> None:
    result = understand(ask)
    assert result.b is not None and result.b.name == "Declan Furlong"
    assert result.confident
