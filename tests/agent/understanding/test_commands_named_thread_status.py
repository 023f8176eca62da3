"""Status asked amid other news in a longer reply to the agent's own mail: a question
whether the one asked for answered, naming someone the thread's subject names ("... By the
way, did Dr Haile ever get back to you about meeting me? ..."), in a mail of up to 200
words. And a named news question whose name follows an article and a title ("est-ce que
le Dr Haile a fini par répondre ?", "¿el Dr. Haile acabó respondiendo?")."""

from __future__ import annotations

import pytest

from agent.understanding.commands import named_status_in_agents_thread
from tests.agent.understanding.test_requests import understand

_ACK = "<intro.5d81c4.ack@introbot.net>"
_SUBJECT = "Re: Introduction: Hanna Gebremedhin and Dr Haile [#5d81c4]"

# Some sixty words of news of the writer's own around the question, as a friend writes.
_NEWS = {
    "en": (
        "Greetings from Dessie! I'm finally back from the field after six weeks in South"
        " Wollo. The rains were the heaviest anyone can remember, our car got stuck twice on"
        " the road to the plots and we had to wait a whole day for a tractor. But I got all"
        " 48 soil profiles sampled, so I can't complain. My supervisor thinks I'm mad."
    ),
    "fr": (
        "Bonjour de Dessie ! Je rentre enfin du terrain après six semaines dans le Wollo. Les"
        " pluies ont été les plus fortes de mémoire d'homme, notre voiture s'est embourbée"
        " deux fois sur la route des parcelles et nous avons attendu un tracteur toute une"
        " journée. Mais j'ai prélevé les 48 profils de sol, donc je ne me plains pas."
    ),
    "es": (
        "¡Saludos desde Dessie! Por fin he vuelto del campo después de seis semanas en el"
        " Wollo. Las lluvias fueron las más fuertes que se recuerdan, el coche se quedó"
        " atascado dos veces camino de las parcelas y esperamos un tractor un día entero."
        " Pero tomé las 48 muestras de suelo, así que no me quejo. Mi directora cree que"
        " estoy loca."
    ),
    "de": (
        "Grüße aus Dessie! Ich bin endlich nach sechs Wochen im Wollo vom Feld zurück. Der"
        " Regen war so stark wie seit Jahren nicht, unser Auto blieb zweimal auf dem Weg zu"
        " den Parzellen stecken und wir warteten einen ganzen Tag auf einen Traktor. Aber"
        " ich habe alle 48 Bodenprofile beprobt, also kann ich mich nicht beklagen."
    ),
    "pt": (
        "Saudações de Dessie! Voltei finalmente do campo depois de seis semanas no Wollo. As"
        " chuvas foram as mais fortes de que há memória, o carro ficou atolado duas vezes a"
        " caminho das parcelas e esperámos um dia inteiro por um trator. Mas recolhi os 48"
        " perfis de solo, por isso não me posso queixar. O meu orientador acha que sou"
        " maluca."
    ),
    "sw": (
        "Salamu kutoka Dessie! Hatimaye nimerudi kutoka shambani baada ya wiki sita huko"
        " Wollo. Mvua zilikuwa kubwa kuliko wakati wowote, gari letu lilikwama mara mbili"
        " njiani kuelekea mashambani na tulisubiri trekta siku nzima. Lakini nimechukua"
        " sampuli zote 48 za udongo, kwa hiyo siwezi kulalamika. Msimamizi wangu anadhani"
        " nina wazimu."
    ),
}

_QUESTIONS = {
    "en": "By the way, did Dr Haile ever get back to you about meeting me?",
    "fr": "Au fait, est-ce que le Dr Haile a fini par vous répondre ?",
    "es": "Por cierto, ¿el Dr. Haile acabó respondiendo?",
    "de": "Übrigens, hat Dr. Haile sich schon gemeldet?",
    "pt": "A propósito, o Dr. Haile já respondeu?",
    "sw": "Kwa njia, Dkt. Haile amekujibu?",
}

_AFTER = {
    "en": "Anyway, the samples are drying at the lab and I'm back in Addis next Tuesday.",
    "fr": "Bref, les échantillons sèchent au labo et je rentre à Addis mardi prochain.",
    "es": "En fin, las muestras se están secando en el laboratorio y vuelvo a Addis el martes.",
    "de": "Jedenfalls trocknen die Proben im Labor und ich bin nächsten Dienstag in Addis.",
    "pt": "Enfim, as amostras estão a secar no laboratório e volto a Addis na terça.",
    "sw": "Hata hivyo, sampuli zinakauka maabarani na nitarudi Addis Jumanne ijayo.",
}


