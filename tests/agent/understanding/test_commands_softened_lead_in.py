"""A bare "drop it" said after a softener and the politeness that may open a command
("donc vous pouvez laisser tomber", "anyway you can drop it", "entonces puedes
olvidarlo", "Sie können es also sein lassen", "então pode deixar pra lá", "kwa hiyo
unaweza kuliacha") cancels the thread's intro as the bare cancel alone does. Anything
after it ("... laisser tomber le rendez-vous de mardi"), a hold ("until next week") or an
ask makes it none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

THREAD = "<intro.5f2a9c.1773748801@intro.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nFinalement on s'est croisés hier au salon et on a échangé nos cartes, "
        "donc vous pouvez laisser tomber. Merci quand même !\n\nAnne-Sophie",
        "We bumped into each other at the fair, anyway you can drop it. Thanks!",
        "Nos vimos ayer, así que pueden dejarlo. Gracias",
        "Nos vimos ayer. Entonces puedes olvidarlo. Gracias",
        "Wir haben uns gestern getroffen, Sie können es also sein lassen. Danke",
        "A gente se encontrou ontem, então pode deixar pra lá. Obrigada",
        "A gente se encontrou ontem, por isso podem esquecer. Obrigada",
        "Tumeonana jana, kwa hiyo unaweza kuliacha. Asante",
    ],
)
def test_softened_plea_to_drop_it_cancels_the_thread(body: str) -> None:
    result = understand(body, subject="Re: Introduction", headers={"In-Reply-To": THREAD})
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context == "thread"


@pytest.mark.parametrize(
    "body",
    [
        "On s'est vus hier, donc vous pouvez laisser tomber le rendez-vous de mardi. Merci",
        "We met at the fair, anyway you can drop it until next week. Thanks",
        "Donc vous pouvez me présenter à Karim Benali (karim@terres.example). Merci",
    ],
)
def test_anything_after_it_a_hold_or_an_ask_cancels_nothing(body: str) -> None:
    result = understand(body, subject="Re: Introduction", headers={"In-Reply-To": THREAD})
    assert result.command != "cancel"
