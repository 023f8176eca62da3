"""A question whether someone named got back, joined by an "or" to a second question
("Hat sich Herr Brunner schon gemeldet bzw. ist die Vorstellung zustande gekommen?"),
after a sentence telling of waiting ("seither aber nichts mehr gehört"), asks how the
intro stands, in a short mail and in a longer one up to 90 words. Without the wait told,
beside a new ask, or with an address written, it is none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_TAIL_DE = (
    " Der Verwaltungsrat möchte den Wahlvorschlag für die GV bis Ende Monat haben."
    "\n\nFreundliche Grüsse\nAndrea Keller\nCFO, Keller Bau AG, Dietikon"
)

WAITED = [
    "Guten Morgen\n\nIch habe meine Zustimmung vor drei Wochen gegeben, seither aber nichts"
    " mehr gehört. Hat sich Herr Brunner schon gemeldet bzw. ist die Vorstellung zustande"
    " gekommen?" + _TAIL_DE,
    "Guten Morgen\n\nIch habe nichts mehr gehört. Ist die Vorstellung zustande gekommen"
    " bzw. hat sich Herr Brunner schon gemeldet?\n\nFreundliche Grüsse\nAndrea Keller",
    "Hi,\n\nI gave my consent three weeks ago but have heard nothing since. Has Mr Brunner"
    " got back to you yet, or did the intro fall through?\n\nBest\nAndrea",
    "Bonjour,\n\nJe n'ai plus eu de nouvelles depuis trois semaines. Est-ce que M. Brunner"
    " a répondu ou bien la mise en relation est-elle tombée à l'eau ?\n\nAndrea",
    "Hola,\n\nNo he tenido más noticias. ¿Rui ya contestó o bien la presentación no"
    " avanzó?\n\nAndrea",
    "Olá,\n\nNão tive mais notícias. O Rui já respondeu ou a apresentação não avançou?\n\nAndrea",
    "Habari,\n\nSijapata jibu. Je, Bw. Juma amekujibu ama utambulisho haukufanikiwa?\n\nAndrea",
]


@pytest.mark.parametrize("body", WAITED)
def test_a_named_question_after_a_wait_is_status(body: str) -> None:
    result = understand(body, subject="Nachfrage")
    assert result.kind == "command"
    assert result.command == "status"


NOT_STATUS = [
    # No wait told: the question may be about anything.
    "Guten Morgen\n\nHat sich Herr Brunner schon gemeldet bzw. ist die Vorstellung zustande"
    " gekommen? Der Verwaltungsrat möchte den Wahlvorschlag für die GV bis Ende Monat haben"
    " und wir müssen das bald klären, bevor die Einladungen verschickt werden."
    "\n\nFreundliche Grüsse\nAndrea Keller\nCFO, Keller Bau AG, Dietikon",
    # A new ask beside it.
    "Guten Morgen\n\nIch habe meine Zustimmung vor drei Wochen gegeben, seither aber nichts"
    " mehr gehört. Hat sich Herr Brunner schon gemeldet bzw. ist die Vorstellung zustande"
    " gekommen? Könnten Sie mich ausserdem mit Frau Dr. Lena Vogt (lena.vogt@vogt.example)"
    " bekannt machen?" + _TAIL_DE,
]


@pytest.mark.parametrize("body", NOT_STATUS)
def test_without_a_wait_or_beside_an_ask_it_is_none(body: str) -> None:
    result = understand(body, subject="Nachfrage")
    assert result.command is None
