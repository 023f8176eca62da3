"""A negation inside a note on reaching the writer after a yes tells when or how the
writer is hard to reach, not that they refuse: when its clause tells of the writer's
time and a later clause turns to a time of the week they can be found ("I don't have
much time during the week, but on Saturday mornings I'm always at the market"), or
when its clause tells of the writer's network failing where they are ("there's no
signal out there"). A negation that tells of nothing of the kind ("It's not worth it"),
a refusal, a put-off and a channel refused still count. Inside such a note, the "ne" of
"ça ne pose aucun problème" negates nothing, an "if" hedge ("si le pasas mi correo") is
read as an "if" is (its clause must name a channel), and "eso sí" holds no "if"."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text


@pytest.mark.parametrize(
    "text",
    [
        # The writer's time negated, then a time of the week they are found.
        "Sure, go ahead. I don't have much time during the week, but on Saturday "
        "mornings I'm always at the market.",
        "Oui, allez-y. Je n'ai pas beaucoup de temps en semaine, mais le samedi matin je "
        "suis toujours à l'atelier.",
        "Sí, adelante. No tengo mucho tiempo entre semana, pero los sábados por la "
        "mañana estoy siempre en el taller.",
        "Ja, gerne. Unter der Woche habe ich nicht viel Zeit, aber samstags vormittags "
        "bin ich immer im Laden.",
        "Sim, pode avançar. Não tenho muito tempo durante a semana, mas à sexta de tarde "
        "estou sempre no escritório.",
        "Yes, sure. I'm not around much this month, but on Friday afternoons I'm in the office.",
        # The network failing where the writer is.
        "Yes, happy to. I'm on the boat till Thursday and there's no signal out there.",
        "Oui, volontiers. Je suis en mer jusqu'à jeudi et il n'y a pas de réseau là-bas.",
        "Sí, claro. Estoy en el monte hasta el viernes y allí no hay cobertura.",
        "Ja, gern. Ich bin bis Freitag auf der Hütte, da gibt es kein Netz.",
        "Sim, claro. Estou na serra até sexta e a rede não apanha lá em cima.",
        "Ndiyo, endelea. Niko porini hadi Ijumaa na mtandao ni hafifu sana huku.",
    ],
)
def test_a_negation_of_the_writer_s_reach_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A negation that tells of no time of the writer's, before a time of the week.
        ("Yes. It's not worth it, but I'm always at the shop on Saturday mornings.", "unclear"),
        ("Sí. No vale la pena, pero los sábados estoy en la tienda.", "unclear"),
        ("Sim. Não vale a pena, mas estou sempre no escritório ao sábado de manhã.", "unclear"),
        ("Oui. Ça ne vaut pas le coup, mais le samedi je suis à la boutique.", "unclear"),
        ("Ja. Das lohnt sich nicht, aber samstags bin ich im Laden.", "unclear"),
        # Refusals and put-offs beside a time of the week.
        ("Yes, but not now, I'm at the market on Saturdays.", "no"),
        ("Sure. I'm not able to this week, but on Saturdays I'm at the shop.", "unclear"),
        ("Yes. I don't want to meet her, though I'm in on Mondays.", "unclear"),
        ("Yes. I won't do it, but I'm in the office on Mondays.", "unclear"),
        ("Sim. Não quero, mas estou sempre na loja ao sábado.", "unclear"),
        ("Sí. No me interesa, pero los sábados estoy en la tienda.", "unclear"),
        ("Yes, sure. I'm not available until March, but I'm in on Mondays.", "unclear"),
        # A channel refused beside the network.
        ("Oui. Je ne veux pas d'appel, le réseau est bon ici.", "unclear"),
        ("Yes. There's no signal here and I don't want him to call.", "unclear"),
        ("Yes. No signal, not now.", "unclear"),
    ],
)
def test_a_negation_of_anything_else_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        # A yes that opens with a negator, and its concord, inside the note.
        "Oui, allez-y. Je n'ai pas beaucoup de disponibilités ce mois-ci, mais ça ne pose "
        "aucun problème pour un échange par mail.",
        "Sí, adelante. No tengo mucho tiempo este mes, pero no hay ningún problema para "
        "escribirnos por correo.",
        # An "if" hedge whose clause names a channel.
        "Sí, adelante. Estoy con juicios hasta el jueves. Si le pasas mi correo, que me "
        "escriba directamente.",
        "Yes, go ahead. If you give her my email, she can write to me directly.",
        "Ja, gerne. Wenn Sie ihr meine Nummer geben, kann sie mich abends anrufen.",
        # "eso sí" before a copy asked for.
        "Sí, claro. Eso sí, ponedme en copia a la coordinadora (coordinacion@club.es).",
    ],
)
def test_what_only_looks_like_a_doubt_in_a_note_leaves_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sí. Si es algo serio, que me escriba.", "unclear"),
        ("Sí. Si le interesa de verdad, que me llame.", "unclear"),
        ("Sí, claro. Eso sí, no le des mi correo.", "unclear"),
        ("Sí, claro. Eso sí, si es para vender algo, no.", "unclear"),
        (
            "Oui. Je n'ai pas de temps ce mois-ci, mais ça ne pose aucun problème si c'est "
            "sérieux.",
            "unclear",
        ),
        (
            "Oui. Je n'ai pas beaucoup de disponibilités ce mois-ci, et ça ne me dit rien "
            "par mail.",
            "unclear",
        ),
    ],
)
def test_a_condition_or_a_refusal_in_the_note_still_counts(text: str, answer: str) -> None:
    assert classify_text(text) == answer
