"""Formal letters give the address apart from the ask and name the person again by a
title and their surname:

- a German label written with a capital between a name and its address ("Frau Brigitte
  Oberländer, E-Mail: b.oberlaender@...", "Mail:") gives the address as "email:" does,
  when the address spells the name; after a firm's name it gives no one's ("bei
  Alpenpost Digital, Mail: jana.keller@...");
- a description opening on a particle after the name ("von der Caritas", "von der
  Wohnraumberatung des Caritasverbandes Kiel") is where the one named works;
- an address lead may end "as follows" ("Son adresse électronique est la suivante :",
  "His email address is as follows:", "Su correo es el siguiente:", "O e-mail dele é o
  seguinte:", "Seine E-Mail-Adresse lautet wie folgt:", "Barua pepe yake ni kama
  ifuatavyo:");
- a title before a surname with its particles ("Maître Van den Berg") names the one
  named in full before ("Maître Pieter Van den Berg");
- a plural pronoun that is also an article, before a noun ("qui maîtrise les questions
  de donation"), speaks of things, of no one: the address still ties; as a pronoun ("qui
  les a aidés") it may speak of others named before, and ties nothing."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


def _acted_on(body: str, email: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == email
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Meine Tochter nannte mir Frau Brigitte Oberländer von der Wohnraumberatung des"
        " Caritasverbandes Kiel, E-Mail: b.oberlaender@caritas-kiel.de.\n\nIch wäre Ihnen"
        " sehr verbunden, wenn Sie mich mit Frau Oberländer bekannt machen könnten.",
        "Meine Tochter nannte mir Frau Brigitte Oberländer von der Caritas, E-Mail:"
        " b.oberlaender@caritas-kiel.de.\n\nKönnten Sie mich mit Frau Oberländer bekannt"
        " machen?",
        "Könnten Sie mich mit Frau Brigitte Obermann, Mail: b.obermann@caritas-kiel.de,"
        " bekannt machen?",
        "Could you put me in touch with Ms Brigitte Obermann, E-Mail: b.obermann@caritas-kiel.de?",
    ],
)
def test_a_capitalised_label_or_a_particle_description_gives_the_address(body: str) -> None:
    _acted_on(body, body[body.index("b.ober") :].split()[0].rstrip(".,?"))


@pytest.mark.parametrize(
    ("body", "email"),
    [
        (
            "Un ami m'a recommandé Pieter Dubois, notaire à Ixelles. Son adresse électronique"
            " est la suivante : p.dubois@notaire-dubois.be.\n\nPourriez-vous me mettre en"
            " relation avec lui ?",
            "p.dubois@notaire-dubois.be",
        ),
        (
            "A friend recommended Pieter Dubois, a notary. His email address is as follows:"
            " p.dubois@notaire-dubois.be.\n\nCould you put me in touch with him?",
            "p.dubois@notaire-dubois.be",
        ),
        (
            "Un amigo me recomendó a Pedro Dubois, notario. Su correo es el siguiente:"
            " p.dubois@notaria-dubois.es.\n\n¿Me podrías poner en contacto con él?",
            "p.dubois@notaria-dubois.es",
        ),
        (
            "Um amigo recomendou-me o Pedro Dubois, notário. O e-mail dele é o seguinte:"
            " p.dubois@notario-dubois.pt.\n\nPodes apresentar-me a ele?",
            "p.dubois@notario-dubois.pt",
        ),
        (
            "Ein Freund hat mir Peter Dubois empfohlen, Notar in Kiel. Seine Adresse lautet"
            " wie folgt: p.dubois@notar-dubois.de.\n\nKönnten Sie mich mit ihm bekannt machen?",
            "p.dubois@notar-dubois.de",
        ),
        (
            "Objet : demande de mise en relation avec Maître Van den Berg, notaire\n\nMadame,"
            " Monsieur,\n\nUn ancien camarade m'a recommandé Maître Pieter Van den Berg,"
            " notaire à Ixelles. Son adresse électronique est la suivante :"
            " p.vandenberg@notaire-vandenberg.be.\n\nJe vous saurais gré de me mettre en"
            " relation avec Maître Van den Berg.",
            "p.vandenberg@notaire-vandenberg.be",
        ),
    ],
)
def test_an_address_given_as_follows_is_theirs(body: str, email: str) -> None:
    _acted_on(body, email)


def test_a_label_after_a_firm_gives_it_no_address() -> None:
    result = understand(
        "Könntest du mich mit Jana Keller vernetzen? Sie macht UX-Research bei Alpenpost"
        " Digital, Mail: jana.keller@alpenpost-digital.ch"
    )
    assert result.b is not None
    assert result.b.name == "Jana Keller"
    assert result.b.email == "jana.keller@alpenpost-digital.ch"


def test_two_of_that_surname_leave_it_asked_about() -> None:
    result = understand(
        "Ich kenne Frau Brigitte Oberländer (b.oberlaender@caritas-kiel.de) und Frau Anna"
        " Oberländer (a.oberlaender@diakonie.de).\n\nKönnten Sie mich mit Frau Oberländer"
        " bekannt machen?"
    )
    assert not result.confident


_LETTERHEAD = "Albert Dubois-Lenoir\nAvenue des Tilleuls, 23\n1180 Uccle\n\nMadame, Monsieur,\n\n"
_ASK = (
    " Son adresse électronique est la suivante : p.vandenberg@notaire-vandenberg.be.\n\nJe"
    " vous saurais gré de me mettre en relation avec Maître Van den Berg.\n\nAlbert"
    " Dubois-Lenoir"
)


@pytest.mark.parametrize(
    "told",
    [
        "qui maîtrise, paraît-il, les questions de donation transfrontalière.",
        "qui connaît bien les successions.",
    ],
)
def test_an_article_les_speaks_of_no_one(told: str) -> None:
    body = (
        f"{_LETTERHEAD}Un ancien camarade m'a recommandé Maître Pieter Van den Berg, notaire"
        f" à Ixelles, {told}{_ASK}"
    )
    _acted_on(body, "p.vandenberg@notaire-vandenberg.be")


@pytest.mark.parametrize(
    "told",
    [
        "qui les a aidés.",
        "elle les connaît bien.",
        "qui va les présenter.",
    ],
)
def test_a_pronoun_les_may_speak_of_others(told: str) -> None:
    body = (
        f"{_LETTERHEAD}Un ancien camarade m'a recommandé Maître Pieter Van den Berg, notaire"
        f" à Ixelles, {told}{_ASK}"
    )
    result = understand(body)
    assert result.b is None or result.b.email is None
    assert not result.confident
