"""A role at an organisation, no person named ("the events manager at Kingsbury
Showground (events@...)", "le responsable des événements chez ...", "el encargado de
eventos de ...", "die Eventmanagerin bei ...", "o gerente de eventos da ...", "meneja wa
matukio wa ..."), is no certain party: the organisation is no one's name, and the request
is asked about, the address kept. "I don't have a name" and its forms say no one is
known. A person named beside the role stays the party, acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ROLES = [
    (
        "Please could you introduce me to the events manager at Kingsbury Showground"
        " (events@kingsburyshowground.co.uk)? We need a venue for the race village.",
        "events@kingsburyshowground.co.uk",
    ),
    (
        "Pourriez-vous me mettre en contact avec le responsable des événements chez"
        " Domaine Vallon (evenements@domainevallon.fr) ? Nous cherchons une salle.",
        "evenements@domainevallon.fr",
    ),
    (
        "¿Podrías presentarme a la encargada de eventos de Hacienda Soler"
        " (eventos@haciendasoler.es)? Buscamos un lugar para la boda.",
        "eventos@haciendasoler.es",
    ),
    (
        "Você pode me apresentar ao gerente de eventos da Chácara Bela Vista"
        " (eventos@chacarabelavista.com.br)? Procuramos um espaço para o casamento.",
        "eventos@chacarabelavista.com.br",
    ),
    (
        "Tafadhali nitambulishe kwa meneja wa matukio wa Ukumbi Mlimani"
        " (matukio@ukumbimlimani.co.tz). Tunatafuta ukumbi wa harusi.",
        "matukio@ukumbimlimani.co.tz",
    ),
]


@pytest.mark.parametrize(("body", "email"), ROLES)
def test_a_role_at_an_organisation_is_no_named_party(body: str, email: str) -> None:
    result = understand(f"{body}\n\nAnn")
    assert result.kind == "intro_request"
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert result.b == Party(None, email)
    assert not result.confident


def test_a_german_role_at_an_organisation_is_asked_about() -> None:
    result = understand(
        "Könnten Sie mich mit der Eventmanagerin bei Messe Kaltenbach"
        " (veranstaltungen@messe-kaltenbach.de) bekannt machen?\n\nAnn"
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.name != "Messe Kaltenbach"
    assert not result.confident


def test_a_role_at_an_organisation_with_a_personal_address_names_no_one() -> None:
    result = understand(
        "Please introduce me to the events manager at Kingsbury Showground"
        " (ann.lee@kingsburyshowground.co.uk).\n\nAnn"
    )
    assert result.b == Party(None, "ann.lee@kingsburyshowground.co.uk")
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Please introduce me to Priya Raman, the events manager at Kingsbury Showground"
            " (priya@kingsburyshowground.co.uk).",
            Party("Priya Raman", "priya@kingsburyshowground.co.uk"),
        ),
        (
            "Please introduce me to the events manager at Kingsbury Showground, Priya Raman"
            " (priya@kingsburyshowground.co.uk).",
            Party("Priya Raman", "priya@kingsburyshowground.co.uk"),
        ),
        (
            "Pourriez-vous me présenter à Claire Vautrin, la responsable des événements"
            " chez Domaine Vallon (claire@domainevallon.fr) ?",
            Party("Claire Vautrin", "claire@domainevallon.fr"),
        ),
        (
            "Could you introduce me to Priya Raman at Kingsbury Showground"
            " (priya@kingsburyshowground.co.uk)?",
            Party("Priya Raman", "priya@kingsburyshowground.co.uk"),
        ),
    ],
)
def test_a_person_named_beside_the_role_stays_the_party(body: str, b: Party) -> None:
    result = understand(f"{body}\n\nAnn")
    assert result.b == b
    assert result.confident


_ASK = "Could you introduce me to Bob Ray (bob@ray.example)? He builds boats."


@pytest.mark.parametrize(
    "said",
    [
        "I'm afraid I don't have a name for the new one.",
        "Je n'ai pas de nom, désolée.",
        "No tengo su nombre, lo siento.",
        "Ich habe leider keinen Namen.",
        "Não tenho o nome dela.",
        "Sina jina lake.",
    ],
)
def test_a_name_the_writer_lacks_leaves_the_request_asked_about(said: str) -> None:
    result = understand(f"{_ASK} {said}\n\nAnn")
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "said",
    [
        "His name is on the website.",
        "Je connais bien son nom.",
        "Ich habe seinen Namen schon gehört.",
    ],
)
def test_a_name_at_hand_changes_nothing(said: str) -> None:
    result = understand(f"{_ASK} {said}\n\nAnn")
    assert result.b == Party("Bob Ray", "bob@ray.example")
    assert result.confident
