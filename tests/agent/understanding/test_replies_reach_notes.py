"""After a yes, a sentence that only tells when or how to reach the writer (a channel,
or an hour, a weekday or a part of the day with the writer as subject) is a note: its
"if" about a call, its "otherwise" to another channel, its contrast and its hours ruled
out ("not before 3 in the afternoon", "pas avant 10h") doubt nothing. A turn in the
yes's own sentence, a date, a condition on anything but the channel, a question of who
or why, a doubt, a decision still to take and a refusal still count."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply, classify_text


@pytest.mark.parametrize(
    "text",
    [
        "Sure, go ahead.\n\nOne thing though: my inbox is a mess this week. If I go quiet, "
        "just nudge me.",
        "Yes, fine by me. I work nights, so if he calls, please not before 3 in the afternoon.",
        "Sure thing. Heads up though, I'm on nights this week so text is best.",
        "Yes. Could you ask him to email me first?",
        "Oui, volontiers.\nPar contre m'appeler pas avant 10h, je suis au marché le matin.",
        "Vale, adelante. Ando de viaje hasta el viernes, pero que me escriba por whatsapp "
        "cuando quiera.",
        "Happy to. Back from the conference on Friday. Best on mobile not email.",
        "Ja, gerne. Ich bin bis Freitag auf Montage, aber er kann mich abends anrufen.",
        "Sim, pode apresentar. Estou na obra até sexta, mas ele pode me ligar à noite.",
        "Ndiyo, endelea. Niko shambani asubuhi, lakini anaweza kunipigia jioni.",
    ],
)
def test_a_note_on_reaching_the_writer_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A condition on the introduction, not on the channel.
        ("Yes if it's about hiring, otherwise no", "unclear"),
        ("Yes, but only if my manager agrees", "unclear"),
        ("Yes. Email only if it's about hiring.", "unclear"),
        ("Yes. Call me Monday morning, unless it's a sales pitch.", "unclear"),
        ("Oui. Pas avant 11h, et seulement si c'est sérieux.", "unclear"),
        # A bare yes to a time is a yes to another plan.
        ("Yes! Tuesday at 7 works for me.", "unclear"),
        # Put off, refused.
        ("Yes, but not now", "no"),
        ("Yes, but not this year", "no"),
        ("Sí, pero no ahora.", "no"),
        ("I'd love to, but I can't", "no"),
        ("I'd love to. I'm not able to this week.", "unclear"),
        ("Yes. He can call me after 5, but I'd rather not meet him.", "no"),
        ("Yes. Don't call before 10am, I'm not interested in a sales pitch.", "unclear"),
        ("Ndiyo. Niko shambani asubuhi, lakini labda baadaye.", "no"),
        # A date, not an hour: the yes waits for it.
        ("Yes please, though not before the 15th - I'm travelling till then.", "unclear"),
        ("Yes, but not before March.", "unclear"),
        ("Ja, aber nicht vor Januar.", "unclear"),
        # A turn in the yes's own sentence restricts it, unless it only limits the
        # channel ("Sure, but email only please - no calls." is yes: see
        # test_replies_channel_only).
        ("Sure, but email me only after the 15th.", "unclear"),
        # Details not to be passed on.
        ("Yes - but please don't give him my email", "unclear"),
        ("Sí. Estoy de viaje hasta el viernes, pero no le des mi correo.", "unclear"),
        # Who or why asked, a doubt, a decision still to take.
        ("Sure, but who is she?", "unclear"),
        ("Yes. Could you tell me who he is first?", "unclear"),
        ("Ja. Bin abends erreichbar, aber wer ist sie eigentlich?", "unclear"),
        (
            "Oui. Je suis au bureau le matin, mais je dois d'abord en parler à mon associé.",
            "unclear",
        ),
        ("Sim. Estou na obra de manhã, mas talvez seja melhor esperar.", "unclear"),
        ("Yes. Not a call, though.", "unclear"),
    ],
)
def test_what_is_more_than_a_note_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer


def _reply(body: str) -> bytes:
    head = (
        "From: Ana <ana@example.org>\nTo: intros@example.com\n"
        "Subject: Re: Would you like an introduction to Bob?\n"
        "Message-ID: <r1@example.org>\nIn-Reply-To: <q1@example.com>\n"
    )
    return f"{head}\n{body}\n".replace("\n", "\r\n").encode()


def test_a_yes_only_in_the_quoted_question_answers_nothing() -> None:
    """The note is the writer's; the yes only the quoted question's."""
    body = (
        "I'm on nights this week, text is best after 3pm.\n\n"
        "On Mon, 3 Mar 2025, intros@example.com wrote:\n"
        "> Would you like an introduction to Bob? Reply yes or no.\n"
    )
    assert classify_reply(parse_message(_reply(body))).answer == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # An hour said in a word after "not before", closing its clause, is an hour.
        ("Yes. He can call me, not before ten.", "yes"),
        ("Yes. Call me on 0131 496 0772, not before ten.", "yes"),
        # A lead-in closed by a colon at the end of its line goes on in the next.
        ("Yes. I'd rather phone than video, though:\n0131 496 0772, not before ten.", "yes"),
        ("Yes. I'd rather phone than video, though:\n0131 496 0772, not before 10am.", "yes"),
        # A day of the month, a count, a blank line, or a doubt after the colon still count.
        ("Yes. He can call me, not before the tenth.", "unclear"),
        ("Yes, but not before ten days from now.", "unclear"),
        ("Yes, not before ten.", "unclear"),
        ("Yes. One thing though:\nI'm not sure about him.", "unclear"),
        ("Yes. One thing though:\n\nno calls please.", "unclear"),
    ],
)
def test_an_hour_in_words_and_a_colon_closing_its_line_in_a_note(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to be introduced. No phone calls please, not even a quick one. My mobile "
        "has to stay free for work, so I don't chat on it. Email is fine.",
        "Oui, volontiers. Par contre pas d'appel svp : je suis d'astreinte et je ne peux pas "
        "bloquer la ligne. Qu'elle m'écrive, je réponds le soir.",
        "Sí, encantada. Eso sí, sin llamadas por favor. El móvil lo tengo para el trabajo. "
        "Que me escriba por correo.",
        "Ja, gerne. Aber bitte keine Anrufe. Mein Handy muss für den Dienst frei bleiben. "
        "Schreiben Sie mir lieber eine E-Mail.",
        "Sim, pode apresentar. Mas sem ligações, por favor. O celular é só para o trabalho. "
        "Prefiro por email.",
        "Ndiyo, sawa kabisa. Ila bila simu tafadhali. Simu yangu ni ya kazi tu. "
        "Aniandikie barua pepe.",
    ],
)
def test_a_call_ruled_out_with_another_channel_offered_sentences_later_leaves_the_yes(
    text: str,
) -> None:
    # The sentences between tell why the call is ruled out; the note runs on to the
    # channel offered in its place.
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Nothing offered in the call's place: the restriction still doubts.
        (
            "Yes, happy to be introduced. No phone calls please, not even a quick one. My "
            "mobile has to stay free for work, so I don't chat on it.",
            "unclear",
        ),
        (
            "Oui, volontiers. Par contre pas d'appel svp : je suis d'astreinte et je ne "
            "peux pas bloquer la ligne.",
            "no",
        ),
        (
            "Sí, encantada. Eso sí, sin llamadas por favor. El móvil lo tengo para el trabajo.",
            "unclear",
        ),
        (
            "Ja, gerne. Aber bitte keine Anrufe. Mein Handy muss für den Dienst frei bleiben.",
            "unclear",
        ),
        (
            "Sim, pode apresentar. Mas sem ligações, por favor. O celular é só para o trabalho.",
            "unclear",
        ),
        ("Ndiyo, sawa kabisa. Ila bila simu tafadhali. Simu yangu ni ya kazi tu.", "unclear"),
        # The same channel again, no other one offered.
        ("Yes, happy to. No phone calls please. My mobile has to stay free for work.", "unclear"),
        # A sentence between that speaks of the other, or of meeting, tells no reason.
        ("Yes, happy to. No phone calls please. I don't trust him. Email is fine.", "unclear"),
        (
            "Yes, happy to be introduced. No phone calls please. I don't want to meet him "
            "either. Email is fine.",
            "unclear",
        ),
        (
            "Oui, volontiers. Pas d'appel svp. Je ne veux pas la rencontrer. Qu'elle m'écrive.",
            "unclear",
        ),
        (
            "Ja, gerne. Aber bitte keine Anrufe. Ich möchte sie nicht treffen. Schreiben Sie "
            "mir lieber eine E-Mail.",
            "unclear",
        ),
        (
            "Ndiyo, sawa. Bila simu tafadhali. Sitaki kukutana naye. Aniandikie barua pepe.",
            "unclear",
        ),
        # The offer in another paragraph is no longer the note's.
        (
            "Yes, happy to. No phone calls please. My phone is for work.\n\nEmail is fine.",
            "unclear",
        ),
        # A refusal of the introduction stays one.
        ("No thanks. No phone calls please. My mobile has to stay free. Email is fine.", "no"),
        ("Non merci. Pas d'appel svp : je ne peux pas bloquer la ligne. Qu'elle m'écrive.", "no"),
        # The restriction in the yes's own sentence, or a number withheld, still counts;
        # a yes limited to one channel is a yes (see test_replies_channel_only).
        ("Yes, but no calls please", "unclear"),
        ("Sure, but email only please - no calls.", "yes"),
        ("Yes to the intro but please don't share my email", "unclear"),
    ],
)
def test_a_call_ruled_out_without_a_channel_offered_in_its_place_still_counts(
    text: str, answer: str
) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "Sure, go ahead. He can email me any time.\n\nPS: please don't call my mobile, "
        "there's no signal at sea.",
        "Sure, go ahead. He can email me any time. Please don't call my mobile, there's no "
        "signal at sea.",
        "Oui, allez-y. Elle peut m'écrire quand elle veut.\n\nPS : qu'elle ne m'appelle pas, "
        "en mer je ne décroche pas.",
        "Sin problema, adelante. Estoy embarcado hasta el 2 de noviembre pero tengo Starlink "
        "a bordo, así que puede escribirme cuando quiera.\n\nPD: que no me llame al móvil, "
        "en la mar no lo cojo.",
        "Ja, gerne, legen Sie los. Sie kann mir jederzeit schreiben.\n\nPS: Bitte nicht "
        "anrufen, auf See gehe ich nicht ran.",
        "Sim, pode avançar. Ela pode me escrever quando quiser.\n\nPS: não me ligue no "
        "celular, no mar não atendo.",
        "Ndiyo, endelea. Anaweza kuniandikia wakati wowote.\n\nPS: asinipigie simu, baharini "
        "sipokei.",
    ],
)
def test_a_call_ruled_out_after_another_channel_offered_leaves_the_yes(text: str) -> None:
    # The written channel offered first, the call ruled out after it with its reason
    # ("please don't call my mobile", "que no me llame al móvil"): a postscript may do so
    # from the paragraph below.
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # Nothing offered before the call ruled out.
        "Sure, go ahead.\n\nPS: please don't call my mobile, there's no signal at sea.",
        "Sin problema, adelante.\n\nPD: que no me llame al móvil, en la mar no lo cojo.",
        # The paragraph below is no postscript.
        "Sure, go ahead. He can email me any time.\n\nPlease don't call my mobile, there's "
        "no signal at sea.",
        # A meeting refused, a refusal, or a doubt between still count.
        "Sure, go ahead. He can email me any time.\n\nPS: please don't call my mobile, I "
        "don't want to meet him.",
        "Sin problema, adelante. Puede escribirme cuando quiera.\n\nPD: que no me llame al "
        "móvil, no me interesa.",
        "Ja, gerne, legen Sie los. Sie kann mir jederzeit schreiben.\n\nPS: Bitte nicht "
        "anrufen, ich will ihn nicht treffen.",
        "Sure, go ahead. He can email me any time. I'm not sure he's legit.\n\nPS: please "
        "don't call my mobile, there's no signal at sea.",
        # A call ruled out with no go-ahead.
        "Hmm. Please don't call me.",
    ],
)
def test_a_call_ruled_out_after_another_channel_still_counts_without_the_offer(
    text: str,
) -> None:
    assert classify_text(text) == "unclear"


# "nothing before" an hour rules hours out as "not before" does; before a date or with
# no time it still puts the yes off or negates it.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes happy to!! on nights till thurs so pls nothing before 2pm, fri-sun is best.", "yes"),
        ("Oui, avec plaisir. Je suis de nuit, donc rien avant 14h.", "yes"),
        ("Sí, claro. Estoy de noche, así que nada antes de 14h.", "yes"),
        ("Ja, gerne. Ich habe Nachtdienst, also bitte nichts vor 14 Uhr.", "yes"),
        ("Sim, claro. Estou de plantão, então nada antes das 14h.", "yes"),
        ("Yes happy to! Nothing before March though.", "unclear"),
        ("Yes. Nothing before I talk to my boss.", "unclear"),
        ("Ja, gerne. Aber nichts vor Januar.", "unclear"),
    ],
)
def test_nothing_before_an_hour_is_a_note(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Not answering unknown numbers tells why to text first; refusing to answer him does not.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Yes happy to! Mob 07700 900418, text first as I wont answer unknown numbers on"
            " the ward x",
            "yes",
        ),
        ("Yes, sure. Text first, I won't pick up unknown numbers.", "yes"),
        ("Vale, sí. Mándame un whatsapp, no contesto números desconocidos.", "yes"),
        ("Ja, gern. Schreib mir vorher eine SMS, ich gehe nicht an unbekannte Nummern.", "yes"),
        ("Sim, claro. Manda mensagem antes, não atendo números que não conheço.", "yes"),
        ("Yes happy to! I won't answer him.", "unclear"),
    ],
)
def test_not_answering_unknown_numbers_is_a_note(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# An "otherwise" closed by a comma opens its clause after the comma: another way to
# reach the writer there is a note; a refusal, a condition or a yes on a condition
# still doubt.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Happy to! I'm at the gallery Thursday from 2pm. Otherwise, he can email me.", "yes"),
        (
            "Avec plaisir! Je suis à la galerie jeudi à partir de 14 h, il peut passer sans"
            " rendez-vous. Sinon, qu'il m'écrive en premier, je lui réponds dans la journée.",
            "yes",
        ),
        (
            "Con gusto. Estoy en la galería el jueves desde las 14h. De lo contrario, que me"
            " escriba primero.",
            "yes",
        ),
        (
            "Gerne! Ich bin Donnerstag ab 14 Uhr in der Galerie. Ansonsten, soll er mir schreiben.",
            "yes",
        ),
        (
            "Claro! Estou na galeria quinta a partir das 14h. Senão, ele pode me escrever"
            " primeiro.",
            "yes",
        ),
        (
            "Ndiyo! Niko kwenye galeria Alhamisi kuanzia saa 8. Vinginevyo, aniandikie kwanza.",
            "yes",
        ),
        ("Happy to! I'm at the gallery Thursday from 2pm. Otherwise, no.", "unclear"),
        (
            "Happy to! I'm at the gallery Thursday from 2pm. Otherwise, he can email me if he"
            " is serious.",
            "unclear",
        ),
        ("Happy to! I'm at the gallery Thursday from 2pm. Otherwise, I'd rather not.", "unclear"),
        ("Happy to, if he is serious. Otherwise, he can email me.", "unclear"),
    ],
)
def test_an_otherwise_closed_by_a_comma_opens_the_clause_after_it(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Unease with the call or the meeting is no note on reaching the writer, however the
# sentence opens with one: the yes is left in doubt.
UNEASE_WITH_THE_CALL = [
    "Oui, allez-y. Qu'il m'appelle, je ne suis pas à l'aise avec cet appel.",
    "Yes, go ahead. Have him call me, I'm not comfortable with this call.",
    "Sí, adelante. Que me llame, no me siento cómodo con esta llamada.",
    "Ja, gerne. Er soll mich anrufen, ich fühle mich mit diesem Anruf nicht wohl.",
    "Sim, pode. Que ele me ligue, não me sinto à vontade com esta chamada.",
    "Ndiyo, sawa. Anipigie, sijisikii huru na simu hii.",
    "Ndiyo, sawa. Sina raha na mkutano huu.",
]


@pytest.mark.parametrize("text", UNEASE_WITH_THE_CALL)
def test_unease_with_the_call_is_no_note_and_doubts_the_yes(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Oui, allez-y. Qu'il m'appelle le matin, je suis à l'aise au téléphone.",
        "Yes, go ahead. Have him call me, I'm comfortable with a call.",
        "Ndiyo, sawa. Anipigie jioni, niko huru.",
        "Sim, pode. Fique à vontade para me ligar.",
    ],
)
def test_ease_with_the_call_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "klar, gern!\n\nSag ihr nur, sie soll nicht zwischen 11 und 15 Uhr anrufen, da ist "
        "Lunch Service und ich geh nicht ran.",
        "Ja, gerne. Bitte nicht zwischen 11 und 15 Uhr anrufen.",
        "Yes, happy to. He can call me, just not between 11am and 3pm please.\n\nThanks",
        "Yes, happy to. My mobile is best, not between 11 and 3pm, I'm in service and I "
        "don't pick up.",
        "Oui, avec plaisir. Qu'il ne m'appelle pas entre 11h et 15h, je ne décroche pas.",
        "Sim, claro. Só não me ligue entre as 11 e as 15h, não atendo.",
    ],
)
def test_a_span_of_hours_ruled_out_for_calls_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # A span that names no hours, or puts the yes off.
        "Yes, happy to. Please call me, not between 11 and 3 weeks.",
        "Yes, happy to. Just not between now and March.",
        "Ja, gerne. Ruf mich an, aber nicht zwischen Mai und Juli.",
        # Not picking up with no hours named, or the other's calls refused.
        "Yes. I won't pick up.",
        "Sim, claro. Não atendo.",
        "Sim, claro. Não me ligue antes das 15h, ele não atende.",
        "klar, gern! Ruf mich ab 15 Uhr an, ich geh nicht ran, ich will ihn nicht sprechen.",
    ],
)
def test_a_span_that_names_no_hours_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Pas de trouble, vas-y, mets-nous en contact.\n\nMathieu peut m'appeler sur mon "
        "cell, je suis en visite libre dimanche à Sainte-Rose mais sinon je suis pas mal "
        "dispo en semaine.",
        "Yes, go ahead. I have an open house Sunday but otherwise I'm pretty free during the week.",
        "Sí, adelante. El domingo tengo una visita, pero de lo contrario estoy bastante "
        "libre entre semana.",
        "Ja, gerne. Sonntag habe ich einen Termin, aber ansonsten bin ich meistens erreichbar.",
        "Sim, pode. No domingo tenho visita, mas senão estou bem livre durante a semana.",
    ],
)
def test_a_busy_slot_but_otherwise_free_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Oui, vas-y. Je suis en visite libre dimanche, mais sinon je suis pas dispo.",
        "Oui, vas-y. Je suis en visite libre dimanche, mais sinon je suis pas mal occupé.",
        "Yes, go ahead. I have an open house Sunday but otherwise I'm not free.",
        "Yes, go ahead. I have an open house Sunday but otherwise I'm free if he is serious.",
        "Yes, go ahead. I have an open house Sunday but otherwise I'm free from March.",
        "Yes, go ahead. I have an open house Sunday but otherwise I'm free next week.",
        "Yes, go ahead. I have an open house Sunday but otherwise I'm not sure.",
        "Yes, but otherwise I'm free during the week.",
    ],
)
def test_an_otherwise_that_is_not_free_time_still_doubts(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Pas de trouble, vas-y.", "yes"),
        ("Pas de trouble.", "yes"),
        ("Pas de trouble, mais non merci.", "no"),
    ],
)
def test_pas_de_trouble_says_no_problem(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Nothing to be sent before a month, after a yes, waits as "not until January" does;
# a time of day stays a note on reaching the writer and keeps the yes.
@pytest.mark.parametrize(
    "text",
    [
        "Yes, happy to. Please send nothing before December.",
        "Oui, volontiers. Rien avant décembre, s'il vous plaît.",
        "Sí, con gusto. Nada antes de diciembre, por favor.",
        "Ja, gern. Bitte schicken Sie nichts vor Dezember.",
        "Ja, gern. Nichts bis Dezember.",
        "Sim, com prazer. Nada antes de dezembro, por favor.",
        "Ndiyo, kwa furaha. Hakuna kitu kabla ya Desemba tafadhali.",
    ],
)
def test_nothing_before_a_month_after_a_yes_waits(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "Ja, gern. Bitte nichts vor 9 Uhr.",
        "Hallo,\n\nkein Problem, legen Sie los! Nichts lieber als das.",
        "Einverstanden, stellen Sie den Kontakt gern her. Das hält nichts auf.",
    ],
)
def test_nothing_before_an_hour_or_nothing_rather_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # An hour said in a word (a dialect's too), or in figures after an hour's article,
        # after "not before" in a note tells when to call.
        ("Yes, happy to. Tell him to call, but not before nine o'clock.", "yes"),
        ("Yes, happy to. Tell him to call, but not before nine in the morning.", "yes"),
        ("Oui, avec plaisir. Qu'il m'appelle, mais pas avant neuf heures.", "yes"),
        ("Sí, con gusto. Que me llame, pero no antes de las nueve.", "yes"),
        ("Sí, con gusto. Que me llame, pero no antes de las 9.", "yes"),
        ("Ja, gern. Er soll mich anrufen, aber nicht vor neun.", "yes"),
        ("JA FREILICH, DES MACH I GERN. DER BUA SOLL MI HALT ANRUFEN, ABER NED VOR NEUNE.", "yes"),
        ("Sim, com prazer. Pode me ligar, mas não antes das nove.", "yes"),
        ("Ndiyo, karibu. Anipigie simu, lakini si kabla ya saa tatu.", "yes"),
        # A day of the month, a count, a date, and an hour in the yes's own sentence
        # still put the yes off.
        ("Sí, con gusto. Que me llame, pero no antes del 9.", "unclear"),
        ("Ja, gern. Er soll mich anrufen, aber nicht vor neun Tagen.", "unclear"),
        ("Ja, gern. Er soll mich anrufen, aber nicht vor dem neunten.", "unclear"),
        ("Sim, com prazer, mas não antes da semana que vem.", "unclear"),
        ("Ndiyo. Anipigie simu, lakini si kabla ya Januari.", "unclear"),
        ("Ja, gern, aber nicht vor neun.", "unclear"),
        ("Yes, happy to. Tell him to call, but not before ten days.", "unclear"),
    ],
)
def test_an_hour_said_in_words_or_after_its_article_in_a_note(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The writer out of reach "before that", pointing back to an hour of its
        # sentence, tells when to call.
        (
            "NO PROBLEM AT ALL. GO AHEAD AND GIVE THE YOUNG MAN MY EMAIL. TELL HIM TO CALL "
            "AFTER 10 IN THE MORNING I DONT HEAR THE PHONE BEFORE THAT.",
            "yes",
        ),
        (
            "Yes, go ahead. Tell him to call after 10 in the morning, I don't hear the phone "
            "before that.",
            "yes",
        ),
        (
            "Oui, avec plaisir. Qu'il m'appelle après 10h du matin, je n'entends pas le "
            "téléphone avant ça.",
            "yes",
        ),
        (
            "Sí, claro. Que me llame después de las 10 de la mañana, no oigo el teléfono "
            "antes de eso.",
            "yes",
        ),
        ("Ja, gern. Er soll nach 10 Uhr anrufen, ich höre das Telefon vorher nicht.", "yes"),
        (
            "Sim, claro. Pode ligar depois das 10h da manhã, não ouço o telefone antes disso.",
            "yes",
        ),
        ("Ndiyo. Anipigie baada ya saa 4 asubuhi, sisikii simu kabla ya hapo.", "yes"),
        # No hour before it, a doubt, a meeting or a number withheld still count.
        ("Yes. Call me in March, I am not free before that.", "unclear"),
        ("Yes. Call me after 10am, I am not sure before that.", "unclear"),
        ("Yes. Call me after 10am, but I don't want to meet him before that.", "no"),
        (
            "Yes. Tell him to call after 10am, I don't want to give my number before that.",
            "unclear",
        ),
        ("Yes. Call me after 10am, don't give him my number before that.", "unclear"),
        ("Sí, claro. Que me llame en marzo, no estoy libre antes de eso.", "unclear"),
        (
            "Sí, claro. Que me llame después de las 10 de la mañana, no quiero conocerlo "
            "antes de eso.",
            "unclear",
        ),
    ],
)
def test_out_of_reach_before_an_hour_told_in_a_note(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        # A parent relaying the child's own yes and giving consent, asking to be copied in
        # or that contact go through them.
        "This is Callum's dad. I've shown him your message and he's thrilled. His mum and I"
        " are happy for the introduction to go ahead, yes. Please can you make sure I'm"
        " copied on anything that goes to Callum, as he's under 16.",
        "Yes, go ahead. Please can you copy me in?",
        "Yes, go ahead. Could you make sure I'm cc'd on everything?",
        "Sim, pode apresentar. Mas todo o contato tem que passar por mim, ele ainda é menor.",
        "Mimi ni baba yake Upendo. Tumezungumza naye, na yeye mwenyewe anataka sana. Ndiyo,"
        " tunakubali atambulishwe. Ila mawasiliano yote yapitie kwangu kwa sababu bado ni mdogo.",
    ],
)
def test_asking_to_be_copied_or_that_contact_go_through_the_writer_leaves_the_yes(
    text: str,
) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        # A parent who has not decided, or whose child has not been asked, stays unclear.
        "This is Callum's dad. I haven't shown him your message yet. Please can you make sure"
        " I'm copied on anything that goes to Callum?",
        "This is Callum's dad. He says yes but his mum and I haven't decided. Please can you"
        " copy me in?",
        "Mimi ni baba yake Upendo. Bado hatujaamua. Ila mawasiliano yote yapitie kwangu kwa"
        " sababu bado ni mdogo.",
        "Ndiyo. Ila mawasiliano yote yapitie kwangu kwa sababu bado sijaamua.",
        # A condition or a question of something else after the ask still counts.
        "Yes. Please can you make sure I'm copied in, if he is a real scout?",
        "Yes. Please can you tell me more about him?",
        "Yes, go ahead. Can you make sure I'm not copied?",
    ],
)
def test_a_parent_undecided_or_a_condition_beside_the_copy_ask_stays_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Yes that's fine by me. But please tell Mrs. Abernathy to ring me on the telephone"
            " rather than the email, I only look at this computer once a week.",
            "yes",
        ),
        ("Yes, fine. But please tell Dr. Smith to call me.", "yes"),
        ("Oui, ça me va. Mais dites à Mme. Dupont de m'appeler.", "yes"),
        ("Sí, me parece bien. Pero dígale a la Sra. López que me llame.", "yes"),
        ("Ja, gerne. Aber sagen Sie Frau Dr. Weber, sie soll mich anrufen.", "yes"),
        ("Sim, pode ser. Mas diga à Sra. Costa que me ligue.", "yes"),
        ("Ndiyo, sawa. Lakini mwambie Bi. Amina anipigie simu.", "yes"),
        # A turn to anything but reaching the writer still counts, title or not.
        ("Yes, happy to. But Mr. Smith is not someone I trust.", "unclear"),
        # "me." ends its sentence: what follows is read apart.
        ("Yes, but call me. Only if he is not a recruiter.", "unclear"),
    ],
)
def test_a_titles_full_stop_inside_a_note_ends_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer
