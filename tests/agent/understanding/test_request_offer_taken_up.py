"""A reply taking up an intro the quoted mail offers ("Want me to put you two in touch?")
and handing it to the agent ("Matt, yes please, I'd love that! I've cc'd my intro agent
...") asks for the writer and the one offered, never the one written to, in a note of
any length, whichever language. A note opening on something else, or writing another
address, is not read so; and a copied intake pairing the one written to with someone
the text gives an address for is asked about without a word saying they are to meet."""

from __future__ import annotations

import pytest

from agent.understanding.quotes import quoted_message
from agent.understanding.request_model import Party, RequestResult
from tests.agent.understanding.test_requests import understand

_SUNITA = "Sunita Rao (sunita@rao.example)"
_GRETA = Party("Greta Olsen", "greta@olsen.example")
_OFFERED = Party("Sunita Rao", "sunita@rao.example")
_MATT = Party("Matt Delaney", "matt@kiln.example")

_CASES = [
    (
        "Matt, yes please, I'd love that! I've cc'd my intro agent, it can handle the back and"
        " forth so you don't have to.",
        f"Hi Greta,\n\nRe your glaze problem - you really should talk to my friend {_SUNITA}."
        " Want me to put you two in touch?\n\nMatt\nThe Kiln Shop, Hebden Bridge",
    ),
    (
        "Matt, oui avec plaisir ! Je mets en copie mon agent d'intro, il s'occupera du reste.",
        f"Bonjour Greta,\n\nPour ton problème d'émail, tu devrais parler à mon amie {_SUNITA}."
        " Tu veux que je vous présente ?\n\nMatt",
    ),
    (
        "Matt, ¡sí, por favor, me encantaría! He puesto en copia a mi agente de intro, se"
        " encargará de todo.",
        f"Hola Greta:\n\nPara lo del esmalte deberías hablar con mi amiga {_SUNITA}. ¿Quieres"
        " que os ponga en contacto?\n\nMatt",
    ),
    (
        "Matt, ja, sehr gerne! Ich setze meinen Intro-Assistenten in Kopie, er kümmert sich um"
        " den Rest.",
        f"Hallo Greta,\n\nwegen der Glasur solltest du mit meiner Freundin {_SUNITA} sprechen."
        " Soll ich euch miteinander bekannt machen?\n\nMatt",
    ),
    (
        "Matt, sim, por favor, adoraria! Coloquei meu agente de apresentações em cópia, ele"
        " cuida do resto.",
        f"Oi Greta,\n\nSobre o esmalte, você devia falar com a minha amiga {_SUNITA}. Quer que"
        " eu apresente vocês?\n\nMatt",
    ),
    (
        "Matt, ndiyo, tafadhali! Nimemweka msaidizi wangu wa utambulisho kwenye nakala,"
        " atashughulikia mengine.",
        f"Habari Greta,\n\nKuhusu tatizo la rangi, unapaswa kuongea na rafiki yangu {_SUNITA}."
        " Ungependa niwaunganishe?\n\nMatt",
    ),
]


def _reply(note: str, quoted: str) -> RequestResult:
    """Greta's reply to Matt, the agent copied, Matt's mail quoted as Apple Mail does."""
    lines = "\n".join(f"> {line}" if line else ">" for line in quoted.split("\n"))
    body = (
        f"{note}\n\nOrder confirmed, I'll ship Friday.\n\nG x\n\n"
        f"> On 12 Mar 2026, at 16:40, Matt Delaney <matt@kiln.example> wrote:\n>\n{lines}\n"
    )
    return understand(
        body,
        sender="Greta Olsen <greta@olsen.example>",
        to="Matt Delaney <matt@kiln.example>",
        cc="intro@introbot.net",
        subject="Re: wholesale order",
        headers={"In-Reply-To": "<a1@kiln.example>"},
    )


@pytest.mark.parametrize(("note", "quoted"), _CASES)
def test_taking_up_the_offer_pairs_the_writer_with_the_one_offered(note: str, quoted: str) -> None:
    result = _reply(note, quoted)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_GRETA, _OFFERED)
    assert result.confident


def test_the_offered_ones_address_repeated_in_the_note_is_theirs() -> None:
    note, quoted = _CASES[0]
    result = _reply(f"{note} Sunita's email is sunita@rao.example according to your note.", quoted)
    assert (result.a, result.b) == (_GRETA, _OFFERED)
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        "Thanks for the order, Matt. I've cc'd my intro agent, it can handle the back and forth"
        " so you don't have to. Sunita's email is sunita@rao.example.",
        "Matt, yes please, I'd love that! I've cc'd my intro agent. Her colleague is"
        " li@wei.example.",
    ],
)
def test_a_note_opening_on_something_else_or_writing_another_address_is_not_acted_on(
    note: str,
) -> None:
    result = _reply(note, _CASES[0][1])
    assert not result.confident


def test_copied_intake_of_the_one_written_to_and_a_named_address_needs_a_cue_to_meet() -> None:
    body = (
        "Hi Kenji,\n\nGreat speaking on Thursday. The hiring manager is Ruth Abernathy"
        " (ruth@helix.example).\n\nI've cc'd our intro agent, it can handle the back and forth"
        " so you don't have to.\n\nPriscilla"
    )
    kwargs = {
        "sender": "Priscilla Owusu <p@owusu.example>",
        "to": "Kenji Mori <kenji@mori.example>",
        "cc": "intro@introbot.net",
    }
    asked = understand(body, **kwargs)
    assert {asked.a, asked.b} == {
        Party("Kenji Mori", "kenji@mori.example"),
        Party("Ruth Abernathy", "ruth@helix.example"),
    }
    assert not asked.confident
    cued = understand(
        body.replace(
            "it can handle the back and forth so you don't have to", "it'll check with both of you"
        ),
        **kwargs,
    )
    assert cued.confident


def test_a_header_quoted_with_its_mail_is_that_mails_header() -> None:
    header, body = quoted_message(
        "Yes please!\n\n> On 12 Mar 2026, at 16:40, Matt Delaney <matt@kiln.example> wrote:\n"
        ">\n> Hi Greta,\n> Want me to put you two in touch?\n>\n> Matt\n"
    )
    assert header == "On 12 Mar 2026, at 16:40, Matt Delaney <matt@kiln.example> wrote:"
    assert body.startswith("Hi Greta,\nWant me to put you two in touch?")
