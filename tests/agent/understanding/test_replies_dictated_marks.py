"""Voice dictation that writes its marks out as words ("com certeza vírgula fala pra ela
... ponto a gente treina ...") is read as the sentences it dictates, in every language;
a text with no dictated comma is read as written, and a dictated condition, contrast or
refusal still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

DICTATED_YES = [
    "sim pode apresentar sim com certeza vírgula fala pra ela que eu tô em Recife até março"
    " ponto a gente treina terça e quinta de noite se ela quiser conversar por vídeo melhor"
    " pelo WhatsApp",
    "yes happy to comma tell her I'm in Leeds until March period we train on Tuesday"
    " evenings if she wants a call",
]


@pytest.mark.parametrize("text", DICTATED_YES)
def test_a_dictated_yes_reads_as_its_sentences(text: str) -> None:
    assert classify_text(text) == "yes"


DICTATED_DOUBT = [
    "sim pode apresentar vírgula mas só em maio",
    "yes happy to comma but only if he is serious period thanks",
    "oui virgule mais pas avant mars point merci",
    "sí coma pero solo si es serio punto gracias",
    "Ja Komma aber nur wenn er seriös ist Punkt danke",
    "ndiyo koma lakini baada ya mwezi ujao nukta asante",
]


@pytest.mark.parametrize("text", DICTATED_DOUBT)
def test_a_dictated_condition_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"


@pytest.mark.parametrize("text", ["Não vírgula obrigado", "no comma thanks period"])
def test_a_dictated_refusal_still_refuses(text: str) -> None:
    assert classify_text(text) == "no"


def test_a_stop_word_without_a_dictated_comma_is_read_as_written() -> None:
    assert classify_text("A ponto de dizer sim, mas não.") == "no"
