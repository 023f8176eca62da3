"""A refusal of one channel of contact beside another way to meet offered is unclear:
"email meu eu não passo pra ninguém não ... Mas se a moça quiser vir aqui na fazenda
..., a porteira tá aberta". A plain refusal of the channel, and a refusal naming no
channel, still refuse."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OFFERED = [
    "Dona Patrícia, email meu eu não passo pra ninguém não, já tive problema com isso.\n\n"
    "Mas se a moça quiser vir aqui na fazenda provar o queijo e conversar, a porteira tá "
    "aberta, é só chegar num sábado de manhã.",
    "No, I don't give my email to anyone, I've had trouble with that. But if she wants to "
    "come by the farm to taste the cheese, the gate is open.",
    "Non, mon mail je ne le donne à personne. Mais si elle veut passer à la ferme, la porte "
    "est ouverte.",
    "No, mi correo no se lo doy a nadie. Pero si quiere venir a la finca, la puerta está abierta.",
    "Nein, meine E-Mail-Adresse gebe ich niemandem. Aber wenn sie auf den Hof kommen will, "
    "das Tor ist offen.",
    "Hapana, barua pepe yangu simpi mtu yeyote. Lakini kama anataka kuja shambani, mlango "
    "uko wazi.",
]

STILL_NO = [
    "No, I don't give my email to anyone.",
    "Non, mon mail je ne le donne à personne.",
    "No, mi correo no se lo doy a nadie.",
    "Nein, meine E-Mail-Adresse gebe ich niemandem.",
    "Hapana, barua pepe yangu simpi mtu yeyote.",
    # No channel named: the refusal is of the introduction.
    "No thanks. If she wants to come by the open day, it's public.",
    # The offer negated.
    "No, I don't give my email to anyone. If she wants to come by, she can't before May.",
]


@pytest.mark.parametrize("text", OFFERED)
def test_a_channel_refused_and_a_visit_offered_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize("text", STILL_NO)
def test_a_plain_refusal_stays_no(text: str) -> None:
    assert classify_text(text) == "no"
