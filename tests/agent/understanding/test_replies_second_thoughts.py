"""A yes taken back on second thought ("on reflection", "pensándolo mejor", "tout bien
réfléchi", "wenn ich es mir recht überlege", "pensando melhor", "nikifikiria tena"),
right before a bare refusal that a pause follows, is a no when what follows refuses and
neither doubts nor asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Sí, claro...\n\nBueno, pensándolo mejor, no. Ahora mismo no tengo tiempo.",
        "Yes, sure. On reflection, no. I don't have the time.",
        "Oui, volontiers. Tout bien réfléchi, non, je n'ai pas le temps.",
        "Ja, gerne. Wenn ich es mir recht überlege, nein. Ich habe keine Zeit.",
        "Sim, claro. Pensando melhor, não. Não tenho tempo.",
        "Ndiyo. Nikifikiria tena, hapana, sina nafasi.",
    ],
)
def test_a_yes_taken_back_on_second_thought_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("corrected:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A second thought that still hesitates, or that turns toward yes: as before.
        ("Yes. On reflection, no. Let me think about it.", "unclear"),
        ("Yes, on reflection, I'd love to.", "yes"),
        ("Sí. Pensándolo mejor, no sé.", "unclear"),
    ],
)
def test_a_second_thought_that_does_not_refuse_changes_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        "Oui, avec plaisir. Rectification, pardon, j'ai répondu trop vite : c'est non, je ne "
        "peux pas le rencontrer tant que le dossier est ouvert.",
        "Oui. Attendez, j'ai répondu trop vite : c'est non, je ne peux pas le rencontrer tant "
        "que le dossier est ouvert.",
        "Yes, happy to. Correction, sorry, I spoke too soon: it's a no, I can't meet him as "
        "long as the bid is open.",
        "Ja, gerne. Korrektur, sorry, ich war zu voreilig: nein, ich kann ihn nicht treffen, "
        "solange das Verfahren läuft.",
    ],
)
def test_a_yes_corrected_to_a_refusal_for_as_long_as_something_lasts_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        # A condition, not how long the refusal holds.
        "Yes, happy to. Correction, sorry, I spoke too soon: no, unless he signs the NDA.",
        # "as long as" before any refusal conditions what follows.
        "Yes, happy to. Correction, I spoke too soon: as long as he is not a recruiter, no "
        "problem.",
        # No correction: the yes and the refusal stand against each other.
        "Yes, happy to. I can't meet him as long as the bid is open.",
    ],
)
def test_a_bounded_refusal_without_a_clean_correction_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "¡Sí, obvio! Ay no, espera. Es la misma empresa que me rechazó. Mejor no, gracias.",
        "Yes, absolutely! Oh no, wait. It's the firm that turned me down. Better not, thanks.",
        "Oui, avec plaisir ! Ah non, attends. C'est la boîte qui m'a refusé. Non merci.",
        "Ja, gerne! Ach nee, warte. Das ist die Firma, die mich abgelehnt hat. Nein danke.",
        "Sim, claro! Ai não, espera. É a empresa que me recusou. Não, obrigada.",
        "Ndiyo, sawa! Aah hapana, ngoja. Ni kampuni iliyonikataa. Hapana, asante.",
    ],
)
def test_a_refusal_cried_out_before_the_pause_takes_the_yes_back(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


def test_the_name_signed_below_a_yes_taken_back_is_no_yes() -> None:
    # "Vale" (Valentina) signs; read as Spanish "ok" it would leave the reply unclear.
    text = (
        "¡Sí, obvio!\n\nAy no, espera. Es la misma empresa que me rechazó. Mejor no,"
        " gracias.\n\nVale"
    )
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        # What follows the cry asks, says yes again or tells of something else: never a no.
        "Sí, claro. Ay no, espera, ¿quién es?",
        "Yes! Oh no, wait, which company is she with?",
        "Yes! Oh no, wait. I meant to say: sounds good.",
        "Yes, sure. Oh no, I forgot, I'm away next week. Still happy to.",
        "Oui ! Ah non, attends, c'est pour quand ?",
    ],
)
def test_a_cried_refusal_with_no_refusal_after_it_stays_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        # The voseo "pará" (wait) of Argentina and Uruguay, alone or repeated, and the
        # Portuguese "para, para" it folds onto.
        "Sí, obvio!!\n\nPará, pará. Acabo de googlear a Tomás y es el de la productora que "
        "nos dejó colgados con los pagos. No, mejor no.",
        "Sí, claro. Pará un segundo. Es el de la productora que no nos pagó. Mejor no, perdón.",
        "Sim, claro. Para, para. Acabei de ver quem é. Melhor não.",
    ],
)
def test_a_yes_taken_back_after_para_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "para" meaning "for", and a pause that goes on to no refusal: as before.
        ("Sí, claro. Para el lunes me viene bien.", "yes"),
        ("Sí. Pará, ¿quién es Tomás?", "unclear"),
        ("No, gracias. Pará. Me lo pienso.", "no"),
    ],
)
def test_para_not_before_a_refusal_changes_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        "omg yes!!! I've been following her project for ages\n\n...ok wait actually no. It's "
        "my dissertation month, there is no way I can go, so it's a no from me, sorry!! maybe "
        "next year??",
        "Yes! Wait actually no. I'm away all of April, sorry.",
        "Oui !!! ...ok attends, en fait non. Je suis en examens tout le mois, désolée.",
        "¡Sí! Espera, en realidad no. Estoy liado todo el mes, perdona.",
        "Ja! Warte, eigentlich nein. Ich bin den ganzen Monat ausgebucht, sorry.",
        "Sim!! ...ok pera, na verdade não. Tô sem tempo o mês todo, foi mal.",
        "Ndiyo! Sawa ngoja, kwa kweli hapana. Nina shughuli mwezi mzima, samahani.",
    ],
)
def test_a_yes_stopped_short_then_corrected_to_a_refusal_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("corrected:") for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "no problem" is no refusal word, a correction that hesitates still doubts, and
        # "ok wait" followed by a yes takes nothing back.
        ("Yes! Wait, actually no problem at all, go ahead", "yes"),
        ("Yes. Wait actually no, let me think.", "unclear"),
        ("Okay wait, yes, go ahead", "yes"),
        ("Sure! Ok wait - I mean yes of course, send it", "yes"),
    ],
)
def test_a_pause_before_a_correction_that_does_not_refuse_changes_nothing(
    text: str, answer: str
) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes please! ...ok wait. I just checked my contract and I can't, sorry.",
        "Oui, avec plaisir ! Ok, attends. Je viens de vérifier mon contrat, je ne peux pas, "
        "désolée.",
        "¡Sí, claro! Ok, espera. Acabo de mirar mi contrato y no puedo, lo siento.",
        "Ja, gerne! Ok, warte. Ich habe gerade meinen Vertrag gelesen, ich kann nicht, sorry.",
        "Sim, claro! Ok, pera. Acabei de ver meu contrato e não posso, desculpa.",
        "Ndiyo, sawa! Sawa, ngoja. Nimeangalia mkataba wangu, siwezi, samahani.",
    ],
)
def test_a_yes_taken_back_after_an_ok_wait_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith("second-thought:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Ja eh, warum ned...\n\nWart, na, doch ned. Hab grad gschaut, des is der, der uns beim "
        "Weinfest 's Standl weggschnappt hat. Bitte ned vorstellen.",
        "Ja, gerne. Wart mal, doch nicht. Ich hab grad gesehen, wer das ist.",
    ],
)
def test_an_austrian_yes_taken_back_after_wart_is_no(text: str) -> None:
    answer, evidence = read_answer(text)
    assert answer == "no"
    assert any(e.startswith(("second-thought:", "reconsidered:")) for e in evidence)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "warum ned", "wieso net": the dialect's "warum nicht", a yes.
        ("Ja eh, warum ned...", "yes"),
        ("Wieso net? Stell uns vor.", "yes"),
        ("Warum ned? Aber erst im Frühjahr.", "unclear"),
        # A pause that goes on to something other than a refusal changes nothing.
        ("Ja eh. Wart, wer is des eigentlich?", "unclear"),
    ],
)
def test_dialect_why_not_agrees_and_wart_pauses(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