def _long(lang: str, question: str) -> str:
    # The news told twice: a mail well past the 90 words of a short one.
    news = _NEWS[lang]
    return f"Hi,\n\n{news}\n\n{news}\n\n{question}\n\n{_AFTER[lang]}\n\nHanna"


def _understand(body: str, subject: str = _SUBJECT, thread: bool = True) -> str | None:
    headers = {"In-Reply-To": _ACK, "References": _ACK} if thread else {}
    result = understand(
        body,
        sender="Hanna Gebremedhin <hanna.gebremedhin@gmail.com>",
        subject=subject,
        headers=headers,
    )
    return result.command if result.kind == "command" else None


@pytest.mark.parametrize("lang", sorted(_QUESTIONS))
def test_status_naming_the_threads_party_amid_news_is_status(lang: str) -> None:
    body = _long(lang, _QUESTIONS[lang])
    assert len(body.split()) > 90
    assert named_status_in_agents_thread(_SUBJECT, body) == "status"
    assert _understand(body) == "status"


@pytest.mark.parametrize("lang", sorted(_QUESTIONS))
def test_status_naming_someone_else_amid_news_is_none(lang: str) -> None:
    # The subject names another intro: the question may be about anything.
    subject = "Re: Introduction: Hanna Gebremedhin and Prof. Tadesse [#5d81c4]"
    assert named_status_in_agents_thread(subject, _long(lang, _QUESTIONS[lang])) is None


@pytest.mark.parametrize("lang", sorted(_QUESTIONS))
def test_status_amid_news_outside_the_agents_thread_is_none(lang: str) -> None:
    assert _understand(_long(lang, _QUESTIONS[lang]), thread=False) is None


def test_unnamed_news_question_amid_news_is_none() -> None:
    # "Any news?" in a long mail names no party: a newsletter answering the agent.
    assert named_status_in_agents_thread(_SUBJECT, _long("en", "Any news on your side?")) is None
    assert _understand(_long("en", "Any news on your side?")) is None


def test_beside_a_new_ask_it_is_none() -> None:
    body = _long(
        "en",
        "By the way, did Dr Haile ever get back to you? Could you also introduce me to Carol Diaz?",
    )
    assert named_status_in_agents_thread(_SUBJECT, body) is None


def test_a_mail_over_the_limit_is_none() -> None:
    body = _long("en", _QUESTIONS["en"]) + "\n\n" + _NEWS["en"] * 2
    assert len(body.split()) > 200
    assert named_status_in_agents_thread(_SUBJECT, body) is None


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, est-ce que le Dr Haile a fini par répondre ? Merci",
        "Bonjour, le Dr Haile a-t-il fini par répondre ? Merci",
        "Bonjour, est-ce que la Dre Tremblay a fini par vous répondre ? Merci",
        "Hi, did Dr Haile end up replying? Thanks",
        "Hola, ¿el Dr. Haile acabó respondiendo? Gracias",
        "Hola, ¿la Dra. Soto llegó a contestar? Gracias",
        "Olá, o Dr. Haile acabou por responder? Obrigada",
        "Hallo, hat Dr. Haile am Ende geantwortet? Danke",
        "Habari, je Dkt. Haile hatimaye amekujibu? Asante",
    ],
)
def test_named_news_after_an_article_and_title_is_status(body: str) -> None:
    assert _understand(body, subject="Re: Introduction", thread=False) == "status"


@pytest.mark.parametrize(
    "body",
    [
        # A lower-case noun after the article names no one.
        "Bonjour, est-ce que le directeur a fini par répondre ? Merci",
        # One capitalised word after an article may be a noun ("der Termin"), not a name.
        "Hallo, hat der Termin am Ende geantwortet? Danke",
        # Outside a thread, beside nothing about an intro: news of something else.
        "Bonjour, est-ce que le Dr Haile a fini par répondre ? On se voit samedi.",
    ],
)
def test_named_news_near_misses_are_no_status(body: str) -> None:
    subject = "Re: Introduction" if "samedi" not in body else "samedi"
    thread = "samedi" not in body
    assert _understand(body, subject=subject, thread=thread) is None
