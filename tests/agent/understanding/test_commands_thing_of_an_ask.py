"""A "thing with" someone ("lo de", "le truc de", "aquilo de", "suala la", "the thing
with", "die Sache mit") stands for the intro a command is about: a cancel governing it
told by the ask's verb names that intro ("Cancela lo de presentarme a Rosa Delgado"), and
a status question governing it with a name asks how that intro stands, however long its
sentence, beside an ask made before or a wait for an answer ("any news on that thing with
Kevin at the depot i asked u about last week?? not heard nothing")."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Cancela lo de presentarme a Rosa Delgado por favor, que ya la conocí el jueves en "
            "la feria de ganado de Zafra y hemos quedado.\n\nPaco",
            "lo de presentarme a Rosa Delgado",
        ),
        ("Porfa olvida lo de conectarme con Iván Soto, ya hablamos.", "lo de conectarme con Iván"),
        (
            "Tu peux annuler le truc de me présenter à Jeanne Roux ? On s'est vus hier.",
            "le truc de me présenter à Jeanne Roux",
        ),
        (
            "Pode cancelar aquilo de me apresentar ao Rui Tavares? Já nos conhecemos.",
            "aquilo de me apresentar ao Rui Tavares",
        ),
        (
            "Please cancel the thing with introducing me to Rosa Delgado, we met already.",
            "the thing with introducing me to Rosa Delgado",
        ),
        (
            "Tafadhali sitisha suala la kunitambulisha kwa Rehema Kisanga, tumeshakutana.",
            "suala la kunitambulisha kwa Rehema Kisanga",
        ),
    ],
)
def test_a_cancel_of_the_thing_of_an_ask_names_that_intro(text: str, target: str) -> None:
    found = detect_command("hola", text, in_reply_to=False)
    assert found is not None
    assert found.command == "cancel"
    assert found.target is not None and found.target.startswith(target)


@pytest.mark.parametrize(
    "text",
    [
        # The thing of something else, a cancel negated, or a new ask beside it.
        "Cancela lo de mañana, nos vemos el jueves.",
        "No canceles lo de presentarme a Rosa Delgado, todavía me interesa.",
        "Cancela lo de presentarme a Rosa Delgado y preséntame a Carmen Ruiz "
        "(carmen@ruiz.example).",
    ],
)
def test_no_cancel_of_the_thing_of_an_ask_otherwise(text: str) -> None:
    found = detect_command("hola", text, in_reply_to=False)
    assert found is None or found.command != "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "any news on that thing with Kevin at the depot i asked u about last week?? not heard "
        "nothing",
        "oye alguna novedad sobre lo de Kevin en el almacén que te pedí la semana pasada?? no sé "
        "nada",
        "où en est le truc avec Kevin au dépôt que je vous ai demandé la semaine dernière ?? "
        "toujours rien",
        "was ist mit der sache mit Kevin im depot um die ich dich letzte woche gebeten hatte?? "
        "noch nichts",
        "alguma novidade sobre aquilo do Kevin lá do depósito que te pedi semana passada?? ainda "
        "nada",
        "kuna habari kuhusu suala la Kevin wa ghala ambalo niliomba wiki iliyopita?? sijapata jibu",
    ],
)
def test_status_of_the_thing_with_someone_asked_before(text: str) -> None:
    result = understand(text, subject="??")
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # No ask made before, no wait told: the thing may be anything.
        "any news on that thing with Kevin at the depot he was telling me about over dinner "
        "last week?? sounded fun",
        # The thing of something else.
        "any news on that thing with tomorrow at the depot i asked u about last week?? not "
        "heard nothing",
        # A new ask beside it.
        "any news on that thing with Kevin at the depot i asked u about last week?? also could "
        "you introduce me to Ann Lee",
    ],
)
def test_no_status_of_a_thing_otherwise(text: str) -> None:
    found = detect_command("??", text, in_reply_to=False)
    assert found is None or found.command != "status"
