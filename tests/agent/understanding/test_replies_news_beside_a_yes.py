"""Long mails of news with the yes in the middle: a turn back to the answer that names
the one asked about decides even in a long mail ("Anyway yes, of course, put me in
touch with Joanne"), and the news around it (a note on when to reach the writer, a
greeting passed on to someone else, a question about the mail itself, a memory told
in the past) doubts nothing; a real condition, a yes taken back, a yes to something
else and a yes only in the quoted question still do not say yes."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_reply, read_answer
from tests.agent.understanding.shared_inputs import QUOTED_QUESTION, reply_to_question

# A long paragraph of a writer's own news in each language, with its own "no", "but"
# and negations, none of them about the introduction.
_NEWS = {
    "en": (
        "Sorry for the silence, it has been a mad month. The van broke down twice on the"
        " ring road, the insurance people were no help at all, and my brother moved back in"
        " with his two dogs while his kitchen gets redone. The dogs have eaten a cushion, a"
        " shoe and most of a birthday cake, but they are lovely really. We also finally"
        " painted the hall, which took three weekends instead of one, and the colour is"
        " not what the tin promised. My daughter started at the new school and came home"
        " on the first day saying nobody talks to her, then the second day she had four"
        " new best friends, so I have stopped worrying about that. The garden is a jungle"
        " and I have not been near the allotment since June, which my neighbour reminds"
        " me of every time he walks past with his marrows."
    ),
    "fr": (
        "Désolée pour le silence, le mois a été fou. La camionnette est tombée en panne"
        " deux fois sur le périphérique, l'assurance n'a servi à rien, et mon frère est"
        " revenu vivre chez nous avec ses deux chiens pendant les travaux de sa cuisine. Les"
        " chiens ont mangé un coussin, une chaussure et presque tout un gâteau"
        " d'anniversaire, mais ils sont adorables au fond. Nous avons enfin repeint"
        " l'entrée, ce qui a pris trois week-ends au lieu d'un, et la couleur n'est pas"
        " celle du pot. Ma fille a commencé dans sa nouvelle école et le premier soir elle"
        " disait que personne ne lui parlait, puis le lendemain elle avait quatre nouvelles"
        " meilleures amies, alors j'ai arrêté de m'inquiéter. Le jardin est une jungle et je"
        " ne suis pas allée au potager depuis juin, ce que le voisin me rappelle chaque fois"
        " qu'il passe avec ses courgettes."
    ),
    "es": (
        "Perdona el silencio, ha sido un mes de locos. La furgoneta se averió dos veces en"
        " la circunvalación, el seguro no sirvió de nada y mi hermano se vino a casa con sus"
        " dos perros mientras le arreglan la cocina. Los perros se han comido un cojín, un"
        " zapato y casi toda una tarta de cumpleaños, pero en el fondo son un encanto. Por"
        " fin pintamos el pasillo, que nos llevó tres fines de semana en vez de uno, y el"
        " color no es el del bote. Mi hija empezó en el colegio nuevo y el primer día volvió"
        " diciendo que nadie le hablaba, y al segundo ya tenía cuatro mejores amigas, así"
        " que he dejado de preocuparme. El jardín es una selva y no he pisado el huerto"
        " desde junio, cosa que el vecino me recuerda cada vez que pasa con sus calabacines."
    ),
    "de": (
        "Entschuldige die Funkstille, es war ein verrückter Monat. Der Transporter ist"
        " zweimal auf der Ringstraße liegen geblieben, die Versicherung war keine Hilfe, und"
        " mein Bruder ist mit seinen zwei Hunden bei uns eingezogen, solange seine Küche"
        " gemacht wird. Die Hunde haben ein Kissen, einen Schuh und fast eine ganze"
        " Geburtstagstorte gefressen, aber eigentlich sind sie lieb. Wir haben endlich den"
        " Flur gestrichen, was drei Wochenenden statt einem gedauert hat, und die Farbe ist"
        " nicht die aus dem Eimer. Meine Tochter hat an der neuen Schule angefangen und kam"
        " am ersten Tag heim und sagte, niemand rede mit ihr, am zweiten Tag hatte sie vier"
        " neue beste Freundinnen, also habe ich aufgehört, mir Sorgen zu machen. Der Garten"
        " ist ein Dschungel und im Schrebergarten war ich seit Juni nicht mehr, woran mich"
        " der Nachbar jedes Mal erinnert, wenn er mit seinen Zucchini vorbeigeht."
    ),
    "pt": (
        "Desculpa o silêncio, foi um mês de loucos. A carrinha avariou duas vezes na"
        " circular, o seguro não ajudou em nada e o meu irmão veio morar connosco com os"
        " dois cães enquanto lhe arranjam a cozinha. Os cães comeram uma almofada, um sapato"
        " e quase um bolo de aniversário inteiro, mas no fundo são uns amores. Finalmente"
        " pintámos o corredor, o que levou três fins de semana em vez de um, e a cor não é a"
        " da lata. A minha filha começou na escola nova e no primeiro dia chegou a dizer que"
        " ninguém falava com ela, no segundo já tinha quatro melhores amigas, por isso deixei"
        " de me preocupar. O quintal é uma selva e não vou à horta desde junho, coisa que o"
        " vizinho me lembra sempre que passa com as courgettes."
    ),
    "sw": (
        "Samahani kwa kimya, mwezi huu umekuwa wa vurugu. Gari letu liliharibika mara mbili"
        " barabarani, bima haikusaidia kitu, na kaka yangu alihamia kwetu na mbwa wake"
        " wawili wakati jiko lake linatengenezwa. Mbwa wamekula mto, kiatu na karibu keki"
        " nzima ya siku ya kuzaliwa, lakini kwa kweli ni wazuri. Hatimaye tulipaka rangi"
        " ukumbi, kazi iliyochukua wikendi tatu badala ya moja, na rangi si ile ya kwenye"
        " kopo. Binti yangu alianza shule mpya na siku ya kwanza alirudi akisema hakuna"
        " anayeongea naye, siku ya pili alikuwa na marafiki wanne wapya, kwa hiyo"
        " nimeacha kuwa na wasiwasi. Bustani ni pori na sijaenda shambani tangu Juni, jambo"
        " ambalo jirani yangu hunikumbusha kila anapopita na maboga yake."
    ),
}

_ASKED = "Joanne Reid"


def _long(lang: str) -> str:
    """Two paragraphs of news: a mail too long to be read for a late yes."""
    return f"{_NEWS[lang]}\n\n{_NEWS[lang]}"


@pytest.mark.parametrize(
    ("lang", "answer"),
    [
        ("en", "Anyway yes, of course, put me in touch with Joanne, I'd be glad to help."),
        ("fr", "En tout cas, oui, avec plaisir, je serais ravie de parler avec Joanne."),
        ("es", "En cualquier caso, sí, me encantaría hablar con Joanne."),
        ("de", "Jedenfalls ja, gerne, ich spreche gern mit Joanne."),
        ("pt", "De qualquer forma, sim, com muito gosto, falo com a Joanne."),
        ("sw", "Hata hivyo, ndiyo, nitafurahi kuongea na Joanne."),
    ],
)
def test_a_turn_back_naming_the_one_asked_about_answers_a_long_mail(lang: str, answer: str) -> None:
    text = f"{_long(lang)}\n\n{answer}"
    assert len(text.split()) > 200 and len(text) < 2000
    assert read_answer(text, asked=_ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "answer",
    [
        # A real condition on the introduction after the yes.
        "Anyway yes, put me in touch with Joanne, but only if it's not about selling me something.",
        # The yes taken back.
        "Anyway yes, of course, put me in touch with Joanne.\n\nActually, no, I can't right now.",
        # A yes to something else, the one asked about named nowhere.
        "Anyway yes, I'll be at the party on Saturday, save me a slice of cake!",
        "Anyway, yes, dinner on Friday works for us.",
    ],
)
def test_a_long_mail_still_does_not_say_yes_to_the_introduction(answer: str) -> None:
    assert read_answer(f"{_long('en')}\n\n{answer}", asked=_ASKED)[0] != "yes"


def test_a_long_mail_with_a_yes_only_in_the_quoted_question_is_no_yes() -> None:
    verdict = classify_reply(
        reply_to_question(f"{_long('en')}\n\nAnyway, talk soon!{QUOTED_QUESTION}")
    )
    assert verdict.answer != "yes"


def test_a_long_mail_turning_back_to_the_answer_is_read_under_the_quote() -> None:
    body = f"{_long('en')}\n\nAnyway yes, of course, put me in touch with Joanne.{QUOTED_QUESTION}"
    assert classify_reply(reply_to_question(body)).answer == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, put me in touch. I'm free most Thursday evenings, or half term obviously but"
        " that's ages away.",
        "Yes, go ahead. Best time to catch me is after 2pm once the morning rush is done,"
        " or he can just pop into the shop.",
        "Oui, avec plaisir. Je suis disponible le soir, mais c'est loin d'être calme ici.",
        "Sí, claro. Estoy libre los jueves por la tarde, pero eso ya lo sabes.",
        "Ja, gerne. Ich bin erreichbar ab 14 Uhr, sobald der Morgenbetrieb vorbei ist.",
    ],
)
def test_a_note_on_when_to_reach_the_writer_doubts_nothing(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I'm free once my boss approves.",
        "Yes. I'm free but not this month.",
        "Yes, happy to. I'm free most evenings, but she should know I'm retiring.",
        "Yes. I'm free, but only if he's not a recruiter.",
        "Yes. I'm free most evenings but honestly I'm not sure I want this.",
        "Sí, claro. Estoy libre los jueves, pero no quiero reunirme con ella.",
    ],
)
def test_a_note_on_reaching_the_writer_that_doubts_still_doubts(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes of course, I'd love to meet Joanne. Oh and if you speak to Claire tell her I've"
        " still got her cake tin!",
        "Oui, avec plaisir. Si tu vois Claire, dis-lui que j'ai toujours son moule à gâteau.",
        "Sí, claro, me encantaría conocerla. Si ves a Marta, dile que tengo su libro.",
        "Sim, com prazer. Se falar com a Ana, diga-lhe que ainda tenho a forma dela.",
        "Ndiyo, nitafurahi. Ukiongea na Juma, mwambie nimepata kitabu chake.",
    ],
)
def test_a_greeting_passed_on_to_someone_else_is_no_condition(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes of course. If you speak to Claire, tell her I won't meet him.",
        "Yes of course. If you see Joanne tell her I'm keen.",
        "Yes, happy to. If you speak to Claire, tell her only if it's not a sales pitch.",
        "Oui, avec plaisir. Si tu vois Claire, dis-lui que je ne veux pas le rencontrer.",
    ],
)
def test_a_passed_on_message_about_the_answer_still_counts(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam (or whoever reads this - is this one of those robot things? Ha)\n\nAnyway"
        " yes, of course, put me in touch with Joanne.",
        "Is this automated? Anyway, yes, happy to meet Joanne.",
        "C'est un robot ? Bref, oui, avec plaisir.",
        "¿Esto es automático? En fin, sí, encantada.",
    ],
)
def test_a_question_about_the_mail_itself_asks_nothing_of_the_consent(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes. Is she a bot?",
        "Is this automated? If so, no.",
        "Is this automated? Is she a recruiter? Anyway, yes.",
    ],
)
def test_a_question_about_someone_or_a_condition_still_asks(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, of course, put me in touch with Joanne. I remember how lost I felt my first year.",
        "Happy to. Please put me in touch.",
        "Of course, put him in touch with me.",
    ],
)
def test_a_memory_told_and_asking_to_be_put_in_touch_say_yes(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I remember her well.",
        "Please don't put me in touch.",
    ],
)
def test_knowing_her_already_or_a_negated_ask_is_no_yes(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] != "yes"
