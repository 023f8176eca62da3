"""A status question written with the address of whom its intro is with ("Where are we
with my intro to Dr. Ekwueme (n.ekwueme@...)? Nothing on my side.") asks how that intro
stands: the address says who the intro is with and gives no one to introduce anew. An
address in another sentence, or an ask beside the question, still makes the mail a
request. A longer mail may open with such a question of "the intro with" someone named,
as it may with "my request"."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

# What a longer mail says after its question: why the writer asks (over 40 words in all).
_WHY_EN = (
    " We hope to see him before the coastal survey starts in February, and the board meets"
    " right after that, so the timing matters to us."
)
_WHY_FR = (
    " Nous espérons le voir avant le début de la campagne côtière en février, et le conseil"
    " se réunit juste après, donc le calendrier compte pour nous."
)
_WHY_ES = (
    " Queremos verle antes de que empiece la campaña costera en febrero, y la junta se reúne"
    " justo después, así que el calendario nos importa."
)
_WHY_DE = (
    " Wir möchten ihn vor dem Beginn der Küstenkampagne im Februar treffen, und der Vorstand"
    " tagt gleich danach, deshalb ist uns der Zeitplan wichtig."
)
_WHY_PT = (
    " Queremos vê-lo antes do início da campanha costeira em fevereiro, e a direção reúne-se"
    " logo a seguir, por isso o calendário é importante para nós."
)
_WHY_SW = (
    " Tungependa kumwona kabla ya utafiti wa pwani kuanza mwezi Februari, na bodi inakutana"
    " mara baada ya hapo, kwa hiyo muda ni muhimu kwetu."
)

_SHORT = [
    "Hi,\n\nWhere are we with my intro to Dr. Ekwueme (n.ekwueme@tidal.example)? Nothing on"
    " my side.\n\nThanks,\nAnn",
    "Any update on the introduction to Sione Tupou (sione@reefworks.example)? Still waiting.",
    "Hey, just wondering where things stand with the intro to Dana Okafor"
    " <dana@okafor.example>. Nothing so far.",
    "What's the latest on connecting me with Ilse Brandt (ilse@brandt.example)? Nothing yet.",
    "Is the intro with Tomas Lind (tomas@lind.example) still in progress? Haven't seen anything.",
    "Bonjour, où en est ma mise en relation avec Mme Aubry (aubry@phare.example) ? Toujours"
    " rien de mon côté.",
    "Salut, ça avance la mise en relation avec Hugo Marchal (hugo@marchal.example) ? Rien reçu.",
    "Bonjour, où en est-on pour la présentation à Léa Morin (lea@morin.example) ? Aucune nouvelle.",
    "Hola, ¿cómo va la presentación con Nerea Ibarra (nerea@ibarra.example)? No he sabido nada.",
    "Buenas, ¿qué tal va mi presentación con el Dr. Osorio (osorio@faro.example)? Todavía nada.",
    "Hallo, wie steht es um die Vorstellung bei Frau Dr. Albers (albers@watt.example)? Ich"
    " habe noch nichts gehört.",
    "Hallo, wie sieht's aus mit der Vorstellung bei Jan Stoll (jan@stoll.example)? Noch nix"
    " gehört.",
    "Olá, como está a apresentação com a Inês Faria (ines@faria.example)? Ainda não tive resposta.",
    "Oi, alguma novidade da apresentação com o Caio Prado (caio@prado.example)? Nada ainda.",
    "Habari, imefikia wapi utambulisho wangu kwa Bi. Rehema Salim (rehema@pwani.example)?"
    " Sijasikia chochote.",
    "Habari, utambulisho na Baraka Mollel (baraka@mollel.example) umefikia wapi? Bado nasubiri.",
]

_LONGER = [
    "Hi,\n\nWhere are we with my intro to Dr. Ekwueme (n.ekwueme@tidal.example)? Nothing on"
    " my side." + _WHY_EN + "\n\nThanks,\nAnn",
    "Hi,\n\nHope all is well. Any news on the introduction to Dr. Ekwueme"
    " (n.ekwueme@tidal.example)? I haven't heard back." + _WHY_EN + "\n\nAnn",
    "Bonjour,\n\nOù en est ma mise en relation avec le Pr Ekwueme (n.ekwueme@tidal.example) ?"
    " Je n'ai aucune nouvelle." + _WHY_FR + "\n\nAnn",
    "Hola:\n\n¿Cómo va la presentación con el profesor Ekwueme (n.ekwueme@tidal.example)? No"
    " he sabido nada." + _WHY_ES + "\n\nAnn",
    "Hallo,\n\nwie steht es um die Vorstellung bei Prof. Ekwueme (n.ekwueme@tidal.example)?"
    " Ich habe noch nichts gehört." + _WHY_DE + "\n\nAnn",
    "Olá,\n\nComo está a apresentação com o Prof. Ekwueme (n.ekwueme@tidal.example)? Ainda"
    " não soube de nada." + _WHY_PT + "\n\nAnn",
    "Habari,\n\nImefikia wapi utambulisho wangu na Prof. Ekwueme (n.ekwueme@tidal.example)?"
    " Sijasikia chochote." + _WHY_SW + "\n\nAnn",
]


@pytest.mark.parametrize("text", _SHORT + _LONGER)
def test_a_status_question_with_the_address_of_whom_it_is_with_is_status(text: str) -> None:
    result = understand(text, subject="intro")
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Hola:\n\n¿Cómo va la presentación con el profesor Ekwueme? No he sabido nada." + _WHY_ES,
        "Hallo,\n\nwie steht es um die Vorstellung bei Prof. Ekwueme? Ich habe noch nichts"
        " gehört." + _WHY_DE,
        "Olá,\n\nComo está a apresentação com o Prof. Ekwueme? Ainda não soube de nada." + _WHY_PT,
    ],
)
def test_a_longer_mail_opening_on_the_intro_with_someone_named_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    ("text", "b"),
    [
        # An ask: the address gives whom to meet.
        (
            "Could you introduce me to Dr. Ekwueme (n.ekwueme@tidal.example)?" + _WHY_EN,
            Party("Ekwueme", "n.ekwueme@tidal.example"),
        ),
        # The address in the ask beside the question, not in it.
        (
            "Hi,\n\nAny news on my intro to Ravi? Also, could you introduce me to Carol Diaz"
            " (carol@diaz.example)?" + _WHY_EN,
            Party("Carol Diaz", "carol@diaz.example"),
        ),
        # A question about something else opening the mail.
        (
            "Wie steht es um das Projekt in Kiel? Bitte stellen Sie mich Jan Stoll"
            " (jan@stoll.example) vor." + _WHY_DE,
            Party("Jan Stoll", "jan@stoll.example"),
        ),
        (
            "¿Cómo va todo por Cádiz? Me gustaría que me presentaras a Nerea Ibarra"
            " (nerea@ibarra.example)." + _WHY_ES,
            Party("Nerea Ibarra", "nerea@ibarra.example"),
        ),
        (
            "Hi, how is Dr. Ekwueme (n.ekwueme@tidal.example) these days? Could you connect us?",
            Party("Ekwueme", "n.ekwueme@tidal.example"),
        ),
    ],
)
def test_a_new_ask_beside_or_without_a_status_question_stays_a_request(text: str, b: Party) -> None:
    result = understand(text, subject="intro")
    assert result.kind == "intro_request"
    assert result.b == b


@pytest.mark.parametrize(
    "text",
    [
        # An ask in the very sentence of the question, after a conjunction.
        "Where are we with my intro to Ravi, and could you introduce me to Carol Diaz"
        " (carol@diaz.example)?",
        # The address alone in a sentence of its own.
        "Any news on my intro to Ravi? Please introduce me to Carol Diaz, carol@diaz.example.",
    ],
)
def test_an_address_outside_the_question_is_no_status(text: str) -> None:
    assert detect_command("", text, in_reply_to=False) is None
