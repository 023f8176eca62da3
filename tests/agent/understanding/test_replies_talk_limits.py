"""A sentence after a yes that limits what the talk may cover ("One caveat: I can't say
anything about our pilot until it's published", "Über unser laufendes Projekt kann ich
nichts erzählen, solange ...") limits the subject, not the introduction: the yes
stands. A limit about "it", a talk with someone refused, a condition on the other, or the
introduction or a meeting named, still refuses or doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

TALK_LIMITS = [
    (
        "Yes, happy to. One caveat: I can't say anything about our pilot until it's "
        "published. Glad to compare notes on methods though.",
        "yes",
    ),
    (
        "ja, sehr gern. Einzige Einschränkung: Über unser laufendes Projekt kann ich "
        "natürlich nichts erzählen, solange die Genehmigung fehlt.",
        "yes",
    ),
    (
        "Oui, avec plaisir. Une réserve : je ne peux rien dire sur notre essai en cours "
        "tant que nos résultats ne sont pas publiés.",
        "yes",
    ),
    (
        "Sí, encantada. Eso sí: no puedo contar nada sobre nuestro ensayo hasta que se publique.",
        "yes",
    ),
    (
        "Sim, com gosto. Só uma ressalva: não posso falar sobre o nosso ensaio até termos "
        "os resultados publicados.",
        "yes",
    ),
    (
        "Ndiyo, nitafurahi. Siwezi kusema chochote kuhusu utafiti wetu hadi upate kibali.",
        "yes",
    ),
    # "It", a talk with someone, a condition on the other, the introduction or a
    # meeting named: still a refusal or a doubt.
    ("Yes, happy to. I can't say anything about it.", "unclear"),
    ("Yes. I can't talk about our pilot if he works for a competitor.", "unclear"),
    ("Yes, happy to. I can't talk to him about our pilot.", "unclear"),
    ("Sí. No puedo hablar con él sobre el ensayo.", "unclear"),
    ("Oui. Je ne peux pas parler de la présentation.", "unclear"),
    ("Ja, gern. Über das Treffen kann ich nichts sagen.", "unclear"),
    ("I can't say anything about our pilot.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), TALK_LIMITS)
def test_a_limit_on_the_subject_leaves_the_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer
