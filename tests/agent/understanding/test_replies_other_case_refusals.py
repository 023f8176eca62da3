"""A yes on one condition, then a refusal for the other case ("Yes, but on one
condition: he signs our NDA first. If he won't sign, I'll have to decline."), leaves the
reply unclear in every language: the Portuguese "if not" ("Se não assinar, ...") opens a
condition as "se" does, and Swahili says the condition inside the verb of the one asked
about ("asipokubali", "if he does not agree"; "akisaini", "if he signs"): the negated
ones read as "if" is, and both open the other case. A plain refusal, and a yes beside
a "-ki-" form that offers ("akitaka kupiga simu"), read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

OTHER_CASE = [
    "Yes, I can meet him, but on one condition: he signs our NDA first. If he won't sign,"
    " I'll have to decline.",
    "Oui, je peux le rencontrer, mais à une condition : qu'il signe d'abord notre NDA."
    " S'il refuse, je devrai décliner.",
    "Sí, puedo reunirme con él, pero con una condición: que firme antes nuestro NDA."
    " Si no firma, tendré que decir que no.",
    "Ja, ich kann ihn treffen, aber unter einer Bedingung: Er unterschreibt zuerst unser"
    " NDA. Wenn nicht, muss ich ablehnen.",
    "Sim, posso encontrá-lo, mas com uma condição: que assine primeiro o nosso NDA."
    " Se não assinar, terei de recusar.",
    "Ndiyo, ninaweza kukutana naye, ila kwa sharti moja: asaini kwanza mkataba wa usiri."
    " Asipokubali kusaini, basi itabidi nikatae.",
    "Ndiyo, ninaweza kukutana naye. Asiposaini mkataba, sitakutana naye.",
    "Ndiyo, ninaweza kukutana naye. Akikataa kusaini mkataba, itabidi nikatae.",
    "Ndiyo. Wasipokubali masharti yangu, nitakataa.",
    "Akisaini, sawa. Asiposaini, hapana.",
]

AS_BEFORE = [
    ("Hapana, asante. Sitaki kukutana naye.", "no"),
    ("Não, obrigado. Não tenho interesse.", "no"),
    ("Ndiyo, nitafurahi. Akitaka kupiga simu, namba yangu ni 0712 345 678.", "yes"),
    # A "-ki-" form also says "while" and offers: a hedge only beside a refusal.
    ("Ndiyo, sawa. Jioni ni bora akitaka kupiga simu.", "yes"),
    # "akiwa" ("while he is") and "akili" ("mind") have no stem long enough for a verb.
    ("Ndiyo, nitafurahi kukutana naye. Ana akili sana.", "yes"),
    ("Sim, com prazer. Se não me engano, ele já me escreveu.", "yes"),
]


@pytest.mark.parametrize("text", OTHER_CASE)
def test_a_refusal_for_the_other_case_leaves_the_reply_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(("text", "answer"), AS_BEFORE)
def test_plain_answers_and_read_phrases_keep_their_reading(text: str, answer: str) -> None:
    assert classify_text(text) == answer
