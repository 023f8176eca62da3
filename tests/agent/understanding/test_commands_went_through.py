"""A question whether the writer's intro went through or went out ("did my intro to the
seed guy go thru??", "Ma demande est-elle passée ?", "¿Mi solicitud ya se envió?", "Ist
meine Anfrage schon durchgegangen?", "Meu pedido já saiu?", "Ombi langu limetumwa?") asks
how it stands (``status_endings``), not for the intro again; beside a new ask the mail asks
for that one."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "did my intro to the tractor guy go thru?? nothing from him yet",
        "Did my request to meet Ana Ruiz go through?",
        "Hi, has the intro to Omar actually gone through? Cheers, Lee",
        "Quick one: did my intro to the vet at Brookfield ever go out?",
        "Ma demande de mise en relation avec Paul Girard est-elle passée ?",
        "Bonjour, ma demande pour rencontrer Mme Leroy a-t-elle été envoyée ?",
        "¿Mi solicitud para conocer a Pedro Ruiz ya se envió?",
        "Oye, ¿la presentación con la gente del molino salió?",
        "Ist meine Anfrage wegen Herrn Kaya schon durchgegangen?",
        "Ist die Vorstellung mit Frau Brandt eigentlich schon rausgegangen?",
        "Meu pedido de apresentação ao João Lima já saiu?",
        "Oi! A apresentação com a Bia foi enviada?",
        "Ombi langu la kutambulishwa kwa Juma Ali limetumwa?",
        "Habari, utambulisho wangu na Bi. Neema umefanyika?",
    ],
)
def test_whether_an_intro_went_through_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A new ask beside the question: the mail asks for that intro.
        "Did my intro to Bob go through? Also, could you introduce me to Carol Diaz"
        " (carol@diaz.example)?",
        "My intro to Bob went through, thanks! Could you also introduce me to Carol Diaz,"
        " carol@diaz.example?",
        "Ma demande pour Paul est-elle passée ? Pourriez-vous aussi me présenter à Claire"
        " Dubois (claire@dubois.example) ?",
        # Going through said of something that is no intro.
        "Did my payment go through?",
        "Did the invoice go thru?",
    ],
)
def test_went_through_beside_a_new_ask_or_of_no_intro_is_no_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "status"


def test_went_through_beside_a_new_ask_keeps_the_ask() -> None:
    result = understand(
        "Did my intro to Bob go through? Also, could you introduce me to Carol Diaz"
        " (carol@diaz.example)?"
    )
    assert result.kind == "intro_request"
    assert result.command is None
