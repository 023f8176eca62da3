"""Classes of replies read by their wording: a robot's acknowledgement, courtesies
that doubt nothing, refusals for good or for this time, an assistant's word for the
one asked, and a yes on the offer still standing."""

from __future__ import annotations

import pytest

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply, classify_text


def reply(body: str) -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Introduction to Bob\nMessage-ID: <r1@example.com>\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


ACKNOWLEDGEMENTS = [
    "This is an automated acknowledgement to confirm that your message has reached us."
    " Replies to this address are not monitored.",
    "Thank you for your message. Replies to this address are not monitored.",
    "Ceci est un accusé de réception automatique : votre message nous est bien parvenu.",
    "Este es un acuse de recibo automático para confirmar que hemos recibido su mensaje.",
    "Dies ist eine automatische Eingangsbestätigung. Ihre Nachricht ist bei uns eingegangen.",
    "Esta é uma confirmação automática de recepção: a sua mensagem foi recebida.",
    "Huu ni ujumbe wa kiotomatiki kuthibitisha kwamba tumepokea barua pepe yako.",
]


@pytest.mark.parametrize("body", ACKNOWLEDGEMENTS)
def test_an_automated_acknowledgement_is_a_robot(body: str) -> None:
    assert classify_reply(reply(body)).answer == "auto_reply"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # A person speaking of an acknowledgement still answers.
        ("Yes, happy to. Your acknowledgement came through, thanks.", "yes"),
        ("I got the acknowledgement. No thanks, though.", "no"),
        ("Oui, avec plaisir. Votre accusé de réception est arrivé, merci.", "yes"),
        ("Ja, gerne. Ihre Eingangsbestätigung kam an, danke.", "yes"),
    ],
)
def test_a_person_mentioning_an_acknowledgement_still_answers(body: str, answer: str) -> None:
    assert classify_reply(reply(body)).answer == answer


