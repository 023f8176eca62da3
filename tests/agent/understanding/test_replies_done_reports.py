"""A bare confirmation whose sentence goes on to a report of something done or delivered
("yes the crate made it", "oui, la commande est arrivée", "sí, el paquete ya llegó", "ja,
die Ware ist angekommen", "sim, o pacote chegou", "ndiyo, kifurushi kimefika") answers that
matter, not the introduction: never a yes. A yes of its own keeps its sentence, and so
does a person arriving."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

REPORTS = [
    "yes the crate made it to the depot, driver's on his way back",
    "Oui, la commande est arrivée ce matin, merci.",
    "Sí, el paquete llegó ayer por la tarde.",
    "Ja, die Ware ist gestern angekommen.",
    "Sim, o pacote chegou hoje cedo.",
    "Ndiyo, mizigo imefika salama.",
    # The confirmation alone in its sentence, the report opening the next.
    "Yes. The shipment was delivered at noon.",
    "Ok - it got there fine.",
]

STANDING = [
    # A yes of its own before the report, or a person arriving.
    ("Yes, glad to, Priya arrived at just the right moment for it.", "yes"),
    ("Yes, the introduction sounds great.", "yes"),
    ("Oui, volontiers, Camille est arrivée au bon moment.", "yes"),
    ("Sí, encantado. Llegó en buen momento.", "yes"),
    ("Ja, gerne, die Anfrage kam genau richtig an.", "yes"),
    # A report beside a yes to the introduction: that yes answers.
    ("Yes, the parcel arrived. And yes, happy to meet Dana.", "yes"),
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_confirmed_report_is_no_yes(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("done-report:") for e in evidence)


@pytest.mark.parametrize(("text", "answer"), STANDING)
def test_a_yes_of_its_own_stands(text: str, answer: str) -> None:
    assert classify_text(text) == answer
