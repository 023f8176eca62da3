"""After a yes, a note asking to be written at the writer's new or personal address ("But
please write to my new address ...", "Bitte aber an meine neue Adresse ... schreiben",
"Ila tafadhali mpe anwani yangu binafsi") tells how to reach the writer: the other
matter it names is the channel, and the yes stands. The same other matter told without
a channel ("But my new address is ..., I moved"), or a doubt beside it, still counts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Yes, gladly!\n\nBut please write to my new address k.w@example.com - we move to "
        "the new domain on Monday.",
        "Oui, volontiers !\n\nMais merci d'écrire à ma nouvelle adresse k.w@example.com, "
        "celle-ci sera fermée fin novembre.",
        "¡Sí, encantada!\n\nPero por favor que me escriba a mi nueva dirección k.w@example.com.",
        "Ja, gern! Danke fürs Mitdenken.\n\nBitte aber an meine neue Adresse "
        "k.w@example.com schreiben \u2013 wir stellen am Montag auf die neue Domain um.",
        "Sim, claro!\n\nMas por favor escreva para o meu novo endereço k.w@example.com.",
        "Ndiyo, karibu sana!\n\nIla tafadhali aniandikie kwa anwani yangu mpya, k.w@example.com.",
    ],
)
def test_a_new_address_asked_for_after_a_yes_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sure.\n\nBut my new address is k@example.com, I moved to Berlin.", "unclear"),
        ("Yes.\n\nBut that is my new address, and I am not interested.", "no"),
        (
            "Ja, gern.\n\nAber meine neue Adresse ist k@example.com, ich bin nicht sicher.",
            "unclear",
        ),
    ],
)
def test_another_matter_without_a_channel_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "wakati mwingine" before a verb of habit is "sometimes", no put-off.
        (
            "Ndiyo, karibu sana!\n\nIla tafadhali mpe anwani yangu binafsi, j@example.com. "
            "Hii ya kampuni inasomwa na ofisi nzima na wakati mwingine barua zinapotea.",
            "yes",
        ),
        ("Asante, wakati mwingine.", "no"),
        ("Labda wakati mwingine.", "no"),
        ("Asante, wakati mwingine tutaongea.", "no"),
        # A future is no habit, and a yes beside it is put off.
        ("Wakati mwingine nitafurahi kukutana naye.", "unclear"),
    ],
)
def test_swahili_sometimes_is_no_put_off(text: str, answer: str) -> None:
    assert classify_text(text) == answer
