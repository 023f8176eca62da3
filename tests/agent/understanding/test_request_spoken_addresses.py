"""An address spoken in full, in a mail dictated or typed without care for case ("tom at
whitlockfarm dot co dot uk", "priya dot nair at dalesdairy dot com") or with the sign's
own name ("jlperrin arobase wanadoo point fr", "ana arroba ruizdiseno punto es", "petra
ät schulze punkt de"): written as the address, in the six languages, when it spells the
one named before it. An address hidden on purpose in a mail written with care ("rob at
stonebuild dot com"), half written, in brackets, spelling no one named, ending on no
known top-level domain, or a phrase ("meet at the café", "look at point 3") is not."""

from __future__ import annotations

import pytest

from agent.understanding.request_dictated import spoken_addresses_written
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("body", "email"),
    [
        (
            "could you introduce me to tom whitlock, tom at whitlockfarm dot co dot uk? he has "
            "300 litres of milk spare most weeks\n\nta\nann",
            "tom@whitlockfarm.co.uk",
        ),
        (
            "can you put me in touch with priya nair priya dot nair at dalesdairy dot com she "
            "wants local milk\n\nann",
            "priya.nair@dalesdairy.com",
        ),
        (
            "Peux-tu me présenter à Jean-Luc Perrin (jlperrin arobase wanadoo point fr) ? Il "
            "cherche quelqu'un pour tondre ses brebis.",
            "jlperrin@wanadoo.fr",
        ),
        (
            "¿Me puedes presentar a Ana Ruiz (ana arroba ruizdiseno punto es)? Quiero "
            "alquilarle el sillón.",
            "ana@ruizdiseno.es",
        ),
        (
            "Pode me apresentar à Beatriz Lima (beatriz arroba limabolos ponto com ponto br)? "
            "Ela faz bolos.",
            "beatriz@limabolos.com.br",
        ),
        (
            "Kannst du mich mit Petra Schulze (petra ät schulze-hv punkt de) bekannt machen? "
            "Sie sucht einen Elektriker.",
            "petra@schulze-hv.de",
        ),
        (
            "naomba unitambulishe kwa amina juma, amina at jumashamba dot co dot tz. anauza maziwa",
            "amina@jumashamba.co.tz",
        ),
    ],
)
def test_an_address_spoken_in_full_is_read(body: str, email: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == email
    assert result.confident


def test_an_address_hidden_on_purpose_is_asked_about() -> None:
    result = understand(
        "Could you introduce me to Rob Stone (rob at stonebuild dot com)? He builds passive houses."
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Rob Stone", None)
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        # Spelling no one named before it.
        "can you have a look at google dot com for me, ann lee wants it",
        "could you introduce me to ann lee, sales at acme dot com",
        # Half written, or in brackets: a disguise.
        "intro me to jp gagnon, jp.gagnon arobase videotron point ca",
        "intro me to lukas, lukas [at] oberhofer-holz [punkt] at",
        # No known top-level domain, or a phrase.
        "intro me to tom whitlock, tom at whitlock dot farm",
        "meet tom at the café dot then look at point 3",
        "on se voit chez paul point final",
    ],
)
def test_no_address_is_made_of_other_words(text: str) -> None:
    assert spoken_addresses_written(text, load_rules()) == text
