"""A willingness "in principle" followed by a plain "it is not possible now" refuses: the
principle is a courtesy, the impossibility the answer ("In principle yes, but right now
it really isn't possible", "Grundsätzlich gerne, aber momentan geht es wirklich nicht").
The impossibility said with "really" ("it really isn't possible", "geht es wirklich
nicht", "ça ne va vraiment pas être possible", "kweli haiwezekani") refuses as the plain
one does. A yes in principle that only waits for a check ("Yes in principle, but let me
check my diary") stays unclear, and the same words going on in their clause ("It really
isn't possible to say no to her", "Es geht wirklich nicht um Geld") refuse nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REFUSED_NOW = [
    ("In principle yes, but right now it really isn't possible.", "no"),
    ("In principle I'd be glad to, but at present it's really not possible. Sorry!", "no"),
    ("Happy to in principle, though this month that really isn't possible.", "no"),
    ("En principe oui, mais là ce n'est vraiment pas possible.", "no"),
    ("En principe volontiers, mais pour l'instant ça ne va vraiment pas être possible.", "no"),
    ("En principio sí, pero ahora mismo de verdad que no es posible.", "no"),
    ("Em princípio sim, mas agora não é mesmo possível.", "no"),
    ("Grundsätzlich gerne, aber derzeit geht das wirklich nicht. Die Baustelle!", "no"),
    ("Im Prinzip gern, aber diesen Monat geht es echt nicht.", "no"),
    ("Grundsätzlich ja, aber gerade geht es einfach nicht.", "no"),
    ("Kimsingi ningependa, lakini kwa sasa kweli haiwezekani.", "no"),
    ("Kimsingi ndiyo, lakini mwezi huu kwa kweli haiwezekani.", "no"),
]

NEAR_MISSES = [
    # A yes in principle that waits for a check of the diary still waits.
    ("Yes in principle, but let me check my diary.", "unclear"),
    ("In principle yes, but I need to look at my calendar first.", "unclear"),
    ("Grundsätzlich ja, aber ich schaue erst in meinen Kalender.", "unclear"),
    ("En principe oui, mais je dois vérifier mon agenda.", "unclear"),
    # The same words going on in their clause say something else.
    ("Ja gerne! Es geht wirklich nicht um Geld, keine Sorge.", "yes"),
    ("Geht es wirklich nicht anders? Dann gerne.", "unclear"),
    ("Yes! It really isn't possible to say no to Ana.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REFUSED_NOW)
def test_impossible_now_after_a_yes_in_principle_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), NEAR_MISSES)
def test_waiting_principles_and_words_going_on_read_as_before(text: str, answer: str) -> None:
    assert classify_text(text) == answer
