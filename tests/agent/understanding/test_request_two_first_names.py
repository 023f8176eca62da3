"""A plea to introduce "the two of them" ("les deux", "los dos", "die beiden", "os
dois", "wote wawili") after two people named by a listed first name alone ("My daughter
Cerys ... Gethin at the woollen mill ...") asks about those two, never for certain; a
first name's address given in the mail stays with it. A third first name before the plea
leaves it open which two are meant. "Would you be able to introduce ..." asks, as "would
you introduce ..." does, closed by a full stop or a question mark."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_SENDER = "Dai Pritchard <dai@ty-uchaf.example>"

_ASKS = [
    (
        "My daughter Cerys has started spinning yarn. Someone said Gethin at the woollen mill "
        "is the man to talk to. Would you be able to introduce the two of them. Cerys is on "
        "cerys.yarn@spin.example",
        ("Cerys", "Gethin"),
    ),
    (
        "My daughter Cerys has started spinning yarn. Someone said Gethin at the woollen mill "
        "is the man to talk to. Could you introduce the two of them? Cerys is on "
        "cerys.yarn@spin.example",
        ("Cerys", "Gethin"),
    ),
    (
        "Ma fille Camille file de la laine. On m'a dit que Julien, au moulin, est la personne "
        "à qui parler. Pourriez-vous les présenter tous les deux ?",
        ("Camille", "Julien"),
    ),
    (
        "Mi hija Lucía hila lana. Me dijeron que Andrés, el del molino, es quien sabe. "
        "¿Podrías ponerlos en contacto a los dos?",
        ("Lucía", "Andrés"),
    ),
    (
        "Meine Tochter Lena spinnt Wolle. Man sagte mir, Jonas in der Spinnerei sei der "
        "Richtige. Könnten Sie die beiden bekannt machen?",
        ("Lena", "Jonas"),
    ),
    (
        "A minha filha Joana fia lã. Disseram-me que o Rui, da fábrica, é a pessoa certa. "
        "Poderia apresentá-los, os dois?",
        ("Joana", "Rui"),
    ),
    (
        "Binti yangu Amina anasokota sufu. Nimeambiwa kwamba Juma wa kiwandani ndiye mtu "
        "sahihi. Unaweza kuwatambulisha hao wawili?",
        ("Amina", "Juma"),
    ),
]


@pytest.mark.parametrize(("body", "names"), _ASKS)
def test_the_two_after_two_first_names_alone_is_asked_about(
    body: str, names: tuple[str, str]
) -> None:
    result = understand(body, sender=_SENDER)
    assert result.kind == "intro_request", body
    assert result.a is not None and result.b is not None, body
    assert {result.a.name, result.b.name} == set(names), body
    assert not result.confident, body


def test_a_first_names_address_told_in_the_mail_stays_with_it() -> None:
    result = understand(_ASKS[0][0], sender=_SENDER)
    assert result.a == Party("Cerys", "cerys.yarn@spin.example")
    assert result.b == Party("Gethin", None)


@pytest.mark.parametrize(
    "body",
    [
        # Three first names before the plea: which two is not said.
        "My daughter Cerys spins yarn. Gethin and Rhys at the mill both know it. Would you be "
        "able to introduce the two of them.",
        "Ma fille Camille file de la laine. Julien et Thomas, au moulin, la connaissent. "
        "Pourriez-vous les présenter tous les deux ?",
        # A first name that is a word too ("Baraka", a blessing) is no one alone.
        "Binti yangu Amina anasokota sufu. Nimeambiwa kwamba Baraka wa kiwandani ndiye mtu "
        "sahihi. Unaweza kuwatambulisha hao wawili?",
        # "Them" alone counts no one: a first name alone is still no one for it.
        "My daughter Cerys spins yarn. Someone said Gethin at the mill is the man to talk to. "
        "Could you introduce them?",
    ],
)
def test_no_pair_of_first_names_alone_unless_the_two_are_two(body: str) -> None:
    result = understand(body, sender=_SENDER)
    assert result.a is None or result.b is None or not (result.a.name and result.b.name), body


def test_being_able_to_introduce_asks_without_a_question_mark() -> None:
    result = understand(
        "My daughter spins yarn and someone at the mill knows it all. Would you be able to "
        "introduce the two of them.",
        sender=_SENDER,
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Would you be able to introduce yourself at the meeting on Monday?",
        "We will be able to introduce the new product next week.",
    ],
)
def test_being_able_to_introduce_oneself_or_a_thing_asks_nothing(body: str) -> None:
    assert understand(body, sender=_SENDER).kind == "not_a_request", body
