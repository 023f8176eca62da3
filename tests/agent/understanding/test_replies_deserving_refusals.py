"""Polite refusals without a plain no: the other deserving someone the writer cannot be
("Tom deserves someone who can actually show up"), a yes said only to be broken ("if I
say yes and then cannot give the time") and asking that the other not be troubled with
the writer ("best you do not trouble him with me"). Something the reader chose not
available ("the handles you selected are not available") is news of another order and
refuses nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "I'd genuinely love to. But I'm joining a ship for a seven-month contract. Tom deserves"
        " someone who can actually show up for those conversations.",
        "J'adorerais, mais je pars en mer sept mois. Paul mérite quelqu'un qui puisse vraiment"
        " être là.",
        "Me encantaría, pero me embarco siete meses. Tomás merece alguien que pueda estar"
        " presente.",
        "Sehr gern, aber ich bin sieben Monate auf See. Tom verdient jemanden, der wirklich da"
        " sein kann.",
        "Adoraria, mas vou embarcar por sete meses. O Tomás merece alguém que possa estar"
        " presente.",
        "Ningependa, lakini nitakuwa baharini miezi saba. Tomasi anastahili mtu ambaye anaweza"
        " kuwepo.",
    ],
)
def test_the_other_deserving_someone_else_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "It would not be fair to him if I say yes and then cannot give the time. So I think it"
        " is best you do not trouble him with me.",
        "Ce ne serait pas juste si je dis oui et qu'ensuite je ne peux pas lui donner le temps.",
        "No sería justo si digo que sí y luego no puedo darle el tiempo.",
        "Es wäre nicht fair, wenn ich ja sage und dann nicht die Zeit habe.",
        "Não seria justo se eu disser sim e depois não conseguir dar o tempo.",
        "Si haki nikisema ndiyo kisha nishindwe kumpa muda.",
        "I hope you understand. It is best you do not trouble him with me.",
    ],
)
def test_a_yes_said_only_to_be_broken_refuses(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Also the handles you selected are not available, I sent photos of others.", "unclear"),
        ("Os puxadores que escolheu não estão disponíveis.", "unclear"),
        ("The handles you selected are not available. Yes, happy to meet him.", "yes"),
        # The writer's own unavailability still refuses.
        ("The handles you selected are not available, and I am not available either.", "no"),
        ("Sorry, I am not available.", "no"),
        # Deserving someone beside a yes of the writer's own leaves it unclear.
        ("Yes, happy to. She deserves someone who can help her.", "unclear"),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
