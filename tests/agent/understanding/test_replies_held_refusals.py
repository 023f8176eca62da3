"""A refusal that is no answer yet: after a yes, the writer taking time to decide after
the last refusal ("Let me have a think", "déjame pensarlo", "lass mich darüber
nachdenken") leaves yes and no open, unclear, and so does one after refusals that only
complain of being busy, yes or none ("Bit snowed under ..., I'll have a think and get
back to you next week"); and a refusal only to answer for someone
else ("I can't accept invitations on her behalf", "à sa place", "en su nombre") or to say
yes for them ("I'm not saying yes for him", "je ne dis pas oui pour lui") declines
nothing of the introduction, unclear where every refusal is one. A plain refusal, a
think-over before the refusal or governing something else, and a refusal standing in a
sentence of its own beside the other's behalf stay no."""

from __future__ import annotations

import pytest

from agent.message import parse_message
from agent.understanding.replies import classify_reply


def _reply(body: str) -> str:
    return classify_reply(
        parse_message(
            (
                "From: Ruth Kane <ruth@example.com>\n"
                "To: Intro Agent <intro@example.org>\n"
                "Subject: Re: Introduction to Sam Ortiz? [#cd34]\n"
                "Date: Thu, 06 Mar 2025 09:00:00 +0000\n"
                "Message-ID: <held@example.com>\n"
                'Content-Type: text/plain; charset="utf-8"\n'
                "MIME-Version: 1.0\n\n"
                f"{body}\n"
            ).encode()
        )
    ).answer


THINKING = [
    "Yes, I'd be interested in principle. But no, I can't take anything on before "
    "spring. Let me have a think and get back to you.",
    "Oui, ça m'intéresse. Mais non, je ne peux pas avant le printemps. Laisse-moi "
    "réfléchir et je te redis.",
    "Sí, me interesa. Pero no puedo antes de la primavera. Déjame pensarlo y te aviso.",
    "Ja, das interessiert mich. Aber nein, vor dem Frühjahr kann ich nicht. Lass mich "
    "darüber nachdenken.",
    "Sim, interessa-me. Mas não, não posso antes da primavera. Deixa-me pensar e depois digo-te.",
]


@pytest.mark.parametrize("body", THINKING)
def test_thinking_it_over_after_a_yes_and_a_refusal_is_unclear(body: str) -> None:
    assert _reply(body) == "unclear"


BUSY_THINKING = [
    "Hiya, cheers for this.\n\nBit snowed under with the Christmas menu and two staff off"
    " sick, I'll have a think and get back to you next week.",
    "I'm swamped at the moment, let me have a think.",
    "Je suis débordée en ce moment, je vais y réfléchir et je reviens vers vous.",
    "Estoy a tope con la temporada, déjame pensarlo y te digo.",
    "Ich habe gerade viel um die Ohren, ich überlege es mir und melde mich.",
    "Estou atolada agora, vou pensar nisso e depois digo.",
    "Nina shughuli nyingi sasa hivi, niache nifikirie na nitakujibu wiki ijayo.",
]


@pytest.mark.parametrize("body", BUSY_THINKING)
def test_thinking_it_over_after_being_busy_is_unclear(body: str) -> None:
    assert _reply(body) == "unclear"


BUSY_REFUSALS = [
    # A refusal of its own beside the complaint.
    "I'm swamped, so I'll pass. Let me have a think about who else.",
    # The think-over negated, or before the complaint.
    "I'm swamped. I won't think about it.",
    "Let me have a think. I'm swamped.",
    "Snowed under, sorry.",
    "Je suis débordé, désolé.",
]


@pytest.mark.parametrize("body", BUSY_REFUSALS)
def test_being_busy_without_thinking_it_over_after_refuses(body: str) -> None:
    assert _reply(body) == "no"


