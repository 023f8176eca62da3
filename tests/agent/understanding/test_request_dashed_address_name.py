"""An address after a dash closing a sentence that names one person, spelling their name
("A mate reckons Kezia Obi does tidy work ... - kezia.obi@..."), is theirs: asked for by a
pronoun later ("Could you put me and her in touch?"), they are written under that name,
not as a bare address; an address spelling no name of theirs ("info@") names no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "A mate reckons Kezia Obi does tidy work and turns up when she says she will -"
            " kezia.obi@obi.example\n\nCould you put me and her in touch?",
            Party("Kezia Obi", "kezia.obi@obi.example"),
        ),
        (
            "Un ami m'a dit que Claire Martin fait du très bon travail -"
            " claire.martin@cm.example\n\nPourriez-vous me la présenter ?",
            Party("Claire Martin", "claire.martin@cm.example"),
        ),
        (
            "Un amigo dice que Lucía Gómez trabaja muy bien - lucia.gomez@lg.example\n\n¿Me la"
            " podrías presentar?",
            Party("Lucía Gómez", "lucia.gomez@lg.example"),
        ),
        (
            "Ein Freund meint, Jana Vogt arbeitet sehr sauber - jana.vogt@jv.example\n\n"
            "Könnten Sie mich ihr vorstellen?",
            Party("Jana Vogt", "jana.vogt@jv.example"),
        ),
        (
            "Um amigo disse que a Beatriz Lima trabalha muito bem - beatriz.lima@bl.example\n\n"
            "Pode me apresentar a ela?",
            Party("Beatriz Lima", "beatriz.lima@bl.example"),
        ),
        (
            "Rafiki yangu anasema Amina Juma anafanya kazi nzuri - amina.juma@aj.example\n\n"
            "Tafadhali nitambulishe kwake.",
            Party("Amina Juma", "amina.juma@aj.example"),
        ),
    ],
)
def test_a_dashed_address_spelling_the_one_named_is_written_under_their_name(
    text: str, b: Party
) -> None:
    result = understand(text, sender="Gary Dunmore <gary@dunmore.example>")
    assert result.kind == "intro_request"
    assert result.b == b
    assert result.confident


def test_a_dashed_address_spelling_no_name_names_no_one() -> None:
    result = understand(
        "A mate reckons Kezia Obi does tidy work - info@obi.example\n\nCould you put me and"
        " her in touch?",
        sender="Gary Dunmore <gary@dunmore.example>",
    )
    assert result.b is not None
    assert not result.b.name


@pytest.mark.parametrize(
    "text",
    [
        "¿Nos podrías presentar a Kenji Watanabe, de Hinode Trading?"
        " <k.watanabe@hinodetrading.co.jp>\n\nGracias",
        "Could you introduce me to Kenji Watanabe of Hinode Trading?\n"
        "k.watanabe@hinodetrading.co.jp\n\nThanks",
        "Pourriez-vous me présenter à Kenji Watanabe ? (k.watanabe@hinodetrading.co.jp)",
        "Könntest du mich mit Kenji Watanabe von Hinode Trading bekannt machen?\n"
        "k.watanabe@hinodetrading.co.jp",
        "Podes apresentar-me ao Kenji Watanabe, da Hinode Trading?"
        " <k.watanabe@hinodetrading.co.jp>",
        "Naomba unitambulishe kwa Kenji Watanabe wa Hinode Trading.\n"
        "k.watanabe@hinodetrading.co.jp",
    ],
)
def test_an_address_alone_after_the_ask_spelling_the_one_named_is_theirs(text: str) -> None:
    result = understand(text)
    assert result.b == Party("Kenji Watanabe", "k.watanabe@hinodetrading.co.jp")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        # An address spelling no name of theirs, or followed by more of its sentence.
        "Could you introduce me to Kenji Watanabe of Hinode Trading? info@hinodetrading.co.jp",
        "Could you introduce me to Kenji Watanabe of Hinode Trading?\n"
        "k.watanabe@hinodetrading.co.jp is his old one, I'm afraid.",
    ],
)
def test_an_address_alone_spelling_no_one_or_told_of_names_no_one(text: str) -> None:
    result = understand(text)
    assert result.b is not None
    assert result.b.email is None
    assert not result.confident
