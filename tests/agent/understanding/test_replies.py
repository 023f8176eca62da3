"""Reading answers to the opt-in question."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import ReplyVerdict, classify_reply, classify_text, read_answer

QUESTION = (
    "> Ann would like to introduce you to Bob, who is hiring data engineers.\n"
    "> Would you like the introduction? Reply yes or no."
)


def reply(
    body: str, extra_headers: str = "", subject: str = "Re: Introduction to Bob"
) -> ParsedMessage:
    head = (
        f"From: Carla Diaz <carla@example.com>\r\nTo: intro@example.org\r\nSubject: {subject}\r\n"
        f"Message-ID: <r1@example.com>\r\n{extra_headers}"
    )
    return parse_message(f"{head}\r\n{body}".replace("\r\n", "\n").replace("\n", "\r\n").encode())


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("no problem, go ahead", "yes"),
        ("I'd love to, but I can't", "no"),
        ("not right now", "no"),
        ("yes if it's about hiring, otherwise no", "unclear"),
        ("Who is Bob exactly?", "unclear"),
        ("sure!", "yes"),
        ("y", "yes"),
        ("n", "no"),
        ("👍", "yes"),
        ("👎🏽", "no"),
        ("happy to", "yes"),
        ("I'll pass", "no"),
        ("maybe later", "no"),
        ("", "unclear"),
        ("Why not?", "yes"),
        ("Thanks for thinking of me!", "unclear"),
        ("I'm not interested", "no"),
        ("Not sure yet, let me think about it", "unclear"),
        ("Oui, avec plaisir", "yes"),
        ("Non merci, pas pour le moment", "no"),
        ("Sí, me encantaría", "yes"),
        ("Si c'est pour recruter, oui", "unclear"),
        ("Ja, gerne!", "yes"),
        ("Leider nicht", "no"),
        ("Sim, pode apresentar", "yes"),
        ("Agora não, obrigado", "no"),
        ("Ndiyo, tafadhali", "yes"),
        ("Hapana asante", "no"),
        ("Sawa", "yes"),
        ("I would not like that", "no"),
        ("Sure, but only if he is in Berlin", "unclear"),
        (
            "Yes.\n\nThis e-mail is confidential. If you are not the intended recipient,"
            " delete it.",
            "yes",
        ),
    ],
)
def test_text_answers(text: str, answer: str) -> None:
    assert classify_text(text) == answer


def test_evidence_names_the_deciding_phrases() -> None:
    answer, evidence = read_answer("Happy to, thanks!")
    assert answer == "yes"
    assert "yes:happy to" in evidence


def test_a_yes_in_the_quoted_question_is_not_a_yes() -> None:
    verdict = classify_reply(
        reply(f"\nOn Mon, Mar 3, 2025 at 9:14 AM Intro <intro@example.org> wrote:\n{QUESTION}\n")
    )
    assert verdict.answer == "unclear"
    assert verdict.text == ""


def test_top_posted_yes_with_quote() -> None:
    verdict = classify_reply(
        reply(f"Yes please!\n\nOn Mon, Mar 3, 2025 at 9:14 AM Intro wrote:\n{QUESTION}\n")
    )
    assert verdict == ReplyVerdict("yes", "Yes please!", verdict.evidence)
    assert verdict.to_json() == {"answer": "yes", "text": "Yes please!"}
    assert json.dumps(verdict.to_json())


def test_inline_no_below_the_question() -> None:
    verdict = classify_reply(reply(f"Hi Ann,\n\n{QUESTION}\n\nNo, not at the moment.\n\nCarla\n"))
    assert verdict.answer == "no"


@pytest.mark.parametrize(
    "headers",
    [
        "Auto-Submitted: auto-replied\r\n",
        "Precedence: bulk\r\n",
        "X-Autoreply: yes\r\n",
        "List-Id: <friends.example.org>\r\n",
    ],
)
def test_robot_headers_win_over_a_yes_in_the_text(headers: str) -> None:
    verdict = classify_reply(reply("Yes\n", headers))
    assert verdict.answer == "auto_reply"
    assert verdict.evidence[0].startswith("rule:")


def test_out_of_office_wording_without_headers() -> None:
    body = (
        "I am currently out of the office with limited access to email."
        " I will reply when I return.\n"
    )
    assert classify_reply(reply(body)).answer == "auto_reply"
    assert (
        classify_reply(reply("Gracias", subject="Respuesta automática: Introduction")).answer
        == "auto_reply"
    )


def test_a_person_mentioning_a_holiday_still_answers() -> None:
    assert (
        classify_reply(reply("Yes, happy to! I'm on holiday until Monday though.\n")).answer
        == "yes"
    )


def test_bounce_by_wording() -> None:
    body = "This is the mail system at host mx.example.org.\nYour message could not be delivered.\n"
    assert (
        classify_reply(reply(body, subject="Undelivered Mail Returned to Sender")).answer
        == "auto_reply"
    )


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_an_answer(text: str) -> None:
    assert classify_text(text) in ("yes", "no", "unclear")


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["yes", "sure", "happy to", "oui", "ja", "sim", "ndiyo"]),
    st.sampled_from(["if", "maybe", "?", "si c'est", "wenn", "talvez", "labda"]),
)
def test_a_condition_or_question_never_leaves_a_yes(yes: str, doubt: str) -> None:
    assert classify_text(f"{yes} {doubt} it is about hiring") != "yes"


# Robots without robot headers: read from the subject and the wording alone, and
# people who mention a holiday but answer.
WORDING = [
    (
        "Re: Intro",
        "Hello,\n\nI'm out of the office until 10 March and will have limited access to email."
        " For urgent requests please contact support@example.com.\n\nThanks,\nJo",
        "auto_reply",
    ),
    (
        "Automatic reply: Would you like an introduction to Bob?",
        "Thank you for your message.",
        "auto_reply",
    ),
    (
        "Re: Intro",
        "Thank you for your email. I am currently travelling and will respond as soon as possible.",
        "auto_reply",
    ),
    (
        "Re: Intro",
        "I am on leave from 3 March to 14 March. Your email will not be forwarded.",
        "auto_reply",
    ),
    (
        "Re: Intro",
        "Thanks for your email! I'm on a sabbatical until June and won't be checking email.",
        "auto_reply",
    ),
    ("Re: Intro", "Yes! Back from holiday now, happy to meet him.", "yes"),
    ("Re: Intro", "Sorry for the slow reply, I was on vacation. Yes, please connect us.", "yes"),
    ("Re: Intro", "I'm away this week but yes, go ahead.", "yes"),
    (
        "Out of Office",
        "I will be out of the office starting 03/03/2025 and will not return until 03/10/2025.",
        "auto_reply",
    ),
    ("Abwesend: Vorstellung", "Ich bin bis 10.03. abwesend.", "auto_reply"),
    (
        "Re: Intro",
        "Je suis absent du bureau jusqu'au 10 mars. En cas d'urgence, contactez ...",
        "auto_reply",
    ),
    (
        "Re: Intro",
        "Estoy de vacaciones hasta el 10 de marzo, responderé a mi regreso.",
        "auto_reply",
    ),
    (
        "Re: Intro",
        "Estou fora do escritório até 10/03 com acesso limitado ao e-mail.",
        "auto_reply",
    ),
    ("Re: Intro", "Niko likizo hadi tarehe 10 Machi.", "auto_reply"),
    (
        "Delivery Status Notification (Failure)",
        "Delivery to the following recipient failed permanently:\n\n     bob@example.com\n\n"
        "The email account that you tried to reach does not exist.",
        "auto_reply",
    ),
    (
        "Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its recipients.",
        "auto_reply",
    ),
    ("Re: Intro", "Your message to carla@example.com couldn't be delivered.", "auto_reply"),
    ("Re: Intro", "Thank you for contacting us. Your ticket #4521 has been created.", "auto_reply"),
]


@pytest.mark.parametrize(("subject", "body", "answer"), WORDING)
def test_robot_wording_without_headers(subject: str, body: str, answer: str) -> None:
    raw = (
        f"From: Jo <jo@example.com>\r\nTo: intro@example.org\r\nSubject: {subject}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    assert classify_reply(parse_message(raw.encode())).answer == answer


def test_a_particle_mid_sentence_is_not_an_answer() -> None:
    # German "ja" inside a sentence means "indeed"; Spanish "claro" can mean "clear".
    assert classify_text("Der Fuchs, der Adler, ja fast alle Tiere jagen uns.") == "unclear"
    assert classify_text("Está claro que lo pensaré.") == "unclear"
    assert classify_text("Ja, gerne.") == "yes"


def test_a_long_mail_with_a_late_yes_word_is_not_an_answer() -> None:
    story = " ".join(["We had a busy quarter with many launches and new hires."] * 30)
    assert classify_text(f"{story} We're happy to announce our new office.") == "unclear"
    assert classify_text(f"Yes, happy to be introduced. {story}") == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Thanks for the email.\n\nSafi", "unclear"),
        ("Thanks,\nHaya", "unclear"),
        ("Yes, happy to.\n\nCheers,\nNan", "yes"),
        ("No thanks.\n\nSim Lee", "no"),
        ("Hi Ann,\n\nSim", "yes"),
        ("Hola,\n\nClaro", "yes"),
        ("Ja gerne, bin im Termin.\n\nVG K.", "yes"),
        ("Thanks for the email.\n\nAnna P.", "unclear"),
        # Two words that are one answer together are no name, in capitals or not.
        ("Answers below in capitals.\n\nYES PLEASE", "yes"),
        ("Thanks for asking.\n\nNO THANKS", "no"),
        ("Merci de votre message.\n\nOUI VOLONTIERS", "yes"),
        ("Gracias por escribir.\n\nNO GRACIAS", "no"),
        ("Danke für die Nachricht.\n\nJA GERNE", "yes"),
        ("Obrigada pela mensagem.\n\nSIM CLARO", "yes"),
        ("Asante kwa ujumbe.\n\nHAPANA ASANTE", "no"),
        ("Thanks for the email.\n\nMaria Lopes", "unclear"),
    ],
)
def test_a_name_signed_below_is_not_an_answer(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("yes no > On wrote: From: Sent: -- \n?!,.'ouinjasimhapana👍")
        ),
        max_size=300,
    ),
    st.text(max_size=40),
)
def test_any_reply_gets_a_verdict(body: str, subject: str) -> None:
    verdict = classify_reply(reply(body, subject=" ".join(subject.split()) or "Re: x"))
    assert verdict.answer in ("yes", "no", "unclear", "auto_reply")
    assert set(verdict.to_json()) == {"answer", "text"}


TAGGED = "Would you like an introduction to Bob Hale? [#77aa]"


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        (f"Re: {TAGGED} - yes", "", "yes"),
        (f"YES - Re: {TAGGED}", "", "yes"),
        (f"Re: {TAGGED} -- no thanks", f"\n\n{QUESTION}\n", "no"),
        # The agent's own words ("would you like") are never an answer.
        (f"Re: {TAGGED}", "", "unclear"),
        # Without the tag the agent's words end at its question's mark: the words
        # after it are an addition, those before it never are.
        ("Re: Would you like an introduction to Bob Hale? yes", "", "yes"),
        ("Re: Would you like an introduction to Bob Hale?", "", "unclear"),
        # The body, when there is one, answers.
        (f"Re: {TAGGED} - yes", "Actually no, sorry.", "no"),
        (f"Re: {TAGGED} yes", "Who is he?", "unclear"),
    ],
)
def test_an_answer_in_the_subject_counts_only_over_an_empty_body(
    subject: str, body: str, answer: str
) -> None:
    assert classify_reply(reply(body, subject=subject)).answer == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        ("Re: Would you like an introduction to Bob Hale?\n\nYes I would, thank you.\n", "yes"),
        ("RE: Would you like an introduction to Bob Hale? [#77aa]\n\nOui, volontiers.\n", "yes"),
        ("AW: Would you like an introduction to Bob Hale?\nJa, gerne.\n", "yes"),
        ("Rép. : Would you like an introduction to Bob Hale?\n\nSí, claro.\n", "yes"),
        ("Would you like an introduction to Bob Hale?\n\nSim, pode apresentar.\n", "yes"),
        ("Re: Would you like an introduction to Bob Hale?\n\nHapana, asante.\n", "no"),
        # Only the whole line is the subject's: a question of the writer's still asks.
        ("Would you like an introduction to Bob Hale? Who is he?\n\nYes.\n", "unclear"),
        ("Re: Would you like an introduction to Bob Hale?\n\nWho is he?\n", "unclear"),
        ("Would I like an introduction to Bob Hale?\n\nYes.\n", "unclear"),
    ],
)
def test_a_line_repeating_the_subject_is_not_the_writers(body: str, answer: str) -> None:
    """Some mail programs copy the subject into the body, with or without its "Re:",
    "AW:" or "Rép.": its question mark is the agent's, not a question back."""
    assert classify_reply(reply(body, subject=f"Re: {TAGGED}")).answer == answer


