"""A go-ahead inside a long letter of news (agent.understanding.reply_news): the news is
set aside when it names nothing of the introduction and refuses, doubts, conditions and
asks nothing, a story told before the answer may hold a "but", a yes form inside a clause
and a negation of its own; a go-ahead that names neither the one asked about nor the
introduction, news that doubts, refuses, conditions or asks about it, and a yes to
something else still leave the reply as it was. A letter may open with its answer (a
yes and nothing else, after a greeting), and after the answer a condition that leads on
to other business of its own is news; one that may bear on the answer is not."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_reply, read_answer
from agent.understanding.reply_news import NEWS_MIN_WORDS, go_ahead_sentence
from agent.understanding.reply_phrases import phrase_book
from tests.agent.understanding.shared_inputs import QUOTED_QUESTION, reply_to_question

_ASKED = "Joanne Reid"

# A week of news in each language: a story told in the past with a yes form inside a
# clause ("the coldest day of the year of course") and a negation of its own, then a
# paragraph with a "but" inside a sentence.
_NEWS = {
    "en": (
        "Sorry it took me all week to write back, it has been chaos here. The boiler died on"
        " Monday (the coldest day of the year of course, minus four) and the plumber couldn't"
        " come until Thursday, so we were boiling kettles for every bath. My son caught a cold"
        " at school and spent three days on the sofa with his comics. The neighbours were very"
        " kind, one of them brought round a whole pot of soup.\n\nThe boiler works again now,"
        " the boy is pale but cheerful, and I finally have ten minutes to sit down with a tea."
    ),
    "fr": (
        "Désolée d'avoir mis toute la semaine à répondre, c'était le chaos ici. La chaudière est"
        " tombée en panne lundi (le jour le plus froid de l'année bien sûr, moins quatre) et le"
        " plombier ne pouvait pas venir avant jeudi, alors nous faisions chauffer de l'eau pour"
        " chaque bain. Mon fils a attrapé un rhume à l'école et il a passé trois jours sur le"
        " canapé avec ses bandes dessinées. Les voisins étaient adorables, une voisine a apporté"
        " une marmite de soupe.\n\nLa chaudière marche de nouveau, le petit est pâle mais"
        " joyeux, et j'ai enfin dix minutes pour m'asseoir avec un thé."
    ),
    "es": (
        "Perdona que haya tardado toda la semana en contestar, esto ha sido un caos. La caldera se"
        " estropeó el lunes (el día más frío del año por supuesto, cuatro bajo cero) y el"
        " fontanero no pudo venir hasta el jueves, así que calentábamos agua en ollas para cada"
        " baño. Mi hijo pilló un resfriado en el colegio y estuvo tres días en el sofá con sus"
        " tebeos. Los vecinos fueron muy amables, una vecina nos trajo una olla entera de"
        " sopa.\n\nAhora la caldera ya funciona, el niño está pálido pero contento, y por fin"
        " tengo diez minutos para sentarme con un té."
    ),
    "de": (
        "Entschuldige, dass ich die ganze Woche für die Antwort gebraucht habe, hier war Chaos."
        " Die Heizung ist am Montag ausgefallen (am kältesten Tag des Jahres natürlich, minus"
        " vier) und der Installateur hatte keinen freien Termin, also haben wir für jedes"
        " Bad Wasser im Topf gekocht. Mein Sohn hatte sich in der Schule erkältet und lag drei Tage"
        " mit seinen Comics auf dem Sofa. Die Nachbarn waren sehr lieb, eine Nachbarin hat einen"
        " ganzen Topf Suppe gebracht.\n\nInzwischen läuft die Heizung wieder, der Kleine ist blass"
        " aber fröhlich, und ich habe endlich zehn Minuten, um mich mit einem Tee hinzusetzen."
    ),
    "pt": (
        "Desculpa ter demorado a semana toda a responder, isto tem sido um caos. A caldeira"
        " avariou na segunda (o dia mais frio do ano, como sempre, quatro graus negativos) e o"
        " canalizador nunca mais apareceu antes de quinta, por isso aquecíamos água em panelas para"
        " cada banho. O meu filho apanhou uma constipação na escola e esteve três dias no sofá"
        " com as revistas dele. Os vizinhos foram muito simpáticos, uma vizinha trouxe uma panela"
        " inteira de sopa.\n\nAgora a caldeira já funciona, o miúdo está pálido mas contente, e"
        " finalmente tenho dez minutos para me sentar com um chá."
    ),
    "sw": (
        "Samahani kwa kuchelewa kujibu wiki nzima, hapa kumekuwa na vurugu. Jiko la gesi"
        " liliharibika Jumatatu (siku ya baridi zaidi bila shaka, nyuzi nne) na hakuna fundi"
        " aliyekuja hadi Alhamisi, kwa hiyo tulichemsha maji kwenye sufuria kwa kila"
        " kuoga. Mwanangu alipata mafua shuleni na alikaa siku tatu kwenye kochi na vitabu vyake"
        " vya katuni. Majirani walikuwa wema sana, mmoja wao alituletea sufuria nzima ya"
        " supu.\n\nSasa jiko linafanya kazi tena, mtoto amechoka lakini ana furaha, na"
        " hatimaye nina dakika kumi za kukaa na chai."
    ),
}
_GO = {
    "en": "Yes of course, I'd love to meet Joanne, it sounds like a very good fit for us.",
    "fr": "Oui bien sûr, je serais ravie de rencontrer Joanne, cela nous irait très bien.",
    "es": "Sí, claro, me encantaría conocer a Joanne, nos viene muy bien.",
    "de": "Ja, natürlich, ich würde Joanne sehr gern kennenlernen, das passt gut zu uns.",
    "pt": "Sim, claro, adoraria conhecer a Joanne, encaixa muito bem connosco.",
    "sw": "Ndiyo, bila shaka, ningefurahi sana kukutana na Joanne.",
}
_CLOSE = {
    "en": "Best wishes to everyone at the club!",
    "fr": "Bises à toute l'équipe du club !",
    "es": "¡Un abrazo a todos los del club!",
    "de": "Liebe Grüße an alle im Verein!",
    "pt": "Um abraço a todos no clube!",
    "sw": "Salamu kwa wote klabuni!",
}


def _letter(lang: str, answer: str, after: str = "") -> str:
    return f"{_NEWS[lang]}\n\n{answer}\n\n{after or _CLOSE[lang]}"


@pytest.mark.parametrize("lang", sorted(_NEWS))
def test_a_go_ahead_inside_a_letter_of_news_says_yes(lang: str) -> None:
    text = _letter(lang, _GO[lang])
    assert len(text.split()) >= NEWS_MIN_WORDS
    answer, evidence = read_answer(text, asked=_ASKED)
    assert answer == "yes"
    assert evidence[0].startswith("news-aside:")


@pytest.mark.parametrize("lang", sorted(_NEWS))
def test_the_same_go_ahead_alone_says_yes(lang: str) -> None:
    assert read_answer(_GO[lang], asked=_ASKED)[0] == "yes"


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        # A yes that names neither the one asked about nor the introduction.
        ("en", "Yes of course, I'd love to."),
        ("fr", "Oui bien sûr, avec plaisir."),
        ("es", "Sí, claro, me encantaría."),
        ("de", "Ja, natürlich, sehr gern."),
        ("pt", "Sim, claro, adoraria."),
        ("sw", "Ndiyo, bila shaka, ningefurahi sana."),
        # A yes to meeting someone else.
        ("en", "Yes of course, I'd love to meet Anna, it sounds like a very good fit for us."),
        ("es", "Sí, claro, me encantaría conocer a Anna, nos viene muy bien."),
    ],
)
def test_a_go_ahead_that_names_nothing_of_the_introduction_is_no_yes(
    lang: str, answer: str
) -> None:
    assert read_answer(_letter(lang, answer), asked=_ASKED)[0] != "yes"


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        # A doubt or a condition after the answer, naming nothing of the introduction.
        ("en", "The boiler is fixed, but honestly I'm not sure I'll have the time."),
        ("en", "Only if it's quick, mind."),
        ("en", "I don't really see the point anymore."),
        ("en", "Actually, no, on second thought I can't right now."),
        ("fr", "La chaudière est réparée, mais je ne suis pas sûre d'avoir le temps."),
        ("es", "La caldera ya funciona, pero no sé si tendré tiempo."),
        ("de", "Die Heizung läuft, aber ich weiß nicht, ob ich Zeit habe."),
        ("pt", "A caldeira já funciona, mas não sei se vou ter tempo."),
        ("sw", "Jiko linafanya kazi, lakini sina uhakika kama nitapata muda."),
        # A condition, a doubt or a question about the one asked about.
        ("en", "If she's a recruiter, though, forget it."),
        ("en", "What does she want from me exactly?"),
        ("fr", "Si elle est recruteuse, laissez tomber."),
        ("es", "¿Qué quiere ella exactamente?"),
        ("de", "Was will sie eigentlich von mir?"),
        ("pt", "Se ela for recrutadora, esqueça."),
        ("sw", "Anataka nini hasa kutoka kwangu?"),
    ],
)
def test_news_after_the_answer_that_doubts_or_asks_still_counts(lang: str, after: str) -> None:
    assert read_answer(_letter(lang, _GO[lang], after), asked=_ASKED)[0] != "yes"


@pytest.mark.parametrize(
    ("lang", "before"),
    [
        # A refusal, a put-off or a doubt said now among the news before the answer.
        ("en", "I can't take anything new on right now."),
        ("en", "Not before March, I'm afraid."),
        ("fr", "Je ne peux pas en ce moment, hélas."),
        ("es", "Ahora mismo no puedo con nada nuevo."),
        ("de", "Ich habe im Moment keine Zeit."),
        ("pt", "Neste momento não posso assumir nada novo."),
        ("sw", "Siwezi kuchukua jambo jipya sasa hivi."),
    ],
)
def test_news_before_the_answer_that_refuses_or_puts_off_still_counts(
    lang: str, before: str
) -> None:
    text = f"{_NEWS[lang]}\n\n{before}\n\n{_GO[lang]}\n\n{_CLOSE[lang]}"
    assert read_answer(text, asked=_ASKED)[0] != "yes"


@pytest.mark.parametrize(
    ("lang", "other"),
    [
        ("en", "And yes, we finally sold the van!"),
        ("fr", "Et oui, nous avons enfin vendu la camionnette !"),
        ("es", "Y sí, por fin hemos vendido la furgoneta."),
        ("pt", "E sim, finalmente vendemos a carrinha!"),
        ("sw", "Na ndiyo, hatimaye tumeuza gari!"),
    ],
)
def test_a_yes_to_something_else_among_the_news_sets_nothing_aside(lang: str, other: str) -> None:
    text = f"{_NEWS[lang]}\n\n{other}\n\n{_GO[lang]}\n\n{_CLOSE[lang]}"
    answer, evidence = read_answer(text, asked=_ASKED)
    assert answer != "yes"
    assert not any(e.startswith("news-aside:") for e in evidence)


def test_a_short_mail_is_read_as_it_stands() -> None:
    text = "The boiler died on Monday of course and the plumber couldn't come.\n\n" + _GO["en"]
    assert len(text.split()) < NEWS_MIN_WORDS
    _, evidence = read_answer(text, asked=_ASKED)
    assert not any(e.startswith("news-aside:") for e in evidence)


def test_a_reply_of_news_around_a_go_ahead_is_a_yes() -> None:
    verdict = classify_reply(
        reply_to_question(f"{_letter('en', _GO['en'])}\n\nNic{QUOTED_QUESTION}")
    )
    assert verdict.answer == "yes"
    assert any(e.startswith("news-aside:") for e in verdict.evidence)


def test_a_reply_of_news_with_no_go_ahead_is_no_yes() -> None:
    body = f"{_letter('en', 'Anyway, more soon.')}\n\nNic{QUOTED_QUESTION}"
    assert classify_reply(reply_to_question(body)).answer != "yes"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yes of course, I'd love to meet Joanne.", True),
        ("Yes, please connect us.", True),
        ("Yes, happy to.", False),
        ("Yes.", False),
        ("I'd love to meet Anna.", False),
        ("If it's quick, I'd love to meet Joanne.", False),
    ],
)
def test_a_go_ahead_names_the_one_asked_about_or_the_introduction(
    sentence: str, expected: bool
) -> None:
    book = phrase_book()
    assert go_ahead_sentence(sentence, book, _ASKED, _read) is expected


def _read(text: str, names: frozenset[str], asked: str) -> tuple[str, tuple[str, ...]]:
    return read_answer(text, names, asked)


# A letter that opens with its answer, after a greeting: nothing but a yes of the
# writer's own, then a month of news and a condition on other business of its own.
_OPENING = {
    "en": (
        "Hi Nic,\n\n"
        "{answer}\n\n"
        "It has been a mad month here. We moved the workshop to the old mill in "
        "September. The landlord finally sent a plumber on Friday, a cheerful man with "
        "a terrier who drank all our tea. The new kiln arrived two weeks late, the van "
        "got a flat tyre on the ring road and the children started at the new school "
        "last Monday.\n\n"
        "Also, if Tom is reading this: the dinner is still on for Friday.\n\n"
        "All the best,\nSam\n"
    ),
    "fr": (
        "Bonjour Nic,\n\n"
        "{answer}\n\n"
        "Quel mois de fou ici. Nous avons déménagé l'atelier dans le vieux moulin en "
        "septembre. Le propriétaire a fini par envoyer un plombier vendredi, un "
        "monsieur jovial avec un terrier qui a bu tout notre thé. Le nouveau four est "
        "arrivé avec deux semaines de retard, la camionnette a crevé sur le "
        "périphérique et les enfants ont commencé dans la nouvelle école lundi "
        "dernier.\n\n"
        "Et si Tom lit ceci : le dîner tient toujours pour vendredi.\n\n"
        "Bises,\nSam\n"
    ),
    "es": (
        "Hola Nic:\n\n"
        "{answer}\n\n"
        "Vaya mes de locos. Nos mudamos el taller al molino viejo en septiembre. El "
        "casero mandó por fin a un fontanero el viernes, un señor muy alegre con un "
        "perrito que se bebió todo nuestro té. El horno nuevo llegó con dos semanas de "
        "retraso, la furgoneta pinchó en la ronda y los niños empezaron en el colegio "
        "nuevo el lunes pasado.\n\n"
        "Y si Tomás lee esto: la cena del viernes sigue en pie.\n\n"
        "Un abrazo,\nSam\n"
    ),
    "de": (
        "Hallo Nic,\n\n"
        "{answer}\n\n"
        "Was für ein verrückter Monat. Wir sind im September mit der Werkstatt in die "
        "alte Mühle umgezogen. Der Vermieter hat am Freitag endlich einen Installateur "
        "geschickt, einen fröhlichen Mann mit einem Terrier, der unseren ganzen Tee "
        "getrunken hat. Der neue Brennofen kam zwei Wochen zu spät, der Transporter "
        "hatte einen Platten auf der Ringstraße und die Kinder haben an der neuen "
        "Schule angefangen am letzten Montag.\n\n"
        "Und falls Tom mitliest: Das Abendessen am Freitag steht noch.\n\n"
        "Liebe Grüße,\nSam\n"
    ),
    "pt": (
        "Olá Nic,\n\n"
        "{answer}\n\n"
        "Que mês de loucos. Mudámos a oficina para o moinho velho em setembro. O "
        "senhorio mandou finalmente um canalizador na sexta, um senhor bem-disposto com "
        "um cãozinho que bebeu o chá todo. O forno novo chegou com duas semanas de "
        "atraso, a carrinha furou um pneu na circular e os miúdos começaram na escola "
        "nova na segunda passada.\n\n"
        "E se o Tomás ler isto: o jantar de sexta continua de pé.\n\n"
        "Um abraço,\nSam\n"
    ),
    "sw": (
        "Habari Nic,\n\n"
        "{answer}\n\n"
        "Mwezi huu umekuwa na shughuli nyingi sana hapa nyumbani. Tulihamisha karakana "
        "kwenda kwenye kinu cha zamani mwezi Septemba. Mwenye nyumba hatimaye alituma "
        "fundi bomba Ijumaa, mzee mchangamfu mwenye mbwa mdogo aliyekunywa chai yetu "
        "yote. Tanuru jipya lilifika kwa kuchelewa wiki mbili, gari lilipata pancha "
        "barabarani na watoto walianza shule mpya Jumatatu iliyopita, na walifurahi "
        "sana kuwaona marafiki zao wa zamani pamoja na walimu wapya.\n\n"
        "Na kama Tom anasoma hii: sherehe ya Ijumaa bado ipo.\n\n"
        "Salamu,\nSam\n"
    ),
}
_OPENING_ANSWERS = {
    "en": "Absolutely, I'd be delighted!",
    "fr": "Oui, avec plaisir !",
    "es": "¡Sí, claro! Encantada.",
    "de": "Ja, sehr gern!",
    "pt": "Sim, com todo o gosto!",
    "sw": "Ndiyo, kwa furaha!",
}


def _opening(lang: str, answer: str, after: str = "") -> str:
    text = _OPENING[lang].replace("{answer}", answer)
    if not after:
        return text
    head, close = text.rstrip("\n").rsplit("\n\n", 1)
    return f"{head}\n\n{after}\n\n{close}\n"


@pytest.mark.parametrize("lang", sorted(_OPENING))
def test_a_letter_that_opens_with_its_answer_says_yes(lang: str) -> None:
    text = _opening(lang, _OPENING_ANSWERS[lang])
    assert len(text.split()) >= NEWS_MIN_WORDS
    answer, evidence = read_answer(text, asked=_ASKED)
    assert answer == "yes"
    if lang != "pt":
        # Read whole, the condition on other business leaves the yes unclear; "se"
        # before a name is read as no condition in Portuguese.
        assert evidence[0].startswith("news-aside:")


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        # A yes that says more than the answer, or a bare confirmation alone.
        ("en", "Yes! We finally sold the van."),
        ("en", "Yes!"),
        ("fr", "Oui ! Nous avons enfin vendu la camionnette."),
        ("es", "¡Sí! Por fin hemos vendido la furgoneta."),
        ("es", "¡Sí, claro!"),
        ("de", "Ja! Wir haben endlich den Transporter verkauft."),
        ("sw", "Ndiyo! Hatimaye tumeuza gari."),
    ],
)
def test_a_letter_opening_with_a_yes_to_something_else_is_no_yes(lang: str, answer: str) -> None:
    answer_read, evidence = read_answer(_opening(lang, answer), asked=_ASKED)
    assert answer_read != "yes"
    assert not any(e.startswith("news-aside:") for e in evidence)


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        # A doubt, a condition, a question or a put-off after the opening answer.
        ("en", "But honestly I'm not sure I'll have the time."),
        ("en", "Only if it's quick, mind."),
        ("en", "What does she want from me exactly?"),
        ("en", "Not before March, though."),
        ("fr", "Mais je ne suis pas sûre d'avoir le temps."),
        ("fr", "Pas avant mars, par contre."),
        ("es", "Pero no sé si tendré tiempo."),
        ("es", "¿Qué quiere ella exactamente?"),
        ("de", "Aber ich weiß nicht, ob ich Zeit habe."),
        ("de", "Nur wenn es schnell geht."),
        ("pt", "Mas não sei se vou ter tempo."),
        ("pt", "Mas só depois de março."),
        ("sw", "Lakini sina uhakika kama nitapata muda."),
        ("sw", "Anataka nini hasa kutoka kwangu?"),
    ],
)
def test_an_opening_answer_then_a_doubt_or_a_put_off_is_no_yes(lang: str, after: str) -> None:
    text = _opening(lang, _OPENING_ANSWERS[lang], after)
    assert read_answer(text, asked=_ASKED)[0] != "yes"


def test_an_answer_after_news_does_not_open_the_letter() -> None:
    # A yes alone after a paragraph of news may answer something the news said.
    text = _opening("en", "It has been quite a week.\n\nAbsolutely, I'd be delighted!")
    _, evidence = read_answer(text, asked=_ASKED)
    assert not any(e.startswith("news-aside:") for e in evidence)


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        ("en", "Also, if Tom is reading this: the dinner is still on for Friday."),
        ("fr", "Et si Tom lit ceci : le dîner tient toujours pour vendredi."),
        ("es", "Y si Tomás lee esto: la cena del viernes sigue en pie."),
        ("de", "Und falls Tom mitliest: Das Abendessen am Freitag steht noch."),
        ("de", "Falls Tom mitliest, steht das Abendessen am Freitag noch."),
        ("pt", "E se o Tomás ler isto: o jantar de sexta continua de pé."),
        ("sw", "Na kama Tom anasoma hii: sherehe ya Ijumaa bado ipo."),
    ],
)
def test_a_condition_leading_on_to_other_business_is_news(lang: str, after: str) -> None:
    answer, evidence = read_answer(_letter(lang, _GO[lang], after), asked=_ASKED)
    assert answer == "yes"
    if lang != "pt":
        # "se" before a name is read as no condition in Portuguese: nothing to set aside.
        assert evidence[0].startswith("news-aside:")


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        # The consequence is the writer's own, comes first, is missing, names the writer
        # or the one asked about, or the other business stands in the condition only.
        ("en", "If the contract is signed, I'll do it after the offsite."),
        ("en", "I'll do it if the dinner goes well: the report can wait."),
        ("en", "Only if it's after the dinner."),
        ("en", "If she's free, the dinner is on me."),
        ("en", "If the workshop runs late, the dinner is off and so am I."),
        ("en", "If work calms down, the dinner is fine, but not the call."),
        ("fr", "Si le contrat est signé, je le ferai après le séminaire."),
        ("es", "Solo si es después de la cena."),
        ("es", "Si el contrato sale adelante, lo haré después del taller."),
        ("de", "Falls der Vertrag klappt, mache ich es nach dem Workshop."),
        ("pt", "Se tiver tempo, faço isso depois do workshop."),
        ("sw", "Kama mkataba utasainiwa, nitafanya hivyo baada ya warsha."),
    ],
)
def test_a_condition_that_may_bear_on_the_answer_still_counts(lang: str, after: str) -> None:
    assert read_answer(_letter(lang, _GO[lang], after), asked=_ASKED)[0] != "yes"


def test_a_postscript_is_one_sentence() -> None:
    # "P.S." closes no sentence: its "S." alone would read as a yes to something else.
    after = "P.S. We're running a pilot at example.com/trial. Just saying!"
    answer, evidence = read_answer(_letter("en", _GO["en"], after), asked=_ASKED)
    assert answer == "yes"
    assert evidence[0].startswith("news-aside:")
