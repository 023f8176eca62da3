"""Swahili "kama" is "if" and also "like": a likeness ("kama hiyo", "kama hizo") after a
word of its clause, closing it or before a place word ("huko") or a place named
("Kasarani"), compares and sets no condition. Followed by a verb ("kama hiyo ni sawa",
"kama hiyo inakufaa") or opening its clause ("Ndiyo, kama hiyo.") it may be a condition
and still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text, read_answer

CASES = [
    (
        "Ndiyo, nitafurahi sana kumfahamu Neema. Tumekuwa tukitafuta miradi kama hiyo "
        "huko Arusha. Tafadhali endelea.",
        "yes",
    ),
    ("Ndiyo, nitafurahi. Tunatafuta miradi kama hiyo.", "yes"),
    ("Sawa, endelea. Tuna wateja kama hao hapa.", "yes"),
    # A condition after all: a verb follows, or the likeness opens its clause.
    ("Ndiyo, nitafurahi, kama hiyo ni sawa kwako.", "unclear"),
    ("Ndiyo, kama hiyo inakufaa.", "unclear"),
    ("Ndiyo, kama hiyo.", "unclear"),
    ("Ndiyo. Kama hiyo ni kweli, nitafurahi.", "unclear"),
    ("Ndiyo, nitafurahi kama yeye ni mtafiti.", "unclear"),
    ("Ndiyo, tunatafuta miradi kama hiyo, kama ana muda.", "unclear"),
    ("Hapana, hatufanyi miradi kama hiyo.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_kama_of_likeness_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A place named with a capital stands where "huko" would; a person the mail names does not.
NAMED_PLACES = [
    (
        "Poa sana, niko ready. Mwambie Otieno anipigie tu. Nimefanya wiring ya apartments "
        "kama hizo Kasarani last year.",
        "yes",
    ),
    ("Ndiyo, nitafurahi. Tumefanya kazi kama hiyo Mombasa mwaka jana.", "yes"),
    ("Sawa, endelea. Tuna wateja kama hao Nakuru.", "yes"),
    # A person named, a day or a verb after the likeness: it may still be a condition.
    ("Ndiyo, nitafurahi. Tuna wateja kama hao Otieno anao.", "unclear"),
    ("Ndiyo, kama hiyo Jumamosi inafaa.", "unclear"),
    ("Ndiyo, kama hiyo ni sawa kwa Otieno.", "unclear"),
    ("Ndiyo, Kama hiyo Mombasa.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NAMED_PLACES)
def test_kama_before_a_named_place_is_no_condition(text: str, answer: str) -> None:
    assert read_answer(text, frozenset({"otieno", "odhiambo"}), "Otieno Odhiambo")[0] == answer


# An emoji after the likeness closes its clause as a stop does; "kama hivi", "kama
# hivyo" ("like this") compare as "kama hiyo" does.
EMOJI_CLOSED = [
    ("Sawa kabisa, niko down. Nimekua nikingoja gig kama hii 🙌🏾", "yes"),
    ("Ndiyo, nitafurahi. Nimekuwa nikisubiri kazi kama hivi 🔥", "yes"),
    ("Ndiyo, nitafurahi. Tunatafuta miradi kama hivyo.", "yes"),
    # Opening its clause, or going on with a verb, it may still be a condition.
    ("Ndiyo, kama hiyo 🙌🏾", "unclear"),
    ("Ndiyo, kama hivyo.", "unclear"),
    ("Ndiyo, kama hivyo ni sawa kwako 🙏", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), EMOJI_CLOSED)
def test_kama_closed_by_an_emoji_is_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "kama" right after a verb of being used, serving or known says "as"; before a word that
# goes on as a verb it is still "if".
ROLE_USES = [
    ("Ndiyo, nitafurahi. Tuna chumba ambacho kinaweza kutumika kama maabara.", "yes"),
    ("Ndiyo, nitafurahi. Alihudumu kama mwalimu mkuu kwa miaka kumi.", "yes"),
    ("Sawa, endelea. Anajulikana kama mkulima hodari.", "yes"),
    ("Ndiyo, tumika kama unataka.", "unclear"),
    ("Ndiyo, kinaweza kutumika kama ni sawa.", "unclear"),
    ("Ndiyo, nitafurahi kama anataka.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), ROLE_USES)
def test_kama_after_a_verb_of_use_is_as(text: str, answer: str) -> None:
    assert classify_text(text) == answer
