"""A third-person pronoun of an ask ("put me in touch with her", "me pusieran en contacto
con ella", "me la présenter", "apresentar-me a ela") where no one with a certain address
is named before it is the one person named before by a first name and a surname or a
title and a name, without an address: the request comes out with that name and no
address, never confident, so the requester is asked."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Me dicen que la Dra. Inés Albornoz, de la Universidad Nacional de Cuyo, tiene "
            "datos de campo. No he encontrado su correo. ¿Sería posible que me pusieran en "
            "contacto con ella?",
            "Inés Albornoz",
        ),
        (
            "I heard that Dr. Ann Bell at the university has field data. I could not find "
            "her email. Could you put me in touch with her?",
            "Ann Bell",
        ),
        ("I met Tom Hall at the fair last week. Could you introduce me to him?", "Tom Hall"),
        (
            "On m'a dit que Mme Anne Petit a des données. Pourriez-vous me la présenter ?",
            "Anne Petit",
        ),
        (
            "Disseram-me que a Rita Saraiva tem dados. Consegue apresentar-me a ela?",
            "Rita Saraiva",
        ),
    ],
)
def test_a_pronoun_is_the_one_named_before_without_an_address(text: str, name: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_WRITER, Party(name, None)}
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        # Two named before: no one.
        "I heard Ann Bell and Tom Hall have data. Could you introduce me to her?",
        # A first name alone names no one here.
        "I heard Ann has data. Could you introduce me to her?",
    ],
)
def test_two_named_or_a_first_name_alone_leave_the_pronoun_no_one(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
    assert {result.a, result.b} == {_WRITER, Party(None, None)}


def test_one_named_with_an_address_is_still_the_one_and_certain() -> None:
    result = understand(
        "I met Tom Hall (tom@hall.example) at the fair. Could you introduce me to him?"
    )
    assert {result.a, result.b} == {_WRITER, Party("Tom Hall", "tom@hall.example")}
    assert result.confident


_ROLE_PLACE_ASKS = {
    "en": "I am pasting the messages that Mrs Awa Ndiaye, president of the women's group"
    " Jappo Notto Gouye, sent me last night.\n\nCould you put her in touch with Mr"
    " Ibrahima Fall (ibrahima.fall@solarfroid.example)?",
    "fr": "Je vous colle les messages que Mme Awa Ndiaye, présidente du GIE des femmes"
    " Jappo de Notto Gouye Diama, m'a envoyés hier soir.\n\nEst-ce que vous pouvez la"
    " mettre en relation avec M. Ibrahima Fall (ibrahima.fall@solarfroid.example) ?",
    "es": "Te pego los mensajes que la Sra. Awa Ndiaye, presidenta de la cooperativa Jappo"
    " Notto Gouye, me mandó anoche.\n\n¿Puedes ponerla en contacto con el Sr. Ibrahima"
    " Fall (ibrahima.fall@solarfroid.example)?",
    "de": "Unten die Nachrichten, die Frau Awa Ndiaye, Leiterin von Jappo Notto Gouye, mir"
    " gestern geschickt hat.\n\nKönnen Sie sie mit Herrn Ibrahima Fall"
    " (ibrahima.fall@solarfroid.example) bekannt machen?",
}


@pytest.mark.parametrize("lang", sorted(_ROLE_PLACE_ASKS))
def test_where_the_one_named_holds_a_role_is_no_one_the_pronoun_may_mean(lang: str) -> None:
    # "Mme Awa Ndiaye, présidente du GIE des femmes Jappo de Notto Gouye Diama": the
    # group she presides over is no second person "la" may speak of.
    result = understand(_ROLE_PLACE_ASKS[lang])
    assert result.kind == "intro_request"
    assert result.a == Party("Awa Ndiaye", None)
    assert result.b == Party("Ibrahima Fall", "ibrahima.fall@solarfroid.example")
    assert not result.confident


def test_a_role_joined_to_another_person_leaves_two_people() -> None:
    # "president and Mbaye Gouye Diallo": a second person, not where she holds a role.
    result = understand(
        "I am pasting the messages that Mrs Awa Ndiaye, president and Mbaye Gouye Diallo"
        " sent me last night.\n\nCould you put her in touch with Mr Ibrahima Fall"
        " (ibrahima.fall@solarfroid.example)?"
    )
    assert result.a is None or result.a.name is None
    assert not result.confident
