"""Asking whether one name is enough ("or is a name enough?", "oder reicht ein Name?", "ou un
nom suffit ?") asks how to use the agent, as asking whether the name is enough does, in a
longer mail that names no pair; beside a pair it stays the request."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_to_use
from tests.agent.understanding.test_requests import understand

_ASKS = [
    "A colleague from our practice network gave me your address and said you set up "
    "introductions between people. How does that work exactly? Do I need to send you the "
    "names and email addresses of both people, or will a name do? And do the two of them "
    "find out who suggested it?",
    "Eine Bekannte aus dem Verein hat mir Ihre Adresse weitergegeben und gesagt, Sie "
    "vermitteln Kontakte zwischen Menschen. Wie läuft das eigentlich ab? Muss ich Ihnen "
    "Namen und Adressen von beiden schicken, oder genügt ein Name? Und wissen die beiden "
    "dann, von wem der Vorschlag kam?",
    "Une amie de l'association m'a donné votre adresse en disant que vous mettez des gens en "
    "relation. Je dois vous envoyer le nom et l'adresse des deux personnes, ou un nom "
    "suffit ? Et est-ce qu'elles sauront qui a proposé la rencontre ?",
    "Una compañera del colegio me pasó su dirección y me dijo que ustedes ponen en contacto "
    "a personas. ¿Tengo que enviarles el nombre y el correo de las dos personas, o basta "
    "con un nombre? ¿Y ellas sabrán quién lo propuso?",
    "Um colega da associação me passou o endereço de vocês e disse que vocês apresentam "
    "pessoas. Preciso mandar o nome e o e-mail das duas pessoas, ou basta um nome? E elas "
    "ficam sabendo quem sugeriu?",
    "Rafiki yangu wa chama alinipa anwani yenu akasema mnatambulisha watu. Je, nitume "
    "majina na barua pepe za watu wote wawili, au jina moja linatosha? Na je, watajua "
    "nani alipendekeza?",
]


@pytest.mark.parametrize("text", _ASKS)
def test_asking_whether_one_name_is_enough_is_help(text: str) -> None:
    assert asks_how_to_use(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Bitte stellen Sie mich Jana Berg (jana@berg.example) vor, sie sucht einen "
        "Steuerberater. Ich habe nur ihren Vornamen genannt, oder reicht ein Name?",
        "Please introduce me to Jana Berg (jana@berg.example), she is looking for an "
        "accountant. Or will a name do for the next one?",
    ],
)
def test_beside_a_pair_it_stays_the_request(text: str) -> None:
    assert understand(text).kind == "intro_request"


@pytest.mark.parametrize(
    "text",
    [
        # Told, not asked: no "or" weighing it against sending more.
        "Für die Reservierung im Restaurant reicht ein Name, danke.",
        "Pour la réservation du restaurant, un seul nom suffit, merci.",
        "For the table booking a name will do, thanks.",
    ],
)
def test_a_name_said_to_be_enough_asks_nothing(text: str) -> None:
    assert understand(text).command != "help"
