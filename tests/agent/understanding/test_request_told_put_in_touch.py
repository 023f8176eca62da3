"""An intro told of as made with a verb that may also ask ("you put me in touch", the same
in the past and the present; "me pusiste en contacto", "você me pôs em contato", "tu m'as
mis en relation") asks nothing where nothing before it in its sentence asks and the
sentence tells it as done: a past time ("last month", "in October", "remember") or thanks
in the mail. "Could you put me in touch with ...?", "Please, you put me in touch ...",
"¿Me pones en contacto con ...?" and a question thanked for in advance still ask."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "You put me in touch with Shauna last month. Thanks!",
        "Just wanted to say a massive THANK YOU. Remember in October you put me in touch"
        " with Shauna from the tenants union about the black mould in my little one's"
        " bedroom? She came round with me to the letting agent and they sent someone out.",
        "Hi! you put us in touch with Shauna Kelly a while back, and we got on great.",
        "Me pusiste en contacto con Shauna el mes pasado. ¡Gracias!",
        "Você me pôs em contato com a Shauna no mês passado. Obrigada!",
        "Tu m'as mis en relation avec Shauna le mois dernier. Merci !",
        "Vous m'avez mise en relation avec Shauna en octobre. Merci beaucoup !",
        "Du hast mich letzten Monat mit Shauna in Kontakt gebracht. Danke!",
        "Ulinikutanisha na Shauna mwezi uliopita. Asante!",
    ],
)
def test_a_told_past_intro_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        "Could you put me in touch with Shauna Kelly?",
        "Can you put me in touch with Shauna Kelly? Thanks!",
        "Would you put me in touch with Shauna Kelly?",
        "Please, you put me in touch with Shauna Kelly and I'll do the rest.",
        "You put me in touch with Shauna Kelly? Thanks!",
        "You put me in touch with Shauna Kelly. Thanks in advance!",
        "¿Me pones en contacto con Shauna Kelly?",
        "¿Podrías ponerme en contacto con Shauna Kelly? ¡Gracias!",
        "Você me põe em contato com a Shauna Kelly?",
        "Tu peux me mettre en relation avec Shauna Kelly ? Merci !",
    ],
)
def test_an_ask_to_put_in_touch_still_asks(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name == "Shauna Kelly"


def test_an_ask_after_the_told_intro_is_read() -> None:
    result = understand(
        "You put me in touch with Shauna last month, could you also put me in touch with"
        " Pedro Alves?"
    )
    assert result.kind == "intro_request"
    assert "Pedro Alves" in {pair.b.name for pair in result.pairs}
    assert not result.confident
