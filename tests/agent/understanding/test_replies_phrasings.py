"""Answers phrased in many ways, in six languages: how each must be read.

These were written as a probe of phrasings the phrase books had not been tuned
on; the few they got wrong led to general fixes (a "but" clause after a yes, a
negated "no", restrictions such as "only by email"). A yes limited to a channel of
contact alone ("Ok but only by email, no calls.", "Ja, aber nur per E-Mail") is now
read yes: the consent is given, the channel is logistics (see
test_replies_channel_only); a condition after "only" ("only if", "only after") still
leaves it unclear.
"""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

PHRASINGS = [
    (
        "CAUTION: This email originated from outside the organization. Do not click links"
        " or open attachments unless you recognize the sender and know the content is"
        " safe.\n\nYes, happy to be introduced.\n\nMark",
        "yes",
    ),
    ("[EXTERNAL] Do not click links unless you trust the sender.\n\nNo thanks.", "no"),
    ("Oui, j'ai bien reçu votre message.", "unclear"),
    ("Recibido, gracias.", "unclear"),
    ("Ja, habe ich erhalten.", "unclear"),
    ("Sim, recebido.", "unclear"),
    ("Ndiyo, nimepokea.", "unclear"),
    ("Oui mais pas tout de suite", "no"),
    ("Sí, pero no ahora", "no"),
    ("Sim, mas não agora", "no"),
    ("Ndiyo, lakini si sasa", "no"),
    ("Ja, aber nur per E-Mail", "yes"),
    ("Todavía no", "no"),
    ("Noch nicht", "no"),
    ("OK, noted.", "unclear"),
    ("Yes, I already know him.", "unclear"),
    ("I'm happy to, just not this month.", "unclear"),
    # The phone number kept back after a yes is a note on privacy: the agent passes on
    # email addresses only (reply_phone_privacy).
    ("Yes to the intro but please don't share my phone number", "yes"),
    ("Yes to the intro but please don't share my email", "unclear"),
    ("Sounds good but let me check with my boss first", "unclear"),
    ("I would love to say yes but I can't", "no"),
    ("Nope, all good!", "no"),
    ("All good, go ahead", "yes"),
    ("Yes (if that's still relevant)", "unclear"),
    ("Yes, though I'd rather keep it to email.", "unclear"),
    ("Is that the Bob from Acme? If so, yes!", "unclear"),
    ("Sure, happy to chat next week.", "yes"),
    ("Got it, thanks", "unclear"),
    ("Thanks Ann! Bob is great, I've heard good things.", "unclear"),
    ("Great, thanks!", "yes"),
    ("That's great", "unclear"),
    ("I'm interested to know who he is", "unclear"),
    ("Make sure you send me his details", "unclear"),
    ("It's ok, I'll pass", "no"),
    ("That's okay, go ahead", "yes"),
    ("Everything is fine here", "unclear"),
    ("Super, merci !", "yes"),
    ("Quiero saber más sobre él", "unclear"),
    ("Je veux en savoir plus", "unclear"),
    ("Quero saber mais", "unclear"),
    ("Ich möchte mehr erfahren", "unclear"),
    ("Bonjour Ann, oui je serais ravie d'échanger avec Bob. Bonne journée, Claire", "yes"),
    ("Oui, tout à fait. Merci !", "yes"),
    ("Avec grand plaisir, merci pour la mise en relation.", "yes"),
    ("OK pour moi, allez-y.", "yes"),
    ("Bien sûr, transmettez-lui mon adresse.", "yes"),
    ("Ça marche !", "yes"),
    ("Oui volontiers", "yes"),
    ("Bonjour, non merci, ce n'est pas le bon moment pour moi. Cordialement", "no"),
    ("Merci mais je vais décliner.", "no"),
    ("Je ne souhaite pas être mis en relation.", "no"),
    ("Non, je ne suis pas disponible.", "no"),
    ("Pas intéressée, merci.", "no"),
    ("Désolé, je n'ai pas le temps.", "no"),
    ("Euh, c'est à quel sujet ?", "unclear"),
    ("Je ne sais pas trop, je vous redis.", "unclear"),
    ("Oui, à condition que ce soit court.", "unclear"),
    ("Hola Ann, sí, me encantaría conocerlo. Saludos, Pedro", "yes"),
    ("Sí, claro que sí.", "yes"),
    ("Con mucho gusto, adelante.", "yes"),
    ("Perfecto, me parece bien.", "yes"),
    ("De acuerdo, preséntanos.", "yes"),
    ("No, gracias. Ahora mismo no busco nada.", "no"),
    ("Lo siento, no me interesa.", "no"),
    ("Prefiero que no, gracias.", "no"),
    ("No puedo en este momento.", "no"),
    ("Gracias, pero paso.", "no"),
    ("¿De qué quiere hablar?", "unclear"),
    ("No sé, déjame pensarlo.", "unclear"),
    ("Sí, siempre que sea por correo.", "unclear"),
    ("Hallo Ann, ja, sehr gerne! Viele Grüße, Jan", "yes"),
    ("Ja, das passt.", "yes"),
    ("Gerne, bitte verbinden Sie uns.", "yes"),
    ("Klingt gut, machen wir.", "yes"),
    ("Sehr gern, danke!", "yes"),
    ("Nein, vielen Dank.", "no"),
    ("Danke, aber ich habe keine Zeit.", "no"),
    ("Ich möchte nicht vorgestellt werden.", "no"),
    ("Aktuell leider nicht.", "no"),
    ("Nein, kein Bedarf, danke.", "no"),
    ("Wer ist Bob?", "unclear"),
    ("Ich weiß noch nicht.", "unclear"),
    ("Ja, falls es um Jobs geht.", "unclear"),
    ("Olá Ann, sim, adoraria conhecer o Bob. Abraço, Pedro", "yes"),
    ("Sim, pode fazer a apresentação.", "yes"),
    ("Claro, com prazer!", "yes"),
    ("Tudo bem, pode apresentar.", "yes"),
    ("Beleza, manda ver.", "yes"),
    ("Não, obrigada. Agora não é um bom momento.", "no"),
    ("Desculpe, mas não tenho interesse.", "no"),
    ("Prefiro não, obrigado.", "no"),
    ("Agora não posso.", "no"),
    ("Quem é ele?", "unclear"),
    ("Não sei ainda, vou pensar.", "unclear"),
    ("Sim, desde que seja rápido.", "unclear"),
    ("Habari Ann, ndiyo, ningependa kumjua Bob. Asante", "yes"),
    ("Ndiyo, endelea tafadhali.", "yes"),
    ("Sawa, hakuna shida.", "yes"),
    ("Ndio, nimekubali.", "yes"),
    ("Poa, tuunganishe.", "yes"),
    ("Hapana, asante sana.", "no"),
    ("Samahani, sina muda kwa sasa.", "no"),
    ("Sitaki kutambulishwa.", "no"),
    ("Hapana, si sasa.", "no"),
    ("Bob ni nani?", "unclear"),
    ("Sijui bado, nitakujulisha.", "unclear"),
    ("Ndiyo, kama ni kuhusu kazi.", "unclear"),
    ("Yes, but no calls please", "unclear"),
    ("Sure, but no sales pitches!", "unclear"),
    ("No sorry", "no"),
    ("I'd rather you didn't.", "no"),
    ("I'm not in a position to help right now.", "no"),
    ("Yes, that'd be lovely.", "yes"),
    ("I'm happy for you to pass on my details.", "yes"),
    ("I'd welcome the intro", "yes"),
    ("Would be good to connect.", "yes"),
    ("Yes! When would suit him?", "unclear"),
    ("I'm going to say no to this one.", "no"),
    ("We're not hiring so there's no point.", "no"),
    ("No thank you, I'm not looking to hire.", "no"),
    ("Thanks but I'm not available.", "no"),
    ("I don't know him. Why does he want to meet me?", "unclear"),
    ("Is this spam?", "unclear"),
    ("Sure, as long as it's not a sales pitch.", "unclear"),
    ("Yes, provided he's OK with a short call.", "unclear"),
    ("Sounds good, although I'm not sure I can help him.", "unclear"),
    ("I'm not saying no, but not now.", "no"),
    ("Not right now, but maybe in a few months", "no"),
    ("k thx", "yes"),
    ("n thanks", "no"),
    ("👍🏻", "yes"),
    ("❌", "no"),
    ("Preferiría que no", "no"),
    ("Pas vraiment intéressé", "no"),
    ("Peut-être plus tard", "no"),
    ("Tal vez más adelante", "no"),
    ("Vielleicht später", "no"),
    ("Talvez mais tarde", "no"),
    ("Labda baadaye", "no"),
    ("Oui, si c'est rapide", "unclear"),
    ("Sí, si tiene tiempo", "unclear"),
    ("Ja, wenn er Zeit hat", "unclear"),
    ("Sim, se ele quiser", "unclear"),
    ("Ndiyo, kama ana muda", "unclear"),
    ("I wouldn't say no, but I wouldn't say yes either.", "unclear"),
    ("J'aimerais bien mais je n'ai vraiment pas le temps en ce moment.", "no"),
    ("Hi Ann, thanks for reaching out. Yes, I'd be happy to speak with Bob.", "yes"),
    ("hey! yeah that works", "yes"),
    ("Totally, loop us in", "yes"),
    ("Sure, happy to help out.", "yes"),
    ("yes, feel free to share my email", "yes"),
    ("I'd be glad to meet him.", "yes"),
    ("Please introduce us!", "yes"),
    ("Sure, go for it.", "yes"),
    ("Yes I am interested", "yes"),
    ("Yes, thanks for thinking of me!", "yes"),
    ("Great, thanks! Happy to connect.", "yes"),
    ("Sounds great - please send the intro.", "yes"),
    ("Not a problem.", "yes"),
    ("No problem!", "yes"),
    ("No objections here.", "yes"),
    ("Yes. Bob and I have a lot to talk about.", "yes"),
    ("I'd be happy to", "yes"),
    ("Happy to!", "yes"),
    ("Sure, any time.", "yes"),
    ("I think that would be useful, yes.", "yes"),
    ("OK with me.", "yes"),
    ("Fine, go ahead.", "yes"),
    ("Go ahead and connect us.", "yes"),
    ("Thank you, no.", "no"),
    ("Thanks, I'm going to pass.", "no"),
    ("I'll pass on this one, thanks anyway.", "no"),
    ("I have to say no this time.", "no"),
    ("I'm not interested in being introduced.", "no"),
    ("No, I don't want to be introduced.", "no"),
    ("Please do not introduce me.", "no"),
    ("Don't introduce me please.", "no"),
    ("I'd rather you didn't.", "no"),
    ("Not keen, sorry.", "no"),
    ("I'm not in a position to help right now.", "no"),
    ("I can't at the moment.", "no"),
    ("I'm too busy to take this on.", "no"),
    ("Thanks, but I'd rather not.", "no"),
    ("Sorry Ann, not this time.", "no"),
    ("I'm good for now, thanks.", "no"),
    ("Thanks but I'll sit this one out.", "no"),
    ("Appreciate it, but no thanks.", "no"),
    ("Thanks, I'll decline.", "no"),
    ("Maybe", "unclear"),
    ("Hmm, maybe.", "unclear"),
    ("I might be interested.", "unclear"),
    ("Possibly - what's it about?", "unclear"),
    ("Let me think.", "unclear"),
    ("Can we discuss first?", "unclear"),
    ("Sure?", "unclear"),
    ("I'm not sure I'm the right person.", "unclear"),
    ("I need more info before deciding.", "unclear"),
    ("Thanks for the email.", "unclear"),
    ("Who's Bob?", "unclear"),
    ("Yes, if you think it's worth it.", "unclear"),
    ("Happy to if it helps.", "unclear"),
    ("Ok but only by email, no calls.", "yes"),
    ("I'm on holiday, ask me again in two weeks.", "unclear"),
    ("Why?", "unclear"),
    ("What company?", "unclear"),
    ("I'd love to, unfortunately I'm traveling.", "unclear"),
    ("Yes please, although I'm away next week.", "unclear"),
    ("Sorry, who is this?", "unclear"),
    ("ok so what's next?", "unclear"),
    ("Oui, pas de problème.", "yes"),
    ("Avec plaisir, merci Ann.", "yes"),
    ("Volontiers !", "yes"),
    ("Non, pas intéressé.", "no"),
    ("Non, merci beaucoup.", "no"),
    ("Pas pour l'instant, merci.", "no"),
    ("Je passe mon tour.", "no"),
    ("C'est pour quoi exactement ?", "unclear"),
    ("Peut-être.", "unclear"),
    ("Sí, adelante.", "yes"),
    ("Claro, con gusto.", "yes"),
    ("Por supuesto que sí", "yes"),
    ("No, muchas gracias.", "no"),
    ("Ahora no puedo, lo siento.", "no"),
    ("No estoy interesado.", "no"),
    ("¿Para qué?", "unclear"),
    ("A lo mejor.", "unclear"),
    ("Ja, sehr gern.", "yes"),
    ("Klar, gerne!", "yes"),
    ("Sehr gerne, vielen Dank.", "yes"),
    ("Nein, danke.", "no"),
    ("Kein Interesse.", "no"),
    ("Im Moment leider nicht.", "no"),
    ("Worum geht es?", "unclear"),
    ("Vielleicht.", "unclear"),
    ("Sim, com prazer.", "yes"),
    ("Claro que sim!", "yes"),
    ("Pode ser, obrigado.", "yes"),
    ("Não, obrigado.", "no"),
    ("Agora não dá.", "no"),
    ("Não tenho interesse.", "no"),
    ("Do que se trata?", "unclear"),
    ("Talvez.", "unclear"),
    ("Ndiyo, nitafurahi.", "yes"),
    ("Sawa, asante.", "yes"),
    ("Ndio, bila shaka.", "yes"),
    ("Hapana, asante.", "no"),
    ("Sitaki, asante.", "no"),
    ("Si sasa.", "no"),
    ("Kwa nini?", "unclear"),
    ("Labda.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), PHRASINGS)
def test_phrasing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


def test_no_phrasing_reads_yes_unless_it_is_yes() -> None:
    consent_errors = [t for t, a in PHRASINGS if a != "yes" and classify_text(t) == "yes"]
    assert consent_errors == []


# A yes that hands the decision to someone else is no consent of the writer's.
HANDED_ON = [
    ("Yes, I've forwarded this to my partner, who handles these - she'll decide.", "unclear"),
    ("Yes, passed it on to my colleague; he'll decide whether to take it.", "unclear"),
    ("Oui, je transmets à mon associée, elle décidera.", "unclear"),
    ("Sí, se lo he pasado a mi socia; ella decidirá.", "unclear"),
    ("Ja, ich habe es an meine Kollegin weitergeleitet, sie entscheidet.", "unclear"),
    ("Sim, encaminhei para a minha sócia, ela vai decidir.", "unclear"),
    ("Ndiyo, nimempa msaidizi wangu, ataamua.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), HANDED_ON)
def test_a_yes_handed_on(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes to another question (the address, the firm, who one is), sarcasm, and praise
# joined to a name leave the refusal beside them standing; plain yeses read as yes.
NOT_THE_ANSWER = [
    ("Ja, die Adresse stimmt noch. Zum Kontakt mit Herrn Roth: lieber nicht, danke.", "no"),
    ("Yes - still at Halcyon. On the intro: I'd rather not.", "no"),
    ("Oh yes, because what I really need is another pitch in my inbox. Hard pass.", "no"),
    ("No thanks, Ravi and I worked together.", "no"),
    ("Sim, sou eu. Mas não tenho interesse, obrigada.", "no"),
    ("Thanks, but I'm stepping back from angel investing, so it wouldn't be fair to him.", "no"),
    ("Go on then, I'm curious.", "yes"),
    ("Manda ver! Conheço o trabalho dela e admiro muito.", "yes"),
    ("Oh yes, happy to!", "yes"),
    ("Yes, still at Acme and happy to meet her.", "yes"),
    ("Je suis ravie, merci.", "yes"),
    ("Ravi !", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_THE_ANSWER)
def test_a_yes_to_something_else(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes handed to an assistant or an office to carry out is no consent of the writer's.
TO_AN_ASSISTANT = [
    ("Sure thing - my EA Karen will take it from here and let you know.", "unclear"),
    ("Yes, I've cc'd my assistant to handle it.", "unclear"),
    ("Oui, mon assistante s'en occupe.", "unclear"),
    ("Sí, mi asistente se encarga.", "unclear"),
    ("Ja, meine Assistentin kümmert sich darum.", "unclear"),
    ("Sim, minha assistente vai cuidar disso.", "unclear"),
    ("Ndiyo, msaidizi wangu atashughulikia.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), TO_AN_ASSISTANT)
def test_a_yes_handed_to_an_assistant(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Sarcasm: a yes with "and pigs fly" or its counterparts agrees to nothing.
SARCASM = [
    ("Yeah sure, and pigs fly.", "unclear"),
    ("Sure, when hell freezes over.", "unclear"),
    ("Oh absolutely, I love being pitched.", "unclear"),
    ("Totally - said no one ever.", "unclear"),
    ("Claro, y yo soy el Papa.", "unclear"),
    ("Oui oui, c'est ça.", "unclear"),
    ("Ja ja, sicher.", "unclear"),
    ("Sim, claro, e eu sou o Papa.", "unclear"),
    ("C'est ça, oui.", "unclear"),
    ("Ouais, c'est ça.", "unclear"),
    ("Mais oui, c'est ça.", "unclear"),
    ("Ja klar, sicher.", "unclear"),
    ("Ja, klar, sicher doch!", "unclear"),
    # The sincere yes beside them stays one: "claro, cómo no" agrees in much of Latin
    # America, and a yes before "c'est ça" confirms.
    ("Oui, c'est ça.", "yes"),
    ("Ouais, carrément.", "yes"),
    ("Ja klar, gerne.", "yes"),
    ("Ja, sicher.", "yes"),
    ("Sí, claro, cómo no.", "yes"),
    ("Claro, cómo no.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), SARCASM)
def test_sarcasm_is_no_consent(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes that waits on someone else's approval is no consent yet.
PENDING_APPROVAL = [
    ("Sure, let me run it by my partner first.", "unclear"),
    ("Absolutely, pending legal approval.", "unclear"),
    ("Yes, subject to my board's approval.", "unclear"),
    ("Oui, transmis à mon associé qui tranchera.", "unclear"),
    ("Sí, sujeto a la aprobación de mi jefe.", "unclear"),
    ("Ja, vorbehaltlich der Freigabe durch meinen Chef.", "unclear"),
    ("Sim, sujeito à aprovação do meu sócio.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), PENDING_APPROVAL)
def test_a_yes_pending_approval(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes that hands the answer to a colleague copied in ("looping in Hannah, she'll reply")
# is no consent of the writer's.
HANDED_TO_A_COLLEAGUE = [
    ("Yep - looping in Hannah, she'll reply on whether it's a fit.", "unclear"),
    ("Yes, copying in Tom who runs this.", "unclear"),
    ("Oui, je mets Paul en copie, il vous répondra.", "unclear"),
    ("Sí, te pongo en copia a Marta y ella te contesta.", "unclear"),
    ("Ja, ich habe Herrn Roth in Kopie gesetzt, er meldet sich.", "unclear"),
    ("Sim, estou copiando a Carla, ela te responde.", "unclear"),
    ("Ndiyo, nimemnakili Bi. Amina, atakujibu.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), HANDED_TO_A_COLLEAGUE)
def test_a_yes_handed_to_a_colleague(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Sarcasm about having no time ("as if I had time", "je n'ai que ça à faire") agrees to nothing.
SARCASM_NO_TIME = [
    ("Sure, as if I had time for that.", "unclear"),
    ("Oh great, another vendor intro. Just what my inbox needed.", "unclear"),
    ("Mais bien sûr, je n'ai que ça à faire.", "unclear"),
    ("Claro, como si tuviera tiempo para eso.", "unclear"),
    ("Ja klar, als hätte ich nichts Besseres zu tun.", "unclear"),
    ("Sim, claro, como se eu tivesse tempo pra isso.", "unclear"),
    ("Ndiyo, kana kwamba nina muda wa hayo.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), SARCASM_NO_TIME)
def test_sarcasm_about_time_is_no_consent(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Found probing after the twelfth batch: a yes on someone else's word, a receipt, a set
# phrase of sarcasm, a yes handed over; none agrees.
NOT_CONSENT_AFTER_B12 = [
    ("Sí, si mi esposa está de acuerdo.", "unclear"),
    ("Sim, se a minha esposa concordar.", "unclear"),
    ("Claro, lo decide mi jefa.", "unclear"),
    ("Ja, angekommen. Ich schau es mir an.", "unclear"),
    ("Oh yes, I just love cold intros.", "unclear"),
    ("Sí, claro... y qué más.", "unclear"),
    ("Ja, klar, und morgen schneit es.", "unclear"),
    ("Oui, et la marmotte elle met le chocolat dans le papier d'alu.", "unclear"),
    ("Yes - over to Priya, she owns partnerships.", "unclear"),
    ("Si, me encantaría conocerla.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_CONSENT_AFTER_B12)
def test_not_consent_found_after_the_twelfth_batch(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes waiting on a boss ("cuando mi jefe lo apruebe"), spoken for a spouse or partner,
# or put off until the calendar is checked is no consent of the writer's.
YES_FOR_SOMEONE_ELSE_OR_LATER = [
    ("Claro, cuando mi jefe lo apruebe.", "unclear"),
    ("Sawa, mara bosi wangu akikubali.", "unclear"),
    ("Yes, my husband would love to meet him.", "unclear"),
    ("Oui, mon mari serait ravi de le rencontrer.", "unclear"),
    ("Sí, a mi socio le encantaría conocerlo.", "unclear"),
    ("Ja, mein Mann würde ihn gern kennenlernen.", "unclear"),
    ("Sim, meu marido adoraria conhecê-lo.", "unclear"),
    ("Sí, déjame ver mi agenda y te digo.", "unclear"),
    ("Sí, encantada.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), YES_FOR_SOMEONE_ELSE_OR_LATER)
def test_a_yes_for_someone_else_or_for_later(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Someone else's yes ("Tom said yes") or a yes one would say ("Eu diria sim se ...") is no
# consent of the writer's.
SOMEONE_ELSES_OR_A_WOULD_BE_YES = [
    ("Tom said yes, I'm still thinking.", "unclear"),
    ("My colleague said yes; I haven't decided.", "unclear"),
    ("Eu diria sim se tivesse tempo.", "unclear"),
    ("Yes, happy to!", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), SOMEONE_ELSES_OR_A_WOULD_BE_YES)
def test_someone_elses_or_a_would_be_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A bare yes beside another matter answered (the address, who one is, a move) confirms
# that matter and answers nothing about the introduction; a yes of its own still does.
A_YES_TO_ANOTHER_MATTER = [
    ("Yes, that's my new email! The old one is shut down.", "unclear"),
    ("Yes, this is my new email address, please use it from now on.", "unclear"),
    ("Yes, I moved to Lisbon last year.", "unclear"),
    ("Yep, new email address. Thanks for updating it.", "unclear"),
    ("Oui, c'est ma nouvelle adresse.", "unclear"),
    ("Sí, es mi nuevo correo.", "unclear"),
    ("Ja, das ist meine neue Adresse.", "unclear"),
    ("Sim, é o meu novo email.", "unclear"),
    ("Ndiyo, ni mimi.", "unclear"),
    ("Yes, that's my new address. As for Grace: I'm going to skip it.", "no"),
    ("Yes please! That's my new email by the way.", "yes"),
    ("Oui, avec plaisir. C'est ma nouvelle adresse.", "yes"),
    ("Yes, happy to. I moved to Lisbon, so a call is easiest.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_TO_ANOTHER_MATTER)
def test_a_yes_to_another_matter(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes put off to a date is no yes yet; a date in a sentence of its own that tells of
# something else leaves the yes standing.
A_YES_PUT_OFF_TO_A_DATE = [
    ("Sure thing, after the 15th.", "unclear"),
    ("Happy to, from next week.", "unclear"),
    ("Sure. After the 15th.", "unclear"),
    ("Oui, à partir de janvier.", "unclear"),
    ("Claro, a partir de febrero.", "unclear"),
    ("Ja gern, ab nächster Woche.", "unclear"),
    ("Sim, depois do dia 15.", "unclear"),
    ("Ndiyo, baada ya tarehe 15.", "unclear"),
    ("Sure, happy to chat next week.", "yes"),
    ("Happy to! From next week I'm on leave, so let's be quick.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_PUT_OFF_TO_A_DATE)
def test_a_yes_put_off_to_a_date(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# After a "but", a practical preference about how or when to meet, or a caveat about the
# outcome, leaves the yes standing; a condition, a deferral, a doubt or a refusal beside
# it does not.
A_YES_WITH_A_PREFERENCE = [
    ("Yes, though mornings are better for me if Marta wants to set up a call.", "yes"),
    ("Sure, but I'd prefer email to a call.", "yes"),
    ("Happy to! Mornings work better for me though.", "yes"),
    ("¡Claro que sí! Eso sí, mejor por las mañanas.", "yes"),
    ("Oui, mais plutôt le matin.", "yes"),
    ("Ja gerne, aber lieber per E-Mail.", "yes"),
    ("Sim, mas de preferência de manhã.", "yes"),
    ("Ndiyo, lakini asubuhi ni bora kwangu.", "yes"),
    ("Absolutely, though I can't promise anything.", "yes"),
    ("Ja, aber ich kann nichts versprechen.", "yes"),
    ("Sí, aunque no prometo nada.", "yes"),
    ("Yes, though mornings are better if it's about hiring.", "unclear"),
    ("Yes if Marta wants to set up a call.", "unclear"),
    ("Yes, but not until March. Mornings are better.", "unclear"),
    ("Yes, mornings are better, but let me check with my boss first.", "unclear"),
    ("Yes, though mornings are better - is he based in London?", "unclear"),
    ("Yes, mornings are better, though only after the 15th.", "unclear"),
    ("Oui, mais plutôt le mois prochain.", "unclear"),
    ("Yes, though I'd rather keep it to email.", "unclear"),
    ("I'd love to, but mornings are better and I can't right now.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_WITH_A_PREFERENCE)
def test_a_yes_with_a_preference_or_caveat(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "I'm in" answers when it closes its clause, not when a place follows.
IM_IN = [
    ("I'm in court all week.", "unclear"),
    ("Sorry, I'm in London all month.", "unclear"),
    ("I'm in!", "yes"),
    ("I'm in, thanks.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), IM_IN)
def test_im_in_answers_only_closing_its_clause(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Passing ("da muss ich leider passen", "je passe mon tour") and managing alone ("Thanks
# but I'll manage") decline; followed by what one will manage or pass, they do not.
PASSING_OR_MANAGING_ALONE = [
    ("Das ist lieb gemeint, aber da muss ich leider passen.", "no"),
    ("Danke, da passe ich.", "no"),
    ("Je passe mon tour, merci.", "no"),
    ("Esta vez paso.", "no"),
    ("Vou passar, obrigado.", "no"),
    ("Oh great, one more recruiter in my inbox. Thanks but I'll manage.", "no"),
    ("Merci, mais je vais me débrouiller.", "no"),
    ("Gracias, pero me las arreglo solo.", "no"),
    ("Danke, aber ich komme allein zurecht.", "no"),
    ("Obrigada, mas eu me viro.", "no"),
    ("Asante, lakini nitajimudu mwenyewe.", "no"),
    ("Ja, das passt mir gut.", "yes"),
    ("Yes! I can manage a call on Tuesday.", "yes"),
    ("Oui, je me débrouille pour trouver un créneau, présentez-nous.", "yes"),
    ("Klar, ich komme schon klar mit dem Termin. Stell uns vor!", "yes"),
    ("Sí, paso mañana por tu oficina y lo hablamos.", "yes"),
    ("Oui, ça me va, je passe à Paris la semaine prochaine.", "yes"),
    ("Sim, claro! Passo aí amanhã.", "yes"),
    ("Ja gerne, ich passe morgen bei dir vorbei.", "yes"),
    ("Paso, gracias.", "no"),
    ("Je passe, merci.", "no"),
    ("Desta vez passo.", "no"),
    ("Ich passe.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), PASSING_OR_MANAGING_ALONE)
def test_passing_or_managing_alone(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A refusal verb after a "but" declines, in any of its forms ("ich möchte darauf
# verzichten", "je me vois contraint de décliner", "tengo que declinar", "tenho de
# recusar", "lazima nikatae", "I'll have to decline"), and so does having no need of it
# ("keinen Bedarf", "no me hace falta", "não preciso"); negated, it declines nothing.
A_REFUSAL_VERB = [
    ("Vielen Dank für den Gedanken, aber ich möchte darauf verzichten.", "no"),
    ("Danke, aber ich muss leider ablehnen.", "no"),
    ("Danke für die Nachricht, aber ich möchte absagen.", "no"),
    ("Wir haben derzeit keinen Bedarf.", "no"),
    ("Je vous remercie, mais je me vois contraint de décliner : conflit d'intérêts.", "no"),
    ("Merci beaucoup, mais je vais renoncer.", "no"),
    ("Gracias, pero tengo que declinar.", "no"),
    ("Muchas gracias, pero voy a renunciar.", "no"),
    ("Gracias, pero no me hace falta.", "no"),
    ("Obrigado, mas tenho de recusar.", "no"),
    ("Obrigada, mas vou abrir mão desta vez.", "no"),
    ("Obrigado, mas não preciso.", "no"),
    ("Asante, lakini lazima nikatae.", "no"),
    ("Thanks, but I'll have to decline.", "no"),
    ("Thank you, but I'm obliged to decline.", "no"),
    ("Thanks, but I have no need for this right now.", "no"),
    ("Darauf möchte ich nicht verzichten, gerne!", "unclear"),
    ("Oui, avec plaisir, je ne vais pas décliner une telle offre.", "unclear"),
    ("Sim, claro, não preciso pensar.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), A_REFUSAL_VERB)
def test_a_refusal_verb_declines(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "No." abbreviating "number" after a thing numbered, with the number after it, or
# before the thing numbered ("mi nº de teléfono"), is no refusal; asking to be connected
# ("connect me with him", "do the needful", "mettez-nous en relation") is a yes. A "no"
# that ends its sentence, or restricts the yes ("no 2-hour calls"), is still read.
A_NUMBER_OR_A_CONNECTION_ASKED = [
    (
        "Kindly do the needful and connect me with Mr. Hoffmann, it will be my pleasure to"
        " discuss with him. You may share my mobile no. also +91 98450 12345.",
        "yes",
    ),
    ("Yes, happy to. My phone no. is 555 1234.", "yes"),
    ("Sure! Contact no.: +44 20 7946 0000.", "yes"),
    ("Happy to connect. Room no. 5, second floor, anytime.", "yes"),
    ("Sí, claro. Mi nº de teléfono es 5551234.", "yes"),
    ("Sim, pode apresentar. O meu nº de telemóvel é 912 345 678.", "yes"),
    ("Please go ahead and connect us.", "yes"),
    ("Mettez-nous en relation, merci.", "yes"),
    ("Ponme en contacto con ella, gracias.", "yes"),
    ("Stellen Sie gern den Kontakt her.", "yes"),
    ("Pode nos conectar, obrigado.", "yes"),
    ("Niunganishe naye tafadhali.", "yes"),
    ("Zoom yes, phone no.", "unclear"),
    ("Great idea but no. 3 other vendors already pitched me this.", "no"),
    ("Sure, but no 2-hour calls please.", "unclear"),
    ("Please don't connect me with him.", "no"),
    ("Connect me with him? Why?", "unclear"),
    ("Thanks, but no. My mobile is 555 1234 if you need me for other things.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), A_NUMBER_OR_A_CONNECTION_ASKED)
def test_a_number_or_a_connection_asked(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Two conditional branches, one agreeing and one refusing, answer only on a condition;
# two refusing branches, or a condition beside a plain refusal, still decline.
TWO_BRANCHES = [
    (
        "If it's a real co-branding partnership, fine. If she's pitching agency services,"
        " I'll pass.",
        "unclear",
    ),
    ("If it's about hiring, sure. If it's sales, no thanks.", "unclear"),
    ("Si c'est un vrai partenariat, d'accord ; si c'est de la vente, non merci.", "unclear"),
    ("Si es una alianza real, vale. Si es para vender servicios, paso.", "unclear"),
    (
        "Wenn es um eine echte Partnerschaft geht, gern; wenn sie nur verkaufen will, nicht.",
        "unclear",
    ),
    ("Se for uma parceria de verdade, tudo bem. Se for para vender, não, obrigado.", "unclear"),
    ("Kama ni ushirikiano wa biashara, sawa. Kama ni mauzo, hapana.", "unclear"),
    ("If it's about hiring, no. If it's sales, no thanks.", "no"),
    ("No thanks. If you need someone else, ask Bob.", "no"),
    ("If I'm honest, I'll pass.", "no"),
    ("I'll pass. If she wants, she can write to me directly.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), TWO_BRANCHES)
def test_two_conditional_branches(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A summing-up that opens a sentence ("long story short", "bref", "kurz gesagt") decides
# with the answer after it, whatever doubts came before; what follows it may still
# refuse, doubt or ask, and a bare yes going on with something else confirms that.
CONCLUSIONS = [
    (
        "Busy autumn here, I can't promise much and probably later would be better."
        " So, long story short: yes, please do introduce us, I'd like to hear more.",
        "yes",
    ),
    ("We've been swamped and I was hesitant. In short: yes, happy to.", "yes"),
    ("J'hésitais, je suis débordée en ce moment. Bref, oui, présentez-nous.", "yes"),
    ("Estoy muy liado y no sé si tendré tiempo. En resumen: sí, adelante.", "yes"),
    ("Estava em dúvida, ando sem tempo. Resumindo: sim, pode apresentar.", "yes"),
    ("I wasn't sure at first. Long story short, I'd love to.", "yes"),
    ("I'd love to. Long story short: I can't.", "no"),
    ("Long story short: maybe later.", "no"),
    ("In short, not now.", "no"),
    ("Bref, je ne sais pas.", "unclear"),
    ("Kurz gesagt: eher nicht.", "no"),
    ("Resumindo: depende.", "unclear"),
    ("En fin, no sé, tengo que pensarlo.", "unclear"),
    ("Kwa ufupi: sina uhakika.", "unclear"),
    ("Long story short, yes if it's about hiring.", "unclear"),
    ("Langer Rede kurzer Sinn: ja, aber erst im März.", "unclear"),
    ("Who is she? Long story short: yes.", "unclear"),
    ("I said no to him last year. So yes, I'm wary.", "unclear"),
    ("Long story short: yes, that's my new address.", "unclear"),
    ("Time is in short supply, I can't. Happy to another year.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CONCLUSIONS)
def test_a_summing_up_decides(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Wanting to know more right after asking to be introduced is eagerness; after a
# contrast or a doubt, or "first", it still waits.
EAGER = [
    ("Please introduce us, I'd like to hear more.", "yes"),
    ("Go ahead, I'd love to learn more.", "yes"),
    ("Présentez-nous, j'aimerais en savoir plus.", "yes"),
    ("Yes, but I'd like to hear more first.", "unclear"),
    ("Maybe, I'd like to hear more.", "unclear"),
    ("I'd like to hear more.", "unclear"),
    ("Please introduce us, but I'd like to hear more about her first.", "unclear"),
    ("Oui, j'aimerais en savoir plus d'abord.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), EAGER)
def test_wanting_to_know_more_after_a_request(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Not promising to have time doubts the yes; not promising an outcome leaves it.
NO_PROMISE = [
    ("Sure, but I can't promise I'll have time.", "unclear"),
    ("Oui, mais je ne garantis pas d'avoir le temps.", "unclear"),
    ("Sí, aunque no prometo tener tiempo.", "unclear"),
    ("Ja, aber ich kann nicht versprechen, dass ich Zeit habe.", "unclear"),
    ("Sim, mas não prometo ter tempo.", "unclear"),
    ("Ndiyo, lakini siwezi kuahidi kuwa nitapata muda.", "unclear"),
    ("Absolutely, though I can't promise anything.", "yes"),
    ("Sí, aunque no prometo nada.", "yes"),
    ("Sure, but I can't.", "no"),
    ("Oui, mais je ne peux pas.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NO_PROMISE)
def test_no_promise_of_time(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Warm yeses and polite refusals without the words yes or no.
WITHOUT_YES_OR_NO = [
    ("Would be a pleasure, thanks for thinking of me.", "yes"),
    ("That would be wonderful, thank you!", "yes"),
    ("Merci, mais ce ne sera pas possible pour moi.", "no"),
    ("Lo siento, no va a ser posible.", "no"),
    ("Danke, aber das passt gerade nicht.", "no"),
    ("Leider nicht möglich.", "no"),
    ("Obrigada, mas não vai ser possível.", "no"),
    ("Asante, lakini haitawezekana.", "no"),
    ("Ja, das passt mir gut.", "yes"),
    ("That would be lovely, but I can't.", "no"),
    ("Would be lovely if she's not a recruiter.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), WITHOUT_YES_OR_NO)
def test_without_yes_or_no(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Passing said for a firm declines ("we'll pass", "nous passons notre tour"); a pass
# that goes on in its clause passes something on or drops by.
PASSING_FOR_A_FIRM = [
    ("We'll pass. Hardware isn't our thesis. Good luck to him.", "no"),
    ("Thanks, we'll have to pass.", "no"),
    ("Nous passons notre tour, merci.", "no"),
    ("Vamos a pasar, gracias.", "no"),
    ("Danke, wir passen.", "no"),
    ("Obrigado, vamos passar.", "no"),
    ("Yes! I'll pass this on to my team.", "yes"),
    ("Sure, we will pass by your office on Monday.", "yes"),
    ("Sí, vamos a pasar por tu oficina el lunes.", "yes"),
    ("Ja, wir passen gut zusammen.", "yes"),
    ("Sim, vamos passar aí amanhã.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), PASSING_FOR_A_FIRM)
def test_passing_for_a_firm(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Seeing no reason or occasion to meet declines; a plea for understanding closes a
# refusal, but beside a yes it asks patience for something else.
NO_REASON_TO_MEET = [
    ("Derzeit sehen wir jedoch keinen Anlass für ein Gespräch.", "no"),
    ("We see no reason to meet at this point.", "no"),
    ("Nous ne voyons pas l'intérêt d'un échange.", "no"),
    ("No vemos motivo para una reunión.", "no"),
    ("Não vemos motivo para uma reunião.", "no"),
    ("Hatuoni sababu ya kukutana naye.", "no"),
    ("Vielen Dank für das Angebot. Ich bitte um Ihr Verständnis.", "no"),
    ("Merci, mais pas pour l'instant. Merci de votre compréhension.", "no"),
    ("Gracias por su comprensión.", "no"),
    ("Asante kwa kuelewa.", "no"),
    ("I see no reason why not!", "yes"),
    ("Kein Anlass zur Sorge, gerne!", "yes"),
    ("Oui, je vois l'intérêt.", "yes"),
    ("Happy to! I'm slow on email, thanks for your understanding.", "yes"),
    ("Sí, encantada. Gracias por tu comprensión con mis retrasos.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), NO_REASON_TO_MEET)
def test_no_reason_to_meet(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Slang yeses, typed without their apostrophes ("im down", "sounds cool", "bet"), also
# in other languages; one that goes on in its clause says something else.
SLANG_YES = [
    ("ya that sounds cool lol im down", "yes"),
    ("im down", "yes"),
    ("Bet!", "yes"),
    ("Sounds cool!", "yes"),
    ("count me in", "yes"),
    ("partant !", "yes"),
    ("me apunto", "yes"),
    ("bin dabei", "yes"),
    ("to dentro", "yes"),
    ("Niko tayari kabisa!", "yes"),
    ("im down with the flu this week", "unclear"),
    ("Sounds cool, what does he do?", "unclear"),
    ("Her startup sounds cool.", "unclear"),
    ("sounds cool but im not interested", "no"),
    ("Niko tayari na mradi mwingine, samahani.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), SLANG_YES)
def test_slang_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Warm yeses ("com todo o gosto") and awaiting the other's contact at a sentence's start
# ("Aguardo o contacto do Sr. Ribeiro", "j'attends son message") say yes; waiting on it
# to decide, or after a doubt, does not.
AWAITING_THE_CONTACT = [
    ("Com todo o gosto. Aguardo o contacto do Sr. Ribeiro.", "yes"),
    ("Com muito gosto!", "yes"),
    ("Aguardo o contacto dele.", "yes"),
    ("J'attends son message.", "yes"),
    ("Quedo a la espera de su contacto.", "yes"),
    ("Mit Vergnügen. Ich freue mich auf die Nachricht.", "yes"),
    ("Nasubiri ujumbe wake.", "yes"),
    ("Aguardo o contacto dele antes de decidir.", "unclear"),
    ("J'attends son message avant de décider.", "unclear"),
    ("Quedo a la espera de su contacto para decidir.", "unclear"),
    ("Não sei, aguardo o contacto dele.", "unclear"),
    ("Aguardo o contacto dele e depois vejo.", "unclear"),
    ("J'attends son message, on verra.", "unclear"),
    ("Sure, we'll see.", "unclear"),
    ("Não é com gosto que recuso, mas não posso.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), AWAITING_THE_CONTACT)
def test_awaiting_the_contact(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A note after a determiner is a noun ("thank you for your note"), not "noté"; a spouse
# reminding of the calendar is scheduling talk, not a yes spoken for the spouse.
NOTES_AND_REMINDERS = [
    ("Thank you kindly for your note. I would be delighted to speak with her.", "yes"),
    ("Merci pour votre note. Avec plaisir.", "yes"),
    ("Noté, je reviens vers vous.", "unclear"),
    ("Yes, noted.", "unclear"),
    ("Happy to. My wife reminds me Thursdays are taken, so any other day.", "yes"),
    ("Avec plaisir. Ma femme me rappelle que les jeudis sont pris.", "yes"),
    ("Claro. Mi esposa me recuerda que los jueves están ocupados.", "yes"),
    ("Yes, my wife would love to meet him.", "unclear"),
    ("Sure, let me check with my wife.", "unclear"),
    ("Oui, ma femme serait ravie.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOTES_AND_REMINDERS)
def test_notes_and_reminders(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A contrast closing its sentence ("Please thank Oliver for me though!", "Danke
# trotzdem!") opens nothing after it: the "but" before it still decides. The first part
# of a hyphenated word ("a non-compete", "a no-show") is no refusal.
CLOSING_CONTRASTS = [
    (
        "I'd love to, but I can't - I'm under a non-compete until March. "
        "Please thank Oliver for me though!",
        "no",
    ),
    ("I'd love to, but I can't. Thanks though!", "no"),
    ("Ich würde gerne, aber ich kann nicht. Danke trotzdem!", "no"),
    ("Ningependa, lakini siwezi. Asante hata hivyo!", "no"),
    ("J'aurais adoré, mais je ne peux pas. Merci quand même !", "no"),
    ("Me encantaría, pero no puedo. ¡Gracias de todas formas!", "no"),
    ("Adoraria, mas não posso. Obrigado mesmo assim!", "no"),
    ("Sure, but my calendar is full until March. Thanks though.", "unclear"),
    ("Gerne, aber erst im März. Danke trotzdem!", "unclear"),
    ("Happy to! I'm on holiday until Monday though.", "yes"),
    ("Sure, I saw this. I'll have to decline though.", "no"),
    ("Yes, happy to. Not sure how useful I'll be though.", "unclear"),
    ("Yes, happy to. I run a non-profit.", "yes"),
    ("That's a non-starter for me.", "no"),
    ("It's a no-go for me.", "no"),
    ("No-sorry.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), CLOSING_CONTRASTS)
def test_closing_contrasts(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A "but" that closes its sentence or the reply, with nothing but punctuation after it
# ("yes but", "Oui mais...", "Ja, aber -"), and only an answer and a few words before
# it, leaves its thought unsaid: the yes before it is unclear. An adverb closing its
# sentence ("Thanks though!") and a "but" whose sentence goes on read as before.
UNFINISHED_CONTRASTS = [
    ("yes but", "unclear"),
    ("Yes but...", "unclear"),
    ("Yes but \u2014", "unclear"),
    ("Yes, except", "unclear"),
    ("Yes please. Thanks but", "unclear"),
    ("Sure but\n\nSent from my phone", "unclear"),
    ("Oui mais", "unclear"),
    ("D'accord, mais\u2026", "unclear"),
    ("S\u00ed pero", "unclear"),
    ("Claro, pero...", "unclear"),
    ("Ja aber", "unclear"),
    ("Gerne, aber -", "unclear"),
    ("Sim mas", "unclear"),
    ("Claro, mas...", "unclear"),
    ("Ndiyo lakini", "unclear"),
    ("Sawa ila...", "unclear"),
    ("No but", "no"),
    ("Yes, but of course!", "yes"),
    ("Yes, but mornings are better for me.", "yes"),
    ("Happy to! I'm on holiday until Monday though.", "yes"),
    ("Sure but, go ahead", "yes"),
    ("Oui, mais pas avant lundi", "unclear"),
    ("Ja, aber gerne", "yes"),
    ("I'd love to, but I can't. Thanks though!", "no"),
    ("Yes, I'd love to meet her but", "unclear"),
    ("Yes, however", "unclear"),
    ("Oui, cependant", "unclear"),
    ("S\u00ed, aunque", "unclear"),
    ("Ja, jedoch", "unclear"),
    ("Sim, por\u00e9m", "unclear"),
    ("Ndiyo, ingawa", "unclear"),
    ("Yes, though mornings are better for me.", "yes"),
    # "allerdings" alone is "indeed".
    ("Ja, allerdings", "yes"),
    # Portuguese "mais" (more) closing a long sentence is no French "mais".
    ("Pode sim! S\u00f3 manda pro meu e-mail, que eu vejo mais.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), UNFINISHED_CONTRASTS)
def test_a_but_closing_its_sentence_is_unfinished(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "If I can" closing a sentence that says yes and offers help is modesty, not a
# condition; one that names something to happen, or a bare "Yes, if I can.", doubts.
MODEST_CONDITIONS = [
    ("No problem at all, go ahead and connect us. Happy to help Daniel if i can.", "yes"),
    ("Sure, happy to help where I can.", "yes"),
    ("Yes, if I can help.", "yes"),
    ("Oui, avec plaisir, je l'aiderai si je peux.", "yes"),
    ("Sí, claro, le ayudo si puedo.", "yes"),
    ("Ja, gerne, ich helfe, wenn ich kann.", "yes"),
    ("Sim, claro, ajudo se eu puder.", "yes"),
    ("Sim, com todo o gosto, ajudo no que puder.", "yes"),
    ("Ndiyo, nitamsaidia kama naweza.", "yes"),
    ("Yes, if I can find the time.", "unclear"),
    ("Yes, if I can get my boss to agree.", "unclear"),
    ("Yes, if I can.", "unclear"),
    ("I'd love to if I can.", "unclear"),
    ("Happy to help if I can get approval.", "unclear"),
    ("Happy to help if I can, but not before March.", "unclear"),
    ("Oui, si je peux me libérer.", "unclear"),
    ("Sí, si puedo encontrar tiempo.", "unclear"),
    ("Ja, wenn ich kann.", "unclear"),
    ("Sim, se eu puder.", "unclear"),
    ("Ndiyo, kama naweza.", "unclear"),
    ("Not happy to help if I can.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), MODEST_CONDITIONS)
def test_modest_conditions(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Refraining and abstaining decline in every form ('absehen', 'abstenerme', 'm'abstenir',
# 'abster-me', 'refrain', 'nitajizuia'), as does a wish before a refusal verb; negated or
# beside a yes they leave it unclear.
REFRAINING = [
    ("vielen Dank, ich möchte davon jedoch lieber absehen.", "no"),
    ("Ich sehe davon ab.", "no"),
    ("Davon würde ich gern absehen.", "no"),
    ("Danke, ich verzichte.", "no"),
    ("Ich möchte lieber verzichten, danke.", "no"),
    ("Ich enthalte mich.", "no"),
    ("Muy amable, pero por ahora prefiero abstenerme.", "no"),
    ("Gracias, me abstengo.", "no"),
    ("Prefiero abstenerme por ahora.", "no"),
    ("Merci, mais je préfère m'abstenir.", "no"),
    ("Je m'abstiens, merci.", "no"),
    ("Je vais m'abstenir pour cette fois.", "no"),
    ("Obrigado, mas prefiro abster-me.", "no"),
    ("Prefiro não, obrigado.", "no"),
    ("Vou me abster, obrigado.", "no"),
    ("Eu me abstenho.", "no"),
    ("Thanks, but I'd rather refrain.", "no"),
    ("I'll abstain, thanks.", "no"),
    ("I'd prefer to refrain from this one.", "no"),
    ("I abstain.", "no"),
    ("Asante, nitajizuia.", "no"),
    ("Asante, ningependa kujizuia kwa sasa.", "no"),
    ("Ich werde nicht verzichten, gerne!", "unclear"),
    ("Ja gerne! Von einem Anruf bitte absehen, lieber per Mail.", "unclear"),
    ("Yes, happy to. I'll refrain from sending my deck until we talk.", "unclear"),
    ("Sí, claro. No me abstengo de nada.", "unclear"),
    (
        "Mil gracias por pensar en mí, pero voy a declinar: este trimestre estamos enfocados"
        " al 100% en cerrar la ronda.",
        "no",
    ),
]


@pytest.mark.parametrize(("text", "answer"), REFRAINING)
def test_refraining(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# '100%' and its kin answer only opening a sentence and closing their clause, never
# inside a sentence about something else.
HUNDRED_PERCENT = [
    ("100%", "yes"),
    ("100%!", "yes"),
    ("100%, go ahead.", "yes"),
    ("100% yes, please introduce us.", "yes"),
    ("À 100 %, avec plaisir.", "yes"),
    ("Zu 100 %, gerne.", "yes"),
    ("We're focused 100% on the launch, so I'll pass.", "no"),
    ("Nous sommes à 100 % sur la levée, je dois décliner.", "no"),
    ("Wir sind zu 100 % mit der Runde beschäftigt, ich muss absagen.", "no"),
    ("I'm 100% booked this month.", "unclear"),
    ("Estoy al 100% con el cierre.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), HUNDRED_PERCENT)
def test_hundred_percent(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Knowing someone's work is praise, while knowing them already, not knowing them or
# asking who they are still doubts.
KNOWING_WORK = [
    (
        "gerne bin ich zu einem Austausch mit Dr. Brandt bereit; ihre Arbeiten zur"
        " Bodenmikrobiologie kenne ich.",
        "yes",
    ),
    ("Gerne, ich kenne ihre Arbeit.", "yes"),
    ("Ja gerne, ihre Arbeit kenne ich gut.", "yes"),
    ("Yes, happy to. I know her work.", "yes"),
    ("Happy to, I know her research well.", "yes"),
    ("Oui, avec plaisir, je connais ses travaux.", "yes"),
    ("Avec plaisir ; ses travaux, je les connais bien.", "yes"),
    ("Sí, con gusto, conozco su trabajo.", "yes"),
    ("Claro que sí, conozco sus investigaciones.", "yes"),
    ("Sim, com prazer, conheço o trabalho dela.", "yes"),
    ("Claro, conheço as pesquisas dela.", "yes"),
    ("Ndiyo, kwa furaha. Naijua kazi yake.", "yes"),
    ("Gerne, aber ich kenne sie nicht.", "unclear"),
    ("Ich kenne sie nicht.", "unclear"),
    ("Ich kenne sie schon.", "unclear"),
    ("Ja, kenne ich schon.", "unclear"),
    ("Sure, but I don't know her.", "unclear"),
    ("I don't know her. Who is she?", "unclear"),
    ("Who is she?", "unclear"),
    ("Yes, though I don't know her work.", "unclear"),
    ("Gerne, aber ihre Arbeit kenne ich nicht.", "unclear"),
    ("Oui, mais je ne connais pas ses travaux.", "unclear"),
    ("Sí, pero no conozco su trabajo.", "unclear"),
    ("Sim, mas não conheço o trabalho dela.", "unclear"),
    ("Oui, je la connais déjà.", "unclear"),
    ("Sí, ya la conozco.", "unclear"),
    ("Sim, já conheço.", "unclear"),
    ("Ja, ich kenne sie und ihre Arbeit nicht.", "unclear"),
    ("Gerne. Kenne ich ihre Arbeit?", "unclear"),
    ("I know her work? Not sure, but ok.", "unclear"),
    ("Yes, I know her already.", "unclear"),
    ("Sim, conheço ela.", "unclear"),
    ("Sí, ya conozco su trabajo, con gusto.", "yes"),
    ("Oui, je connais déjà ses travaux, avec plaisir.", "yes"),
    ("Yes please, I know his work on soil microbes.", "yes"),
    ("Ich kenne ihre Arbeiten gut. Gerne!", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), KNOWING_WORK)
def test_knowing_work(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# After a yes, the writer's time offered for the other to call or meet ("I'm around
# most afternoons if he wants a call", "Thursday 3pm at the farm if she wants") is no
# condition on the yes; a condition on who or what, someone else's approval, or an offer
# negated still doubts it.
OFFERED_TIME = [
    ("Sure, why not. I'm around most afternoons if he wants a call.", "yes"),
    ("Yes, happy to. I'm free Tuesday if she'd like to chat.", "yes"),
    ("Sure, I'm free Tuesday if she'd like to chat.", "yes"),
    ("Sure! I'm available next week if he wants to talk.", "yes"),
    ("Yes, happy to! I'm usually around in the afternoons if he wants to set up a call.", "yes"),
    ("Oui, avec plaisir. Je suis dispo l'après-midi s'il veut m'appeler.", "yes"),
    ("Oui, volontiers. Je suis disponible mardi si elle veut un appel.", "yes"),
    ("Sí, claro. Estoy libre por las tardes si quiere llamar.", "yes"),
    ("Sí, con gusto. Estoy disponible el martes si quiere una llamada.", "yes"),
    ("Ja, gerne. Ich bin nachmittags erreichbar, falls er telefonieren möchte.", "yes"),
    ("Ja, gern. Ich habe am Dienstag Zeit, wenn sie telefonieren möchte.", "yes"),
    ("Sim, claro. Estou disponível à tarde se ele quiser ligar.", "yes"),
    ("Sim, com prazer. Estou livre na terça se ela quiser uma chamada.", "yes"),
    ("Ndiyo, sawa. Niko huru mchana kama anataka kupiga simu.", "yes"),
    ("Ndiyo. Nipo mchana kama anataka kukutana.", "yes"),
    ("Sure, if he's not a recruiter.", "unclear"),
    ("Yes, if she can wait until March.", "unclear"),
    ("Happy to, if it's about hiring.", "unclear"),
    ("Sure, if he wants to invest.", "unclear"),
    ("Sure. I'm around if he's not a recruiter.", "unclear"),
    ("Sure. I'm free Tuesday if it's about hiring.", "unclear"),
    ("Yes. I'm available if she can wait until March.", "unclear"),
    ("Sure. I'm around if he wants to invest.", "unclear"),
    ("Sure. I'm around if my boss agrees to a call.", "unclear"),
    ("Sure. I'm not around if he wants a call.", "unclear"),
    ("Sure. I'm around if he doesn't want a call.", "unclear"),
    ("Maybe. I'm around most afternoons if he wants a call.", "unclear"),
    ("I'm around most afternoons if he wants a call.", "unclear"),
    ("Sure. I'm around if he wants a call? Not sure.", "unclear"),
    ("Yes. I'm free Tuesday if he wants a call and if it's not about sales.", "unclear"),
    ("Yes. I'm free if he wants a call, otherwise no.", "unclear"),
    ("Oui, si ce n'est pas un recruteur.", "unclear"),
    ("Oui. Je ne suis pas dispo s'il veut m'appeler.", "unclear"),
    ("Oui. Je suis dispo si mon chef accepte un appel.", "unclear"),
    ("Sí, si es sobre contratación.", "unclear"),
    ("Sí. No estoy libre si quiere llamar.", "unclear"),
    ("Ja, wenn es um Recruiting geht.", "unclear"),
    ("Ja, gerne. Ich bin nicht erreichbar, falls er telefonieren möchte.", "unclear"),
    ("Sim, se ele não for recrutador.", "unclear"),
    ("Sim. Não estou disponível se ele quiser ligar.", "unclear"),
    ("Ndiyo, kama si mwajiri.", "unclear"),
    ("Ndiyo. Siko huru kama anataka kupiga simu.", "unclear"),
    # A time or place offered, then only the other's wish ("if she wants"): an offer.
    ("Sure. Thursday 3pm at the farm if she wants.", "yes"),
    ("Sure. Thursday 3pm at the farm if she wants to.", "yes"),
    ("Sure. I'm free Thursday 3pm if she wants.", "yes"),
    (
        "D'accord. Jeudi 15h à la ferme si elle veut, après la traite c'est plus compliqué.",
        "yes",
    ),
    ("Vale. El jueves a las 15h en la granja si quiere.", "yes"),
    ("Ja gern. Donnerstag 15 Uhr auf dem Hof, wenn sie will.", "yes"),
    ("Ja gern. Donnerstag 15 Uhr auf dem Hof, falls sie Lust hat.", "yes"),
    ("Combinado. Quinta às 15h na fazenda se ela quiser.", "yes"),
    ("Sawa. Alhamisi saa 9 shambani kama anataka.", "yes"),
    # No time offered, the writer's own wish, someone else's, a later time, a wish
    # negated or naming something, no yes, a limit or a refusal: still a condition.
    ("Sure, if she wants.", "unclear"),
    ("Sí, si quiere.", "unclear"),
    ("Sure. Thursday 3pm if I want.", "unclear"),
    ("Sure. Thursday 3pm if she prefers.", "unclear"),
    ("D'accord. Jeudi 15h si je veux.", "unclear"),
    ("Sure. Thursday 3pm if my boss wants.", "unclear"),
    ("Sure. Next week if she wants.", "unclear"),
    ("Sure. Thursday 3pm if she doesn't want to.", "unclear"),
    ("Sure. Thursday 3pm if he wants to invest.", "unclear"),
    ("Thursday 3pm at the farm if she wants.", "unclear"),
    ("Sure. Thursday 3pm, but only if she wants.", "unclear"),
    ("No. Thursday 3pm if she wants.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), OFFERED_TIME)
def test_offered_time(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A double negation that agrees is a yes, in each language and with the common slips
# ("too" for "to", "fo" for "for"); a refusal that only holds a "no reason" or a "not
# too" still refuses.
DOUBLE_NEGATION_AGREES = [
    ("no reason not too, go fo it!\nivy", "yes"),
    ("No reason not to.", "yes"),
    ("I see no reason why not.", "yes"),
    ("I don't see any reason not to. Please introduce us.", "yes"),
    ("Can't think of a reason not to.", "yes"),
    ("I can't think of any reason why not!", "yes"),
    ("go fo it", "yes"),
    ("Aucune raison de refuser, allez-y.", "yes"),
    ("Je ne vois pas pourquoi pas.", "yes"),
    ("Je vois pas pourquoi pas !", "yes"),
    ("No veo por qué no.", "yes"),
    ("Ninguna razón para no, adelante.", "yes"),
    ("No hay ninguna razón para decir que no.", "yes"),
    ("Kein Grund, es nicht zu tun.", "yes"),
    ("Ich sehe keinen Grund, es nicht zu tun.", "yes"),
    ("Warum nicht?", "yes"),
    ("Ich wüsste nicht, warum nicht.", "yes"),
    ("Não vejo porque não.", "yes"),
    ("Nenhum motivo para não, pode apresentar.", "yes"),
    ("Sioni sababu ya kukataa.", "yes"),
    ("Hakuna sababu ya kukataa, endelea.", "yes"),
    ("no reason, not now", "no"),
    ("no, there's no reason for me to meet him", "no"),
    ("no. not too keen", "no"),
    ("not too sure, no", "no"),
    ("I see no reason to meet her.", "no"),
    ("Je ne vois pas de raison de le rencontrer.", "no"),
    ("No veo razón para reunirnos.", "no"),
    ("Ich sehe keinen Grund für ein Treffen.", "no"),
    ("Não vejo motivo para uma reunião.", "no"),
    ("Sioni sababu ya kukutana.", "no"),
    ("I'm happy too.", "unclear"),
    ("Send my love too.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), DOUBLE_NEGATION_AGREES)
def test_a_double_negation_that_agrees(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# After a yes, an assistant who will arrange the meeting, and a time named by the
# introduction itself, are logistics; an assistant who decides or confirms, and a time
# named by anything else, still doubt the yes.
LOGISTICS_AFTER_A_YES = [
    (
        "Yes, happy to. My assistant Joanna Price (joanna.price@halvardbio.com) looks after"
        " my calendar and will set up a time once you've made the introduction.",
        "yes",
    ),
    ("Yes, happy to. My assistant will set up a time.", "yes"),
    ("Sure! My EA will schedule a call after the intro.", "yes"),
    ("Sure, happy to. My colleague Ana will set up a time once you've made the intro.", "yes"),
    ("Yes, once you've made the introduction.", "yes"),
    ("Oui, avec plaisir. Mon assistante organisera le rendez-vous.", "yes"),
    ("Oui, avec plaisir, dès que vous nous aurez mis en relation.", "yes"),
    ("Sí, encantado. Mi asistente coordinará la reunión.", "yes"),
    ("Sí, claro, en cuanto nos presentes.", "yes"),
    ("Ja, gerne. Meine Assistentin vereinbart einen Termin.", "yes"),
    (
        "Ja, gern. Meine Assistentin verwaltet meinen Kalender und vereinbart einen Termin,"
        " sobald Sie uns vorgestellt haben.",
        "yes",
    ),
    ("Sim, com prazer. Minha assistente marca o horário.", "yes"),
    ("Sim, claro, assim que você nos apresentar.", "yes"),
    ("Ndiyo, kwa furaha. Msaidizi wangu atapanga muda.", "yes"),
    ("Ndiyo, sawa. Msaidizi wangu atapanga muda baada ya utambulisho.", "yes"),
    ("Yes, but my assistant will decide whether I have time.", "unclear"),
    ("Let me check with my assistant first.", "unclear"),
    ("yes once my assistant confirms", "unclear"),
    ("sure, once the board approves", "unclear"),
    ("My assistant will set up a time.", "unclear"),
    ("Yes. My assistant will not set up a time.", "unclear"),
    ("Yes, my assistant will set up a time if I'm free.", "unclear"),
    ("Yes. My assistant will set up a time after the 15th.", "unclear"),
    ("Yes. My assistant will set up a time once she's back from leave.", "unclear"),
    (
        "Yes. My assistant will set up a time once you've made the introduction and the"
        " board has approved.",
        "unclear",
    ),
    ("Oui, mais mon assistante décidera si j'ai le temps.", "unclear"),
    ("Oui, dès que mon assistante confirme.", "unclear"),
    ("Sí, pero mi asistente decidirá si tengo tiempo.", "unclear"),
    ("Sí, en cuanto lo apruebe el consejo.", "unclear"),
    ("Ja, aber meine Assistentin entscheidet, ob ich Zeit habe.", "unclear"),
    ("Ja, sobald der Vorstand zustimmt.", "unclear"),
    ("Sim, assim que minha assistente confirmar.", "unclear"),
    ("Ndiyo, lakini msaidizi wangu ataamua kama nina muda.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), LOGISTICS_AFTER_A_YES)
def test_logistics_after_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Not managing it, said after a "but", refuses as "I can't" does, its words in order
# with a few others between; a doubt about managing it, or a caveat, is read as it is.
INABILITY_AFTER_A_BUT = [
    ("würde ich wirklich gern, aber ich schaffe es im Moment einfach nicht.", "no"),
    ("Gerne, aber ich komme diese Woche nicht dazu.", "no"),
    ("Avec plaisir, mais honnêtement je n'y arrive pas.", "no"),
    ("Oui, mais je ne vais pas pouvoir avant janvier.", "no"),
    ("Me encantaría, pero no me da la vida.", "no"),
    ("Adoraria, mas não consigo agora.", "no"),
    ("Adoraria, mas infelizmente não dou conta.", "no"),
    ("Ningependa, lakini sitamudu.", "no"),
    ("I'd love to, but I'm unable to take it on.", "no"),
    ("Gerne, aber ich weiß nicht, ob ich es schaffe.", "unclear"),
    ("Avec plaisir, mais je ne sais pas si j'y arrive.", "unclear"),
    ("Claro, pero no sé si llego.", "unclear"),
    ("Sim, mas não sei se consigo.", "unclear"),
    ("Sí, pero no me da la vida para llamadas largas, ¿vale?", "unclear"),
    ("Gerne, aber ich kann nichts versprechen.", "yes"),
    ("Gerne, ich schaffe es bestimmt.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), INABILITY_AFTER_A_BUT)
def test_an_inability_after_a_but(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "It will not be possible for me", a pronoun of the writer between the negation and the
# verb, in the future or the conditional, after a "but" refuses as "I can't" does; a
# doubt whether it will be possible is read as it is.
IMPOSSIBLE_AFTER_A_BUT = [
    ("Gostaria muito de conhecer o Sr. Ferraz, mas infelizmente não me será possível.", "no"),
    ("Gostaria muito, mas não nos vai ser possível.", "no"),
    ("Gostaria muito, mas não me seria possível.", "no"),
    ("Me encantaría, pero no nos será posible.", "no"),
    ("Me encantaría, pero no me va a ser posible.", "no"),
    ("Me encantaría, pero no me sería posible.", "no"),
    ("J'aimerais beaucoup, mais il ne me sera pas possible.", "no"),
    ("Gern, aber das wird mir leider nicht möglich sein.", "no"),
    ("I would love to, but it will not be possible for me.", "no"),
    ("Ningependa, lakini haitawezekana kwangu.", "no"),
    ("Gostaria muito, mas não sei se me será possível.", "unclear"),
    ("Me encantaría, pero no sé si me será posible.", "unclear"),
    ("Sim, claro. Sem ele não seria possível.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), IMPOSSIBLE_AFTER_A_BUT)
def test_not_possible_for_me_after_a_but(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A considered refusal of going on with it, with no "no": "I think it best that I do not
# take this one forward"; the same words about a detail beside a yes never make a yes.
CONSIDERED_REFUSALS = [
    ("On balance I think it best that I do not take this one forward.", "no"),
    ("On balance, I think it better that I don't.", "no"),
    ("I will not take this forward, I'm afraid.", "no"),
    ("Tout bien pesé, il vaut mieux que je ne donne pas suite.", "no"),
    ("Tout bien considéré, mieux vaut que je m'abstienne.", "no"),
    ("Pensándolo bien, creo que es mejor que no siga adelante con esto.", "no"),
    ("Alles in allem halte ich es für besser, wenn ich das nicht weiterverfolge.", "no"),
    ("Alles in allem ist es besser, wenn ich es lasse.", "no"),
    ("Pensando bem, acho melhor não dar seguimento.", "no"),
    ("Baada ya kufikiri, naona ni bora nisiendelee na hili.", "no"),
    ("Yes, go ahead. I think it best that I do not give him my mobile.", "unclear"),
    ("Yes, happy to. Best if I do not call him before Monday though.", "unclear"),
    ("Ja, gerne. Besser, wenn ich es lasse ihn anzurufen.", "unclear"),
    ("Ja, gerne. Besser, ich lasse es ihn selbst machen.", "yes"),
    # Leaving it for now, weighed ("on balance"): a refusal in every language.
    ("On balance I think it is best that I leave it for now.", "no"),
    ("I have thought about it, and it's best I leave it this time.", "no"),
    ("Tout bien pesé, il vaut mieux que je laisse passer.", "no"),
    ("Pensándolo bien, es mejor que lo deje por ahora.", "no"),
    ("Alles in allem ist es besser, wenn ich es vorerst lasse.", "no"),
    ("Pensando bem, é melhor eu deixar passar.", "no"),
    ("Baada ya kufikiri, ni bora niache kwa sasa.", "no"),
    # Leaving something else to the asker, beside a yes, refuses nothing.
    ("Yes, happy to. Best that I leave it to you to set up the call.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), CONSIDERED_REFUSALS)
def test_a_considered_refusal(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Declining to take it on, the German object standing between the verb and its "nicht"
# ("ich möchte das nicht übernehmen"), as the other languages say it with the negator
# next to the verb.
NOT_TAKING_IT_ON = [
    ("That's flattering, but I'd rather not take it on.", "no"),
    ("Cela m'honore, mais je préfère ne pas m'en charger.", "no"),
    ("Me honra, pero prefiero no encargarme de esto.", "no"),
    ("Das ehrt mich, aber ich möchte das nicht übernehmen.", "no"),
    ("Ich kann es nicht übernehmen, tut mir leid.", "no"),
    ("Fico honrado, mas prefiro não assumir isso.", "no"),
    ("Ni heshima, lakini sitaki kuchukua jukumu hili.", "no"),
    # Another's not taking it on, beside the writer's yes, leaves it unclear.
    ("Ja, gerne. Er kann das nicht übernehmen, aber ich schon.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NOT_TAKING_IT_ON)
def test_declining_to_take_it_on(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A complaint of being busy, conceded after a yes ("though", "même si", "aunque", "auch
# wenn", "apesar de", "ingawa"), leaves the yes standing; a complaint alone, one that
# goes on to refuse, doubt or ask, or one after a "but" does not.
BUSY_BUT_YES = [
    ("Sure, though honestly I'm swamped this month.", "yes"),
    ("Happy to, even though I'm slammed right now.", "yes"),
    ("Oui, même si je suis débordé.", "yes"),
    ("Claro, aunque ando a tope.", "yes"),
    ("Klar, auch wenn ich gerade viel um die Ohren habe.", "yes"),
    ("Claro, apesar de estar atolado.", "yes"),
    ("Sim, embora eu esteja atolada.", "yes"),
    ("Sawa, ingawa nina shughuli nyingi.", "yes"),
    ("I'm swamped, sorry.", "no"),
    ("Swamped, so not this month.", "no"),
    ("Sure, though I'm swamped, so not this month.", "no"),
    ("Though I'm swamped.", "no"),
    ("Sure, but not until I'm less swamped.", "unclear"),
    ("Sure, though I'm not swamped.", "unclear"),
    ("Sure, though I'm swamped. Can we do January?", "unclear"),
    ("Oui, même si je ne connais pas bien son domaine.", "unclear"),
    ("Ja, auch wenn ich skeptisch bin.", "unclear"),
    ("Oui, mais je suis débordée, donc pas avant mars.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), BUSY_BUT_YES)
def test_a_busy_complaint_conceded_after_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A stretch marked as about another matter ("Unrelated, but ...", "Autre chose :",
# "Ganz anderes Thema:") is set aside to the end of its paragraph; not when nothing
# stands before it, when the marker opens no sentence or has no pause after it, nor
# when the stretch speaks of the introduction or a meeting.
ANOTHER_MATTER = [
    (
        "Yes please on Hannah, she sounds great.\n\nUnrelated, but while I have you: no,"
        " I won't make the Lisbon offsite after all. Could you let Jo know?",
        "yes",
    ),
    ("Happy to. On another note, I won't be at the board dinner.", "yes"),
    ("Oui, avec plaisir.\n\nAutre chose : je ne viendrai pas au séminaire de Lyon.", "yes"),
    ("Sí, encantada. Por cierto, otra cosa: no iré al offsite de Lisboa.", "yes"),
    ("Ja, gerne.\n\nGanz anderes Thema: ich komme nicht zum Offsite nach Lissabon.", "yes"),
    ("Sim, com prazer.\n\nOutro assunto: não vou ao offsite de Lisboa.", "yes"),
    ("Ndiyo, kwa furaha.\n\nJambo lingine: sitahudhuria mkutano wa Lisbon.", "yes"),
    ("No thanks.\n\nOn another note, yes, I'll be at the offsite.", "no"),
    ("Yes, the offsite works.\n\nOn another note, I'd rather not meet Hannah.", "unclear"),
    ("Unrelated, but no thanks.", "no"),
    ("Sure.\n\nUnrelated people keep emailing me, so no.", "unclear"),
    ("Oui.\n\nAutre chose : je préfère ne pas être présentée à Julien.", "unclear"),
    ("Ja.\n\nGanz anderes Thema: ich möchte ihm lieber nicht vorgestellt werden.", "unclear"),
    # Doubt about the proposal itself ("this is a good idea") is no other matter.
    ("Yes, happy to. On another note, I'm not really sure this is a good idea for me.", "unclear"),
    (
        "Oui, avec plaisir.\n\nAutre chose : je ne suis pas sûre que ce soit une bonne idée.",
        "unclear",
    ),
    ("Sí, encantada. Por cierto, otra cosa: no sé si es buena idea.", "unclear"),
    ("Ja, gerne.\n\nGanz anderes Thema: ich weiß nicht, ob das eine gute Idee ist.", "unclear"),
    ("Sim, com prazer.\n\nOutro assunto: não sei se é boa ideia.", "unclear"),
    ("Ndiyo, kwa furaha.\n\nJambo lingine: sina uhakika kama ni wazo zuri.", "unclear"),
    ("Happy to. On another note, I won't be at the board dinner, not my idea of fun.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), ANOTHER_MATTER)
def test_another_matter_is_set_aside(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A bare confirmation confirms another matter ("that's my new address", "we moved")
# in that matter's paragraph; in a paragraph of its own, after or before news of the
# writer's life, it answers the question. News that declines, or a question back, is
# read as it is.
NEWS_BESIDE_A_YES = [
    (
        "It has been a mad autumn: we moved the studio to Clerkenwell.\n\nOh, and Priya,"
        " of course. Yes, I'd really like to meet her.",
        "yes",
    ),
    (
        "Yes, I'd really like to meet her.\n\nNews here: we moved the studio to"
        " Clerkenwell in October.",
        "yes",
    ),
    ("Nous avons déménagé à Lyon.\n\nOui, avec plaisir.", "yes"),
    ("Nos mudamos a Madrid en octubre.\n\nSí, claro.", "yes"),
    ("Wir sind umgezogen.\n\nJa, gerne.", "yes"),
    ("Yes, that's my new address.", "unclear"),
    ("Yes. We moved to Berlin last year.", "unclear"),
    ("Yes, that's my new email!\n\nThanks for updating it.", "unclear"),
    ("We moved the studio to Clerkenwell.\n\nYes. Is she based in Leeds?", "unclear"),
    ("We moved to Berlin, so not anymore.", "no"),
    ("Nous avons déménagé à Lyon, donc plus maintenant.", "no"),
    ("Nos mudamos a Madrid, así que ya no.", "no"),
    ("Wir sind nach Berlin umgezogen, also nicht mehr.", "no"),
    ("Mudamos para Lisboa, então já não.", "no"),
    ("Tumehamia Nairobi, kwa hiyo si tena.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NEWS_BESIDE_A_YES)
def test_news_beside_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# An inability or a preference against meeting anywhere after a yes, with or without a
# "but", in the yes's sentence or a later one, stands against the yes: unclear, or no
# after a "but". Not in a paragraph about another matter, and not a yes whose later
# sentence only names a time or a manner.
REFUSAL_AFTER_A_YES = [
    ("I'd love to. I'm not able to this week.", "unclear"),
    ("Happy to!\n\nActually, I'm not able to take on new calls right now.", "unclear"),
    ("Absolutely. I'm unable to make time for it though.", "unclear"),
    ("Sure. I will not be able to.", "unclear"),
    ("Yes please. I won't be able to do it after all.", "unclear"),
    ("Sounds good. I'd rather not meet him in person.", "unclear"),
    ("Oui.\n\nJe ne vais pas pouvoir le rencontrer.", "unclear"),
    ("Avec plaisir. Je ne serai pas en mesure de le voir.", "unclear"),
    ("Oui bien sûr. En fait, pas envie de le rencontrer.", "unclear"),
    ("Sí, claro. No podré esta vez.", "unclear"),
    ("Con gusto.\n\nMejor no nos reunamos.", "unclear"),
    ("Sí. Preferiría no conocerla.", "unclear"),
    ("Ja.\n\nlieber kein Treffen mit ihm.", "unclear"),
    ("Gerne.\n\nIch werde es nicht schaffen.", "unclear"),
    ("Ja klar. Ich habe keine Lust auf ein Treffen.", "unclear"),
    ("Sim, claro. Não vou conseguir.", "unclear"),
    ("Sim.\n\nPrefiro não conhecê-lo.", "unclear"),
    ("Com prazer. Não vou poder desta vez.", "unclear"),
    ("Ndiyo.\n\nAfadhali tusikutane.", "unclear"),
    ("Ndiyo, nitafurahi. Afadhali nisikutane naye.", "unclear"),
    ("Sawa kabisa. Bora tusikutane.", "unclear"),
    ("Yes. But I'm not able to this month.", "no"),
    ("Ja. Aber lieber kein Treffen.", "no"),
    ("Yes, that's my new address. I'm not able to use the old one.\n\nHappy to meet her.", "yes"),
    ("Yes, happy to. I'm able to meet most afternoons.", "yes"),
    ("Oui, avec plaisir. Je pourrai le rencontrer mardi.", "yes"),
    ("Sí, claro. Podré la semana que viene.", "yes"),
    ("Ja, gerne. Ein Treffen passt mir gut.", "yes"),
    ("Sim, claro. Vou conseguir na terça.", "yes"),
    ("Ndiyo. Afadhali tukutane Jumanne.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), REFUSAL_AFTER_A_YES)
def test_a_refusal_after_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# After a yes, a negation in a later clause that no phrase reads, in any of the six
# languages, leaves the yes unclear; a yes or neutral phrase that negates ("no problem",
# "why not", "no rush", "keine Eile", "sin drama") and another matter's paragraph or
# stretch leave it standing.
NEGATION_AFTER_A_YES = [
    ("Yes.\n\nDon't forward this to him, please.", "unclear"),
    ("Sure. I don't really see the point anymore.", "unclear"),
    ("Happy to!\n\nHmm, actually I shouldn't take on more this quarter.", "unclear"),
    ("Sounds good. Please don't give him my email.", "unclear"),
    ("Yes please. On reflection it isn't a good fit.", "unclear"),
    ("Absolutely. I'm not in a position to help him now.", "unclear"),
    ("Sure, go ahead. Actually no wait, I never take these calls.", "unclear"),
    ("Oui, avec plaisir. Ne me présentez pas tout de suite.", "unclear"),
    ("Oui.\n\nJe ne le sens pas trop, en fait.", "unclear"),
    ("Volontiers. Je ne prends plus de rendez-vous ce trimestre.", "unclear"),
    ("D'accord. Ça ne m'intéresse plus vraiment.", "unclear"),
    ("Oui, bien sûr. Aucune envie de le rencontrer en fait.", "unclear"),
    ("Sí, claro. Sin ganas de reunirme ahora.", "unclear"),
    ("Sí.\n\nNo le des mi correo todavía.", "unclear"),
    ("Con gusto. Nunca acepto este tipo de reuniones.", "unclear"),
    ("Vale. Ahora mismo no me cuadra nada.", "unclear"),
    ("Sí, perfecto. Nada de reuniones este mes.", "unclear"),
    ("Ja, gerne. Bitte stell uns nicht vor.", "unclear"),
    ("Ja.\n\nEigentlich passt das gerade nicht.", "unclear"),
    ("Klar. Keine Zeit für so etwas im Moment.", "unclear"),
    ("Gerne. Nie wieder solche Vorstellungen, bitte.", "unclear"),
    ("Ja. Ohne mich, ehrlich gesagt.", "unclear"),
    ("Sim, claro. Nunca aceito esse tipo de reunião.", "unclear"),
    ("Sim.\n\nNem pensar em reunião agora.", "unclear"),
    ("Com prazer. Não passe o meu contacto ainda.", "unclear"),
    ("Pode ser. Nenhuma vontade de falar com ele, na verdade.", "unclear"),
    ("Ndiyo. Hakuna nafasi kwa sasa.", "unclear"),
    ("Sawa.\n\nUsitutambulishe bado.", "unclear"),
    ("Ndiyo, nitafurahi. Sio wakati mzuri kwangu.", "unclear"),
    ("Sawa kabisa. Wala sina muda wa mkutano.", "unclear"),
    ("Ndiyo. Bila mimi, tafadhali.", "unclear"),
]

YES_BESIDE_A_NEGATION_READ = [
    ("Yes! No rush on timing.", "yes"),
    ("Oui, pas de souci", "yes"),
    ("Sí, no hay problema", "yes"),
    ("Ja, kein Problem", "yes"),
    ("Sim, sem problema nenhum", "yes"),
    ("Ndiyo, hakuna shida", "yes"),
    ("Sure - I can't wait to meet her", "yes"),
    ("Happy to. No reason not to.", "yes"),
    ("Sure, why not.", "yes"),
    ("Sí, claro. Sin ningún problema.", "yes"),
    ("Yes please. Don't hesitate to share my number.", "yes"),
    ("Sure, happy to. I haven't met her before.", "yes"),
    ("Oui, avec plaisir. Pas d'urgence.", "yes"),
    ("Oui ! Rien ne presse.", "yes"),
    ("Sí. No hay prisa.", "yes"),
    ("Claro. No te preocupes por las fechas.", "yes"),
    ("Ja, gerne. Keine Eile.", "yes"),
    ("Gerne. Mach dir keine Sorgen wegen der Termine.", "yes"),
    ("Sim, claro. Sem pressa.", "yes"),
    ("Sim! Não se preocupe com as datas.", "yes"),
    ("Ndiyo. Hakuna haraka.", "yes"),
    ("Dale, me parece buenísimo. Pasale mi mail sin drama.", "yes"),
    ("Yes, happy to. My phone no. is 555 1234.", "yes"),
    ("Yes, that's my new address, I don't use the old one.\n\nHappy to meet her.", "yes"),
    ("Yes please. Unrelated, but while I have you: no, I won't make the offsite.", "yes"),
]


# A limit on what the mail may carry ("No attachments over 200KB pls") after a yes tells
# how to write to the writer and refuses nothing; a refusal beside it still refuses.
ATTACHMENT_LIMITS = [
    ("Yes pls go ahead, happy to talk to her.\nNo attachments over 200KB pls.", "yes"),
    ("Oui, allez-y, présentez-nous. Pas de pièces jointes de plus de 200 Ko svp.", "yes"),
    ("Sí, adelante, preséntanos. Sin adjuntos de más de 200 KB, por favor.", "yes"),
    ("Ja, gerne, stellen Sie uns vor. Keine Anhänge über 200 KB bitte.", "yes"),
    ("Sim, pode apresentar. Sem anexos acima de 200 KB, por favor.", "yes"),
    ("Ndiyo, tafadhali nitambulishe. Bila viambatisho zaidi ya 200KB.", "yes"),
    ("No attachments needed. No thanks, not interested.", "no"),
    ("No, attachments are fine but I'm not interested.", "no"),
    ("Yes, but no calls please.", "unclear"),
    ("Ja, gerne. Keine Zeit für so etwas im Moment.", "unclear"),
    ("Sí, claro. Sin ganas de reunirme ahora.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), ATTACHMENT_LIMITS)
def test_a_limit_on_attachments_refuses_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), NEGATION_AFTER_A_YES)
def test_a_negation_after_a_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), YES_BESIDE_A_NEGATION_READ)
def test_a_yes_beside_a_negation_read_whole(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Texting shorthand ("u", "w", "lemme", "rn", "prob", "jsp", "vllt", "n", "cjui") is
# read in every refusal, hedge, contrast and question written short, never in a yes:
# a yes written short still needs its words in full or a listed form ("no prob").
SHORTHAND = [
    ("prob yes, lemme check w my cofounder first", "unclear"),
    ("prolly yes", "unclear"),
    ("Yes! I'll be there by 7, can u save me a seat", "unclear"),
    ("Sure, could u send me more on her", "unclear"),
    ("not rn, slammed w our launch sorry", "no"),
    ("busy rn sorry", "no"),
    ("Sure, idk how useful I'll be", "unclear"),
    ("Oui jsp", "unclear"),
    ("Oui mais jpeux pas", "no"),
    ("Lo siento, toy a tope", "no"),
    ("S\u00ed, dsp de enero", "unclear"),
    ("Ja vllt", "unclear"),
    ("Ja, evtl", "unclear"),
    ("Sim, mas n posso agr", "no"),
    ("Sim, vou ver c meu s\u00f3cio", "unclear"),
    ("Ndiyo, cjui", "unclear"),
    ("Sawa, lakini cwezi", "no"),
    ("no prob", "yes"),
    ("no prob, go ahead", "yes"),
    ("Yes! Thank u", "yes"),
    ("yes u can introduce us", "yes"),
    ("Sure, happy to connect w her", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), SHORTHAND)
def test_shorthand_doubts_refuses_and_asks(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes that waits on a check with someone else ("let me check with my cofounder", "je
# vérifie avec mon associé", "lo verifico con mi socio", "ich kläre das mit meinem
# Partner", "vou ver com meu sócio", "nitaangalia na mwenzangu") is unclear; meeting
# with someone named stays a yes.
CHECK_WITH = [
    ("Yes, let me check with my cofounder first", "unclear"),
    ("Oui, je v\u00e9rifie avec mon associ\u00e9", "unclear"),
    ("Oui, je vais voir avec ma femme", "unclear"),
    ("S\u00ed, lo verifico con mi socio", "unclear"),
    ("Ja, ich kl\u00e4re das mit meinem Partner", "unclear"),
    ("Sim, vou ver com meu s\u00f3cio", "unclear"),
    ("Ndiyo, nitaangalia na mwenzangu", "unclear"),
    ("Oui, avec plaisir", "yes"),
    ("Sim, com prazer", "yes"),
    ("Ndiyo, nitafurahi kukutana naye", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), CHECK_WITH)
def test_a_yes_waiting_on_a_check_with_someone(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes only guessed at ("I believe so", "je pense que oui", "creo que sí", "ich glaube
# schon", "acho que sim", "nadhani hivyo") doubts, alone or beside a yes, yet leans to
# yes: a refusal beside it leaves the reply unclear, one after a "but" still refuses.
GUESSED_YES = [
    ("I believe so", "unclear"),
    ("Yes, I reckon so", "unclear"),
    ("Oui, je pense que oui", "unclear"),
    ("Je crois que oui", "unclear"),
    ("S\u00ed, creo que s\u00ed", "unclear"),
    ("Supongo que s\u00ed", "unclear"),
    ("Ja, glaube schon", "unclear"),
    ("Ich denke ja", "unclear"),
    ("Sim, acho que sim", "unclear"),
    ("Creio que sim", "unclear"),
    ("Ndiyo, nadhani hivyo", "unclear"),
    (
        "Supongo que s\u00ed, si t\u00fa crees que merece la pena. Ahora mismo no s\u00e9 si "
        "le puedo dedicar mucho tiempo.",
        "unclear",
    ),
    ("Ich glaube schon, aber nicht jetzt", "no"),
    ("Creo que me encantar\u00eda", "yes"),
    ("Oui, avec plaisir", "yes"),
    ("Ja, gerne", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), GUESSED_YES)
def test_a_yes_guessed_at_doubts(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A step asked for before the introduction ("call me before you introduce us") holds
# the yes back: the introduction's own verb after "before" is no go-ahead.
STEP_BEFORE_THE_INTRODUCTION = [
    ("Yes. I'm in court until Friday, but call me before you introduce us.", "unclear"),
    ("Sure, just ring me before introducing us.", "unclear"),
    ("Yes, but please check with me before you connect us.", "unclear"),
    ("Oui, mais appelez-moi avant de nous présenter.", "unclear"),
    ("Sí, pero llámame antes de presentarnos.", "unclear"),
    ("Ja, aber rufen Sie mich an, bevor Sie uns vorstellen.", "unclear"),
    ("Sim, mas ligue-me antes de nos apresentar.", "unclear"),
    ("Ndiyo, lakini nipigie simu kabla ya kututambulisha.", "unclear"),
    ("Yes please. I'm in court until Friday, but call me any evening.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), STEP_BEFORE_THE_INTRODUCTION)
def test_a_step_before_the_introduction_holds_the_yes_back(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# German "können Sie gern machen" grants leave, no question asked back; with a question
# mark, a turn, a refusal or a condition it still doubts.
LEAVE_GRANTED = [
    ("Ja, können Sie gern machen, ich bin dabei.", "yes"),
    ("Können Sie gerne machen.", "yes"),
    ("Kannst du gern machen!", "yes"),
    ("Können Sie gern machen?", "unclear"),
    ("Das können Sie gern machen, aber ohne mich.", "unclear"),
    ("Können Sie gern machen, wenn er seriös ist.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), LEAVE_GRANTED)
def test_german_leave_granted_is_no_question(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Telling the asker to give the other one's number hands over the contact: a yes, in
# six languages; negated it refuses, with a condition or a question it doubts.
NUMBER_GIVEN = [
    ("Give him my number 0722 555 814 or he can email here whichever he prefers.", "yes"),
    ("Dale mi número, con gusto.", "yes"),
    ("Donnez-lui mon numéro : 06 12 34 56 78.", "yes"),
    ("Geben Sie ihm meine Nummer, 0171 555 1234.", "yes"),
    ("Passa meu zap pra ela (31 95555-0147).", "yes"),
    ("Mpe namba yangu 0722 555 814.", "yes"),
    ("Don't give him my number.", "no"),
    # After a yes, the phone number kept back is a note on privacy.
    ("Yes - but please don't give him my number", "yes"),
    ("I'd rather you didn't give him my number.", "no"),
    ("Give him my number if he is legit.", "unclear"),
    ("Give him my number? Who is he?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), NUMBER_GIVEN)
def test_giving_the_number_hands_over_the_contact(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# The Portuguese "no" ("em" + article) in a place offered before the other's bare wish
# names where and refuses nothing; a negated time or a condition still doubts.
PLACE_BEFORE_WISH = [
    ("Claro. Quinta às 15h no ginásio se ela quiser.", "yes"),
    ("Claro. Quinta às 15h no ginásio, se ela quiser.", "yes"),
    ("Claro. Quinta às 15h no ginásio se ela for séria.", "unclear"),
    ("Claro. Não na quinta, se ela quiser.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), PLACE_BEFORE_WISH)
def test_a_place_after_no_before_the_others_wish(text: str, answer: str) -> None:
    assert classify_text(text) == answer
