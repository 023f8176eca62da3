"""A further ask in a paragraph of its own speaking of the one it names by a pronoun
("Second: Efraín Giraldo (...) grows coffee. Could you introduce him to Camila Duque
(...)?"), an honorific after a name ("Gurpreet ji"), and the writer saying where to write
to someone ("You can write directly to Mr Le Floch at ...", "Vous pouvez écrire
directement à M. Le Floc'h à l'adresse ...") in the six languages."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

FIRST = {
    "en": "Hi,\n\nPlease introduce me to Julia Reyes (julia@reyes.example).\n\n",
    "es": "Hola,\n\nQuisiera que me presentara con Julia Reyes (julia@reyes.example).\n\n",
    "fr": "Bonjour,\n\nPourriez-vous me présenter à Julia Reyes (julia@reyes.example) ?\n\n",
    "de": "Hallo,\n\nBitte stellen Sie mich Julia Reyes (julia@reyes.example) vor.\n\n",
    "pt": "Olá,\n\nPode apresentar-me à Julia Reyes (julia@reyes.example)?\n\n",
    "sw": "Habari,\n\nTafadhali nitambulishe kwa Julia Reyes (julia@reyes.example).\n\n",
}
SECOND = {
    "en": "Second: Omar Haddad (omar@haddad.example) grows coffee. Could you introduce him"
    " to Camila Duque (camila@duque.example)?",
    "es": "Y lo segundo: don Omar Haddad (omar@haddad.example) cultiva café. ¿Lo podría"
    " presentar a Camila Duque (camila@duque.example)?",
    "fr": "Ensuite : Omar Haddad (omar@haddad.example) cultive du café. Pourriez-vous le"
    " présenter à Camila Duque (camila@duque.example) ?",
    "de": "Zweitens: Omar Haddad (omar@haddad.example) baut Kaffee an. Könnten Sie ihn"
    " Camila Duque (camila@duque.example) vorstellen?",
    "pt": "Segundo: o Omar Haddad (omar@haddad.example) cultiva café. Pode apresentá-lo à"
    " Camila Duque (camila@duque.example)?",
    "sw": "Pili: Omar Haddad (omar@haddad.example) analima kahawa. Tafadhali mtambulishe"
    " kwa Camila Duque (camila@duque.example).",
}
OMAR = Party("Omar Haddad", "omar@haddad.example")
CAMILA = Party("Camila Duque", "camila@duque.example")


@pytest.mark.parametrize("language", sorted(FIRST))
def test_a_further_asks_pronoun_is_the_one_its_paragraph_names(language: str) -> None:
    result = understand(FIRST[language] + SECOND[language] + "\n\nThanks,\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Julia Reyes", "julia@reyes.example")
    assert [{p.a, p.b} for p in result.more] == [{OMAR, CAMILA}]
    assert result.confident


def test_a_paragraph_naming_two_before_the_pronoun_leaves_it_unsure() -> None:
    result = understand(
        FIRST["en"] + "Omar Haddad (omar@haddad.example) works with Bo Lind (bo@lind.example)."
        " Could you introduce him to Camila Duque (camila@duque.example)?\n\nThanks,\nAnn"
    )
    assert not result.confident


def test_an_honorific_after_a_name_leaves_the_ask_whole() -> None:
    result = understand(
        "Hi,\n\nFirst, please introduce Sardar Gurpreet Singh Sandhu (gurpreet@sandhu.example)"
        " to Dr. Navneet Brar (navneet@brar.example).\n\nSecond, please also introduce"
        " Gurpreet ji to Mr. Ajay Malhotra (ajay@malhotra.example).\n\nThanks,\nAnn"
    )
    gurpreet = Party("Gurpreet Singh Sandhu", "gurpreet@sandhu.example")
    assert result.a == gurpreet
    assert [(p.a, p.b) for p in result.more] == [
        (gurpreet, Party("Ajay Malhotra", "ajay@malhotra.example"))
    ]
    assert result.confident


def test_a_capitalised_ji_stays_a_name() -> None:
    result = understand("Hi, please introduce me to Ji Wang (ji@wang.example).\n\nThanks,\nAnn")
    assert result.b == Party("Ji Wang", "ji@wang.example")


ASK = {
    "en": "Mr Yannick Le Floch would like to be introduced to Dr Sophie Marec"
    " (sophie@marec.example).",
    "fr": "M. Yannick Le Floch souhaiterait être présenté au Dr Sophie Marec"
    " (sophie@marec.example).",
    "es": "El Sr. Yannick Le Floch quisiera que le presentaran a la Dra. Sophie Marec"
    " (sophie@marec.example).",
    "de": "Bitte stellen Sie Herrn Yannick Le Floch Frau Dr. Sophie Marec"
    " (sophie@marec.example) vor.",
    "pt": "O Sr. Yannick Le Floch gostaria de ser apresentado à Dra. Sophie Marec"
    " (sophie@marec.example).",
    "sw": "Bw. Yannick Le Floch angependa kutambulishwa kwa Dkt. Sophie Marec"
    " (sophie@marec.example).",
}
WRITE = {
    "en": "You can write directly to Mr Le Floch at y.lefloch@coop.example",
    "fr": "Vous pouvez écrire directement à M. Le Floch à l'adresse y.lefloch@coop.example",
    "es": "Puede escribirle directamente a la dirección y.lefloch@coop.example",
    "de": "Sie können ihm direkt unter folgender Adresse schreiben: y.lefloch@coop.example",
    "pt": "Pode escrever-lhe diretamente para y.lefloch@coop.example",
    "sw": "Unaweza kumwandikia moja kwa moja kwa y.lefloch@coop.example",
}


@pytest.mark.parametrize("language", sorted(ASK))
def test_where_to_write_to_someone_gives_their_address(language: str) -> None:
    result = understand(f"{ASK[language]} {WRITE[language]}\n\nThanks,\nAnn")
    assert result.kind == "intro_request"
    parties = {result.a, result.b}
    assert Party("Yannick Le Floch", "y.lefloch@coop.example") in parties
    assert result.confident
