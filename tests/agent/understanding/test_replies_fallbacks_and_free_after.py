"""A booking page's fallback, the writer free after a meeting, the introduction made
through contact, and a yes that waits for a change after a refusal."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. Grab 30 min here: https://calendly.com/x/30\nIf nothing works, "
        "reply-all and we'll find something.",
        "Oui, avec plaisir. Il peut réserver un créneau ici : https://calendly.com/x/30\n"
        "Si rien ne convient, dites-le-moi.",
        "Sí, claro. Puede reservar aquí: https://calendly.com/x/30\nSi nada le sirve, me escribe.",
        "Ja, gerne. Hier kann er einen Termin buchen: https://calendly.com/x/30\n"
        "Falls nichts passt, melden Sie sich einfach.",
        "Sim, claro. Pode marcar aqui: https://calendly.com/x/30\n"
        "Se nenhum horário servir, me avisa.",
        "Ndiyo. Anaweza kuchagua muda hapa: https://calendly.com/x/30\n"
        "Kama hakuna muda unaofaa, aniandikie.",
    ],
)
def test_a_booking_pages_fallback_is_no_condition(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. If nothing works, reply-all and we'll find something.",
        "Yes, happy to. Grab 30 min here: https://calendly.com/x/30 - if nothing works out "
        "with the other investor.",
    ],
)
def test_a_fallback_with_no_link_before_it_or_going_on_still_doubts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Sure, go ahead. Renata, I'm in meetings until 4pm but free after that.",
        "Oui, avec plaisir ! Renata, je suis en réunion jusqu'à 16h mais libre ensuite.",
        "¡Claro! Renata, estoy en reuniones hasta las 16h pero después quedo libre.",
        "Gerne! Renata, ich bin bis 16 Uhr in Meetings, aber danach frei.",
        "Manda ver! Renata, tô em reunião até umas 16h mas depois fico livre.",
        "Ndiyo. Renata, niko mkutanoni hadi saa kumi lakini baada ya hapo niko huru.",
    ],
)
def test_in_meetings_but_free_after_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Sure, go ahead. I'm in meetings until 4pm but not free after.",
        "Sure, go ahead. Renata, I'm in meetings until 4pm but free after the meeting with you.",
    ],
)
def test_in_meetings_near_misses_still_doubt(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, gladly. I'll send her our standard NDA once you've put us in touch.",
        "Oui, volontiers. Je le lui enverrai dès que vous nous aurez mis en contact.",
        "Sí, con gusto. Le mando el NDA en cuanto nos pongas en contacto.",
        "Ja, gerne. Ich schicke ihm die NDA, sobald Sie uns in Kontakt gebracht haben.",
        "Sim, claro. Mando o NDA assim que você nos colocar em contacto.",
    ],
)
def test_a_step_after_the_contact_is_made_is_no_condition(text: str) -> None:
    assert read_answer(text)[0] == "yes"


def test_a_step_after_something_else_still_doubts() -> None:
    assert read_answer("Oui, volontiers. Je le lui enverrai dès que le conseil aura validé.")[
        0
    ] == ("unclear")


@pytest.mark.parametrize(
    "text",
    [
        "So I'll pass on this one.\n\nIf she ever pivots to software, happy to take a look then.",
        "Merci, mais je passe mon tour. Si un jour elle se tourne vers le logiciel, avec "
        "plaisir à ce moment-là.",
        "Gracias, pero paso. Si se pasa al software, con gusto entonces.",
        "Danke, aber ich muss passen. Falls sie irgendwann auf Software umschwenkt, gerne dann.",
        "Danke, aber ich würde daher passen.",
    ],
)
def test_a_refusal_with_a_yes_waiting_for_a_change_is_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "I can't do Tuesday. If Thursday works, happy to meet then.",
        "Yes. If she pivots, happy to take a look then.",
    ],
)
def test_another_time_offered_or_no_refusal_is_read_as_before(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_would_fit_is_no_pass() -> None:
    assert read_answer("Das würde gut passen, gerne.")[0] == "yes"
