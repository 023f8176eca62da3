"""A yes word that is also a copula (Swahili "ndiyo", "it is") says nothing between two
words of its clause: "Hapana, asante. Jioni ndiyo wakati wangu pekee wa kupumzika"
refuses. Opening or closing its clause, or before another yes, it still answers; the
yes words of the other languages are read as they were (German "ja" inside a sentence
is a weak yes already)."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

COPULA_YES = [
    # The copula between two words: the refusal stands.
    ("Hapana, asante. Jioni ndiyo wakati wangu pekee wa kupumzika.", "no"),
    ("Hapana asante, mwezi huu ndio kipindi kigumu zaidi kazini.", "no"),
    ("Samahani, siwezi. Kazi hii ndiyo kipaumbele changu sasa.", "no"),
    # A copula and nothing else that answers: nothing said.
    ("Hiyo ndiyo sababu nimekuandikia.", "unclear"),
    # Near-misses: "ndiyo" opening or closing its clause, or before a yes, answers.
    ("Ndiyo, nakubali.", "yes"),
    ("Ndiyo tafadhali, nitafurahi kumfahamu.", "yes"),
    ("Jibu langu ni ndiyo.", "yes"),
    ("Asante kwa kunifikiria, ndiyo.", "yes"),
    ("Jibu ni ndio kabisa.", "yes"),
    # A copula beside a yes of its own leaves the yes standing.
    ("Ndiyo, tafadhali. Jioni ndiyo wakati mzuri wa kunipigia.", "yes"),
    # The other languages' yeses read as before.
    ("Yes, my answer is yes.", "yes"),
    ("Das ist ja eine schöne Idee, gerne.", "yes"),
    ("Oui, c'est oui pour moi.", "yes"),
    ("Sí, mi respuesta es sí.", "yes"),
    ("Sim, a resposta é sim.", "yes"),
    ("No, thanks. Weekends are the only time I have with my kids.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), COPULA_YES)
def test_a_copula_yes_between_words_says_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
