"""Voice dictation that writes its marks out as words ("com certeza vírgula fala pra ela
... ponto a gente treina ...") is read as the sentences it dictates, in every language;
a text with no dictated comma is read as written, and a dictated condition, contrast or
refusal still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import _opens_dictated, classify_text
from agent.understanding.reply_phrases import phrase_book

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


# Replies dictated while driving: a stop of two words ("full stop") or one closing its
# line, a note on when to call in the yes's own sentence, and the writer kept off the
# phone for now.
DRIVING_YES = [
    "No problem go ahead full stop tell the lad to ring me after 7 I'm on the 16 all day"
    " and can't look at the phone comma only on my break full stop Del",
    "Ja gerne Komma soll mich anrufen ab 19 Uhr wenn ich auf dem Rasthof stehe Punkt bin"
    " die ganze Woche auf der A7 Richtung Kassel Punkt\nUwe",
    "oui ça va aller virgule il peut m'appeler après 20h quand je suis garé point je suis"
    " sur la route de Bouaké jusqu'à jeudi",
    "Dale nomás que me escriba coma estoy manejando hasta las 22 así que le contesto a la"
    " noche punto abrazo",
    "sim pode apresentar vírgula ele pode me ligar depois das 19h ponto estou dirigindo",
    "Ndio sawa koma mwambie anipigie usiku saa tatu nukta sasa naendesha siwezi kuandika"
    " vizuri nukta asante",
]


@pytest.mark.parametrize("text", DRIVING_YES)
def test_a_dictated_yes_with_when_to_call_says_yes(text: str) -> None:
    assert classify_text(text) == "yes"


# The same notes typed, in the yes's own sentence.
INNER_NOTE_YES = [
    "Yes, tell him to call me after 7.",
    "Ja gerne, er soll mich ab 19 Uhr anrufen.",
    "Oui, il peut m'appeler après 20h.",
    "Sí, que me llame después de las 8.",
    "Ndiyo, anipigie baada ya saa tatu.",
    "Yes happy to. I'm on the bus all day and can't look at the phone, only on my break.",
]


@pytest.mark.parametrize("text", INNER_NOTE_YES)
def test_when_to_call_in_the_yes_sentence_says_yes(text: str) -> None:
    assert classify_text(text) == "yes"


# A yes put off to a date, a wait on the writer's return, or a refusal of the other
# stays a doubt.
INNER_NOTE_DOUBT = [
    "Yes, call me after March.",
    "Yes, but not until after March.",
    "Yes, call me only after I know more.",
    "Yes, call me when I'm back.",
    "Yes, call me after 7 days.",
    "Yes, I'm driving so I can't call him.",
    "Yes, I can't look at the phone.",
    "Sure, if he emails me first.",
    "Ja gerne, wenn er mich anruft.",
    "Ja gerne, ruf mich an wenn ich zurück bin.",
    "Ja gerne, ruf mich ab 19 Uhr an wenn ich es mir überlegt habe.",
    "Ja gerne, ruf mich ab 19 Uhr an wenn ich nicht fahre.",
    "Oui, il peut m'appeler après mars.",
    "Oui, il peut m'appeler après le 15.",
    "Sí, que me llame después de marzo.",
    "Sí, estoy manejando, le contesto a la noche.",
    "Sí, que me escriba, le contesto mañana.",
    "Sim, pode me ligar depois de março.",
    "Ndio, anipigie baada ya Januari.",
    "Yes, the hall is free on Saturday the 8th from 2pm, I've pencilled you in.",
]


@pytest.mark.parametrize("text", INNER_NOTE_DOUBT)
def test_a_deferral_in_the_yes_sentence_still_doubts(text: str) -> None:
    assert classify_text(text) != "yes"


def test_a_comma_word_closing_its_line_is_read_as_written() -> None:
    assert classify_text("no comma thanks\nwe talked about a comma") == "no"


# No dictated comma, no written mark: an answer closed by a dictated stop opens the text,
# so each stop word between words is the stop it names ("ja klar Punkt ...").
OPENED_BY_A_DICTATED_STOP = [
    (
        "Ja klar Punkt bin die Woche auf Montage aber erreichbar bin ich über das Handy Punkt"
        " Gruß Jens",
        "yes",
    ),
    ("yes no problem full stop I'm on the road all week but he can ring me any time", "yes"),
    ("oui avec plaisir point je suis sur les chantiers mais il peut m'appeler le soir", "yes"),
    ("sí claro punto estoy en ruta toda la semana pero me puede llamar por la noche", "yes"),
    ("Nein danke Punkt hab keine Zeit für sowas", "no"),
    # The answer closed by the stop still meets a condition or a doubt after it.
    ("Ja klar Punkt aber nur wenn er seriös ist", "unclear"),
    ("yes full stop but only after March", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OPENED_BY_A_DICTATED_STOP)
def test_an_answer_closed_by_a_dictated_stop_opens_a_dictated_text(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A stop word after anything but an opening answer, or in a text with a typed mark,
# leaves the text as written.
@pytest.mark.parametrize(
    ("text", "dictated"),
    [
        ("ja gerne punkt bin die woche auf montage", True),
        ("yes happy to full stop he can call me", True),
        ("ja gerne punkt, bin die woche auf montage", False),
        ("si hasta cierto punto", False),
        ("ja bis punkt zehn passt es", False),
        ("oui sur ce point je dois reflechir", False),
        ("ja gerne punkt", False),
    ],
)
def test_only_an_opening_answer_closed_by_a_stop_word_marks_dictation(
    text: str, dictated: bool
) -> None:
    assert _opens_dictated(text, phrase_book()) is dictated


# The German "über" of the way before a channel is no topic; "über" before anything else
# still is.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ja gerne. Bin bis Freitag unterwegs, aber anrufen geht immer über das Handy.", "yes"),
        ("Ja gerne. Bin bis Freitag unterwegs, aber erreichbar bin ich über WhatsApp.", "yes"),
        (
            "Ja gerne. Bin auf Tour, aber anrufen geht über die Freisprechanlage im Lkw.",
            "yes",
        ),
        ("Ja gerne. Bin bis Freitag unterwegs, aber anrufen nur über das Projekt.", "unclear"),
        ("Ja gerne. Aber er soll mich nur über das Projekt anrufen.", "unclear"),
    ],
)
def test_uber_before_a_channel_names_the_way(text: str, answer: str) -> None:
    assert classify_text(text) == answer
