"""An ask governed by a negation ("no need to introduce me", "pas besoin de me
présenter", "no hace falta presentármelo", "musst mich nicht ... bekannt machen", "não
precisa me apresentar", "hakuna haja ya kunitambulisha", "usinitambulishe") asks
nothing; a negation governing another verb ("don't hesitate to introduce me", "No dudes
en presentarme") or in another sentence leaves the ask. The negation governs its
clause: an ask after "but", "mais", "pero", "aber", "mas", "lakini" that pleads ("but
please introduce me to Carol") is read, for Carol alone."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_OPENING = "¿Conoces a Bob Ray (bob@ray.example)? "
_BOB = "Bob Ray (bob@ray.example)"


@pytest.mark.parametrize(
    "sentence",
    [
        "No hace falta presentármelo, ya lo conozco.",
        f"Pas besoin de me présenter à {_BOB}, on se connaît.",
        f"Não precisa me apresentar ao {_BOB}.",
        f"Hakuna haja ya kunitambulisha kwa {_BOB}.",
        f"Du musst mich nicht mit {_BOB} bekannt machen.",
        f"No need to introduce me to {_BOB}, we already met.",
        f"There's no need to connect me with {_BOB}.",
        f"You don't have to introduce me to {_BOB}.",
        f"Please don't introduce me to {_BOB}.",
        f"No es necesario que me presentes a {_BOB}.",
        f"No hay que presentarme a {_BOB}, ya nos conocemos.",
        f"Inutile de me présenter à {_BOB}.",
        f"Ne me présentez pas à {_BOB}.",
        f"Sie brauchen mich nicht mit {_BOB} bekannt zu machen.",
        f"Es ist nicht nötig, mich {_BOB} vorzustellen.",
        f"Não é preciso me apresentar ao {_BOB}.",
        f"Não há necessidade de me apresentar ao {_BOB}.",
        f"Si lazima unitambulishe kwa {_BOB}.",
        f"Usinitambulishe kwa {_BOB}.",
    ],
)
def test_a_negated_ask_asks_nothing(sentence: str) -> None:
    result = understand(f"{_OPENING}{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"No dudes en presentarme a {_BOB}.",
        f"N'hésitez pas à me présenter à {_BOB}.",
        f"Não hesite em me apresentar ao {_BOB}.",
        f"Zögern Sie nicht, mich mit {_BOB} bekannt zu machen.",
        f"Don't hesitate to introduce me to {_BOB}.",
        f"I don't know him yet. Could you introduce me to {_BOB}?",
        f"No lo conozco. ¿Podrías presentarme a {_BOB}?",
        f"Je ne le connais pas. Pourriez-vous me présenter à {_BOB} ?",
        f"Ich kenne ihn nicht. Kannst du mich mit {_BOB} bekannt machen?",
        f"Ich kenne weder ihn noch seine Firma. Kannst du mich mit {_BOB} bekannt machen?",
    ],
)
def test_a_negation_governing_something_else_leaves_the_ask(sentence: str) -> None:
    result = understand(f"{_OPENING}{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert Party("Bob Ray", "bob@ray.example") in {result.a, result.b}


_BOB2 = "Bob Lee (bob@lee.io)"
_CAROL = "Carol Diaz (carol@diaz.org)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"No need to introduce me to {_BOB2}, but please introduce me to {_CAROL} — she runs"
        " the grant programme.",
        f"You don't have to connect me with {_BOB2}; however, could you introduce me to {_CAROL}?",
        f"Pas besoin de me présenter à {_BOB2}, mais pourriez-vous me présenter à {_CAROL} ?",
        f"No hace falta que me presentes a {_BOB2}, pero sí me gustaría que me presentaras a"
        f" {_CAROL}.",
        f"Du musst mich nicht mit {_BOB2} bekannt machen, aber könntest du mich bitte mit"
        f" {_CAROL} bekannt machen?",
        f"Não precisa me apresentar ao {_BOB2}, mas você pode me apresentar à {_CAROL}?",
        f"Hakuna haja ya kunitambulisha kwa {_BOB2}, lakini tafadhali nitambulishe kwa {_CAROL}.",
    ],
)
def test_a_negation_governs_its_clause_not_the_ask_after_a_contrast(sentence: str) -> None:
    result = understand(f"Hi,\n\n{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b == Party("Carol Diaz", "carol@diaz.org")
    assert not result.more


@pytest.mark.parametrize(
    "sentence",
    [
        f"No need to introduce me to {_BOB2}, but thanks for offering!",
        f"No need to introduce me to {_BOB2}, but I'd love to hear how the intro to Carol went.",
        f"Pas besoin de me présenter à {_BOB2}, mais merci beaucoup !",
        f"No hace falta que me presentes a {_BOB2}, pero gracias igualmente.",
        f"Du musst mich nicht mit {_BOB2} bekannt machen, aber danke trotzdem!",
        f"Não precisa me apresentar ao {_BOB2}, mas obrigada mesmo assim.",
        f"Hakuna haja ya kunitambulisha kwa {_BOB2}, lakini asante sana.",
        f"No need to introduce me to {_BOB2} or {_CAROL}, I know them both.",
        f"Pas besoin de me présenter à {_BOB2} ni à {_CAROL}, je les connais.",
        f"No hace falta que me presentes a {_BOB2} ni a {_CAROL}, ya los conozco.",
        f"Du musst mich weder mit {_BOB2} noch mit {_CAROL} bekannt machen.",
        f"Sie brauchen mich weder mit {_BOB2} noch mit {_CAROL} bekannt zu machen.",
        f"Ihr müsst mich weder {_BOB2} noch {_CAROL} vorstellen, ich kenne beide.",
        f"Não precisa me apresentar ao {_BOB2} nem à {_CAROL}, já conheço os dois.",
        f"Hakuna haja ya kunitambulisha kwa {_BOB2} wala {_CAROL}, nawajua wote.",
    ],
)
def test_a_negated_ask_with_nothing_asked_after_it_asks_nothing(sentence: str) -> None:
    result = understand(f"Hi,\n\n{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Don't introduce me to {_BOB2} but to {_CAROL}, she runs the grant programme.",
        f"No me presentes a {_BOB2}, sino a {_CAROL}.",
        f"Ne me présentez pas à {_BOB2}, mais à {_CAROL}.",
    ],
)
def test_an_ask_turned_to_another_is_never_for_the_one_negated(sentence: str) -> None:
    result = understand(f"Hi,\n\n{sentence}\n\nAnn")
    bob = Party("Bob Lee", "bob@lee.io")
    assert result.kind != "intro_request" or (
        bob not in {result.a, result.b} and not result.confident
    )
