"""A firm's role mailbox given for someone ("geral@", "info@") the writer says that one
reads themselves ("a empresa é só ele e o filho, por isso é ele próprio que lê", "he
reads it himself"): the mailbox is theirs, and the request may be acted on. The one the
address is told for is the one named before the firm they work at ("ao Sr. Armando
Tembe, da Furos do Sul. O endereço dele é ..."): the firm is no one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

FERNANDO = "fernando.macuacua@aguaviva.example"

_ASKS = {
    "en": f"Could you introduce Fernando Macuacua ({FERNANDO}) to Mr Armando Tembe, of"
    " Furos do Sul? His address is info@furosdosul.example - the firm is just him and his"
    " son, so he reads it himself.",
    "fr": f"Pourriez-vous présenter Fernando Macuacua ({FERNANDO}) à M. Armando Tembe, de"
    " Furos du Sud ? Son adresse est contact@furosdosul.example. C'est lui-même qui la lit.",
    "es": f"¿Podrías presentar a Fernando Macuacua ({FERNANDO}) al Sr. Armando Tembe, de"
    " Pozos del Sur? Su correo es info@furosdosul.example, lo lee él mismo.",
    "de": f"Könnten Sie Fernando Macuacua ({FERNANDO}) mit Herrn Armando Tembe vom"
    " Brunnenbau Süd bekannt machen? Seine Adresse ist info@furosdosul.example, die liest"
    " er selbst.",
    "pt": f"Solicito que apresente o Eng. Fernando Macuacua ({FERNANDO}) ao Sr. Armando"
    " Tembe, da Furos do Sul. O endereço dele é geral@furosdosul.example - a empresa é só"
    " ele e o filho, por isso é ele próprio que lê.",
    "sw": f"Tafadhali mtambulishe Fernando Macuacua ({FERNANDO}) kwa Bw. Armando Tembe wa"
    " Visima Kusini. Barua pepe yake ni info@visimakusini.example, anaisoma mwenyewe.",
}


@pytest.mark.parametrize("lang", sorted(_ASKS))
def test_a_mailbox_its_one_reader_reads_is_theirs(lang: str) -> None:
    result = understand(_ASKS[lang])
    assert result.kind == "intro_request"
    assert result.a == Party("Fernando Macuacua", FERNANDO)
    assert result.b is not None and result.b.name == "Armando Tembe"
    assert (result.b.email or "").startswith(("info@", "contact@", "geral@"))
    assert result.confident


@pytest.mark.parametrize(
    "ask",
    [
        # Nothing said of who reads it.
        f"Could you introduce Fernando Macuacua ({FERNANDO}) to Mr Armando Tembe, of Furos"
        " do Sul? His address is info@furosdosul.example.",
        # Said not to be read by him.
        f"Solicito que apresente o Eng. Fernando Macuacua ({FERNANDO}) ao Sr. Armando Tembe,"
        " da Furos do Sul. O endereço dele é geral@furosdosul.example, mas não é ele próprio"
        " que lê.",
    ],
)
def test_a_mailbox_not_vouched_for_is_asked_about(ask: str) -> None:
    result = understand(ask)
    assert result.b is not None and result.b.email is not None
    assert result.b.email.startswith(("info@", "geral@"))
    assert not result.confident


def test_a_person_named_after_the_firm_is_someone() -> None:
    # "Ann Lee, of Bob Smith's team": a listed first name opens a person, not a firm.
    result = understand(
        f"Could you introduce Fernando Macuacua ({FERNANDO}) to Mr Armando Tembe, of"
        " Grace Mwale? His address is info@furosdosul.example, he reads it himself."
    )
    assert not result.confident
