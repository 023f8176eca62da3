""" "Now I'd like to ask you for another one: with Owen Pryce (...)", back in the thread of
an intro made: "another" stands for another intro, and the one named after the colon is
the writer's to meet (the ``pair_patterns`` "ask you for another one? : with|to {B+}",
"pedirte|pedirle|pedirles|pido otra : con|a {B+}", "pedir-te|pedir-lhe outra : com|a",
"te|lhe|vos pedir outra : com|a", "peço outra : com|a", "demander une autre : avec|à",
"um noch eine|eine weitere bitten : mit"). Another thing asked ("otra cosa: ...") or
another one without the colon naming whom asks nothing of the kind."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

WRITER = "ines.varga@alumni-rede.example"


@pytest.mark.parametrize(
    "text",
    [
        "Hi again,\n\nThe intro to Paula went brilliantly. Now I'd like to ask you for"
        " another one: with Tobias Lind (tobias@lindpress.example), who runs a small press."
        "\n\nBest,\nInes Varga",
        "Hola otra vez:\n\nLa presentación con Paula salió estupenda. Ahora quisiera"
        " pedirte otra: con Tobias Lind (tobias@lindpress.example), que dirige una pequeña"
        " editorial.\n\nUn saludo,\nInes Varga",
        "Olá de novo,\n\nCom a Paula correu tudo lindamente. Agora queria pedir-lhe"
        " outra: com o Tobias Lind (tobias@lindpress.example), que dirige uma pequena"
        " editora.\n\nCumprimentos,\nInes Varga",
        "Bonjour,\n\nLa mise en relation avec Paula a très bien marché. Je voudrais vous en"
        " demander une autre : avec Tobias Lind (tobias@lindpress.example), qui dirige une"
        " petite maison d'édition.\n\nBien à vous,\nInes Varga",
        "Hallo nochmal,\n\ndie Vorstellung mit Paula hat prima geklappt. Darf ich Sie um"
        " noch eine bitten: mit Tobias Lind (tobias@lindpress.example), der einen kleinen"
        " Verlag leitet.\n\nViele Grüße\nInes Varga",
    ],
)
def test_another_one_after_a_colon_pairs_the_writer_with_the_one_named(text: str) -> None:
    result = understand(text, sender=f"Ines Varga <{WRITER}>")
    assert result.kind == "intro_request"
    assert result.confident
    emails = {p.email for p in (result.a, result.b) if p is not None}
    assert emails == {WRITER, "tobias@lindpress.example"}


@pytest.mark.parametrize(
    "text",
    [
        "Hola:\n\nQuería pedirte otra cosa: con Tobias Lind (tobias@lindpress.example) ya"
        " hablé yo, así que no hace falta nada.\n\nUn saludo,\nInes Varga",
        "Hi,\n\nCan I ask you for another one of those PDFs? Tobias Lind"
        " (tobias@lindpress.example) lost his copy.\n\nBest,\nInes Varga",
    ],
)
def test_another_thing_asked_pairs_no_one(text: str) -> None:
    assert understand(text, sender=f"Ines Varga <{WRITER}>").kind == "not_a_request"
