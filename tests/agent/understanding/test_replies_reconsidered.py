"""A writer who answers twice in one mail, the second time after a pause ("wait",
"pera", "espera", "attends", "warte", "ngoja") or a rereading ("having reread",
"réflexion faite", "pensándolo bien", "nach nochmaligem Lesen", "relendo", "nimesoma
tena"): the new answer decides when it is plain; a new answer that doubts or asks
leaves the reply as it was read."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "No thanks, I'm retired.\n\nWait, I just reread it properly. Yes, happy to talk to her.",
        "Non merci.\n\nAttends, j'ai relu : oui, avec plaisir.",
        "No, gracias.\n\nEspera, pensándolo bien, sí, encantada.",
        "Nein danke.\n\nWarte, nach nochmaligem Lesen: ja, gerne.",
        "não, valeu\n\npera, li direito agora, é o Rafael! então sim, pode apresentar sim",
        "Hapana.\n\nNgoja, nimesoma tena. Ndiyo, karibu.",
    ],
)
def test_a_no_then_a_plain_yes_after_a_pause_or_rereading_is_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "yes"
    assert any(e.startswith("reconsidered:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to.\n\nHaving reread it, no thanks, I don't have the time.",
        "Oui, pourquoi pas.\n\nJ'en ai parlé à mon mari et, réflexion faite, je préfère ne "
        "pas donner suite.",
        "Sí, claro.\n\nPensándolo bien, no, gracias.",
        "Ja, gerne.\n\nNach nochmaligem Lesen: nein danke.",
        "Sim, claro.\n\nRelendo, não, obrigada.",
        "Ndiyo, karibu.\n\nAaa ngoja kwanza. Nimefikiri tena, sina muda. Kwa sasa hapana.",
    ],
)
def test_a_yes_then_a_plain_no_after_a_pause_or_rereading_is_no(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The new answer doubts or asks: never a yes.
        ("No thanks.\n\nWait, is he the one from Acme? Then yes.", "unclear"),
        ("No.\n\nWait, yes, but only if he is local.", "unclear"),
        ("No thanks.\n\nWait. Yes, but I am not free until May.", "unclear"),
        ("Non merci.\n\nRéflexion faite, oui si c'est pour recruter.", "unclear"),
        ("No, gracias.\n\nPensándolo bien, sí... no sé.", "unclear"),
        ("Hapana.\n\nNgoja, nimesoma tena. Ndiyo, kama ni kazi.", "unclear"),
        # A correction marker that is no pause nor rereading: as before.
        ("Maybe later. Actually, yes, go ahead now.", "unclear"),
        # The same answer twice stays that answer.
        ("No thanks.\n\nWait, I just reread it. Still no.", "no"),
    ],
)
def test_a_second_answer_that_is_not_plain_decides_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Si 👍 claro que si, digale que me busque en la tienda", "yes"),
        ("Si 👍", "yes"),
        ("Si 😅 me pagan voy", "unclear"),
        ("Si me pagan voy", "unclear"),
    ],
)
def test_a_yes_sign_after_si_closes_it(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A sign ending the sentence after "si" closes it: the "si" is the yes.
        ("Sí 😍", "yes"),
        ("Si 😊", "yes"),
        ("Sí ❤️\n\nEnviado desde mi iPhone", "yes"),
        ("Sí 😍. Gracias por pensar en mí", "yes"),
        # A sign that doubts or refuses is read as after any yes.
        ("Sí 🤔", "unclear"),
        ("Sí 👎", "no"),
        # A clause after the sign: "si" may still open a condition.
        ("Si 😍 me pagan", "unclear"),
        ("Si 😊 me pagan voy", "unclear"),
    ],
)
def test_any_sign_closing_the_sentence_after_si_closes_it(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
