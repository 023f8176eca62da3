"""Saying there is no objection to the introduction ("gegen eine Vorstellung habe ich keine
Einwände", "aucune objection", "ninguna objeción", "nenhuma objeção", "sina pingamizi",
"no objection") agrees to it, as "no problem" does: the negation is part of the yes. A
condition, a question, a turn to a refusal or a doubt after it, or a negation before it in
its clause, still leave it as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NO_OBJECTION = [
    ("Gegen eine Vorstellung habe ich keine Einwände.", "yes"),
    ("Keine Einwände.", "yes"),
    ("Ich habe nichts dagegen.", "yes"),
    ("Von meiner Seite nichts einzuwenden, stellen Sie uns gerne vor.", "yes"),
    ("Je n'ai aucune objection.", "yes"),
    ("Aucune objection, faites le lien.", "yes"),
    ("No tengo ninguna objeción.", "yes"),
    ("Ninguna objeción, adelante.", "yes"),
    ("Não tenho nenhuma objeção.", "yes"),
    ("Sem objeções, pode apresentar.", "yes"),
    ("Sina pingamizi.", "yes"),
    ("I have nothing against it, go ahead.", "yes"),
    # Near misses: a condition, a question, a turn, a doubt, a negation before it.
    ("Keine Einwände, sofern er nichts verkaufen will.", "unclear"),
    ("Ich hätte keine Einwände, wenn es um Beratung geht.", "unclear"),
    ("Keine Einwände?", "unclear"),
    ("Haben Sie Einwände?", "unclear"),
    ("Ich habe keine Einwände gegen das Projekt, aber eine Vorstellung möchte ich nicht.", "no"),
    ("Von meiner Seite keine Einwände, ich muss aber noch meinen Partner fragen.", "unclear"),
    ("Ich habe nichts dagegen, aber im Moment passt es nicht.", "unclear"),
    ("Ich bin nicht sicher, ob ich keine Einwände habe.", "unclear"),
    ("Ich habe keine Einwände, aber mein Chef schon.", "unclear"),
    ("Pas d'objection si c'est pour du conseil.", "unclear"),
    ("Aucune objection ?", "unclear"),
    ("Je n'ai rien contre lui, mais je préfère ne pas le rencontrer.", "no"),
    ("Je ne dis pas que je n'ai aucune objection.", "no"),
    ("Sin objeciones, siempre que no me quiera vender nada.", "unclear"),
    ("¿Ninguna objeción?", "unclear"),
    ("No tengo nada en contra de ella, pero prefiero no.", "no"),
    ("Não tenho nada contra, mas agora não dá.", "no"),
    ("Sem objeção, desde que seja só um café.", "unclear"),
    ("Sina pingamizi, lakini si sasa.", "no"),
    ("Sina pingamizi kama ni kwa ushauri tu.", "unclear"),
    ("I have nothing against her, but I'll pass.", "no"),
    ("I have nothing against meeting him if he's not selling.", "unclear"),
    ("I wouldn't say I have no objections.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), NO_OBJECTION)
def test_no_objection_agrees(text: str, answer: str) -> None:
    assert classify_text(text) == answer
