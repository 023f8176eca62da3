"""An assistant writing on someone's behalf: speaking for them ("on behalf of", "en
nombre de") doubts a reply that only passes the mail on, but frames an acceptance the
writer says is relayed ("asked me to tell you that he agrees to the introduction", "le
confirmo que acepta la presentación"), which is a yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

RELAYED_ON_BEHALF = [
    (
        "On behalf of Dr. Brandt: he has read your message and asked me to tell you "
        "that he agrees to the introduction to Ms Laurent. You may go ahead.",
        "yes",
    ),
    (
        "On behalf of Mr Okafor, he asked me to confirm that he accepts the introduction.",
        "yes",
    ),
    (
        "En nombre de D. Javier Ortega, le confirmo que acepta con mucho gusto la "
        "presentación a la Sra. Navarro.",
        "yes",
    ),
    ("Le confirmo que acepta la presentación.", "yes"),
    ("I can confirm that he accepts the introduction.", "yes"),
    (
        "De la part de M. Dubois : il m'a chargé de vous dire qu'il accepte avec plaisir "
        "la mise en relation.",
        "yes",
    ),
    ("Je vous confirme qu'il accepte la mise en relation.", "yes"),
    (
        "Em nome do Dr. Ribeiro, confirmo-lhe que aceita com todo o gosto a apresentação.",
        "yes",
    ),
    ("Herr Huber hat mich gebeten, Ihnen mitzuteilen, dass er der Vorstellung zustimmt.", "yes"),
    ("Kwa niaba ya Bwana Otieno: ameniomba nikujulishe kwamba anakubali kutambulishwa.", "yes"),
    # Speaking "au nom de" someone, and the introduction named with a demonstrative.
    (
        "Je me permets de vous répondre au nom de M. Delacroix, dont je suis l'assistante. "
        "M. Delacroix m'a demandé de vous confirmer qu'il accepte volontiers cette mise en "
        "relation.",
        "yes",
    ),
    ("Mr Okafor asked me to confirm that he accepts this introduction.", "yes"),
    ("Le confirmo que acepta esta presentación.", "yes"),
    ("Herr Huber hat mich gebeten, Ihnen mitzuteilen, dass er dieser Vorstellung zustimmt.", "yes"),
    ("O Dr. Ribeiro pediu-me que confirmasse que aceita esta apresentação.", "yes"),
    ("Bwana Otieno ameniomba nikujulishe kwamba anakubali utambulisho huu.", "yes"),
    ("Je me permets de vous répondre au nom de M. Delacroix. Je lui transmettrai.", "unclear"),
    ("Je pense qu'il accepte cette mise en relation.", "unclear"),
    ("I think he accepts this introduction.", "unclear"),
    ("Creo que acepta esta presentación.", "unclear"),
    ("Ich glaube, er stimmt dieser Vorstellung zu.", "unclear"),
    ("Acho que ele aceita esta apresentação.", "unclear"),
    ("Nadhani anakubali utambulisho huu.", "unclear"),
    # Near misses: speaking for someone with no acceptance relayed, a promise to
    # confirm later, or an acceptance not relayed.
    ("On behalf of Mr Lindqvist, I'll pass this on and come back to you.", "unclear"),
    ("On behalf of Dr. Brandt: he agrees to the introduction.", "unclear"),
    ("I'll confirm that he accepts the introduction.", "unclear"),
    ("En nombre de D. Javier Ortega, le confirmo mañana.", "unclear"),
    ("En nombre de D. Javier Ortega, le confirmo que lo consultaré con él.", "unclear"),
    ("De la part de M. Dubois, je vous confirme d'ici vendredi.", "unclear"),
    ("Em nome do Dr. Ribeiro, vou confirmar com ele.", "unclear"),
    ("Kwa niaba ya Bwana Otieno, nitamjulisha.", "unclear"),
    (
        "On behalf of Dr. Brandt: he asked me to tell you that he agrees to the "
        "introduction, but only if it is about hiring.",
        "unclear",
    ),
    ("Je vous confirme s'il accepte la mise en relation.", "unclear"),
    ("Le confirmo que no acepta la presentación.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), RELAYED_ON_BEHALF)
def test_speaking_for_someone_frames_a_relayed_acceptance(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A shared mailbox saying it can neither accept nor decline for the person answers
# nothing: its "decline" is one of two choices named, no refusal.
@pytest.mark.parametrize(
    "text",
    [
        "This mailbox is monitored by the scheduling team, not by Captain Reyes personally."
        " We are not able to accept or decline anything on a crew member's behalf.",
        "We cannot accept or decline on his behalf.",
        "Nous ne pouvons pas accepter ou refuser en son nom.",
        "No podemos aceptar o rechazar en su nombre.",
        "Wir können in seinem Namen nicht annehmen oder ablehnen.",
        "Não podemos aceitar ou recusar em nome dele.",
        "Hatuwezi kukubali au kukataa kwa niaba yake.",
    ],
)
def test_a_mailbox_that_cannot_answer_for_the_person_is_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


def test_a_plain_inability_to_accept_still_declines() -> None:
    assert classify_text("Sorry, I'm not able to accept.") == "no"


# A formal German letter from a secretariat: "im Auftrag von" frames the relay "darf ich
# Ihnen mitteilen, dass" and the third person's "einverstanden ist" (the verb last); an
# Austrian title's dot ("Mag.", "Prim.") ends no sentence. A guess or a question about
# the person's agreement relays nothing.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "im Auftrag von Herrn Prim. Univ.-Prof. Dr. Huber darf ich Ihnen mitteilen, dass "
            "er mit der Vorstellung bei Frau Mag. Hofbauer gerne einverstanden ist.",
            "yes",
        ),
        (
            "Im Auftrag von Herrn Dr. Huber darf ich Ihnen mitteilen, dass er mit der "
            "Vorstellung einverstanden ist.",
            "yes",
        ),
        ("Er ist sicher einverstanden.", "unclear"),
        ("Ich frage ihn, ob er einverstanden ist.", "unclear"),
        ("Ja, wenn er einverstanden ist.", "unclear"),
        ("Ich weiß nicht, ob sie einverstanden ist.", "unclear"),
        ("Im Auftrag von Herrn Huber: ich melde mich, sobald er einverstanden ist.", "unclear"),
        ("Darf ich Ihnen mitteilen, dass sie nicht einverstanden ist.", "no"),
    ],
)
def test_a_german_secretariat_relays_an_acceptance(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A relative clause after the name the writer writes on behalf of ("on behalf of
# Professor Okonkwo, who is currently on the wards") asks nothing; a question mark
# closing that sentence still asks, and an acceptance not relayed stays another's.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "I am writing on behalf of Professor Okonkwo, who is currently on the wards and "
            "has asked me to manage her correspondence this week.\n\nProfessor Okonkwo has "
            "read the message below and has asked me to confirm that she would be happy to "
            "be introduced to Mr Ortega.",
            "yes",
        ),
        (
            "I am writing on behalf of Professor Okonkwo, who is he?\n\nProfessor Okonkwo "
            "has asked me to confirm that she would be happy to be introduced to Mr Ortega.",
            "unclear",
        ),
        (
            "I am writing on behalf of Professor Okonkwo, who is currently on the wards.\n\n"
            "Professor Okonkwo is happy to be introduced to Mr Ortega.",
            "unclear",
        ),
        (
            "On behalf of Mr Lindqvist, who is away, I'll pass this on and come back to you.",
            "unclear",
        ),
    ],
)
def test_a_relative_clause_after_the_name_asks_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
