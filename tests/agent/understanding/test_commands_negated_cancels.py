"""A negated "go on with" governing the writer's intro ("Naomba usiendelee na lile ombi
langu la kuniunganisha na Bi. Amina Abdallah", "please don't go ahead with my request to
meet Ana Lopez") cancels it, though it holds a negation; another negation in its clause
("please don't cancel the intro") or a word saying the ask only waits ("don't go ahead
with the intro yet") makes it none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Habari,\n\nNaomba usiendelee na lile ombi langu la kuniunganisha na Bi. Amina"
            " Abdallah wa kaunti. Nimeambiwa ameshahamishiwa Kilifi, kwa hiyo hakuna haja"
            " tena.\n\nAhsante,\nMwanaisha",
            "ombi langu la kuniunganisha na Bi. Amina Abdallah",
        ),
        (
            "Please don't go ahead with my request to meet Ana Lopez.",
            "my request to meet Ana Lopez",
        ),
        (
            "Merci de ne pas donner suite à ma demande de mise en relation avec Paul Girard.",
            "ma demande de mise en relation avec Paul Girard",
        ),
        (
            "Por favor, no sigas con mi petición de conocer a Ana García.",
            "mi petición de conocer a Ana García",
        ),
        ("Bitte verfolgen Sie meine Anfrage nicht weiter.", None),
        (
            "Por favor, não dê seguimento ao meu pedido de apresentação à Ana Costa.",
            "meu pedido de apresentação à Ana Costa",
        ),
    ],
)
def test_negated_go_on_with_cancels(text: str, target: str | None) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context == target


@pytest.mark.parametrize(
    "text",
    [
        "Please don't cancel the intro to Ana Lopez.",
        "Please don't go ahead with the intro to Ana yet, I'll confirm on Monday.",
        "Ne donnez pas encore suite à ma demande de mise en relation avec Paul Girard.",
        "Todavía no sigas con mi petición de conocer a Ana García.",
        "Tafadhali usiendelee na ombi langu bado.",
    ],
)
def test_other_negation_or_a_wait_cancels_nothing(text: str) -> None:
    result = understand(text)
    assert result.command != "cancel"
