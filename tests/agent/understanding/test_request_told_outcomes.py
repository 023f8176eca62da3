"""An intro told of as made, the subject of what it did ("That intro between me and
Lucia ... landed me a contract", "Cette mise en relation ... a porté ses fruits", "Esa
presentación ... salió bien", "Die Vorstellung ... hat geklappt", "Aquela apresentação
... rendeu", "Utambulisho kati ya mimi na ... ulizaa matunda"), asks nothing and names
no pair. An intro wished for ("would be great", "would help me"), one asked for ("Could
you do that intro ...?") and a new ask in a sentence after the thanks are read as
before; the thanked one is never the pair."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LUCIA = "Lucia Freitas (lucia@freitas.pt)"
_ANA = "Ana Costa (ana@costa.pt)"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Hi! That intro between me and {_LUCIA} landed me a six-month contract. Thanks!",
        f"The intro between me and {_LUCIA} went really well, thank you!",
        f"Your intro to {_LUCIA} landed me a contract. Thanks!",
        f"The introduction to {_LUCIA} really paid off.",
        f"Bonjour ! Cette mise en relation avec {_LUCIA} a porté ses fruits, merci !",
        f"Votre mise en relation entre moi et {_LUCIA} a abouti à un contrat. Merci !",
        f"¡Hola! Esa presentación entre {_LUCIA} y yo salió muy bien, ¡gracias!",
        f"Tu presentación a {_LUCIA} funcionó: conseguí un contrato. ¡Gracias!",
        f"Hallo! Die Vorstellung bei {_LUCIA} hat geklappt, danke!",
        f"Hallo, deine Vorstellung zwischen mir und {_LUCIA} war ein Volltreffer.",
        f"Olá! Aquela apresentação entre mim e a {_LUCIA} rendeu um contrato. Obrigada!",
        f"Olá, aquela apresentação entre mim e a {_LUCIA} rendeu um contrato.",
        f"Utambulisho kati ya mimi na {_LUCIA} ulizaa matunda. Asante!",
    ],
)
def test_an_intro_told_of_as_made_asks_nothing(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Could you do that intro between me and {_LUCIA}?",
        f"That intro to {_LUCIA} would be great.",
        f"An intro to {_LUCIA} would help me land a contract.",
        f"Cette mise en relation avec {_LUCIA} serait super.",
        f"Una presentación a {_LUCIA} me ayudaría mucho.",
        f"Eine Vorstellung bei {_LUCIA} wäre super.",
        f"Uma apresentação à {_LUCIA} seria ótima.",
        f"Utambulisho kati ya mimi na {_LUCIA} utanisaidia sana.",
    ],
)
def test_an_intro_wished_or_asked_for_still_asks(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Lucia Freitas", "lucia@freitas.pt")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        f"That intro between me and {_LUCIA} landed me a contract, thanks! Could you also"
        f" introduce me to {_ANA}?",
        f"The intro to {_LUCIA} went really well, could you introduce me to {_ANA} too?",
        f"Cette mise en relation avec {_LUCIA} a porté ses fruits. Pourriez-vous me"
        f" présenter à {_ANA} ?",
        f"Die Vorstellung bei {_LUCIA} hat geklappt. Kannst du mich mit {_ANA} bekannt machen?",
    ],
)
def test_a_new_ask_after_the_told_intro_is_the_pair(text: str) -> None:
    result = understand(f"{text}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Ana Costa", "ana@costa.pt")
    assert result.more == ()


# A story of an intro made, the one met told by what they are and where they are from,
# long enough not to be read as a short note.
_AFTER = {
    "en": " He came to the closing last week and bought two of the large works by Mira"
    " Sokolova. Mira can now keep her studio a year longer.",
    "fr": " Il est venu au finissage la semaine dernière et a acheté deux grandes œuvres de"
    " Mira Sokolova. Mira peut garder son atelier un an de plus.",
    "es": " Vino a la clausura la semana pasada y compró dos obras grandes de Mira Sokolova."
    " Mira podrá mantener su taller un año más.",
    "de": " Er war letzte Woche zur Finissage da und hat zwei der großen Arbeiten von Mira"
    " Sokolova gekauft. Mira kann jetzt ihr Atelier ein Jahr länger halten.",
    "pt": " Veio ao encerramento na semana passada e comprou duas obras grandes da Mira"
    " Sokolova. A Mira pode manter o ateliê mais um ano.",
    "sw": " Alikuja kwenye kufunga maonyesho wiki iliyopita na kununua kazi mbili kubwa za"
    " Mira Sokolova. Mira ataweza kuendelea na studio yake mwaka mmoja zaidi.",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The intro to the collector from Basel in the spring actually paid off."),
        (
            "fr",
            "La mise en relation avec le collectionneur de Bâle au printemps a vraiment porté"
            " ses fruits.",
        ),
        ("es", "La presentación al coleccionista de Basilea en primavera dio sus frutos."),
        (
            "de",
            "ganz kurz und ohne Auftrag diesmal: Die Vorstellung mit dem Sammler aus Basel im"
            " Frühjahr hat tatsächlich was gebracht.",
        ),
        ("de", "Die Vorstellung mit dem Sammler aus Basel hat etwas gebracht."),
        ("pt", "A apresentação ao colecionador de Basileia na primavera deu frutos."),
        ("sw", "Utambulisho na mkusanyaji wa Basel mwezi Machi ulizaa matunda."),
    ],
)
def test_an_intro_made_told_of_by_whom_met_asks_nothing(language: str, sentence: str) -> None:
    result = understand(f"Hallo,\n\n{sentence}{_AFTER[language]}\n\nKatrin")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Vorstellung mit dem Sammler aus Basel im Frühjahr hat tatsächlich was gebracht.",
        "The intro to the collector from Basel in the spring actually paid off.",
    ],
)
def test_an_intro_made_told_of_in_a_short_note_is_no_status(sentence: str) -> None:
    result = understand(f"Hallo,\n\n{sentence} Er hat zwei Arbeiten gekauft.\n\nKatrin")
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "text",
    [
        # A clause of its own after the one met: no outcome of the intro.
        "Could you do an intro to the guy at Acme I went to school with? He is Tom Ray.",
        # An ask before what an earlier intro did.
        "Could you make an intro to the buyer at Acme, the last intro to their team went great.",
        # A question.
        "Hat die Vorstellung mit dem Sammler aus Basel was gebracht? Ich habe nichts gehört.",
    ],
)
def test_an_ask_or_question_beside_what_an_intro_did_is_read_as_before(text: str) -> None:
    result = understand(f"{text}\n\nKatrin")
    assert result.kind != "not_a_request"
