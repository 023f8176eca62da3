"""Paragraphs after the answer about another matter (agent.understanding.reply_other_matters):
after a refusal, a paragraph that asks about a thing of the writer's or the asker's life
("How is the garden doing?") or tells news leaves the refusal standing; one that asks
about the other person or the introduction ("Is he the one from Acme?", "Is it paid?")
still makes the reply unclear. After a turn to the matter asked ("about Ruth - yes"),
a paragraph that turns to another matter and asks about a gathering or group the writer
may go to leaves the yes standing, whatever it doubts; one that names no such thing,
or asks about the other person, does not."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer
from agent.understanding.reply_other_matters import other_matter
from agent.understanding.reply_phrases import phrase_book

_ASKED = "Gavin Moss"

# A refusal in its own paragraph, then a paragraph about the asker's garden or a
# conference, in each language.
REFUSED = [
    ("No thanks, I'd rather not take this on.", "How is the garden doing? Did the quince fruit?"),
    (
        "Non, je ne crois pas, merci.",
        "Avez-vous pu aller à la conférence sur les pigeonniers ? J'ai entendu dire qu'elle"
        " était passionnante. Et l'association organise-t-elle toujours le repas ? J'y viendrai"
        " avec plaisir.",
    ),
    (
        "Das ehrt mich, aber ich möchte das nicht übernehmen.",
        "Wie geht es eigentlich eurem Garten?",
    ),
    ("No, gracias, prefiero no hacerlo.", "¿Qué tal el huerto? ¿Dio fruta el membrillo?"),
    ("Não, obrigado, prefiro não.", "Como vai a horta? O marmeleiro deu fruta?"),
    ("Hapana, asante.", "Shamba lako linaendeleaje?"),
]


@pytest.mark.parametrize(("refusal", "talk"), REFUSED)
def test_a_refusal_stands_beside_a_paragraph_about_another_matter(refusal: str, talk: str) -> None:
    answer, evidence = read_answer(f"{refusal}\n\n{talk}\n\nBest,\nUlrich", asked=_ASKED)
    assert answer == "no"
    assert any(e.startswith("other-matters:") for e in evidence)


# A question about the other person or the introduction still asks; a doubt or a yes
# that opens its clause after the question may take the refusal back.
STILL_ASKED = [
    "No thanks.\n\nIs he the one from Acme?",
    "No thanks.\n\nHow is the garden? Is he still at Acme?",
    "No thanks.\n\nIs it paid?",
    "No thanks.\n\nCan we talk in spring?",
    "No thanks.\n\nHow is the garden? Maybe next year.",
    "No thanks.\n\nHow is the garden? Actually, happy to after all.",
    "No thanks.\n\nWhy not ask Sam instead?",
    "Non merci.\n\nEst-il celui de chez Acme ?",
    "Nein danke.\n\nIst er der von Acme?",
    "No, gracias.\n\n¿Es él el de Acme?",
    "Não, obrigado.\n\nEle é o da Acme?",
    "Hapana, asante.\n\nYeye ni yule wa Acme?",
    "No thanks.\n\nHow is Gavin's garden?",
]


@pytest.mark.parametrize("text", STILL_ASKED)
def test_a_question_about_the_introduction_after_a_refusal_still_asks(text: str) -> None:
    assert read_answer(text, asked=_ASKED)[0] == "unclear"


_NEWS = (
    "Dear Helen,\n\nSorry for the slow reply, it has been a busy month with the grandchildren"
    " and the dog and everything else that goes on in a house like ours, so of course I forgot"
    " to answer for far too long.\n\n"
)

# The answer after a turn to the matter asked, then a turn to another matter that asks
# about a gathering or group, with no pause right after the turn (a topic shift with one,
# "Autre chose :", sets the rest of its paragraph aside already), in each language.
TURNED = [
    "Anyway, about Gavin - yes, I'd be glad to be put in touch with him.\n\nNow, the other"
    " thing I wanted to ask you - are you still doing the Thursday walking group? Jean said it"
    " had moved but she's not always reliable. If it has I might come along.",
    "Quant à Gavin : oui, avec plaisir.\n\nEt l'autre chose que je voulais vous demander, le"
    " groupe de marche du jeudi"
    " existe-t-il toujours ? Jeanne dit qu'il a changé de jour, mais elle n'est pas toujours"
    " fiable. S'il a changé, je viendrai peut-être quand Derek ira mieux.",
    "Zu Gavin: ja, gerne.\n\nUnd noch etwas anderes wollte ich dich fragen, gibt es die"
    " Wandergruppe am Donnerstag"
    " noch? Jutta sagt, sie sei verlegt worden, aber sie ist nicht immer zuverlässig. Falls"
    " ja, komme ich vielleicht, sobald Derek wieder besser läuft.",
    "Sobre Gavin: sí, claro, me encantaría.\n\nY otra cosa que quería preguntarte, ¿sigue el"
    " grupo de caminata de los"
    " jueves? Juana dice que lo han cambiado, pero no siempre se entera. Si es así, quizá vaya"
    " cuando Derek esté mejor.",
    "Sobre o Gavin: sim, claro, adoraria.\n\nE outra coisa que eu queria te perguntar, o grupo"
    " de caminhada de quinta"
    " ainda existe? A Joana disse que mudou, mas nem sempre sabe. Se mudou, talvez eu apareça"
    " quando o Derek estiver melhor.",
    "Kuhusu Gavin: ndiyo, nitafurahi kukutana naye.\n\nPia nilitaka kukuuliza kama bado"
    " mnaandaa semina ya walimu mwezi Desemba; ningependa kuhudhuria.",
]


@pytest.mark.parametrize("answer", TURNED)
def test_a_yes_stands_beside_a_turn_to_another_matter(answer: str) -> None:
    said, evidence = read_answer(_NEWS + answer + "\n\nBest wishes", asked=_ASKED)
    assert said == "yes"
    assert any(e.startswith("other-matters:") for e in evidence)


# A turn that names no gathering, asks about the other person, or refuses, still counts.
NOT_TURNED = [
    "Anyway, about Gavin - yes, I'd be glad to.\n\nAnother thing: only if it's paid, mind.",
    "Anyway, about Gavin - yes, I'd be glad to.\n\nAnother thing - is it paid? If not, I'd"
    " rather wait.",
    "Anyway, about Gavin - yes, I'd be glad to.\n\nThe other thing I wanted to ask you - is he"
    " a recruiter? If so I'd rather not.",
    "Anyway, about Gavin - yes, I'd be glad to.\n\nThe other thing - is the walking group still"
    " on? I can't meet him before May.",
    "Anyway, about Gavin - yes, I'd be glad to.\n\nHow is the garden? Actually, on second"
    " thought, no.",
]


@pytest.mark.parametrize("answer", NOT_TURNED)
def test_a_doubt_after_a_turn_that_names_no_other_matter_still_counts(answer: str) -> None:
    assert read_answer(_NEWS + answer, asked=_ASKED)[0] != "yes"


def test_a_quiet_paragraph_is_another_matter_and_one_that_names_the_one_asked_is_not() -> None:
    book = phrase_book()

    def read(text: str, names: frozenset[str], asked: str) -> tuple[str, tuple[str, ...]]:
        return read_answer(text, names, asked)

    assert other_matter(
        "I found your Tupperware, I'll drop it round.", book, _ASKED, read, after_yes=False
    )
    assert not other_matter("Gavin sounds nice though.", book, _ASKED, read, after_yes=False)
