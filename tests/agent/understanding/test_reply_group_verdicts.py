"""A group's agreement relayed by the writer (a committee's, a board's, a family's, a
boss's) is not the writer's consent: a yes said with it, in its sentence or alone right
beside it, is theirs and the reply is unclear. A yes that names the writer, or one the
writer says apart from it, stays yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

GROUP_YES = [
    "The committee agrees: yes.",
    "The committee agrees, so it's a yes from them.",
    "The board has approved it, so yes.",
    "My family agrees: yes.",
    "My husband agrees, yes.",
    "The committee agrees, so please go ahead.",
    "The trustees are happy for me to go ahead.",
    "The committee agrees. Yes!",
    "Yes. The committee agrees.",
    "Le comité est d'accord : oui.",
    "Le comité est d'accord, donc c'est oui.",
    "Le conseil d'administration a approuvé, oui.",
    "La junta está de acuerdo: sí.",
    "La junta está de acuerdo, así que sí.",
    "La junta directiva ha aprobado, sí.",
    "Der Vorstand ist einverstanden: ja.",
    "Der Vorstand ist einverstanden, also ja.",
    "Der Vorstand hat dem Vorhaben zugestimmt, also ja.",
    "A direção concorda: sim.",
    "A direção concorda, portanto sim.",
    "Sim. A direção concorda.",
    "Kamati imekubali: ndiyo.",
    "Kamati imekubali, kwa hiyo ndiyo.",
    "Mume wangu amekubali, ndiyo.",
]


@pytest.mark.parametrize("text", GROUP_YES)
def test_a_groups_yes_relayed_is_not_the_writers(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("group-verdict:") for e in evidence)


WRITER_AGREES_TOO = [
    "The committee agrees, and I'd be glad to meet Owen.",
    "Yes, happy to. The committee agrees too.",
    "The committee agrees: we would like to be introduced to Owen. Please do pass on my email.",
    "The committee agrees, and so do I: yes.",
    "The committee agrees: yes please, pass on my email.",
    "The committee agrees. Yes, I'd be happy to.",
    "Our members approved it last night. I'm happy to go ahead.",
    "Le comité est d'accord, et je serais ravie de le rencontrer.",
    "Oui, avec plaisir. Le comité est d'accord aussi.",
    "La junta está de acuerdo y yo también estaría encantada de conocerlo.",
    "La junta ha aprobado la propuesta y acepto con gusto.",
    "Sí, con gusto. La junta también está de acuerdo.",
    "Der Vorstand ist einverstanden und ich freue mich auch auf das Kennenlernen.",
    "Ja, gerne. Der Vorstand ist auch einverstanden.",
    "A direção concorda por unanimidade, e eu também. Sim, aceito com gosto a apresentação.",
    "A direção aprovou e aceito com todo o gosto.",
    "Sim, com gosto. A direção também concorda.",
    "Kamati imekubali, na mimi pia nimefurahi kukutana naye.",
    "Ndiyo, nimefurahi. Kamati pia imekubali.",
]


@pytest.mark.parametrize("text", WRITER_AGREES_TOO)
def test_the_writers_own_yes_beside_a_groups_stands(text: str) -> None:
    assert classify_text(text) == "yes"


NEAR_MISSES = [
    ("My wife and I agree: yes.", "yes"),
    ("The committee and I agree: yes.", "yes"),
    ("Yes please connect us. Our mosque committee has been asking for this.", "yes"),
    ("I agree, yes.", "yes"),
    ("The committee agrees.", "unclear"),
    ("Yes, the committee agrees.", "unclear"),
    ("Our committee is happy to go ahead.", "unclear"),
    ("No. The committee agrees with me.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NEAR_MISSES)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer
