"""Three ways a command is said: a German status question in a subordinate clause, its
auxiliary last ("ob sich bei der Anfrage wegen Herrn Oberhuber schon etwas getan hat?");
a wait told with an intensifier, or a question whether the ask is happening at all, beside
an ask told as made before ("I've heard precisely nothing", "Is this actually
happening?"); and a cancel naming its intro by what it is about ("You can drop the intro
about the mural permit - ..."), whose target is that topic as written. Near misses keep
their readings: a statement of an intro's outcome, a new ask beside the cancel, a
negated cancel, a wait with no ask told."""

from __future__ import annotations

import pytest

from agent.understanding.commands import cancelled_intro, detect_command
from tests.agent.understanding.test_requests import understand

_REASON = (
    " Wir müssten bis Monatsende wissen, ob wir für die Förderung einreichen können.\n\n"
    "Danke und lg\nVerena"
)


@pytest.mark.parametrize(
    "text",
    [
        "Grüß Gott,\n\nich wollte nur kurz nachfragen, ob sich bei der Anfrage wegen Herrn"
        " Oberhuber vom Kulturamt schon etwas getan hat?" + _REASON,
        "Hallo,\n\nich wollte fragen, ob sich bei meiner Anfrage schon etwas getan hat?",
        "Hallo,\n\nkönnen Sie mir sagen, ob bei der Vorstellung mit Frau Keller etwas"
        " herausgekommen ist?",
    ],
)
def test_german_status_question_with_auxiliary_last_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


_TOLD = "It's been three weeks since I asked for the intro to Lachlan at the Opera House"


@pytest.mark.parametrize(
    "text",
    [
        _TOLD + " and I've heard precisely nothing. Not a peep.",
        _TOLD + " and I've heard absolutely nothing.",
        _TOLD + ". Is this actually happening or should I just ring him myself?",
        "Je vous ai demandé de me présenter à Mme Paredes il y a trois semaines. Rien de rien.",
        "Te pedí que me presentaras a la doctora Paredes hace tres semanas y no sé"
        " absolutamente nada.",
        "Pedi-te que me apresentasses à doutora Paredes há três semanas e não sei"
        " absolutamente nada.",
        "Ich hatte Sie gebeten, mich Frau Paredes vorzustellen, und seitdem rein gar nichts.",
        "Nilikuomba unitambulishe kwa Dkt. Paredes wiki tatu zilizopita, kimya kabisa.",
    ],
)
def test_told_ask_beside_an_emphatic_wait_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A wait with no ask told of: nothing of an intro.
        "I asked Maria about the offsite and heard precisely nothing.",
        # A told ask, then a new one.
        _TOLD + " and I've heard precisely nothing. Could you introduce me to Carol Diaz instead?",
    ],
)
def test_emphatic_wait_without_a_told_ask_or_beside_a_new_ask_is_no_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "status"


_WHY = (
    " - the ward councillor's office phoned us directly this morning and it's all sorted, we"
    " paint on the 6th.\n\nThe other one (sound engineer for the Heritage Day gig) is still"
    " on please.\n\nShukran\nFaiez\n\nFaiez Abrahams\nBo-Kaap Arts Project"
)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Hi\n\nYou can drop the intro about the mural permit" + _WHY,
            "the intro about the mural permit",
        ),
        (
            "Please cancel the intro regarding the mural permit.",
            "the intro regarding the mural permit",
        ),
        (
            "Vous pouvez annuler la mise en relation au sujet du permis de la fresque.",
            "la mise en relation au sujet du permis de la fresque",
        ),
        (
            "Puedes cancelar la solicitud sobre el permiso del mural.",
            "la solicitud sobre el permiso del mural",
        ),
        (
            "Bitte stornieren Sie die Anfrage wegen der Genehmigung für das Wandbild.",
            "die Anfrage wegen der Genehmigung für das Wandbild",
        ),
        (
            "Pode cancelar o pedido sobre a licença do mural.",
            "o pedido sobre a licença do mural",
        ),
    ],
)
def test_cancel_naming_its_intro_by_topic_targets_the_topic(text: str, target: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "cancel"
    assert found.target == target
    assert cancelled_intro(text) == target


@pytest.mark.parametrize(
    "text",
    [
        # A new ask beside the cancel: a request.
        "You can drop the intro about the mural permit, but please introduce me to Sam Lee"
        " about the sound system - the councillor's office sorted the permit this morning and"
        " we paint on the 6th, so that one is done.",
        # Negated: the intro stays.
        "Don't drop the intro about the mural permit - the ward councillor's office still has"
        " not phoned us and we need it sorted before we paint on the 6th, thanks a lot.",
        # The intro's outcome told, no cancel verb.
        "The intro about the mural permit went really well - the ward councillor's office"
        " phoned us directly this morning and it's all sorted, we paint on the 6th, thanks.",
    ],
)
def test_topic_intro_without_a_lone_cancel_cancels_nothing(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "cancel"


def test_cancel_of_unnamed_intro_names_nothing() -> None:
    assert cancelled_intro("Please cancel my request.") is None
    # A topic lead with nothing after it names nothing.
    assert cancelled_intro("Please cancel the intro about.") is None
