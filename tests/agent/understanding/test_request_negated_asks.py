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


_NEGATED_OWN_VERBS = [
    f"Stell mich bitte nicht {_BOB2} vor",
    f"Stellen Sie mich doch bitte nicht {_BOB2} vor",
    f"Mach mich bitte nicht mit {_BOB2} bekannt",
    f"Bringen Sie mich nicht mit {_BOB2} in Kontakt",
    f"Vernetzen Sie mich bitte nicht mit {_BOB2}",
    f"Ne me présente pas à {_BOB2}",
    f"No me conectes con {_BOB2}",
    f"No me ponga en contacto con {_BOB2}",
    f"Não me apresentes ao {_BOB2}",
    f"Não me ponha em contacto com {_BOB2}",
    f"Usinitambulishe kwa {_BOB2}",
    f"Don't put me in touch with {_BOB2}",
    f"Please don't set me up with {_BOB2}",
    f"Don't make an intro to {_BOB2}",
]
_TURNS = {
    "Stell": f", sondern {_CAROL}",
    "Stellen": f", sondern {_CAROL}",
    "Mach": f", sondern mit {_CAROL}",
    "Bringen": f", sondern mit {_CAROL}",
    "Vernetzen": f", sondern mit {_CAROL}",
    "Ne": f", mais à {_CAROL}",
    "No": f", sino con {_CAROL}",
    "Não": f", mas com {_CAROL}",
    "Usinitambulishe": f", bali kwa {_CAROL}",
    "Don't": f" but to {_CAROL}",
    "Please": f", but with {_CAROL}",
}


@pytest.mark.parametrize("ask", _NEGATED_OWN_VERBS)
def test_an_ask_whose_own_verb_is_negated_asks_nothing(ask: str) -> None:
    result = understand(f"Hi,\n\n{ask}.\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize("ask", _NEGATED_OWN_VERBS)
def test_an_ask_whose_own_verb_is_negated_never_pairs_the_one_negated(ask: str) -> None:
    result = understand(f"Hi,\n\n{ask}{_TURNS[ask.split()[0]]}.\n\nAnn")
    bob = Party("Bob Lee", "bob@lee.io")
    pairs = [(result.a, result.b), *((p.a, p.b) for p in result.more)]
    assert result.kind != "intro_request" or not any(bob in pair for pair in pairs)


@pytest.mark.parametrize(
    "sentence",
    [
        f"Kannst du mich nicht {_CAROL} vorstellen?",
        f"¿No me presentas a {_CAROL}?",
        f"Não me apresentas à {_CAROL}?",
        f"Don't hesitate to put me in touch with {_CAROL}.",
        f"Mach mich bitte nicht mit {_BOB2} bekannt, aber könntest du mich mit {_CAROL} bekannt"
        " machen?",
        f"No me presentes a {_BOB2}, pero por favor preséntame a {_CAROL}.",
    ],
)
def test_a_negation_of_another_ask_or_a_question_leaves_the_ask(sentence: str) -> None:
    result = understand(f"Hi,\n\n{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b == Party("Carol Diaz", "carol@diaz.org")
    assert not result.more


@pytest.mark.parametrize(
    "sentence",
    [
        f"Stell mich bitte nicht nur {_BOB2} vor, sondern auch {_CAROL}.",
        f"Stellen Sie mich bitte nicht nur {_BOB2}, sondern auch {_CAROL} vor.",
        f"Stell mich nicht nur {_BOB2}, sondern auch {_CAROL} vor.",
    ],
)
def test_not_only_the_one_asks_for_no_pair_of_the_two(sentence: str) -> None:
    result = understand(f"Hi,\n\n{sentence}\n\nAnn")
    # It asks for both, each with the writer: no pair of the two, none certain.
    assert result.kind != "intro_request" or not result.confident
