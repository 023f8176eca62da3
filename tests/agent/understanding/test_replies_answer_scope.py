"""What an answer word bears on: a "no" before a noun refuses nothing, and a correction
decides for what follows it."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

DETERMINER_NO = [
    # A bare "no" inside a clause, before a noun, is a determiner, not the answer.
    ("She's on a silent retreat with no phone until Sunday.", "unclear"),
    ("I'm travelling with no wifi until Monday, will read it properly then.", "unclear"),
    ("We have no signal up here at the cabin.", "unclear"),
    # The other languages' determiners are no answer words.
    ("Je suis en retraite, pas de réseau jusqu'à dimanche.", "unclear"),
    ("Estoy en el campo, sin cobertura hasta el lunes.", "unclear"),
    ("Ich bin im Urlaub, kein Netz bis Sonntag.", "unclear"),
    ("Estou sem sinal até domingo.", "unclear"),
    ("Niko safarini, hakuna mtandao.", "unclear"),
    # A "no" opening or closing its clause, or before what a refusing "no" takes, refuses.
    ("No, thanks.", "no"),
    ("No thanks.", "no"),
    ("No. Not interested.", "no"),
    ("Sorry, no.", "no"),
    ("No sorry", "no"),
    ("No I can't.", "no"),
    ("I'll have to say no to this one.", "no"),
    ("It's a no from me.", "no"),
    ("Yes I saw this, but no thnaks.", "no"),
    ("The answer is no.", "no"),
    # A refusing noun after "no" is a refusal of its own.
    ("We're not hiring so there's no point.", "no"),
    ("I have no desire to meet him.", "no"),
    ("I've got no appetite for new intros.", "no"),
    # A "no" closing its line, or before an emoji, determines nothing: it refuses.
    ("lol no 😂😂", "no"),
    ("lol no\nTell Segun I said hi", "no"),
    ("mdr non 😂\nDis bonjour à Paul", "no"),
    ("jajaja no\nSaludos a Juan", "no"),
    ("kkkk não\nmanda um abraço pro Thiago", "no"),
    # Beside a yes it restricts the yes, as before.
    ("Yes, but no calls please.", "unclear"),
    ("I'm on a retreat with no phone until Sunday. Yes, happy to.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), DETERMINER_NO)
def test_a_no_before_a_noun_refuses_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


CORRECTIONS = [
    # A correction marker right before a refusal word takes back the yes before it.
    ("Yes - actually no, sorry. I sit on the panel, so I shouldn't meet her.", "no"),
    ("Oui. En fait non, désolée.", "no"),
    ("Sí. En realidad no, lo siento.", "no"),
    ("Ja - eigentlich nein, tut mir leid.", "no"),
    ("Sim, na verdade não, desculpa.", "no"),
    ("Ndiyo - kwa kweli hapana, samahani.", "no"),
    # A first inclination told in the past is left for what follows it.
    (
        "Honestly my first instinct was to say no, December is a nightmare. But his work"
        " is exactly what we need, so yes, please introduce us.",
        "yes",
    ),
    ("J'allais dire non, mais finalement oui, mettez-nous en contact.", "yes"),
    ("Iba a decir que no, pero sí, preséntanos.", "yes"),
    ("Ich wollte erst nein sagen, aber ja, stell uns gerne vor.", "yes"),
    ("Eu ia dizer não, mas sim, pode apresentar.", "yes"),
    ("Nilitaka kusema hapana, lakini ndiyo, nitambulishe.", "yes"),
    ("I was going to say yes, but I can't.", "no"),
    # Near-misses: a present inclination still refuses, a correction toward yes or one
    # that hesitates is not read so, and a marker before a yes phrase corrects nothing.
    ("My first instinct is to say no, sorry.", "no"),
    ("My first instinct is to say no, but happy to hear more.", "unclear"),
    ("Maybe later. Actually, yes, go ahead now.", "unclear"),
    ("No - actually yes. Please introduce us.", "unclear"),
    ("Yes. Actually no. Let me think.", "unclear"),
    ("Sure - actually, no, wait, maybe.", "unclear"),
    ("Yes, actually no problem at all.", "yes"),
    ("Actually no.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CORRECTIONS)
def test_a_correction_decides_for_what_follows_it(text: str, answer: str) -> None:
    assert classify_text(text) == answer


JEST = [
    # A question in jest before a yes in a later sentence leans to the yes.
    ("Are you kidding? Of course! I've wanted to meet her for years. Please do.", "yes"),
    ("¿Es broma? ¡Claro que sí!", "yes"),
    ("Tu plaisantes ? Bien sûr !", "yes"),
    ("Machst du Witze? Natürlich!", "yes"),
    ("Tá brincando? Claro!", "yes"),
    ("Unatania? Ndiyo kabisa, nitambulishe!", "yes"),
    # Near-misses: alone, before a refusal, another question, a condition or praise that
    # may mock, it is read as before.
    ("Are you kidding?", "unclear"),
    ("Are you kidding? No way.", "unclear"),
    ("Are you kidding? Another vendor intro?", "unclear"),
    ("Are you kidding me? Great, another vendor intro.", "unclear"),
    ("Machst du Witze? Toll, noch ein Verkäufer.", "unclear"),
    ("Are you kidding? Of course, if she's not a recruiter.", "unclear"),
    ("¿Es broma? Claro, como si tuviera tiempo.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), JEST)
def test_a_question_in_jest_before_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
