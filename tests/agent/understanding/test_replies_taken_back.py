"""A yes taken back or set beside something else: a pointer that takes back what came
before ("Scratch that - please don't make the intro"), an offer in a refusal's place
("Happy to suggest a couple of other names", "I would be delighted to hear from him once
the volume is out"), a greeting asked back ("Oi Fernanda, tudo
bem?"), a note on the writer's own replying under a condition ("Nicht wundern, falls ich
nicht sofort antworte"), a sign-off run into a dictated sentence ("... Gruß Bauer"), and
a person's promise to come back ("te digo algo la semana que viene"), never a robot's."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply, read_answer


def _reply(body: str) -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\r\nTo: intro@example.org\r\n"
        "Subject: Re: Introduction to Bob\r\nMessage-ID: <r1@example.com>\r\n"
    )
    return parse_message(f"{head}\r\n{body}".replace("\r\n", "\n").replace("\n", "\r\n").encode())


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Yes, sounds great, happy to talk to Sam.\n\n...actually, hold on. They're in "
            "litigation with our biggest customer. Scratch that - please don't make the intro, "
            "sorry.",
            "no",
        ),
        ("Sure, go ahead. Forget that, no thanks.", "no"),
        ("Oui, avec plaisir. Oubliez ce que j'ai dit : non merci.", "no"),
        ("Sí, claro. Olvida lo que dije, no gracias.", "no"),
        ("Ja, gerne. Vergiss das, lieber nicht.", "no"),
        ("Sim, claro. Esquece isso, não, obrigado.", "no"),
        ("Ndiyo. Sahau hilo, hapana asante.", "no"),
        # Taken back toward a yes: the new answer stands.
        ("No thanks. Scratch that - yes, happy to be introduced.", "yes"),
        # Taken back with nothing after it: nothing answers.
        ("Yes, see you at 8! Scratch that.", "unclear"),
        # Going on in its clause, it takes nothing back.
        ("Yes, happy to. Scratch that itch and introduce us.", "yes"),
    ],
)
def test_a_pointer_takes_back_what_came_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "I'd genuinely love to, and his company sounds interesting. But I honestly can't "
            "take on another board seat this year.\n\nSo it's a no from me for now. Happy to "
            "suggest a couple of other names if useful.",
            "no",
        ),
        ("Sorry, I can't take this on. Happy to recommend someone else.", "no"),
        ("Désolé, je ne peux pas. Ravi de vous recommander quelqu'un d'autre.", "no"),
        ("Lo siento, no puedo. Encantado de recomendarte a otra persona.", "no"),
        ("Leider nein. Gerne nenne ich Ihnen aber jemand anderen.", "no"),
        ("Infelizmente não posso. Fico feliz em indicar outra pessoa.", "no"),
        # No refusal before it, a time or a meeting in its clause: read as before.
        ("Happy to suggest a couple of names for him.", "yes"),
        ("I can't make Tuesday. Happy to suggest another time.", "unclear"),
        ("I can't this week, but happy to meet and explain our product.", "unclear"),
        ("Sorry, I can't on Monday. Happy to suggest Thursday.", "unclear"),
    ],
)
def test_an_offer_in_a_refusals_place_says_no_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Oi Fernanda, tudo bem?\n\nAgradeço muito, o projeto parece muito legal. Mas vou "
            "passar dessa vez.",
            "no",
        ),
        ("Oi, tudo bem? Sim, pode apresentar.", "yes"),
        ("Hi Jo, how are you? Yes, happy to.", "yes"),
        ("Salut, ça va ? Oui, avec plaisir.", "yes"),
        ("Hola, ¿qué tal? Sí, claro.", "yes"),
        ("Hallo, wie geht es dir? Ja, gerne.", "yes"),
        ("Habari yako? Ndiyo, sawa.", "yes"),
        # A real question beside it still asks; a bare "tudo bem" still agrees.
        ("Hi, how are you? Is he a recruiter?", "unclear"),
        ("Tudo bem, pode apresentar.", "yes"),
        ("Oi, tudo bem? Não sei ainda.", "unclear"),
    ],
)
def test_a_greeting_asked_back_asks_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "da spricht nichts dagegen \u2013 ganz im Gegenteil. Stellen Sie uns gerne vor.\n\n"
            "Nicht wundern, falls ich nicht sofort antworte: ich bin diese Woche auf der Messe.",
            "yes",
        ),
        ("Yes, happy to. Don't be surprised if I don't reply right away.", "yes"),
        ("Oui, avec plaisir. Ne soyez pas surpris si je ne réponds pas tout de suite.", "yes"),
        ("Sí, claro. No te extrañes si tardo en contestar.", "yes"),
        ("Sim, pode apresentar. Não estranhe se eu demoro a responder.", "yes"),
        # A condition on anything else, or a doubt beside it, still doubts.
        ("Yes, happy to. Don't be surprised if I change my mind.", "unclear"),
        ("Ja, gerne. Nicht wundern, falls er sich nicht meldet.", "unclear"),
        ("Yes. Don't be surprised if I don't reply right away, I'm not sure yet.", "unclear"),
        ("Don't be surprised if I don't reply right away.", "unclear"),
    ],
)
def test_a_condition_on_the_writers_own_replying_doubts_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ja gerne stellen Sie uns vor Gruß Bauer", "yes"),
        # Regards passed on, going on in their clause, still answer nothing.
        ("Grüß Jo gerne von mir.", "unclear"),
        ("Grüße Jo gerne von mir und sag ihm danke", "unclear"),
    ],
)
def test_a_sign_off_is_no_regards_passed_on(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Suena interesante, pero antes de decir nada déjame consultarlo con mi socia. "
            "Ahora mismo está de viaje; te digo algo la semana que viene.\n",
            "unclear",
        ),
        ("Estou em viagem agora, já te digo algo na semana que vem.\n", "unclear"),
        ("Je suis en déplacement cette semaine, je te redis lundi.\n", "unclear"),
        ("Bin gerade auf Dienstreise, ich sag dir Bescheid.\n", "unclear"),
        ("I'm travelling this week, I'll let you know on Monday.\n", "unclear"),
        # A notice with no such promise is still a robot's.
        ("Estoy de viaje hasta el 20 de noviembre con acceso limitado al correo.\n", "auto_reply"),
    ],
)
def test_a_person_promising_to_come_back_is_no_robot(body: str, answer: str) -> None:
    assert classify_reply(_reply(body)).answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Happy to help if I can - I built two of those during my PhD.\n\nYes.", "yes"),
        ("Encantado de ayudar si puedo - ya monté dos de esos.", "yes"),
        ("Gerne helfe ich, wenn ich kann \u2013 ich habe zwei davon gebaut.", "yes"),
        # A condition that goes on, a hyphen inside a word, or no help offered: as before.
        ("Yes, if I can - let me check with my boss.", "unclear"),
        ("Happy to help if I can-find the time.", "unclear"),
        ("Happy to help if I can - but not before March.", "unclear"),
    ],
)
def test_modesty_closed_by_a_dash_is_no_condition(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "To answer your question, yes I would be delighted to meet Priya. I'm in most "
            "mornings. The landline is best, I don't always hear the mobile.",
            "yes",
        ),
        ("Oui, avec plaisir. Appelez le fixe, je n'entends pas toujours le portable.", "yes"),
        ("Sí, encantado. Mejor el fijo, no siempre oigo el móvil.", "yes"),
        ("Sim, com prazer. Melhor o fixo, nem sempre ouço o celular.", "yes"),
        # Another negation beside it still doubts.
        ("Yes. I don't always hear the mobile, and I'm not sure I want this.", "unclear"),
        ("Yes. I don't always hear the mobile. I don't really see the point.", "unclear"),
    ],
)
def test_a_note_on_not_always_hearing_the_phone_doubts_nothing(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Anyway - the Copenhagen man, yes, absolutely, please put us in touch! That fair "
            "would be a dream.\n\nAre you coming down for the Christmas market? We have the "
            "spare room made up.",
            "yes",
        ),
        # A question beside it, or about the meeting or the one asked about, still asks.
        ("Yes, please. Are you coming, and is he a recruiter?", "unclear"),
        ("Yes, please. Are you coming to meet Marta?", "unclear"),
        ("Yes, please. Are you coming to the intro call?", "unclear"),
        ("Yes. Are you coming tonight? Who is he?", "unclear"),
        ("Are you coming tonight?", "unclear"),
    ],
)
def test_a_question_on_another_matter_asks_nothing(text: str, answer: str) -> None:
    assert read_answer(text, asked="Marta Soler")[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A "no problem" that only leaves the door open after a refusal.
        (
            "Pero estamos en plena campaña de la renta. Así que por ahora no, lo siento.\n\n"
            "Si Laura sigue necesitando a alguien después del verano, que llame a la "
            "oficina sin problema.",
            "no",
        ),
        (
            "So not for now, sorry. If Laura still needs someone after the summer, she can "
            "call the office, no problem.",
            "no",
        ),
        (
            "Pas maintenant, désolé. Si elle a encore besoin après l'été, qu'elle appelle, "
            "pas de problème.",
            "no",
        ),
        # With no refusal before it, or another yes beside it, it reads as before.
        ("Sí, que me llame el mes que viene.", "yes"),
        ("Sí, sin problema, que me llame el mes que viene.", "yes"),
        ("Si Laura necesita a alguien después del verano, que llame sin problema.", "unclear"),
        ("Por ahora no. Pero sí, sin problema, que me llame.", "unclear"),
        ("Por ahora no. Sin problema, que me llame.", "unclear"),
        (
            "Nicht jetzt, sorry. Wenn sie im Herbst noch jemanden braucht, kann sie gerne "
            "anrufen, kein Problem.",
            "unclear",
        ),
    ],
)
def test_no_problem_in_a_later_contact_after_a_refusal_says_no_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Contact welcome once something has happened, in a sentence after a refusal.
        (
            "So, with some regret, I think the answer has to be no, at least for the present."
            " Please tell him I would be delighted to hear from him once the volume is out.",
            "no",
        ),
        (
            "Non, désolé, ce sera non pour le moment. Dites-lui que je serais ravi d'avoir de"
            " ses nouvelles une fois que le livre sera paru.",
            "no",
        ),
        ("No, lo siento. Encantado de que me escriba una vez que se publique el libro.", "no"),
        ("Nein, leider nicht. Gerne kann er mir schreiben, sobald das Buch erschienen ist.", "no"),
        (
            "Nein, leider nicht. Ich freue mich, von ihm zu hören, sobald der Band erschienen ist.",
            "no",
        ),
        ("Não, lamento. Com prazer, que me escreva assim que o livro sair.", "no"),
        # In the refusal's own sentence, with a plain condition, or with no refusal
        # before it, it reads as before.
        ("I can't this week, but I'd be happy to hear from him once he's back.", "unclear"),
        ("No, sorry. I'd be happy to hear from him if he is serious.", "unclear"),
        ("Yes. I would be delighted to hear from him once the volume is out.", "unclear"),
        ("Ja, gerne. Er kann mir schreiben, sobald er zurück ist.", "unclear"),
        ("Oui, avec plaisir. Il peut m'écrire dès qu'il est rentré.", "unclear"),
    ],
)
def test_contact_welcome_later_after_a_refusal_says_no_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
