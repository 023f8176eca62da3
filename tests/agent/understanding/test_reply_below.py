"""Prose below the writer's signature (agent.understanding.reply_below): a paragraph
written on under the name that refuses, negates or takes the yes back leaves the reply
unclear, in each language; a signature block's details, a legal footer and prose that
takes nothing back leave the yes as it was."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_reply
from agent.understanding.reply_below import prose_below
from tests.agent.understanding.shared_inputs import QUOTED_QUESTION, reply_to_question


@pytest.mark.parametrize(
    "body",
    [
        "Sure, go ahead.\n\nNic\n\nSorry - I just looked Joanne up before sending. Scratch "
        "the above: please don't introduce us.",
        "Yes, happy to.\n\nBest,\nNic Hale\n\nEdit: actually no, I can't take this on now.",
        "Oui, volontiers.\n\nNic\n\nOublie ce que je viens de dire, je préfère ne pas être "
        "présenté finalement.",
        "Sí, claro.\n\nNic\n\nOlvida lo anterior: mejor no, no tengo tiempo para esto.",
        "Ja, gerne.\n\nViele Grüße\nNic\n\nIch habe es mir noch einmal anders überlegt: "
        "lieber doch nicht.",
        "Sim, com todo o gosto.\n\nNic\n\nAfinal não, desculpe, não quero ser apresentado agora.",
        "Ndiyo, sawa.\n\nNic\n\nSamahani, nimebadilisha mawazo, hapana sitaki kutambulishwa "
        "kwa sasa.",
    ],
)
def test_a_yes_taken_back_below_the_signature_is_unclear(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "unclear"
    assert any(e.startswith("below-signature:") for e in verdict.evidence)


@pytest.mark.parametrize(
    "body",
    [
        # A signature block's title, department and opening hours.
        "Yes, happy to.\n\nNic Hale\nHead of Research and Development\nUniversity of "
        "Leeds, not open on Sundays",
        # Prose that takes nothing back.
        "Yes, happy to.\n\nNic\n\nI am in the lab most mornings, so a call after lunch is "
        "best for me.",
        # A legal footer.
        "Yes, happy to.\n\nNic Hale\n\nThis e-mail is confidential. If you are not the "
        "intended recipient, please do not copy or forward it and delete it at once.",
        "Oui, avec plaisir.\n\nNic\n\nJe suis au bureau le mardi et le jeudi, appelez-moi "
        "plutôt ces jours-là.",
    ],
)
def test_a_yes_with_no_prose_taking_it_back_stays_yes(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "yes"
    assert not any(e.startswith("below-signature:") for e in verdict.evidence)


def test_the_prose_is_only_below_the_cut_and_leaves_signature_lines_and_postscripts() -> None:
    text = (
        "Yes.\n\nNic Hale\nHead of Sales and Marketing\n\nPS: no calls please.\n\n"
        "Sorry, I have to take that back after all."
    )
    cut = text.index("Nic Hale")
    assert prose_below(text, cut) == "Sorry, I have to take that back after all."
    assert prose_below(text, len(text)) == ""


@pytest.mark.parametrize(
    "body",
    [
        "Yes, sounds good.\n\nSent from my iPhone\n\nHold on - no. I'm not interested after all.",
        "Absolutely.\n-- \nNic Hale\nCTO\n\nCorrection: absolutely not, please don't.",
        "Yes.\n\nSent from my phone\n\nNo.",
        # A postscript under the device line was cut unread.
        "Yes, go ahead.\n\nNic\n\nSent from my iPhone\n\nPS: actually no, please don't.",
        "Oui bien sûr.\n\nEnvoyé de mon iPhone\n\nFinalement non, merci.",
        "Sí, claro.\n\nEnviado desde mi iPhone\n\nMejor no, gracias.",
        "Ja, gerne.\n\nVon meinem iPhone gesendet\n\nDoch nicht, danke.",
        "Sim, claro.\n\nEnviado do meu iPhone\n\nMelhor não, obrigada.",
        "Ndiyo.\n\nImetumwa kutoka iPhone yangu\n\nHapana, sitaki.",
        # A bare negation, which alone answers nothing, under the device line.
        "Yes, happy to.\n\nSent from my iPhone\n\nDon't.",
        "Yes.\n\nSent from my iPhone\n\nActually, don't.",
        "Yes happy to\n\nSent from my iPhone\n\nDont.",
        "Oui.\n\nEnvoyé de mon iPhone\n\nSurtout pas.",
        "Ja, gerne.\n\nVon meinem iPhone gesendet\n\nDoch nicht.",
        "Sim.\n\nEnviado do meu iPhone\n\nAfinal não.",
        "Ndio.\n\nImetumwa kutoka iPhone yangu\n\nUsifanye.",
        "Ndiyo, nitafurahi.\n\nImetumwa kutoka iPhone yangu\n\nMsiendelee.",
    ],
)
def test_a_yes_taken_back_below_a_device_line_or_delimiter_is_unclear(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "unclear"
    assert any(e.startswith("below-signature:") for e in verdict.evidence)


@pytest.mark.parametrize(
    "body",
    [
        # The app's footer under the device line.
        "Yes!\n\nSent from my iPhone\n\nGet Outlook for iOS",
        "Yes!\n\nSent from my iPhone\n\nExcuse typos.",
        # A signature's numbered lines, a motto in quotation marks, a plea not to print.
        "Yes please.\n--\nNic Hale\nAcme Ltd, Registered in England No. 0123456",
        "Yes please.\n--\nNic Hale\nNo. 1 Main Street",
        'Sounds good, go ahead.\n\n--\nNic Hale\nNoLimit Labs\n"Say no to pointless meetings."',
        "Yes!\n--\nNic\nPlease don't print this email unless you need to.",
        "Oui.\n--\nNic\nMerci de ne pas imprimer ce courriel si ce n'est pas nécessaire.",
        "Sí.\n--\nNic\nNo imprimas este correo si no es necesario.",
        "Ja, gerne.\n--\nNic Hale\nKeine Haftung für Inhalte Dritter.",
        # The question quoted under a rule the reader does not know as a quote's.
        "Ndiyo, bila shaka.\n\nImetumwa kutoka kwa Samsung yangu\n\n-------- Ujumbe --------\n"
        'Kutoka: Intro <intro@example.org>\n\nJe, ungependa utambulisho huu? Jibu "ndiyo" au '
        '"hapana".',
    ],
)
def test_a_yes_above_a_device_line_with_nothing_taken_back_stays_yes(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "yes"
    assert not any(e.startswith("below-signature:") for e in verdict.evidence)


@pytest.mark.parametrize(
    "body",
    [
        "Avec grand plaisir !\n\nNic\n\n"
        "\u00ab Ne jamais dire jamais, sauf au goéland qui vole ton sandwich \u00bb",
        'Happy to.\n\nNic\n\n"Never say never, unless a gull is after your sandwich."',
        'Sí, claro.\n\nNic\n\n"Nunca digas nunca, salvo a la gaviota que te roba."',
        "Ja, gerne.\n\nNic\n\n\u201eSag niemals nie, außer zur Möwe mit deinem Brot.\u201c",
        'Sim, claro.\n\nNic\n\n"Nunca diga nunca, a não ser à gaivota ladra." - Avó Rosa',
        'Ndiyo, sawa.\n\nNic\n\n"Usiseme kamwe kamwe, isipokuwa kwa shakwe mwizi."',
    ],
)
def test_a_saying_quoted_under_the_name_takes_nothing_back(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "yes"
    assert not any(e.startswith("below-signature:") for e in verdict.evidence)


@pytest.mark.parametrize(
    "body",
    [
        # The writer speaks in it.
        "Avec plaisir.\n\nNic\n\n\u00ab Finalement non, je ne veux plus être présentée. \u00bb",
        'Happy to.\n\nNic\n\n"Actually no, I do not want this introduction after all."',
        # Not quoted whole: prose of the writer's.
        "Avec plaisir.\n\nNic\n\nNe jamais me recontacter pour ce genre de chose.",
    ],
)
def test_a_quoted_line_under_the_name_that_may_be_the_writers_is_read(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "unclear"


def test_never_in_the_body_still_refuses() -> None:
    body = "Jamais de la vie, merci.\n\nNic\n\n\u00ab Carpe diem, dit le goéland, toujours. \u00bb"
    assert classify_reply(reply_to_question(body + QUOTED_QUESTION)).answer == "no"


# The agent's own question mail pasted back unquoted under the name: its question's
# paragraph and the agent's lines after it take nothing back, in each language.
_PASTED = {
    "en": (
        "Sure, go ahead.\n\nNic\n\n(copied your message below)\n\nHi Nic,\n\nSam Reid would"
        " like to introduce you to Gavin Moss.\n\nWould you like the introduction? Just"
        ' reply "yes" or "no".\n\nNothing is shared before both of you say yes: Gavin does'
        " not have your address, and will not learn your answer if you decline."
    ),
    "fr": (
        "Pas de problème, allez-y.\n\nNic\n\n(j'ai recopié votre message en bas)\n\n"
        "Bonjour Nic,\n\nHugues souhaite vous présenter Tomás.\n\nSouhaitez-vous cette"
        " mise en relation ? Répondez simplement « oui » ou « non ».\n\nRien n'est partagé"
        " tant que vous n'avez pas tous deux accepté : Tomás n'a pas votre adresse et ne"
        " saura pas si vous refusez."
    ),
    "es": (
        "Sí, claro.\n\nNic\n\n(copio tu mensaje abajo)\n\n¿Quieres la presentación? Responde"
        " «sí» o «no».\n\nNo se comparte nada hasta que los dos digan que sí: él no tiene"
        " tu dirección y no sabrá si dices que no."
    ),
    "de": (
        "Ja, gerne.\n\nNic\n\n(Ihre Nachricht unten kopiert)\n\nMöchten Sie die Vorstellung?"
        " Antworten Sie einfach mit „ja“ oder „nein“.\n\nNichts wird geteilt, bevor Sie"
        " beide zugestimmt haben: er hat Ihre Adresse nicht und erfährt nicht, wenn Sie"
        " ablehnen."
    ),
    "pt": (
        "Sim, com todo o gosto.\n\nNic\n\n(copiei a sua mensagem abaixo)\n\nVocê gostaria da"
        " apresentação? Responda apenas «sim» ou «não».\n\nNada é partilhado antes de"
        " ambos aceitarem: ele não tem o seu endereço e não saberá se recusar."
    ),
    "sw": (
        "Ndiyo, sawa.\n\nNic\n\n(nimenakili ujumbe wako hapa chini)\n\nUngependa utambulisho"
        " huu? Jibu tu «ndiyo» au «hapana».\n\nHakuna kinachoshirikiwa kabla ninyi wawili"
        " hamjakubali: hana anwani yako na hatajua ukikataa."
    ),
}


@pytest.mark.parametrize("body", _PASTED.values(), ids=_PASTED.keys())
def test_the_agents_question_pasted_under_the_name_takes_nothing_back(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "yes"


@pytest.mark.parametrize(
    "body",
    [
        # The writer speaking again under the pasted question.
        _PASTED["en"] + "\n\nSorry, I just looked Gavin up and I'd rather not meet him.",
        _PASTED["fr"] + "\n\nDésolé, je viens de voir qui c'est, je préfère ne pas le rencontrer.",
        # A taking back above the pasted question still counts.
        "Sure, go ahead.\n\nNic\n\nSorry - scratch the above: please don't introduce us."
        '\n\nWould you like the introduction? Just reply "yes" or "no".',
    ],
)
def test_a_taking_back_beside_the_pasted_question_still_counts(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "unclear"


@pytest.mark.parametrize(
    "body",
    [
        "No thanks.\n\nNic\n\nHang on, ignore that. I thought this was the solar panel man. "
        "Of course, yes, happy to talk to him.",
        "Non merci.\n\nNic\n\nAttendez, ignorez ça. Je croyais que c'était le démarcheur. "
        "Oui, avec plaisir, présentez-nous.",
        "No, gracias.\n\nNic\n\nEspera, ignora eso. Pensé que era el vendedor. Sí, claro, "
        "con mucho gusto.",
        "Nein danke.\n\nNic\n\nMoment, ignoriere das. Ich dachte, es wäre der Vertreter. Ja, "
        "gerne, stellen Sie uns vor.",
        "Não, obrigado.\n\nNic\n\nEspera, ignora isso. Pensei que era o vendedor. Sim, com "
        "todo o gosto.",
        "Hapana, asante.\n\nNic\n\nSubiri, puuza hiyo. Nilidhani ni muuzaji. Ndiyo, sawa "
        "kabisa, nitafurahi.",
    ],
)
def test_a_refusal_taken_back_below_the_signature_gives_the_later_answer(body: str) -> None:
    verdict = classify_reply(reply_to_question(body + QUOTED_QUESTION))
    assert verdict.answer == "yes"
    assert "continued-below" in verdict.evidence


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # Taken back, but what follows answers nothing yet or sets a condition.
        (
            "No thanks.\n\nNic\n\nHang on, ignore that. Let me think about it and get back to you.",
            "unclear",
        ),
        ("No thanks.\n\nNic\n\nHang on, ignore that. Yes, if he is not a recruiter.", "unclear"),
        # Prose below that takes nothing back leaves the refusal.
        (
            "No thanks.\n\nNic\n\nI am in the lab most mornings, so a call after lunch is "
            "best for me.",
            "no",
        ),
        # A yes taken back to a refusal below stays unclear, as before.
        ("Yes, happy to.\n\nNic\n\nHang on, ignore that. I'd rather not, sorry.", "unclear"),
    ],
)
def test_a_correction_below_the_signature_never_guesses_a_yes(body: str, answer: str) -> None:
    assert classify_reply(reply_to_question(body + QUOTED_QUESTION)).answer == answer