@pytest.mark.parametrize(
    ("subject", "body", "answer"),
    [
        (f"Re: {TAGGED} No thanks", f"\n\nSent from my iPhone\n\n{QUESTION}\n", "no"),
        (f"Re: {TAGGED} - yes", "Enviado desde mi Android\n", "yes"),
        (f"AW: {TAGGED} ja gerne", "Von meinem iPad gesendet\n", "yes"),
        (f"Re: {TAGGED} non merci", "Envoyé de mon iPhone\n", "no"),
        (f"Re: {TAGGED} sim", "Enviado do meu iPhone\n", "yes"),
        (f"Re: {TAGGED} hapana", "Imetumwa kutoka kwa Samsung yangu\n", "no"),
        # The footer adds nothing: without an answer in the subject nothing is read.
        (f"Re: {TAGGED}", "Sent from my iPhone\n", "unclear"),
        # Words of the writer's own above the footer answer, not the subject.
        (f"Re: {TAGGED} - yes", "Who is he?\n\nSent from my iPhone\n", "unclear"),
        (f"Re: {TAGGED} - yes", "Not for me.\nSent from my iPhone\n", "no"),
    ],
)
def test_a_phone_footer_alone_is_no_text_and_the_subject_answers(
    subject: str, body: str, answer: str
) -> None:
    """A phone's footer ("Sent from my iPhone") and its kin in other languages are the
    app's line, not the writer's: over such a body the answer added to the subject
    counts."""
    assert classify_reply(reply(body, subject=subject)).answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Si me interesa", "yes"),
        ("Si me gustaría", "yes"),
        ("Si me interesa, te aviso", "unclear"),
        ("si me interesa lo veo", "unclear"),
        ("Si es para vender algo", "unclear"),
        ("si ça m'intéresse", "unclear"),
        # A whole yes after it: "claro que sí", "desde luego".
        ("Si claro que si.", "yes"),
        ("Si desde luego.", "yes"),
        ("Si claro que si puede venir, que venga.", "unclear"),
        ("Si desde luego quiere venir, avísame.", "unclear"),
        # Written in capitals a line at a time, the "si" alone on its line.
        ("BEGOÑA HIJA\nSI\nCLARO QUE SI. QUE ME\nLLAME O QUE VENGA A CASA", "yes"),
        ("Si\nclaro", "yes"),
        ("SI\nME INTERESA\nLO HABLAMOS", "unclear"),
        ("SI\nCLARO QUE SI\nQUE ME LLAME", "unclear"),
        ("Si\nquiere venir, que venga.", "unclear"),
        ("Si\nclaro que si, pero no esta semana.", "unclear"),
        ("Si\nc'est pour moi, d'accord.", "unclear"),
    ],
)
def test_si_without_its_accent(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("sur, go ahaed", "yes"),
        ("nto interested", "no"),
        ("I am nto sure", "unclear"),
        ("definitly not", "no"),
        ("Thanks Ann!", "unclear"),
        ("pure nonsense", "unclear"),
    ],
)
def test_slips_of_the_keyboard(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


def test_a_no_reply_notice_in_the_signature_is_neither_robot_nor_refusal() -> None:
    body = "Yes.\n\nCarla Diaz\nPlease do not reply to this address after 30 Sep.\n\n" + QUESTION
    assert classify_reply(reply(body)).answer == "yes"


def test_travel_plans_after_a_yes_are_no_out_of_office() -> None:
    verdict = classify_reply(reply("Happy to, though I'm travelling until the 20th.\n"))
    assert verdict.answer == "unclear"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Nur wenn es um Fundraising geht, sonst eher nicht.", "alternative:eher nicht"),
        ("Only if she's hiring, otherwise not interested.", "alternative:not interested"),
        # A negated yes after "otherwise" is that branch's refusal too.
        ("Only if she is hiring, otherwise I would not be keen.", "alternative:keen"),
        ("Seulement si c'est rapide, sinon non.", "alternative:non"),
        ("Solo si es para contratar, de lo contrario no.", "alternative:no"),
        ("Só se for sobre contratação, senão não.", "alternative:nao"),
        ("Kama ni kuhusu ajira tu, vinginevyo hapana.", "alternative:hapana"),
    ],
)
def test_a_refusal_after_otherwise_declines_one_branch_of_a_condition(
    text: str, evidence: str
) -> None:
    answer, found = read_answer(text)
    assert answer == "unclear"
    assert evidence in found


def test_a_refusal_before_otherwise_still_declines() -> None:
    # Only what follows the other branch's word is conditional.
    assert read_answer("No thanks. I'm well otherwise!")[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Maybe next quarter, things are hectic right now.",
        "I appreciate you thinking of me, but my plate is full at the moment.",
        "Peut-être le mois prochain, je suis débordée.",
        "Quizás el próximo trimestre.",
        "Vielleicht nächstes Jahr, bin gerade voll ausgelastet.",
        "Talvez no próximo mês, tô atolado.",
        "Labda mwezi ujao.",
    ],
)
def test_later_or_too_busy_declines_the_introduction_as_offered(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sale, va. Pásale mi correo.", "yes"),
        ("Sale.", "yes"),
        ("Sale de viaje mañana", "unclear"),
        ("No va.", "no"),
    ],
)
def test_mexican_sale_and_va_answer_only_before_punctuation(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


def test_wait_let_me_think_in_swahili_is_a_hedge() -> None:
    answer, found = read_answer("Ngoja nifikirie kwanza.")
    assert answer == "unclear"
    assert "hedge:ngoja nifikirie" in found


def test_a_slow_reply_notice_without_an_answer_is_a_robot() -> None:
    body = (
        "Thanks for your email. I'm on a site visit with patchy signal and will reply when I can.\n"
    )
    assert classify_reply(reply(body)).answer == "auto_reply"
    # With an answer in it, the same wording is a person's.
    assert (
        classify_reply(reply("Yes! Patchy signal here, will reply when I can.\n")).answer == "yes"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Happy to, once the launch is done",
        "Oui, une fois que le lancement est passé",
        "Claro, en cuanto termine el lanzamiento",
        "Gerne, sobald der Launch durch ist",
        "Sim, assim que o lançamento passar",
        "Ndiyo, nikimaliza uzinduzi",
    ],
)
def test_a_yes_that_waits_for_something_or_is_doubted_is_not_a_yes(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Set phrases, not a yes on one side and a no on the other.
        ("Yes, as soon as possible", "yes"),
        ("Oui, dès que possible", "yes"),
        ("Yes, once again thanks for thinking of me!", "yes"),
        ("Yeah no, not for me", "no"),
        ("Not a chance", "no"),
        ("Ne, lass mal", "no"),
        ("Sí porfa", "yes"),
    ],
)
def test_idioms(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "body",
    [
        "Hi, I'm away until 14 October with no laptop. Your message won't be read until then.",
        "Estoy de baja por maternidad. Para cualquier consulta, escriba a info@empresa.example.",
        "Ich bin derzeit in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.",
        "Estou em licença maternidade. Sua mensagem não será encaminhada.",
    ],
)
def test_leave_notices_without_headers_are_robots(body: str) -> None:
    assert classify_reply(reply(body + "\n")).answer == "auto_reply"


