"""Having met already and needing no introduction ("We've already met, no need", "Die
Vorstellung brauchen wir also nicht", "Hakuna haja ya utambulisho") declines it, in the
six languages: a noun written with a capital before a refusal that holds the writer as
its subject is no one else's refusal. The reassurances built on the same words ("no
need to wait for me", "hakuna haja ya haraka") keep a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        "We've already met, no need.",
        "Thanks, but we've already met. No need for an intro.",
        "On s'est déjà rencontrés, pas besoin.",
        "Merci, mais nous nous connaissons déjà. Pas besoin de présentation.",
        "Ya nos conocemos, no hace falta.",
        "Gracias, pero ya nos conocemos. No hace falta la presentación.",
        "Já nos conhecemos, não precisa.",
        "Obrigado, mas já nos conhecemos. Não precisa de apresentação.",
        "Wir kennen uns schon, brauchen wir nicht.",
        "Wir kennen uns schon. Die Vorstellung brauchen wir nicht.",
        "Wir haben uns schon getroffen - passt gerade eh nicht. Die Vorstellung brauchen "
        "wir also nicht.",
        "Tumeshakutana, hakuna haja.",
        "Asante, lakini tumeshakutana naye mara kadhaa. Hakuna haja ya utambulisho.",
    ],
)
def test_already_met_and_no_need_is_no(text: str) -> None:
    assert classify_text(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Ndiyo, tafadhali nitambulishe. Hakuna haja ya kunisubiri.",
        "Ndiyo, nitafurahi. Hakuna haja ya kuniuliza tena.",
        "Ndiyo, nitambulishe. Hakuna haja ya haraka.",
        "Yes please, go ahead. No need to wait for me.",
    ],
)
def test_no_need_to_wait_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # Someone else named as the subject still refuses only for themselves.
        "Marc n'est plus chez nous.",
        "Leider arbeitet Herr Huber nicht mehr bei uns.",
        "Die Kollegin braucht das nicht.",
    ],
)
def test_anothers_refusal_stays_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"
