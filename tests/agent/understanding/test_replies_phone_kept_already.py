"""The sentence telling why the phone number is kept back after a yes may count the
calls the writer gets already ("I get far too many calls already"): that "already" is
about the writer's own phone, not about knowing the other person, and the yes stands.
The other languages hold no bare "already" among their hedges, and read so before. An
"already" telling of the other person, of a thing the writer has, or of calls had with
someone still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

_NOTE = "Yes, glad to meet her. Just please don't pass on my mobile number."


@pytest.mark.parametrize(
    "body",
    [
        f"{_NOTE} I get far too many calls already.",
        f"{_NOTE} I already get lots of calls from suppliers.",
        "Oui, volontiers. Mais ne lui donnez pas mon numéro de portable. Je reçois déjà "
        "beaucoup trop d'appels.",
        "Sí, con gusto. Pero no le pases mi número de celular. Ya recibo demasiadas llamadas.",
        "Ja, sehr gerne. Aber bitte geben Sie ihr meine Handynummer nicht. Ich bekomme "
        "schon viel zu viele Anrufe.",
        "Ja, sehr gerne. Aber bitte geben Sie ihr meine Handynummer nicht. Ich bekomme "
        "bereits genug Anrufe.",
        "Sim, claro. Mas não passe o meu número de telefone. Já recebo ligações demais.",
        "Ndiyo, sawa. Ila tafadhali usimpe namba yangu ya simu. Tayari napigiwa simu nyingi sana.",
    ],
)
def test_already_counting_the_writers_calls_keeps_the_yes(body: str) -> None:
    assert read_answer(body)[0] == "yes"


@pytest.mark.parametrize(
    "body",
    [
        # The other person, a thing had, calls had with someone, a second matter.
        f"{_NOTE} I already know her.",
        f"{_NOTE} She already has it.",
        f"{_NOTE} I already have a bookkeeper.",
        f"{_NOTE} We already had a few calls.",
        f"{_NOTE} I already have a supplier and get too many calls.",
        f"{_NOTE} I already get lots of calls, is that a problem?",
        # No note on the phone before it, or no yes.
        "Yes, glad to meet her. I get far too many calls already.",
        "Please don't pass on my mobile number. I get far too many calls already.",
    ],
)
def test_other_alreadys_still_doubt(body: str) -> None:
    assert read_answer(body)[0] != "yes"
