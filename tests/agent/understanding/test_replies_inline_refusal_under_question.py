"""Inline answers: a refusal written under the quoted opt-in question answers it ("Nein,
danke. Ich bin bis Ende März im Forschungsfreisemester"), and a yes written under the
quoted reason, above it, answers the reason ("Ja, von der Firma habe ich schon
gehört"), so the reply is a no, in the six languages, the question quoted in the
writer's language. A yes above that names the one asked about, the introduction or a
meeting, or a question there, says both and leaves the reply unclear."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply

# The question mail's reason and opt-in question, as each language quotes them.
QUESTIONS = {
    "en": ("Reason: Nils runs a legal-tech start-up.", "Would you like the introduction?"),
    "fr": ("Motif : Nils dirige une start-up.", "Souhaitez-vous cette mise en relation ?"),
    "es": ("Motivo: Nils dirige una start-up.", "¿Quieres que hagamos la presentación?"),
    "de": ("Grund: Nils baut eine Legal-Tech-Plattform.", "Möchten Sie vorgestellt werden?"),
    "pt": ("Motivo: Nils dirige uma start-up.", "Você gostaria da apresentação?"),
    "sw": ("Sababu: Nils ana kampuni changa.", "Je, ungependa kutambulishwa?"),
}


def _mail(lang: str, above: str, under: str) -> ParsedMessage:
    reason, question = QUESTIONS[lang]
    body = "\n".join(
        [
            "Am 12.11.25 um 09:40 schrieb Intro Agent:",
            "> Hallo Ulrike,",
            ">",
            "> Thomas Weber möchte Sie gern mit Nils Brockmann bekannt machen.",
            f"> {reason}",
            "",
            above,
            "",
            ">",
            f"> {question}",
            "",
            under,
            "",
            ">",
            "> Intro Agent, im Auftrag von Thomas Weber",
            "",
            "Ulrike",
        ]
    )
    head = (
        "From: Ulrike Sandner <ulrike@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Vorstellung: Nils Brockmann?\n"
        "Message-ID: <r1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


@pytest.mark.parametrize(
    ("lang", "above", "under"),
    [
        (
            "de",
            "Ja, von der Firma habe ich schon gehört, Thomas hatte sie im Sommer erwähnt.",
            "Nein, danke. Ich bin bis Ende März im Forschungsfreisemester.",
        ),
        ("en", "Yes, I've heard of the company.", "No, thanks. I'm on sabbatical until March."),
        ("fr", "Oui, la société me dit quelque chose.", "Non merci, je suis très prise."),
        ("es", "Sí, he leído sobre la empresa.", "No, gracias. Estoy muy ocupada."),
        ("pt", "Sim, já li sobre a empresa.", "Não, obrigada. Estou muito ocupada."),
        ("sw", "Ndiyo, nimesikia kuhusu kampuni hiyo.", "Hapana, asante."),
        # Having heard of them (hearsay_hedges) answers the reason too.
        ("en", "Yes, I've heard of them, Thomas mentioned it.", "No, thanks."),
        ("de", "Ja, ich habe schon von ihm gehört.", "Nein, danke."),
    ],
)
def test_a_refusal_under_the_question_decides(lang: str, above: str, under: str) -> None:
    assert classify_reply(_mail(lang, above, under)).answer == "no"


@pytest.mark.parametrize(
    ("above", "under"),
    [
        # A yes above that speaks of meeting the one asked about says both.
        ("Ja, Nils würde ich gern kennenlernen.", "Nein, danke."),
        ("Ja, ein Treffen wäre schön.", "Nein, danke."),
        ("Ja, ich würde ihn gern kennenlernen.", "Nein, danke."),
        # A question above asks something of the matter.
        ("Wer ist Nils genau?", "Nein, danke."),
    ],
)
def test_a_yes_to_the_matter_above_a_refusal_stays_unclear(above: str, under: str) -> None:
    assert classify_reply(_mail("de", above, under)).answer == "unclear"


def test_a_yes_under_the_question_still_stands() -> None:
    mail = _mail(
        "de", "Ja, von der Firma habe ich schon gehört.", "Ja, gerne. Stellen Sie uns vor."
    )
    assert classify_reply(mail).answer == "yes"


@pytest.mark.parametrize(
    ("lang", "above", "under"),
    [
        (
            "fr",
            "Oui, je connais Nils de nom, Thomas m'en a parlé.",
            "Non merci, pas pour l'instant.",
        ),
        ("en", "Yes, Nils rings a bell.", "No, thanks."),
        ("es", "Sí, conozco a Nils de nombre.", "No, gracias."),
    ],
)
def test_a_bare_confirmation_beside_the_name_answers_the_reason(
    lang: str, above: str, under: str
) -> None:
    # A bare "yes" beside the name of the one asked about confirms something of them;
    # the refusal under the question decides.
    assert classify_reply(_mail(lang, above, under)).answer == "no"