def test_a_person_going_on_leave_still_answers() -> None:
    # Parental leave is wording a person uses too; with a yes given it is no robot.
    assert (
        classify_reply(reply("Ja, gerne! Ab nächster Woche bin ich in Elternzeit.\n")).answer
        == "yes"
    )


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A contrast that ends its clause turns the whole clause against what came before.
        ("Sure, I saw this. I'll have to decline though.", "no"),
        ("I'd love to, I'm busy though.", "no"),
        ("Happy to though", "yes"),
        # A yes acknowledging the mail, then a refusal.
        ("Yes, I got your mail, but no thanks.", "no"),
        ("Yes I'm the right person to ask, but I'm not interested.", "no"),
    ],
)
def test_a_refusal_after_a_contrast_is_the_answer(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I wouldn't say no to that!", "yes"),
        ("Can't see why not. Go ahead.", "yes"),
        ("I don't see why not", "yes"),
        # Half a double negative, half a refusal: still undecided.
        ("I wouldn't say no, but I wouldn't say yes either", "unclear"),
    ],
)
def test_double_negatives_that_accept(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Thanks Sam - it's not the best time for me, sorry.", "no"),
        ("I'm flattered but I'm not taking on any new meetings this year.", "no"),
        ("Huu sio wakati mzuri kwangu, samahani.", "no"),
        ("Not the best time, but yes let's do it", "unclear"),
    ],
)
def test_declines_without_no(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A yes put off to later is a no for now, in the six languages.
        ("Oui mais plus tard", "no"),
        ("Ja, aber erst nächsten Monat", "no"),
        ("Let's wait until after the summer", "no"),
        ("Sí, pero más tarde", "no"),
        ("Sim, mas só mais tarde", "no"),
        ("Ndiyo, lakini baadaye!", "no"),
        ("Yes but later", "no"),
        ("Yes, later", "unclear"),
        # Saying goodbye or promising an answer puts nothing off.
        ("Yes! Talk later", "yes"),
        ("Ja gerne, bis später", "yes"),
        ("Oui avec plaisir, à plus tard", "yes"),
        ("Claro, hablamos más tarde", "yes"),
        ("I'll get back to you later", "unclear"),
        ("Yes, let me confirm later", "unclear"),
    ],
)
def test_a_yes_put_off_is_no_yes(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("subject", "answer"),
    [
        ("Re: yes", "yes"),
        ("AW: Nein danke", "no"),
        ("RE: RE: Sure thing", "yes"),
        # Asking back, forwarding, or no reply prefix: nothing is read from the subject.
        ("Re: yes?", "unclear"),
        ("Fwd: yes", "unclear"),
        ("yes", "unclear"),
        ("Re: a few words about the intro you sent", "unclear"),
    ],
)
def test_a_whole_subject_of_a_few_words_answers_over_an_empty_body(
    subject: str, answer: str
) -> None:
    assert classify_reply(reply(f"\n{QUESTION}\n", subject=subject)).answer == answer


def test_a_mailbox_nobody_reads_is_a_robot_in_german() -> None:
    body = "Dieses Postfach wird nicht überwacht. Bitte wenden Sie sich an info@firma.example.\n"
    assert classify_reply(reply(body)).answer == "auto_reply"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, after my vacation",
        "Sure - after the holidays",
        "Ja, nach meinem Urlaub",
        "Oui, à mon retour",
        "Sí, después de las vacaciones",
        "Sim, depois das férias",
        "Ndiyo, baada ya likizo",
    ],
)
def test_a_yes_that_waits_for_a_return_or_a_season_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Please hold off",
        "Let's park this",
        "Not just yet",
        "Je préfère m'abstenir",
        "Prefiero pasar",
    ],
)
def test_putting_it_aside_declines(text: str) -> None:
    assert read_answer(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "yes, this is the right address",
        "Yes, I know Lena already",
        "Yes, I remember Sam",
        "Oui, je la connais déjà",
        "Sí, ya la conozco",
        "Ja, richtige Adresse",
    ],
)
def test_a_yes_to_another_question_gives_no_consent(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


def test_knowing_of_someone_does_not_hide_a_yes() -> None:
    assert read_answer("Yes, I know of Bob's company and would be happy to chat.")[0] == "yes"


@pytest.mark.parametrize(
    "body",
    [
        "Votre demande n°4521 a bien été reçue. Notre équipe vous répondra sous 48h.",
        "Este buzón no se supervisa. Por favor, escriba a info@x.example.",
        "Ihre Anfrage #123 ist bei uns eingegangen. Wir melden uns in Kürze.",
        "Esta caixa de correio não é monitorada.",
        "Ombi lako #77 limepokelewa. Tutakujibu hivi karibuni.",
        "Das Postfach des Empfängers ist voll.",
        "La boîte aux lettres du destinataire est pleine.",
    ],
)
def test_tickets_unread_and_full_mailboxes_are_robots_in_five_languages(body: str) -> None:
    assert classify_reply(reply(body + "\n")).answer == "auto_reply"


@pytest.mark.parametrize(
    "text",
    [
        # Someone else is asked first, or the answer is promised for later.
        "Ok thanks, I'll let you know",
        "Sure, let me ask my boss",
        "D'accord, je demande à mon chef",
        "Sí, déjame preguntar a mi jefe",
        "Ja, ich frage meinen Chef",
        "Sim, vou perguntar ao meu chefe",
        "Sawa, nitamuuliza bosi wangu",
        "Oui, je vous tiens au courant",
        "Ja, ich sag dir Bescheid",
        # Wanting to hear more is no consent yet.
        "Happy to hear more",
        # What would have been is not what is.
        "I'd have been happy to a year ago",
        "I would have said yes last year",
        "Oui, j'aurais aimé",
        "Sí, me habría gustado",
        "Hätte ich gern gemacht",
        "Sim, eu teria gostado",
        "In another life, yes",
        "Yeah right",
    ],
)
def test_a_yes_that_waits_on_someone_or_never_was_is_unclear(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Great to hear from you Sam", "unclear"),
        ("Great to hear from you Sam, yes please!", "yes"),
        ("Ja, ich hätte Interesse", "yes"),
        ("Ja... doch nicht", "unclear"),
        ("Doch nicht, sorry", "no"),
    ],
)
def test_greetings_and_second_thoughts(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    "text",
    [
        "I'm writing for Al: yes, he'd like that.",
        "Hi, I'm Al's assistant - yes, he'd love to.",
        "Oui, de la part de Marc : il aimerait bien.",
        "Sí, escribo en nombre de Ana, le gustaría.",
        "Ja, im Namen von Herrn Kurz: er würde gerne.",
        "Sim, em nome do Rui: ele gostaria.",
        "Ndiyo, kwa niaba ya Juma, angependa.",
    ],
)
def test_a_yes_given_for_someone_else_is_unclear(text: str) -> None:
    # Only the person asked can consent; another's word for them is unclear.
    assert read_answer(text)[0] == "unclear"


