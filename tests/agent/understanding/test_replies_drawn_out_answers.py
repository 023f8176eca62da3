"""An answer word drawn out in delight or shouting ("SIMMMM", "ouiiii", "jaaaa", "noooo")
is the word it draws out, wherever it stands, so that a yes shouted and then taken back
("SIMMMM 🔥🔥🔥 / pera, é aquela bet ...? ... passo") is read as taken back. Laughter of
one letter ("kkkk"), a drawn-out hesitation ("hmmm") and a word that draws out no answer
("Sooo") answer nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

DRAWN_OUT = [
    ("YESSSS, go ahead!", "yes"),
    ("Ouiiii avec plaisir !", "yes"),
    ("Siiii, claro", "yes"),
    ("Jaaaa, gerne!", "yes"),
    ("SIMMMM 🔥🔥🔥", "yes"),
    ("ndiyooo", "yes"),
    ("sííííí", "yes"),
    ("noooo", "no"),
    ("nããão", "no"),
    # Near misses: laughter, hesitation and words that draw out no answer.
    ("kkkk", "unclear"),
    ("hmmm", "unclear"),
    ("Sooo, who is she?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), DRAWN_OUT)
def test_a_drawn_out_answer_word_answers_as_the_word(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "SIMMMM 🔥🔥🔥\n\npera, é aquela bet que patrocina o campeonato? vi agora no linkedin "
        "dela. aí não dá mano, minha mãe me mata e eu não quero meu nome ligado a bet. foi "
        "mal, passo 🙏",
        "YESSSS 🔥\n\nwait, is this the Amanda from that betting company? just saw her "
        "linkedin. no way, my mum would kill me, I'll pass 🙏",
        "OUIIII 🔥\n\nattends, c'est la Amanda de la boîte de paris sportifs ? je viens de "
        "voir son linkedin. non merci, je passe 🙏",
        "¡SIIII! 🔥\n\nespera, ¿es la Amanda de la casa de apuestas? acabo de ver su linkedin. "
        "no, gracias, paso 🙏",
        "JAAAA 🔥\n\nwarte, ist das die Amanda von der Wettfirma? hab grad ihr linkedin "
        "gesehen. nee, lass mal 🙏",
        "NDIYOOO 🔥\n\nngoja, ni yule Amanda wa kampuni ya kamari? nimeona linkedin yake "
        "sasa hivi. hapana bana 🙏",
    ],
)
def test_a_drawn_out_yes_taken_back_after_a_pause_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("drawn:") for e in evidence)
