"""The writer's wish that one person meet another ("Queremos que nuestro kinesiólogo,
Matías Huenchullán (...), conozca a ...", "Je voudrais que Sam Patel rencontre Carol
Diaz", "Ich möchte, dass Frau Patel Herrn Diaz kennenlernt", "I'd like Sam Patel to
meet Carol Diaz", "Quero que o Sam Patel conheça a Carol Diaz") asks to introduce them;
a wish that the one written to meet someone, or the writer, is none. A role running on
past an organisation's name to a titled name after its comma ("la encargada del programa
Adulto Mayor Activo de la Oficina Municipal de Deportes, la señora Ximena Riquelme")
names that one, a name right after a lower-case word saying it is an organisation's
("del programa Adulto Mayor Activo") being where they work. A plea for help getting in
touch with someone not named ("Could you help me get in touch with the head nurse at St Vincent's
Hospital?", "¿Me ayudas a contactarme con la jefe de enfermería ...?", "Pourriez-vous
m'aider à contacter ...", "Unaweza kunisaidia kuwasiliana na ...") asks for an intro,
who to be asked about."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Queremos que nuestro kinesiólogo, Matías Huenchullán"
            " (matias.huenchullan@cesfam.example), conozca a la señora Ximena Riquelme.",
            Party("Matías Huenchullán", "matias.huenchullan@cesfam.example"),
            Party("Ximena Riquelme", None),
        ),
        (
            "Me gustaría que Matías Huenchullán conociera a Ximena Riquelme.",
            Party("Matías Huenchullán", None),
            Party("Ximena Riquelme", None),
        ),
        (
            "Je voudrais que Sam Patel rencontre Carol Diaz.",
            Party("Sam Patel", None),
            Party("Carol Diaz", None),
        ),
        (
            "Ich möchte gerne, dass Frau Sam Patel Herrn Carol Diaz kennenlernt.",
            Party("Sam Patel", None),
            Party("Carol Diaz", None),
        ),
        (
            "I'd like Sam Patel to meet Carol Diaz.",
            Party("Sam Patel", None),
            Party("Carol Diaz", None),
        ),
        (
            "Quero que o Sam Patel conheça a Carol Diaz.",
            Party("Sam Patel", None),
            Party("Carol Diaz", None),
        ),
    ],
)
def test_wish_that_one_meet_another_asks(text: str, a: Party, b: Party) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, b)


@pytest.mark.parametrize(
    "text", ["Quiero que me conozcas mejor.", "Je voudrais que tu rencontres Carol Diaz."]
)
def test_wish_about_the_one_written_to_is_none(text: str) -> None:
    assert understand(text).kind == "not_a_request"


def test_long_role_past_an_organisation_names_the_titled_one() -> None:
    result = understand(
        "Estimados:\n\nQueremos que nuestro kinesiólogo, Matías Huenchullán"
        " (matias.huenchullan@cesfam.example), conozca a la encargada del programa Adulto"
        " Mayor Activo de la Oficina Municipal de Deportes, la señora Ximena Riquelme. No tengo"
        " su correo.\n\nLa idea es que los usuarios con artrosis puedan seguir haciendo"
        " ejercicio en los talleres municipales."
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Ximena Riquelme", None)


@pytest.mark.parametrize(
    "text",
    [
        "Could you help me get in touch with the head nurse at St Vincent's Hospital?",
        "Me ayudas a contactarme con la jefe de enfermería de urgencias del Hospital San"
        " Vicente? Creo que se llama Luz Marina... o Luz Dary, la verdad no me acuerdo bien.",
        "Pourriez-vous m'aider à contacter l'infirmière en chef de l'hôpital ?",
        "Pode me ajudar a entrar em contato com a enfermeira-chefe do Hospital São Vicente?",
        "Unaweza kunisaidia kuwasiliana na muuguzi mkuu wa Hospitali ya Aga Khan?",
    ],
)
def test_help_getting_in_touch_asks(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


def test_contact_me_with_questions_is_none() -> None:
    assert understand("No dudes en contactarme con cualquier duda.").kind == "not_a_request"
