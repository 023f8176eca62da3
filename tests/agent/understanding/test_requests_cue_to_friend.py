"""A mail to a friend, the agent copied and named in it ("Intro Agent, please introduce me to
Kofi's manager, Lisa Grant (...)"), that tells the friend by name nothing is needed of them
("Kofi, no need to do anything, it asks her first") asks the agent for the intro: the cue
is said to the friend, not a note that the agent need do nothing. The same cue said to no
one by name, or in a mail that names no agent, still makes the mail no request."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import AGENT, understand

KOFI = "Kofi Mensah <kofi@harbour.example>"


TO_KOFI = [
    "Hey Kofi,\n\nGreat seeing you at the barbecue Saturday! As promised I'm looping in the"
    " intro bot I told you about. Intro Agent, please introduce me to Kofi's manager, Lisa"
    " Grant (lisa.grant@harbour.example). She's hiring a junior data analyst.\n\nKofi, no"
    " need to do anything, it asks her first.\n\nCheers,\nAnn",
    "Salut Kofi,\n\nJe mets mon agent d'intro en copie. Pourrais-tu me présenter à Lisa"
    " Grant (lisa.grant@harbour.example) ? Elle recrute.\n\nKofi, il n'y a rien à faire de"
    " ton côté.\n\nAnn",
    "Hola Kofi:\n\nPongo en copia a mi asistente de presentaciones. ¿Me presentas a Lisa"
    " Grant (lisa.grant@harbour.example)? Está contratando.\n\nKofi, no hace falta hacer"
    " nada.\n\nAnn",
    "Hallo Kofi,\n\nich setze meinen Intro-Assistenten in Kopie. Bitte stell mich Lisa"
    " Grant (lisa.grant@harbour.example) vor, sie stellt ein.\n\nKofi, du musst nichts"
    " tun.\n\nAnn",
    "Oi Kofi,\n\nCopiei meu agente de apresentações. Por favor, apresente-me à Lisa Grant"
    " (lisa.grant@harbour.example), ela está contratando.\n\nKofi, não precisa fazer"
    " nada.\n\nAnn",
    "Habari Kofi,\n\nNimemweka msaidizi wa utambulisho kwenye nakala. Tafadhali"
    " nitambulishe kwa Lisa Grant (lisa.grant@harbour.example), anaajiri.\n\nKofi, hakuna"
    " cha kufanya.\n\nAnn",
]


@pytest.mark.parametrize("body", TO_KOFI)
def test_cue_said_to_the_friend_leaves_the_ask_to_the_agent(body: str) -> None:
    result = understand(body, to=KOFI, cc=AGENT)
    assert result.kind == "intro_request"
    assert result.b == Party("Lisa Grant", "lisa.grant@harbour.example")


@pytest.mark.parametrize(
    "body",
    [
        # The cue said to no one by name: nothing needed of the agent.
        "Hey Kofi,\n\nI'm looping in the intro bot. I've already introduced you to Lisa Grant"
        " (lisa.grant@harbour.example) myself, no need to do anything.\n\nAnn",
        # No agent named in the text.
        "Hey Kofi,\n\nI've already introduced you to Lisa Grant (lisa.grant@harbour.example)"
        " myself.\n\nKofi, no need to do anything.\n\nAnn",
    ],
)
def test_cue_to_no_one_by_name_or_without_the_agent_named_is_no_request(body: str) -> None:
    result = understand(body, to=KOFI, cc=AGENT)
    assert result.kind == "not_a_request"


@pytest.mark.parametrize("body", TO_KOFI)
def test_a_friend_copied_under_a_surname_first_name_is_called_by_first_name(body: str) -> None:
    # Outlook shows "Mensah, Kofi": the one called "Kofi," in the text.
    result = understand(body, to=AGENT, cc='"Mensah, Kofi" <kofi@harbour.example>')
    assert result.kind == "intro_request"
    assert result.b == Party("Lisa Grant", "lisa.grant@harbour.example")


def test_a_cue_to_no_one_by_name_still_holds_with_a_surname_first_copy() -> None:
    result = understand(
        "Intro Agent, I've already introduced Kofi to Lisa Grant (lisa.grant@harbour.example)"
        " myself, no need to do anything.\n\nAnn",
        to=AGENT,
        cc='"Mensah, Kofi" <kofi@harbour.example>',
    )
    assert result.kind == "not_a_request"


BOARD = "Harbour Trustees <trustees@harbour.example>"


@pytest.mark.parametrize("body", TO_KOFI)
def test_a_board_written_to_is_called_by_its_last_word_before_a_dash(body: str) -> None:
    # "St Bede's Governors" on To, told "Governors - no action needed from you".
    called = body.replace("\n\nKofi,", "\n\nTrustees -")
    assert called != body
    result = understand(called, to=BOARD, cc=AGENT)
    assert result.kind == "intro_request"
    assert result.b == Party("Lisa Grant", "lisa.grant@harbour.example")


def test_a_dash_after_a_word_naming_no_one_on_the_mail_still_dismisses() -> None:
    result = understand(
        "Hello Trustees,\n\nI'm looping in the intro bot. I've already introduced you to Lisa"
        " Grant (lisa.grant@harbour.example) myself.\n\nMarketing - no need to do"
        " anything.\n\nAnn",
        to=BOARD,
        cc=AGENT,
    )
    assert result.kind == "not_a_request"


HUSSEIN = "Hussein Said <hussein@kilindini.example>"
JUMA = "Juma Mwachiro <juma@pwani.example>"

# A note to the colleagues copied that nothing is needed of them ("no action for you on
# this, just keeping you in the loop"), in a mail that asks the agent by name for an intro.
TOLD_COLLEAGUES = [
    "Intro Agent - please introduce me to Grace Nalwoga (g.nalwoga@lakeside.example). We"
    " need someone on the Ugandan side.\n\nHussein, Juma - no action for you on this, just"
    " keeping you in the loop.\n\nRegards,\nFarid",
    "Intro Agent, pourriez-vous me présenter à Grace Nalwoga (g.nalwoga@lakeside.example) ?"
    " Il nous faut quelqu'un côté ougandais.\n\nHussein, Juma : aucune action,"
    " juste pour vous tenir au courant.\n\nFarid",
    "Intro Agent, ¿me presentas a Grace Nalwoga (g.nalwoga@lakeside.example)? Necesitamos a"
    " alguien en Uganda.\n\nHussein, Juma: no tenéis que hacer nada, es solo para que estéis"
    " al tanto.\n\nFarid",
    "Intro Agent, bitte stellen Sie mich Grace Nalwoga (g.nalwoga@lakeside.example) vor. Wir"
    " brauchen jemanden in Uganda.\n\nHussein, Juma - für euch gibt es nichts zu tun, nur"
    " zur Info.\n\nFarid",
    "Intro Agent, por favor apresente-me à Grace Nalwoga (g.nalwoga@lakeside.example)."
    " Precisamos de alguém no Uganda.\n\nHussein, Juma: não precisam fazer nada, é só para"
    " conhecimento.\n\nFarid",
    "Intro Agent, tafadhali nitambulishe kwa Grace Nalwoga (g.nalwoga@lakeside.example)."
    " Tunahitaji mtu upande wa Uganda.\n\nHussein, Juma - hamna cha kufanya, ni kwa taarifa"
    " tu.\n\nFarid",
]


@pytest.mark.parametrize("body", TOLD_COLLEAGUES)
def test_a_dismissal_said_to_colleagues_copied_leaves_the_ask_to_the_agent(body: str) -> None:
    result = understand(body, to=AGENT, cc=f"{HUSSEIN}, {JUMA}")
    assert result.kind == "intro_request"
    assert result.b == Party("Grace Nalwoga", "g.nalwoga@lakeside.example")


@pytest.mark.parametrize("body", TOLD_COLLEAGUES)
def test_a_dismissal_said_to_someone_not_on_the_mail_still_dismisses(body: str) -> None:
    # Neither Hussein nor Juma is written to or copied: nothing says whom the note is for.
    result = understand(body, to=AGENT)
    assert result.kind == "not_a_request"


def test_a_dismissal_said_to_the_agent_still_dismisses() -> None:
    result = understand(
        "Hussein, Juma - I've introduced you to Grace Nalwoga (g.nalwoga@lakeside.example)"
        " myself.\n\nIntro Agent - no action for you on this, just keeping you in the loop."
        "\n\nFarid",
        to=AGENT,
        cc=f"{HUSSEIN}, {JUMA}",
    )
    assert result.kind == "not_a_request"
