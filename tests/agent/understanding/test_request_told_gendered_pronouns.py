"""An address given by a gendered pronoun's lead ("Her email is ...", "o e-mail dela é
...", "seine Adresse ist ...") is the one person named before it after a title of that
gender, when each other named there is written after a title of the other ("Mr. Obi ...
Mrs. Ada Bakare. Her email is ..."). A name without a title or after a title of no gender
("Dr"), a pronoun of the other gender or of none ("son", "su", "Ihre", "yake") leaves the
address alone, as before. An authority's name ("Ogun Rail Authority", "Autorité ...") is
an organisation's, no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_ADA = Party("Adaeze Bakare", "ada.b@ogun.example")
_KARL = Party("Karl Brenner", "kb@tal.example")


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nMr. Tom Obi told me about Mrs. Adaeze Bakare and I would love to meet "
        "her. Could you introduce me to her? Her email is ada.b@ogun.example\n\nThanks!",
        "Hello,\n\nMr. Tom Obi suggested I meet Mrs. Adaeze Bakare, Head of Buying at Ogun "
        "Rail Authority. Could you introduce me to her? Her email is ada.b@ogun.example"
        "\n\nThanks!",
        "Hello,\n\nMr. Tom Obi suggested I meet Mrs. Adaeze Bakare. Could you introduce me "
        "to her? She can be reached at ada.b@ogun.example\n\nThanks!",
        "Bonjour,\n\nM. Tom Obi m'a parlé de Mme Adaeze Bakare et j'aimerais la rencontrer. "
        "Pourriez-vous me présenter à elle ? Elle est joignable à ada.b@ogun.example"
        "\n\nMerci !",
        "Hola,\n\nEl Sr. Tom Obi me habló de la Sra. Adaeze Bakare y me encantaría "
        "conocerla. ¿Podrías presentarme a ella? Ella me dio su tarjeta: ada.b@ogun.example"
        "\n\n¡Gracias!",
        "Olá,\n\nO Sr. Tom Obi falou-me da Sra. Adaeze Bakare e gostava muito de a "
        "conhecer. Pode apresentar-me a ela? O e-mail dela é ada.b@ogun.example\n\nObrigado!",
    ],
)
def test_her_address_after_a_man_and_a_woman_named_by_titles_is_hers(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b == _ADA
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hallo,\n\nFrau Ada Obi hat mir von Herrn Karl Brenner erzählt, ich würde ihn gern "
        "kennenlernen. Könnten Sie mich mit ihm bekannt machen? Seine Adresse ist "
        "kb@tal.example\n\nDanke!",
        "Olá,\n\nA Sra. Ada Obi falou-me do Sr. Karl Brenner e gostava muito de o conhecer. "
        "Pode apresentar-me a ele? O e-mail dele é kb@tal.example\n\nObrigado!",
    ],
)
def test_his_address_after_a_woman_and_a_man_named_by_titles_is_his(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b == _KARL
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # No title: Tom Obi may be a woman.
        "Hello,\n\nTom Obi told me about Mrs. Adaeze Bakare and I would love to meet "
        "her. Could you introduce me to her? Her email is ada.b@ogun.example\n\nThanks!",
        # A title of no gender.
        "Hello,\n\nDr. Tom Obi told me about Mrs. Adaeze Bakare and I would love to meet "
        "her. Could you introduce me to her? Her email is ada.b@ogun.example\n\nThanks!",
        # Two women.
        "Hello,\n\nMrs. Tia Obi told me about Mrs. Adaeze Bakare and I would love to meet "
        "her. Could you introduce me to her? Her email is ada.b@ogun.example\n\nThanks!",
        # The pronoun is of the other gender than the one named last.
        "Hello,\n\nMr. Tom Obi told me about Mrs. Adaeze Bakare and I would love to meet "
        "her. Could you introduce me to her? His email is ada.b@ogun.example\n\nThanks!",
        # Pronouns of no gender.
        "Bonjour,\n\nM. Tom Obi m'a parlé de Mme Adaeze Bakare et j'aimerais la rencontrer. "
        "Pourriez-vous me présenter à elle ? Son adresse est ada.b@ogun.example\n\nMerci !",
        "Hola,\n\nEl Sr. Tom Obi me habló de la Sra. Adaeze Bakare y me encantaría "
        "conocerla. ¿Podrías presentarme a ella? Su correo es ada.b@ogun.example\n\n¡Gracias!",
        "Hallo,\n\nHerr Tom Obi hat mir von Frau Adaeze Bakare erzählt, ich würde sie gern "
        "kennenlernen. Könnten Sie mich mit ihr bekannt machen? Ihre Adresse ist "
        "ada.b@ogun.example"
        "\n\nDanke!",
    ],
)
def test_a_pronoun_that_tells_no_one_apart_leaves_the_address_alone(body: str) -> None:
    result = understand(body)
    assert all(p is None or p.email != "ada.b@ogun.example" for p in (result.a, result.b))
    assert not result.confident
