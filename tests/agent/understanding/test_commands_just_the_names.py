"""Asking what one may send the agent, or whether two names alone will do ("What can I
send you, and do I just write the two names?", "j'écris juste les deux noms ?",
"¿escribo solo los dos nombres?"), asks how to use it, in a mail of a few sentences that
names no pair; beside an ask naming a pair, the ask is read."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_LEAD = {
    "en": "A friend of mine used you last year and I sometimes need to reach other librarians. ",
    "fr": "Une amie vous a utilisé l'an dernier et j'ai parfois besoin de joindre d'autres"
    " bibliothécaires. ",
    "es": "Una amiga os usó el año pasado y a veces necesito contactar a otros bibliotecarios. ",
    "pt": "Uma amiga usou-vos no ano passado e às vezes preciso de falar com outros"
    " bibliotecários. ",
    "de": "Eine Freundin hat Sie letztes Jahr genutzt, und ich muss manchmal andere"
    " Bibliothekare erreichen. ",
    "sw": "Rafiki yangu aliwatumia mwaka jana na mara nyingine nahitaji kuwafikia wakutubi"
    " wengine. ",
}


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "What can I send you, and do I just write the two names? Any tips welcome."),
        ("fr", "Que puis-je vous envoyer ? J'écris juste les deux noms ?"),
        ("es", "¿Qué te puedo enviar? ¿Escribo solo los dos nombres?"),
        ("pt", "O que posso enviar? Escrevo só os dois nomes?"),
        ("de", "Was kann ich Ihnen schicken? Schreibe ich einfach die beiden Namen?"),
        ("sw", "Niandike majina mawili tu?"),
    ],
)
def test_what_to_send_is_help(lang: str, question: str) -> None:
    result = understand(_LEAD[lang] + question)
    assert result.kind == "command"
    assert result.command == "help"


def test_beside_an_ask_naming_a_pair_the_ask_is_read() -> None:
    result = understand(
        "Do I just write the two names? Please introduce me to Ana Ruiz (ana@ruiz.example)."
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "ana@ruiz.example"
