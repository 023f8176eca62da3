"""The agent named in a sentence that hands it the intro, and a "+" written before an
address to add someone to a thread."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import Address, ParsedMessage, parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import load_rules, understand_request

AGENT = "intro@introbot.net"


def mail(body: str, *, to: str, cc: str | None = None) -> ParsedMessage:
    message = EmailMessage()
    message["From"] = "Rob Feeney <rob@feeney.vc>"
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = "hello"
    message.set_content(body)
    return parse_message(message.as_bytes())


def understand(
    body: str, *, to: str, cc: str | None = None, book: MemoryAddressBook | None = None
) -> RequestResult:
    return understand_request(mail(body, to=to, cc=cc), AGENT, book)


TWO = "Tomasz Wrobel <tomasz@parcelgrid.example>, Nadia Haddad <nadia@shipmate.example>"
PAIR = {
    Party("Tomasz Wrobel", "tomasz@parcelgrid.example"),
    Party("Nadia Haddad", "nadia@shipmate.example"),
}


def test_a_plus_before_an_address_is_no_part_of_it() -> None:
    items = tokenize("+intro@introbot.net to handle, +Ana.Ruiz@Feria.example too", load_rules())
    assert [item.email for item in items if item.email] == [
        "intro@introbot.net",
        "Ana.Ruiz@Feria.example",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "+intro@introbot.net\n\nTomasz, Nadia - you two should talk, both doing last-mile.",
        "+intro@introbot.net\n\nTomasz et Nadia font de la logistique. Vous devriez vous parler.",
        "+intro@introbot.net\n\nTomasz, Nadia: deberíais hablar, los dos hacéis logística.",
    ],
)
def test_the_agent_added_with_a_plus_is_no_one_left_out(body: str) -> None:
    result = understand(body + "\n\nRob", to=TWO, cc=AGENT)
    assert {result.a, result.b} == PAIR
    assert result.confident


def test_someone_else_added_with_a_plus_is_left_out_by_their_own_address() -> None:
    result = understand(
        "+ana@feria.example for visibility\n\nTomasz, Nadia - you two should talk, both doing "
        "last-mile.\n\nRob",
        to=TWO,
        cc=AGENT,
    )
    assert result.kind == "intro_request"
    assert not result.confident


DEV_HANNAH = {
    Party("Dev Malhotra", "dev@quarry.example"),
    Party("Hannah Lieb", "hannah@northpine.example"),
}


@pytest.mark.parametrize(
    "body",
    [
        "Dev - as promised. Hannah leads seed at North Pine.\n\nLooping in my assistant bot to "
        "do the double opt-in so neither of you gets an email you didn't sign up for.",
        "Hi Dev, hi Hannah,\n\nHannah is hiring. I've copied my intro assistant, which will "
        "confirm with each of you before making the connection.",
        "Dev, Hannah: +intro@introbot.net to handle. Hannah invests in devtools.",
        "Dev, Hannah,\n\nHannah investit dans les outils. Je mets en copie mon agent d'intro qui "
        "vous contactera.",
        "Dev, Hannah:\n\nHannah invierte en herramientas. Te copio a mi asistente de "
        "presentaciones.",
        "Hallo Dev, hallo Hannah,\n\nHannah investiert in Tools. Ich setze meinen "
        "Intro-Assistenten in Kopie.",
        "Oi Dev, oi Hannah!\n\nA Hannah investe em ferramentas. Coloquei meu agente de "
        "apresentações em cópia.",
        "Oi Dev, oi Hannah!\n\nA Hannah investe em ferramentas. Coloquei meu agente de "
        "apresentacoes em copia.",
        "Habari Dev na Hannah,\n\nHannah anawekeza kwenye zana. Nimemweka msaidizi wangu wa "
        "utambulisho kwenye nakala.",
    ],
)
def test_the_agent_named_and_handed_the_intro_pairs_the_two_on_the_mail(body: str) -> None:
    result = understand(
        body + "\n\nJen",
        to="Dev Malhotra <dev@quarry.example>",
        cc=f"Hannah Lieb <hannah@northpine.example>, Intro Agent <{AGENT}>",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == DEV_HANNAH
    assert result.confident


def test_the_other_party_named_with_an_address_in_the_text_is_one_of_the_two() -> None:
    result = understand(
        "Hi Kenji,\n\nThe hiring manager for the role is Ruth Abernathy (ruth@helix.example). "
        "I've cc'd our intro agent: it'll check with both of you and then connect you.\n\nPat",
        to="Kenji Mori <kenji@mori.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert {result.a, result.b} == {
        Party("Kenji Mori", "kenji@mori.example"),
        Party("Ruth Abernathy", "ruth@helix.example"),
    }
    assert result.confident


def test_one_on_the_mail_and_one_named_alone_is_a_pair_asked_about() -> None:
    book = MemoryAddressBook(
        [
            Address("Sarah Klein", "sarah.klein@mail.example"),
            Address("Sarah Mwangi", "sarah@mwangi.example"),
        ]
    )
    result = understand(
        "Anita,\n\nSarah from the cohort needs a trademark attorney and I thought of you. "
        "cc'ing the intro bot to get you two connected.\n\nRob",
        to="Anita Roy <anita@roy.example>",
        cc=AGENT,
        book=book,
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {Party("Anita Roy", "anita@roy.example"), Party("Sarah", None)}
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        # The agent named, but nothing handed to it.
        "Dev, Hannah - my intro bot is down this week, so see you both Friday.",
        # Handed over, but negated before the agent.
        "Dev, Hannah - I'd rather not loop in my intro bot on this one. See you Friday.",
        "Dev, Hannah - je ne mets pas mon agent d'intro en copie cette fois.",
        # One of the two copied in beside the agent.
        "Dev - I've copied in Hannah and the intro bot, she'll find a time with you.",
        # An assistant who is a person, not the agent.
        "Dev, Hannah - looping in my assistant Jo to find a time for the board call.",
    ],
)
def test_the_agent_named_without_being_handed_the_intro_pairs_no_one(body: str) -> None:
    result = understand(
        body + "\n\nJen",
        to="Dev Malhotra <dev@quarry.example>",
        cc=f"Hannah Lieb <hannah@northpine.example>, Intro Agent <{AGENT}>",
    )
    assert not result.confident


def test_three_on_the_mail_or_one_not_named_pairs_no_one() -> None:
    three = understand(
        "Dev, Hannah, Ana - looping in my intro bot to do the opt-in.\n\nJen",
        to="Dev Malhotra <dev@quarry.example>, Ana Ruiz <ana@feria.example>",
        cc=f"Hannah Lieb <hannah@northpine.example>, Intro Agent <{AGENT}>",
    )
    assert not three.confident
    unnamed = understand(
        "Hi all - looping in my intro bot to do the opt-in.\n\nJen",
        to="Dev Malhotra <dev@quarry.example>",
        cc=f"Hannah Lieb <hannah@northpine.example>, Intro Agent <{AGENT}>",
    )
    assert not unnamed.confident


KENJI_RUTH = {
    Party("Kenji Mori", "kenji@mori.example"),
    Party("Ruth Abernathy", "ruth@helix.example"),
}


@pytest.mark.parametrize(
    "body",
    [
        "Kenji,\n\nI've copied Intro in to connect you with Ruth Abernathy (ruth@helix.example). "
        "She runs the lab.",
        "Kenji,\n\nJe mets Intro en copie pour vous mettre en relation avec Ruth Abernathy "
        "(ruth@helix.example). Elle dirige le labo.",
        "Kenji,\n\nPongo en copia a Intro para ponerte en contacto con Ruth Abernathy "
        "(ruth@helix.example). Dirige el laboratorio.",
        "Kenji,\n\nIch setze Intro in Kopie, um dich mit Ruth Abernathy (ruth@helix.example) "
        "bekannt zu machen. Sie leitet das Labor.",
        "Kenji,\n\nColoquei o Intro em cópia para te apresentar à Ruth Abernathy "
        "(ruth@helix.example). Ela dirige o laboratório.",
        "Kenji,\n\nNimemweka Intro kwenye nakala ili akuunganishe na Ruth Abernathy "
        "(ruth@helix.example). Yeye huongoza maabara.",
    ],
)
def test_the_agent_called_by_its_address_and_handed_the_one_to_connect(body: str) -> None:
    result = understand(body + "\n\nPat", to="Kenji Mori <kenji@mori.example>", cc=AGENT)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == KENJI_RUTH
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Someone else copied in before the one to connect.
        "Kenji,\n\nNimemweka msaidizi wangu Juma Ali (juma@ali.example) na Intro kwenye nakala "
        "ili akuunganishe na Ruth Abernathy (ruth@helix.example).",
        # "intro" as a word, not the agent's name.
        "Kenji,\n\nNimeweka kiungo cha intro kwenye nakala ili akuunganishe na Ruth Abernathy "
        "(ruth@helix.example).",
        # Negated before the agent.
        "Kenji,\n\nNo pongo en copia a Intro para ponerte en contacto con Ruth Abernathy "
        "(ruth@helix.example) todavía.",
    ],
)
def test_no_pair_when_the_agent_called_by_its_address_is_not_handed_it(body: str) -> None:
    result = understand(body + "\n\nPat", to="Kenji Mori <kenji@mori.example>", cc=AGENT)
    assert not result.confident


@pytest.mark.parametrize(
    "sentence",
    [
        "I haven't added Intro to introduce you to",
        "I haven't added Intro to connect you with",
        "I haven't cc'd Intro to connect you with",
        "I have not added Intro yet to introduce you to",
        "I didn't add Intro to introduce you to",
    ],
)
def test_the_copying_of_the_agent_negated_by_haven_t_hands_nothing_over(sentence: str) -> None:
    """A negated copying verb ("haven't added", "haven't cc'd") a few words before the
    agent hands nothing over, as "I didn't copy Intro in to ..." does."""
    body = f"Hi Kenji,\n\n{sentence} Ruth Abernathy (ruth@helix.example)."
    result = understand(body + "\n\nPat", to="Kenji Mori <kenji@mori.example>", cc=AGENT)
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    "sentence",
    [
        # "haven't" of another verb negates no copying.
        "I haven't met Ruth yet, so I've cc'd Intro to connect you with",
        "No need to reply, I've cc'd Intro to connect you with",
        "I have added Intro to introduce you to",
    ],
)
def test_a_negation_of_something_else_leaves_the_handing_over(sentence: str) -> None:
    body = f"Hi Kenji,\n\n{sentence} Ruth Abernathy (ruth@helix.example)."
    result = understand(body + "\n\nPat", to="Kenji Mori <kenji@mori.example>", cc=AGENT)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == KENJI_RUTH
    assert result.confident


_HOFFMANN = "Sabine Hoffmann <s.hoffmann@uni.example>"
_HOFFMANN_ALBRECHT = {
    Party("Sabine Hoffmann", "s.hoffmann@uni.example"),
    Party("Jürgen Albrecht", "juergen.albrecht@mpinat.example"),
}


@pytest.mark.parametrize(
    "body",
    [
        "Liebe Frau Hoffmann,\n\nwie besprochen setze ich unseren Vermittlungsdienst in Kopie, "
        "damit er Sie mit Herrn Jürgen Albrecht in Verbindung bringt. Seine Adresse lautet: "
        "juergen.albrecht@mpinat.example\n\nIhre Ulrike Brandt",
        "Liebe Frau Hoffmann,\n\nich setze unseren Vermittlungsservice in Kopie, damit er Sie "
        "mit Herrn Jürgen Albrecht in Verbindung bringt. Seine Adresse lautet: "
        "juergen.albrecht@mpinat.example\n\nIhre Ulrike Brandt",
    ],
)
def test_the_agent_named_as_a_mediation_service_in_copy_is_handed_the_intro(body: str) -> None:
    result = understand(body, to=_HOFFMANN, cc=AGENT)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == _HOFFMANN_ALBRECHT
    assert result.confident


@pytest.mark.parametrize("agent_name", ["Vermittlungsdienst", "Intro-Assistenten"])
def test_the_agent_not_put_in_copy_after_its_name_is_handed_nothing(agent_name: str) -> None:
    result = understand(
        f"Liebe Frau Hoffmann,\n\nich setze unseren {agent_name} nicht in Kopie, damit er Sie "
        "mit Herrn Jürgen Albrecht in Verbindung bringt. Seine Adresse lautet: "
        "juergen.albrecht@mpinat.example\n\nIhre Ulrike Brandt",
        to=_HOFFMANN,
        cc=AGENT,
    )
    assert result.kind != "intro_request" or not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Dev, Hannah,\n\nI've copied in the little intro helper so it can do the proper "
        "introduction and check you're both happy to be put in touch. Hannah invests in tools.",
        "Dev, Hannah - Hannah invests in devtools. cc'ing my introduction tool to do the opt-in.",
        "Dev, Hannah,\n\nHannah investit dans les outils. Je mets en copie mon aide aux "
        "présentations, qui vous contactera.",
        "Dev, Hannah:\n\nHannah invierte en herramientas. Te copio a mi ayudante de "
        "presentaciones.",
        "Hallo Dev, hallo Hannah,\n\nHannah investiert in Tools. Ich setze meinen Intro-Helfer "
        "in Kopie.",
        "Oi Dev, oi Hannah!\n\nA Hannah investe em ferramentas. Coloquei meu ajudante de "
        "apresentações em cópia.",
        "Habari Dev na Hannah,\n\nHannah anawekeza kwenye zana. Nimeweka programu ya "
        "utambulisho kwenye nakala.",
    ],
)
def test_the_agent_named_as_a_helper_or_tool_is_handed_the_intro(body: str) -> None:
    result = understand(
        body + "\n\nJen",
        to="Dev Malhotra <dev@quarry.example>",
        cc=f"Hannah Lieb <hannah@northpine.example>, Intro Agent <{AGENT}>",
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == DEV_HANNAH
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A helper who is a person, and a helper named but not handed anything.
        "Dev, Hannah - looping in my helper Jo to find a time for the board call.",
        "Dev, Hannah - my intro helper is down this week, so see you both Friday.",
        "Dev, Hannah - I'd rather not loop in the intro helper on this one.",
        "Dev, Hannah - ich setze meinen Intro-Helfer nicht in Kopie.",
    ],
)
def test_a_helper_not_handed_the_intro_pairs_no_one(body: str) -> None:
    result = understand(
        body + "\n\nJen",
        to="Dev Malhotra <dev@quarry.example>",
        cc=f"Hannah Lieb <hannah@northpine.example>, Intro Agent <{AGENT}>",
    )
    assert not result.confident
