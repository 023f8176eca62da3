"""After a first name and a surname (or a title and a surname) and a particle, or after a
word leading to an organisation ("from the", "vom", "wa"), a trade's or a club's premises
with more of the place's name around it ("du Moulin de Penhoat", "from the Trelowarren
Mill", "del Molino de Valdeolmos", "vom Hof Sonnleiten", "da Moagem do Vale", "wa Kinu cha
Unga") is where the one named works: no part of their name, and an address in brackets
after it is theirs. The noun alone after a particle stays a surname ("Guy du Moulin",
"Pilar Gómez del Molino"), as it does when an address writes it with its particle, and
particles after a first name alone keep their noble reading ("Jean de La Fontaine",
"Maria da Silva", "Ursula von der Leyen", "Ngugi wa Thiong'o")."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Pourriez-vous me mettre en relation avec Mme Odile Kervella du Moulin de Penhoat"
            " (moulin.penhoat@orange.example) ? Je cherche du sarrasin.",
            Party("Odile Kervella", "moulin.penhoat@orange.example"),
        ),
        (
            "Pourriez-vous me présenter à Marc Leroy du Garage de la Gare"
            " (garage.gare@free.example) ? Ma camionnette fait un bruit.",
            Party("Marc Leroy", "garage.gare@free.example"),
        ),
        (
            "Pourriez-vous me mettre en relation avec Hélène Tanguy de la Ferme des Prés"
            " (htanguy56@gmail.com) ? Je cherche des œufs.",
            Party("Hélène Tanguy", "htanguy56@gmail.com"),
        ),
        (
            "Could you put me in touch with Ruth Penrose from the Trelowarren Mill"
            " (mill.trelowarren@btinternet.example)? I need stoneground flour.",
            Party("Ruth Penrose", "mill.trelowarren@btinternet.example"),
        ),
        (
            "Could you introduce me to Dan Okafor from the Riverside Boxing Club"
            " (coach.rbc@gmail.com)? My son wants to train.",
            Party("Dan Okafor", "coach.rbc@gmail.com"),
        ),
        (
            "Could you introduce me to Dan Okafor from the Riverside Foundation"
            " (dokafor77@gmail.com)? We need a sponsor.",
            Party("Dan Okafor", "dokafor77@gmail.com"),
        ),
        (
            "¿Podrías presentarme al Sr. Tomás Herrero del Molino de Valdeolmos"
            " (molinovaldeolmos@gmail.com)? Busco harina de espelta.",
            Party("Tomás Herrero", "molinovaldeolmos@gmail.com"),
        ),
        (
            "Könnten Sie mich mit Herrn Jonas Keller vom Hof Sonnleiten"
            " (hof.sonnleiten@gmx.example) bekannt machen? Ich suche Heu.",
            Party("Jonas Keller", "hof.sonnleiten@gmx.example"),
        ),
        (
            "Poderia apresentar-me à Dona Rosa Pinto da Moagem do Vale"
            " (moagem.vale@sapo.example)? Procuro farinha de milho.",
            Party("Rosa Pinto", "moagem.vale@sapo.example"),
        ),
        (
            "Tafadhali nitambulishe kwa Bi. Amina wa Kiwanda cha Sabuni"
            " (sabuni.amina@gmail.com). Natafuta sabuni ya jumla.",
            Party("Amina", "sabuni.amina@gmail.com"),
        ),
        (
            "Tafadhali nitambulishe kwa Bw. Juma Said wa Kinu cha Unga"
            " (kinu.tengeru@gmail.com). Natafuta unga.",
            Party("Juma Said", "kinu.tengeru@gmail.com"),
        ),
    ],
)
def test_premises_after_a_particle_are_where_one_works(text: str, b: Party) -> None:
    assert confident_b(text) == b


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Pourriez-vous me présenter à Jean de La Fontaine (jean.lafontaine@fables.example) ?",
            Party("Jean de La Fontaine", "jean.lafontaine@fables.example"),
        ),
        (
            "Pourriez-vous me présenter à Guy du Moulin (guy.dumoulin@gmail.com) ?",
            Party("Guy du Moulin", "guy.dumoulin@gmail.com"),
        ),
        (
            "¿Podrías presentarme a Pilar Gómez del Molino (pilar.gm@gmail.com)?",
            Party("Pilar Gómez del Molino", "pilar.gm@gmail.com"),
        ),
        (
            "¿Podrías presentarme a Pilar Gómez del Molino de Soria (pgomezdelmolino@gmail.com)?",
            Party("Pilar Gómez del Molino", "pgomezdelmolino@gmail.com"),
        ),
        (
            "¿Podrías presentarme a María García de la Torre (mgt.arq@gmail.com)?",
            Party("María García de la Torre", "mgt.arq@gmail.com"),
        ),
        (
            "Poderia apresentar-me à Maria da Silva (maria.silva@correio.example)?",
            Party("Maria da Silva", "maria.silva@correio.example"),
        ),
        (
            "Könnten Sie mich mit Ursula von der Leyen (ursula@leyen.example) bekannt machen?",
            Party("Ursula von der Leyen", "ursula@leyen.example"),
        ),
        (
            "Tafadhali nitambulishe kwa Ngugi wa Thiong'o (ngugi@vitabu.example).",
            Party("Ngugi wa Thiong'o", "ngugi@vitabu.example"),
        ),
    ],
)
def test_a_surname_after_a_particle_is_kept(text: str, b: Party) -> None:
    result = understand(text)
    assert result.b == b
