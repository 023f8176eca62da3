"""A yes to meeting someone other than the one the introduction is about, a person
naming that one, refusals by stepping aside or on a condition, and a yes beside the
writer's time."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply
from agent.understanding.reply_names import asked_about, named_others


def reply(body: str, other: str = "Daniel Kessler") -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\nTo: intro@example.org\n"
        f"Subject: Re: Would you like an introduction to {other}? [#f6c3]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


MEETING_SOMEONE_ELSE = [
    # A yes whose sentence names another person to meet answers nothing about the one
    # asked about.
    ("Oh yes, I'd love to meet Anna! We've been trying to find a date.", "unclear"),
    ("Yes, please introduce me to Anna Weber.", "unclear"),
    ("Oui, avec plaisir, j'aimerais beaucoup rencontrer Anna !", "unclear"),
    ("Oui, ravie de faire la connaissance d'Anna.", "unclear"),
    ("Sí, me encantaría conocer a Anna.", "unclear"),
    ("Sí, me encantaría conocer a la Sra. López.", "unclear"),
    ("Ja, ich würde Anna gerne kennenlernen.", "unclear"),
    ("Sim, adoraria conhecer a Anna.", "unclear"),
    ("Ndiyo, ningependa kukutana na Anna.", "unclear"),
    # The one asked about, by first name, surname or full name, accents aside.
    ("Oh yes, I'd love to meet Daniel!", "yes"),
    ("Yes, happy to meet Mr. Kessler.", "yes"),
    ("Oui, ravi de rencontrer M. Kessler.", "yes"),
    ("Sí, me encantaría conocer a Daniel Kessler.", "yes"),
    ("Ja, ich würde Herrn Kessler gerne kennenlernen.", "yes"),
    ("Sim, adoraria conhecer o Daniel.", "yes"),
    ("Ndiyo, ningependa kukutana na Daniel.", "yes"),
    # No name: as before.
    ("Yes, happy to meet him.", "yes"),
    ("Yes, happy to meet on Tuesday.", "yes"),
    ("Yes, happy to meet Tuesday.", "yes"),
    ("Sure, happy to meet the Board too.", "yes"),
    ("Ja, ich würde das Team gerne kennenlernen.", "yes"),
    ("Ja, ich würde Sie gerne kennenlernen.", "yes"),
    # Another person named in a sentence that says no yes.
    ("Yes please. I'm meeting Anna tomorrow anyway.", "yes"),
]


@pytest.mark.parametrize(("body", "answer"), MEETING_SOMEONE_ELSE)
def test_a_yes_to_meeting_someone_else_is_unclear(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


def test_accents_aside_the_name_is_the_same() -> None:
    assert classify_reply(reply("Yes, I'd love to meet Muller.", "Daniel Müller")).answer == "yes"
    assert classify_reply(reply("Sí, quiero conocer a José.", "Jose Ortega")).answer == "yes"


def test_the_one_asked_about_is_read_from_the_subject_or_the_quoted_question() -> None:
    assert asked_about("Re: Would you like an introduction to Herr Demir? [#c2b9]", "") == (
        "Herr Demir"
    )
    assert asked_about("Re: an introduction to Ana Lima: yes or no? [#c2b9]", "") == "Ana Lima"
    quoted = "> Paul Renner would like to introduce you to Daniel Kessler.\n"
    assert asked_about("Re: hello", quoted) == "Daniel Kessler"
    assert asked_about("Re: hello", "Yes!") == ""


SOMEONE_WRITING_OF_THIS_INTRODUCTION = [
    # Naming the one asked about as someone to meet, a person writes, whatever absence
    # they tell of: a robot's notice knows no name.
    (
        "Hello,\n\nI look after Dr Okafor's inbox while she is on study leave. I would"
        " imagine she'd be open to meeting Mr Lindqvist, but I'm not able to confirm"
        " anything on her behalf. She is back on 2 June.\n\nTessa",
        "unclear",
    ),
    (
        "She is on maternity leave until June. I'm sure she'd be glad to meet Mr Lindqvist,"
        " but I'll leave it to her.",
        "unclear",
    ),
    (
        "Bonjour,\n\nJe gère la boîte de Mme Okafor pendant son absence. Je pense qu'elle"
        " serait ravie de rencontrer M. Lindqvist, mais c'est à elle de décider. Elle sera"
        " de retour le 2 juin.",
        "unclear",
    ),
    (
        "Hola,\n\nLlevo el correo de la Dra. Okafor durante su ausencia. Creo que estaría"
        " encantada de conocer al Sr. Lindqvist, pero la decisión es suya. Estará de"
        " vuelta el 2 de junio.",
        "unclear",
    ),
    (
        "Guten Tag,\n\nich betreue das Postfach von Frau Dr. Okafor während ihrer"
        " Abwesenheit. Sie würde Herrn Lindqvist sicher gern kennenlernen, aber das"
        " entscheidet sie selbst. Sie ist ab dem 2. Juni wieder im Büro.",
        "unclear",
    ),
    (
        "Olá,\n\nCuido da caixa de correio da Dra. Okafor durante a ausência dela. Acho que"
        " ela gostaria de conhecer o Sr. Lindqvist, mas a decisão é dela. Ela estará de"
        " volta no dia 2 de junho.",
        "unclear",
    ),
    (
        "Habari,\n\nNinashughulikia barua pepe za Dkt. Okafor akiwa likizoni. Nadhani"
        " angefurahi kukutana na Bw. Lindqvist, lakini uamuzi ni wake. Atarudi tarehe 2 Juni.",
        "unclear",
    ),
    # A notice naming someone else, or echoing the question, is still a robot's.
    ("I am out of the office until 2 June with limited access to email.", "auto_reply"),
    (
        "I am out of the office until 2 June. For urgent matters please contact Anna Berg.",
        "auto_reply",
    ),
    (
        "Thank you for your message 'Would you like an introduction to Erik Lindqvist?'."
        " I am out of the office until 2 June.",
        "auto_reply",
    ),
    (
        "Je suis absente du bureau jusqu'au 2 juin. Pour toute urgence, merci de contacter"
        " M. Martin.",
        "auto_reply",
    ),
    (
        "Ich bin bis zum 2. Juni nicht im Büro. In dringenden Fällen wenden Sie sich bitte"
        " an Herrn Weber.",
        "auto_reply",
    ),
]


@pytest.mark.parametrize(("body", "answer"), SOMEONE_WRITING_OF_THIS_INTRODUCTION)
def test_naming_the_one_asked_about_is_no_robot(body: str, answer: str) -> None:
    assert classify_reply(reply(body, "Erik Lindqvist")).answer == answer


REFUSALS_BY_STEPPING_ASIDE = [
    # A pronoun or "bei mir" between a yes word and its negation still negates it.
    (
        "Vielen Dank für die Anfrage. Momentan passt es bei mir leider nicht, ich bitte um"
        " Verständnis.",
        "no",
    ),
    ("Das passt mir gerade nicht.", "no"),
    ("Passt für mich aktuell nicht.", "no"),
    ("Das passt uns leider nicht.", "no"),
    # Stepping aside refuses.
    (
        "Thanks for the thought, but I'm going to bow out - we're winding the studio down"
        " at the end of the year and I'm not booking new sessions.",
        "no",
    ),
    ("I'll bow out, thanks.", "no"),
    ("Merci, mais je me retire.", "no"),
    ("Gracias, pero me retiro.", "no"),
    ("Danke, aber ich klinke mich aus.", "no"),
    ("Obrigado, mas vou ficar de fora.", "no"),
    ("Asante, lakini najitoa.", "no"),
    # A yes that stands, a question, or a yes beside the stepping aside, as before.
    ("Passt mir gut.", "yes"),
    ("Passt mir sehr gut, nicht wahr?", "unclear"),
    ("Passt es bei mir? Gerne.", "unclear"),
    ("I'm going to bow out of the panel but yes, happy to meet him.", "unclear"),
]


@pytest.mark.parametrize(("body", "answer"), REFUSALS_BY_STEPPING_ASIDE)
def test_stepping_aside_or_a_negated_fit_refuses(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


GO_AHEADS_BESIDE_THE_WRITERS_TIME = [
    # The writer's time offered for the other to call, in the office as elsewhere.
    (
        "No problem at all, please proceed with the introduction. I'm in the office most of"
        " next week if Ms Adebayo would like to arrange a call.",
        "yes",
    ),
    ("Sure. I'm in the office most of next week if she'd like to meet.", "yes"),
    (
        "Oui, volontiers. Je suis au bureau toute la semaine prochaine si elle souhaite un appel.",
        "yes",
    ),
    ("Sí, claro. Estoy en la oficina toda la semana si quiere una llamada.", "yes"),
    ("Ja, gerne. Ich bin nächste Woche im Büro, falls sie telefonieren möchte.", "yes"),
    ("Sim, claro. Estou no escritório a semana toda se ela quiser uma chamada.", "yes"),
    ("Ndiyo. Niko ofisini wiki ijayo kama angependa kupiga simu.", "yes"),
    # A go-ahead now beside a note on the writer's slowness to answer.
    (
        "Oui, d'accord. Je suis sur un chantier à Annecy jusqu'à vendredi et je ne pourrai"
        " guère lui répondre avant lundi, mais vous pouvez faire la mise en relation dès"
        " maintenant.",
        "yes",
    ),
    (
        "Oh, yes - how exciting!\n\nFair warning, I'm on a residency up in Orkney until the"
        " 24th, so I may be slow getting back to him.\nDon't hold it for me though - go ahead"
        " and connect us now.",
        "yes",
    ),
    (
        "Sí, claro. Estoy de viaje hasta el viernes y tardaré en responder, pero pueden hacer"
        " la presentación ya.",
        "yes",
    ),
    (
        "Sim, claro. Estou viajando e vou demorar a responder, mas pode fazer a apresentação"
        " agora.",
        "yes",
    ),
    ("Ndiyo. Niko safarini na nitachelewa kujibu, lakini unaweza kutuunganisha sasa.", "yes"),
    # A condition on who or what, no yes before the offer, or no go-ahead: as before.
    ("Sure. I'm in the office next week if it's about hiring.", "unclear"),
    ("I'm in the office next week if she'd like to arrange a call.", "unclear"),
    ("Oui, mais je ne pourrai guère lui répondre avant lundi.", "unclear"),
    ("Sure, I may be slow getting back to him.", "unclear"),
    ("Sí, tardaré en responder.", "unclear"),
    ("Vous pouvez faire la mise en relation, mais seulement après le 15.", "unclear"),
    ("No thanks, don't wait for me.", "no"),
]


@pytest.mark.parametrize(("body", "answer"), GO_AHEADS_BESIDE_THE_WRITERS_TIME)
def test_a_yes_beside_the_writers_time_stands(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


YES_TO_ONE_PURPOSE_NO_TO_ANOTHER = [
    # A refusal on a condition after a yes said outright declines one purpose only.
    (
        "Yes, I'm happy to talk to Jun about the picture-book grant she's applying for - I"
        " sat on that panel last year. I don't really do portfolio reviews any more though,"
        " so if that's the main thing I'm probably not the right person.",
        "unclear",
    ),
    ("Happy to. If it's about sales, no.", "unclear"),
    (
        "Oui, volontiers pour parler de la subvention. Je ne fais plus de relectures de"
        " portfolio, donc si c'est l'essentiel, je ne suis sans doute pas la bonne personne.",
        "unclear",
    ),
    (
        "Sí, encantado de hablar de la beca. Ya no reviso portfolios, así que si es eso lo"
        " principal, probablemente no soy la persona adecuada.",
        "unclear",
    ),
    # Without a yes said outright before, the refusal stands.
    ("If it's about sales, no thanks.", "no"),
    ("No thanks. If it's about hiring, I'll pass.", "no"),
    ("I'd love to, but I can't.", "no"),
]


@pytest.mark.parametrize(("body", "answer"), YES_TO_ONE_PURPOSE_NO_TO_ANOTHER)
def test_a_yes_to_one_purpose_and_a_no_to_another_is_unclear(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Yes happy to be introduced to Martha.", "Marta Soler"),
        ("Yes, happy to meet Sara.", "Sarah Lee"),
        ("Sure, happy to meet Theresa.", "Teresa Alves"),
        ("Sure, happy to meet Phillip.", "Philip Kane"),
    ],
)
def test_a_spelling_of_the_same_name_is_the_one_asked_about(text: str, other: str) -> None:
    """A dictating phone writes "Marta" as "Martha": an "h" after a consonant or closing
    the name, and a letter doubled, make no other person."""
    assert named_others(text, other) == []


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Oh yes, I'd love to meet Mario!", "Maria Rossi"),
        ("Sure, happy to meet Tom.", "Tomas Ruiz"),
        ("Yes, happy to meet Mark.", "Marta Soler"),
    ],
)
def test_another_name_stays_another_person(text: str, other: str) -> None:
    assert named_others(text, other) != []


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Yes, happy to meet Kate!", "Katherine Obi"),
        ("Sure, I'd be glad to talk to Bob.", "Robert Lindqvist"),
        ("Yes, happy to meet Robert.", "Bob Lindqvist"),
        ("Yes, happy to meet Liz.", "Dr. Elizabeth Park"),
        ("Oui, ravi de rencontrer Fred.", "Frédéric Martin"),
        ("Sí, me encantaría conocer a Pepe.", "José Ortega"),
        ("Sí, encantada de conocer a Paco.", "Francisco Ruiz"),
        ("Ja, ich würde Hannes gerne kennenlernen.", "Johannes Vogel"),
        ("Sim, adoraria conhecer o Zé.", "José Aparecido Silva"),
        ("Ndiyo, ningependa kukutana na Mo.", "Mohamed Said"),
    ],
)
def test_a_short_form_of_the_first_name_is_the_one_asked_about(text: str, other: str) -> None:
    """A common short form of the first name of the one asked about (rules/first_names
    short_forms), either way round, names them."""
    assert named_others(text, other) == []


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # One short form is no other: Katie is no Kate, though both shorten Katherine.
        ("Yes, happy to meet Katie.", "Kate Obi"),
        # A name sharing a first syllable is another's.
        ("Yes, happy to meet Kathleen.", "Katherine Obi"),
        ("Yes, happy to meet Sasha.", "Alexandra Petrova"),
        ("Sí, me encantaría conocer a Pepa.", "José Ortega"),
        # A short form of the surname, or of another first name, says nothing.
        ("Yes, happy to meet Bob.", "Anna Roberts"),
        ("Yes, happy to meet Anna.", "Katherine Obi"),
    ],
)
def test_no_short_form_of_the_first_name_stays_another_person(text: str, other: str) -> None:
    assert named_others(text, other) != []


def test_a_yes_to_meeting_the_one_asked_about_by_a_short_form_stands() -> None:
    text = "yes!! great to meet Kate, we worked together years ago. go ahead"
    assert classify_reply(reply(text, "Katherine Obi")).answer == "yes"
    assert classify_reply(reply(text, "Karen Obi")).answer == "unclear"
