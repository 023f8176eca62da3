"""A yes held to a time ("Yes, but only if it's before Friday") beside the writer's own
leave, with a no for the case the condition fails ("If he can't before then, then no for
now"), is a person weighing the question, no notice: unclear. A bare yes beside the leave
stays a notice."""

from __future__ import annotations

import pytest

from tests.agent.understanding.shared_inputs import reply_answer


def _reply(body: str) -> str:
    return reply_answer(body)


WEIGHED = [
    "Yes, but only if it's before Friday. From Saturday I'm on holiday for two weeks with no "
    "internet. If he can't before then, then no for now.",
    "Oui, mais seulement si c'est avant vendredi. À partir de samedi je suis en congés pour "
    "deux semaines sans internet. S'il ne peut pas avant, alors non pour l'instant.",
    "Sí, pero solo si es antes del viernes. Desde el sábado estoy de vacaciones dos semanas "
    "sin internet. Si no puede antes, entonces no por ahora.",
    "Ja, aber nur wenn es vor Freitag ist. Ab Samstag bin ich im Urlaub, zwei Wochen ohne "
    "Internet. Wenn er vorher nicht kann, dann erstmal nein.",
    "Sim, mas só se for antes de sexta. A partir de sábado estou de férias duas semanas sem "
    "internet. Se ele não puder antes, então não por agora.",
    "Ndiyo, lakini tu kama ni kabla ya Ijumaa. Kuanzia Jumamosi niko likizo Pemba wiki mbili "
    "bila mtandao. Kama hawezi kabla ya hapo, basi hapana kwa sasa.",
]


@pytest.mark.parametrize("body", WEIGHED)
def test_a_yes_held_to_a_time_beside_leave_is_unclear(body: str) -> None:
    assert _reply(body) == "unclear"


NOTICES = [
    "Ndiyo. Niko likizo hadi tarehe 20.",
    # A condition but no no for the case it fails: nothing weighs the leave.
    "Ndiyo, lakini tu kama ni kabla ya Ijumaa. Kuanzia Jumamosi niko likizo.",
    "Oui. Je suis en congés jusqu'au 20.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_leave_beside_no_weighed_yes_stays_a_notice(body: str) -> None:
    assert _reply(body) == "auto_reply"
