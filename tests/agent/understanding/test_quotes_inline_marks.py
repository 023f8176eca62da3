"""Answers written inside an Outlook quote after a note that they are there, marked by
the writer's initials before a colon ("TK: Nein danke"), by a mark the note shows in
parentheses ("Antworten unten im Text (TK)") or by an arrow ("==> Non, pas pour
l'instant"): read in the note's place. Without a note, someone else's initials, or a
name before a colon, the quote stays the quote."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.quotes import extract_new_text, marked_answers_quoted
from agent.understanding.replies import classify_reply

_OUTLOOK = (
    "{note}\n\nCamille\n\n"
    "De : Intro Agent <intro@example.org>\nEnvoyé : lundi 17 novembre 2025 09:12\n"
    "À : Camille Roussel <camille.roussel@example.fr>\n"
    "Objet : Would you like an introduction to Julien Besson? [#45a6]\n\n"
    "Hello Camille,\n\nJulien builds boats.\n\n"
    "Would you like the introduction? Just reply yes or no. If yes, I'll write to both.\n\n"
    "{mark} Oui, avec plaisir.\n\n\u2014 Intro Agent\n"
)


@pytest.mark.parametrize(
    ("note", "mark"),
    [
        ("Réponses dans le texte ci-dessous (CR).", "CR:"),
        ("See my answers below.", "CR:"),
        ("Antworten unten im Text.", "CR :"),
        ("Respuestas en el texto, marcadas (Cami).", "Cami:"),
        ("Réponses dans le texte ci-dessous.", "==>"),
        ("Answers inline.", "->"),
        ("Respostas no texto.", "=>"),
        ("Majibu hapa chini.", "\u2192"),
    ],
)
def test_answers_marked_with_initials_or_an_arrow_are_read(note: str, mark: str) -> None:
    body = _OUTLOOK.format(note=note, mark=mark)
    found = extract_new_text(body, inline=True, writer="Camille Roussel")
    assert found == f"{note}\nOui, avec plaisir.\n\nCamille"


@pytest.mark.parametrize(
    ("note", "mark"),
    [
        # Someone else's initials, a name (quoted mail writes names so), no note.
        ("Réponses dans le texte ci-dessous.", "JB:"),
        ("See my answers below.", "Camille:"),
        ("See my answers below.", "Note:"),
        ("Merci !", "CR:"),
        ("Merci !", "==>"),
    ],
)
def test_other_lines_stay_in_the_quote(note: str, mark: str) -> None:
    body = _OUTLOOK.format(note=note, mark=mark)
    assert "Oui" not in extract_new_text(body, inline=True, writer="Camille Roussel")


def _reply(note: str, answers: tuple[str, str]) -> str:
    body = "\n".join(
        [
            note,
            "",
            "Gruß",
            "Ulrike Sandner",
            "",
            "Von: Intro Agent <intro@example.org>",
            "Gesendet: Montag, 15. September 2025 13:00",
            "An: Ulrike Sandner <ulrike@example.com>",
            "Betreff: Möchten Sie Nils Brockmann vorgestellt werden?",
            "",
            "Hallo Frau Sandner,",
            "",
            "Thomas Weber möchte Sie mit Nils Brockmann bekannt machen.",
            "",
            answers[0],
            "",
            "Möchten Sie die Vorstellung? Antworten Sie einfach mit Ja oder Nein.",
            "",
            answers[1],
            "",
            "\u2014 Intro Agent",
        ]
    )
    head = (
        "From: Ulrike Sandner <ulrike@example.com>\nTo: intro@example.org\n"
        "Subject: AW: Möchten Sie Nils Brockmann vorgestellt werden?\n"
        "Message-ID: <r1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return f"{head}\n{body}\n"


@pytest.mark.parametrize(
    ("note", "answers", "expected"),
    [
        (
            "Antworten unten im Text (US).",
            ("US: Wir kennen uns bereits.", "US: Nein danke, nicht nötig."),
            "no",
        ),
        ("Antworten unten im Text.", ("", "==> Ja, gerne, stellen Sie uns vor."), "yes"),
        # Both a yes and a no under the question: no answer to act on.
        ("Antworten unten im Text.", ("", "==> Ja, gerne. Nein, doch nicht."), "unclear"),
        # No note: the lines inside the quote are not read.
        ("Hallo", ("", "US: Ja, gerne."), "unclear"),
    ],
)
def test_marked_answers_are_read_as_the_reply(
    note: str, answers: tuple[str, str], expected: str
) -> None:
    raw = _reply(note, answers).replace("\n", "\r\n").encode()
    assert classify_reply(parse_message(raw)).answer == expected


@pytest.mark.parametrize(
    ("note", "answers"),
    [
        # A bare confirmation under the reason, beside the name of the one asked about,
        # answers the reason; the refusal under the question decides.
        (
            "Réponses dans le texte ci-dessous.",
            ("==> Oui, je connais Nils de nom.", "==> Non, pas pour l'instant."),
        ),
        (
            "Antworten unten im Text.",
            ("US: Ja, von Nils habe ich schon gehört.", "US: Nein, danke."),
        ),
        ("See my answers below.", ("==> Yes, I know of Nils.", "==> No, thanks.")),
        ("Respuestas en el texto.", ("==> Sí, conozco a Nils de nombre.", "==> No, gracias.")),
    ],
)
def test_a_refusal_under_the_quoted_question_decides(note: str, answers: tuple[str, str]) -> None:
    raw = _reply(note, answers).replace("\n", "\r\n").encode()
    assert classify_reply(parse_message(raw)).answer == "no"


@pytest.mark.parametrize(
    "answers",
    [
        # A yes of its own to the one asked about above a refusal says both.
        ("==> Ja, Nils würde ich gern kennenlernen.", "==> Nein, danke."),
        ("==> Ja, ein Treffen wäre schön.", "==> Nein, danke."),
        # A bare yes under the reason and a yes under the question: the first may
        # answer either, so no yes is read from the split.
        ("==> Ja, Nils kenne ich.", "==> Nein, danke. Oder doch: ja."),
    ],
)
def test_a_yes_to_the_matter_above_a_refusal_stays_unclear(answers: tuple[str, str]) -> None:
    raw = _reply("Antworten unten im Text.", answers).replace("\n", "\r\n").encode()
    assert classify_reply(parse_message(raw)).answer == "unclear"


def test_the_quote_is_read_as_quoted_only_after_a_note() -> None:
    text = _reply("Antworten unten im Text.", ("==> Ja.", "==> Nein."))
    body = text.split("\n\n", 1)[1]
    quoted = marked_answers_quoted(body, "Ulrike Sandner")
    assert quoted is not None
    assert "\nJa.\n" in quoted and "\nNein.\n" in quoted
    assert "> Möchten Sie die Vorstellung? Antworten Sie einfach mit Ja oder Nein." in quoted
    assert marked_answers_quoted(body.replace("Antworten unten im Text.", "Hallo"), "U S") is None
    assert marked_answers_quoted(body, "") is None
