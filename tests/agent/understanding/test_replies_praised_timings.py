"""A later time that only names what the writer is busy with now ("next year's
programme"), in a sentence after a yes that praises the timing ("the timing is great"),
tells why now suits and puts nothing off: the reply is yes. A later time that times the
yes itself ("maybe next year", "we can do it next year", "not before next year"), or
one in a clause that waits or limits, still puts it off."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PRAISED = [
    "Yes please - great timing, we're finalising next year's training calendar this month.",
    "Yes! Perfect timing, I'm putting together next year's speaker list.",
    "Oui, avec plaisir, ça tombe à pic : on boucle le budget de l'année prochaine.",
    "Sí, claro, el momento es ideal, estamos cerrando el calendario del próximo año.",
    "Ja, gern - das passt zeitlich gut, wir stellen gerade den Plan für nächstes Jahr auf.",
    "Sim, com certeza, vem mesmo a calhar, estamos a fechar o orçamento do ano que vem.",
    "Ndiyo, muda ni mzuri, tunaandaa mpango ya mwaka ujao.",
]


@pytest.mark.parametrize("text", PRAISED)
def test_a_later_time_naming_current_work_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_PUT_OFF = [
    # The later time times the yes.
    "Yes, maybe next year.",
    "Yes, not before next year.",
    "Yes, perfect timing, we can do it next year.",
    "Yes, great timing, but let's talk next year.",
    "Yes, great timing, next year's better.",
    "Oui, ça tombe bien, on en reparle l'année prochaine.",
    "Oui, ça tombe bien, je suis libre au début de l'année prochaine.",
    "Ja, das passt zeitlich perfekt, wir planen es für nächstes Jahr.",
    # The clause waits or limits.
    "Yes, perfect timing, we're waiting for next year's budget first.",
    "Yes, great timing, we can only start with next year's intake.",
    "Ndiyo, wakati ni mwafaka, tunasubiri bajeti ya mwaka ujao.",
    # No praise of the timing.
    "Yes, we're planning next year's programme now.",
]


@pytest.mark.parametrize("text", STILL_PUT_OFF)
def test_a_later_time_that_times_the_yes_still_puts_it_off(text: str) -> None:
    assert classify_text(text) != "yes"
