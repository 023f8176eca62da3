"""A writer who has not decided whether the intro should be made ("I genuinely can't make
my mind up", "Maybe hold off? Or send it and let them decide?", "je n'arrive pas à me
décider", "no sé si es el momento") asks nothing to act on: the request is asked about,
as one left to the agent's judgement is (``judgement_cues``). Someone else undecided
("Bob can't decide which supplier to use") leaves a plain ask as it was."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party, RequestResult
from tests.agent.understanding.test_requests import understand

_SIOBHAN = Party("Siobhan Garvey", "siobhan@garveylighting.ie")
_KOFI = Party("Kofi Asante", "kofi@asanteaudio.ie")


@pytest.mark.parametrize(
    "body",
    [
        "Siobhan Garvey (siobhan@garveylighting.ie) and Kofi Asante (kofi@asanteaudio.ie)"
        " should meet. But I'm not sure it's the right moment. Maybe hold off? Or send it"
        " and let them decide? I genuinely can't make my mind up.",
        "Could you introduce Siobhan Garvey (siobhan@garveylighting.ie) to Kofi Asante"
        " (kofi@asanteaudio.ie)? Honestly I can't decide if now is good.",
        "Pourriez-vous présenter Siobhan Garvey (siobhan@garveylighting.ie) à Kofi Asante"
        " (kofi@asanteaudio.ie) ? Je ne sais pas si c'est le bon moment, j'hésite encore.",
        "¿Podrías presentar a Siobhan Garvey (siobhan@garveylighting.ie) a Kofi Asante"
        " (kofi@asanteaudio.ie)? No sé si es el momento, no me decido.",
        "Könntest du Siobhan Garvey (siobhan@garveylighting.ie) mit Kofi Asante"
        " (kofi@asanteaudio.ie) bekannt machen? Ich bin mir unschlüssig, ob jetzt der"
        " richtige Zeitpunkt ist.",
        "Podes apresentar a Siobhan Garvey (siobhan@garveylighting.ie) ao Kofi Asante"
        " (kofi@asanteaudio.ie)? Não sei se é a altura certa, ainda não decidi.",
        "Tafadhali mtambulishe Siobhan Garvey (siobhan@garveylighting.ie) kwa Kofi Asante"
        " (kofi@asanteaudio.ie). Bado sijaamua kama ni wakati mwafaka.",
    ],
)
def test_an_undecided_writer_is_asked(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_SIOBHAN, _KOFI}
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Siobhan Garvey (siobhan@garveylighting.ie) to Kofi Asante"
        " (kofi@asanteaudio.ie)? Siobhan can't decide which sound designer to hire.",
        "¿Podrías presentar a Siobhan Garvey (siobhan@garveylighting.ie) a Kofi Asante"
        " (kofi@asanteaudio.ie)? Siobhan no se decide entre dos técnicos de sonido.",
    ],
)
def test_someone_elses_indecision_leaves_the_ask(body: str) -> None:
    result = understand(body)
    assert {result.a, result.b} == {_SIOBHAN, _KOFI}
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Siobhan Garvey (siobhan@garveylighting.ie) and Kofi Asante (kofi@asanteaudio.ie)"
        " should meet, but maybe I'm sticking my nose in. What would you do?",
        "Siobhan Garvey (siobhan@garveylighting.ie) et Kofi Asante (kofi@asanteaudio.ie)"
        " devraient se rencontrer, mais je ne sais pas. Tu ferais quoi, toi ?",
        "Tendría sentido que Siobhan Garvey (siobhan@garveylighting.ie) hablase con Kofi"
        " Asante (kofi@asanteaudio.ie), pero a lo mejor es meterme donde no me llaman. ¿Tú"
        " qué harías? Si lo ves claro, adelante.",
        "Siobhan Garvey (siobhan@garveylighting.ie) und Kofi Asante (kofi@asanteaudio.ie)"
        " sollten sich kennenlernen, aber ich weiß nicht. Was würdest du tun?",
        "Seria bom que a Siobhan Garvey (siobhan@garveylighting.ie) e o Kofi Asante"
        " (kofi@asanteaudio.ie) se conhecessem, mas não sei. O que você faria?",
        "Tafadhali mtambulishe Siobhan Garvey (siobhan@garveylighting.ie) kwa Kofi Asante"
        " (kofi@asanteaudio.ie)? Sijui kabisa, wewe ungefanya nini?",
    ],
)
def test_a_writer_asking_what_the_agent_would_do_is_asked(body: str) -> None:
    # "What would you do?", "Si lo ves claro, adelante": the call is left to the agent,
    # which has none to make.
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_SIOBHAN, _KOFI}
    assert not result.confident


@pytest.mark.parametrize(
    "closing",
    [
        "But I don't know.",
        "Mais je ne sais pas.",
        "Pero no sé...",
        "Aber ich weiß nicht.",
        "Mas não sei.",
        "Lakini sijui.",
    ],
)
def test_a_bare_doubt_closing_the_ask_is_asked(closing: str) -> None:
    # "... but I don't know." as a sentence's end: the writer doubts the ask itself.
    result = understand(
        "Could you introduce Siobhan Garvey (siobhan@garveylighting.ie) to Kofi Asante"
        f" (kofi@asanteaudio.ie)? They both work in theatre. {closing}"
    )
    assert {result.a, result.b} == {_SIOBHAN, _KOFI}
    assert not result.confident


@pytest.mark.parametrize(
    "sentence",
    [
        "But I don't know his schedule, so no rush.",
        "I don't know him well yet.",
        "Mais je ne sais pas encore quand je serai à Dublin.",
    ],
)
def test_not_knowing_something_said_leaves_the_ask(sentence: str) -> None:
    result = understand(
        "Could you introduce Siobhan Garvey (siobhan@garveylighting.ie) to Kofi Asante"
        f" (kofi@asanteaudio.ie)? {sentence}"
    )
    assert {result.a, result.b} == {_SIOBHAN, _KOFI}
    assert result.confident


_GARETH = Party("Gareth Price", "gareth@harbourside.example")
_MEI = Party("Mei Chow", "mei@seaglass.example")


def _the_two(text: str) -> RequestResult:
    """The request read from ``text``, checked to pair Gareth and Mei."""
    result = understand(text)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {_GARETH, _MEI}
    return result


_CLIENTS = {
    "en": "My clients Gareth Price (gareth@harbourside.example) and Mei Chow"
    " (mei@seaglass.example) both struggle to fill the shoulder months.",
    "fr": "Mes clients Gareth Price (gareth@harbourside.example) et Mei Chow"
    " (mei@seaglass.example) ont tous les deux du mal à remplir l'arrière-saison.",
    "es": "Mis clientes Gareth Price (gareth@harbourside.example) y Mei Chow"
    " (mei@seaglass.example) no consiguen llenar la temporada baja.",
    "de": "Meine Mandanten Gareth Price (gareth@harbourside.example) und Mei Chow"
    " (mei@seaglass.example) bekommen beide die Nebensaison nicht voll.",
    "pt": "Os meus clientes Gareth Price (gareth@harbourside.example) e Mei Chow"
    " (mei@seaglass.example) não conseguem encher a época baixa.",
    "sw": "Wateja wangu Gareth Price (gareth@harbourside.example) na Mei Chow"
    " (mei@seaglass.example) wote wanashindwa kupata wageni msimu wa chini.",
}


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("en", "What do you think - worth putting them in touch, or should I wait?"),
        ("en", "Is it worth putting them in touch? Not sure whether I'm overthinking it."),
        ("en", "Do you think it's worth putting them in touch?"),
        ("fr", "Est-ce que ça vaut la peine de les mettre en contact, ou j'attends ?"),
        ("fr", "Je ne sais pas si je dois les présenter. Qu'en pensez-vous ?"),
        ("es", "¿Crees que vale la pena ponerlos en contacto, o mejor espero a enero?"),
        ("es", "No sé si debería ponerlos en contacto, ¿tú qué opinas?"),
        (
            "de",
            "Vielleicht erst mal abwarten? Oder meinen Sie, man kann die beiden schon"
            " miteinander bekannt machen?",
        ),
        (
            "de",
            "Ich weiß nicht recht, ob ich das überhaupt anstoßen soll. Können Sie die"
            " beiden miteinander bekannt machen?",
        ),
        ("pt", "Será que vale a pena colocá-los em contato, ou é melhor esperar?"),
        ("pt", "Não sei se devo colocá-los em contato, o que você acha?"),
        ("sw", "Unaonaje? Niwaunganishe au niache tu?"),
        ("sw", "Niwaunganishe au nisubiri kwanza?"),
    ],
)
def test_asking_whether_it_is_worth_it_or_to_wait_is_asked(language: str, question: str) -> None:
    # The writer asks the agent's opinion of the intro, or whether to wait: the agent has
    # none to give, so the pair is asked about, not introduced.
    assert not _the_two(f"{_CLIENTS[language]} {question}").confident


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("en", "Could you put them in touch?"),
        ("en", "I think it's worth putting them in touch, could you do that?"),
        ("fr", "Pourriez-vous les mettre en contact ?"),
        ("es", "¿Puedes ponerlos en contacto?"),
        ("de", "Können Sie die beiden miteinander bekannt machen?"),
        ("pt", "Pode colocá-los em contato?"),
        ("sw", "Tafadhali uwaunganishe."),
    ],
)
def test_a_plain_ask_about_the_two_stays_confident(language: str, ask: str) -> None:
    assert _the_two(f"{_CLIENTS[language]} {ask}").confident


_ASK = {
    "en": "Could you put them in touch?",
    "fr": "Pourriez-vous les mettre en contact ?",
    "es": "¿Puedes ponerlos en contacto?",
    "de": "Können Sie die beiden miteinander bekannt machen?",
    "pt": "Pode colocá-los em contato?",
    "sw": "Tafadhali uwaunganishe.",
}


@pytest.mark.parametrize(
    ("language", "doubt"),
    [
        ("en", "Maybe it's too early, Mei has not even signed her lease."),
        ("en", "It might be too soon though."),
        ("en", "Not sure it's worth it yet. Tell me what you think."),
        ("en", "Honestly I don't know."),
        ("fr", "C'est peut-être trop tôt, Mei n'a pas encore signé son bail."),
        ("fr", "Je ne sais pas si ça vaut la peine. Franchement, je ne sais pas."),
        ("es", "Quizás sea demasiado pronto, Mei aún no firmó el contrato."),
        ("es", "No sé si vale la pena ya. Dime qué opinas."),
        ("de", "Vielleicht ist es zu früh, Mei hat den Mietvertrag noch nicht."),
        ("de", "Ehrlich gesagt weiß ich es nicht."),
        ("pt", "Talvez seja cedo demais, a Mei ainda nem assinou o contrato."),
        ("pt", "Não sei se vale a pena já. Se calhar esperamos? Diga-me o que acha."),
        ("pt", "Sinceramente não sei."),
        ("sw", "Labda ni mapema mno, Mei bado hajasaini mkataba."),
        ("sw", "Sijui kama inafaa sasa. Niambie unaonaje."),
    ],
)
def test_a_writer_doubting_the_time_or_the_worth_is_asked(language: str, doubt: str) -> None:
    # "Maybe it's too early", "I don't know if it's worth it", "honestly I don't know",
    # "tell me what you think": the writer has not settled that the intro should be made
    # now, so the pair is asked about, both addresses written or not.
    assert not _the_two(f"{_CLIENTS[language]} {_ASK[language]} {doubt}").confident


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "It is not too early for them: the season starts in May."),
        ("fr", "Il n'est pas trop tôt : la saison commence en mai."),
        ("es", "No es demasiado pronto: la temporada empieza en mayo."),
        ("de", "Es ist nicht zu früh, die Saison beginnt im Mai."),
        ("pt", "Não é cedo demais: a época começa em maio."),
        ("sw", "Si mapema mno, msimu unaanza Mei."),
    ],
)
def test_saying_it_is_not_too_early_leaves_the_ask(language: str, said: str) -> None:
    assert _the_two(f"{_CLIENTS[language]} {_ASK[language]} {said}").confident


@pytest.mark.parametrize(
    ("language", "doubt"),
    [
        ("en", "What do you think - now, or wait until January?"),
        ("en", "It may be a bit premature: the board has not approved the budget."),
        ("en", "So maybe hold it? Or introduce them and let them figure it out?"),
        ("en", "I'll leave it to your judgement, I keep going back and forth."),
        ("en", "I'm not sure this is an intro request yet, so bear with me."),
        ("fr", "C'est peut-être prématuré. Les présenter maintenant, ou attendre janvier ?"),
        ("fr", "Je m'en remets à votre jugement."),
        ("es", "¿Qué opinas - ahora o esperar a enero? Quizás sea prematuro."),
        ("es", "Lo dejo a tu criterio."),
        ("de", "Was meinen Sie - jetzt schon vorstellen oder bis Januar warten?"),
        ("de", "Allerdings ist das vielleicht verfrüht."),
        ("pt", "O que acha - agora ou esperar até janeiro? Talvez seja prematuro."),
        ("pt", "Deixo ao seu critério."),
        ("sw", "Labda ni haraka mno. Au tusubiri hadi Januari?"),
        ("sw", "Nakuachia uamuzi."),
    ],
)
def test_a_writer_weighing_now_or_later_or_leaving_it_to_the_agent_is_asked(
    language: str, doubt: str
) -> None:
    # "oder bis Januar warten?", "vielleicht verfrüht", "Was meinen Sie - ...", "I'll
    # leave it to your judgement": an opinion asked with a dash, not a question mark, a
    # wait offered after other words, a doubt that it is premature, or the call left to
    # the agent: the writer has not settled the intro, so the pair is asked about.
    assert not _the_two(f"{_CLIENTS[language]} {_ASK[language]} {doubt}").confident


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "I can't wait to see what they make together."),
        ("en", "Now rather than wait, if you can."),
        ("fr", "Sans attendre, si possible ?"),
        ("es", "¿Sin esperar, si puedes?"),
        ("de", "Ich finde es keineswegs verfrüht."),
        ("pt", "Sem esperar, se puder?"),
        ("sw", "Bila kusubiri?"),
    ],
)
def test_waiting_not_offered_leaves_the_ask(language: str, said: str) -> None:
    # "rather than wait", "sans attendre ?", "keineswegs verfrüht": no wait offered, no
    # doubt of the time.
    assert _the_two(f"{_CLIENTS[language]} {_ASK[language]} {said}").confident
