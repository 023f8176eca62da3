"""Someone an ask leaves out after a comma ("..., not Bob Lee", "..., nicht Bob Lee",
"..., pas à Bob Lee", "..., no a Bob Lee", "..., não ao Bob Lee", "..., si kwa Bob Lee")
or after a word of "instead" ("rather than", "instead of", "statt", "plutôt qu'à", "en
vez de", "em vez do", "badala ya") is never a party, and their address is no one the ask
leaves out: the ask for the writer and Carol is acted on. "not just Bob Lee" leaves no
one out."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_CAROL = "Carol Diaz (carol@diaz.org)"
_BOB = "Bob Lee (bob@lee.io)"
_ME = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "sentence",
    [
        f"Please introduce me to {_CAROL}, not {_BOB}.",
        f"Please introduce me to {_CAROL} rather than {_BOB}.",
        f"Please introduce me to {_CAROL} instead of {_BOB}.",
        f"Please introduce me to {_CAROL}, not Dr. {_BOB}.",
        f"Please introduce me to {_CAROL}, not bob@lee.io.",
        f"Stell mich bitte {_CAROL} vor, nicht {_BOB}.",
        f"Stellen Sie mich bitte {_CAROL} vor, nicht {_BOB}.",
        f"Stell mich {_CAROL} vor, statt {_BOB}.",
        f"Könntest du mich mit {_CAROL} bekannt machen, aber nicht mit {_BOB}?",
        f"Présente-moi à {_CAROL}, pas à {_BOB}.",
        f"Présentez-moi à {_CAROL} plutôt qu'à {_BOB}.",
        f"Présente-moi à {_CAROL} au lieu de {_BOB}.",
        f"Preséntame a {_CAROL}, no a {_BOB}.",
        f"Preséntame a {_CAROL} en vez de a {_BOB}.",
        f"Apresenta-me à {_CAROL}, não ao {_BOB}.",
        f"Apresenta-me à {_CAROL} em vez do {_BOB}.",
        f"Nitambulishe kwa {_CAROL}, si kwa {_BOB}.",
        f"Nitambulishe kwa {_CAROL} badala ya {_BOB}.",
    ],
)
def test_the_one_left_out_is_no_party_and_the_ask_is_acted_on(sentence: str) -> None:
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_ME, Party("Carol Diaz", "carol@diaz.org"))
    assert result.more == ()
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        f"Could you introduce {_CAROL} and {_BOB}? Sorry, I mean Carol and me, not {_BOB}.",
        f"{_CAROL} and {_BOB} - could you introduce them? Well, Carol and Dan Roe, not Bob Lee.",
        f"{_CAROL} und {_BOB} - könnten Sie die beiden vorstellen? Also Carol und Dan Roe, "
        "nicht Bob Lee.",
        f"{_CAROL} et {_BOB} : pourriez-vous les présenter ? Enfin, Carol et Dan Roe, pas Bob Lee.",
    ],
)
def test_a_pair_holding_the_one_left_out_is_no_pair(text: str) -> None:
    result = understand(f"{text}\n\nAnn")
    parties = [result.a, result.b, *(p for pair in result.more for p in (pair.a, pair.b))]
    assert all(p is None or p.email != "bob@lee.io" for p in parties)
    assert not result.confident


@pytest.mark.parametrize(
    "sentence",
    [
        f"Please introduce me to {_CAROL}, not just {_BOB}.",
        f"Stell mich {_CAROL} vor, nicht nur {_BOB}.",
        f"Présente-moi à {_CAROL}, pas seulement à {_BOB}.",
        f"Preséntame a {_CAROL}, no solo a {_BOB}.",
        f"Apresenta-me à {_CAROL}, não só ao {_BOB}.",
        f"Nitambulishe kwa {_CAROL}, si tu kwa {_BOB}.",
        f"Please introduce me to {_CAROL} rather than email her directly. {_BOB} says hi.",
    ],
)
def test_no_one_left_out_and_the_other_address_still_counts(sentence: str) -> None:
    # Bob is written with an address and named by no pair: the ask is asked about.
    result = understand(f"{sentence}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.b == Party("Carol Diaz", "carol@diaz.org")
    assert not result.confident


def test_a_name_left_out_leaves_the_pairs_asked_for() -> None:
    result = understand(f"Please introduce me to {_CAROL} and {_BOB}, not Dan.\n\nAnn")
    assert (result.a, result.b) == (_ME, Party("Carol Diaz", "carol@diaz.org"))
    assert [(p.a, p.b) for p in result.more] == [(_ME, Party("Bob Lee", "bob@lee.io"))]
    assert result.confident


_AUGUSTO = Party("Augusto Menezes", "augusto.menezes@iacerrado.example")
_NDOUR = Party("Ibrahima Ndour", "i.ndour@irab.example")


@pytest.mark.parametrize(
    "body",
    [
        "Pode apresentar o Augusto Menezes (augusto.menezes@iacerrado.example) ao Dr. Ibrahima"
        " Ndour, do Institut de Recherches Agronomiques du Baol, no Senegal"
        " (i.ndour@irab.example)?",
        "Pode apresentar o Augusto Menezes (augusto.menezes@iacerrado.example) ao Dr. Ibrahima"
        " Ndour, no Senegal (i.ndour@irab.example)?",
        "Could you introduce Augusto Menezes (augusto.menezes@iacerrado.example) to Dr. Ibrahima"
        " Ndour, of the Institut de Recherches Agronomiques du Baol, in Senegal"
        " (i.ndour@irab.example)?",
        "¿Podrías presentar a Augusto Menezes (augusto.menezes@iacerrado.example) al Dr."
        " Ibrahima Ndour, del Institut de Recherches Agronomiques du Baol, en Senegal"
        " (i.ndour@irab.example)?",
    ],
)
def test_a_portuguese_no_before_a_place_leaves_no_one_out(body: str) -> None:
    # Portuguese "no" is "in the": the address after "no Senegal" spells the one named
    # before, not the place, and is theirs.
    result = understand(body)
    assert (result.a, result.b) == (_AUGUSTO, _NDOUR)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Preséntame a Carol Díaz (carol@diaz.org), no Bob Lee (bob@lee.io).",
        # An address spelling neither: whose it is stays unknown.
        "Preséntame a Carol Díaz, no Bob Lee (info@acme.example).",
    ],
)
def test_a_spanish_no_before_a_name_still_leaves_them_out(body: str) -> None:
    result = understand(body)
    assert result.b is not None and result.b.name == "Carol Díaz"
    assert result.b.email != "info@acme.example"
