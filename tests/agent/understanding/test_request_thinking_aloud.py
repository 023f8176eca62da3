"""A writer thinking aloud whether someone might gain from talking to someone else ("Would
there be any point in Siobhán talking to Claire Mercier?", "igual le vendría bien hablar
con Rubén Lasala", "Labda Otieno angefaidika kuongea na Wafula") suggests that pair and
leaves the call to the agent: the pair is asked about, never acted on, even with both
addresses written. Asking to get someone talking to whoever runs something names no one
certain to meet: the mail is asked about, no pair guessed."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        (
            "Hi,\n\nRandom one. Would there be any point in Siobhán Kelly talking to Claire "
            "Mercier in Lyon about how they handle the Christmas market trader licences? "
            "Maybe, maybe not. Your call, or I'll just park it.\n\nAisling",
            "Siobhán Kelly",
            "Claire Mercier",
        ),
        (
            "Hi, Siobhán Kelly might benefit from talking to Claire Mercier about licences.",
            "Siobhán Kelly",
            "Claire Mercier",
        ),
        (
            "Una cosa: Lucía, la presidenta del AMPA, lleva meses con el camino escolar... "
            "igual le vendría bien hablar con Rubén Lasala, el técnico de movilidad. O igual "
            "no. Lo pienso y te digo.\n\nPilar",
            None,
            "Rubén Lasala",
        ),
        (
            "Bonjour, Léa Fournier aurait intérêt à échanger avec Karim Benali sur les baux. "
            "À vous de voir.",
            "Léa Fournier",
            "Karim Benali",
        ),
        (
            "Hallo, Jana Keller könnte davon profitieren, mit Felix Braun zu sprechen. Oder "
            "vielleicht auch nicht.",
            "Jana Keller",
            "Felix Braun",
        ),
        (
            "Olá, a Ana Souza ganharia em conversar com o Rui Costa sobre o projeto. Ou "
            "talvez não.",
            "Ana Souza",
            "Rui Costa",
        ),
        (
            "Habari,\n\nSwali tu. Labda Otieno Ouma angefaidika kuongea na Wafula Simiyu "
            "kuhusu barabara. Lakini sijui kama ni wakati mwafaka. Unaonaje?\n\nJacinta",
            "Otieno Ouma",
            "Wafula Simiyu",
        ),
    ],
)
def test_a_pair_thought_aloud_is_asked_about(body: str, a: str | None, b: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.b is not None and result.b.name == b
    if a is not None:
        assert result.a is not None and result.a.name == a


@pytest.mark.parametrize(
    "body",
    [
        "Hi, would there be any point in Siobhán Kelly (siobhan@kilbrack.example) talking "
        "to Claire Mercier (claire@lyon.example)? Your call.",
        "Hi, Siobhán Kelly (siobhan@kilbrack.example) might benefit from talking to Claire "
        "Mercier (claire@lyon.example).",
        "Habari, labda Otieno Ouma (otieno@bmu.example) angefaidika kuongea na Wafula "
        "Simiyu (wafula@kerra.example). Unaonaje?",
    ],
)
def test_with_both_addresses_it_is_still_only_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


def test_getting_someone_talking_to_whoever_runs_something_is_asked_about() -> None:
    result = understand(
        "Hey!\n\nWondering if you could get Tasha (our warehouse lead, "
        "tasha.ng@threadloop.com) talking to whoever runs returns consolidation at "
        "Maasvlakte Logistics - Bram something? Jeroen mentioned him on our call.\n\nDana"
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Told, not suggested: no one to meet.
        "Hi, I ended up talking to the caretaker about the hall keys. Thanks",
        "Hola, le vendría bien descansar un poco después del viaje.",
        "Hi, Valeria Núñez says hello from Quito.",
    ],
)
def test_near_misses_ask_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"
