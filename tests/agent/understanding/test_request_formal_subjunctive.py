"""Formal asks in the subjunctive: "Venho agora pedir que me apresentem à Dra. Beatriz
Lacerda", "agradecia que apresentassem o Paulo Ventura ... à Marta Quintela", "les
agradecería que me pusieran en contacto con", "que vous me présentiez à", "ningeshukuru
kama mngenitambulisha kwa"."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import request_to_agent

AGENT = "intro@introbot.net"
WRITER = "ann@lee.example"


def understand(body: str) -> RequestResult:
    return understand_request(
        request_to_agent(body + "\n\nAnn Lee\n", WRITER, AGENT, "Pedido"), AGENT
    )


def emails(result: RequestResult) -> tuple[str | None, str | None]:
    return (result.a.email if result.a else None, result.b.email if result.b else None)


@pytest.mark.parametrize(
    "text",
    [
        "Venho agora pedir que me apresentem à Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Agradecia que me apresentassem à Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Solicito que me apresentem à Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Agradecia que me pusessem em contacto com a Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Agradecia que me colocassem em contato com a Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Les agradecería que me presentaran a la Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Les agradecería que me presentasen a la Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Les agradecería que me pusieran en contacto con la Dra. Beatriz Lacerda "
        "(bl@gulbenkian.pt).",
        "Le agradecería que me pusiese en contacto con la Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Je souhaiterais que vous me présentiez à Mme Beatriz Lacerda (bl@gulbenkian.pt).",
        "Je souhaiterais que vous me mettiez en relation avec Mme Beatriz Lacerda "
        "(bl@gulbenkian.pt).",
        "Ningeshukuru kama mngenitambulisha kwa Bi. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Ningeshukuru kama ungeniunganisha na Bi. Beatriz Lacerda (bl@gulbenkian.pt).",
    ],
)
def test_a_subjunctive_ask_for_the_writer_is_acted_on(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.confident
    assert emails(result) == (WRITER, "bl@gulbenkian.pt")


@pytest.mark.parametrize(
    "text",
    [
        "Agradecia que apresentassem o Paulo Ventura (pv@enova.pt) à Marta Quintela "
        "(mq@tecnico.pt).",
        "Solicito que apresentem o Paulo Ventura (pv@enova.pt) à Marta Quintela (mq@tecnico.pt).",
        "Les agradecería que presentaran al Sr. Paulo Ventura (pv@enova.pt) a la Dra. Marta "
        "Quintela (mq@tecnico.pt).",
        "Les agradecería que pusieran en contacto al Sr. Paulo Ventura (pv@enova.pt) con la "
        "Dra. Marta Quintela (mq@tecnico.pt).",
        "Je souhaiterais que vous présentiez M. Paulo Ventura (pv@enova.pt) à Mme Marta "
        "Quintela (mq@tecnico.pt).",
        "Ningeshukuru kama mngemtambulisha Bw. Paulo Ventura (pv@enova.pt) kwa Bi. Marta "
        "Quintela (mq@tecnico.pt).",
        "Tunaomba mngewatambulisha Bw. Paulo Ventura (pv@enova.pt) na Bi. Marta Quintela "
        "(mq@tecnico.pt).",
    ],
)
def test_a_subjunctive_ask_for_two_others_is_acted_on(text: str) -> None:
    result = understand(text)
    assert result.confident
    assert emails(result) == ("pv@enova.pt", "mq@tecnico.pt")


@pytest.mark.parametrize(
    "text",
    [
        # A thing presented, no person.
        "Gostaria que apresentassem o relatório ao Dr. Rui Nery (rui@nery.pt).",
        "Pedi aos alunos que apresentem os trabalhos à professora Marta Quintela (mq@tecnico.pt).",
        "Les pedí que presentaran el informe al Dr. Rui Nery (rui@nery.es).",
        "Ningeshukuru kama mngewasilisha ripoti kwa Bi. Marta Quintela (mq@tecnico.pt).",
        # No need of it, or thanks for one made.
        "Não é preciso que me apresentem à Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Obrigada por me terem apresentado à Dra. Beatriz Lacerda (bl@gulbenkian.pt).",
        "Asante kwa kunitambulisha kwa Bi. Beatriz Lacerda (bl@gulbenkian.pt) mwaka jana.",
    ],
)
def test_a_subjunctive_that_asks_no_intro_stays_none(text: str) -> None:
    assert understand(text).kind == "not_a_request"
