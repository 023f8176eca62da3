"""An ask for more people of the kind of someone met names no one to meet
(``agent/understanding/request_alike.py``): under thanks for an intro made, "I'd love to
meet more people like him one day" asks nothing, in every language; with a plea
("Could you put me in touch with more people like him?") it still asks, of no one named,
and its "him" is never the one met, copied on the mail. An ask naming someone beside the
people alike, or writing an address, is read as ever."""

from __future__ import annotations

import pytest

from agent.understanding.request_alike import asked_alike
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.requests import load_rules
from tests.agent.understanding.test_requests import understand

MET = "Tomás Reyes <tomas@reyes.example>"
THREAD = {
    "cc": MET,
    "subject": "Re: Introduction: Ann Lee <> Tomás Reyes",
    "headers": {"In-Reply-To": "<intro.5e1f00aa@introbot.net>"},
}

WISHES = [
    "Many thanks for putting us in touch, Tomás and I spoke for an hour yesterday. I"
    " would love to meet more people like him one day.",
    "Merci mille fois pour la mise en relation, nous avons parlé une heure hier. Je serais"
    " ravie de rencontrer d'autres personnes comme lui un jour.",
    "Mil gracias por ponernos en contacto, ayer hablamos una hora. Me gustaría conocer a más"
    " personas como él algún día.",
    "Herzlichen Dank für die Vorstellung, wir haben gestern eine Stunde gesprochen. Ich"
    " würde irgendwann gern mehr Menschen wie ihn kennenlernen.",
    "Muito obrigada pela apresentação, falámos uma hora ontem. Gostava de conhecer mais"
    " pessoas como ele um dia.",
    "Asante sana kwa kutuunganisha, tuliongea kwa saa moja jana. Ningependa kukutana na"
    " watu zaidi kama yeye siku moja.",
]


@pytest.mark.parametrize("said", WISHES)
def test_a_wish_for_more_people_alike_after_thanks_asks_nothing(said: str) -> None:
    result = understand(f"Hi all,\n\n{said}\n\nAnn", **THREAD)
    assert result.kind == "not_a_request"


PLEAS = [
    "Thanks again! Could you put me in touch with more people like him?",
    "Merci encore ! Pouvez-vous me présenter d'autres personnes comme lui ?",
    "¡Gracias otra vez! ¿Podrías presentarme a más personas como él?",
    "Nochmals danke! Könnten Sie mich mit mehr Leuten wie ihm bekannt machen?",
    "Obrigada outra vez! Pode apresentar-me a mais pessoas como ele?",
    "Asante tena! Tafadhali nitambulishe kwa watu zaidi kama yeye.",
]


@pytest.mark.parametrize("said", PLEAS)
def test_a_plea_for_more_people_alike_asks_of_no_one_named(said: str) -> None:
    result = understand(f"Hi,\n\n{said}\n\nAnn", **THREAD)
    # The one met, copied, is no party: the writer is asked whom they mean.
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (None, None)
    assert not result.confident


def test_someone_named_beside_the_people_alike_is_still_asked_for() -> None:
    result = understand(
        "Hi,\n\nThanks! Please introduce me to Carol Diaz and more people like her.\n\nAnn",
        **THREAD,
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Carol Diaz", None)


def test_an_ask_with_an_address_beside_people_alike_is_read_as_ever() -> None:
    result = understand(
        "Hi,\n\nThanks! Could you introduce me to more people like Tomás, for instance Ana"
        " Ruiz (ana@ruiz.example)?\n\nAnn",
        **THREAD,
    )
    assert result.kind == "intro_request"


def test_a_plea_for_someone_like_one_named_is_untouched() -> None:
    # "someone like" asks for one person still to find, as before: asked about.
    result = understand("Could you introduce me to someone like Tomás Reyes?")
    assert result.kind == "intro_request"
    assert not result.confident


def test_people_alike_far_from_the_ask_are_not_governed_by_it() -> None:
    rules = load_rules()
    text = "Please introduce me to Carol Diaz, we need more people like her."
    items = tokenize(text, rules)
    bounds = [(0, len(items))]
    assert asked_alike(text.casefold(), items, bounds, rules) == (set(), False)
    wish = "I would love to meet more people like this."
    items = tokenize(wish, rules)
    assert asked_alike(wish.casefold(), items, [(0, len(items))], rules) == ({0}, False)
