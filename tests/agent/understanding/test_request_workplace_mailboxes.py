"""An address in brackets after where someone works ("Ann Lee at Lumen (hello@...)",
"Kwame Asante na Petrobras (contato@...)", "Anna Lehmann bei Lumen (info@...)") is the
one named before only when it spells that one; otherwise a mailbox of the firm or of the
person, nobody can say, so it is no one's for sure and the firm is never a party."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_reading import written_addresses
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

ME = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            "Could you introduce me to Mia Berg at Lumen (mia.berg@lumen.example)?",
            Party("Mia Berg", "mia.berg@lumen.example"),
        ),
        (
            "Pourriez-vous me présenter à Anne Leroy chez Lumen (anne.leroy@lumen.example) ?",
            Party("Anne Leroy", "anne.leroy@lumen.example"),
        ),
        (
            "¿Podrías presentarme a Ana López en Lumen (ana.lopez@lumen.example)?",
            Party("Ana López", "ana.lopez@lumen.example"),
        ),
        (
            "Könnten Sie mich Anna Lehmann bei Lumen (anna.lehmann@lumen.example) vorstellen?",
            Party("Anna Lehmann", "anna.lehmann@lumen.example"),
        ),
        (
            "Tafadhali nitambulishe kwa Amina Juma katika Lumen (amina.juma@lumen.example).",
            Party("Amina Juma", "amina.juma@lumen.example"),
        ),
    ],
)
def test_an_address_spelling_the_one_before_the_firm_is_theirs(body: str, other: Party) -> None:
    result = understand(body)
    assert (result.a, result.b) == (ME, other)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Mia Berg at Lumen (hello@lumen.example)?",
        "Could you introduce me to Mia Berg at Lumen (mb@lumen.example)?",
        "Pourriez-vous me présenter à Anne Leroy chez Lumen (contact@lumen.example) ?",
        "¿Podrías presentarme a Ana López en Lumen (hola@lumen.example)?",
        "Könnten Sie mich Anna Lehmann bei Lumen (info@lumen.example) vorstellen?",
        "Poderia apresentar-me ao Rui Costa na Petrobras (contato@petrobras.example)?",
        "Tafadhali nitambulishe kwa Amina Juma katika Lumen (info@lumen.example).",
    ],
)
def test_a_firm_mailbox_is_no_ones_for_sure(body: str) -> None:
    result = understand(body)
    assert not result.confident
    for party in (result.a, result.b):
        if party is not None and party.email is not None:
            assert party.email == ME.email
        assert party is None or party.name not in ("Lumen", "Petrobras")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Mia Berg at Lumen (hello@lumen.example).", ()),
        ("Anna Lehmann bei Lumen (info@lumen.example).", ()),
        ("Mia Berg at Lumen (mia@lumen.example).", (("Mia Berg", "mia@lumen.example"),)),
        # Swahili "na" is "and": an address spelling the one after it is theirs.
        (
            "Juma Ali na Amina Said (amina.said@said.example).",
            (("Amina Said", "amina.said@said.example"),),
        ),
        # No one without an address before the firm: as written.
        ("Lumen (hello@lumen.example).", (("Lumen", "hello@lumen.example"),)),
    ],
)
def test_written_addresses_after_a_workplace(text: str, named: tuple[tuple[str, str], ...]) -> None:
    found, _ = written_addresses(tokenize(text, load_rules()))
    assert tuple((a.name, a.email) for a in found) == named
