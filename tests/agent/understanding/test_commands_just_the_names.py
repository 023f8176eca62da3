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


_NEWCOMER = {
    "en": "Got this address out of the growers' newsletter. How does it work - do I just"
    " write who I want to meet and why? Do they have to be on it too? And is there a cost,"
    " didn't see that mentioned",
    "fr": "J'ai trouvé cette adresse dans la lettre des producteurs. J'écris juste qui je"
    " veux rencontrer et pourquoi ? Et est-ce que c'est payant, je n'ai rien vu là-dessus",
    "es": "Saqué esta dirección del boletín de los productores. ¿Escribo solo"
    " a quién quiero conocer y por qué? ¿Y tiene algún costo? no vi nada de eso mencionado",
    "de": "Ich habe diese Adresse aus dem Rundbrief der Erzeuger. Schreibe ich"
    " einfach wen ich kennenlernen möchte und warum? Und kostet das etwas, ich habe dazu"
    " nichts gesehen",
    "pt": "Tirei este endereço do boletim dos produtores. Escrevo só quem"
    " quero conhecer e porquê? E tem algum custo, não vi nada sobre isso mencionado",
    "sw": "Nimepata anwani hii kwenye jarida la wakulima. Niandike tu"
    " ninayetaka kukutana naye na kwa nini? Na je kuna gharama yoyote, sijaona hilo"
    " likitajwa popote",
}


@pytest.mark.parametrize("lang", sorted(_NEWCOMER))
def test_whether_to_write_whom_to_meet_is_help(lang: str) -> None:
    result = understand("Hi\n\n" + _NEWCOMER[lang] + "\n\nCol")
    assert result.kind == "command"
    assert result.command == "help"


def test_telling_whom_to_meet_by_name_is_an_ask() -> None:
    result = understand(
        "Do I just write who I want to meet? It's Ana Ruiz (ana@ruiz.example), please introduce me."
    )
    assert result.kind == "intro_request"