def test_ones_own_yes_still_counts() -> None:
    assert read_answer("Yes, I'd like that")[0] == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("OK stop", "no"),
        ("Oui, désinscrivez-moi", "unclear"),
        ("Sí, dame de baja", "unclear"),
        ("Sim, me remova", "unclear"),
        ("Sehr nett, aber ich lehne ab", "no"),
        ("Muy amable, pero declino", "no"),
        ("Muito gentil, mas recuso", "no"),
        ("Asante sana, lakini nakataa", "no"),
    ],
)
def test_asking_to_stop_or_declining_by_verb(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sure, next year", "unclear"),
        ("Oui, l'année prochaine", "unclear"),
        ("Sí, el año que viene", "unclear"),
        ("Ja, nächstes Jahr", "unclear"),
        ("Sim, ano que vem", "unclear"),
        ("Ndiyo, mwaka ujao", "unclear"),
        ("Next year!", "no"),
        ("Fine, whatever", "unclear"),
        ("Most likely yes", "unclear"),
    ],
)
def test_a_yes_for_next_year_or_a_shrug_is_no_consent(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, I'm the right Alex, but I don't really do intros anymore. Sorry!", "no"),
        ("I'm not doing introductions these days.", "no"),
        ("Oui, c'est bien moi, mais je ne fais plus de mises en relation.", "no"),
        ("Sí, soy yo, pero ya no acepto presentaciones.", "no"),
        ("Ja, das bin ich, aber ich mache keine Vorstellungen mehr.", "no"),
        ("Sim, sou eu, mas já não aceito apresentações.", "no"),
        ("Ndiyo, ni mimi, lakini sifanyi tena utambulisho.", "no"),
        ("I don't usually do intros, but happy to make an exception.", "yes"),
        ("Yes, happy to. I don't do intros often, so thanks!", "unclear"),
    ],
)
def test_no_longer_taking_intros_declines(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes I got your email. I will think about it.", "unclear"),
        ("Sure, I'll consider it.", "unclear"),
        ("Yes, I'll sleep on it.", "unclear"),
        ("Ok, I'll mull it over.", "unclear"),
        ("Yes, I saw it.", "unclear"),
        ("Yes I think so.", "unclear"),
        ("Oui, je vais y penser.", "unclear"),
        ("Oui, je l'ai vu.", "unclear"),
        ("Sí, lo voy a considerar.", "unclear"),
        ("Sí, recibí tu correo.", "unclear"),
        ("Ja, ich werde es mir überlegen.", "unclear"),
        ("Ja, hab's gesehen.", "unclear"),
        ("Sim, vou considerar.", "unclear"),
        ("Sim, recebi o e-mail.", "unclear"),
        ("Ndiyo, nitalifikiria.", "unclear"),
        ("Ndiyo, nimeiona.", "unclear"),
        ("Yes, happy to - I saw her talk last year.", "yes"),
        ("Ja, gerne! Ich habe ihr Profil gesehen, passt gut.", "yes"),
    ],
)
def test_a_yes_that_only_acknowledges_or_will_think_is_no_consent(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Vielen Dank für Ihre E-Mail. Ich bin derzeit auf Dienstreise. Ja, ich antworte so "
            "bald wie möglich.",
            "auto_reply",
        ),
        ("Hola, gracias por escribir. Este buzón no se revisa. Sí, lo sentimos.", "auto_reply"),
        (
            "Thank you for your email. I am currently on a business trip. Yes, I will respond "
            "later.",
            "auto_reply",
        ),
        ("Estou em viagem a trabalho até sexta. Sim, respondo depois.", "auto_reply"),
        ("Ja, gerne! Bin zwar gerade auf Dienstreise, aber das passt.", "yes"),
    ],
)
def test_a_business_trip_notice_is_a_robot_whatever_yes_it_holds(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        ("Sí, te respondo la semana que viene.", "unclear"),
        ("Sim, retorno em breve.", "unclear"),
        ("Ndiyo, nitajibu hivi karibuni.", "unclear"),
        ("Oui, je vous répondrai demain.", "unclear"),
        ("Ja, ich antworte morgen.", "unclear"),
        (
            "Gracias por su correo. Estoy en una conferencia toda la semana. Sí, le responderé "
            "pronto.",
            "unclear",
        ),
        (
            "Obrigado pelo contato! Recebemos sua mensagem. Sim, retornaremos em breve.",
            "auto_reply",
        ),
        (
            "Thank you for your email. I'm currently on medical leave. Yes, someone will respond.",
            "auto_reply",
        ),
    ],
)
def test_a_yes_that_promises_only_a_reply_is_no_consent(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I'll sit this out, thanks for thinking of me.", "no"),
        ("Thanks, but I'll let this one pass.", "no"),
        ("Merci beaucoup. Je préfère décliner pour l'instant.", "no"),
        ("Gracias, pero esta vez lo dejo pasar.", "no"),
        ("Obrigada, mas vou deixar passar.", "no"),
        ("Danke, da setze ich aus.", "no"),
        ("Sure! Bob has never let me down with intros.", "yes"),
        ("Of course, Bob never disappoints.", "yes"),
        ("Never.", "no"),
        ("Sure, but never on a Friday.", "unclear"),
    ],
)
def test_declining_by_sitting_out_or_letting_pass_and_praise_with_never(
    text: str, answer: str
) -> None:
    """Sitting out, letting it pass or preferring to decline refuse in five languages;
    "has never let me down" is praise, not a refusal."""
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("No, thank you. Yes, I got the reminder as well - still no.", "no"),
        ("Non merci. Oui, j'ai bien reçu le rappel.", "no"),
        ("Nein danke. Ja, hab's gesehen.", "no"),
        ("Yes, I saw your note.", "unclear"),
        ("Yes, I saw it. Happy to meet Bob!", "yes"),
        ("Happy to! What time works for him?", "yes"),
        ("Sure thing. Mornings or afternoons?", "yes"),
        ("Claro que sí. ¿Mañana o tarde?", "yes"),
        ("Gerne. Lieber vormittags oder nachmittags?", "yes"),
        ("Maybe. What time zone is she in?", "unclear"),
        ("Sure, but why? What time works for her?", "unclear"),
        ("What time works for him?", "unclear"),
    ],
)
def test_a_yes_acknowledging_the_mail_and_a_scheduling_question(text: str, answer: str) -> None:
    """A "yes" that only says the mail arrived answers nothing, so a refusal beside it
    stands; after a plain yes a question about when or how to talk leaves it a yes."""
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        ("Sure, glad to meet Bob.\n\nFYI I'll be out of office next week.\n\nCarla", "yes"),
        ("Happy to!\n\nJust so you know, I'm on leave from Monday.\n\nCarla", "yes"),
        ("No thanks.\n\nHeads up that I'm out of office until the 3rd.\n\nCarla", "no"),
        ("Sí, encantada. Para que sepas, estoy fuera de la oficina hasta el lunes.", "yes"),
        ("Out of office 20-24 Oct. Sure, I will answer after.", "auto_reply"),
        ("OUT OF OFFICE - Yes, I am away. Back on 3 November.", "auto_reply"),
        ("I am out of the office until Monday. FYI I'm out of office. Yes.", "auto_reply"),
    ],
)
def test_a_persons_aside_about_their_absence_marks_no_robot(body: str, answer: str) -> None:
    """ "Heads up that I'm out of office" under an answer is the person's aside; the same
    wording as a notice, however it holds a yes, is still a robot's."""
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Merci, mais je vais passer mon tour.", "no"),
        ("Je passe mon tour, désolée.", "no"),
        ("I would, but I'm not taking meetings until March.", "no"),
        ("Yes - I'm not taking meetings in person, but a call is fine.", "unclear"),
    ],
)
def test_passing_ones_turn_and_taking_no_meetings_decline(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


def test_an_unmonitored_mailbox_or_a_helpdesk_notice_is_a_robot() -> None:
    body = "This mailbox is no longer monitored. Write to team@example.com.\n\nYes, hiring!\n"
    assert classify_reply(reply(body)).answer == "auto_reply"
    ticket = (
        "##- Please type your reply above this line -##\n\n"
        "Your request (#48213) has been received and is being reviewed by our support staff.\n"
    )
    assert classify_reply(reply(ticket)).answer == "auto_reply"
    for body in ("Dieses Postfach wird nicht mehr gelesen.", "Cette adresse n'est plus consultée."):
        assert classify_reply(reply(body)).answer == "auto_reply", body


def test_not_following_mail_while_on_leave_is_a_robot() -> None:
    for body in (
        "Olá! Recebi sua mensagem. Estou em licença-maternidade até fevereiro e não estou "
        "acompanhando os e-mails. Para assuntos do escritório, escreva para a@b.com.br.",
        "Estoy de viaje y no estoy revisando el correo hasta el lunes.",
        "Je suis en congé et je ne consulte pas mes e-mails jusqu'au 3 mars.",
    ):
        assert classify_reply(reply(body)).answer == "auto_reply", body


def test_an_absence_notice_that_answers_nothing_is_a_robot() -> None:
    for body in (
        "Obrigada pelo contato! Estou afastada do trabalho até 10/01 e responderei quando voltar.",
        "Asante. Kwa sasa sipatikani, nitajibu baada ya tarehe 10.",
        "Hallo, ich bin bis Freitag auf einer Konferenz und kann nur eingeschränkt antworten.",
        "Gracias por escribir. Estaré fuera hasta el 8 de enero sin acceso a correo.",
    ):
        assert classify_reply(reply(body)).answer == "auto_reply", body
    assert classify_reply(
        reply("Sim! Estou afastada do trabalho, mas pode apresentar.")
    ).answer == ("yes")


def test_a_receipt_notice_opening_with_a_yes_is_a_robot() -> None:
    for body in (
        "Ndiyo, tumepokea ujumbe wako. Tutakujibu ndani ya siku mbili.",
        "Danke, ja, Ihre Nachricht ist eingegangen. Wir antworten innerhalb von 2 Werktagen.",
        "Sawa, asante kwa barua pepe. Ofisi imefungwa hadi Januari 3.",
        "Yes, we received your message and a team member will respond within 48 hours.",
        "Oui, nous avons bien reçu votre message et y répondrons sous 48 heures.",
    ):
        assert classify_reply(reply(body)).answer == "auto_reply", body


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "I've changed jobs and this mailbox is no longer read. Please reach me at x@y.com.",
            "auto_reply",
        ),
        ("Cette adresse n'est plus active. Merci d'écrire à x@y.com.", "auto_reply"),
        ("Este correo ya no se revisa. Escríbeme a x@y.com.", "auto_reply"),
        ("Diese Adresse ist nicht mehr aktiv. Bitte an x@y.com schreiben.", "auto_reply"),
        ("Este e-mail não é mais lido. Escreva para x@y.com.", "auto_reply"),
        ("Barua pepe hii haitumiki tena. Tafadhali andika x@y.com.", "auto_reply"),
        ("I no longer work at Acme. Please reach me at x@y.com.", "auto_reply"),
        ("Ya no trabajo en Acme. Escríbeme a x@y.com.", "auto_reply"),
        ("I no longer work at Acme, but yes, happy to meet her.", "yes"),
        ("Ich arbeite nicht mehr bei Acme. Gerne!", "yes"),
        ("Ya no trabajo en Acme, no gracias.", "no"),
    ],
)
def test_a_notice_of_a_mailbox_or_job_left(body: str, answer: str) -> None:
    """A mailbox no longer read is a robot's wording; a job left, told alone, marks a
    robot too, and beside an answer is no refusal."""
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "I'm travelling until the 24th and barely online. Can we revisit once I'm back?",
            "unclear",
        ),
        ("On holiday until Monday. Could you send me more about her then?", "unclear"),
        ("En déplacement toute la semaine. On peut en reparler à mon retour ?", "unclear"),
        ("Estoy de viaje hasta el lunes. ¿Lo vemos cuando vuelva?", "unclear"),
        (
            "Bin bis Freitag auf Geschäftsreise. Können wir nächste Woche darüber sprechen?",
            "unclear",
        ),
        ("Ando em viagem até dia 20. Podemos falar quando eu retornar?", "unclear"),
        ("I'm travelling until the 24th with limited access. Urgent? Call 555 0100.", "auto_reply"),
        ("I am on holiday until Monday and will reply on my return.", "auto_reply"),
        ("En déplacement, je réponds à mon retour. Urgent ? Appelez Anne.", "auto_reply"),
    ],
)
def test_a_person_asking_about_the_matter_is_no_robot(body: str, answer: str) -> None:
    """Wording of absence a person may also use marks a robot only when the text asks
    nothing back: a robot asks no question about the matter, at most a word or three
    ("Urgent?")."""
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    "body",
    [
        "I'm away until Monday 24 Nov. Thanks for your understanding.\n",
        "Ich bin bis zum 20. auf Dienstreise. Ich bitte um Ihr Verständnis.\n",
    ],
)
def test_a_plea_for_understanding_closes_a_notice_as_well(body: str) -> None:
    assert classify_reply(reply(body)).answer == "auto_reply"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I shall manage either.", "unclear"),
        ("Einen Moment, ja gerne.", "yes"),
        ("Ils ont dit oui, moi aussi avec plaisir.", "yes"),
        ("nto interested", "no"),
        ("Sure, but nto this month.", "no"),
    ],
)
def test_a_real_word_is_no_slip_of_a_negator(text: str, answer: str) -> None:
    answer_read, evidence = read_answer(text)
    assert answer_read == answer
    assert not any(e.startswith("typo:") and "nto" not in e for e in evidence)


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "I'd love to, but I'm off on parental leave from Friday until March and won't be"
            " taking on anything new. Sorry!",
            "no",
        ),
        ("Thanks, but I'm on maternity leave until June and can't take this on.", "no"),
        ("Sorry, I'm on sick leave and have to decline.", "no"),
        ("Danke, aber ich bin in Elternzeit und muss absagen.", "no"),
        ("Gracias, pero estoy de baja por maternidad y no puedo.", "no"),
        ("Obrigada, mas estou de licença maternidade e não posso.", "no"),
        ("I'm on parental leave until March.", "auto_reply"),
        ("I'm on maternity leave until June with no access to email.", "auto_reply"),
        (
            "I am on parental leave until March and will not be checking email. For urgent"
            " matters contact Jo.",
            "auto_reply",
        ),
        # Refusing to answer mail while on leave is the notice itself.
        ("I'm on sick leave and can't reply at the moment.", "auto_reply"),
        ("I'm on parental leave until March and cannot respond to your message.", "auto_reply"),
    ],
)
def test_a_person_refusing_while_on_leave_is_no_robot(body: str, answer: str) -> None:
    """Leave a person also speaks of ("on parental leave") marks a robot only when the
    text answers nothing."""
    assert classify_reply(reply(body + "\n")).answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # "No problem at all" said with the negator inside the phrase is no negation.
        ("Sí, adelante, sin ningún problema.", "yes"),
        ("Pode mandar, sem problema nenhum", "yes"),
        ("Não há problema nenhum.", "yes"),
        ("Aucun problème, allez-y.", "yes"),
        # An adverb inside a refusal keeps it one.
        ("J'aurais adoré, mais je ne peux vraiment pas m'engager en ce moment.", "no"),
        ("Ich kann wirklich nicht.", "no"),
        # Near-misses.
        ("Je n'ai aucun problème avec ça mais je ne veux pas.", "no"),
        ("Tengo algún problema con eso.", "unclear"),
    ],
)
def test_no_problem_with_its_negator_inside_and_a_refusal_with_an_adverb(
    text: str, answer: str
) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Não vejo problema nenhum, pode apresentar.", "yes"),
        ("No veo ningún problema, adelante.", "yes"),
        ("Je ne vois pas de problème, allez-y.", "yes"),
        ("Je n'y vois aucun problème.", "yes"),
        ("I don't see a problem, go ahead.", "yes"),
        ("Sioni tatizo, endelea.", "yes"),
        # Near-misses: seeing no point refuses; a refusal or a delay after "but" decides.
        ("I don't see the point.", "no"),
        ("I don't see a problem with him, but I'd rather not.", "no"),
        ("Je ne vois pas de problème à ce qu'il me contacte, mais pas avant mars.", "unclear"),
    ],
)
def test_seeing_no_problem_agrees(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Ahora mismo estoy de viaje por trabajo y voy justo de batería.\n"
            "Escríbeme la semana que viene y lo vemos con calma.\n",
            "unclear",
        ),
        ("I'm travelling this week, ping me next week and we'll talk.\n", "unclear"),
        ("Je suis en déplacement, écris-moi lundi et on en parle.\n", "unclear"),
        ("Bin gerade auf Dienstreise. Schreib mir nächste Woche, dann schauen wir.\n", "unclear"),
        ("Estou em viagem agora, me escreve semana que vem e a gente conversa.\n", "unclear"),
        ("Niko safarini wiki hii. Niandikie wiki ijayo tutazungumza.\n", "unclear"),
        # A notice names no week to write again and takes nothing up: still a robot's.
        (
            "Estoy de viaje hasta el 20 de noviembre con acceso limitado al correo. "
            "Para asuntos urgentes, escríbame a info@example.com.\n",
            "auto_reply",
        ),
        ("I am currently travelling with limited access to email.\n", "auto_reply"),
        ("Bin auf Dienstreise bis zum 20. Schreiben Sie mir danach erneut.\n", "auto_reply"),
    ],
)
def test_a_person_taking_the_matter_up_later_is_no_robot(body: str, answer: str) -> None:
    """Travel wording a person may also use ("estoy de viaje") marks a robot only when
    nothing in the text is the writer's own voice taking the matter up: the familiar
    ask to write again next week or the promise to look at it together ("escríbeme ... y lo
    vemos", "schreib mir ..., dann schauen wir")."""
    assert classify_reply(reply(body)).answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sim, pode apresentar. Se for mais prático, meu WhatsApp é +55 11 95555-0142.", "yes"),
        ("Sure, go ahead. If it's easier, my mobile is +44 7700 900 212.", "yes"),
        ("Oui, volontiers. Si c'est plus simple, mon portable : 06 12 34 56 78.", "yes"),
        ("Sí, adelante. Si es más fácil, mi WhatsApp es +34 600 000 000.", "yes"),
        ("Ja, gerne. Falls einfacher, meine Handynummer ist 0171 2345678.", "yes"),
        ("Ndiyo, sawa. Kama ni rahisi, namba yangu ni 0712 345 678.", "yes"),
        # No channel given, no sentence of its own, a doubt or a question: still unclear.
        ("Sure. If it's easier, my assistant can decide.", "unclear"),
        ("Sure, if it's easier for you. My mobile is +44 7700 900 212.", "unclear"),
        ("Sure. If it's easier, my mobile is below, but I'm not sure I have time.", "unclear"),
        ("Sure. If it's easier, my mobile is 555 0100?", "unclear"),
        # Without a yes before it, nothing was agreed to.
        ("If it's easier, my mobile is +44 7700 900 212.", "unclear"),
    ],
)
def test_a_contact_channel_offered_after_a_yes_is_no_condition(text: str, answer: str) -> None:
    """After a yes, "if it's easier, my WhatsApp is ..." offers a way to reach the
    writer, not a condition on the yes."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Fine by me - please do connect us. It will have to be email only: my diary has "
            "no room for calls before February.",
            "yes",
        ),
        ("Please do connect us. No calls please, email only.", "yes"),
        ("Sí, adelante, preséntanos. Sin llamadas, por favor: solo por correo.", "yes"),
        ("Oui, allez-y, présentez-nous. Pas d'appels, uniquement par mail.", "yes"),
        ("Ja, nur zu, stellen Sie uns vor. Keine Telefonate bitte, nur per E-Mail.", "yes"),
        ("Sim, pode apresentar. Sem ligações, só por e-mail.", "yes"),
        ("Ndiyo, tutambulishe. Bila simu tafadhali.", "yes"),
        # A yes limited to one channel is a yes, go-ahead or not (see
        # test_replies_channel_only).
        ("Sure, but email only please - no calls.", "yes"),
        # No go-ahead, a turn, a refusal, a doubt or a condition beside it: as before.
        ("Please do, but no calls.", "unclear"),
        ("No calls please.", "unclear"),
        ("No, no calls.", "no"),
        ("Please do connect us. No calls, and I'm not sure I have time.", "unclear"),
        ("Please do connect us. No calls if he's a recruiter.", "unclear"),
    ],
)
def test_a_channel_ruled_out_after_a_go_ahead_is_no_condition(text: str, answer: str) -> None:
    """ "Please do connect us. ... no room for calls" after a go-ahead says how to meet,
    not whether."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Haven't spoken in years though, so yes, I'd really like the introduction.", "yes"),
        ("We have not spoken in ages. Yes please, introduce us.", "yes"),
        ("Marcus and I haven't talked in months, so sure, go ahead.", "yes"),
        # A span to come, a future perfect, or no negated perfect: still put off.
        ("Sure, in a few weeks.", "unclear"),
        ("Yes, I'll have finished in two weeks.", "unclear"),
        ("Sure, I have time in weeks.", "unclear"),
        ("We haven't spoken in years. Maybe.", "unclear"),
    ],
)
def test_a_span_of_the_past_after_a_negated_perfect_is_no_deferral(text: str, answer: str) -> None:
    """ "haven't spoken in years" measures the past: its "in" puts nothing off."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "Con Marcos no hemos hablado en años, así que sí, encantada.",
        "Com o Marcos não temos falado em anos, então sim, pode apresentar.",
    ],
)
def test_a_span_of_the_past_is_no_deferral_in_spanish_and_portuguese(text: str) -> None:
    """The same span after a negated perfect ("no hemos hablado en años") is no
    deferral; the negation there is read as before."""
    assert not any(e.startswith("deferral:") for e in read_answer(text)[1])


@pytest.mark.parametrize(
    "text", ["Sí, encantada, en unos meses.", "Sí, aunque no habré terminado en semanas."]
)
def test_a_span_to_come_still_defers_in_spanish(text: str) -> None:
    assert any(e.startswith("deferral:") for e in read_answer(text)[1])


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "¡Claro que sí! Si le resulta más práctico, que me escriba directamente por "
            "WhatsApp al +52 55 5123 4567.",
            "yes",
        ),
        (
            "Sure, go ahead. If it's more practical, message me on WhatsApp: +44 7700 900 212.",
            "yes",
        ),
        (
            "Oui, volontiers. Si c'est plus commode, qu'il m'écrive sur WhatsApp au "
            "06 12 34 56 78.",
            "yes",
        ),
        ("Ja, gerne. Falls es ihm einfacher ist, schreiben Sie mir per WhatsApp.", "yes"),
        ("Ja, gerne. Falls einfacher, schreib mir per WhatsApp: 0171 2345678.", "yes"),
        (
            "Sim, claro. Se lhe for mais prático, que me escreva pelo WhatsApp: +55 11 95555-0142.",
            "yes",
        ),
        ("Ndiyo, sawa. Kama ni rahisi kwake, aniandikie kwa WhatsApp 0712 345 678.", "yes"),
        # No medium, a doubt beside it, or no yes before it: still unclear.
        ("Sure. If it's easier, write to me first and I'll see.", "unclear"),
        (
            "Claro. Si le resulta más práctico, que me escriba por WhatsApp, pero no sé si podré.",
            "unclear",
        ),
        ("Si le resulta más práctico, que me escriba por WhatsApp al +52 55 5123 4567.", "unclear"),
    ],
)
def test_an_ask_to_write_by_a_medium_after_a_yes_is_no_condition(text: str, answer: str) -> None:
    """After a yes, "if it's easier, write to me on WhatsApp" offers a way to reach the
    writer, as "my WhatsApp is ..." does."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("¡Claro! Por WhatsApp contesto bastante más rápido que por correo.", "yes"),
        ("Sí, encantada. Soy más de correo que de llamadas.", "yes"),
        # Written without its accent, or Portuguese "mas": still a contrast.
        ("Sim, mas não agora.", "no"),
        ("Sí, claro. Mas no esta semana.", "unclear"),
        ("Sí, encantada, más rápido por correo. Sim, mas não agora.", "no"),
    ],
)
def test_the_accented_spanish_more_is_no_contrast(text: str, answer: str) -> None:
    """Spanish "más" (more) folds onto Portuguese "mas" (but) without its accent: with
    every one accented, none is a contrast."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Sin problema, adelante.\n\nSaludos cordiales,\n\nJavier Morales Peña\n"
            "Director Comercial\nGrupo Morales\nTel. +52 442 555 0100 ext. 204\n"
            '"Lo que no se mide, no se puede mejorar."\n',
            "yes",
        ),
        (
            "Sim, pode apresentar.\n\nAbraços,\nRafael Nogueira\nDiretor de Tecnologia\n\n"
            '"Não se pode vencer sem persistência." — Charles Chaplin\n',
            "yes",
        ),
        (
            "Happy to.\n\nBest regards,\nAnn Lee\nHead of Sales, Acme\n"
            "\u201cIf you can't measure it, you can't improve it.\u201d\n",
            "yes",
        ),
        (
            "Oui, volontiers.\n\nCordialement,\nMarie Dupont\nDirectrice, Atelier Dupont\n"
            "\u00ab Ne remets pas à demain ce que tu peux faire. \u00bb\n",
            "yes",
        ),
        (
            "Ja, gerne.\n\nViele Grüße\nJonas Weber\nGeschäftsführer\n"
            '"Wer nicht wagt, der nicht gewinnt."\n',
            "yes",
        ),
        # A quoted line of the writer's own, above any signature, still counts.
        ("Sure.\n\"I can't promise I'll have time.\"\n\nBest,\nAnn Lee\nCEO, Acme\n", "unclear"),
        # Below a bare name, without a sign-off above it, a quote is the writer's.
        ('Sure.\n\nAnn Lee\n"No, not now."\n', "unclear"),
    ],
)
def test_a_motto_below_a_signature_block_answers_nothing(body: str, answer: str) -> None:
    """A quoted line below a sign-off, the writer's name and their title, company or
    contact details is the signature's motto, someone else's words."""
    assert classify_reply(reply(body)).answer == answer


COPIED = "Cc: Ravi Shah <ravi@example.com>, Claire Dubois <claire@example.com>\r\n"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Ravi - copying you so it's on your radar. No need to do anything yet, I'll\n"
            "loop you in properly once we've spoken.\n\nAnd yes, I'd be glad to be introduced.\n",
            "yes",
        ),
        (
            "Claire, je te mets en copie : si ça se fait, c'est toi qui gères le devis.\n"
            "Pas de panique, rien d'urgent.\n\nPour répondre : oui, volontiers, présentez-nous.\n",
            "yes",
        ),
        ("Claire, te pongo en copia; si sale, tú llevas el presupuesto.\n\nSí, claro.\n", "yes"),
        ("Ravi, ich setze dich in CC, falls es klappt.\n\nJa, gerne.\n", "yes"),
        ("Claire, estou te copiando, se der certo é contigo.\n\nSim, pode apresentar.\n", "yes"),
        ("Ravi, nimekuweka kwenye nakala, hakuna haraka.\n\nNdiyo, sawa.\n", "yes"),
        ("Ravi - copying you so it's on your radar.\n\nNo thanks, not for me.\n", "no"),
        # A note that asks, or speaks of the meeting, bears on the answer.
        ("Ravi - copying you: should we take this on?\n\nYes, happy to.\n", "unclear"),
        ("Ravi, copying you, I'd rather you meet him, not me.\n\nSure.\n", "unclear"),
        # Without a note of copying them in, the paragraph is the writer's answer.
        ("Ravi, no need to do anything, I'm not sure.\n\nAnd yes, happy to.\n", "unclear"),
        # A name not among the recipients is read as written.
        ("Marc - copying you, no need to do anything yet.\n\nYes, happy to.\n", "unclear"),
    ],
)
def test_a_note_to_someone_copied_in_is_another_matter(body: str, answer: str) -> None:
    """A paragraph that opens by naming another recipient and notes copying them in
    speaks to them, not to the question; their name is no answer word."""
    assert classify_reply(reply(body, extra_headers=COPIED)).answer == answer


KATE = "Cc: Kate Morrow <kate@example.com>\r\n"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        (
            "Kate, please get this on my calendar - 30 mins, ideally the week of Dec 1, "
            "Zoom is fine.\n\nThanks,\nR\n",
            "yes",
        ),
        ("Kate: put it in my diary, 30 mins by phone.\n", "yes"),
        ("Kate: put it in my diary, any morning next week.\n", "yes"),
        ("Kate, mets-le dans mon agenda, 30 minutes en visio.\n", "yes"),
        ("Kate, agéndalo, por favor: 30 minutos por Zoom.\n", "yes"),
        ("Kate, trag das bitte in meinen Kalender ein, 30 Minuten.\n", "yes"),
        ("Kate, agende essa reunião, por favor.\n", "yes"),
        ("Kate, panga mkutano huu tafadhali.\n", "yes"),
        # Negated, conditional, asked, doubted beside it, or to no recipient.
        ("Kate, please don't get this on my calendar.\n", "no"),
        ("Kate, get this on my calendar, but not this month.\n", "no"),
        ("Kate, if he's legit, get this on my calendar.\n", "unclear"),
        ("Kate, can you get this on my calendar?\n", "unclear"),
        ("Kate, maybe get this on my calendar.\n", "unclear"),
        ("Kate, get this on my calendar.\n\nNot sure I'll make it though.\n", "unclear"),
        ("Tom, please get this on my calendar.\n", "unclear"),
        ("Please get this on my calendar.\n", "unclear"),
    ],
)
def test_the_meeting_handed_to_someone_copied_in_to_schedule_is_a_yes(
    body: str, answer: str
) -> None:
    """ "Kate, please get this on my calendar" to a recipient of the mail hands the
    meeting offered to them to arrange."""
    assert classify_reply(reply(body, extra_headers=KATE)).answer == answer


def test_a_note_naming_the_one_who_asked_is_read_as_written() -> None:
    """The one who asked is named in the quoted question: a paragraph opening with their
    name is read with the rest."""
    body = (
        "Ravi - copying you, no need to do anything yet.\n\nYes, happy to.\n\n"
        "> Ravi Shah would like to introduce you to Bob.\n> Reply yes or no.\n"
    )
    assert classify_reply(reply(body, extra_headers=COPIED)).answer == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Hapana asante, kwa sasa sina nafasi kabisa.", "no"),
        ("Sitaki kabisa.", "no"),
        ("Sina muda wa kutosha kabisa.", "no"),
        ("Sina nafasi hakika.", "no"),
        ("I'll pass absolutely.", "no"),
        ("Je passe mon tour absolument.", "no"),
        ("Ich passe definitiv.", "no"),
        # No refusal before it, or a pause between: read as before.
        ("Sina tatizo kabisa.", "yes"),
        ("Ndiyo kabisa, nitambulishe.", "yes"),
        ("Hapana, kabisa!", "unclear"),
        ("No thanks, definitely.", "unclear"),
    ],
)
def test_a_yes_word_after_a_refusal_in_its_clause_strengthens_it(text: str, answer: str) -> None:
    """A refusal then "kabisa" ("sina nafasi kabisa": no room at all): the yes word
    intensifies the refusal."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Now's not a good time, I'm afraid. Feel free to circle back in the spring.", "no"),
        ("Feel free to circle back in the spring.", "no"),
        ("Sure, try me again in the new year.", "no"),
        ("Happy to revisit next year.", "no"),
        ("N'hésitez pas à revenir vers moi au printemps.", "no"),
        ("Volontiers l'an prochain, revenez vers moi.", "no"),
        ("No dudes en escribirme de nuevo en primavera.", "no"),
        ("Frag gerne im Frühjahr nochmal.", "no"),
        ("Melden Sie sich gerne im neuen Jahr wieder.", "no"),
        ("Pode me procurar de novo no ano que vem.", "no"),
        ("Karibu unitafute tena mwakani.", "no"),
        # No later time, a near one, or the introduction asked for besides: as before.
        ("Yes please, feel free to circle back with times.", "yes"),
        ("Sure, happy to chat next week.", "yes"),
        ("Yes, introduce us, and ask me again in the spring about the board seat.", "unclear"),
    ],
)
def test_an_invitation_to_ask_again_later_declines_for_now(text: str, answer: str) -> None:
    """An invitation to ask again at a later time ("Feel free to circle back in the
    spring") is "not now": a no, whatever yes word invites it."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Agora não dá: estou de mudança. Quem sabe no ano que vem.", "no"),
        ("Quem sabe no ano que vem.", "no"),
        ("Sim, pode apresentar. Nos falamos no próximo mês.", "yes"),
        ("Sim, pode apresentar. Estou livre na próxima semana.", "yes"),
        # A Spanish "no" before a verb still refuses.
        ("No puedo este año.", "no"),
    ],
)
def test_portuguese_no_before_a_date_is_in_the(text: str, answer: str) -> None:
    """Portuguese "no ano que vem" is "in the coming year": neither a negator nor a
    refusal."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Wieso eigentlich nicht? Stell uns ruhig vor.", "yes"),
        ("Warum denn nicht? Stellen Sie uns vor.", "yes"),
        ("Stell uns gerne vor. Warum auch nicht.", "yes"),
        ("Why not, actually? Introduce us.", "yes"),
        ("Go ahead. Why ever not?", "yes"),
        ("Pourquoi pas, après tout ? Présentez-nous.", "yes"),
        ("¿Y por qué no? Adelante.", "yes"),
        ("E por que não, afinal? Pode apresentar.", "yes"),
        ("Kwa nini isiwe? Nitambulishe.", "yes"),
        # On its own, or beside a real question or a condition: as before.
        ("Wieso eigentlich nicht?", "unclear"),
        ("Why not ask him first? Go ahead otherwise.", "unclear"),
        ("Why not? Is he in sales?", "unclear"),
        ("Why not, if he is not a recruiter? Go ahead.", "unclear"),
        ("Kwa nini? Nitambulishe.", "unclear"),
    ],
)
def test_why_not_with_particles_beside_a_go_ahead_agrees(text: str, answer: str) -> None:
    """A sentence that is only "why not" with a particle or two ("Wieso eigentlich
    nicht?", "¿Y por qué no?") is a set phrase that agrees, not a question and a no."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ha, I can hardly say no to Raj, can I? Alright then, introduce us.", "yes"),
        ("How could I say no? Go ahead and introduce us.", "yes"),
        ("Well, how could I say no to Ana? Please introduce us.", "yes"),
        ("Comment refuser ? Allez-y, présentez-nous.", "yes"),
        ("Je ne peux guère refuser à Raj, hein ? Allez, présentez-nous.", "yes"),
        ("¿Cómo voy a decir que no a Raj? Sí, preséntanos.", "yes"),
        ("Da kann ich ja schlecht nein sagen, oder? Also gut, stell uns vor.", "yes"),
        ("Como é que eu ia dizer não ao Raj, né? Pode nos apresentar.", "yes"),
        ("Siwezi kukataa, sivyo? Sawa, nitambulishe.", "yes"),
        # Alone, after the yes, or beside a doubt or a real question: as before.
        ("Ha, I can hardly say no to Raj, can I?", "unclear"),
        ("Wie könnte ich nein sagen?", "unclear"),
        ("Introduce us? How could I say no?", "unclear"),
        ("I can hardly say no, can I? Maybe introduce us after the launch.", "unclear"),
        ("How could I say no? Is she in sales though? Introduce us.", "unclear"),
        ("How could I say no if she's selling? Go ahead.", "unclear"),
        # Not said as a question: a negated "no" beside a yes, unclear.
        ("I can hardly say no to Raj. Alright then, introduce us.", "unclear"),
    ],
)
def test_a_rhetorical_question_that_cannot_refuse_before_a_yes(text: str, answer: str) -> None:
    """A question that says the writer cannot refuse ("I can hardly say no to Raj, can
    I?", "¿Cómo voy a decir que no?") leans to a yes: with a go-ahead in a later sentence
    the reply says yes; alone it answers nothing."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Owen, you star. Marta and I have been circling each other at the same three"
            " trade shows\nfor about two years and never actually managed a proper chat."
            "\n\nYes please, make the intro.",
            "yes",
        ),
        ("We have never met. Yes please, introduce us.", "yes"),
        ("Yes please, introduce us. We've never actually met.", "yes"),
        ("Nous n'avons jamais eu l'occasion de parler. Oui, avec plaisir, présentez-nous.", "yes"),
        ("Oui, présentez-nous. On ne s'est jamais rencontrés.", "yes"),
        ("Sí, preséntanos. Nunca hemos coincidido.", "yes"),
        ("Nunca conseguimos hablar en la feria. Sí, preséntanos.", "yes"),
        ("Ja, gerne. Wir haben uns nie getroffen.", "yes"),
        ("Nunca conseguimos conversar direito. Sim, pode apresentar.", "yes"),
        ("Hatujawahi kuonana. Ndiyo, nitambulishe.", "yes"),
        # "'s" and "'d" before a participle are "has" and "had": a story.
        ("No problem at all, go ahead. She's never sent me a dud.", "yes"),
        ("Yes please, introduce us. I'd never met him before the fair.", "yes"),
        ("Sure, go ahead. He's never missed a deadline.", "yes"),
        # A habit, a state, a day or a lack of time: a restriction on the yes.
        ("Yes, go ahead. She's never on time for calls.", "unclear"),
        ("Yes, though I'd never do calls on Fridays.", "unclear"),
        ("Go ahead. He's never available before noon.", "unclear"),
        ("Never on Fridays, but yes, introduce us.", "unclear"),
        ("I never take calls. Yes, introduce us.", "unclear"),
        ("Yes please. I never answer the phone.", "unclear"),
        ("I have never taken calls on Fridays. Sure, introduce us.", "unclear"),
        ("I've never had time for calls. Yes, introduce us.", "unclear"),
        ("I'm never interested in sales pitches. Sure, introduce us.", "unclear"),
        ("We've never met, and I never take calls. Yes please.", "unclear"),
        ("Je ne suis jamais disponible le vendredi. Oui, présentez-nous.", "unclear"),
        ("Je n'ai jamais le temps. Oui, présentez-nous.", "unclear"),
        ("Nunca los viernes. Sí, preséntanos.", "unclear"),
        ("Nunca he tenido tiempo para llamadas. Sí, preséntanos.", "unclear"),
        ("Ich telefoniere nie. Ja, stell uns vor.", "unclear"),
        ("Ich bin nie erreichbar. Ja, gerne.", "unclear"),
        ("Nunca atendo chamadas. Sim, pode apresentar.", "unclear"),
        ("Sawa, nitambulishe. Sitaki simu kamwe.", "unclear"),
        # Without a yes, "never" refuses as before.
        ("We have never met and I'd rather not.", "no"),
    ],
)
def test_never_in_a_story_about_the_past_restricts_nothing(text: str, answer: str) -> None:
    """A never-word beside a yes restricts it ("Never on Fridays", "Nunca los viernes"),
    unless a past or perfect verb makes its clause a story about the past ("we never
    actually managed a proper chat", "Nunca hemos hablado", "Wir haben uns nie
    getroffen")."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sure, in a few weeks.", "unclear"),
        ("Happy to, in January.", "unclear"),
        ("Count me in - just give it a month or so.", "unclear"),
        ("Sure, ask me again in January and we'll do it.", "unclear"),
        ("Oui, dans quelques semaines.", "unclear"),
        ("Sí, dentro de un mes.", "unclear"),
        ("Ja, in ein paar Wochen.", "unclear"),
        ("Ja, gerne, im Januar.", "unclear"),
        ("Sim, daqui a umas semanas.", "unclear"),
        ("Ndiyo, baada ya wiki mbili.", "unclear"),
        # No date after the lead: nothing is put off.
        ("Count me in!", "yes"),
        ("Yes, happy to meet in person.", "yes"),
        ("Sure, introduce us. I'm in Berlin most weeks.", "yes"),
        ("We never met in person. Happy to be introduced.", "yes"),
        ("würde ich wirklich gern, aber ich schaffe es im Moment einfach nicht.", "no"),
    ],
)
def test_a_yes_put_off_by_a_span_of_time(text: str, answer: str) -> None:
    """A yes put off to a month or a span of time ("in a few weeks", "give it a month",
    "dans quelques semaines", "im Januar") waits, as "after the 15th" does."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sure, next month.", "unclear"),
        ("Sure, in the new year.", "unclear"),
        ("Yes - after the holidays.", "unclear"),
        ("Happy to. Next week, ideally.", "unclear"),
        ("Next month, sure.", "unclear"),
        ("Yes, at some point.", "unclear"),
        ("Oui, le mois prochain.", "unclear"),
        ("Avec plaisir, la semaine prochaine.", "unclear"),
        ("Oui, à la rentrée.", "unclear"),
        ("Sí, el mes que viene.", "unclear"),
        ("Claro, pasadas las fiestas.", "unclear"),
        ("Sí, a principios del año que viene.", "unclear"),
        ("Ja, nächsten Monat.", "unclear"),
        ("Klar \u2013 Anfang nächsten Jahres.", "unclear"),
        ("Ja, irgendwann.", "unclear"),
        ("Sim, no próximo mês.", "unclear"),
        ("Claro, mês que vem.", "unclear"),
        ("Sim, lá para março.", "unclear"),
        ("Ndiyo, mwezi ujao.", "unclear"),
        ("Sawa, wiki ijayo.", "unclear"),
        # The time is the meeting's, in a clause that goes on or beside a meeting.
        ("Yes, happy to meet - next month works best for me", "yes"),
        ("Sure, happy to meet him, next month.", "yes"),
        ("Yes please! Happy new year.", "yes"),
        ("Sim, pode apresentar. Nos falamos no próximo mês.", "yes"),
        ("Gern, stell uns vor; treffen können wir uns nächsten Monat.", "yes"),
        ("Oui, présentez-nous, on se verra le mois prochain.", "yes"),
        ("Sí, claro, preséntanos; el mes que viene nos vemos en Madrid.", "yes"),
        ("Ndiyo, nitambulishe. Tunaweza kukutana mwezi ujao.", "yes"),
        # Asked to ask again next month: not now.
        ("Sure, ask me again next month.", "no"),
        ("Oui, revenez vers moi le mois prochain.", "no"),
        ("Frag nochmal nächsten Monat.", "no"),
        ("Me procure de novo no mês que vem.", "no"),
    ],
)
def test_a_yes_whose_only_complement_is_a_later_time_waits(text: str, answer: str) -> None:
    """A yes beside a clause that names only a later time ("Sure, next month.", "Oui, le
    mois prochain.", "Ja, nächsten Monat.") puts the answer off: unclear. A time that the
    sentence gives a meeting ("next month works best for me", "happy to meet him, next
    month") leaves the yes standing, and asking to be asked again next month declines."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Nein danke, das passt aktuell leider gar nicht.", "no"),
        ("Das passt mir gar nicht.", "no"),
        ("Interessiert mich leider überhaupt nicht.", "no"),
        ("Passt mir im Moment nicht.", "no"),
        ("Non merci, ça me va pas.", "no"),
        ("Ça m'intéresse vraiment pas.", "no"),
        ("Ça me convient pas du tout.", "no"),
        ("Sure not now.", "no"),
        ("No gracias, ahora no me viene bien.", "no"),
        ("Ahora mismo no me viene bien.", "no"),
        ("Não obrigado, agora não dá jeito.", "no"),
        ("Hapana asante, haifai kwa sasa.", "no"),
        ("Hainifai.", "no"),
        # Another word between, a pause, or a one-word refusal of its own: as before.
        ("Passt mir sehr gut nicht nur zeitlich.", "yes"),
        ("Ja, passt.", "yes"),
        ("Ça me va, pas de souci.", "yes"),
        ("Yes, not a problem.", "yes"),
        ("Ndiyo, inafaa.", "yes"),
    ],
)
def test_a_negation_after_a_yes_word_in_its_clause_negates_it(text: str, answer: str) -> None:
    """A yes word with a negation later in its clause, only words such as "aktuell",
    "leider", "gar" or "vraiment" between ("das passt aktuell leider gar nicht", "ça
    m'intéresse vraiment pas"), is negated; Swahili negates the verb itself ("haifai")."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Hapana asante, kwa sasa sina nafasi. Desemba nimejaa kabisa.", "no"),
        ("Hapana. Desemba nimebanwa kabisa.", "no"),
        ("No thanks. December I'm totally booked.", "no"),
        ("No thanks. December is definitely full.", "no"),
        ("I'm absolutely swamped.", "no"),
        ("Non merci. En décembre je suis complètement débordé.", "no"),
        ("No gracias. Diciembre lo tengo totalmente lleno.", "no"),
        ("Nein danke. Im Dezember bin ich völlig ausgebucht.", "no"),
        ("Não, obrigado. Dezembro estou completamente cheio.", "no"),
        # No refusal: the state agrees to nothing.
        ("Nimejaa kabisa.", "unclear"),
        ("December I'm totally booked.", "unclear"),
        # Not beside the state: read as before.
        ("Totally! I'm booked in December though.", "yes"),
        ("Ndiyo kabisa, nitambulishe.", "yes"),
        ("Sina tatizo kabisa.", "yes"),
    ],
)
def test_a_yes_word_intensifying_a_busy_state_agrees_to_nothing(text: str, answer: str) -> None:
    """A yes word such as "completely" beside a state of being full ("nimejaa kabisa",
    "totally booked") says how full: after a refusal it strengthens it, alone it
    answers nothing."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Office iko full kabisa, tunafanya kazi hadi Jumamosi. Kwa hivyo hapana kwa sasa.", "no"),
        ("The office is totally booked. So no for now, sorry.", "no"),
        ("La oficina está totalmente llena. Así que no por ahora.", "no"),
        # A yes of its own beside the bare "no": still a restriction on the yes.
        ("Ndiyo kabisa. Hapana simu tafadhali.", "unclear"),
        ("Sure, but I'm totally booked. No calls please.", "unclear"),
    ],
)
def test_a_busy_state_word_of_yes_leaves_a_bare_refusal_standing(text: str, answer: str) -> None:
    """A yes word that only says how full the writer is ("iko full kabisa") is no yes
    beside which a bare refusal ("hapana kwa sasa") would restrict one: it refuses."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "We are currently under contract with our linen provider through the end of 2026"
            " and are not reviewing alternatives at this time, so we will pass on this"
            " introduction.",
            "no",
        ),
        ("I'll pass on this intro, thanks.", "no"),
        # Passing the introduction on to someone else beside a yes: not a plain refusal.
        ("Yes, go ahead. We will pass on this introduction to our partner too.", "unclear"),
    ],
)
def test_passing_on_this_introduction_refuses(text: str, answer: str) -> None:
    """'We will pass on this introduction' declines it, as 'pass on the introduction'
    does; 'we will pass' alone closes no clause there."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sí, por supuesto, con gusto lo conozco a Ezequiel.", "yes"),
        ("Con mucho gusto la conozco, pasale mi WhatsApp.", "yes"),
        # Knowing the other already still doubts the yes.
        ("Sí, ya lo conozco.", "unclear"),
        ("Sí, claro, lo conozco de la facultad.", "unclear"),
        ("Con gusto lo conozco, pero no sé si tengo tiempo.", "unclear"),
    ],
)
def test_gladly_meeting_him_in_the_present_agrees(text: str, answer: str) -> None:
    """Rioplatense 'con gusto lo conozco' is 'I'll gladly meet him', the present for a
    near future: a yes, not the writer knowing him already."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, if I remember rightly we met in Lisbon. Happy to be introduced.", "yes"),
        ("Happy to, if that makes sense.", "yes"),
        ("Oui, avec plaisir. On s'est croisés à Lyon, si je me souviens bien.", "yes"),
        ("Sí, encantado. Nos conocimos en Madrid, si no recuerdo mal.", "yes"),
        ("Ja, gerne. Wir haben uns, wenn ich mich recht erinnere, in Köln getroffen.", "yes"),
        ("Sim, com prazer. Conhecemo-nos em Lisboa, se bem me lembro.", "yes"),
        ("Ndiyo, nitafurahi. Tulikutana Arusha, kama nakumbuka.", "yes"),
        (
            "So yes, I'd be delighted - pass him my details whenever suits and tell him"
            " to ignore my out-of-office if he catches me at sea.",
            "yes",
        ),
        ("Oui, avec plaisir. Dites-lui de m'appeler s'il passe à Lyon.", "yes"),
        ("Sí, claro. Dile que me llame si pasa por Madrid.", "yes"),
        ("Ja, gerne. Sag ihm, er soll mich anrufen, wenn er in Köln ist.", "yes"),
        ("Sim, claro. Diga-lhe para me ligar se ele passar por Lisboa.", "yes"),
        ("Ndiyo. Mwambie anipigie kama atakuja Arusha.", "yes"),
        # A condition on the yes, or one that answers, negates or asks: still unclear.
        ("Yes, if he's not a recruiter.", "unclear"),
        ("Yes, happy to if the timing works.", "unclear"),
        ("Sim, claro, se ele passar por Lisboa.", "unclear"),
        ("Yes, tell him to go ahead if the budget is approved.", "unclear"),
        ("Sure, tell her to call me if she's not a recruiter.", "unclear"),
        ("Sure, tell him to call me if he wants?", "unclear"),
        ("Tell him to call me if he wants.", "unclear"),
    ],
)
def test_an_if_with_no_bearing_on_the_answer_is_no_condition(text: str, answer: str) -> None:
    """An "if" in a side remark ("if I remember rightly", "si no recuerdo mal") or in a
    message passed on to the other after a yes ("tell him to ignore my out-of-office
    if he catches me at sea") conditions nothing of the consent."""
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Yes, I am agree for this introduction with pleasure. She can write to me about "
            "the conditions of the stand.",
            "yes",
        ),
        ("Sure, happy to. Tell her to call me about the conditions for the stall.", "yes"),
        ("Yes, on conditions.", "unclear"),
        ("Yes, with some conditions about the stand.", "unclear"),
        ("Yes, happy to, on conditions of the stand being free.", "unclear"),
    ],
)
def test_the_conditions_of_a_thing_talked_about_set_none(text: str, answer: str) -> None:
    """'write to me about the conditions of the stand' names the terms of a thing to be
    talked over; conditions the writer sets still doubt the yes."""
    assert read_answer(text)[0] == answer
