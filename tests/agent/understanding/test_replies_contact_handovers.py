"""The writer's own contact handed to the other ("give her my address", "donne-lui mon
adresse", "mándale mi email", "Geben Sie ihm meine Adresse", "passa o meu email pra
ele", "mpe anwani yangu") is a yes, read from its parts (reply_handovers); kept back,
asked, or beside a doubt or a refusal it is none."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Give her my address.",
        "Please pass on my email address to her.",
        "You can send him my phone number.",
        "Donne-lui mon adresse mail.",
        "Tu peux lui donner mon e-mail.",
        "Mándale mi email al Daniel.",
        "Pásale mi celular nomás.",
        "Geben Sie ihm meine E-Mail-Adresse.",
        "Sie können ihm gern meine Telefonnummer weitergeben.",
        "Passa o meu email pra ele.",
        "Pode passar meu contato pro rapaz.",
        "Mpe anwani yangu aniandikie.",
        "Tafadhali mpe barua pepe yangu.",
    ],
)
def test_the_writers_contact_handed_over_says_yes(text: str) -> None:
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Please don't pass on my email.", "unclear"),
        ("Can you give her my email?", "unclear"),
        ("Give her my email if she's legit.", "unclear"),
        ("Give her my email, but not before I've checked who she is.", "unclear"),
        ("Give her my email. Actually no, I'd rather not.", "no"),
        ("I never give my email to strangers.", "no"),
        ("Ne lui donne pas mon adresse.", "unclear"),
        ("No le pases mi correo.", "no"),
        ("Geben Sie meine Adresse bitte nicht weiter.", "no"),
        ("Não passa meu contato não.", "no"),
        ("Usimpe namba yangu.", "no"),
        ("Mpe anwani yangu kama ni mkweli.", "unclear"),
    ],
)
def test_a_handover_kept_back_asked_or_doubted_is_no_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


def test_a_proverb_and_a_handover_welcome_the_other() -> None:
    text = (
        "Mgeni njoo, mwenyeji apone. Mwambie Dkt. Mwakalinga karibu sana, mpe anwani "
        "yangu aniandikie. Shamba lipo, na maji ya mfereji yapo hata kiangazi."
    )
    assert read_answer(text)[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "hata" before a season or a time of day is "even", no negator.
        ("Ndiyo, nakubali. Maji yapo hata kiangazi.", "yes"),
        ("Ndiyo, nakubali. Napatikana hata jioni.", "yes"),
        # "hata kidogo" still refuses.
        ("Hapana, hata kidogo.", "no"),
    ],
)
def test_swahili_hata_before_a_time_is_even(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
