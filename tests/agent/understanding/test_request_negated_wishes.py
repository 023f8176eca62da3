"""A wish negated on its own verb, or a preference for what is not done, whose object
is the intro ("No quiero que Valeria Cruz (...) sea presentada a Tomás Herrera (...)",
"Je ne veux pas que ... soit présentée à", "Ich möchte nicht, dass ... vorgestellt
wird", "I don't want you to introduce ...", "I'd rather you not introduce me to",
"Sitaki umtambulishe ...") asks nothing. A contrast, a plea or a question opening ends
its reach: "I don't want to bother you, but could you introduce me to ...", "No quiero
molestarte, ¿me presentas a ...?" still ask, as do negated questions ("¿No me podrías
presentar a ...?", "Couldn't you introduce me to ...?")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_VAL = "Valeria Cruz (valeria@x.mx)"
_TOM = "Tomás Herrera (tomas@y.mx)"
_ANA = "Ana Ruiz (ana@ruiz.mx)"
_BOB = "Bob Lee (bob@lee.io)"
_CAROL = "Carol Diaz (carol@diaz.org)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"No quiero que {_VAL} sea presentada a {_TOM}.",
        f"No quisiera que pusieras a {_VAL} en contacto con {_TOM}.",
        f"No deseo que me presentes a {_TOM}.",
        f"No me gustaría ser presentado a {_TOM}.",
        f"Preferiría que no me presentaras a {_TOM}.",
        f"Prefiero que no pongas a {_VAL} en contacto con {_TOM}.",
        f"No quiero que Valeria Cruz, nuestra directora, sea presentada a {_TOM}.",
        f"Não queremos que a {_VAL} seja apresentada ao {_TOM}.",
        f"Não queria que me apresentasses ao {_TOM}.",
        f"Preferia que não me apresentasses ao {_TOM}.",
        f"Je ne veux pas que {_VAL} soit présentée à {_TOM}.",
        f"Je ne souhaite pas que vous me mettiez en relation avec {_TOM}.",
        f"Ich möchte nicht, dass {_VAL} {_TOM} vorgestellt wird.",
        f"Ich will nicht, dass du {_VAL} mit {_TOM} bekannt machst.",
        f"Wir wollen nicht, dass du uns mit {_TOM} bekannt machst.",
        f"I don't want {_VAL} to be introduced to {_TOM}.",
        f"I don't want you to introduce {_VAL} to {_TOM}.",
        f"I really don't want you to introduce me to {_TOM}.",
        f"I wouldn't like {_VAL} to meet {_TOM}.",
        f"I do not wish to be introduced to {_TOM}.",
        f"I'd rather you not introduce me to {_TOM}.",
        f"I'd prefer you didn't introduce me to {_TOM}.",
        f"I'd hate for you to introduce {_VAL} to {_TOM}.",
        f"Sipendi umtambulishe {_VAL} kwa {_TOM}.",
        f"Sitaki umtambulishe {_VAL} kwa {_TOM}.",
    ],
)
def test_a_negated_wish_for_an_intro_asks_nothing(sentence: str) -> None:
    result = understand(f"Hola,\n\n{sentence}\n\nCarlos")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"I have no wish to be introduced to {_TOM}.",
        f"I'm not interested in being introduced to {_TOM}.",
        f"No tengo ganas de que me presentes a {_TOM}.",
        f"No me interesa que me presentes a {_TOM}.",
        f"Não me interessa que me apresentes ao {_TOM}.",
        f"Je n'ai pas envie que tu me présentes à {_TOM}.",
        f"Ich hätte nicht gern, dass du mich mit {_TOM} bekannt machst.",
        f"Ich habe kein Interesse daran, dass du mich mit {_TOM} bekannt machst.",
        f"Sina hamu unitambulishe kwa {_TOM}.",
    ],
)
def test_no_wish_or_no_interest_in_an_intro_asks_nothing(sentence: str) -> None:
    result = understand(f"Hola,\n\n{sentence}\n\nCarlos")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"No quiero que {_VAL} conozca a {_TOM}, sino a {_BOB}.",
        f"No quiero que me presentes a {_TOM}, sino a {_BOB}.",
        f"Ich möchte nicht, dass du mich mit {_TOM} bekannt machst, sondern mit {_BOB}.",
        f"I don't want you to introduce me to {_TOM}, but to {_BOB}.",
        f"Sitaki unitambulishe kwa {_TOM}, bali kwa {_BOB}.",
        f"Honestly I don't want {_VAL} introduced to {_TOM}.",
    ],
)
def test_a_negated_wish_turned_to_another_acts_on_no_one(sentence: str) -> None:
    result = understand(f"Hola,\n\n{sentence}\n\nCarlos")
    tomas = Party("Tomás Herrera", "tomas@y.mx")
    assert result.kind != "intro_request" or (
        not result.confident and tomas not in {result.a, result.b}
    )


@pytest.mark.parametrize(
    "sentence",
    [
        f"No quiero que me presentes a {_BOB}, pero por favor preséntame a {_CAROL}.",
        f"I don't want you to introduce me to {_BOB}, but could you introduce me to {_CAROL}?",
        f"Ich möchte nicht, dass {_VAL} {_BOB} vorgestellt wird, aber könntest du mich mit"
        f" {_CAROL} bekannt machen?",
        f"Je ne veux pas que {_VAL} soit présentée à {_BOB}, mais pourriez-vous me présenter"
        f" à {_CAROL} ?",
        f"Não quero que a {_VAL} seja apresentada ao {_BOB}, mas você pode me apresentar à"
        f" {_CAROL}?",
        f"Sitaki umtambulishe {_VAL} kwa {_BOB}, lakini tafadhali nitambulishe kwa {_CAROL}.",
    ],
)
def test_a_plea_after_a_contrast_is_read_on_its_own(sentence: str) -> None:
    result = understand(f"Hola,\n\n{sentence}\n\nCarlos")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b == Party("Carol Diaz", "carol@diaz.org")
    assert not result.more


@pytest.mark.parametrize(
    "sentence",
    [
        f"¿No me podrías presentar a {_ANA}?",
        f"¿Não me apresentas à {_ANA}?",
        f"Tu ne pourrais pas me présenter à {_ANA} ?",
        f"Tu ne voudrais pas me présenter à {_ANA} ?",
        f"Couldn't you introduce me to {_ANA}?",
        f"Wouldn't you like to introduce me to {_ANA}?",
        f"Kannst du mich nicht mit {_ANA} bekannt machen?",
        f"¿No te gustaría presentarme a {_ANA}?",
        f"I don't want to bother you, but could you introduce me to {_ANA}?",
        f"I don't want to be a pain, could you introduce me to {_ANA}?",
        f"I'd rather not cold-email her: could you introduce me to {_ANA}?",
        f"No quiero molestarte, ¿me presentas a {_ANA}?",
        f"No quiero molestar, ¿puedes presentarme a {_ANA}?",
        f"Não quero incomodar, pode me apresentar à {_ANA}?",
        f"Je ne veux pas te déranger, peux-tu me présenter à {_ANA} ?",
        f"Ich will nicht drängeln - kannst du mich mit {_ANA} bekannt machen?",
        f"Sitaki kukusumbua, naomba unitambulishe kwa {_ANA}.",
        f"I don't want to miss her at the summit. Could you introduce me to {_ANA}?",
        f"I'm not interested in the product, but could you introduce me to {_ANA}?",
        f"No me interesa el producto, ¿me presentas a {_ANA}?",
        f"Ich habe keine Lust auf Kaltakquise, kannst du mich mit {_ANA} bekannt machen?",
    ],
)
def test_a_negation_of_another_verb_or_a_negated_question_leaves_the_ask(sentence: str) -> None:
    result = understand(f"Hola,\n\n{sentence}\n\nCarlos")
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b == Party("Ana Ruiz", "ana@ruiz.mx")
