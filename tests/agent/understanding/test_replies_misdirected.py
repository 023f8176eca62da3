"""A note that what the writer sent went astray (meant for someone else, the wrong
window or thread, sent by mistake or too soon, or to be ignored) takes back the yes
before it: what follows it answers, and a promise to answer later answers nothing."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes!! 7:30 is perfect, I'll bring the wine 🍷 See you Thursday xx\n\n"
        "Ugh, sorry - that was meant for my sister, wrong window. I'll look at your actual"
        " question properly tonight.",
        "Yes, see you at 8! Ignore that, wrong thread.",
        "Sure! Sorry, sent too soon. I'll reply properly tomorrow.",
        "Yes! Disregard my last.",
        "Sounds good, yes. That wasn't for you, sorry!",
        "Oui, parfait pour ce soir ! Oups, c'était pour ma sœur, désolé. Je te réponds ce soir.",
        "Oui, avec plaisir ! Pardon, mauvaise fenêtre, ignore ça.",
        "Sí, ¡nos vemos a las 8! Perdón, me equivoqué de chat, era para mi hermana."
        " Te contesto esta noche.",
        "Claro que sí. Ignora eso, lo envié por error.",
        "Ja, klar, bis Donnerstag! Sorry, das war für meine Schwester, falsches Fenster.",
        "Ja, gerne! Ignoriere das, bitte.",
        "Sim, combinado! Desculpa, era para a minha irmã, enganei-me. Respondo-te logo à noite.",
        "Sim, pode ser. Ignora isso, enviei por engano.",
        "Ndiyo, tutaonana Alhamisi! Samahani, hiyo ilikuwa ya dada yangu. Nitakujibu jioni.",
        "Sawa kabisa. Puuza hiyo, nimetuma kimakosa.",
    ],
)
def test_a_yes_sent_astray_answers_nothing(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "unclear"
    assert any(e.startswith("misdirected:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sorry, wrong thread earlier! Yes, happy to be introduced to Nate.", "yes"),
        ("Je valide le devis. Oups, mauvais fil, désolé ! Pour votre question : non merci.", "no"),
        ("Das war für meine Schwester, falsches Fenster. Ja, gerne, stell uns vor!", "yes"),
    ],
)
def test_what_follows_the_note_answers(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Apologies for being slow or for a typo take nothing back.
        ("Yes, happy to! Sorry for the slow reply", "yes"),
        ("Oui avec plaisir, désolée pour le retard", "yes"),
        ("Sí, con gusto. Perdón por la demora.", "yes"),
        ("Ja, gerne. Entschuldigung für den Tippfehler.", "yes"),
        ("Sim, com prazer! Desculpa a demora.", "yes"),
        ("Ndiyo, nipo tayari. Samahani kwa kuchelewa.", "yes"),
        ("Yes please. Sorry, typo in my last mail: I meant Thursday.", "yes"),
        # A pointer that goes on in its clause points at something else.
        ("Yes please, ignore that typo in the subject.", "yes"),
        # Answering soon, in Portuguese, is no German "logo".
        ("Respondo-te logo à noite.", "unclear"),
        ("Sim, claro! Respondo logo com os horários.", "yes"),
        # A condition stays one.
        ("Sure, if Marcus is still at Stripe. Sorry, sent too soon.", "unclear"),
    ],
)
def test_no_note_sent_astray_reads_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
