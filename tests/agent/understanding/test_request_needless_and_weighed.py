"""An intro said to be no longer needed or of no use ("It's no longer necessary to connect
Ruth Okoye (...) and Teo Marsh (...)", "Ce n'est plus la peine de", "Il n'est plus
nécessaire de", "Já não vale a pena", "Haina haja tena"; ``needless_leads``) asks
nothing; it was acted on. And a question in the conditional whether the intro would make
sense or be a good idea ("Est-ce que ce serait pertinent de ...", "¿Tendría sentido ...?",
"Würde es Sinn machen, ...", "Seria boa ideia ...?", "Je, ingefaa ...?"), or whether
it should be made ("Do you think we should introduce ...", "Faudrait-il présenter ...",
"¿Crees que deberías ...?", "Meinen Sie, Sie sollten ...", "Será que devemos ...?",
"Unadhani unapaswa ...?"; ``judgement_cues``), is asked about, as "do you think it makes
sense" is; it was acted on.
The plain ask in each language is still acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_RUTH = "Ruth Okoye (ruth@okoye-legal.example)"
_TEO = "Teo Marsh (teo.marsh@harbourworks.example)"
_PAIR = {
    Party("Ruth Okoye", "ruth@okoye-legal.example"),
    Party("Teo Marsh", "teo.marsh@harbourworks.example"),
}


@pytest.mark.parametrize(
    "body",
    [
        f"It's no longer necessary to connect {_RUTH} and {_TEO}, they met at the expo.",
        f"There's no point introducing {_RUTH} to {_TEO} anymore, the project is off.",
        f"Ce n'est plus la peine de mettre {_RUTH} en relation avec {_TEO}.",
        f"Il n'est plus nécessaire de présenter {_RUTH} à {_TEO}, ils se sont vus hier.",
        f"Plus besoin de mettre en relation {_RUTH} et {_TEO}, merci quand même.",
        f"Ya no es necesario poner en contacto a {_RUTH} con {_TEO}.",
        f"Já não vale a pena apresentar a {_RUTH} ao {_TEO}, o projeto acabou.",
        f"Haina haja tena kumtambulisha {_RUTH} kwa {_TEO}, wameshaonana.",
    ],
)
def test_an_intro_no_longer_needed_asks_nothing(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nLeila", subject="intro")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "body",
    [
        f"Est-ce que ce serait pertinent de présenter {_RUTH} à {_TEO} ?",
        f"Ça aurait du sens de mettre {_RUTH} en relation avec {_TEO} ?",
        f"¿Tendría sentido poner en contacto a {_RUTH} con {_TEO}?",
        f"¿Sería una buena idea presentar a {_RUTH} a {_TEO}?",
        f"Würde es Sinn machen, {_RUTH} mit {_TEO} bekannt zu machen?",
        f"Wäre es eine gute Idee, {_RUTH} und {_TEO} zu vernetzen?",
        f"Será que faria sentido apresentar a {_RUTH} ao {_TEO}?",
        f"Seria boa ideia pôr a {_RUTH} em contacto com o {_TEO}?",
        f"Je, ingefaa kumtambulisha {_RUTH} kwa {_TEO}?",
        f"Do you think we should introduce {_RUTH} to {_TEO}, or is that overkill?",
        f"Faudrait-il présenter {_RUTH} à {_TEO}, d'après vous ?",
        f"¿Crees que deberías presentar a {_RUTH} a {_TEO}?",
        f"Meinen Sie, Sie sollten {_RUTH} mit {_TEO} bekannt machen?",
        f"Será que devemos apresentar a {_RUTH} ao {_TEO}?",
        f"Unadhani unapaswa kumtambulisha {_RUTH} kwa {_TEO}?",
    ],
)
def test_a_conditional_question_on_the_intro_is_asked_about(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nLeila", subject="intro")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == _PAIR
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        f"Please connect {_RUTH} and {_TEO}, it's no longer necessary to wait for the board.",
        f"Pourriez-vous présenter {_RUTH} à {_TEO} ? Pas la peine de se presser.",
        f"¿Podrías poner en contacto a {_RUTH} con {_TEO}?",
        f"Könnten Sie {_RUTH} mit {_TEO} bekannt machen?",
        f"Pode apresentar a {_RUTH} ao {_TEO}?",
        f"Tafadhali mtambulishe {_RUTH} kwa {_TEO}.",
    ],
)
def test_a_plain_ask_is_still_acted_on(body: str) -> None:
    result = understand(f"Hi,\n\n{body}\n\nLeila", subject="intro")
    assert result.kind == "intro_request"
    assert {result.a, result.b} == _PAIR
    assert result.confident
