"""Beside a yes, "already" in the writer's past work told with a count ("Yes, definitely!
I've illustrated two gardening titles already, happy to send him my portfolio.") is
experience, not the doubt of "I already know him" or "I already have an accountant":
the writer's perfect, a participle and one of the tallies after it, in a clause that
holds none of the held_verbs, nothing about the introduction, no condition, question
or negation. What the writer already has, told in the perfect ("I've already found an
accountant", "I've already got two accountants"), still doubts, as small talk too. The
other languages hold no bare "already" among their hedges: their past work told
("J'ai déjà illustré deux livres") doubted nothing before. A consequence drawn right
after the "already" ("so", "therefore") ends its clause where dictated or hurried text
runs on unpunctuated ("... two restaurants on Belgrave Road already so no problem")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

WORK = [
    "Yes, definitely! I've illustrated two gardening titles already, happy to send him my"
    " portfolio.",
    "Happy to! I've done several of these projects already.",
    "Yes please. We have designed dozens of these kitchens already, so glad to help.",
    "Sure, go ahead - I have translated 12 novels already.",
    "Oui, volontiers ! J'ai déjà illustré deux livres de jardinage, je peux lui envoyer mon"
    " portfolio.",
    "Sí, claro. Ya he ilustrado dos libros de jardinería, le envío mi portafolio.",
    "Ja, gern! Ich habe schon zwei Gartenbücher illustriert, ich schicke ihm mein Portfolio.",
    "Sim, claro! Já ilustrei dois livros de jardinagem, posso enviar meu portfólio.",
    "Ndiyo kabisa! Nimeshachora vitabu viwili vya bustani, nitamtumia kazi zangu.",
]


RUN_ON = [
    "Yes please connect me. I have done three phase for two restaurants on Belgrave Road"
    " already so no problem",
    "Yes please connect me with face all. I have done three phase for two restaurants on"
    " Belgrave Road already so no problem comma the extract is no problem either.",
    "Sure, go ahead. I've fitted dozens of these kitchens already so happy to help.",
    "Happy to. I've done several of these already therefore no worries.",
]


@pytest.mark.parametrize("text", RUN_ON)
def test_past_work_run_on_to_a_consequence_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


RUN_ON_DOUBTS = [
    "Yes please. I've met him twice already so no problem.",
    "Yes please. I've hired two electricians already so no need.",
    "Yes. I've wired two restaurants already so I'm not sure he needs me.",
    "Yes. I've already got two electricians so fine.",
    "Yes. I've done two already so if he pays, fine.",
]


@pytest.mark.parametrize("text", RUN_ON_DOUBTS)
def test_what_the_writer_has_run_on_still_doubts(text: str) -> None:
    assert classify_text(text) in ("unclear", "no")


@pytest.mark.parametrize("text", WORK)
def test_past_work_counted_beside_a_yes_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTS = [
    "I already know him.",
    "Yes. I already know him.",
    "Yes, but I already have an accountant.",
    "Yes. I already have an accountant.",
    "Yes. I've already got two accountants.",
    "Yes. I've already got an accountant.",
    "Yes. I've already found an accountant.",
    "Yes. We've already signed two illustrators.",
    "Yes. I've already met him twice.",
    "Yes, I've already hired two designers.",
    "Sure. I've already talked to two of his colleagues.",
    "Yes. I've already done two intros like this.",
    "Yes? I've illustrated two titles already.",
    "Maybe. I've illustrated two titles already.",
    "Yes, if I haven't done two already.",
    "Yes, I've illustrated two titles already, but I'm not taking new work.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_already_having_it_or_a_doubt_is_no_yes(text: str) -> None:
    assert classify_text(text) in ("unclear", "no")