KIND_OF_YOU = [
    ("Absolutely - very kind of you to think of me for this.", "yes"),
    ("Yes, kind of you to think of me.", "yes"),
    ("Thanks, that's very kind of you. Happy to.", "yes"),
    ("Volontiers, c'est gentil de penser à moi.", "yes"),
    ("Con gusto, muy amable de tu parte.", "yes"),
    ("Gerne, sehr nett von Ihnen, an mich zu denken.", "yes"),
    ("Com todo o gosto, muito gentil da sua parte.", "yes"),
    ("Ndiyo, ni wema wako kunikumbuka.", "yes"),
    # A thanks alone answers nothing, and declining stays a no.
    ("Very kind of you.", "unclear"),
    ("Nice of you to think of me.", "unclear"),
    ("Sehr nett von Ihnen, aber nein danke.", "no"),
    # "kind of" as "somewhat" still doubts.
    ("I'm kind of interested.", "unclear"),
    ("Kind of, yes.", "unclear"),
    ("Sure, I'm kind of keen.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), KIND_OF_YOU)
def test_kind_of_you_thanks_and_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


LEFT_FOR_GOOD = [
    (
        "We've since appointed someone to the post, so I'll leave this one be - thank you"
        " for thinking of us though.",
        "no",
    ),
    ("I'll sit this one out, thanks for thinking of me though.", "no"),
    ("Nous avons déjà recruté, je passe mon tour - merci d'avoir pensé à nous quand même.", "no"),
    ("Ya hemos contratado a alguien, así que paso. Gracias por pensar en nosotros.", "no"),
    ("Die Stelle ist besetzt, ich setze aus - danke trotzdem, dass Sie an uns dachten.", "no"),
    ("A vaga já foi preenchida, por isso passo a vez - obrigado por se lembrarem de nós.", "no"),
    ("Tayari tumeajiri mtu, kwa hiyo nitapita - asante kwa kutufikiria hata hivyo.", "no"),
    ("Asante, nitapita.", "no"),
    # A thanks closing a yes leaves it a yes; a "though" that goes on opens a doubt.
    ("I'd love to, thank you for thinking of us though.", "yes"),
    ("I'll leave this one be, though happy to talk if nothing else works out.", "unclear"),
    # "nitapita" going on in its clause is passing by, not passing on the offer.
    ("Nitapita ofisini kwako kesho.", "unclear"),
    ("Ndiyo, nitapita ofisini kwako kesho kuzungumza.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), LEFT_FOR_GOOD)
def test_leaving_the_offer_be_refuses_it(text: str, answer: str) -> None:
    assert classify_text(text) == answer


NOT_THIS_TIME = [
    ("Obrigado por se lembrar de mim, mas desta feita passo a vez. Quem sabe numa próxima.", "no"),
    ("Desta feita não, obrigado. Talvez numa próxima.", "no"),
    ("Quem sabe noutra altura.", "no"),
    ("Thanks, but not this time. Perhaps on another occasion.", "no"),
    ("Merci, mais pas cette fois. Peut-être une prochaine fois.", "no"),
    ("Gracias, pero esta vez paso. Tal vez la próxima vez.", "no"),
    ("Danke, aber diesmal setze ich aus. Vielleicht beim nächsten Mal.", "no"),
    ("Asante, lakini si safari hii. Labda wakati ujao.", "no"),
    # A yes with a later time for something else stays a yes, or at worst unclear.
    ("Yes please. Next time, use my work address.", "yes"),
    ("Sí, claro. La próxima vez avísame antes.", "yes"),
    ("Oui, avec plaisir ! Une prochaine fois on déjeunera ensemble.", "yes"),
    ("Sim, pode apresentar. Numa próxima ocasião almoçamos.", "yes"),
    ("Happy to. Maybe next time we can have lunch too.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_THIS_TIME)
def test_not_this_time_and_maybe_another_is_no(text: str, answer: str) -> None:
    assert classify_text(text) == answer


RELAYED_ACCEPTANCES = [
    (
        "Je suis l'assistante de M. Dupuis. Il m'a demandé de vous confirmer qu'il accepte"
        " d'être mis en relation avec Mme Okafor.",
        "yes",
    ),
    ("Paul asked me to confirm he accepts the introduction to Ms Okafor.", "yes"),
    ("He asked me to confirm: he accepts the introduction.", "yes"),
    ("Me pidió que le confirmara que acepta ser presentado a la Sra. Okafor.", "yes"),
    ("Er hat mich gebeten, Ihnen mitzuteilen, dass er der Vorstellung zustimmt.", "yes"),
    ("Ele pediu-me que lhe confirmasse que aceita a apresentação.", "yes"),
    ("Ameniomba nikuthibitishie kwamba anakubali kutambulishwa kwa Bi. Okafor.", "yes"),
    # Passing the mail on, or guessing, is no acceptance.
    ("I'll check with Paul and let you know.", "unclear"),
    ("Je lui transmets et reviens vers vous.", "unclear"),
    ("I think he accepts the introduction.", "unclear"),
    ("Ich glaube, er stimmt der Vorstellung zu.", "unclear"),
    ("Acho que aceita a apresentação.", "unclear"),
    ("Nadhani anakubali kutambulishwa.", "unclear"),
    # Asking him whether he accepts decides nothing.
    ("I'll check with Paul whether he accepts the introduction.", "unclear"),
    ("Paul asked me to confirm whether he accepts the introduction.", "unclear"),
    ("Je vais lui demander s'il accepte d'être mis en relation.", "unclear"),
    ("Vou perguntar-lhe se aceita a apresentação.", "unclear"),
    ("Le preguntaré si acepta la presentación.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), RELAYED_ACCEPTANCES)
def test_an_acceptance_relayed_for_the_one_asked(text: str, answer: str) -> None:
    assert classify_text(text) == answer


OFFER_STILL_STANDING = [
    ("Yes, if it's still on the table I'd be glad to meet Tomasz.", "yes"),
    ("Yes - if it's still on the table!", "yes"),
    ("If the offer still stands, yes please.", "yes"),
    ("Oui, si c'est toujours d'actualité, avec plaisir.", "yes"),
    ("Sí, si sigue en pie, me encantaría.", "yes"),
    ("Ja, falls das noch aktuell ist, gerne.", "yes"),
    ("Sim, se ainda estiver de pé, com todo o gosto.", "yes"),
    ("Ndiyo, kama bado ipo, ningependa kukutana naye.", "yes"),
    ("If it's still on the table, no thanks.", "no"),
    # Any other condition, joined to it or in its clause, still doubts the yes.
    ("Yes (if that's still relevant)", "unclear"),
    ("Yes, if it's still on the table and he's based in London.", "unclear"),
    ("Yes, if it's still on the table, and he's based in London.", "unclear"),
    ("Yes, if it's still on the table in March.", "unclear"),
    ("Yes if it's still on the table, if not no worries.", "unclear"),
    ("Ja, falls das noch aktuell ist und er in Berlin sitzt, gerne.", "unclear"),
    ("Sí, si sigue en pie y es para marzo.", "unclear"),
    ("Oui, si c'est toujours d'actualité et si elle cherche un associé.", "unclear"),
    ("Is it still on the table? If so, yes.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), OFFER_STILL_STANDING)
def test_a_condition_on_the_offer_standing_leaves_the_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


ANOTHERS_YES = [
    # A yes said of someone else is no consent: the writer guesses, or tells of another.
    ("I'm sure he would be glad to meet her", "unclear"),
    ("She'd be happy to.", "unclear"),
    ("They would be happy to meet.", "unclear"),
    ("I'm sure Paul would be glad to meet her.", "unclear"),
    ("He's up for it.", "unclear"),
    ("Je pense qu'il serait ravi de la rencontrer.", "unclear"),
    ("Il est d'accord.", "unclear"),
    ("Elle est partante.", "unclear"),
    ("Creo que estaría encantado", "unclear"),
    ("Ella estaría encantada.", "unclear"),
    ("Estoy seguro de que él estaría encantado.", "unclear"),
    ("Ich glaube, er ist einverstanden", "unclear"),
    ("Sie ist sicher einverstanden.", "unclear"),
    ("Ich bin mir sicher, dass sie einverstanden ist.", "unclear"),
    ("Acho que ela adoraria.", "unclear"),
    ("Ele aceita com prazer.", "unclear"),
    ("Nadhani angefurahi kukutana naye.", "unclear"),
    # Relayed as that person's answer, it says yes.
    ("He asked me to say he'd be glad to.", "yes"),
    ("Il m'a demandé de vous dire qu'il serait ravi de la rencontrer.", "yes"),
    ("Me pidió que le dijera que estaría encantado.", "yes"),
    ("Er hat mich gebeten, Ihnen zu sagen, dass er einverstanden ist.", "yes"),
    ("Ela pediu-me para dizer que adoraria.", "yes"),
    # The writer's own yes stays one, beside another's or with "sie", "el" as no subject.
    ("I'd be glad to meet her", "yes"),
    ("I think it would be great to meet her.", "yes"),
    ("Yes, I'd love to. I'm sure she'd be happy too.", "yes"),
    ("Je serais ravi de la rencontrer.", "yes"),
    ("Sí, encantado. Creo que ella también estaría encantada.", "yes"),
    # The writer's own, but only guessed at, as "I think so" is (test_replies_phrasings).
    ("Creo que sí.", "unclear"),
    ("Creo que me encantaría.", "yes"),
    ("Sí, el proyecto suena genial.", "yes"),
    ("Sí, claro, con gusto platico con él 🙌", "yes"),
    ("Ich würde sie gerne kennenlernen.", "yes"),
    ("Stellen Sie den Kontakt gern her.", "yes"),
    ("Eu adoraria.", "yes"),
    ("Ndiyo, ningefurahi kukutana naye.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), ANOTHERS_YES)
def test_a_yes_said_of_someone_else_is_no_consent(text: str, answer: str) -> None:
    assert classify_text(text) == answer


YES_FOR_SOMEONE_ELSE = [
    # A bare yes opening the sentence of another's yes answers for that person.
    ("Oui, il serait ravi.", "unclear"),
    ("Oui, elle serait ravie de la rencontrer.", "unclear"),
    ("Oui, ils seraient contents.", "unclear"),
    ("Oui, Marc serait ravi.", "unclear"),
    ("Oui, il sera heureux de vous connaître.", "unclear"),
    ("Ja, er würde sich freuen.", "unclear"),
    ("Ja, sie würde sich sehr freuen.", "unclear"),
    ("Ja, er wäre froh.", "unclear"),
    ("Ja, Marc freut sich.", "unclear"),
    ("Ndiyo, yeye angefurahi.", "unclear"),
    ("Ndiyo, wao wangefurahi.", "unclear"),
    ("Ndiyo, atafurahi kukutana naye.", "unclear"),
    ("Sim, ele ficaria feliz.", "unclear"),
    ("Sim, ela ficaria muito feliz.", "unclear"),
    ("Sim, eles ficariam felizes.", "unclear"),
    ("Sí, ella estaría encantada.", "unclear"),
    ("Sí, a Marc le encantaría.", "unclear"),
    ("Sí, ellos estarían encantados.", "unclear"),
    ("Yes, she would be happy to.", "unclear"),
    ("Yes, they would love to.", "unclear"),
    ("Yes, Mark is happy to.", "unclear"),
    ("Yes, he accepts the introduction.", "unclear"),
    # Relayed as that person's answer, it says yes.
    ("Il m'a demandé de vous dire qu'il serait ravi.", "yes"),
    # The writer's own yes stays one, beside a remark on someone else or with the
    # subject left out of a verb that may be the writer's.
    ("Oui, je serais ravi.", "yes"),
    ("Oui, avec plaisir. Il sera content de vous connaître.", "yes"),
    ("Oui, je serais ravi, et il sera content aussi.", "yes"),
    ("Ja, ich würde mich freuen.", "yes"),
    ("Ja, ich wäre froh.", "yes"),
    ("Sim, eu ficaria feliz.", "yes"),
    ("Sim, ficaria feliz.", "yes"),
    ("Ficaria feliz em conhecê-la.", "yes"),
    ("Sim, com prazer. Ele vai adorar.", "yes"),
    ("Ndiyo, ningefurahi.", "yes"),
    ("Ndiyo, ningefurahi. Naye atafurahi.", "yes"),
    ("Sí, estaría encantada.", "yes"),
    ("Sí, claro. A Marc le encantaría también.", "yes"),
    ("Yes, I'd be happy to.", "yes"),
    # A refusal beside another's yes still refuses.
    ("Non, mais il serait ravi.", "no"),
    ("Nein, aber er würde sich freuen.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), YES_FOR_SOMEONE_ELSE)
def test_a_yes_answering_for_someone_else_is_no_consent(text: str, answer: str) -> None:
    assert classify_text(text) == answer


GO_AHEAD_WITH_OWN_TIME = [
    # A go-ahead now beside a note on the writer's own time says yes.
    ("Yes - please do, I've got room from December.", "yes"),
    (
        "Happy to - I'm travelling until the 12th so I may be slow to respond, but do go"
        " ahead and connect us.",
        "yes",
    ),
    (
        "Volontiers ! Je suis en tournée jusqu'au 28, je lui répondrai à mon retour mais"
        " vous pouvez nous mettre en contact dès maintenant.",
        "yes",
    ),
    ("Allez-y, présentez-nous ; je serai disponible à mon retour.", "yes"),
    ("Adelante, ponme en contacto; yo estaré disponible a mi regreso.", "yes"),
    ("Nur zu, vernetze uns. Ich bin unterwegs und antworte eventuell verzögert.", "yes"),
    ("Pode me apresentar. Eu estou viajando e talvez demore a responder.", "yes"),
    ("Tafadhali endelea. Mimi huenda nikachelewa kujibu, niko safarini.", "yes"),
    # The time put on the go-ahead itself, or no go-ahead, still waits.
    ("Please do, from December.", "unclear"),
    ("Please do introduce us in January.", "unclear"),
    ("Please do, but only when I'm back.", "unclear"),
    ("Yes, I've got room from December.", "unclear"),
    ("Sure, I may be slow to respond.", "unclear"),
    ("Please do, I may need to check with my boss first.", "unclear"),
    ("Go ahead and connect us; he may be slow to respond from December.", "unclear"),
    ("Oui, à mon retour.", "unclear"),
    ("Sí, adelante, pero solo a mi regreso.", "unclear"),
    ("Ja, stell uns vor, aber erst wenn ich zurück bin.", "unclear"),
    ("Sim, quando eu voltar.", "unclear"),
    ("Ndiyo, nikirudi.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), GO_AHEAD_WITH_OWN_TIME)
def test_a_go_ahead_beside_the_writers_own_time_says_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


YES_PUT_OFF_TO_A_DATE = [
    # "Later" with a date after it puts the yes off to that date; being busy, said in a
    # later sentence, tells why it waits.
    (
        "Sí, pero mejor más adelante, quizá en enero. Ahora mismo estoy a tope con la temporada.",
        "unclear",
    ),
    ("Yes, but later, maybe in January.", "unclear"),
    ("Oui, mais plus tard, peut-être en janvier.", "unclear"),
    ("Ja, aber später, vielleicht im Januar.", "unclear"),
    ("Sim, mas mais tarde, talvez em janeiro.", "unclear"),
    ("Ndiyo, lakini baadaye, labda Januari.", "unclear"),
    ("Sí, pero en enero. Ahora mismo estoy a tope.", "unclear"),
    ("Yes, but in January. I'm swamped right now.", "unclear"),
    ("Oui, mais plus tard, en janvier. Je suis débordé en ce moment.", "unclear"),
    # "Later" alone still declines for now, and without a yes nothing changes.
    ("Yes, but later.", "no"),
    ("Sí, pero más adelante.", "no"),
    ("Oui mais plus tard.", "no"),
    ("Yes, but later - I'm swamped right now.", "no"),
    ("Maybe later in the year, not now.", "no"),
    ("Momentan nicht, vielleicht später im Jahr.", "no"),
    ("Not right now, I'm swamped. Maybe in January.", "no"),
    # Busy in the sentence of the yes, with a "but", still refuses.
    ("Oui, mais je suis débordée, donc pas avant mars.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), YES_PUT_OFF_TO_A_DATE)
def test_a_yes_put_off_to_a_date_waits(text: str, answer: str) -> None:
    assert classify_text(text) == answer


YES_SOON_OR_IN_A_QUARTER = [
    # "Soon" or a quarter alone beside a yes puts it off, as "next month" does.
    ("Sure, end of Q1.", "unclear"),
    ("Yes, soon.", "unclear"),
    ("Ja, gerne, demnächst.", "unclear"),
    ("Ja, gerne, im ersten Quartal.", "unclear"),
    ("Oui, bientôt.", "unclear"),
    ("Oui, fin T1.", "unclear"),
    ("Sí, pronto.", "unclear"),
    ("Sí, en el primer trimestre.", "unclear"),
    ("Sim, em breve.", "unclear"),
    ("Ndiyo, hivi karibuni.", "unclear"),
    # Leave-taking, and a time in a clause that goes on, put nothing off.
    ("Oui, avec plaisir. À bientôt !", "yes"),
    ("Ja, gerne. Bis bald!", "yes"),
    ("Sí, claro. ¡Hasta pronto!", "yes"),
    ("Sim, claro. Até breve!", "yes"),
    ("Happy to, speak soon.", "yes"),
    ("Yes, as soon as possible.", "yes"),
    ("Go ahead - end of Q1 works for me.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), YES_SOON_OR_IN_A_QUARTER)
def test_a_yes_with_only_soon_or_a_quarter_waits(text: str, answer: str) -> None:
    assert classify_text(text) == answer


LEANING_OR_AWAITING_APPROVAL = [
    # A yes only leaned to, or one that waits on someone else's approval, is no yes.
    (
        "Leaning yes. Dana (co-founder) handles partnerships though, so I need her ok first"
        " - back to you by Friday.",
        "unclear",
    ),
    ("Leaning yes!", "unclear"),
    ("Probably yes.", "unclear"),
    ("I'm tempted to say yes. Give me till Friday.", "unclear"),
    ("Plutôt oui.", "unclear"),
    ("Tiendo a decir que sí.", "unclear"),
    ("Eher ja.", "unclear"),
    ("Tendo a dizer que sim.", "unclear"),
    ("Huenda ndiyo.", "unclear"),
    ("Sounds good, I need her ok first.", "unclear"),
    ("Sure. I need the OK from legal.", "unclear"),
    ("Happy to! Need my boss's ok first though.", "unclear"),
    ("Happy to in theory - it's really Dana's decision, she'll confirm by Friday.", "unclear"),
    ("Oui. J'ai besoin de son feu vert.", "unclear"),
    ("Oui sur le principe, je vous confirme vendredi après avoir vu Claire.", "unclear"),
    ("Sí. Necesito su visto bueno.", "unclear"),
    ("Ja. Ich brauche erst ihr OK.", "unclear"),
    ("Sim. Preciso do aval dela.", "unclear"),
    ("Ndiyo. Nahitaji idhini yake kwanza.", "unclear"),
    ("Yes. Back to you by Friday.", "unclear"),
    ("Ja, ich gebe bis Freitag Bescheid.", "unclear"),
    ("Sim. Te dou retorno até sexta.", "unclear"),
    # The writer's own ok, or "ok" as the answer itself, still says yes.
    ("You have my ok, introduce us.", "yes"),
    ("Sure, that's okay with me.", "yes"),
    ("Ok, go ahead.", "yes"),
    ("Ja, ok, stell uns vor.", "yes"),
    ("Sim, ok, pode apresentar.", "yes"),
    ("Yes please, I'm leaning on you to make this happen!", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), LEANING_OR_AWAITING_APPROVAL)
def test_a_leaning_or_a_yes_awaiting_approval_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


GO_AHEAD_WITHOUT_WAITING = [
    # Leave to make the introduction now, and not to wait for the writer, is a go-ahead.
    (
        "Sehr gerne! Nächste Woche bin ich allerdings auf der Heimtextil und antworte nur"
        " abends \u2013 den Kontakt können Sie trotzdem gleich herstellen.",
        "yes",
    ),
    (
        "Yes, gladly. I'm off-grid from Christmas until the 6th so I'll be slow to respond"
        " - don't hold the intro for me though, send it whenever.",
        "yes",
    ),
    ("Gerne. Vorstellen können Sie uns jederzeit.", "yes"),
    ("Den Kontakt kannst du ruhig herstellen.", "yes"),
    ("Happy to - don't wait for me, send it whenever.", "yes"),
    ("Oui, volontiers. N'attendez pas mon retour, envoyez-la quand vous voulez.", "yes"),
    (
        "Avec plaisir ! Je suis au salon la semaine prochaine, mais vous pouvez faire le lien"
        " dès maintenant.",
        "yes",
    ),
    ("Sí, encantado. No me esperes, envíala cuando quieras.", "yes"),
    ("Ja, gerne. Warten Sie nicht auf mich, schicken Sie sie einfach.", "yes"),
    ("Sim, com prazer. Não espere por mim, pode mandar quando quiser.", "yes"),
    ("Ndiyo, kwa furaha. Usinisubiri, tuma wakati wowote.", "yes"),
    # A question, a restriction or a wait asked for still holds the yes back.
    ("Können Sie uns vorstellen?", "unclear"),
    ("Gerne. Können Sie mir mehr über ihn sagen.", "unclear"),
    ("Gerne, aber den Kontakt können Sie erst nach meinem Urlaub herstellen.", "unclear"),
    ("Unterlagen können Sie mir schicken, dann entscheide ich.", "unclear"),
    ("Den Kontakt können Sie nicht herstellen.", "unclear"),
    ("Sure, I'm away until the 6th, so please wait for me.", "unclear"),
    ("Oui, mais attendez mon retour.", "unclear"),
    ("Ja, aber warten Sie, bis ich zurück bin.", "unclear"),
    ("Ndiyo, lakini nisubiri.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), GO_AHEAD_WITHOUT_WAITING)
def test_leave_to_go_ahead_now_says_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


REFUSAL_WITHOUT_NO = [
    # Being stretched too thin, passing or sending apologies refuses without a "no".
    (
        "Oh, I'd genuinely love to, but I'm stretched far too thin to take on anything this"
        " quarter. Please give Colin my apologies.",
        "no",
    ),
    (
        "Danke, aber da winke ich ab. Die Firma kenne ich schon, das passt bei uns nicht.",
        "no",
    ),
    ("Thanks, but I'm spread too thin right now.", "no"),
    ("Ich winke dankend ab.", "no"),
    ("Das passt für mich nicht.", "no"),
    ("Merci pour l'idée, mais je vais décliner.", "no"),
    ("Gracias, pero paso.", "no"),
    ("Obrigado, mas vou passar.", "no"),
    ("Vou passar dessa vez, obrigado.", "no"),
    ("Asante, lakini nitapita.", "no"),
    (
        "Con mucho gusto lo haría, pero estoy desbordado y no puedo asumir nada más este"
        " trimestre. Dale mis disculpas a Colin.",
        "no",
    ),
    ("Ich würde wirklich gern, aber ich bin völlig ausgelastet.", "no"),
    # A busy state conceded, "paso" and "passt" in a yes, and an apology for a delay
    # refuse nothing.
    ("Sure, though I'm stretched thin this month.", "yes"),
    ("Ja, gerne, obwohl ich gerade ausgelastet bin.", "yes"),
    ("Ja, sehr gerne - das passt bei uns perfekt.", "yes"),
    ("Sí, claro, paso por tu oficina el lunes.", "yes"),
    ("My apologies for the delay - yes, happy to.", "yes"),
    # Apologies passed on beside a yes leave it unclear.
    ("Yes, happy to! Please give Colin my apologies for the slow reply.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REFUSAL_WITHOUT_NO)
def test_a_refusal_without_no_refuses(text: str, answer: str) -> None:
    assert classify_text(text) == answer
