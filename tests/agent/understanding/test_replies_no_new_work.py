"""Not taking on new work: a plain statement of not looking for or taking on new clients,
work or projects refuses, in every language, so that after a thank-you and a contrast it
declines ("Le agradezco mucho que se acuerden de mí, pero ya me jubilé hace dos años y no
busco nuevos encargos"); a yes after it ("I'm not taking on new clients, but happy to
chat", "No busco nuevos encargos, pero esto me interesa") or before it leaves the reply
unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NO_NEW_WORK = [
    (
        "Le agradezco mucho que se acuerden de mí, pero ya me jubilé hace dos años y no "
        "busco nuevos encargos. Que tenga suerte con la barca.",
        "no",
    ),
    ("Thank you for thinking of me, but I'm not accepting new clients these days.", "no"),
    ("Thanks, but I'm no longer taking new projects.", "no"),
    ("Merci beaucoup, mais je ne prends plus de nouveaux clients.", "no"),
    ("Merci de penser à moi, mais je n'accepte plus de nouvelles missions.", "no"),
    ("Vielen Dank, aber ich nehme keine neuen Aufträge an.", "no"),
    ("Danke für die Anfrage, aber ich suche keine neuen Projekte.", "no"),
    ("Danke, aber ich nehme derzeit keine neuen Mandate an.", "no"),
    ("Muito obrigado, mas não estou aceitando novos projetos.", "no"),
    ("Obrigada pela lembrança, mas estou reformada e não procuro novos trabalhos.", "no"),
    ("Asante sana, lakini sichukui wateja wapya.", "no"),
    ("Asante kwa kunikumbuka, lakini nimestaafu na sipokei kazi mpya.", "no"),
    # A yes beside it leaves the reply unclear.
    ("I'm not taking on new clients, but happy to chat.", "unclear"),
    ("No busco nuevos encargos, pero esto me interesa.", "unclear"),
    ("Je ne prends plus de nouveaux clients, mais je veux bien le rencontrer.", "unclear"),
    ("Ich suche keine neuen Projekte, aber ein Gespräch gerne.", "unclear"),
    ("Não estou aceitando novos projetos, mas adoraria conversar.", "unclear"),
    ("Sichukui wateja wapya, lakini ningependa kukutana naye.", "unclear"),
    ("Yes, happy to. We are not accepting new clients until March, though.", "unclear"),
    ("Sure! He is not looking for new investors, just advice.", "unclear"),
]

# A decision not to take on new partners, said formally with an infinitive or a noun,
# refuses; a plea for understanding after it ("Wir bitten hierfür um Ihr Verständnis")
# closes the refusal.
NEW_PARTNERS = [
    (
        "Nach reiflicher Überlegung haben wir uns jedoch entschieden, in diesem Jahr keine "
        "neuen Handelspartner aufzunehmen. Wir bitten hierfür um Ihr Verständnis.",
        "no",
    ),
    ("Vielen Dank. Wir bitten dafür um Ihr Verständnis.", "no"),
    (
        "Thank you. After careful thought we have decided not to take on new partners this year.",
        "no",
    ),
    (
        "Thank you for thinking of us. No new clients for us this season, we ask for your"
        " understanding.",
        "no",
    ),
    ("Merci, mais nous avons décidé de ne pas prendre de nouveaux partenaires cette année.", "no"),
    (
        "Gracias, pero hemos decidido no aceptar nuevos socios este año. Agradecemos su"
        " comprensión.",
        "no",
    ),
    ("Obrigado, mas decidimos não aceitar novos parceiros este ano.", "no"),
    ("Asante, lakini tumeamua kutochukua washirika wapya mwaka huu.", "no"),
    # A yes beside it leaves the reply unclear; a plea for understanding beside a yes
    # asks patience for something else.
    ("Yes, happy to talk. No new clients for us this year.", "unclear"),
    ("Ja, gerne. Keine neuen Kunden dieses Jahr.", "unclear"),
    ("Ja, gerne. Ich antworte langsam, wir bitten um Verständnis.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), NO_NEW_WORK)
def test_not_taking_on_new_work_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), NEW_PARTNERS)
def test_a_decision_against_new_partners_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Staying with what the writer has until it is done, before looking at anything else,
# refuses in every language; a yes beside it leaves the reply unclear.
NOTHING_ELSE_FIRST = [
    (
        "Thank you so much for thinking of me. I had a proper think about it, though, and I "
        "really want to see my apprenticeship through to the end before I look at anything "
        "else. I'd be grateful if you could pass on my best wishes to Jake.",
        "no",
    ),
    ("Thanks. I want to finish my PhD before considering anything else.", "no"),
    ("Merci. Je veux terminer mon alternance avant de regarder autre chose.", "no"),
    ("Gracias. Quiero terminar mis prácticas antes de mirar otra cosa.", "no"),
    (
        "Danke. Ich möchte erst meine Ausbildung abschließen, bevor ich mir etwas anderes "
        "anschaue.",
        "no",
    ),
    ("Obrigada. Quero terminar meu estágio antes de olhar para outra coisa.", "no"),
    ("Asante. Nimalize masomo yangu kabla sijaangalia kitu kingine.", "no"),
    ("Yes, happy to. Let me just wrap up this report before I look at anything else.", "unclear"),
    ("Sí, claro. Quiero terminar esto antes de mirar otra cosa.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOTHING_ELSE_FIRST)
def test_finishing_first_before_anything_else_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
