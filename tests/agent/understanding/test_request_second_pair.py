"""A second pair told after a plea for "the two of them", whose two are named after that
plea, before a "they should meet" of theirs: "... so please introduce the two of them. And
Kenji Watanabe (...) and Alicia Brandt (...) keep hitting the same problems, so they
should meet as well." Both pairs are asked for. (Where "them" is read by a phrasing,
"introduce them", "les mettre en contact", the first pair is a phrasing's and no second
is looked for.)"""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_SAM = "Sam Whitaker (sam@loomwork.example)"
_DOLORES = "Dolores Fuentes (dolores@fuentes.example)"
_KENJI = "Kenji Watanabe (kenji@tessera.example)"
_ALICIA = "Alicia Brandt (alicia@northgate.example)"


@pytest.mark.parametrize(
    "body",
    [
        f"{_SAM} needs a partner in Mexico and {_DOLORES} runs one, so please introduce the "
        f"two of them. And {_KENJI} and {_ALICIA} keep hitting the same problems, so they "
        "should meet as well.",
        f"{_SAM} needs a partner in Mexico and {_DOLORES} runs one. Could you introduce "
        f"the two of them? {_KENJI} and {_ALICIA} build the same thing. I think they "
        "should talk too.",
        f"{_SAM} cherche un partenaire au Mexique et {_DOLORES} en dirige un. Pourriez-vous "
        f"présenter les deux ? Et {_KENJI} et {_ALICIA} ont les mêmes problèmes, ils "
        "devraient se rencontrer aussi.",
        f"{_SAM} busca un socio en México y {_DOLORES} dirige uno. ¿Podrías ponerlos en "
        f"contacto? Y {_KENJI} y {_ALICIA} tienen los mismos problemas, deberían conocerse "
        "también.",
        f"{_SAM} sucht einen Partner in Mexiko und {_DOLORES} leitet einen. Könnten Sie die "
        f"beiden miteinander bekannt machen? Und {_KENJI} und {_ALICIA} haben dieselben "
        "Probleme, sie sollten sich auch kennenlernen.",
        f"{_SAM} anatafuta mshirika Mexico na {_DOLORES} anaongoza mmoja. Tafadhali "
        f"waunganishe wote wawili. Na {_KENJI} na {_ALICIA} wana matatizo sawa, wanapaswa "
        "kukutana pia.",
    ],
)
def test_a_second_pair_told_after_the_plea_is_asked_for(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a and result.a.email, result.b and result.b.email} == {
        "sam@loomwork.example",
        "dolores@fuentes.example",
    }
    assert len(result.more) == 1
    assert {result.more[0].a.email, result.more[0].b.email} == {
        "kenji@tessera.example",
        "alicia@northgate.example",
    }
    assert result.confident


@pytest.mark.parametrize(
    "tail",
    [
        # Near-misses: a negation, a third person named, or a meeting set elsewhere.
        f"And {_KENJI} and {_ALICIA} are both busy, so I don't think they should meet.",
        f"And {_KENJI}, {_ALICIA} and Omar Haddad (omar@haddad.example) work on it, so "
        "they should meet as well.",
        f"And {_KENJI} and {_ALICIA} are in town, so they should meet at the station.",
    ],
)
def test_no_second_pair_without_a_clear_one(tail: str) -> None:
    result = understand(
        f"{_SAM} needs a partner in Mexico and {_DOLORES} runs one, so please introduce the "
        f"two of them. {tail}"
    )
    assert result.more == ()
    assert not result.confident
