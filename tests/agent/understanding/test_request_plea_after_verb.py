"""An imperative opening its sentence with the plea right after it, before whom it governs
("Apresenta por favor o Duarte à Filipa", "Presenta por favor a Duarte a Filipa",
"Présente s'il te plaît Duarte à Filipa", "Introduce please Duarte to Filipa", "Tambulisha
tafadhali Duarte kwa Filipa"), asks as the imperative alone does; the same words after a
subject tell what someone does."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Apresenta por favor o Duarte Simões à Filipa Antunes (filipa@antunes.example).",
        "Apresente pf a Marta Reis ao Rui Costa (rui@costa.example), ela precisa de ajuda.",
        "Presenta por favor a Duarte Simões a Filipa Antunes (filipa@antunes.example).",
        "Présente s'il te plaît Duarte Simões à Filipa Antunes (filipa@antunes.example).",
        "Présentez svp Duarte Simões à Filipa Antunes (filipa@antunes.example).",
        "Introduce please Duarte Simões to Filipa Antunes (filipa@antunes.example).",
        "Tambulisha tafadhali Duarte Simões kwa Filipa Antunes (filipa@antunes.example).",
    ],
)
def test_a_plea_after_the_imperative_asks(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a is not None and result.a.name is not None and result.a.name in text
    assert result.b is not None and result.b.email is not None and result.b.email in text


@pytest.mark.parametrize(
    "text",
    [
        "Ele apresenta por favor o Duarte à Filipa, sempre educado.",
        "Elle présente svp Duarte à Filipa.",
    ],
)
def test_the_same_words_after_a_subject_ask_nothing(text: str) -> None:
    assert understand(text).kind == "not_a_request"
