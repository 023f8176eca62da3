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
