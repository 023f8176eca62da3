"""Wording a person might also use ("auf Dienstreise", "out of the office", "en
déplacement", "de viaje", "em viagem", "likizo") said of someone else ("Der ist diese Woche
auf Dienstreise", "my boss is out of the office", "il est en déplacement") tells of that
one's absence in a person's reply, not of the writer's in a notice: the reply is read for
its answer. A notice of the writer's own absence, one naming the absent by name, and one
whose headers mark a robot stay automatic replies."""

from __future__ import annotations

import pytest

# The same reply to the agent's question as a hand-off is read in.
from tests.agent.understanding.test_replies_hand_offs import _reply

OTHERS_AWAY = [
    "Grundsätzlich ja, aber das muss ich erst mit meinem Abteilungsleiter abstimmen. Der ist"
    " diese Woche auf Dienstreise, ich melde mich nächste Woche.",
    "In principle yes, but I need to run it by my boss first. She's out of office until Monday.",
    "Probably, but my manager is on vacation until the 20th and I need her sign-off.",
    "En principe oui, mais je dois en parler à mon chef. Il est en déplacement cette semaine.",
    "En principio sí, pero lo tengo que consultar con mi jefe. Él está de viaje esta semana.",
    "Em princípio sim, mas preciso falar com a minha chefe. Ela está em viagem esta semana.",
    "Kimsingi ndiyo, lakini lazima nimuulize bosi wangu. Yeye yuko likizo wiki hii.",
]


@pytest.mark.parametrize("body", OTHERS_AWAY)
def test_anothers_absence_in_a_persons_reply_is_no_notice(body: str) -> None:
    assert _reply(body) == "unclear"


def test_anothers_leave_beside_a_yes_leaves_it_unclear() -> None:
    assert _reply("Yes, but my boss is on parental leave, so it has to wait.") == "unclear"


ROBOTS = [
    "I am out of office until Monday and will reply when I return.",
    "Ich bin diese Woche auf Dienstreise und ab Montag wieder erreichbar.",
    "Herr Müller ist auf Dienstreise und ab Montag wieder erreichbar.",
    "El Sr. García está de viaje hasta el lunes.",
    "Esta semana estoy de vacaciones.",
    "Esta caixa de correio não é monitorada.",
    "Je suis en déplacement jusqu'au 12. Il est possible que je réponde avec retard.",
    "Asante kwa ujumbe wako, niko safarini hadi Jumatatu.",
    "Estou em viagem. Ela está de férias também.",
    "I'm on parental leave. She is also on parental leave.",
]


@pytest.mark.parametrize("body", ROBOTS)
def test_the_writers_own_absence_is_still_a_notice(body: str) -> None:
    assert _reply(body) == "auto_reply"


def test_anothers_absence_marked_by_headers_is_a_robots() -> None:
    body = "He is out of office until Monday."
    assert _reply(body, "Auto-Submitted: auto-replied\n") == "auto_reply"


def test_robot_wording_said_of_another_beside_a_yes_leaves_it_unclear() -> None:
    assert _reply("Yes, happy to. My boss is out of office until Monday.") == "unclear"


def test_robot_wording_of_the_writers_own_beside_anothers_is_a_notice() -> None:
    assert _reply("He is out of office. I am on vacation until 3 June.") == "auto_reply"


GUESSED_FOR_ANOTHER = [
    "Le escribe Rosa, de ventas. El Sr. García está de viaje hasta el lunes. Creo que sí le"
    " interesará, pero no puedo decidir por él.",
    "Mr Brown is travelling until Monday. I believe so, but I cannot decide for him.",
    "M. Dubois est en déplacement jusqu'à lundi. Je crois que oui, mais je ne peux pas"
    " décider à sa place.",
    "O Sr. Ribeiro está em viagem até segunda. Acho que sim, mas não posso decidir por ele.",
]


@pytest.mark.parametrize("body", GUESSED_FOR_ANOTHER)
def test_a_guess_at_the_answer_beside_travel_wording_is_a_persons(body: str) -> None:
    # A notice guesses nothing: someone answering for the one away, who decides nothing.
    assert _reply(body) == "unclear"