BEHALF = [
    "I look after Dr Lee's mail while she is away. I'm afraid I can't accept invitations "
    "on her behalf, but I'll flag it for her.",
    "Je gère le courrier de Mme Roy en son absence. Je ne peux pas répondre à sa place, "
    "mais je lui transmettrai.",
    "Llevo el correo de la Dra. Gil mientras está fuera. Lamentablemente no puedo aceptar "
    "en su nombre, pero se lo comentaré.",
    "Ich betreue die Post von Frau Roth während ihrer Abwesenheit. Leider kann ich nicht "
    "für sie zusagen, ich gebe es aber weiter.",
    "Trato do correio da Dra. Costa enquanto está fora. Infelizmente não posso aceitar em "
    "nome dela, mas vou avisá-la.",
]


@pytest.mark.parametrize("body", BEHALF)
def test_a_refusal_to_answer_for_someone_else_is_unclear(body: str) -> None:
    assert _reply(body) == "unclear"


SAYING_YES_FOR_HIM = [
    "Hi, this is his wife writing from his phone. He'd probably say yes, but I'm not saying "
    "yes for him. He can answer you himself.",
    "C'est sa femme qui écrit depuis son téléphone. Il dirait sûrement oui, mais je ne dis "
    "pas oui pour lui. Il vous répondra lui-même.",
    "Le escribe su esposa desde su móvil. Seguro que diría que sí, pero no puedo decir que "
    "sí por él. Le contestará él mismo.",
    "Hier schreibt seine Frau von seinem Handy. Er würde wohl zusagen, aber ich kann nicht "
    "für ihn ja sagen. Er antwortet Ihnen selbst.",
    "Aqui é a esposa dele, do telemóvel dele. Ele provavelmente diria que sim, mas não vou "
    "dizer sim por ele. Ele mesmo vai responder.",
    "Mimi ni mke wake, naandika kwa simu yake. Labda angekubali, lakini siwezi kumkubalia. "
    "Atakujibu mwenyewe.",
]


@pytest.mark.parametrize("body", SAYING_YES_FOR_HIM)
def test_not_saying_yes_for_someone_else_is_unclear(body: str) -> None:
    # Someone answering from his phone guesses his answer and declines to give it: her
    # words decide nothing for him either way.
    assert _reply(body) == "unclear"


NOT_SAYING_YES = [
    "I'm not saying yes for now.",
    "No, I won't say yes to him.",
    "Non, je ne dis pas oui pour l'instant.",
    "No, no voy a decir que sí por ahora.",
    "Nein, ich sage nicht ja.",
    "Não, não vou dizer sim por agora.",
]


@pytest.mark.parametrize("body", NOT_SAYING_YES)
def test_not_saying_yes_for_oneself_refuses(body: str) -> None:
    assert _reply(body) == "no"


