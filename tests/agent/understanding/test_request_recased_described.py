"""A name typed in lower case, described between it and its address ("necesito que me
presentes con el escribano rubén gallo el de la calle mitre, rgallo@...", "introduce me
to my accountant sarah jenkins who works from leeds, s.jenkins@..."), an address of an
initial and a surname spelling it whole: the name gets its capitals back after an ask's
word and at most two words describing the one asked for, and the address closing the
sentence after a comma is theirs. Words the address does not spell in full stay words."""

from __future__ import annotations

import pytest

from agent.understanding.request_recased import recased
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "hi, could you introduce me to my accountant sarah jenkins who works from leeds,"
            " s.jenkins@ledger.example. thanks",
            "Sarah Jenkins",
        ),
        (
            "salut, tu peux me présenter au notaire rené gallo celui de la rue mitre,"
            " rgallo@notaires.example. merci",
            "René Gallo",
        ),
        (
            "hola, necesito que me presentes con el escribano rubén gallo el de la calle mitre"
            " coma rgallo@escribania.example punto gracias",
            "Rubén Gallo",
        ),
        (
            "hallo, kannst du mich mit dem notar jens schröder aus der mitte bekannt machen,"
            " jschroeder@notare.example. danke",
            "Jens Schröder",
        ),
        (
            "oi, você pode me apresentar ao tabelião rubens gallo aquele da rua mitre,"
            " rgallo@cartorio.example. obrigado",
            "Rubens Gallo",
        ),
        (
            "habari, niunganishe na wakili juma mrisho wa mtaa wa moi, jmrisho@sheria.example."
            " asante",
            "Juma Mrisho",
        ),
    ],
)
def test_a_described_lower_case_name_gets_its_capitals(text: str, name: str) -> None:
    written, unsure = recased(text, load_rules())
    assert name in written
    assert not unsure


@pytest.mark.parametrize(
    "text",
    [
        # Described apart from it, an address spelling one word only ("ruben") spells no
        # "rubén gallo".
        "necesito que me presentes con el escribano rubén gallo el de la calle mitre,"
        " ruben@escribania.example.",
        # The address in a later sentence, words of another between.
        "necesito que me presentes con el escribano rubén gallo. es muy bueno."
        " rgallo@escribania.example",
        # No ask's word before the words: told of in a story, no one asked for.
        "ayer rubén gallo pasó por la calle mitre, rgallo@escribania.example.",
        # Three words between the ask's word and the name: too far to describe them.
        "intro me to the very nice accountant sarah jenkins who works in leeds,"
        " s.jenkins@ledger.example.",
    ],
)
def test_words_the_address_does_not_bear_out_stay_words(text: str) -> None:
    written, _ = recased(text, load_rules())
    assert "Gallo" not in written and "Jenkins" not in written


@pytest.mark.parametrize(
    ("text", "email"),
    [
        (
            "hi, could you introduce me to my accountant sarah jenkins who works from leeds,"
            " s.jenkins@ledger.example. thanks\n\ndebbie",
            "s.jenkins@ledger.example",
        ),
        (
            "necesito que me presentes con el escribano rubén gallo el de la calle mitre coma"
            " rgallo@escribaniagallo.com.ar punto tengo un cliente que compra un local\n\n"
            "gracias\nmartín",
            "rgallo@escribaniagallo.com.ar",
        ),
    ],
)
def test_the_described_one_is_asked_for_with_their_address(text: str, email: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b is not None and result.b.email == email
