"""A reason that mocks the yes before it in its sentence ("Oh sure, because what I
really need is ..."): the yes answers nothing, and a refusal beside it answers."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Oh sure, totally, because what my week really needs is another sales call. No thanks.",
        "Yeah, definitely, because what I'm missing is more recruiters. Not for me.",
        "Mais oui, avec plaisir, comme si j'avais le temps. Non merci.",
        "Bien sûr, parce que ce qui me manque le plus, c'est une réunion de plus. Non.",
        "Sí, claro, como si no tuviera nada mejor que hacer. No, gracias.",
        "Claro que sí, porque lo que más me falta es otro vendedor. Paso.",
        "Ja klar, gerne, als hätte ich nichts Besseres zu tun. Nein danke.",
        "Ja, sicher, weil mir genau das noch gefehlt hat. Kein Interesse.",
        "Sim, claro, porque o que eu mais preciso é outro recrutador. Não, obrigado.",
        "Ndiyo, kana kwamba sina kazi nyingine. Hapana asante.",
    ],
)
def test_a_mocked_yes_beside_a_refusal_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("mock:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Oh yes, absolutely, because what my inbox is missing is one more pitch.",
        "Claro, como si me sobrara el tiempo.",
        "Ja klar, weil ich ja so viel Zeit habe.",
    ],
)
def test_a_mocked_yes_alone_is_never_a_yes(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        # A reason given in a sentence of its own, or one that mocks nothing.
        "Yes, absolutely. Because what we need is more customers in Leeds, this is timely.",
        "Yes, happy to, because Femi needs a good baker.",
        "Oui, avec plaisir, parce que j'ai besoin d'un comptable.",
        "Ja, gerne, weil wir gerade einen Steuerberater suchen.",
        "Sim, claro, porque estou procurando um designer.",
    ],
)
def test_a_plain_reason_keeps_the_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Oh yes, exactly what my inbox needs, another recruiter. Hard pass.",
        "Oh sure, count me in. Another agency is just what my Friday inbox was missing. I'll pass.",
        "Oui, bien sûr. Un recruteur de plus, exactement ce dont ma boîte mail avait besoin. Non.",
        "Sí, claro. Otro comercial, justo lo que necesitaba mi bandeja de entrada. No, gracias.",
        "Ja, klar. Ein Recruiter, genau das hat mein Postfach gebraucht. Nein danke.",
        "Sim, claro. Outro vendedor, exatamente o que a minha caixa precisava. Não, obrigado.",
        "Ndiyo, bila shaka. Mwajiri mwingine, ndicho hasa sanduku langu lilihitaji. Hapana.",
    ],
)
def test_mockery_of_the_mail_mocks_the_yes_before_it(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("mock:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, happy to. Just what my inbox needed, more intros!", "unclear"),
        # Near-misses: nothing mocks the mail, or the mockery stands in another paragraph.
        ("Yes, exactly what we need. Please introduce us.", "yes"),
        ("Yes please. My inbox is a mess, so write to my other address.", "yes"),
        ("Ja, gerne. Genau das, was wir suchen.", "yes"),
    ],
)
def test_mockery_of_the_mail_reaches_one_sentence_back(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
