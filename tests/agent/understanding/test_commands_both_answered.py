"""Whether both people of an intro asked for before have answered ("Have they both
replied?", "¿Sabéis si ya han contestado los dos?") asks how it stands, after the ask
told in the forms written to one or to several ("os pedí que presentarais", "les pedí
que presentaran", "pedi que apresentassem")."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Two weeks ago I asked you to introduce Nuria Ballester to Oscar Pazos."
        " Have they both replied?",
        "Hace dos semanas os pedí que presentarais a Nuria Ballester con Óscar Pazos."
        " ¿Sabéis si ya han contestado los dos?",
        "Hace dos semanas les pedí que presentaran a Nuria Ballester con Óscar Pazos."
        " ¿Alguno de los dos contestó?",
        "Hace dos semanas te pedí que presentaras a Nuria Ballester con Óscar Pazos."
        " ¿Ya han respondido los dos?",
        "Há duas semanas pedi que apresentassem a Nuria Ballester ao Óscar Pazos."
        " Os dois já responderam?",
        "Vor zwei Wochen habe ich Sie gebeten, Nuria Ballester mit Óscar Pazos bekannt zu"
        " machen. Haben beide geantwortet?",
    ],
)
def test_whether_both_answered_an_earlier_ask_is_status(body: str) -> None:
    result = understand(f"Hola,\n\n{body}\n\nÁlvaro")
    assert result.kind == "command"
    assert result.command == "status"


def test_the_question_alone_outside_a_thread_asks_nothing() -> None:
    result = understand("Hola,\n\n¿Sabéis si ya han contestado los dos?\n\nÁlvaro")
    assert result.kind != "intro_request"


def test_a_new_ask_in_the_plural_is_still_a_request() -> None:
    result = understand(
        "Hola,\n\n¿Podríais presentarme a Óscar Pazos (oscar@pazos.example)? Lleva"
        " actores en Vigo.\n\nÁlvaro"
    )
    assert result.kind == "intro_request"
