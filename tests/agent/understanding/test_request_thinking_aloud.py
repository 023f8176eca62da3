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


@pytest.mark.parametrize(
    ("body", "b"),
    [
        # The pronoun on the verb says who would gain: the one named before, never the
        # writer ("le serviría", Swahili "a-ngefaidika").
        (
            "Hola,\n\nDaniela Robles (drobles@miel.example), una apicultora de Zapotlanejo, "
            "anda perdiendo colmenas. A lo mejor le serviría platicar con Javier Orozco, el "
            "del despacho de abogados ambientales.\n\nLore",
            "Javier Orozco",
        ),
        (
            "Hola,\n\nDaniela Robles (drobles@miel.example) anda perdiendo colmenas. Igual le "
            "vendría bien platicar con Javier Orozco.\n\nLore",
            "Javier Orozco",
        ),
        (
            "Habari,\n\nBaraka Kiprotich (baraka@vijana.example) anataka kuchimba bwawa la "
            "samaki. Labda angefaidika kuzungumza na Mzee Lema.\n\nWanjiku",
            "Lema",
        ),
    ],
)
def test_the_one_who_would_gain_is_the_one_named_before(body: str, b: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.a is not None and result.a.email in {
        "drobles@miel.example",
        "baraka@vijana.example",
    }
    assert result.b is not None and result.b.name == b


_ASK = {
    "en": "Could you introduce Daniela Robles (drobles@miel.example) to Javier Orozco "
    "(javier@orozco.example)? She is losing hives.",
    "fr": "Pourriez-vous présenter Daniela Robles (drobles@miel.example) à Javier Orozco "
    "(javier@orozco.example) ? Elle perd des ruches.",
    "es": "¿Podrías presentar a Daniela Robles (drobles@miel.example) a Javier Orozco "
    "(javier@orozco.example)? Pierde colmenas.",
    "de": "Könnten Sie Daniela Robles (drobles@miel.example) mit Javier Orozco "
    "(javier@orozco.example) bekannt machen? Sie verliert Bienenvölker.",
    "pt": "Pode apresentar a Daniela Robles (drobles@miel.example) ao Javier Orozco "
    "(javier@orozco.example)? Ela está perdendo colmeias.",
}
_CONDITIONAL_DROPS = {
    "en": "If you are not convinced, forget it and I will ask her on Sunday.",
    "fr": "Si ça ne te convainc pas, laisse tomber et je lui demande dimanche.",
    "es": "Si no te convence, déjalo y se lo pregunto el domingo.",
    "de": "Wenn es nicht passt, vergiss es, ich frage sie am Sonntag.",
    "pt": "Se não te convencer, esquece e eu pergunto no domingo.",
}


@pytest.mark.parametrize("lang", sorted(_ASK))
def test_a_withdrawal_under_a_condition_leaves_the_ask_asked_about(lang: str) -> None:
    result = understand(f"{_ASK[lang]} {_CONDITIONAL_DROPS[lang]}\n\nLore")
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_swahili_condition_on_the_agents_view_is_asked_about() -> None:
    result = understand(
        "Naomba umtambulishe Daniela Robles (drobles@miel.example) kwa Javier Orozco "
        "(javier@orozco.example). Kama huoni inafaa sasa, tusubiri hadi Januari.\n\nLore"
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "withdrawal",
    [
        "Never mind, they just met.",
        # A yes before the comma is no condition.
        "Sí, déjalo, ya se conocieron.",
    ],
)
def test_a_withdrawal_under_no_condition_still_withdraws(withdrawal: str) -> None:
    lang = "es" if "déjalo" in withdrawal else "en"
    assert understand(f"{_ASK[lang]} {withdrawal}\n\nLore").kind == "not_a_request"
