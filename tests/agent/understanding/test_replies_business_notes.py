"""A date in a note on the writer's business ("wir nehmen ab Januar wieder neue Mandanten
an", "we take on new clients from January") beside a yes said plainly in a sentence of its
own puts nothing off: yes. A date in the yes's own sentence, a limit ("erst", "only") or a
meeting still waits."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

BUSINESS_NOTES = [
    (
        "ja, stellen Sie den Kontakt gern her. Das passt gut, wir nehmen ab Januar wieder "
        "neue Mandanten an.",
        "yes",
    ),
    ("Yes, please connect us. That works well, we take on new clients from January.", "yes"),
    ("Yes, happy to. Great, we take on new clients from January.", "yes"),
    (
        "Oui, présentez-nous. Parfait, nous reprenons de nouveaux clients à partir de janvier.",
        "yes",
    ),
    ("Sí, preséntanos. Perfecto, a partir de enero aceptamos nuevos clientes.", "yes"),
    ("Sim, pode apresentar. Ótimo, a partir de janeiro aceitamos novos clientes.", "yes"),
    ("Ndiyo, nitambulishe. Vizuri, tutaanza kupokea wateja wapya kuanzia Januari.", "yes"),
    # A date in the yes's own sentence, a limit, a meeting, the writer's time: still waits.
    ("Ja, gern, aber erst ab Januar.", "unclear"),
    ("Gerne, ab Januar.", "unclear"),
    ("Ja. Gerne, ab Januar für neue Mandanten.", "unclear"),
    ("Yes, happy to - we take on new clients from January.", "unclear"),
    ("Ja, gern. Das passt gut, wir nehmen erst ab Januar neue Mandanten an.", "unclear"),
    ("Ja, gern. Das passt, aber wir nehmen erst ab Januar neue Mandanten an.", "unclear"),
    ("Yes, happy to. Great, we only take on new clients from January.", "unclear"),
    ("Yes, maybe. Great, we take on new clients from January.", "unclear"),
    ("Ja, gern. Das passt gut, wir können uns ab Januar treffen.", "unclear"),
    ("Ja, gern. Das passt gut, ich habe ab Januar Zeit.", "unclear"),
    (
        "Oui, présentez-nous. Parfait, nous ne prenons de nouveaux clients qu'à partir de janvier.",
        "unclear",
    ),
    ("Ndiyo, nitambulishe. Vizuri, tunapokea wateja wapya kuanzia Januari tu.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), BUSINESS_NOTES)
def test_a_date_in_a_note_on_the_writers_business_puts_no_yes_off(text: str, answer: str) -> None:
    assert classify_text(text) == answer
