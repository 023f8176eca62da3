"""An ask verb typed with a slip where the rest of the ask is plain: "hey can u conect me
w/ kevin liu (kevin.liu@stripe.com)??", "introdcue", "intorduce", "presnet", in the six
languages; a slip that may be another word, or no plain ask after it, is never read."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")

KEVIN = "kevin.liu@stripe.com"


@pytest.mark.parametrize(
    "body",
    [
        "hey can u conect me w/ kevin liu (kevin.liu@stripe.com)?? met him at the YC thing, "
        "want to ask him abt payouts for our marketplace\n\nthx",
        "could you introdcue me to kevin liu (kevin.liu@stripe.com)? want to ask him abt payouts",
        "could you intorduce me to Kevin Liu (kevin.liu@stripe.com)? want to ask him abt payouts",
        "pls presnet me to Kevin Liu <kevin.liu@stripe.com>, want to ask him about payouts",
        "can u connnect me w/ kevin liu (kevin.liu@stripe.com)?? want to ask him abt payouts",
        "Peux-tu me présneter à Kevin Liu (kevin.liu@stripe.com) ? On veut parler paiements.",
        "Présnete-moi à Kevin Liu (kevin.liu@stripe.com) stp, on veut parler paiements.",
        "¿Me puedes presnetar a Kevin Liu (kevin.liu@stripe.com)? Queremos hablar de pagos.",
        "Hallo, vernezte mich mit Kevin Liu (kevin.liu@stripe.com). Wir wollen über Zahlungen "
        "reden.",
        "Pode apresnetar-me a Kevin Liu (kevin.liu@stripe.com)? Queremos falar de pagamentos.",
        "Habari, niunganshe na Kevin Liu (kevin.liu@stripe.com). Tunataka kuzungumza kuhusu "
        "malipo.",
    ],
)
def test_an_ask_verb_typed_with_a_slip_asks(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == WRITER
    assert result.b is not None and result.b.email == KEVIN
    assert result.b.name is not None and result.b.name.casefold() == "kevin liu"
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A letter changed makes another word: "collect" is no "connect".
        "can u collect me w/ kevin liu (kevin.liu@stripe.com)?? at the airport tomorrow",
        # A real word one slip from an ask verb.
        "can u resent me to kevin liu (kevin.liu@stripe.com)?? his mail bounced",
        # No plain ask after the slip: the writer and a preposition must follow it.
        "I conected with kevin liu (kevin.liu@stripe.com) last week, thanks.",
        # A negative stays one.
        "don't conect me w/ kevin liu (kevin.liu@stripe.com), he's a pain",
    ],
)
def test_a_slip_that_may_be_another_word_asks_nothing(body: str) -> None:
    result = understand(body)
    assert result.kind == "not_a_request" or not result.confident


def test_a_slip_beside_an_ask_word_is_left_as_written() -> None:
    # The mail asks already; its slip is not read.
    result = understand(
        "Could you introduce me to Ann Baker (ann@baker.example)? And conect me w/ kevin liu "
        "(kevin.liu@stripe.com) some day."
    )
    assert result.b == Party("Ann Baker", "ann@baker.example")


@pytest.mark.parametrize(
    "body",
    [
        "hi!! can you intro duce me to Paolo Dizon, the sound engineer in QC? his email is"
        " paolo@dizonaudio.ph\n\nthank you so mush!!",
        "hi can you con nect me with Paolo Dizon? paolo@dizonaudio.ph",
        "Bonjour, pouvez-vous me pré senter à Paolo Dizon (paolo@dizonaudio.ph) ?",
        "Hola, ¿me puedes presen tar a Paolo Dizon (paolo@dizonaudio.ph)?",
        "Olá, pode apre sentar me a Paolo Dizon (paolo@dizonaudio.ph)?",
        "Habari, naomba uniunga nishe na Paolo Dizon (paolo@dizonaudio.ph).",
    ],
)
def test_an_ask_verb_split_by_autocorrect_asks(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == WRITER
    assert result.b == Party("Paolo Dizon", "paolo@dizonaudio.ph")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Halves with no frame after them: nothing joined.
        "The intro duce section of the score is too long.",
        "The con nect four game was fun.",
    ],
)
def test_split_halves_without_a_frame_ask_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"