NEAR_MISSES = [
    # No yes: the refusal stands.
    "No, sorry, I can't take this on. Let me think about it for next year though, maybe.",
    # The think-over governs something else.
    "I'd love to, but no, I can't. I'll have a think about who else might suit.",
    # The think-over before the refusal.
    "Let me think about it. Actually, I'd love to but no, I can't.",
    # A refusal in a sentence of its own beside the other's behalf.
    "No, thank you. I can't speak for him, but I'm not interested.",
    "No. I can't accept on her behalf either.",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_other_refusals_stand(body: str) -> None:
    assert _reply(body) == "no"


def test_a_bare_no_beside_the_behalf_clause_refuses() -> None:
    assert _reply("No, I can't accept on her behalf.") == "no"


BEHIND_THEIR_BACK = [
    "I'm pretty sure he'd say yes, but I'll leave it for him to confirm when he's back!"
    " Don't want to sign him up for anything behind his back lol",
    "I'd rather not sign her up for anything while she's away.",
    "Je ne veux pas l'inscrire à quoi que ce soit dans son dos.",
    "No quiero aceptar nada a sus espaldas.",
    "Ich will ihn nicht hinter seinem Rücken anmelden.",
    "Não quero aceitar nada pelas costas dele.",
    "Sitaki kumsajili bila yeye kujua.",
]


@pytest.mark.parametrize("body", BEHIND_THEIR_BACK)
def test_not_signing_someone_up_behind_their_back_is_unclear(body: str) -> None:
    # Someone minding the mailbox declines to commit its owner, not the introduction.
    assert _reply(body) == "unclear"


@pytest.mark.parametrize(
    "body",
    [
        # A refusal in a clause of its own beside the other's back still refuses.
        "No thanks, I don't want to do it behind her back.",
        "No, I'd rather not sign him up.",
        "No, I don't want to sign up for anything.",
    ],
)
def test_a_refusal_beside_signing_someone_up_refuses(body: str) -> None:
    assert _reply(body) == "no"


IN_THEIR_NAME = [
    "I'm fairly sure he would be interested, but I don't want to agree to anything in "
    "his name. He will answer himself.",
    "I just don't want to say yes on the team's behalf without you.",
    "Je ne veux pas répondre pour l'équipe sans toi.",
    "No quiero decidir por el equipo sin ti.",
    "Ich will nicht für das Team zusagen, ohne dich zu fragen.",
    "Não quero responder pela equipe sem você.",
    "Sitaki kuamua kwa niaba ya timu bila wewe.",
]


@pytest.mark.parametrize("body", IN_THEIR_NAME)
def test_not_agreeing_in_someones_name_or_for_the_team_is_unclear(body: str) -> None:
    # Someone answering for the one asked, or for a team, declines to commit them.
    assert _reply(body) == "unclear"


@pytest.mark.parametrize(
    "body",
    [
        "No, I don't want to meet him in my name or anyone's.",
        "No thanks. I don't want to agree to anything in his name, and I'm not interested.",
        "No, thank you. I can't answer for the team, but I'm not interested.",
    ],
)
def test_a_refusal_of_ones_own_beside_another_name_refuses(body: str) -> None:
    assert _reply(body) == "no"


MISREAD = [
    "I don't actually know a Jonas Eklund, so I'm afraid I can't introduce you to him. "
    "Maybe try Carl at the shop?",
    "Sorry, I can't introduce you to her.",
    "Désolé, je ne peux pas vous le présenter.",
    "Lo siento, no puedo presentártelo.",
    "Não posso te apresentar a ele, desculpa.",
    "Samahani, siwezi kukutambulisha kwake.",
]


@pytest.mark.parametrize("body", MISREAD)
def test_declining_to_make_the_introduction_oneself_is_unclear(body: str) -> None:
    # The question taken for a request that the writer introduce the asker: what is
    # declined was never asked.
    assert _reply(body) == "unclear"


@pytest.mark.parametrize(
    "body",
    [
        "No, I can't introduce you to him. Not interested.",
        "No thanks, please don't introduce me to him.",
        "Non merci, je ne veux pas le rencontrer.",
        "I'm not interested, sorry.",
    ],
)
def test_a_refusal_of_ones_own_beside_a_misread_refuses(body: str) -> None:
    assert _reply(body) == "no"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        # A refusal of the moment, then a promise to look later: no answer yet.
        (
            "Can't right now, I'm on a site visit, I'll look at it later and get back to you.",
            "unclear",
        ),
        ("No puedo ahora, estoy en una reunión, luego lo miro con calma.", "unclear"),
        ("No puedo ahora estoy en la obra luego lo miro con calma y te digo", "unclear"),
        ("Agora não posso, tô numa reunião, depois vejo com calma.", "unclear"),
        ("Kann gerade nicht, bin beim Kunden, schau's mir später an.", "unclear"),
        ("Je peux pas là, je suis en réunion, je regarde ça plus tard.", "unclear"),
        ("Siwezi sasa hivi, niko kazini, nitaangalia baadaye.", "unclear"),
        # Near misses: the refusal of the moment alone, a later time put off, or a
        # refusal of the introduction itself before the look later, still refuse.
        ("Can't right now.", "no"),
        ("No puedo ahora, estoy en una reunión.", "no"),
        ("Can't right now. Maybe later.", "no"),
        ("No, I'm not interested. I'll look at it later.", "no"),
        ("Can't right now, and I don't want to anyway. I'll look at it later.", "no"),
        ("No me interesa. Luego lo miro.", "no"),
    ],
)
def test_a_refusal_of_the_moment_before_a_look_later_waits(body: str, answer: str) -> None:
    assert _reply(body) == answer
