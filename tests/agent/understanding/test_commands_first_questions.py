"""A newcomer's first questions to the agent ask how to use it: what to write to it with
whom it is written to ("What exactly do I have to write to you?", "¿Qué tengo que
escribirle?", "O que tenho de lhe escrever?"), whether the two must say yes first ("do
they have to say yes first", "doivent-ils accepter d'abord", "müssen sie erst
zustimmen"), whether there is a list of commands or a format to follow, in a short mail
that names no pair. The same words about something else, beside an ask for an intro, or
in a mail the agent is only copied on ask nothing of the agent."""

from __future__ import annotations

import pytest

from agent.understanding.commands import asks_how_it_works, asks_how_to_use
from tests.agent.understanding.test_requests import understand

_WRITE_TO_YOU = [
    "My son put this address in my phone and says it can introduce people for me. "
    "What exactly do I have to write to you?",
    "Someone told me you connect people. What do I need to write to you?",
    "On m'a donné votre adresse. Qu'est-ce que je dois t'écrire ?",
    "Me dieron esta dirección. ¿Qué tengo que escribirle exactamente?",
    "Mi hija me pasó este correo. ¿Qué les tengo que escribir?",
    "Mein Enkel hat mir die Adresse gegeben. Was muss ich euch schreiben?",
    "O meu neto deu-me este endereço. O que tenho de lhe escrever?",
    "Nimepewa anwani hii na rafiki. Nikuandikie nini?",
]


@pytest.mark.parametrize("text", _WRITE_TO_YOU)
def test_what_to_write_to_the_agent_is_help(text: str) -> None:
    assert asks_how_it_works(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


_FIRST_QUESTIONS = [
    "I am 81 and not very good with these things. Do they have to say yes first?",
    "I'm new to this. Do I need to send the other person's address as well?",
    "A friend keeps copying this address. Is there a list of commands I can use?",
    "Is there a particular format I should use?",
    "On m'a parlé de ce service. Est-ce qu'ils doivent dire oui d'abord ?",
    "Je découvre ce service : y a-t-il une liste de commandes ?",
    "Me hablaron de este servicio. ¿Tienen que aceptar primero?",
    "¿Hay una lista de comandos que pueda usar?",
    "Ich habe von dem Dienst gehört. Müssen die beiden erst zustimmen?",
    "Gibt es eine Liste mit Befehlen?",
    "Ouvi falar deste serviço. Eles têm de aceitar primeiro?",
    "Existe uma lista de comandos?",
    "Nimesikia kuhusu huduma hii. Je, lazima wakubali kwanza?",
    "Je, kuna orodha ya amri?",
]


@pytest.mark.parametrize("text", _FIRST_QUESTIONS)
def test_a_newcomers_first_questions_are_help(text: str) -> None:
    assert asks_how_to_use(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "text",
    [
        # Anything after what to write turns it to something else.
        "What do I have to write to you about the invoice?",
        "¿Qué tengo que escribirle al casero sobre la fianza?",
        # Told, not asked.
        "I know what I have to write to you, thanks.",
    ],
)
def test_the_same_words_about_something_else_are_no_help(text: str) -> None:
    assert not asks_how_it_works(text)
    assert understand(text).kind != "command"


def test_a_pair_beside_the_question_stays_the_request() -> None:
    result = understand(
        "Please introduce me to Carla Ruiz (carla@ruiz.example). Do they have to say yes first?"
    )
    assert result.kind == "intro_request"
    assert result.confident


def test_copied_on_a_mail_between_others_it_asks_nothing() -> None:
    result = understand(
        "Marta, the supplier wants both our signatures. Do they have to agree first?",
        to="Marta Gil <marta@gil.example>",
        cc="Intro Agent <intro@introbot.net>",
    )
    assert result.kind != "command"


_HOW_TO_SEND = [
    "A client gave me this address. Before I use it for my clients, should I write to you"
    " directly or can I just cc you when I introduce two people? And do both parties get an"
    " email before they are put in touch?",
    "Un client m'a donné cette adresse. Est-ce que je dois vous écrire directement ou je"
    " peux simplement vous mettre en copie ? Et est-ce que les deux parties reçoivent un"
    " mail avant d'être mises en contact ?",
    "Un cliente me dio esta dirección. ¿Tengo que escribirles directamente o puedo ponerles"
    " en copia? ¿Y reciben un correo antes de ponerlos en contacto?",
    "Ein Mandant hat mir diese Adresse gegeben. Muss ich Ihnen direkt schreiben, oder kann"
    " ich Sie einfach in CC setzen? Und bekommen beide vorher eine Mail?",
    "Um cliente deu-me este endereço. Tenho que vos escrever diretamente ou posso só colocar"
    " vocês em cópia? E recebem um e-mail antes?",
    "Mteja mmoja alinipa anwani hii. Nikuandikie moja kwa moja au nikuweke kwenye cc tu? Na"
    " je, wanapokea barua pepe kabla?",
]


@pytest.mark.parametrize("text", _HOW_TO_SEND)
def test_whether_to_write_or_copy_and_whether_both_are_told_is_help(text: str) -> None:
    # Whether to write to the agent or copy it, and whether the two get a mail before they
    # are put in touch: how the agent is used, asked before a first intro.
    assert asks_how_to_use(text)
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "help"


def test_a_pair_beside_whether_both_are_told_stays_the_request() -> None:
    result = understand(
        "Please introduce me to Carla Ruiz (carla@ruiz.example). Do both parties get an email"
        " before?"
    )
    assert result.kind == "intro_request"
    assert result.confident
