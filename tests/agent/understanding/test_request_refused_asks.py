"""An ask the writer passes on but refuses or opposes (``refused_asks``): "Kwame asked me
to get you to introduce him to Ines Castro (...). I told him no.", or "I'd rather not make
this intro" above a forwarded ask. The writer does not stand behind it, so the request is
asked about, though every address is written; it was acted on. The same ask relayed with
the writer's backing, or forwarded with no note, is acted on as before."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party, RequestResult
from tests.agent.understanding.test_requests import understand

_KWAME = Party("Kwame Asante", "kwame.asante@mailbox.example")
_INES = Party("Ines Castro", "ines@castro-studio.example")
_RELAYED = {
    "en": "Kwame Asante (kwame.asante@mailbox.example) asked me to get you to introduce him to"
    " Ines Castro (ines@castro-studio.example).",
    "fr": "Kwame Asante (kwame.asante@mailbox.example) m'a demandé de vous demander de le"
    " présenter à Ines Castro (ines@castro-studio.example).",
    "es": "Kwame Asante (kwame.asante@mailbox.example) me pidió que te pidiera presentarle a"
    " Ines Castro (ines@castro-studio.example).",
    "de": "Kwame Asante (kwame.asante@mailbox.example) hat mich gebeten, Sie zu bitten, ihn"
    " mit Ines Castro (ines@castro-studio.example) bekannt zu machen.",
    "pt": "O Kwame Asante (kwame.asante@mailbox.example) pediu-me para lhe pedir que o"
    " apresentasse à Ines Castro (ines@castro-studio.example).",
    "sw": "Kwame Asante (kwame.asante@mailbox.example) aliniomba nikuombe umtambulishe kwa"
    " Ines Castro (ines@castro-studio.example).",
}


def _relayed(language: str, after: str) -> RequestResult:
    return understand(f"Hello,\n\n{_RELAYED[language]} {after}\n\nLeila", subject="intro")


def _forwarded(note: str) -> RequestResult:
    body = (
        f"{note}\n\n"
        "---------- Forwarded message ---------\n"
        "From: Kwame Asante <kwame.asante@mailbox.example>\n"
        "Subject: a favour\n"
        "To: Ann Lee <ann@lee.example>\n\n"
        "Hi Ann, could you introduce me to Ines Castro (ines@castro-studio.example)?"
        " I'd love to talk about her studio.\n\nKwame"
    )
    return understand(body, subject="Fwd: a favour")


@pytest.mark.parametrize(
    ("language", "after"),
    [
        ("en", "I told him no."),
        ("en", "I declined, she has enough on her plate."),
        ("en", "Between us, I don't think that's a good idea."),
        ("en", "I'm against it, so please don't."),
        ("fr", "Je lui ai dit non."),
        ("fr", "Je ne pense pas que ce soit une bonne idée, franchement."),
        ("es", "Le dije que no."),
        ("es", "No creo que sea buena idea, la verdad."),
        ("de", "Ich habe ihm abgesagt."),
        ("de", "Ehrlich gesagt halte ich das für keine gute Idee."),
        ("pt", "Eu disse-lhe que não."),
        ("pt", "Sinceramente, não acho uma boa ideia."),
        ("sw", "Nilimwambia hapana."),
        ("sw", "Sidhani ni wazo zuri."),
        ("en", "For the record, I wouldn't recommend it."),
        ("fr", "Pour être franche, je le déconseille."),
        ("es", "Yo no lo recomendaría."),
        ("de", "Ich würde allerdings davon abraten."),
        ("pt", "Eu não recomendo."),
        ("sw", "Mimi siipendekezi."),
    ],
)
def test_a_relayed_ask_the_writer_refuses_is_asked_about(language: str, after: str) -> None:
    result = _relayed(language, after)
    assert result.kind == "intro_request"
    assert not result.confident


_ZORA = "Zora Quist (zora@quist.example)"
_INES_WRITTEN = "Ines Castro (ines@castro-studio.example)"


@pytest.mark.parametrize(
    "text",
    [
        f"If {_ZORA} ever asks you to introduce her to {_INES_WRITTEN}, say no.",
        f"{_ZORA} would love to meet {_INES_WRITTEN}. I'm not comfortable with it.",
        f"Si {_ZORA} vous demande de la présenter à {_INES_WRITTEN}, dites-lui non.",
        f"{_ZORA} quiere que la presentes a {_INES_WRITTEN}. No me siento cómoda con eso.",
        f"Falls {_ZORA} Sie bittet, sie mit {_INES_WRITTEN} bekannt zu machen, sagen Sie"
        " bitte nein.",
        f"A {_ZORA} quer que a apresente à {_INES_WRITTEN}. Não me sinto confortável com isso.",
        f"Kama {_ZORA} akikuomba umtambulishe kwa {_INES_WRITTEN}, mwambie hapana.",
    ],
)
def test_an_ask_the_writer_says_to_refuse_is_never_acted_on(text: str) -> None:
    result = understand(f"Hello,\n\n{text}\n\nLeila", subject="heads-up")
    assert not (result.kind == "intro_request" and result.confident), text


def test_a_wish_to_meet_the_writer_they_turn_down_is_asked_about() -> None:
    result = understand(
        f"Hello,\n\n{_ZORA} would like to be introduced to me. I'm not interested.\n\nLeila",
        subject="Zora",
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "note",
    [
        "See below. I'd rather not make this intro, Ines is swamped.",
        "Not sure about this one, to be honest.",
        "Je ne suis pas d'accord avec cette demande, je préfère qu'on ne le fasse pas.",
        "Te lo reenvío, pero prefiero que no lo hagas.",
        "Anbei seine Anfrage, aber ich bin dagegen.",
        "Reencaminho, mas não concordo com este pedido.",
        "Nakutumia hii, lakini sikubaliani na ombi hili.",
    ],
)
def test_a_forwarded_ask_the_writer_opposes_is_asked_about(note: str) -> None:
    result = _forwarded(note)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_KWAME, _INES}
    assert not result.confident


@pytest.mark.parametrize(
    ("language", "after"),
    [
        ("en", ""),
        ("en", "Happy to vouch for him, please go ahead."),
        ("en", "I'd recommend him warmly."),
        ("es", "Le dije que no había prisa, pero me encantaría que se conocieran."),
        ("pt", "Eu disse-lhe que não havia problema nenhum."),
    ],
)
def test_a_relayed_ask_the_writer_backs_is_acted_on(language: str, after: str) -> None:
    result = _relayed(language, after)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_KWAME, _INES}
    assert result.confident


@pytest.mark.parametrize("note", ["", "Please do this one, thanks!"])
def test_a_forwarded_ask_with_no_objection_is_acted_on(note: str) -> None:
    result = _forwarded(note)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_KWAME, _INES}
    assert result.confident
