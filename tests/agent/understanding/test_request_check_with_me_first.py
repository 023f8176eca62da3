"""A writer who asks the agent to hold and check back first ("Maybe check with me before
sending anything?", "vérifiez avec moi avant", "consúltame antes", "fragen Sie mich
vorher", "confirme comigo antes", "niulize kwanza"; ``later_cues``), who leaves it to
the agent whether the intro is wise ("If you think it's wise, you could connect them",
"si vous le jugez sage", "si te parece prudente", "wenn Sie es für ratsam halten", "se
achar prudente", "ukiona ni busara"), or who calls the ask a maybe ("treat it as a
maybe"; ``judgement_cues``): the request is asked about, though both addresses are
written. It was acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import pair_of, understand

_LARS = Party("Lars Eklund", "lars@nordkraft.example")
_PAULA = Party("Paula Ortega", "paula@andes.example")

_PLAIN = {
    "en": "Please introduce Lars Eklund (lars@nordkraft.example) to Paula Ortega"
    " (paula@andes.example). They both work on electric mine trucks.",
    "fr": "Pourriez-vous présenter Lars Eklund (lars@nordkraft.example) à Paula Ortega"
    " (paula@andes.example) ? Ils travaillent tous deux sur les camions électriques.",
    "es": "¿Podrías presentar a Lars Eklund (lars@nordkraft.example) a Paula Ortega"
    " (paula@andes.example)? Los dos trabajan en camiones mineros eléctricos.",
    "de": "Könnten Sie Lars Eklund (lars@nordkraft.example) mit Paula Ortega"
    " (paula@andes.example) bekannt machen? Beide arbeiten an elektrischen Muldenkippern.",
    "pt": "Pode apresentar o Lars Eklund (lars@nordkraft.example) à Paula Ortega"
    " (paula@andes.example)? Os dois trabalham com camiões elétricos de mineração.",
    "sw": "Tafadhali mtambulishe Lars Eklund (lars@nordkraft.example) kwa Paula Ortega"
    " (paula@andes.example). Wote wawili wanafanya kazi na malori ya umeme.",
}

_HOLDS = [
    ("en", "Maybe check with me before sending anything?"),
    ("en", "Please check with me first, he is in the middle of a tender."),
    ("fr", "Mais vérifiez avec moi avant d'envoyer quoi que ce soit."),
    ("es", "Pero consúltame antes de enviar nada, por favor."),
    ("de", "Aber fragen Sie mich bitte vorher, er steckt mitten in einer Ausschreibung."),
    ("pt", "Mas confirme comigo antes de enviar qualquer coisa."),
    ("sw", "Lakini niulize kwanza kabla ya kutuma chochote."),
]

_WISE = [
    ("en", "If you think it's wise, go ahead. Treat it as a maybe."),
    ("fr", "Si vous le jugez sage, allez-y."),
    ("es", "Si te parece prudente, adelante."),
    ("de", "Wenn Sie es für ratsam halten, gerne."),
    ("pt", "Se achar prudente, pode avançar."),
    ("sw", "Ukiona ni busara, endelea."),
]


@pytest.mark.parametrize(("lang", "hold"), _HOLDS + _WISE)
def test_a_hedged_ask_is_asked_about(lang: str, hold: str) -> None:
    body = f"{_PLAIN[lang]} {hold}"
    assert pair_of(body) == {_LARS, _PAULA}
    assert not understand(body).confident


@pytest.mark.parametrize("lang", sorted(_PLAIN))
def test_the_same_ask_unhedged_is_acted_on(lang: str) -> None:
    assert pair_of(_PLAIN[lang]) == {_LARS, _PAULA}
    assert understand(_PLAIN[lang]).confident


def test_someone_else_to_check_with_is_no_hold_on_the_writer() -> None:
    # "Check with me first" holds the ask; being asked to check the date with a party
    # is said of the meeting, and the ask stands.
    body = f"{_PLAIN['en']} Please ask Lars which day suits him."
    assert pair_of(body) == {_LARS, _PAULA}
    assert understand(body).confident
