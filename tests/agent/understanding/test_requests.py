"""Understanding intro requests: direct, copied, forwarded, several pairs, and never guessing."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.message import Address, ParsedMessage, parse_message
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_matching import _coordinated
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party, RequestResult
from agent.understanding.request_reading import written_addresses
from agent.understanding.requests import compile_pattern, load_rules, understand_request

AGENT = "intro@introbot.net"


def mail(
    body: str,
    *,
    sender: str = "Ann Lee <ann@lee.example>",
    to: str = f"Intro Agent <{AGENT}>",
    cc: str | None = None,
    subject: str = "hello",
    headers: dict[str, str] | None = None,
) -> ParsedMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return parse_message(message.as_bytes())


def understand(body: str, **kwargs: object) -> RequestResult:
    book = kwargs.pop("book", None)
    assert book is None or isinstance(book, MemoryAddressBook)
    return understand_request(mail(body, **kwargs), AGENT, book)  # type: ignore[arg-type]


def pair_of(body: str) -> set[Party]:
    """The two parties of ``body``, read as an intro request, in either order."""
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a is not None
    assert result.b is not None
    return {result.a, result.b}


def confident_b(body: str) -> Party | None:
    """Party b of ``body``, which must read as a confident intro request."""
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident
    return result.b


def test_direct_request_with_address_in_parentheses() -> None:
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)? She is hiring."
    )
    assert result.kind == "intro_request"
    assert result.requester == Party("Ann Lee", "ann@lee.example")
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert result.b == Party("Priya Raman", "priya@lumen.example")
    assert result.confident


def test_two_third_parties_in_angle_brackets() -> None:
    result = understand(
        "Please introduce Dana Roe <dana@orbit.example> to Tom Hall <tom@hall.example>. "
        "Dana is raising a seed round and Tom invests in fintech."
    )
    assert (result.a, result.b) == (
        Party("Dana Roe", "dana@orbit.example"),
        Party("Tom Hall", "tom@hall.example"),
    )
    assert result.context == "Dana is raising a seed round and Tom invests in fintech"
    assert result.confident


def test_missing_address_is_not_confident() -> None:
    result = understand("Could you put me in touch with Patrick Doyle at Brightline?")
    assert result.kind == "intro_request"
    assert result.b == Party("Patrick Doyle", None)
    assert not result.confident


def test_first_name_resolved_by_address_book_only_when_unique() -> None:
    book = MemoryAddressBook(
        [Address("Nadia Petrova", "nadia@petrova.example"), Address("Oscar Lind", "o@lind.example")]
    )
    one = understand("Can you intro me to Nadia?", book=book)
    assert one.b == Party("Nadia Petrova", "nadia@petrova.example")
    assert one.confident
    book.add(Address("Oscar Ferreira", "oscar@ferreira.example"))
    two = understand("Can you intro me to Oscar?", book=book)
    assert two.b == Party("Oscar", None)
    assert not two.confident


def test_copied_agent_with_meet_takes_addresses_from_headers() -> None:
    result = understand(
        "Alice, meet Bob! Bob built the routing engine at Lyft.",
        to="Alice Moreau <alice@ferry.example>, Bob Chen <bob@chen.example>",
        cc=AGENT,
    )
    assert {result.a, result.b} == {
        Party("Alice Moreau", "alice@ferry.example"),
        Party("Bob Chen", "bob@chen.example"),
    }
    assert result.confident


def test_you_two_needs_exactly_two_other_recipients() -> None:
    two = understand(
        "Hi Nina and Omar, you two should talk.",
        to="Nina Berg <nina@frost.example>, Omar Haddad <omar@haddad.example>",
        cc=AGENT,
    )
    assert two.confident
    three = understand(
        "Hi all, you two should talk.",
        to="Nina <nina@frost.example>, Omar <omar@haddad.example>, Kim <kim@do.example>",
        cc=AGENT,
    )
    assert three.kind == "intro_request"
    assert not three.confident
    greeted = understand(
        "Hi Nina and Omar, you two should talk.",
        to="Nina <nina@frost.example>, Omar <omar@haddad.example>, Kim <kim@do.example>",
        cc=AGENT,
    )
    assert {greeted.a, greeted.b} == {
        Party("Nina", "nina@frost.example"),
        Party("Omar", "omar@haddad.example"),
    }
    assert greeted.confident


def test_you_two_is_not_certain_when_a_recipient_is_never_named() -> None:
    # The copied assistant is a recipient but not one of the two.
    result = understand(
        "Hi Nina, you two should talk.",
        to="Nina Berg <nina@frost.example>, Beth Carter <beth@lee.example>",
        cc=AGENT,
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_gmail_forward_makes_the_author_a_party() -> None:
    body = (
        "Can you do this one?\n\n"
        "---------- Forwarded message ---------\n"
        "From: Sam Ode <sam@ode.example>\n"
        "Date: Mon, May 13, 2024 at 4:12 PM\n"
        "Subject: favor\n"
        "To: Ann Lee <ann@lee.example>\n\n"
        "Would you introduce me to Bob Jones <bob@jones.example>? I'm raising.\n"
    )
    result = understand(body, subject="Fwd: favor")
    assert result.requester == Party("Ann Lee", "ann@lee.example")
    assert result.a == Party("Sam Ode", "sam@ode.example")
    assert result.b == Party("Bob Jones", "bob@jones.example")
    assert result.confident


def test_several_pairs_go_to_more() -> None:
    result = understand(
        "Please introduce Alan Cho <alan@cho.example> to Beth Rowe <beth@rowe.example>, "
        "and also connect Kofi Mensah <kofi@mensah.example> with Dana Levi <dana@levi.example>."
    )
    assert result.b == Party("Beth Rowe", "beth@rowe.example")
    assert len(result.more) == 1
    assert result.more[0].a == Party("Kofi Mensah", "kofi@mensah.example")
    assert result.confident


def test_one_uncertain_pair_makes_the_whole_request_not_confident() -> None:
    result = understand(
        "Please introduce Alan Cho <alan@cho.example> to Beth Rowe <beth@rowe.example>. "
        "And could you also introduce me to Marco?"
    )
    assert len(result.pairs) == 2
    assert not result.confident


def test_agent_is_never_a_party() -> None:
    result = understand(f"Please introduce me to {AGENT}.")
    assert not result.confident
    plus = understand("Please introduce me to Intro Bot <intro+a1b2@introbot.net>.")
    assert not plus.confident


def test_thanks_for_the_intro_is_not_a_request() -> None:
    result = understand(
        "Thanks so much for the intro to Bob! We are meeting next week.",
        subject="Re: Introduction: Sam <> Bob",
    )
    assert result.kind == "not_a_request"


def test_self_introduction_and_newsletters_are_not_requests() -> None:
    assert understand("Let me introduce myself: I run a sales agency.").kind == "not_a_request"
    newsletter = understand(
        "Meet 500 founders in Lisbon. Unsubscribe here.",
        headers={"List-Unsubscribe": "<mailto:u@news.example>"},
    )
    assert newsletter.kind == "not_a_request"


def test_out_of_office_is_not_a_request() -> None:
    result = understand(
        "I am out of the office until Monday. Please introduce me to nobody.",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert result.kind == "not_a_request"


def test_other_languages() -> None:
    french = understand("Pourriez-vous me présenter à Julien Moreau (julien@bois.example) ?")
    assert french.b == Party("Julien Moreau", "julien@bois.example")
    german = understand("Kannst du mich mit Anna Schmidt (anna@solar.example) bekannt machen?")
    assert german.b == Party("Anna Schmidt", "anna@solar.example")
    swahili = understand("Tafadhali nitambulishe kwa Baraka Mwangi (baraka@agri.example).")
    assert swahili.b == Party("Baraka Mwangi", "baraka@agri.example")
    assert french.confident and german.confident and swahili.confident


def test_command_is_recognised_before_requests() -> None:
    result = understand("Cancel #a1b2c3 please, Alan found someone.")
    assert (result.kind, result.command, result.context) == ("command", "cancel", "#a1b2c3")
    assert result.requester == Party("Ann Lee", "ann@lee.example")


def test_json_contract_key_order() -> None:
    result = understand("Could you introduce me to Priya Raman (priya@lumen.example)?")
    assert list(result.to_json()) == [
        "kind",
        "requester",
        "a",
        "b",
        "context",
        "confident",
        "more",
        "command",
    ]
    assert result.to_json()["b"] == {"name": "Priya Raman", "email": "priya@lumen.example"}


def test_pattern_compiler_reads_alternatives_optionals_and_slots() -> None:
    pattern = compile_pattern("introduce|intro {A} please? to {B+}")
    assert pattern.slots == {"A", "B"}
    assert pattern.elements[0].words == {"introduce", "intro"}
    assert pattern.elements[2].optional
    assert pattern.elements[-1].many


def test_every_language_file_has_patterns() -> None:
    rules = load_rules()
    assert len(rules.pair_patterns) > 60
    assert {"me", "mich", "moi", "mimi"} <= rules.self_words


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="@\x00"), max_size=300))
def test_never_confident_without_any_address(body: str) -> None:
    # Without an address in the text, the headers or the book nobody can be certain.
    result = understand_request(
        ParsedMessage(
            message_id=None,
            in_reply_to=(),
            references=(),
            subject=body,
            date=None,
            from_=(Address("Ann", "ann@lee.example"),),
            to=(Address("", AGENT),),
            cc=(),
            reply_to=(),
            headers={},
            content_type="text/plain",
            text="Please introduce Alice Smith to Bob Jones. " + body,
            html=None,
        ),
        AGENT,
    )
    # Whatever the noise makes of the mail, it cannot make anyone certain.
    assert not result.confident


def test_outlook_reply_quote_is_not_read_as_a_forward() -> None:
    # Outlook quotes the mail it answers under "From:/Sent:", as it forwards one.
    body = (
        "Not a good time for me, sorry Ann.\n\n"
        "From: Ann Lee <ann@lee.example>\nSent: Monday, May 13, 2024 9:00 AM\n"
        "To: Sam Ode <sam@ode.example>\nSubject: favor\n\n"
        "Sam, would you introduce me to Bob Jones <bob@jones.example>?\n"
    )
    assert understand(body, sender="Sam Ode <sam@ode.example>", subject="RE: favor").kind == (
        "not_a_request"
    )
    forwarded = understand(
        body.replace("Not a good time for me, sorry Ann.", "Please do."), subject="FW: favor"
    )
    assert forwarded.a == Party("Ann Lee", "ann@lee.example")
    assert forwarded.b == Party("Bob Jones", "bob@jones.example")


def test_a_list_may_repeat_the_word_before_it() -> None:
    result = understand(
        "Could you introduce me to Ana Reis (ana@reis.example) and to Carla Lobo "
        "(carla@lobo.example)? Both run food delivery."
    )
    pairs = [(result.a, result.b), *((p.a, p.b) for p in result.more)]
    assert {b.email for _, b in pairs if b} == {"ana@reis.example", "carla@lobo.example"}
    assert result.confident


def test_a_writer_on_someone_elses_behalf_is_not_the_one_introduced() -> None:
    result = understand(
        "I'm writing on behalf of Richard Cole, who would like to be introduced to "
        "Anika Shah (anika@shah.example).",
        sender="Megan Hale <megan@cole.example>",
    )
    assert result.kind == "intro_request"
    assert result.a != Party("Megan Hale", "megan@cole.example")
    assert not result.confident


def test_addresses_in_the_writers_signature_do_not_answer_for_a_name() -> None:
    result = understand(
        "Could you introduce me to Elena? Thanks.\n\nOliver\n\nOliver Brandt\n"
        "Brandt Media | Elena Voss, Office Manager: elena.voss@brandt.example\n",
        sender="Oliver Brandt <oliver@brandt.example>",
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email is None
    assert not result.confident


def test_a_forwarded_intro_noted_as_done_is_no_request() -> None:
    body = (
        "For your records - nothing needed.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Sara Lind <sara@lind.example>\n"
        "Subject: Intro\n"
        "To: Dan Volk <dan@volk.example>, Olle Berg <olle@berg.example>\n\n"
        "Dan, meet Olle! I'll let you two take it from here.\n"
    )
    assert understand(body, subject="Fwd: Intro").kind == "not_a_request"


THREE = (
    "Luis Romero <luis@romero.example>, Akira Sato <akira@sato.example>, "
    "Kate Byrne <kate@byrne.example>"
)


def test_a_name_called_before_you_says_who_you_is() -> None:
    result = understand(
        "Hi all, hoping two of you can connect - Luis, you should really meet Akira.",
        to=THREE,
        cc=f"Intro Agent <{AGENT}>",
    )
    assert {result.a, result.b} == {
        Party("Luis Romero", "luis@romero.example"),
        Party("Akira Sato", "akira@sato.example"),
    }
    assert result.confident


def test_you_among_three_recipients_with_no_name_called_is_unknown() -> None:
    result = understand(
        "Hi all, you should really meet Akira.", to=THREE, cc=f"Intro Agent <{AGENT}>"
    )
    assert not result.confident


def test_please_connect_alone_asks_for_the_two_greeted() -> None:
    result = understand(
        "Rosa, Mikhail,\n\nPlease connect - Rosa needs a Postgres expert.\n\nIan",
        to="Rosa Lind <rosa@lind.example>",
        cc=f"Mikhail Petrov <mikhail@petrov.example>, Intro Agent <{AGENT}>",
    )
    assert {result.a, result.b} == {
        Party("Rosa Lind", "rosa@lind.example"),
        Party("Mikhail Petrov", "mikhail@petrov.example"),
    }
    assert result.confident


def test_please_connect_before_a_person_is_no_whole_request() -> None:
    result = understand("Please connect me with Bob Ray <bob@ray.example>, thanks.")
    assert result.b == Party("Bob Ray", "bob@ray.example")
    assert result.confident


def test_a_name_typed_in_lower_case_before_its_address() -> None:
    result = understand("hi can u intro me to james holloway james@holloway.example thx")
    assert result.b is not None and result.b.email == "james@holloway.example"
    assert result.confident


def test_a_surname_after_a_title_names_one_person() -> None:
    result = understand(
        "Bitte stellen Sie Frau Yilmaz Herrn Becker vor.",
        cc="Aylin Yilmaz <aylin@yilmaz.example>, Stefan Becker <stefan@becker.example>",
    )
    assert {result.a, result.b} == {
        Party("Aylin Yilmaz", "aylin@yilmaz.example"),
        Party("Stefan Becker", "stefan@becker.example"),
    }
    assert result.confident


def test_a_surname_without_a_title_stays_uncertain() -> None:
    result = understand(
        "Could you introduce Yilmaz to Becker?",
        cc="Aylin Yilmaz <aylin@yilmaz.example>, Stefan Becker <stefan@becker.example>",
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_arrows_and_double_opt_in_between() -> None:
    arrow = understand("Me -> Priya Nair (priya@nair.example). Thx.")
    assert arrow.b == Party("Priya Nair", "priya@nair.example") and arrow.confident
    opt_in = understand("Could you run a double opt-in between Selin Ak (selin@ak.example) and me?")
    assert {opt_in.a, opt_in.b} == {
        Party("Ann Lee", "ann@lee.example"),
        Party("Selin Ak", "selin@ak.example"),
    }


def test_a_french_article_is_no_pronoun() -> None:
    result = understand(
        "Venez rencontrer les fondateurs de notre programme jeudi soir.",
        sender="Agnès Roy <agnes@roy.example>",
    )
    assert result.kind == "not_a_request"


def test_her_before_a_described_person_is_a_determiner() -> None:
    result = understand(
        "Could you introduce me to her cofounder Jane Park (jane@park.example)?",
        sender="Ann Lee <ann@lee.example>",
    )
    assert result.b == Party("Jane Park", "jane@park.example")
    assert result.confident


def test_her_as_a_pronoun_still_reads() -> None:
    result = understand(
        "Maria Santos (maria@santos.example) speaks at the summit. "
        "Could you connect me with her before then?"
    )
    assert result.b == Party("Maria Santos", "maria@santos.example")
    assert result.confident


def test_to_both_opens_a_list() -> None:
    result = understand(
        "Could you introduce Pedro Soto (pedro@soto.example) to both Marta Vega "
        "(marta@vega.example) and Lucas Prado (lucas@prado.example)?"
    )
    pairs = {frozenset((p.a.email, p.b.email)) for p in result.more if p.a and p.b}
    assert result.a is not None and result.b is not None
    pairs.add(frozenset((result.a.email, result.b.email)))
    assert pairs == {
        frozenset(("pedro@soto.example", "marta@vega.example")),
        frozenset(("pedro@soto.example", "lucas@prado.example")),
    }
    assert result.confident


def test_two_people_listed_with_a_semicolon() -> None:
    two = understand("Connect these two: Ann Roe <ann@roe.example>; Bob Ray <bob@ray.example>.")
    assert {two.a, two.b} == {
        Party("Ann Roe", "ann@roe.example"),
        Party("Bob Ray", "bob@ray.example"),
    }
    assert two.confident
    three = understand(
        "Connect these two: Ann Roe <ann@roe.example>; Bob Ray <bob@ray.example>; "
        "Cy Do <cy@do.example>."
    )
    assert not three.confident


def test_someone_written_with_an_address_but_in_no_pair_makes_it_a_question() -> None:
    result = understand(
        "Could you connect me with Juha Virtanen <juha@virtanen.example>? Though his "
        "colleague Aino (aino@virtanen.example) may know the market better."
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_colleague_of_the_writer_is_no_left_out_party() -> None:
    result = understand(
        "Please introduce me to Lorenzo Ferri (lorenzo@ferri.example). My EA Jenny "
        "(jenny@lee.example) is cc'd and will handle scheduling.",
        sender="Ann Lee <ann@lee.example>",
    )
    assert result.b == Party("Lorenzo Ferri", "lorenzo@ferri.example")
    assert result.confident


def test_a_public_mail_service_makes_no_colleague() -> None:
    result = understand(
        "Please introduce me to Lorenzo Ferri (lorenzo@gmail.com); my friend Jo "
        "(jo@gmail.com) may join too.",
        sender="Ann Lee <ann.lee@gmail.com>",
    )
    assert not result.confident


def test_put_together_and_french_me_la_presenter() -> None:
    together = understand("Could you put me together with Arun Pillai (arun@pillai.example)?")
    assert together.b == Party("Arun Pillai", "arun@pillai.example") and together.confident
    french = understand(
        "Tu connais Marion Girard ? Tu pourrais me la présenter ? marion@girard.example",
        sender="Pierre Roy <pierre@roy.example>",
    )
    assert {french.a, french.b} == {
        Party("Pierre Roy", "pierre@roy.example"),
        Party("Marion Girard", "marion@girard.example"),
    }


def test_the_one_an_assistant_writes_for_named_in_a_relative_clause() -> None:
    result = understand(
        "I'm writing on behalf of Richard Corvid, who would like to be introduced to "
        "Anika Sharma (anika@sharma.example). Richard is cc'd here.",
        sender="Megan Hale <megan@corvid.example>",
        cc="Richard Corvid <richard@corvid.example>",
    )
    assert {result.a, result.b} == {
        Party("Richard Corvid", "richard@corvid.example"),
        Party("Anika Sharma", "anika@sharma.example"),
    }
    assert result.confident
    french = understand(
        "Je vous écris de la part de Paul Morel, qui aimerait rencontrer Léa Roux "
        "(lea@roux.example).",
        sender="Inès Petit <ines@morel.example>",
        cc="Paul Morel <paul@morel.example>",
    )
    assert {french.a, french.b} == {
        Party("Paul Morel", "paul@morel.example"),
        Party("Léa Roux", "lea@roux.example"),
    }


def test_a_stranger_asking_to_meet_the_reader_asks_for_no_introduction() -> None:
    result = understand(
        "Let me introduce myself: I'm Tariq, founder of Loop Robotics. Would love to meet "
        "you for 15 minutes next week."
    )
    assert result.kind == "not_a_request"
    # Meeting "you two" is still an introduction.
    copied = understand(
        "Would love to meet you two for a chat, maybe with the three of us?",
        to="Bo Chen <bo@chen.example>, Di Wu <di@wu.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert copied.kind == "intro_request"


def test_a_thunderbird_forward_in_french_names_its_author() -> None:
    result = understand(
        "Peux-tu mettre Élodie en relation avec Marc ? Voir ci-dessous.\n\n"
        "-------- Message transféré --------\n"
        "Sujet : Recherche investisseur\nDate : Mon, 1 Sep 2025 10:00:00 +0200\n"
        "De : Élodie Martin <elodie@martin.example>\nPour : Ann Lee <ann@lee.example>\n\n"
        "Tu m'avais parlé de Marc Lefèvre (marc@lefevre.example), j'aimerais le rencontrer.",
        subject="Tr: Recherche investisseur",
    )
    assert {result.a, result.b} == {
        Party("Élodie Martin", "elodie@martin.example"),
        Party("Marc Lefèvre", "marc@lefevre.example"),
    }
    assert result.confident


def test_a_numbered_list_of_pairs_gives_one_pair_per_item() -> None:
    result = understand(
        "A few intros please:\n\n"
        "1) Sofia Rossi <sofia@rossi.example> and Jan Novak <jan@novak.example> - both build "
        "dev tools\n"
        "2) Me and Amara Okoye (amara@okoye.example)\n"
        "3) Liam Byrne <liam@byrne.example> to Chen Wei <chen@wei.example>\n\nThanks!"
    )
    assert [(pair.a.email, pair.b.email) for pair in result.pairs] == [
        ("sofia@rossi.example", "jan@novak.example"),
        ("ann@lee.example", "amara@okoye.example"),
        ("liam@byrne.example", "chen@wei.example"),
    ]
    assert result.confident
    assert result.context == "both build dev tools"


def test_a_list_of_people_without_an_ask_or_addresses_is_no_request() -> None:
    result = understand(
        "Speakers this year:\n- Ann Lee and Bob Chen on payments\n- Carol Diaz with Dan Wu"
    )
    assert result.kind == "not_a_request"


def test_the_reason_may_follow_a_short_aside_or_an_address() -> None:
    result = understand(
        "Could you introduce me to Viktor? He's cc'd. I'm looking for advice on research grants.",
        cc="Viktor Hansen <viktor@hansen.example>",
    )
    assert result.context == "I'm looking for advice on research grants"
    listed = understand(
        "Please introduce me to Ahmed Karimi <ahmed@karimi.example>.\n\nWhy:\n"
        "- he is rebuilding the bank's HR stack\n- we built the same at two banks\n\nThanks"
    )
    assert listed.context is not None and "rebuilding the bank's HR stack" in listed.context


def test_a_sentence_may_carry_on_the_request_before_it() -> None:
    same_asker = understand(
        "Please introduce me to Keiko Sato (keiko@mizu.example), she leads partnerships. "
        "And also to her colleague Ren Ito (ren@mizu.example) if possible."
    )
    assert [(pair.a.email, pair.b.email) for pair in same_asker.pairs] == [
        ("ann@lee.example", "keiko@mizu.example"),
        ("ann@lee.example", "ren@mizu.example"),
    ]
    assert same_asker.confident
    both_named = understand(
        "Please introduce Karim Aziz (karim@aziz.example) to Rami Haddad (rami@haddad.example). "
        "And also Karim to Dina Farouk (dina@farouk.example)."
    )
    assert [(pair.a.email, pair.b.email) for pair in both_named.pairs] == [
        ("karim@aziz.example", "rami@haddad.example"),
        ("karim@aziz.example", "dina@farouk.example"),
    ]
    in_one_list = understand(
        "Could you connect me with Juha Virtanen <juha@virtanen.example> and also with his "
        "colleague Aino (aino@virtanen.example)?"
    )
    assert len(in_one_list.pairs) == 2 and in_one_list.confident


def test_yes_please_with_an_ask_to_the_agent_alone_is_a_request() -> None:
    body = (
        "Yes please, intro me to Sara Lindqvist (sara@lindqvist.example)!\n\n"
        "On Mon, Sep 1, 2025 at 8:02 PM Priya Raman <priya@raman.example> wrote:\n"
        "> Want an intro to Sara?\n"
    )
    offered = understand(body, subject="Re: fintech folks", headers={"In-Reply-To": "<x@gmail>"})
    assert offered.kind == "intro_request" and offered.confident
    assert offered.b == Party("Sara Lindqvist", "sara@lindqvist.example")
    # Answering the agent's own question, agreeing is only agreeing.
    to_agent = understand(
        "Yes please, I'd love to meet Sara Lindqvist (sara@lindqvist.example)!",
        subject="Re: Would you like an intro to Sara?",
        headers={"In-Reply-To": "<optin-1@introbot.net>"},
    )
    assert to_agent.kind == "not_a_request"


def test_talk_of_addresses_and_other_asks_is_no_reason() -> None:
    aside = understand(
        "Could you connect Youssef Benali <youssef@benali.example> with Claire Dubois "
        "<claire@dubois.example>? Claire runs the accelerator in Lyon, I don't have her "
        "current address, sorry."
    )
    assert aside.context == "Claire runs the accelerator in Lyon"
    after_address = understand(
        "kannst du mich bitte Katrin Schulz vorstellen? katrin@schulz.example - wir suchen "
        "Büroflächen in Hamburg."
    )
    assert after_address.context == "wir suchen Büroflächen in Hamburg"
    two_asks = understand(
        "Please introduce Karim Aziz (karim@aziz.example) to Rami Haddad "
        "(rami@haddad.example). And also Karim to Dina Farouk (dina@farouk.example)."
    )
    assert two_asks.context is None


def test_introducing_yourself_or_a_product_asks_for_no_introduction() -> None:
    call = understand(
        "Sounds good. Can you introduce yourself at the start of the call?",
        subject="Re: call prep",
        headers={"In-Reply-To": "<k2@lee.example>"},
    )
    assert call.kind == "not_a_request"
    product = understand(
        "Here's a quick look at what changes on October 1.",
        sender="Acme <news@acme.example>",
        subject="An introduction to our new pricing",
    )
    assert product.kind == "not_a_request"


def test_more_ways_to_write_a_pair() -> None:
    for body in (
        "Could you link up Ann Roe <ann@roe.example> with Bob Ray <bob@ray.example>?",
        "Please do a double opt-in intro: Ann Roe <ann@roe.example> / Bob Ray <bob@ray.example>",
    ):
        result = understand(body, sender="Cy Do <cy@do.example>")
        assert {result.a, result.b} == {
            Party("Ann Roe", "ann@roe.example"),
            Party("Bob Ray", "bob@ray.example"),
        }
        assert result.confident


def test_product_news_and_group_chatter_ask_for_no_introduction() -> None:
    for body in (
        "Wir möchten Ihnen unser neues Produkt vorstellen.",
        "Get to know our new features in this short video.",
        "Please introduce yourselves in the #general channel.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_thanks_for_an_intro_in_the_past_tense_is_no_request() -> None:
    for body in (
        "Danke, dass du mich mit Bob Ray bekannt gemacht hast!",
        "Merci de m'avoir présenté Bob Ray !",
        "Gracias por haberme presentado a Bob Ray.",
        "Obrigado por ter me apresentado ao Bob Ray!",
    ):
        assert understand(body).kind == "not_a_request", body


def test_contractions_are_no_names() -> None:
    rules = load_rules()
    items = tokenize("He'd like to meet O'Neil. We're in.", rules)
    names = [item.name for item in items if item.kind == "name"]
    assert names == ["O'Neil"]


def test_copied_intros_written_as_a_wish_or_in_portuguese() -> None:
    two = "Bob Ray <bob@ray.example>, Cy Dunn <cy@dunn.example>"
    for body in (
        "Hi Bob and Cy, I'd love for you to connect - Cy is hiring drone pilots.",
        "Bob, Cy, quero apresentar vocês: o Bob faz drones.",
    ):
        result = understand(body, to=two, cc=f"Intro Agent <{AGENT}>")
        assert {result.a, result.b} == {
            Party("Bob Ray", "bob@ray.example"),
            Party("Cy Dunn", "cy@dunn.example"),
        }, body
        assert result.confident


def test_a_list_item_saying_something_of_two_people_is_no_pair() -> None:
    result = understand(
        "Could you introduce me to Carol Diaz (carol@diaz.example)?\n\nOur team:\n"
        "- Ann Roe (ann@roe.example) and Bob Ray (bob@ray.example) run sales\n"
        "- Cy Dunn (cy@dunn.example) does support"
    )
    assert [(pair.a.email, pair.b.email) for pair in result.pairs] == [
        ("ann@lee.example", "carol@diaz.example")
    ]
    # Ann, Bob and Cy are written with addresses but in no pair: the agent asks.
    assert not result.confident


def test_more_everyday_asks_in_french_spanish_and_german() -> None:
    for body in (
        "Salut, tu peux me brancher avec Cy Dunn (cy@dunn.example) ?",
        "¿Me puedes contactar con Cy Dunn (cy@dunn.example)? Necesito asesoría.",
        "Könnten Sie mich bitte mit Cy Dunn (cy@dunn.example) in Kontakt bringen?",
    ):
        result = understand(body)
        assert (result.a, result.b) == (
            Party("Ann Lee", "ann@lee.example"),
            Party("Cy Dunn", "cy@dunn.example"),
        ), body
        assert result.confident


def test_event_and_sales_mail_asks_for_no_introduction() -> None:
    for body in (
        "Venez rencontrer notre équipe au salon VivaTech, stand B12.",
        "Join 2,000 founders and get introduced to top investors at SaaStr.",
        "Want an intro to our sales team? Book a demo below.",
    ):
        assert understand(body, sender="News <news@events.example>").kind == "not_a_request", body


def test_a_name_placed_after_at_in_a_description_is_no_person() -> None:
    result = understand("Could you introduce me to my old friend at Stripe?")
    # An ask for an intro, to someone the agent must ask about: "Stripe" is no one.
    assert result.kind == "intro_request"
    assert result.b is None
    assert not result.confident
    named = understand(
        "Could you introduce me to my old friend at Stripe, Ann Roe (ann@roe.example)?"
    )
    assert named.b == Party("Ann Roe", "ann@roe.example")


def test_an_address_with_capitals_after_a_dot_is_read_whole() -> None:
    result = understand("Could you introduce me to John Smith (John.Smith@Contoso.co.UK)?")
    assert result.b == Party("John Smith", "John.Smith@Contoso.co.UK")
    assert result.confident


def test_someone_named_for_their_help_carries_on_no_request() -> None:
    result = understand(
        "Please introduce me to Carol Diaz (carol@diaz.example). And with Bob's help we "
        "could close the round."
    )
    assert [(pair.a.email, pair.b.email) for pair in result.pairs] == [
        ("ann@lee.example", "carol@diaz.example")
    ]
    assert result.confident


def test_someone_and_i_needing_something_is_no_pair() -> None:
    # "{A} and {B} need" once read "Sarah and I need to move our call" as an ask.
    result = understand(
        "Hi both, Sarah and I need to move our call to Thursday 3pm. Sorry!",
        to="Sarah Kim <sarah@kim.example>, Tom Ode <tom@ode.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert result.kind == "not_a_request"
    # Needing to meet is still an ask.
    result = understand(
        "Sarah Kim <sarah@kim.example> and Tom Ode <tom@ode.example> really need to meet."
    )
    assert {result.a, result.b} == {
        Party("Sarah Kim", "sarah@kim.example"),
        Party("Tom Ode", "tom@ode.example"),
    }
    assert result.confident


def test_someones_assistant_is_not_the_one_to_introduce() -> None:
    result = understand(
        "Hello, I'm Marc's assistant. Marc would like an intro to Sofia Ricci, "
        "sofia@ricci.example, about the Milan office.",
        sender="Beth Cole <beth@orbit.example>",
        cc="Marc Orbit <marc@orbit.example>",
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Sofia Ricci", "sofia@ricci.example")
    assert result.a != Party("Beth Cole", "beth@orbit.example")
    assert not result.confident


def test_a_lower_case_name_spelled_by_an_address_in_the_next_sentence() -> None:
    result = understand(
        "hi, could you connect me with oskar lind? his email is oskar@lind.example. "
        "we both build heat pumps."
    )
    # Spelled whole by the address, the name is written with its capitals.
    assert result.b == Party("Oskar Lind", "oskar@lind.example")
    assert result.context == "we both build heat pumps"
    assert result.confident


def test_lower_case_words_an_address_does_not_spell_are_no_name() -> None:
    # The surname is not in the address: nothing bears the words out as a person.
    assert not understand("could you connect me with oskar berg? oskar@lind.example").confident
    assert not understand("could you connect me with the sales team? sales@team.example").confident


@pytest.mark.parametrize(
    "body",
    [
        "hey - can u get me in front of marcus bell? mbell@greyharbor.example . he invests",
        "could you intro me to marcus bell - m.bell@greyharbor.example",
        "tu peux me présenter marcus bell ? mbell@greyharbor.example merci",
        "¿me presentas a marcus bell? mbell@greyharbor.example gracias",
        "kannst du mich mit marcus bell (mbell@greyharbor.example) bekannt machen?",
        "pode me apresentar ao marcus bell? mbell@greyharbor.example valeu",
        "tafadhali unitambulishe kwa marcus bell: mbell@greyharbor.example asante",
    ],
)
def test_a_lower_case_name_before_an_address_of_its_initial_and_surname(body: str) -> None:
    result = understand(body)
    address = next(word for word in body.split() if "@" in word).strip("()")
    assert result.b is not None, body
    assert ((result.b.name or "").casefold(), result.b.email) == ("marcus bell", address), body
    assert result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        # Another initial, or the address further on: nothing bears the first name out.
        "can u get me in front of marcus bell? jbell@greyharbor.example",
        "can u get me in front of marcus bell? he invests. mbell@greyharbor.example",
        # A word that is no name before the surname.
        "can u get me in front of my bell? mbell@greyharbor.example",
    ],
)
def test_a_lower_case_name_an_initialled_address_does_not_bear_out_is_none(body: str) -> None:
    result = understand(body)
    assert not result.confident, body
    assert result.b is None or (result.b.name or "").casefold() != "marcus bell", body


def test_a_short_sentence_about_the_person_is_the_reason() -> None:
    result = understand("Could you introduce me to Cy Ware (cy@ware.example)? Cy insures drones.")
    assert result.context == "Cy insures drones"
    # Three words of small talk are none.
    result = understand("Could you introduce me to Cy Ware (cy@ware.example)? See you soon.")
    assert result.context is None


def test_the_body_gives_the_reason_for_a_pair_named_in_the_subject() -> None:
    result = understand(
        "Hi Ola, hi Tim!\n\nOla builds payroll software for small firms.\n\nWale",
        subject="Ola <> Tim",
        to="Ola Bello <ola@bello.example>, Tim Baker <tim@baker.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert {result.a, result.b} == {
        Party("Ola Bello", "ola@bello.example"),
        Party("Tim Baker", "tim@baker.example"),
    }
    assert result.context == "Ola builds payroll software for small firms"


_ANA = "Ana Ruiz <ana@ruiz.example>"
_LUIS = "Luis Herrera <luis@herrera.example>"


def test_two_who_must_or_need_to_do_something_else_are_no_pair() -> None:
    # "{A} and {B} must|need|tienen|doivent|müssen|precisam" once paired two people
    # whatever they had to do; only meeting or talking asks for an intro.
    for joined_by, rest in (
        ("and", "must sign the NDA today."),
        ("and", "should sign the lease."),
        ("y", "tienen una reunión el lunes."),
        ("et", "doivent payer la facture."),
        ("und", "müssen die Rechnung zahlen."),
        ("e", "precisam de um contador."),
        ("und", "sollten die Rechnung zahlen."),
        ("y", "deberían pagar la factura."),
        ("et", "devraient payer la facture."),
    ):
        body = f"{_ANA} {joined_by} {_LUIS} {rest}"
        assert understand(body).kind == "not_a_request", body


def test_two_who_must_or_need_to_meet_are_a_pair() -> None:
    for body in (
        f"{_ANA} and {_LUIS} should really talk.",
        f"{_ANA} and {_LUIS} must meet.",
        f"{_ANA} y {_LUIS} tienen que conocerse.",
        f"{_ANA} et {_LUIS} doivent absolument se rencontrer.",
        f"{_ANA} und {_LUIS} müssen sich unbedingt kennenlernen.",
        f"{_ANA} e {_LUIS} precisam conversar.",
        f"{_ANA} und {_LUIS} sollten sich mal treffen.",
        f"{_ANA} y {_LUIS} deberían conocerse.",
        f"{_ANA} et {_LUIS} gagneraient à se connaître.",
    ):
        result = understand(body)
        assert {result.a, result.b} == {
            Party("Ana Ruiz", "ana@ruiz.example"),
            Party("Luis Herrera", "luis@herrera.example"),
        }, body
        assert result.confident, body


def test_meet_me_at_a_place_is_an_appointment() -> None:
    result = understand(
        "Luis, meet me at the station at 5.",
        to=f"{_ANA}, {_LUIS}",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert result.kind == "not_a_request"


def test_a_colleagues_wish_is_not_the_writers() -> None:
    result = understand("My colleague would love an intro to Luis Herrera (luis@herrera.example).")
    assert result.b == Party("Luis Herrera", "luis@herrera.example")
    assert result.a != Party("Ann Lee", "ann@lee.example")
    assert not result.confident
    # The writer's company or team wishing is the writer's own wish.
    result = understand(
        "Need an intro to Hemi Walker - hemi@walker.example. Our knitwear brand wants "
        "merino direct from a farm."
    )
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert result.confident


def test_an_offer_to_introduce_asks_nothing() -> None:
    result = understand(
        "If you ever want an intro to Luis Herrera (luis@herrera.example), let me know."
    )
    assert result.kind == "not_a_request"


def test_a_colleagues_wish_is_not_the_writers_in_other_languages() -> None:
    for body in (
        "Meu sócio gostaria de conhecer Luis Herrera (luis@herrera.example).",
        "Meine Chefin würde gerne Luis Herrera (luis@herrera.example) kennenlernen.",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.a != Party("Ann Lee", "ann@lee.example"), body
        assert not result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        "Könnten Sie mich mit Frau Yilmaz bekannt machen? Mein Sohn Jonas braucht bis zu den "
        "Zeugnissen dringend Unterstützung.",
        "My son needs help with maths. Could you introduce me to Mrs Yilmaz?",
        "Mon fils cherche un stage. Pourriez-vous me présenter à Mme Yilmaz ?",
        "Mi hijo necesita ayuda con las matemáticas. ¿Podría presentarme a la Sra. Yilmaz?",
        "Meu filho precisa de ajuda em matemática. Pode me apresentar à Sra. Yilmaz?",
    ],
)
def test_a_need_of_the_writers_family_beside_their_own_ask_is_their_reason(body: str) -> None:
    result = understand(body)
    assert result.a == Party("Ann Lee", "ann@lee.example"), body
    assert result.b is not None and result.b.name == "Yilmaz", body
    assert not result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        # The need is to meet someone: the one written for wishes it.
        "My colleague would love to meet Bob Ray (bob@ray.example). Could you introduce me?",
        "Meine Chefin würde gerne Bob Ray (bob@ray.example) kennenlernen. Könnten Sie mich "
        "vorstellen?",
        # No ask naming the writer: "me" of "let me know" asks nothing.
        "My colleague needs help with sales. Intro to Bob Ray (bob@ray.example)? Let me know.",
    ],
)
def test_a_wish_to_meet_or_an_ask_not_naming_the_writer_stays_someone_elses(body: str) -> None:
    result = understand(body)
    assert result.a != Party("Ann Lee", "ann@lee.example"), body
    assert not result.confident, body


def test_with_shortened_to_w_slash() -> None:
    result = understand("pls connect me w/ Mark Jones - mark@jones.example")
    assert result.b == Party("Mark Jones", "mark@jones.example")
    assert result.confident


def test_telling_someone_to_meet_a_person_at_a_place_or_time_is_an_appointment() -> None:
    for body in (
        "Ann Lee (ann@lee.example), meet Bob Marsh (bob@marsh.example) at the entrance at 9.",
        "Meet Bob Marsh (bob@marsh.example) downstairs at 9.",
        "Ana Lee (ana@lee.example), conoce a Bob Marsh (bob@marsh.example) en la oficina a las 10.",
        "Ana Lee (ana@lee.example), conheça o Bob Marsh (bob@marsh.example) no escritório às 10.",
    ):
        assert understand(body).kind == "not_a_request", body
    # A description after the one to meet, or the writer's own wish, still asks.
    for body in (
        "Ann Lee (ann@lee.example), meet Bob Marsh (bob@marsh.example) at Stripe, he leads "
        "payments.",
        "Could you introduce me to Bob Marsh (bob@marsh.example)? I'd love to meet him at the "
        "summit.",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.b == Party("Bob Marsh", "bob@marsh.example"), body
        assert result.confident, body


def test_two_who_already_met_are_no_request() -> None:
    for body in (
        "No need for an intro - you two already met at Web Summit, Clara Diaz and Jonas Berg "
        "sat at the same table.",
        "Pas besoin de les présenter : Paul Girard et Inès Morel se sont déjà rencontrés.",
        "Ana Lee (ana@lee.example) y Bob Marsh (bob@marsh.example) ya se conocen.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_declining_or_refusing_an_intro_asks_nothing() -> None:
    for body in (
        "Sorry, I can't connect you with Tom Reed (tom@reed.example) - he asked me not to.",
        "Please stop connecting me with Bob Marsh (bob@marsh.example).",
        "Ann Lee (ann@lee.example) asked me not to introduce her to Bob Marsh (bob@marsh.example).",
        "Je ne peux pas te présenter Bob Marsh (bob@marsh.example), il est en congé.",
        "Arrête de me présenter à Bob Marsh (bob@marsh.example) stp.",
        "No puedo presentarte a Bob Marsh (bob@marsh.example), está de baja.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_two_who_should_meet_at_a_place_to_swap_shifts_are_no_pair() -> None:
    result = understand(
        "Andrea and Mikael should meet at the booth at 3pm to swap shifts; Andrea has the "
        "badge scanner."
    )
    assert result.kind == "not_a_request"


def test_two_sent_to_talk_with_someone_else_are_no_pair() -> None:
    for body in (
        "Ann Lee (ann@lee.example) and Bob Marsh (bob@marsh.example) should talk to the "
        "lawyer before signing.",
        "Ana Lee (ana@lee.example) y Bob Marsh (bob@marsh.example) deberían hablar con el "
        "abogado antes de firmar.",
    ):
        result = understand(body)
        assert result.kind == "not_a_request", body
    # Talking to each other, or meeting to discuss something, still pairs them.
    for body in (
        "Ann Lee (ann@lee.example) and Bob Marsh (bob@marsh.example) should talk to each "
        "other about batteries.",
        "Ann Lee (ann@lee.example) and Bob Marsh (bob@marsh.example) should meet to discuss "
        "batteries.",
    ):
        result = understand(body)
        assert result.a == Party("Ann Lee", "ann@lee.example"), body
        assert result.b == Party("Bob Marsh", "bob@marsh.example"), body
        assert result.confident, body


def test_catching_up_is_between_people_who_know_each_other() -> None:
    result = understand("Bob Marsh (bob@marsh.example) and I should catch up over the phone.")
    assert not (result.kind == "intro_request" and result.confident)


def test_asking_whether_an_intro_happened_or_introducing_a_speaker_asks_nothing() -> None:
    for body in (
        "Did Ann ever get introduced to Bob Marsh (bob@marsh.example)?",
        "Can you introduce the speaker, Bob Marsh (bob@marsh.example), at the event?",
        "Peux-tu présenter l'intervenant, Bob Marsh (bob@marsh.example), demain ?",
    ):
        assert understand(body).kind == "not_a_request", body


def test_swahili_two_who_should_do_something_else_are_no_pair() -> None:
    result = understand(
        "Ann Lee (ann@lee.example) na Bob Marsh (bob@marsh.example) wanapaswa kulipa."
    )
    assert result.kind == "not_a_request"
    result = understand(
        "Ann Lee (ann@lee.example) na Bob Marsh (bob@marsh.example) wanapaswa kukutana."
    )
    assert result.b == Party("Bob Marsh", "bob@marsh.example")
    assert result.confident


def test_an_intro_someone_else_offered_asks_nothing() -> None:
    result = understand(
        "Ann Lee (ann@lee.example) offered to introduce me to Bob Marsh (bob@marsh.example)."
    )
    assert result.kind == "not_a_request"


def test_two_told_to_meet_at_a_place_and_time_are_no_request() -> None:
    for body in (
        "Ustedes dos deberían verse en la estación a las 8.",
        "Ana Lee (ana@lee.example) y Bob Marsh (bob@marsh.example) deberían verse en la "
        "estación a las 8.",
    ):
        result = understand(
            body, to="Bob Marsh <bob@marsh.example>, Carla Mendes <carla@mendes.example>"
        )
        assert result.kind == "not_a_request", body
    result = understand(
        "Ustedes dos deberían verse. Carla exporta café y Bob lo tuesta.",
        to="Bob Marsh <bob@marsh.example>, Carla Mendes <carla@mendes.example>",
    )
    assert result.kind == "intro_request"


def test_the_two_written_to_told_to_do_something_else_are_no_request() -> None:
    two = "Bob Marsh <bob@marsh.example>, Carla Mendes <carla@mendes.example>"
    for body in (
        "You two should sign the contract by Friday.",
        "Ihr zwei solltet mit der Buchhaltung sprechen.",
        "Vous deux devriez parler au comptable avant vendredi.",
        "Vocês dois deveriam falar com o advogado antes de assinar.",
        "Nyinyi wawili mnapaswa kulipa ankara leo.",
    ):
        assert understand(body, to=two, cc=f"Intro Agent <{AGENT}>").kind == "not_a_request", body
    for body in (
        "You two should definitely meet - Bob builds drones and Carla insures them.",
        "You two should get to know each other, Carla exports coffee.",
        "Ihr zwei solltet euch unbedingt kennenlernen, Carla exportiert Kaffee.",
        "Ustedes dos deberían conocerse, Carla exporta café.",
    ):
        result = understand(body, to=two, cc=f"Intro Agent <{AGENT}>")
        assert result.kind == "intro_request", body
        assert {result.a, result.b} == {
            Party("Bob Marsh", "bob@marsh.example"),
            Party("Carla Mendes", "carla@mendes.example"),
        }, body


def test_the_two_written_to_told_to_talk_with_someone_else_are_no_request() -> None:
    two = "Bob Marsh <bob@marsh.example>, Carla Mendes <carla@mendes.example>"
    for body in (
        "Bob, Carla, mnapaswa kuzungumza na fundi kuhusu bei ya mbao kabla ya Ijumaa.",
        "Nyinyi wawili mnapaswa kuongea na mhasibu leo.",
        "Bob, Carla - you two should talk to the lawyer before Friday.",
        "Vocês dois deveriam conversar com a contadora amanhã.",
        "Ustedes dos deberían hablar con el abogado.",
        "Ihr zwei solltet mit der Buchhaltung sprechen.",
        # Named, so copied intake could pair them: a sentence told something else does not.
        "Bob, Carla, ihr zwei solltet euch mal den neuen Drucker ansehen, bevor wir bestellen.",
        "Bob, Carla - you two should sign the contract by Friday.",
    ):
        assert understand(body, to=two, cc=f"Intro Agent <{AGENT}>").kind == "not_a_request", body
    for body in (
        "Nyinyi wawili mnapaswa kuzungumza, Carla anauza kahawa na Bob anaichoma.",
        "Nyinyi wawili mnapaswa kuzungumza na kushirikiana, Carla anauza kahawa.",
    ):
        result = understand(body, to=two, cc=f"Intro Agent <{AGENT}>")
        assert result.kind == "intro_request", body
        assert {result.a, result.b} == {
            Party("Bob Marsh", "bob@marsh.example"),
            Party("Carla Mendes", "carla@mendes.example"),
        }, body


def test_copied_to_two_who_are_asked_nothing_of_meeting_is_no_request() -> None:
    two = "Bob Marsh <bob@marsh.example>, Carla Mendes <carla@mendes.example>"
    for body in (
        # A question to the two about a task.
        "Bob, Carla, vocês dois conseguem cumprir o prazo de sexta? Se não, me avisem hoje.",
        "Bob, Carla, ¿ustedes dos pueden revisar el presupuesto antes del viernes?",
        # A meeting that happened, and "you two" only in a greeting.
        "Bob, Carla, nous nous sommes rencontrés hier soir. Bonne journée à vous deux.",
        "Bob, Carla, tulikutana jana. Asanteni sana nyinyi wawili.",
        "Bob, Carla, nos encontramos ontem na feira. Abraço a vocês dois.",
    ):
        assert understand(body, to=two, cc=f"Intro Agent <{AGENT}>").kind == "not_a_request", body
    for body in (
        "Bob, Carla, je pense qu'il serait utile que vous échangiez. Belle journée à vous deux.",
        "Bob, Carla, ich glaube, ihr solltet euch unterhalten. Schönes Wochenende euch beiden.",
        "Bob, Carla, acho que vale uma conversa entre vocês dois.",
        "Bob, Carla, mnapaswa kuwasiliana. Asanteni nyinyi wawili.",
    ):
        result = understand(body, to=two, cc=f"Intro Agent <{AGENT}>")
        assert result.kind == "intro_request", body
        assert {result.a, result.b} == {
            Party("Bob Marsh", "bob@marsh.example"),
            Party("Carla Mendes", "carla@mendes.example"),
        }, body


def test_a_forwarded_heading_presenting_people_asks_nothing() -> None:
    forwarded = (
        "\n\n---------- Forwarded message ---------\nFrom: Founders Hub <news@hub.example>\n"
        "Date: Mon, 3 Nov 2025\nSubject: This week\nTo: ann@lee.example\n\n"
    )
    for note, body in (
        (
            "Thought this was interesting.",
            "This week: meet our new cohort! Introducing Maya Chen (maya@chen.example), "
            "founder of Leafy, and Raj Patel (raj@patel.example), who builds drones.",
        ),
        (
            "Achei interessante.",
            "Esta semana: Conheça a Maya Chen (maya@chen.example) e o Raj Patel "
            "(raj@patel.example), os novos fundadores.",
        ),
    ):
        result = understand(note + forwarded + body, subject="Fwd: This week")
        assert result.kind == "not_a_request", body
    # The note's own ask is read as ever, and a heading written to the agent itself too.
    result = understand(
        "Could you introduce me to Maya Chen (maya@chen.example)?"
        + forwarded
        + "Introducing Maya Chen (maya@chen.example), founder of Leafy.",
        subject="Fwd: This week",
    )
    assert result.b == Party("Maya Chen", "maya@chen.example")
    assert result.confident
    result = understand(
        "Introducing Maya Chen (maya@chen.example) and Raj Patel (raj@patel.example): "
        "they should meet."
    )
    assert {result.a, result.b} == {
        Party("Maya Chen", "maya@chen.example"),
        Party("Raj Patel", "raj@patel.example"),
    }


def test_one_who_should_really_meet_another_is_a_pair() -> None:
    hana = Party("Hana Sato", "hana@sato.example")
    leo = Party("Leo Brandt", "leo@brandt.example")
    for body in (
        "Hana Sato (hana@sato.example) should really meet Leo Brandt (leo@brandt.example): "
        "both build design systems for banks.",
        "Hana Sato (hana@sato.example) should definitely talk to Leo Brandt "
        "(leo@brandt.example), both build design systems.",
        "I think Hana Sato (hana@sato.example) really should meet Leo Brandt (leo@brandt.example).",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert {result.a, result.b} == {hana, leo}, body
        assert result.confident, body
    for body in (
        "Hana Sato (hana@sato.example) should meet Leo Brandt (leo@brandt.example) at the "
        "booth at 3pm.",
        "Hana Sato (hana@sato.example) should really meet Leo Brandt (leo@brandt.example) at "
        "the entrance at 9.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_an_intro_the_writer_might_need_some_day_asks_nothing() -> None:
    for body in (
        "If I ever need an intro to Paul Wright (paul@wright.example) I'll send it here.",
        "Si un jour j'ai besoin d'être présentée à Paul Wright (paul@wright.example), je "
        "t'écrirai ici.",
        "Si algún día necesito que me presentes a Paul Wright (paul@wright.example), te escribo.",
        "Falls ich jemals eine Vorstellung bei Paul Wright (paul@wright.example) brauche, melde "
        "ich mich.",
        "Se um dia eu precisar de uma apresentação ao Paul Wright (paul@wright.example), escrevo "
        "aqui.",
        "Nikiwahi kuhitaji kutambulishwa kwa Paul Wright (paul@wright.example), nitakuandikia.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_an_ask_withdrawn_as_the_two_know_each_other_asks_nothing() -> None:
    for body in (
        "Ana me pidió que te escribiera para que me presentaras a Pablo Ruiz "
        "(pablo@ruiz.example), pero no hace falta: Pablo y yo ya nos conocemos.",
        "Ann asked me to write so you'd introduce me to Bob Ray (bob@ray.example), but there's "
        "no need, we already know each other.",
        "Claire voulait que tu me présentes à Bob Ray (bob@ray.example), mais on se connaît déjà.",
        "Anna wollte, dass du mich Bob Ray (bob@ray.example) vorstellst, aber wir kennen uns "
        "schon.",
        "A Ana pediu para me apresentares ao Bob Ray (bob@ray.example), mas já nos conhecemos.",
    ):
        assert understand(body).kind == "not_a_request", body
    result = understand("Could you introduce me to Bob Ray (bob@ray.example)? Ann says hi.")
    assert result.kind == "intro_request"
    assert result.confident


def test_a_forwarded_mail_by_one_of_the_pair_gives_the_reason() -> None:
    body = (
        "Can you intro Wendy to Kofi Mensah (kofi@mensah.example)? See below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Wendy Liu <wendy@liu.example>\n"
        "Date: Wed, Sep 17, 2025 at 10:12 PM\n"
        "Subject: quick favour?\n"
        "To: Ann Lee <ann@lee.example>\n\n"
        "Hey Ann,\n\n"
        "Do you still know Kofi from the cocoa project? We're piloting soil testing in Ghana "
        "and I'd love 20 minutes with him.\n\nW.\n"
    )
    result = understand(body, subject="Fwd: quick favour?")
    assert {result.a, result.b} == {
        Party("Wendy Liu", "wendy@liu.example"),
        Party("Kofi Mensah", "kofi@mensah.example"),
    }
    assert result.confident
    assert result.context is not None and result.context.startswith("We're piloting soil testing")


def test_someone_described_but_not_named_after_the_person_leaves_the_request_uncertain() -> None:
    tom = Party("Tom Kumar", "tom@kumar.example")
    for body in (
        "Please introduce me to Tom Kumar (tom@kumar.example) and his cofounder.",
        "Please introduce me to Tom Kumar (tom@kumar.example) and also to his cofounder.",
        "Pourrais-tu me présenter à Tom Kumar (tom@kumar.example) et son associé ?",
        "¿Me presentas a Tom Kumar (tom@kumar.example) y a su socio?",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.b == tom, body
        assert not result.confident, body
    result = understand(
        "Please introduce me to Tom Kumar (tom@kumar.example) and his cofounder Anu Shah "
        "(anu@shah.example)."
    )
    assert result.confident
    assert len(result.more) == 1


def test_a_first_name_that_is_also_a_common_word_is_a_name_when_the_address_spells_it() -> None:
    result = understand("Please introduce me to Ravi Kumar (ravi@kumarbio.example).")
    assert result.b == Party("Ravi Kumar", "ravi@kumarbio.example")
    assert result.confident
    result = understand(
        "Ravi de vous lire. Pourriez-vous me présenter à Tom Kumar (tom@kumarbio.example) ?"
    )
    assert result.b == Party("Tom Kumar", "tom@kumarbio.example")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Please introduce me to Sana Mirza (sana.mirza@sbr.example).",
        "Pourriez-vous me présenter à Sana Mirza (sana.mirza@sbr.example) ?",
        "¿Me podrías presentar a Sana Mirza (sana.mirza@sbr.example)?",
        "Könnten Sie mich Sana Mirza (sana.mirza@sbr.example) vorstellen?",
        "Pode apresentar-me à Sana Mirza (sana.mirza@sbr.example)?",
        "Tafadhali nitambulishe kwa Sana Mirza (sana.mirza@sbr.example).",
    ],
)
def test_a_first_name_the_patterns_read_is_a_name_when_one_address_spells_it_whole(
    body: str,
) -> None:
    # "Sana" is Swahili for "very" ("nitashukuru sana kutambulishwa"), a word the patterns
    # read: one address spelling it and the surname bears it out as a first name.
    result = understand(body)
    assert result.b == Party("Sana Mirza", "sana.mirza@sbr.example"), body
    assert result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        "Please introduce me to Uwe Strässle (uwe.straessle@bau.example).",
        "Könnten Sie mich bitte Herrn Uwe Strässle (uwe.straessle@bau.example) vorstellen?",
        "Pourriez-vous me présenter à Uwe Strässle (uwe.straessle@bau.example) ?",
    ],
)
def test_such_a_first_name_is_a_name_when_the_address_spells_its_umlaut_out(body: str) -> None:
    # "Uwe" is Swahili for "be"; the address writes the surname's "ä" as "ae".
    result = understand(body)
    assert result.b == Party("Uwe Strässle", "uwe.straessle@bau.example"), body
    assert result.confident, body


def test_a_word_the_patterns_read_before_a_name_stays_a_word_without_such_an_address() -> None:
    result = understand("Ningeshukuru sana kutambulishwa kwa Amina Juma (amina@juma.example).")
    assert result.b == Party("Amina Juma", "amina@juma.example")
    # An address spelling the first name alone is not enough for such a word.
    result = understand("Please introduce me to Sana Mirza (sana@sbr.example).")
    assert result.b is not None and result.b.name != "Sana Mirza"


def test_a_writer_listed_surname_first_is_named_as_they_sign() -> None:
    result = understand(
        "Would you please put me in touch with Dr Ingrid Olsen, ingrid@olsen.example?\n\n"
        "Kind regards,\n\nSimon Hargreaves\nSenior Associate\n",
        sender='"Hargreaves, Simon" <simon@hargreaves.example>',
    )
    assert result.requester == Party("Simon Hargreaves", "simon@hargreaves.example")
    assert result.a == Party("Simon Hargreaves", "simon@hargreaves.example")
    assert result.confident
    for name in ("Acme, Inc.", "Ng, Tan & Co", "Simon Hargreaves"):
        result = understand(
            "Could you introduce me to Bob Ray (bob@ray.example)?", sender=f'"{name}" <x@y.example>'
        )
        assert result.requester == Party(name, "x@y.example"), name


def test_asking_whether_to_introduce_or_not_asking_asks_nothing() -> None:
    for body in (
        "Should I introduce Ann Lee (ann@lee.example) to Bob Ray (bob@ray.example)?",
        "Would it make sense to introduce Ann Lee (ann@lee.example) to Bob Ray "
        "(bob@ray.example)? Let me know and I'll send the request.",
        "I was going to ask you to introduce me to Bob Ray (bob@ray.example), but Ann already did.",
        "Ann Lee (ann@lee.example) would love to meet Bob Ray (bob@ray.example) but she's shy, "
        "so I won't ask.",
        "Devrais-je présenter Ann Lee (ann@lee.example) à Bob Ray (bob@ray.example) ?",
        "¿Debería presentar a Ana Lee (ana@lee.example) a Bob Ray (bob@ray.example)?",
        "Soll ich euch, Ann Lee (ann@lee.example) und Bob Ray (bob@ray.example), bekannt machen?",
        "Devo apresentar a Ana Lee (ana@lee.example) ao Bob Ray (bob@ray.example)?",
    ):
        assert understand(body).kind == "not_a_request", body
    result = understand(
        "Could you introduce me to Bob Ray (bob@ray.example)? I was going to ask Ann but "
        "she's away."
    )
    assert result.kind == "intro_request"
    assert result.confident


def test_a_request_taken_back_later_in_the_mail_asks_nothing() -> None:
    for body in (
        "Could you connect me with Tom Reed (tom@reed.example)? Actually, never mind - I found "
        "him on LinkedIn.",
        "Peux-tu me présenter à Tom Reed (tom@reed.example) ? Ah non, laisse tomber, je l'ai "
        "trouvé.",
        "¿Me presentas a Tom Reed (tom@reed.example)? Olvídalo, ya lo encontré.",
        "Kannst du mich mit Tom Reed (tom@reed.example) bekannt machen? Hat sich erledigt, danke.",
        "Pode me apresentar ao Tom Reed (tom@reed.example)? Esquece, já achei.",
        "Naomba unitambulishe kwa Tom Reed (tom@reed.example). Usijali, nimempata.",
    ):
        assert understand(body).kind == "not_a_request", body
    result = understand("Could you introduce me to Tom Reed (tom@reed.example)? No rush at all.")
    assert result.kind == "intro_request"
    assert result.confident


def test_a_wish_said_of_him_or_her_is_not_the_writers() -> None:
    for body in (
        "Bob is cc'd - he'd like an intro to Dana Lim (dana@lim.example).",
        "Mon associé est en copie : il aimerait rencontrer Dana Lim (dana@lim.example).",
        "Mi socio está en copia: le gustaría conocer a Dana Lim (dana@lim.example).",
        "Mein Partner ist in Kopie, er würde gerne Dana Lim (dana@lim.example) kennenlernen.",
        "Meu sócio está em cópia: ele gostaria de conhecer a Dana Lim (dana@lim.example).",
        "Mwenzangu yuko kwenye nakala, angependa kukutana na Dana Lim (dana@lim.example).",
    ):
        result = understand(body, cc="Bob Ray <bob@ray.example>")
        assert result.kind == "intro_request", body
        assert result.b == Party("Dana Lim", "dana@lim.example"), body
        assert not result.confident, body
    result = understand("Could you introduce me to Dana Lim (dana@lim.example)? She's hiring.")
    assert result.confident


def test_german_introducing_the_two_written_to_to_each_other() -> None:
    two = "Ann Lee <ann@lee.example>, Bob Ray <bob@ray.example>"
    for body in (
        "Hallo Ann, hallo Bob, darf ich euch einander vorstellen? Ann baut Drohnen.",
        "Ann, Bob, ich stelle euch einander vor: Ann baut Drohnen.",
    ):
        result = understand(
            body, sender="Pat Doe <pat@doe.example>", to=two, cc=f"Intro Agent <{AGENT}>"
        )
        assert {result.a, result.b} == {
            Party("Ann Lee", "ann@lee.example"),
            Party("Bob Ray", "bob@ray.example"),
        }, body
        assert result.confident, body


def test_an_address_the_writer_doubts_or_an_ask_corrected_is_asked_about() -> None:
    for body in (
        "Could you introduce me to Bob Ray? His old address was bob@oldco.example but I think "
        "he moved.",
        "Pourrais-tu me présenter à Bob Ray ? J'ai son ancienne adresse : bob@oldco.example.",
        "¿Me presentas a Bob Ray? Creo que su correo es bob@ray.example.",
        "Kannst du mich mit Bob Ray bekannt machen? Ich habe nur seine alte Adresse, "
        "bob@oldco.example.",
        "Pode me apresentar ao Bob Ray? Tenho o e-mail antigo dele, bob@oldco.example.",
        "Can you connect me with Bob Ray (bob@ray.example) and Cy Diaz (cy@diaz.example)? "
        "Actually just Bob for now.",
        "Peux-tu me présenter à Bob Ray (bob@ray.example) et Cy Diaz (cy@diaz.example) ? En "
        "fait juste Bob.",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert not result.confident, body
    result = understand(
        "Could you introduce me to Bob Ray (bob@ray.example)? He's my old colleague."
    )
    assert result.confident


def test_an_intro_wanted_later_is_asked_about() -> None:
    for body in (
        "Introduce me to Bob Ray (bob@ray.example) next month, not now.",
        "Could you connect me with Bob Ray (bob@ray.example)? Please hold off until the "
        "funding round closes.",
        "Tu pourrais me présenter à Bob Ray (bob@ray.example) ? Pas tout de suite, en janvier.",
        "¿Me presentas a Bob Ray (bob@ray.example)? Ahora no, después de las fiestas.",
        "Kannst du mich mit Bob Ray (bob@ray.example) bekannt machen? Nicht sofort, erst im "
        "Januar.",
        "Pode me apresentar ao Bob Ray (bob@ray.example)? Agora não, só em janeiro.",
        "Naomba unitambulishe kwa Bob Ray (bob@ray.example), lakini si sasa.",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert not result.confident, body
    result = understand("Could you introduce me to Bob Ray (bob@ray.example) now?")
    assert result.confident


def test_not_wanting_to_meet_someone_asks_nothing() -> None:
    for body in (
        "I don't want to meet Bob Ray (bob@ray.example), but Cy Diaz (cy@diaz.example) does - "
        "can you connect them?",
        "I never want to meet Bob Ray (bob@ray.example) again.",
        "Je ne veux pas rencontrer Bob Ray (bob@ray.example), il m'a déjà contacté.",
        "No quiero conocer a Bob Ray (bob@ray.example), gracias.",
        "Ich möchte Bob Ray (bob@ray.example) nicht kennenlernen.",
        "Não quero conhecer o Bob Ray (bob@ray.example).",
        "Sitaki kukutana na Bob Ray (bob@ray.example).",
    ):
        assert understand(body).kind == "not_a_request", body
    result = understand(
        "I don't want to meet Bob Ray (bob@ray.example). Could you introduce me to Cy Diaz "
        "(cy@diaz.example) instead?"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Cy Diaz", "cy@diaz.example")


def test_asking_advice_or_whether_an_intro_was_made_or_not_wanting_one_asks_nothing() -> None:
    for body in (
        "Who is Bob Ray (bob@ray.example)? Should I meet him?",
        "Do you think I should meet Bob Ray (bob@ray.example)?",
        "Would you recommend I meet Bob Ray (bob@ray.example)?",
        "Did you already introduce me to Bob Ray (bob@ray.example)?",
        "I'm not looking to connect with Bob Ray (bob@ray.example) right now.",
        "Bob Ray (bob@ray.example) wants to meet me, but I'm not interested.",
        "Would love to meet Bob Ray (bob@ray.example) but no intro needed, I'll email him myself.",
        "Devrais-je rencontrer Bob Ray (bob@ray.example) ?",
        "¿Ya me presentaste a Bob Ray (bob@ray.example)?",
        "Hast du mich schon Bob Ray (bob@ray.example) vorgestellt?",
        "Você já me apresentou ao Bob Ray (bob@ray.example)?",
        "Bob Ray (bob@ray.example) anataka kukutana nami, lakini sina nia.",
    ):
        assert understand(body).kind == "not_a_request", body
    result = understand(
        "Could you introduce me to Bob Ray (bob@ray.example)? I think I should meet him before "
        "the board call."
    )
    assert result.confident


def test_subjunctive_connect_presentations_between_and_two_asks_after_a_colon() -> None:
    """ "que me conectes con", "faire les présentations entre moi et X" and "duas
    apresentações: o X com a Y; e eu com o Z" ask for intros."""
    result = understand("Me gustaría que me conectes con Nora Gil (nora@gil.example), por favor.")
    assert result.b == Party("Nora Gil", "nora@gil.example")
    assert result.confident
    result = understand(
        "Pourrais-tu faire les présentations entre moi et Paul Roy (paul@roy.example) ?"
    )
    assert Party("Paul Roy", "paul@roy.example") in (result.a, result.b)
    assert result.confident
    result = understand(
        "Duas apresentações, por favor: o Caio Reis (caio@reis.example) com a Lia Dias "
        "(lia@dias.example); e eu com o Davi Sá (davi@sa.example)."
    )
    assert {result.a, result.b} == {
        Party("Caio Reis", "caio@reis.example"),
        Party("Lia Dias", "lia@dias.example"),
    }
    assert len(result.more) == 1
    assert result.more[0].b == Party("Davi Sá", "davi@sa.example")
    assert result.confident


def test_a_surname_that_is_also_a_common_word_is_a_name_when_the_address_spells_it() -> None:
    result = understand(
        "Lina Park (lina@park.example) and Kofi Asante (kofi@asante.example) should meet."
    )
    assert {result.a, result.b} == {
        Party("Lina Park", "lina@park.example"),
        Party("Kofi Asante", "kofi@asante.example"),
    }
    assert result.confident
    # Without an address bearing it out, the word stays a word: "Asante sana" thanks.
    result = understand("Could you introduce me to Juma Otieno? Asante sana.")
    assert result.b is not None and result.b.name == "Juma Otieno"


def test_an_intro_request_label_before_a_pair_written_inline() -> None:
    result = understand(
        "Intro request: me + Dana Wu (dana@wu.example). Reason: we both run payments in Lagos."
    )
    assert result.b == Party("Dana Wu", "dana@wu.example")
    assert result.confident
    result = understand("Intro please - Eli Ross (eli@ross.example) <> Dana Wu (dana@wu.example).")
    assert {result.a, result.b} == {
        Party("Eli Ross", "eli@ross.example"),
        Party("Dana Wu", "dana@wu.example"),
    }
    assert result.confident


def test_an_event_invitation_to_meet_a_speaker_asks_nothing() -> None:
    for body in (
        "Rejoignez-nous jeudi pour rencontrer Paul Roy (paul@roy.example), qui présentera "
        "son livre.",
        "Come meet Bob Lee (bob@lee.example) at our booth on Thursday!",
        "Únete a nuestro evento y conoce a Ana Ruiz (ana@ruiz.example).",
        "Junte-se a nós para conhecer a Ana Lima (ana@lima.example)!",
        "Seien Sie dabei und lernen Sie Jan Berg (jan@berg.example) kennen!",
    ):
        assert understand(body).kind == "not_a_request", body
    result = understand(
        "Could you introduce me to Bob Lee (bob@lee.example)? I'd love to come meet his team."
    )
    assert result.confident


def test_asking_the_agent_to_check_whether_someone_would_meet_the_writer() -> None:
    result = understand(
        "Could you ask Bob Lee (bob@lee.example) whether he'd be open to meeting me?"
    )
    assert result.b == Party("Bob Lee", "bob@lee.example")
    assert result.confident
    result = understand(
        "Would you mind asking Dana Wu (dana@wu.example) if she'd be up for a chat with Eli "
        "Ross (eli@ross.example)?"
    )
    assert {result.a, result.b} == {
        Party("Dana Wu", "dana@wu.example"),
        Party("Eli Ross", "eli@ross.example"),
    }
    for body in (
        "Should I ask Bob Lee (bob@lee.example) if he'd be open to meeting me?",
        "I'll ask Bob Lee (bob@lee.example) if he'd be open to meeting me.",
        "Did you ask Bob Lee (bob@lee.example) whether he'd be open to meeting me?",
    ):
        assert understand(body).kind == "not_a_request", body


def test_an_intro_someone_else_will_make_or_has_made_asks_nothing() -> None:
    for body in (
        "Heads up: Derek said he'd introduce me to Bob Ray (bob@ray.example) himself next "
        "week, so I won't need you for that one.",
        "Marc m'a dit qu'il me présenterait Bob Ray (bob@ray.example) lui-même.",
        "Derek me va a presentar él mismo a Bob Ray (bob@ray.example).",
        "Derek will mich selbst mit Bob Ray (bob@ray.example) bekannt machen.",
        "O Derek ele mesmo vai me apresentar ao Bob Ray (bob@ray.example).",
        "I think you're about to introduce me to Bob Ray (bob@ray.example) for Sam. I "
        "already said yes from my work address.",
        "Bob, Cy - Cy, Bob. I've put the intro service on cc only so it has a record; I "
        "made this one myself.",
    ):
        assert understand(body).kind == "not_a_request", body
    result = understand(
        "Derek said he'd introduce me to Ann himself. Could you introduce me to Cy Diaz "
        "(cy@diaz.example) meanwhile?"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Cy Diaz", "cy@diaz.example")


def test_more_ways_of_asking_for_a_pair() -> None:
    for body in (
        "Could you set me up with Bob Ray (bob@ray.example)?",
        "Serait-il possible de me mettre en lien avec Bob Ray (bob@ray.example) ?",
        "Oye, ¿me echas una mano? Quiero hablar con Bob Ray (bob@ray.example).",
        "Könntest du einen Kontakt zwischen mir und Bob Ray (bob@ray.example) herstellen?",
        "Tem como fazer a ponte entre mim e o Bob Ray (bob@ray.example)?",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.confident, body
        assert result.b == Party("Bob Ray", "bob@ray.example"), body
    for body in (
        "Met Bob Ray (bob@ray.example) at the offsite and he'd be perfect for Cy Diaz "
        "(cy@diaz.example). Can you set them up?",
        "Bob Ray (bob@ray.example) et Cy Diaz (cy@diaz.example) montent une crèche. Tu "
        "pourrais les présenter l'un à l'autre ?",
    ):
        result = understand(body)
        assert result.confident, body
        assert {result.a, result.b} == {
            Party("Bob Ray", "bob@ray.example"),
            Party("Cy Diaz", "cy@diaz.example"),
        }, body
    assert understand("Can you set me up?").kind == "not_a_request"
    assert understand("Venez rencontrer les fondateurs de Kiva jeudi.").kind == "not_a_request"


def test_the_two_people_on_cc_are_the_pair_asked_about() -> None:
    cc = "Bob Ray <bob@ray.example>, Cy Diaz <cy@diaz.example>"
    for body in (
        "Could you introduce the two people on cc?",
        "Could you introduce the two people cc'd? They both run food banks.",
        "The two people on cc should meet.",
    ):
        result = understand(body, cc=cc)
        assert result.kind == "intro_request", body
        assert {result.a, result.b} == {
            Party("Bob Ray", "bob@ray.example"),
            Party("Cy Diaz", "cy@diaz.example"),
        }, body


def test_an_intro_made_already_or_a_hypothetical_asks_nothing() -> None:
    for body in (
        "Just so you know, Ann already put me in touch with Bob Ray (bob@ray.example).",
        "Would it be weird if I asked you to introduce me to Bob Ray (bob@ray.example)?",
        "Hypothetically, could you introduce me to Bob Ray (bob@ray.example)?",
        "Ana ya me presentó a Bob Ray (bob@ray.example).",
        "Ann hat mich schon mit Bob Ray (bob@ray.example) bekannt gemacht.",
        "A Ana já me apresentou ao Bob Ray (bob@ray.example).",
    ):
        assert understand(body).kind == "not_a_request", body
    found = understand("Did you end up introducing Ann to Bob Ray (bob@ray.example)?")
    assert (found.kind, found.command) == ("command", "status")
    found = understand("Please don't bother introducing me to Bob Ray (bob@ray.example) any more.")
    assert (found.kind, found.command) == ("command", "cancel")


def test_an_ask_for_some_day_or_a_party_expecting_one_asks_nothing() -> None:
    for body in (
        "Hi, this is Bob Ray (bob@ray.example). Ann said you'd be in touch about an intro "
        "to Cy Diaz (cy@diaz.example).",
        "Je suis Bob Ray, Ann m'a dit que vous alliez me présenter Cy Diaz (cy@diaz.example).",
        "Maybe one day you could introduce me to Bob Ray (bob@ray.example), but not now.",
        "I might ask you to introduce me to Bob Ray (bob@ray.example) later.",
        "I'm thinking about asking you for an intro to Bob Ray (bob@ray.example).",
        "Should I get Ann to introduce me to Bob Ray (bob@ray.example)?",
        "Quizás algún día me presentes a Bob Ray (bob@ray.example).",
    ):
        assert understand(body).kind == "not_a_request", body


def test_an_intro_made_with_the_agent_cc_d_for_a_trail_asks_nothing() -> None:
    for body in (
        "Bob, Cy - you two should talk. Copying the intro address purely so there's a "
        "trail; nothing for it to do.",
        "Bob, Cy : je vous présente l'un à l'autre. (Le service est en copie pour mémoire, "
        "je m'en suis occupé moi-même.)",
        "Bob, Cy: os apresento. Em cópia só para constar.",
        "Bob, Cy: os presento. En copia solo para que conste.",
    ):
        result = understand(body, cc="Bob Ray <bob@ray.example>, Cy Diaz <cy@diaz.example>")
        assert result.kind == "not_a_request", body


def test_an_intro_promised_by_another_or_a_party_asking_first_asks_nothing() -> None:
    for body in (
        "Juma ameahidi kunitambulisha kwa Bob Ray (bob@ray.example) wiki ijayo.",
        "Derek has promised to introduce me to Bob Ray (bob@ray.example) next week.",
        "Ana me prometió presentarme a Bob Ray (bob@ray.example).",
        "A Ana prometeu me apresentar ao Bob Ray (bob@ray.example).",
        "I got a note saying Ann wants to connect me with Bob Ray (bob@ray.example). "
        "Before I answer - what does Bob do?",
        "Ich habe Ihre Nachricht erhalten, dass Frau Keller mich mit Bob Ray "
        "(bob@ray.example) zusammenbringen würde. Bevor ich antworte: wer ist das?",
    ):
        assert understand(body).kind == "not_a_request", body


def test_looping_in_with_apresentar_a_ao_and_unifahamishe_kwa_ask_for_a_pair() -> None:
    result = understand("Would you mind looping me in with Bob Ray (bob@ray.example)?")
    assert (result.kind, result.b) == ("intro_request", Party("Bob Ray", "bob@ray.example"))
    result = understand("Naomba unifahamishe kwa Bob Ray (bob@ray.example).")
    assert (result.kind, result.b) == ("intro_request", Party("Bob Ray", "bob@ray.example"))
    result = understand(
        "Você poderia apresentar a Bia Reis (bia@reis.example) ao Cy Diaz (cy@diaz.example)?"
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Bia Reis", "bia@reis.example"),
        Party("Cy Diaz", "cy@diaz.example"),
    )
    assert understand("Naomba unifahamishe kwa simu kama mkutano umeahirishwa.").kind == (
        "not_a_request"
    )


def test_asking_how_to_use_the_agent_later_in_a_short_mail_is_help() -> None:
    for body in (
        "Sorry if this is a daft question, but what exactly am I meant to write to you to "
        "get two people connected?",
        "Mir ist nicht ganz klar, wie ich Ihnen eigentlich auftrage, zwei Leute bekannt zu "
        "machen. Gibt es dafür irgendwo eine Anleitung?",
        "Une amie m'a donné votre adresse. Je fais comment pour vous demander de présenter "
        "deux personnes ?",
    ):
        found = understand(body)
        assert (found.kind, found.command) == ("command", "help"), body
    found = understand(
        "Sorry, what should I write to you? I'd love an intro to Bob Ray (bob@ray.example)."
    )
    assert found.kind == "intro_request"


def test_an_intro_another_will_make_or_the_agent_copied_for_its_records_asks_nothing() -> None:
    for body in (
        "Ann mentioned she's going to connect me with Bob Ray (bob@ray.example) herself.",
        "Ann va me présenter Bob Ray (bob@ray.example) la semaine prochaine.",
        "Ana vai me conectar com o Bob Ray (bob@ray.example) na semana que vem.",
        "Anna wird mich mit Bob Ray (bob@ray.example) bekannt machen.",
        "Hi, Ann told me you wanted to introduce me to Bob Ray (bob@ray.example). Why?",
        "Bob Ray (bob@ray.example) told me Ann will introduce us at the dinner.",
        "Cc'ing the intro bot for its records: Ann, meet Bob Ray (bob@ray.example).",
        "Ana, te presento a Bob Ray (bob@ray.example). Pongo al bot en copia solo para que "
        "lo sepa.",
        "Anna, das ist Bob Ray (bob@ray.example). Den Dienst habe ich nur zur Info in Kopie.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_a_party_asking_about_an_offer_or_an_intro_offered_by_another_asks_nothing() -> None:
    for body in (
        "Recibí su correo de que Ana quiere presentarme a Bob Ray (bob@ray.example). ¿De qué "
        "se trata?",
        "Recebi seu e-mail dizendo que a Ana quer me apresentar ao Bob Ray (bob@ray.example).",
        "Nimepokea ujumbe kwamba Ana anataka kunitambulisha kwa Bob Ray (bob@ray.example).",
        "Ann wants to introduce me to Bob Ray (bob@ray.example) - is that legit?",
        "Ana dijo que me presentaría a Bob Ray (bob@ray.example).",
        "Ann offered to put me in touch with Bob Ray (bob@ray.example) herself.",
        "Ann's going to put me in touch with Bob Ray (bob@ray.example).",
        "Ana, conheça o Bob Ray (bob@ray.example). O serviço está em cópia só pra constar.",
    ):
        assert understand(body).kind == "not_a_request", body
    assert understand("¿Me presentarías a Bob Ray (bob@ray.example)?").kind == "intro_request"


def test_a_help_question_whose_words_ask_for_an_intro_but_name_no_pair_is_help() -> None:
    for body in (
        "Desculpe a dúvida, mas como faço para pedir uma apresentação?",
        "Samahani, niandike nini ili uwatambulishe watu wawili?",
        "Excusez-moi, comment je fais pour vous demander une mise en relation ?",
    ):
        found = understand(body)
        assert (found.kind, found.command) == ("command", "help"), body
    found = understand("How do I ask you to introduce me to someone? I'd love an intro to Bob.")
    assert found.kind == "intro_request"


def test_asking_what_the_agent_can_be_asked_to_do_is_help_unless_someone_has_an_address() -> None:
    for body in (
        "Um colega me passou este endereço. Como funciona exatamente? Posso pedir para vocês"
        " apresentarem duas pessoas da minha equipe a fornecedores, ou só dá para pedir"
        " apresentação para mim mesmo? E preciso mandar o e-mail das pessoas?",
        "A colleague gave me this address. How does this work exactly? Can I ask you to"
        " introduce two people on my team to suppliers, or only myself? Thanks in advance.",
    ):
        found = understand(body)
        assert (found.kind, found.command) == ("command", "help"), body
    found = understand(
        "Hi, can I ask you to introduce me to Bob Ray (bob@ray.example)? How does it work exactly?"
    )
    assert found.kind == "intro_request"
    assert found.b == Party("Bob Ray", "bob@ray.example")


_AGENT_ACK = (
    "\n\nOn Mon, Nov 24, 2025 at 9:03 AM Intro Agent <intro@introbot.net> wrote:\n> Thanks"
    " Ann, I've got your request to meet Curtis Boyd (curtis@boyd.example).\n> I've written to"
    " Curtis and will let you know as soon as he replies.\n"
)
_OTHER_QUOTE = (
    "\n\nOn Mon, Nov 24, 2025 at 9:03 AM Bob Ray <bob@ray.example> wrote:\n> Thanks Ann, I'll"
    " think about it and get back to you\n> as soon as I can.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nJust checking in on this one - has Curtis responded yet? I haven't seen anything"
        " come through and our tender deadline is the 12th, so I'd like to know whether to chase"
        " him some other way.\n\nThanks,\nAnn",
        "Bonjour,\n\nJe me permets de revenir vers vous : est-ce que Curtis a déjà répondu ? Je"
        " n'ai rien vu passer et notre échéance approche, je voudrais savoir s'il faut le relancer"
        " autrement.\n\nMerci,\nAnn",
        "Hola,\n\nQuería saber cómo va esto: ¿ya respondió Curtis? No he visto nada y nuestro"
        " plazo vence el día 12, así que quisiera saber si debo contactarlo por otra vía.\n\n"
        "Gracias,\nAnn",
        "Hallo,\n\nich wollte kurz nachhaken: Hat Herr Boyd schon geantwortet? Ich habe noch"
        " nichts gesehen, und unsere Frist läuft am 12. ab, deshalb würde ich gern wissen, ob ich"
        " ihn anders erreichen soll.\n\nDanke,\nAnn",
        "Olá,\n\nSó queria saber como está isto: o Curtis já respondeu? Ainda não vi nada e o"
        " nosso prazo termina dia 12, por isso gostaria de saber se devo contactá-lo de outra"
        " forma.\n\nObrigada,\nAnn",
        "Habari,\n\nNafuatilia tu hili: je, Curtis amejibu? Sijaona chochote na muda wetu"
        " unaisha tarehe 12, kwa hiyo ningependa kujua kama nimtafute kwa njia nyingine.\n\n"
        "Asante,\nAnn",
    ],
)
def test_a_status_question_above_the_agents_quoted_mail_is_status(body: str) -> None:
    """A question whether the one asked for answered, in a longer reply above the agent's
    own acknowledgement, asks how that intro stands; above someone else's mail it asks the
    agent nothing."""
    found = understand(body + _AGENT_ACK, subject="Re: Your introduction request")
    assert (found.kind, found.command) == ("command", "status")
    found = understand(body + _OTHER_QUOTE, subject="Re: Your introduction request")
    assert found.kind == "not_a_request"
    # A reply the agent's Message-ID threads, without the quote, asks the same.
    threaded = {"In-Reply-To": "<ack.1a2b3c@introbot.net>"}
    found = understand(body, subject="Re: Your introduction request", headers=threaded)
    assert (found.kind, found.command) == ("command", "status")


def test_a_new_ask_or_thanks_above_the_agents_quoted_mail_is_no_status() -> None:
    found = understand(
        "Has Curtis responded yet? Also, could you introduce me to Dana Roe"
        " (dana@roe.example)?\n\nAnn" + _AGENT_ACK,
        subject="Re: Your introduction request",
    )
    assert found.kind == "intro_request"
    assert found.b == Party("Dana Roe", "dana@roe.example")
    found = understand(
        "Thanks so much, that's great news! Looking forward to it.\n\nAnn" + _AGENT_ACK,
        subject="Re: Your introduction request",
    )
    assert found.kind == "not_a_request"


_JULIA = "Julia Brenner <julia@sw.example>"
_ENGEL = "Markus Engel <markus@sw.example>"
_LOBO = "Duarte Lobo <duarte@porto.example>"


@pytest.mark.parametrize(
    ("body", "cc", "principal"),
    [
        (
            "Im Auftrag von Herrn Dr. Engel (Geschäftsführer, in Kopie) bitte ich Sie, ihn mit"
            " Herrn Jonas Weidinger (jonas@ise.example) bekannt zu machen.",
            _ENGEL,
            Party("Markus Engel", "markus@sw.example"),
        ),
        (
            "I'm writing on behalf of Prof. Dr. Engel, copied here. He would like to be"
            " introduced to Jonas Weidinger (jonas@ise.example).",
            _ENGEL,
            Party("Markus Engel", "markus@sw.example"),
        ),
        (
            "Naandika kwa niaba ya Dkt. David Otieno (yuko kwenye nakala). Angependa"
            " kutambulishwa kwa Bi. Fatuma Abdalla wa shirika la FigoCare (fatuma@figo.example).",
            "David Otieno <d.otieno@k.example>",
            Party("David Otieno", "d.otieno@k.example"),
        ),
    ],
)
def test_a_principal_named_by_titles_and_surname_is_the_one_copied(
    body: str, cc: str, principal: Party
) -> None:
    """ "im Auftrag von Herrn Dr. Engel (in Kopie)", two titles before the surname: the one
    written for is the Cc'd person whose name ends with it; "Angependa kutambulishwa kwa"
    asks for them as "he would like to be introduced to" does."""
    found = understand(body, cc=cc, sender=_JULIA)
    assert found.a == principal
    assert found.confident


def test_a_principal_two_copied_people_answer_to_is_no_one_certain() -> None:
    found = understand(
        "Im Auftrag von Herrn Dr. Engel (in Kopie) bitte ich Sie, ihn mit Herrn Jonas Weidinger"
        " (jonas@ise.example) bekannt zu machen.",
        cc=_ENGEL + ", Petra Engel <petra@sw.example>",
        sender=_JULIA,
    )
    assert found.kind == "intro_request"
    assert not found.confident
    found = understand(
        "Angependa kutambulishwa kwa Bi. Fatuma Abdalla (fatuma@figo.example).", sender=_JULIA
    )
    assert found.kind == "intro_request"
    assert not found.confident


@pytest.mark.parametrize(
    "body",
    [
        "Gostaria muito de ser apresentada ao Eng. Duarte Lobo, que coloquei em cópia e que gere"
        " a cadeia de frio do terminal.",
        "I'd love to be introduced to Eng. Lobo, whom I've copied.",
        "J'aimerais beaucoup être présentée à Duarte Lobo, que j'ai mis en copie.",
        "Me gustaría ser presentada a Duarte Lobo, que he puesto en copia.",
        "Ich würde gern Herrn Lobo vorgestellt werden, den ich in Kopie gesetzt habe.",
        "Ningependa kutambulishwa kwa Bw. Duarte Lobo, ambaye nimemweka kwenye nakala.",
    ],
)
def test_asking_to_be_introduced_to_the_one_copied_pairs_the_writer_with_them(body: str) -> None:
    """ "Gostaria de ser apresentada ao ...", "J'aimerais être présentée à", "Me gustaría ser
    presentada a", "Ich würde gern ... vorgestellt werden": the writer asks for themselves,
    and the one named, copied on the mail, is the other party."""
    found = understand(body, cc=_LOBO, sender=_JULIA)
    assert (found.a, found.b) == (
        Party("Julia Brenner", "julia@sw.example"),
        Party("Duarte Lobo", "duarte@porto.example"),
    )
    assert found.confident


def test_being_introduced_asked_for_another_or_two_copied_alike_is_not_the_writers() -> None:
    found = understand(
        "Gostaria de ser apresentada ao Eng. Lobo, que coloquei em cópia.",
        cc=_LOBO + ", Rui Lobo <rui@lobo.example>",
        sender=_JULIA,
    )
    assert not found.confident
    found = understand(
        "A Rita Sousa (rita@s.example) gostaria de ser apresentada ao Duarte Lobo"
        " (duarte@porto.example).",
        sender=_JULIA,
    )
    assert found.a == Party("Rita Sousa", "rita@s.example")
    found = understand("Il aimerait être présenté à Duarte Lobo (duarte@porto.example).")
    assert not found.confident


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Könnten Sie mich mit Frau Anna Weber vom Institut für Energiesysteme bekannt machen"
            " (anna@ise.example)?",
            "Anna Weber",
        ),
        (
            "Could you introduce me to Ann Bell from Institute for Energy Systems"
            " (ann@ise.example)?",
            "Ann Bell",
        ),
        (
            "Tafadhali unitambulishe kwa Bi. Fatuma Abdalla wa shirika la FigoCare"
            " (fatuma@ise.example).",
            "Fatuma Abdalla",
        ),
        (
            "Könnten Sie mich mit Herrn Paul Weber vom Vertrieb bekannt machen (paul@ise.example)?",
            "Paul Weber",
        ),
    ],
)
def test_the_organisation_after_a_name_is_where_they_are_from(body: str, name: str) -> None:
    """ "vom Institut für Energiesysteme", "from Institute for Energy Systems", "wa shirika
    la FigoCare": where the one named is from, the address after it theirs; "vom Vertrieb"
    is no organisation and leaves the name as it is."""
    found = understand(body)
    assert found.b is not None and found.b.name == name
    assert found.b.email is not None and found.b.email.endswith("@ise.example")
    assert found.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you put me back in touch with Ingrid? We spoke about warehousing in the spring.",
        "Could you reconnect me with Ingrid?",
        "Pourriez-vous me remettre en contact avec Ingrid ?",
        "¿Podrías volver a ponerme en contacto con Ingrid?",
        "Könnten Sie mich wieder mit Ingrid in Kontakt bringen?",
        "Könnten Sie mich mit Ingrid wieder in Kontakt bringen?",
        "Podia me pôr de novo em contacto com a Ingrid?",
        "Tafadhali uniunganishe tena na Ingrid.",
    ],
)
def test_asking_to_be_put_back_in_touch_asks_for_an_intro(body: str) -> None:
    """Asking to be put back in touch ("put me back in touch", "reconnect me with", "me
    remettre en contact", "volver a ponerme en contacto", "wieder in Kontakt bringen", "me
    pôr de novo em contacto", "uniunganishe tena"): the first name is the address book's
    one Ingrid; with two there, no one certain."""
    one = MemoryAddressBook(
        [Address("Ingrid Solberg", "ingrid@v.example"), Address("Lars Moen", "lars@m.example")]
    )
    found = understand(body, book=one)
    assert found.b == Party("Ingrid Solberg", "ingrid@v.example")
    assert found.confident
    two = MemoryAddressBook(
        [Address("Ingrid Solberg", "ingrid@v.example"), Address("Ingrid Berg", "ib@b.example")]
    )
    found = understand(body, book=two)
    assert found.kind == "intro_request"
    assert not found.confident


def test_telling_of_being_back_in_touch_asks_nothing() -> None:
    book = MemoryAddressBook([Address("Ingrid Solberg", "ingrid@v.example")])
    for body in (
        "We got back in touch with Ingrid last week, thanks.",
        "I reconnected with Ingrid at the fair.",
    ):
        assert understand(body, book=book).kind == "not_a_request", body


@pytest.mark.parametrize(
    "body",
    [
        "Could you reconnect Ana Lopes (ana@l.example) and Ravi Maharaj (ravi@m.example)?",
        "Could you put Ana Lopes (ana@l.example) back in touch with Ravi Maharaj (ravi@m.example)?",
        "Pourriez-vous remettre Ana Lopes (ana@l.example) et Ravi Maharaj (ravi@m.example)"
        " en contact ?",
        "Pourriez-vous reconnecter Ana Lopes (ana@l.example) avec Ravi Maharaj (ravi@m.example) ?",
        "¿Podrías reconectar a Ana Lopes (ana@l.example) con Ravi Maharaj (ravi@m.example)?",
        "¿Podrías reconectar a Ana Lopes (ana@l.example) y Ravi Maharaj (ravi@m.example)?",
        "Könnten Sie Ana Lopes (ana@l.example) und Ravi Maharaj (ravi@m.example) wieder in"
        " Kontakt bringen?",
        "Podia reaproximar a Ana Lopes (ana@l.example) e o Ravi Maharaj (ravi@m.example)?",
        "Podia reconectar a Ana Lopes (ana@l.example) com o Ravi Maharaj (ravi@m.example)?",
        "Unaweza kuwakutanisha tena Ana Lopes (ana@l.example) na Ravi Maharaj (ravi@m.example)?",
    ],
)
def test_reconnecting_two_others_pairs_them(body: str) -> None:
    """Putting two people who lost touch back in touch ("reconnect X and Y", "remettre X
    et Y en contact", "reconectar a X con Y", "X und Y wieder in Kontakt bringen",
    "reaproximar X e Y", "kuwakutanisha tena X na Y") asks an intro between them."""
    found = understand(body)
    assert (found.a, found.b) == (
        Party("Ana Lopes", "ana@l.example"),
        Party("Ravi Maharaj", "ravi@m.example"),
    )
    assert found.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you reconnect me and Ravi Maharaj (ravi@m.example)?",
        "Pourriez-vous me reconnecter avec Ravi Maharaj (ravi@m.example) ?",
        "¿Podrías reconectarme con Ravi Maharaj (ravi@m.example)?",
        "Könnten Sie mich wieder mit Ravi Maharaj (ravi@m.example) in Kontakt bringen?",
        "Podia reaproximar-me do Ravi Maharaj (ravi@m.example)?",
        "Unaweza kunikutanisha tena na Ravi Maharaj (ravi@m.example)?",
    ],
)
def test_reconnecting_the_writer_pairs_them_with_the_other(body: str) -> None:
    found = understand(body)
    assert (found.a, found.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Ravi Maharaj", "ravi@m.example"),
    )
    assert found.confident


@pytest.mark.parametrize(
    "body",
    [
        "Ravi Maharaj (ravi@m.example) and I studied together but lost touch.\n\n"
        "Could you reconnect us?",
        "Ravi Maharaj (ravi@m.example) and I studied together but lost touch.\n\n"
        "Could you put us back in touch?",
        "Ravi Maharaj (ravi@m.example) y yo estudiamos juntos pero perdimos el contacto.\n\n"
        "¿Podrías reconectarnos?",
        "Ravi Maharaj (ravi@m.example) und ich haben zusammen studiert.\n\n"
        "Könnten Sie uns wieder in Kontakt bringen?",
        "O Ravi Maharaj (ravi@m.example) e eu estudámos juntos.\n\nPodia reaproximar-nos?",
        "Ravi Maharaj (ravi@m.example) na mimi tulisoma pamoja.\n\nUnaweza kutukutanisha tena?",
    ],
)
def test_reconnecting_us_pairs_the_writer_with_the_one_named_before(body: str) -> None:
    found = understand(body)
    assert found.kind == "intro_request"
    assert found.a == Party("Ann Lee", "ann@lee.example")
    assert found.b is not None and found.b.email == "ravi@m.example"
    assert found.confident


def test_telling_of_reconnecting_others_asks_nothing() -> None:
    for body in (
        "We reconnected Ana Lopes (ana@l.example) and Ravi Maharaj (ravi@m.example) last"
        " year, thanks.",
        "Ana Lopes (ana@l.example) et Ravi Maharaj (ravi@m.example) se sont reconnectés à Lyon.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_a_sender_without_a_display_name_is_named_as_they_sign() -> None:
    result = understand(
        "Could you introduce me to Bob Ray (bob@ray.example)?\n\nThanks,\nAnn Lee\n",
        sender="ann.lee@lee.example",
    )
    assert result.requester == Party("Ann Lee", "ann.lee@lee.example")
    assert {result.a, result.b} == {
        Party("Ann Lee", "ann.lee@lee.example"),
        Party("Bob Ray", "bob@ray.example"),
    }
    assert result.confident
    # A line that does not agree with the address names nobody.
    result = understand(
        "Could you introduce me to Bob Ray (bob@ray.example)?\n\nThanks,\nAcme Robotics\n",
        sender="ann.lee@lee.example",
    )
    assert result.requester == Party(None, "ann.lee@lee.example")


def test_put_in_touch_before_the_pair_and_the_polite_indirect_ask() -> None:
    for body in (
        "I would like to ask you if is possible to put in touch my colleague Marco Bellini "
        "(marco@gatti.example) with Mrs. Johanna Weiss (j.weiss@weiss.example).",
        "Could you put in contact Dr. Marco Bellini (marco@gatti.example) with "
        "Johanna Weiss (j.weiss@weiss.example)?",
        "Is it possible to put in touch Marco Bellini (marco@gatti.example) and "
        "Ms. Johanna Weiss (j.weiss@weiss.example)?",
        "Ich möchte Sie fragen, ob es möglich ist, meinen Kollegen Marco Bellini "
        "(marco@gatti.example) mit Frau Johanna Weiss (j.weiss@weiss.example) in Kontakt "
        "zu bringen.",
        "Gostaria de lhe perguntar se é possível pôr em contacto o meu colega Marco Bellini "
        "(marco@gatti.example) com a Sra. Johanna Weiss (j.weiss@weiss.example).",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.a == Party("Marco Bellini", "marco@gatti.example"), body
        assert result.b == Party("Johanna Weiss", "j.weiss@weiss.example"), body
        assert result.confident, body
    # Things put in touch with things are no people.
    for body in (
        "I would like to put in touch the new sensors with the old controller board. "
        "Marco (marco@gatti.example) will test it.",
        "I got in touch with Mrs. Johanna Weiss (j.weiss@weiss.example) last week.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_the_subjunctive_and_the_imperative_of_putting_in_contact() -> None:
    for body in (
        "Gostaria de pedir que pusesse em contacto a Inês Carvalho (ines@navega.example) "
        "com o Tiago Moura (tiago@moura.example).",
        "Queria pedir-lhe que pusesse a Inês Carvalho (ines@navega.example) em contacto "
        "com o Tiago Moura (tiago@moura.example).",
        "hola, pon en contacto a mi hermana Inês Carvalho (ines@navega.example) con "
        "Tiago Moura (tiago@moura.example). gracias!!",
        "pon a mi hermana Inês Carvalho (ines@navega.example) en contacto con "
        "Tiago Moura (tiago@moura.example).",
        "salut, mets en contact ma sœur Inês Carvalho (ines@navega.example) avec "
        "Tiago Moura (tiago@moura.example). merci!",
        "olá, põe em contacto a minha prima Inês Carvalho (ines@navega.example) com "
        "o Tiago Moura (tiago@moura.example).",
    ):
        result = understand(body)
        assert result.a == Party("Inês Carvalho", "ines@navega.example"), body
        assert result.b == Party("Tiago Moura", "tiago@moura.example"), body
        assert result.confident, body
    for body in (
        "Bom dia, gostaria de pedir que me apresentasse ao Tiago Moura (tiago@moura.example).",
        "Seria possível que me pusesse em contacto com o Tiago Moura (tiago@moura.example)?",
        "ponme en contacto con Tiago Moura (tiago@moura.example), gracias",
        "J'aimerais que vous me mettiez en relation avec Tiago Moura (tiago@moura.example).",
        "Je souhaiterais que vous me présentiez à Tiago Moura (tiago@moura.example).",
    ):
        result = understand(body)
        assert result.a == Party("Ann Lee", "ann@lee.example"), body
        assert result.b == Party("Tiago Moura", "tiago@moura.example"), body
        assert result.confident, body
    for body in (
        "O Tiago Moura (tiago@moura.example) pediu que pusesse em contacto os documentos "
        "com a contabilidade.",
        "Obrigado por me ter posto em contacto com o Tiago Moura (tiago@moura.example)!",
        "pon en contacto el formulario con el servidor, tiago@moura.example sabe cómo.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_a_particle_before_the_domain_of_an_address_opens_a_company() -> None:
    for body, name in (
        (
            "put me in touch with Marta Ruiz de Talento Digital, marta@talentodigital.example",
            "Marta Ruiz",
        ),
        (
            "ponme en contacto con Marta Ruiz de Talento Digital, marta@talentodigital.example",
            "Marta Ruiz",
        ),
        (
            "me mettre en relation avec Marc Petit de Studio Nord, marc@studionord.example",
            "Marc Petit",
        ),
        ("pode me colocar em contato com a Ana Lima da Criativa, ana@criativa.example", "Ana Lima"),
        (
            "niunganishe na Marta Ruiz wa Talento Digital, marta@talentodigital.example",
            "Marta Ruiz",
        ),
        # A particle no domain spells stays in the name.
        ("Please introduce me to Ilse van der Berg (ilse@berg.example).", "Ilse van der Berg"),
        (
            "Please introduce me to Ana Lima de Talento (ana.talento@x.example).",
            "Ana Lima de Talento",
        ),
    ):
        result = understand(body)
        assert result.b is not None and result.b.name == name, body
        assert result.confident, body


def test_the_one_written_for_named_and_copied_is_known_and_a_job_title_is_no_person() -> None:
    for body in (
        "I'm writing on behalf of David Chen, our CEO (cc'd). David would like to be "
        "introduced to Ruth Kaplan, Chief Medical Officer at Northwind Health "
        "(ruth@northwind.example).",
        "On behalf of David Chen (copied): David would like to get introduced to Ruth Kaplan, "
        "VP Engineering at Northwind (ruth@northwind.example).",
        "Je vous écris au nom de David Chen, notre PDG (en copie). David aimerait être "
        "présenté à Ruth Kaplan, Directrice Médicale chez Northwind (ruth@northwind.example).",
        "Le escribo en nombre de David Chen, nuestro CEO (en copia). David quisiera conocer a "
        "Ruth Kaplan, Directora Médica de Northwind (ruth@northwind.example).",
        "Escrevo em nome de David Chen, o nosso CEO (em cópia). O David gostaria de ser "
        "apresentado à Ruth Kaplan, Diretora Médica da Northwind (ruth@northwind.example).",
        "Naandika kwa niaba ya David Chen (nakala). David angependa kutambulishwa kwa Ruth "
        "Kaplan, Afisa Mkuu wa Northwind (ruth@northwind.example).",
    ):
        result = understand(body, cc="David Chen <david@brightwater.example>")
        assert result.a == Party("David Chen", "david@brightwater.example"), body
        assert result.b == Party("Ruth Kaplan", "ruth@northwind.example"), body
        assert result.more == (), body
        assert result.confident, body
    # Written for someone not named, or named with no address: asked, not acted on.
    unnamed = understand(
        "I'm writing on behalf of our CEO (cc'd). Could you introduce me to Ruth Kaplan "
        "(ruth@northwind.example)?",
        cc="David Chen <david@brightwater.example>",
    )
    assert not unnamed.confident
    no_address = understand(
        "I'm writing on behalf of David Chen, our CEO. David would like to be introduced to "
        "Ruth Kaplan (ruth@northwind.example)."
    )
    assert not no_address.confident


def test_a_contact_listed_in_the_signature_is_no_proxy() -> None:
    for body in (
        "Hello,\n\nMy partner Nora suggested I write to you. Could you introduce me to Ben "
        "Adler (ben@adler.example)? We're advising a client.\n\nMany thanks,\nAnn\n\nAnn Lee\n"
        "Partner | Lee & Shaw LLP\nExecutive Assistant: Gwen Price | gwen.price@lee.example",
        "Bonjour, ma collègue Nora m'a conseillé de vous écrire. Pourriez-vous me présenter à "
        "Ben Adler (ben@adler.example) ?\n\nCordialement,\nAnn\n\nAnn Lee\nLee & Shaw\n"
        "Assistante de direction : Gwen Price - gwen.price@lee.example",
    ):
        result = understand(body)
        assert result.a == Party("Ann Lee", "ann@lee.example"), body
        assert result.b == Party("Ben Adler", "ben@adler.example"), body
        assert result.confident, body
    # A role the writer holds, or an ask made for someone, still makes "me" nobody certain.
    for body in (
        "Could you introduce me to Ben Adler (ben@adler.example)?\n\nMany thanks,\nAnn\n\n"
        "Ann Lee\nExecutive Assistant to David Chen\nLee & Shaw LLP\nBoston",
        "Hello, I'm writing on behalf of Nora. Could you introduce me to Ben Adler "
        "(ben@adler.example)?\n\nThanks,\nAnn\n\nAnn Lee\nAssistant: Gwen Price | "
        "gwen.price@lee.example",
    ):
        result = understand(body)
        assert result.a == Party(None, None), body
        assert not result.confident, body


def _forwarded(note: str, body: str) -> str:
    return (
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Sofia Marin <sofia@plantae.example>\nDate: Fri, 14 Nov 2025 at 16:20\n"
        f"Subject: Paul\nTo: Ann Lee <ann@lee.example>\n\n{body}\n\nSofia"
    )


def test_him_and_us_in_a_forwarded_ask_are_the_one_its_author_wrote_about() -> None:
    for note, body in (
        (
            "Intro request from Sofia below. Paul is my old colleague, paul@charite.example",
            "Hi Ann,\n\nI saw that you worked with Paul Henning in Berlin. Could you "
            "introduce me to him? We're validating an assay.",
        ),
        (
            "Can you handle this one please? Paul's email is paul@charite.example",
            "Hi Ann,\n\nYou mentioned you know Paul Henning from Berlin. Would you be open "
            "to introducing us? We're expanding.",
        ),
        (
            "Tu peux t'en occuper ? L'adresse de Paul : paul@charite.example",
            "Salut Ann,\n\nTu m'as dit que tu connais Paul Henning. Pourrais-tu nous "
            "présenter ? Nous nous développons.",
        ),
        (
            "Podes tratar disto? O email do Paul é paul@charite.example",
            "Olá Ann,\n\nDisseste que conheces o Paul Henning. Podes nos apresentar?",
        ),
        (
            "Kannst du das übernehmen? Pauls Adresse ist paul@charite.example",
            "Hallo Ann,\n\ndu kennst doch Paul Henning. Könntest du uns bekannt machen?",
        ),
    ):
        result = understand(_forwarded(note, body))
        assert result.a == Party("Sofia Marin", "sofia@plantae.example"), body
        assert result.b == Party("Paul Henning", "paul@charite.example"), body
        assert result.confident, body
    # Two people written about, or none: nobody certain, and never the forwarder.
    for note, body in (
        (
            "See below. Paul is at paul@charite.example and Eva at eva@roth.example",
            "Hi Ann,\n\nYou know Paul Henning and Eva Roth. Would you be open to introducing us?",
        ),
        (
            "See below.",
            "Hi Ann,\n\nWould you be open to introducing us? I'd love to meet your team.",
        ),
    ):
        result = understand(_forwarded(note, body))
        assert not result.confident, body
        assert result.b is None or result.b.email != "ann@lee.example", body


def test_talk_of_double_opt_in_or_a_wish_to_meet_the_reader_asks_nothing() -> None:
    for body in (
        "I've been following your post on double opt-in intros. We should meet. I'm in "
        "London 18-20 November, any chance you're free for a coffee?",
        "J'ai lu votre article sur les mises en relation en double opt-in. On devrait se "
        "voir, un café la semaine prochaine ?",
        "Sigo vuestro trabajo sobre presentaciones con doble opt-in. Deberíamos vernos.",
        "Ich verfolge Ihre Arbeit zu Double-Opt-in-Vorstellungen. Wir sollten uns treffen.",
        "Acompanho o vosso trabalho sobre apresentações com double opt-in. A gente devia "
        "se encontrar.",
        "Nimefuatilia kazi yenu ya utambulisho wa double opt-in. Tukutane wiki ijayo?",
    ):
        assert understand(body).kind == "not_a_request", body
    # Asked to run one, the double opt-in is still an ask.
    for body in (
        "Can you do the double opt-in for this one? Bob Ray (bob@ray.example) and Cy Diaz "
        "(cy@diaz.example) are both in fintech.",
        "Could you run a double opt-in between Bob Ray (bob@ray.example) and me?",
    ):
        assert understand(body).kind == "intro_request", body


def test_thanks_for_an_intro_with_the_pronoun_in_the_verb_asks_nothing() -> None:
    for body in (
        "Asante sana kwa kunikutanisha na Bi. Zawadi. Tumeshaongea kwa simu na tunapanga "
        "kukutana Arusha mwezi ujao.",
        "Asante kwa kutukutanisha mimi na Bw. Juma, tumekwisha kuongea.",
        "Merci de nous avoir présentés, Zawadi et moi avons déjà parlé au téléphone.",
        "Gracias por presentarnos, ya hablamos por teléfono con Zawadi.",
        "Danke fürs Vorstellen! Frau Weber und ich haben schon telefoniert.",
        "Obrigado por nos apresentar, já falei com a Zawadi por telefone.",
    ):
        assert understand(body).kind == "not_a_request", body
    # Having talked to someone else first still leaves the ask that follows.
    result = understand(
        "Tumeshaongea na Juma kuhusu hili. Tafadhali nikutanishe na Bi. Amina Hassan "
        "(amina@jenga.co.tz)."
    )
    assert result.b == Party("Amina Hassan", "amina@jenga.co.tz")
    assert result.confident


def test_a_role_before_the_name_in_apposition_names_the_person() -> None:
    for body, a, b in (
        (
            "I would be grateful if you could introduce our programme manager, Moussa Sarr "
            "(moussa.sarr@sahel.example), to Clearflow's Head of Partnerships, Efua Asante "
            "(efua.asante@clearflow.example).",
            Party("Moussa Sarr", "moussa.sarr@sahel.example"),
            Party("Efua Asante", "efua.asante@clearflow.example"),
        ),
        (
            "Pourriez-vous présenter notre directrice, Awa Ndiaye (awa@sahel.example), à "
            "Efua Mensah (efua@clearflow.example) ?",
            Party("Awa Ndiaye", "awa@sahel.example"),
            Party("Efua Mensah", "efua@clearflow.example"),
        ),
        (
            "¿Podrías presentar a nuestra jefa de ventas, Lucía Gómez (lucia@norte.example), "
            "a Pedro Ruiz (pedro@clearflow.example)?",
            Party("Lucía Gómez", "lucia@norte.example"),
            Party("Pedro Ruiz", "pedro@clearflow.example"),
        ),
        (
            "Pourriez-vous présenter Awa Ndiaye (awa@sahel.example) à Efua Mensah "
            "(efua@clearflow.example) ?",
            Party("Awa Ndiaye", "awa@sahel.example"),
            Party("Efua Mensah", "efua@clearflow.example"),
        ),
    ):
        result = understand(body)
        assert (result.a, result.b) == (a, b), body
        assert result.confident, body
    # A company's role with no one named after it, or named without an address, is no
    # certain person.
    for body in (
        "Could you introduce me to Clearflow's CTO? Efua Mensah (efua@clearflow.example) runs it.",
        "Please introduce Dana Roe (dana@orbit.example) to Clearflow's head of sales, Efua Mensah.",
    ):
        assert not understand(body).confident, body


def test_one_who_ought_to_meet_another_is_a_pair_in_every_language() -> None:
    aiko = Party("Aiko Tanaka", "aiko@ed.example")
    pedro = Party("Pedro Alves", "p.alves@ul.example")
    for body in (
        "Aiko Tanaka (aiko@ed.example) ought to meet Pedro Alves (p.alves@ul.example): she "
        "builds on his model.",
        "Aiko Tanaka (aiko@ed.example) devrait vraiment rencontrer Pedro Alves "
        "(p.alves@ul.example). Pourriez-vous les présenter ?",
        "Aiko Tanaka (aiko@ed.example) debería conocer a Pedro Alves (p.alves@ul.example). "
        "¿Los presentas?",
        "A Aiko Tanaka (aiko@ed.example) devia conhecer o Pedro Alves (p.alves@ul.example). "
        "Pode apresentá-los?",
        "Aiko Tanaka (aiko@ed.example) anapaswa kukutana na Pedro Alves (p.alves@ul.example). "
        "Tafadhali watambulishe.",
    ):
        result = understand(body)
        assert (result.a, result.b) == (aiko, pedro), body
        assert result.confident, body
    # A list of asks: the first, "ought to meet", is one of them.
    result = understand(
        "I'd be grateful for two introductions. First, my PhD student Aiko Tanaka "
        "(aiko@ed.example) ought to meet Dr Pedro Alves (p.alves@ul.example) in Lisbon. "
        "Second, could you connect Ben Hartley (ben@ed.example) with Nadia Rahman "
        "(nadia@om.example)?"
    )
    assert (result.a, result.b) == (aiko, pedro)
    assert [(p.a.email, p.b.email) for p in result.more] == [("ben@ed.example", "nadia@om.example")]
    # What one ought to meet that is no person is no pair.
    assert (
        understand(
            "Aiko Tanaka (aiko@ed.example) ought to meet the deadline; Pedro Alves "
            "(p.alves@ul.example) knows."
        ).kind
        == "not_a_request"
    )


def test_one_who_needs_to_meet_another_is_a_pair_in_every_language() -> None:
    tiago = Party("Tiago Mendes", "tiago@cat.example")
    fatima = Party("Fátima Rocha", "fatima@paroquia.example")
    for body in (
        "Tiago Mendes (tiago@cat.example) needs to meet Fátima Rocha (fatima@paroquia.example),"
        " who runs the programme.",
        "Tiago Mendes (tiago@cat.example) really has to talk to Fátima Rocha"
        " (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) a vraiment besoin de rencontrer Fátima Rocha"
        " (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) a besoin d'échanger avec Fátima Rocha"
        " (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) necesita conocer a Fátima Rocha"
        " (fatima@paroquia.example), que coordina la catequesis.",
        "Tiago Mendes (tiago@cat.example) tiene que hablar con Fátima Rocha"
        " (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) muss unbedingt Fátima Rocha (fatima@paroquia.example)"
        " kennenlernen.",
        "O Tiago Mendes (tiago@cat.example) tem que conhecer a Fátima Rocha"
        " (fatima@paroquia.example).",
        "O Tiago Mendes (tiago@cat.example) precisa falar com a Fátima Rocha"
        " (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) anahitaji kukutana na Fátima Rocha"
        " (fatima@paroquia.example).",
    ):
        result = understand(body)
        assert (result.a, result.b) == (tiago, fatima), body
        assert result.confident, body
    # What one needs to meet, or to know, that is no one to introduce is no pair.
    for body in (
        "Tiago Mendes (tiago@cat.example) needs to meet the deadline; Fátima Rocha"
        " (fatima@paroquia.example) knows.",
        "Tom needs to know Fátima's answer by Friday.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_one_named_is_the_subject_of_an_ask_after_a_clause_and_a_conjunction() -> None:
    tiago = Party("Tiago Mendes", "tiago@cat.example")
    fatima = Party("Fátima Rocha", "fatima@paroquia.example")
    for body in (
        "Tiago Mendes (tiago@cat.example) just started as a catechist and would like to be"
        " introduced to Fátima Rocha (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) vient de commencer comme catéchiste et doit"
        " rencontrer Fátima Rocha (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) empezó como catequista y necesita conocer a Fátima"
        " Rocha (fatima@paroquia.example).",
        "O Tiago Mendes (tiago@cat.example) começou agora como catequista da turma de crisma e"
        " precisa conhecer a Dona Fátima Rocha (fatima@paroquia.example).",
        "Tiago Mendes (tiago@cat.example) ameanza kazi ya katekista kisha anapaswa kukutana na"
        " Fátima Rocha (fatima@paroquia.example).",
    ):
        result = understand(body)
        assert (result.a, result.b) == (tiago, fatima), body
        assert result.confident, body
    # The writer's own clause ("and I would like") asks for the writer, asked about; a
    # letter glued to a word ("e-meet") is no conjunction.
    result = understand(
        "Tiago Mendes (tiago@cat.example) called me and I would like to be introduced to"
        " Fátima Rocha (fatima@paroquia.example)."
    )
    assert result.a == Party("Ann Lee", "ann@lee.example")
    assert not result.confident
    rules = load_rules()
    items = tokenize("Jo, lovely to e-meet you", rules)
    lovely = [item.lower for item in items].index("lovely")
    assert _coordinated(items, lovely, rules) == 0
    items = tokenize("Tiago started as a catechist and needs to meet Fátima", rules)
    started = [item.lower for item in items].index("started")
    assert items[_coordinated(items, started, rules)].lower == "needs"


def test_a_title_or_a_company_in_a_display_name_is_no_part_of_the_name() -> None:
    body = "Could you introduce me to Bob Ray (bob@ray.example)? He is hiring."
    for sender, name in (
        ('"Jessica Tran | NorthPeak" <jess@northpeak.example>', "Jessica Tran"),
        ("Ann Lee - Acme Corp <jess@northpeak.example>", "Ann Lee"),
        ("Dr. Katharina Weber <jess@northpeak.example>", "Katharina Weber"),
        ("Dre Nathalie Bouchard <jess@northpeak.example>", "Nathalie Bouchard"),
        ("Dra. Lucía Pérez <jess@northpeak.example>", "Lucía Pérez"),
        ("Bi. Zawadi Mushi <jess@northpeak.example>", "Zawadi Mushi"),
        ("Herrn Jonas Weber <jess@northpeak.example>", "Jonas Weber"),
        ("Mr. Samuel Adeyemi <jess@northpeak.example>", "Samuel Adeyemi"),
        ('"Hargreaves, Simon" <jess@northpeak.example>', "Simon Hargreaves"),
        # A hyphen in a name is no company; a title alone stays as written.
        ("Anne - Marie <jess@northpeak.example>", "Anne - Marie"),
    ):
        result = understand(body, sender=sender)
        assert result.requester == Party(name, "jess@northpeak.example"), sender
    result = understand(
        "Could you introduce me to Bob Ray? He is copied.",
        cc="Dr. Bob Ray <bob@ray.example>",
    )
    assert result.b == Party("Bob Ray", "bob@ray.example")


def test_a_verb_opening_a_question_and_a_product_are_no_people() -> None:
    """Two people set up a call on an intro thread, the agent copied: "¿Prefieres Meet o
    Teams?" names no one ("Prefieres" opens a question, "Teams" is a product)."""
    for question in (
        "¿Prefieres Meet o Teams?",
        "Préférez-vous Zoom ou Teams ?",
        "Möchtest du Zoom oder Teams?",
        "Prefere Meet ou Zoom?",
        "Zoom, meet Teams?",
        "Unapendelea Zoom au Teams?",
    ):
        result = understand(
            f"Hola Carmen,\n\nEncantado. ¿Te va bien el jueves a las 10? {question}\n\nJavier",
            sender="Javier Morales <javier@nube.example>",
            to="Carmen Ortega <carmen@ortega.example>",
            cc=f"Intro Agent <{AGENT}>",
            subject="Re: Presentación: Carmen Ortega y Javier Morales",
        )
        assert result.kind == "not_a_request", question
    # A person is still met: "Carmen, meet Javier" on the same thread.
    result = understand(
        "Carmen, meet Javier Morales (javier@nube.example). Javier runs our cloud team.",
        to="Carmen Ortega <carmen@ortega.example>",
        cc=f"Intro Agent <{AGENT}>",
    )
    assert result.kind == "intro_request"


def test_the_same_again_for_a_new_pair_on_an_old_thread() -> None:
    """On the thread of an intro made, "do the same for me and X" asks a new one."""
    omar = "Omar Farouk <omar@desertbloom.example>"
    for ask in (
        f"Could you do the same for me and {omar}? He farms in Dubai.",
        f"Pourriez-vous faire la même chose pour moi et {omar} ? Il cultive à Dubaï.",
        f"¿Podrías hacer lo mismo para mí y {omar}? Cultiva en Dubái.",
        f"Könntest du dasselbe für mich und {omar} machen? Er baut in Dubai an.",
        f"Você poderia fazer o mesmo para mim e {omar}? Ele cultiva em Dubai.",
        f"Unaweza kufanya vivyo hivyo kwa mimi na {omar}? Analima Dubai.",
        f"That worked out brilliantly, thank you! Same for me and {omar}, please!",
    ):
        result = understand(
            ask,
            subject="Re: Intro: Maya Chen <> Leo Fischer",
            headers={"In-Reply-To": "<intro-1@introbot.net>"},
        )
        assert result.kind == "intro_request", ask
        assert result.a == Party("Ann Lee", "ann@lee.example"), ask
        assert result.b == Party("Omar Farouk", "omar@desertbloom.example"), ask
        assert result.confident, ask
    for other in (
        f"Could you do the same for the deck I sent, {omar} needs it?",
        f"I'd do the same for you and {omar} any time.",
        "Maya and Leo are thrilled. Same for Maya and Leo's teams.",
    ):
        assert understand(other).kind == "not_a_request", other


def test_asking_to_meet_someone_named_with_an_address() -> None:
    """Writing to the agent alone, "would it be possible to meet her" asks to meet the one
    named: the writer and that person. Meeting the agent, or a time, is no pair."""
    priya = "Priya Raman (priya.raman@kinetiq.example)"
    for ask in (
        f"You know {priya}, she builds robot arms. Would it be possible to meet her and "
        "maybe have her as a mentor?",
        f"Conoces a {priya}, construye brazos robóticos. ¿Podría conocer a Priya?",
        f"Você conhece a {priya}, ela constrói braços robóticos. Poderia conhecer a Priya?",
        f"Vous connaissez {priya}. Est-ce que je pourrais rencontrer Priya ?",
    ):
        result = understand(ask)
        assert result.kind == "intro_request", ask
        assert result.a == Party("Ann Lee", "ann@lee.example"), ask
        assert result.b == Party("Priya Raman", "priya.raman@kinetiq.example"), ask
        assert result.confident, ask
    for other in (
        f"Could we meet at 3 to talk about it? {priya} is on the team.",
        f"Could I meet you on Thursday? My colleague {priya} will join.",
        "Könnte ich Sie am Donnerstag treffen?",
    ):
        assert understand(other).kind == "not_a_request", other


def test_one_who_would_welcome_an_introduction_to_another_is_a_pair() -> None:
    sunita = Party("Sunita Rao", "sunita@hp.example")
    daniel = Party("Daniel Cho", "dcho@nw.example")
    for body in (
        "I'm writing on behalf of two executives. Mark Delaney (mark@hp.example) would like "
        "to be introduced to Elena Petrova (elena@pa.example). Separately, Sunita Rao "
        "(sunita@hp.example), our Head of Operations, would welcome an introduction to Daniel "
        "Cho <dcho@nw.example>, as she is reviewing our contracts.",
        "Sunita Rao (sunita@hp.example) would appreciate an introduction to Daniel Cho "
        "(dcho@nw.example) about warehousing.",
        "Sunita Rao (sunita@hp.example) would value a formal introduction to Daniel Cho "
        "(dcho@nw.example).",
        "Sunita Rao (sunita@hp.example) aimerait beaucoup être présentée à Daniel Cho "
        "(dcho@nw.example).",
        "Sunita Rao (sunita@hp.example) agradecería que le presentaran a Daniel Cho "
        "(dcho@nw.example).",
        "Sunita Rao (sunita@hp.example) würde sich über eine Vorstellung bei Daniel Cho "
        "(dcho@nw.example) freuen.",
        "Sunita Rao (sunita@hp.example) gostaria muito de ser apresentada a Daniel Cho "
        "(dcho@nw.example).",
        "Sunita Rao (sunita@hp.example) angefurahi kutambulishwa kwa Daniel Cho (dcho@nw.example).",
    ):
        result = understand(body)
        pairs = [(result.a, result.b), *((p.a, p.b) for p in result.more)]
        assert (sunita, daniel) in pairs, body
        assert result.confident, body
    # Welcoming something else from someone is no ask.
    for body in (
        "Sunita Rao (sunita@hp.example) would welcome feedback from Daniel Cho "
        "(dcho@nw.example) on the draft.",
        "Sunita Rao (sunita@hp.example) would appreciate it if Daniel Cho (dcho@nw.example) "
        "sent the invoice.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_an_address_given_in_a_sentence_about_someone_is_theirs() -> None:
    theresa = Party("Theresa Huber", "t.huber@ha.example")
    for body in (
        "Ich würde gern Frau Theresa Huber kennenlernen, die das Architekturbüro in Graz "
        "führt. Wir suchen jemanden, der mit dem Passivhaus-Standard vertraut ist. Ihre "
        "E-Mail-Adresse lautet t.huber@ha.example. Wären Sie so nett, uns zusammenzubringen?",
        "Could you introduce me to Theresa Huber? She runs an architecture firm in Graz. "
        "Her email is t.huber@ha.example.",
        "Could you introduce me to Theresa Huber? His address: t.huber@ha.example",
        "Pourriez-vous me présenter à Theresa Huber ? Elle dirige un cabinet à Graz. Son "
        "adresse est t.huber@ha.example.",
        "¿Podrías presentarme a Theresa Huber? Dirige un estudio en Graz. Su correo es "
        "t.huber@ha.example.",
        "Você poderia me apresentar à Theresa Huber? Ela dirige um escritório em Graz. O "
        "e-mail dela é t.huber@ha.example.",
        "Tafadhali unitambulishe kwa Theresa Huber. Anaendesha kampuni ya usanifu. Barua "
        "pepe yake ni t.huber@ha.example.",
        # Or the sentence names them.
        "Could you introduce me to Ms. Theresa Huber? Ms. Huber's address is t.huber@ha.example.",
        "Pourriez-vous me présenter à Theresa Huber ? L'adresse de Mme Huber est "
        "t.huber@ha.example.",
        "¿Podrías presentarme a Theresa Huber? El correo de Theresa es t.huber@ha.example.",
        "Könnten Sie mich mit Theresa Huber bekannt machen? Die E-Mail-Adresse von Frau Huber "
        "lautet t.huber@ha.example.",
        "Você poderia me apresentar à Theresa Huber? O e-mail da Theresa é t.huber@ha.example.",
        "Tafadhali unitambulishe kwa Theresa Huber. Barua pepe ya Theresa ni t.huber@ha.example.",
    ):
        result = understand(body)
        assert (result.a, result.b) == (Party("Ann Lee", "ann@lee.example"), theresa), body
        assert result.confident, body
    # An address doubted, of the writer, of someone else, or with two people meant is
    # no one's for sure.
    for body in (
        "Could you introduce me to Theresa Huber? My old address was t.huber@ha.example.",
        "Could you introduce me to Theresa Huber? His address might have changed: "
        "t.huber@ha.example.",
        "Could you introduce me to Theresa Huber? Her email is probably t.huber@ha.example.",
        "Could you introduce me to Theresa Huber? Her assistant's email is t.huber@ha.example.",
        "Could you introduce me to Theresa Huber? She works with Maria Lopez. Her email is "
        "t.huber@ha.example.",
        "Könnten Sie mich mit Theresa Huber und Paul Weber bekannt machen? Ihre "
        "E-Mail-Adresse lautet t.huber@ha.example.",
    ):
        result = understand(body)
        assert result.b is not None and result.b.email is None, body
        assert not result.confident, body
    # The one named just before already has an address: the other is not tied to her.
    result = understand(
        "Could you introduce me to Theresa Huber (th@ha.example)? Her email is t.huber@ha.example."
    )
    assert result.b == Party("Theresa Huber", "th@ha.example")
    assert not result.confident


def test_us_to_the_agent_alone_is_the_writer_and_the_one_person_named_before() -> None:
    ann = Party("Ann Lee", "ann@lee.example")
    bridget = Party("Bridget Farrow", "bridget@hollowoak.example")
    for body in (
        "A customer told me Bridget Farrow makes hand-poured candles and is looking for shops "
        "to stock them - could you introduce us? Her email's bridget@hollowoak.example",
        "Bridget Farrow makes candles and sells them at the market. Could you put us in "
        "touch? Her email is bridget@hollowoak.example",
        "Une cliente m'a dit que Bridget Farrow fabrique des bougies. Pourriez-vous nous "
        "présenter ? Son adresse est bridget@hollowoak.example",
        "Una clienta me dijo que Bridget Farrow hace velas. ¿Podrías presentarnos? Su correo "
        "es bridget@hollowoak.example",
        "Eine Kundin hat mir erzählt, dass Frau Bridget Farrow wunderbare Kerzen macht. "
        "Könnten Sie uns vorstellen? Ihre Adresse lautet bridget@hollowoak.example",
        "Uma cliente me disse que a Bridget Farrow faz velas. Poderia nos apresentar? O e-mail "
        "dela é bridget@hollowoak.example",
    ):
        result = understand(body)
        assert (result.a, result.b) == (ann, bridget), body
        assert result.confident, body
    # Without an address, the one named is asked about.
    result = understand("Bridget Farrow makes candles. Could you introduce us?")
    assert (result.a, result.b) == (ann, Party("Bridget Farrow", None))
    assert not result.confident
    # Two people named: "us" is no one certain, and "her" neither.
    for body in (
        "A customer told me Bridget Farrow and Jane Doe make candles - could you introduce "
        "us? Her email's bridget@hollowoak.example",
        "Jane Doe told me Bridget Farrow makes candles - could you introduce us? Her email's "
        "bridget@hollowoak.example",
        "Jane Doe and Bridget Farrow make candles. They sell them at the market. Her email is "
        "bridget@hollowoak.example. Could you introduce us?",
    ):
        result = understand(body)
        assert result.b is None or result.b.email is None, body
        assert not result.confident, body
    # Copied to someone, "us" is the writer and the one written to, as before.
    result = understand(
        "Bridget Farrow makes candles. Could you introduce us?",
        to=f"{AGENT}, Bo Li <bo@li.example>",
    )
    assert (result.a, result.b) == (ann, Party("Bo Li", "bo@li.example"))


def test_us_to_the_agent_alone_after_two_named_implies_no_pair() -> None:
    # "us" may be the writer and either one: the address given for one ties no pair.
    for body in (
        "Jane Doe and Bridget Farrow make lovely things for the shop - could you introduce "
        "us? Her email's bridget@farrow.example",
        "Jane Doe and Bridget Farrow make lovely things. Could you put us in touch? "
        "bridget@farrow.example",
        "Jane Doe et Bridget Farrow fabriquent de belles choses. Pourriez-vous nous "
        "présenter ? Son adresse est bridget@farrow.example",
        "Jane Doe y Bridget Farrow hacen cosas preciosas. ¿Podrías presentarnos? Su correo "
        "es bridget@farrow.example",
        "Jane Doe und Bridget Farrow machen schöne Dinge. Könnten Sie uns vorstellen? Ihre "
        "Adresse lautet bridget@farrow.example",
        "A Jane Doe e a Bridget Farrow fazem coisas lindas. Poderia nos apresentar? O e-mail "
        "dela é bridget@farrow.example",
        "Jane Doe na Bridget Farrow wanatengeneza vitu vizuri. Unaweza kututambulisha? "
        "Barua pepe yake ni bridget@farrow.example",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert not result.confident, body
    # A place and a company named before "us" are no one.
    result = understand(
        "I own a small bakery in San Antonio. My customer told me his friend Jordan Ellis "
        "runs Bright Mesa Roasters, his email is jordan@brightmesaroasters.com. Would you be "
        "able to put us in touch?"
    )
    assert result.b == Party("Jordan Ellis", "jordan@brightmesaroasters.com")
    assert result.confident
    # One named before "us", the other only after it: the pair stands.
    result = understand(
        "Bridget Farrow makes lovely things - could you introduce us? Her email's "
        "bridget@farrow.example. Jane Doe told me about her."
    )
    assert (result.a, result.b) == (
        Party("Ann Lee", "ann@lee.example"),
        Party("Bridget Farrow", "bridget@farrow.example"),
    )
    assert result.confident


def test_an_affectionate_closing_is_no_reason() -> None:
    for body in (
        "Could you introduce me to Priya Raman (priya@lumen.example)?\n\nLots of love,\nAnnie x",
        "Pourriez-vous me présenter à Priya Raman (priya@lumen.example) ?\n\nGrosses bises,\n"
        "Annie x",
        "¿Podrías presentarme a Priya Raman (priya@lumen.example)?\n\nBesos a todos,\nAnnie x",
        "Könnten Sie mich mit Priya Raman (priya@lumen.example) bekannt machen?\n\nAlles Liebe "
        "und bis bald,\nAnnie x",
        "Você poderia me apresentar à Priya Raman (priya@lumen.example)?\n\nBeijinhos a "
        "todos,\nAnnie x",
        "Tafadhali unitambulishe kwa Priya Raman (priya@lumen.example).\n\nKwa upendo "
        "mwingi,\nAnnie x",
    ):
        result = understand(body)
        assert result.b == Party("Priya Raman", "priya@lumen.example"), body
        assert result.context is None, body
    # A sentence that only opens on the same letters is a reason all the same.
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)?\n\nLovely to see her "
        "work on soil carbon at the summit."
    )
    assert result.context == "Lovely to see her work on soil carbon at the summit"


def test_asked_whether_willing_to_introduce_is_an_ask_not_thanks() -> None:
    hana = Party("Hana Mori", "hana@tidepower.example")
    for body in (
        "Hana Mori (hana@tidepower.example) runs grid partnerships at TidePower. Would you be "
        "up for introducing me? We're planning a microgrid pilot.",
        "Would you be up for introducing me to Hana Mori (hana@tidepower.example)?",
        "Are you game for introducing me to Hana Mori (hana@tidepower.example)?",
        "If you're up for connecting me with Hana Mori (hana@tidepower.example), that would "
        "be great.",
    ):
        result = understand(body)
        assert (result.a, result.b) == (Party("Ann Lee", "ann@lee.example"), hana), body
        assert result.confident, body
    # Thanks stay thanks, an offer beside them too.
    for body in (
        "Thanks for introducing me to Hana Mori (hana@tidepower.example) last week!",
        "Thanks for introducing me to Hana Mori (hana@tidepower.example), I'd be up for "
        "introducing you to my cofounder.",
        "I followed up for introducing me to Hana Mori (hana@tidepower.example).",
    ):
        assert understand(body).kind == "not_a_request", body


@pytest.mark.parametrize(
    "body",
    [
        "You mentioned Wilhelm Brandt at the history society. Could you introduce me to "
        "him? His address is on the society's page: wb1952@posteo.de",
        "Sie hatten Wilhelm Brandt vom Geschichtsverein erwähnt. Könnten Sie mich mit ihm "
        "in Verbindung bringen? Seine Adresse steht auf der Vereinsseite: wb1952@posteo.de",
        "Tu connais Wilhelm Brandt ? Tu pourrais me le présenter ? Son adresse figure sur "
        "le site de l'association : wb1952@posteo.de",
        "¿Conoces a Wilhelm Brandt? ¿Me lo podrías presentar? Su correo aparece en la web "
        "de la asociación: wb1952@posteo.de",
        "Você conhece o Wilhelm Brandt? Pode me apresentar a ele? O e-mail dele está no "
        "site da associação: wb1952@posteo.de",
        "Je, unamfahamu Wilhelm Brandt? Naomba unitambulishe kwake. Barua pepe yake iko "
        "kwenye tovuti ya chama: wb1952@posteo.de",
        "Could you introduce me to Wilhelm Brandt? Wilhelm Brandt's address is on the "
        "society's page: wb1952@posteo.de",
    ],
)
def test_an_address_said_to_be_written_somewhere_is_the_one_spoken_of(body: str) -> None:
    result = understand(body)
    writer = Party("Ann Lee", "ann@lee.example")
    assert (result.a, result.b) == (writer, Party("Wilhelm Brandt", "wb1952@posteo.de"))
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # No colon: the place may go on, and the address is no one's for sure.
        "Could you introduce me to Wilhelm Brandt? His address is on file with the society, "
        "wb1952@posteo.de",
        # Two named before: no one certain.
        "You mentioned Wilhelm Brandt and Karl Weber. Could you introduce me to him? His "
        "address is on the society's page: wb1952@posteo.de",
    ],
)
def test_an_address_said_to_be_written_somewhere_ties_no_one_unsure(body: str) -> None:
    result = understand(body)
    assert not (result.confident and result.b and result.b.email == "wb1952@posteo.de")


def test_a_cue_whose_intro_noun_names_the_agent_thanks_for_nothing() -> None:
    callum = Party("Callum Reid", "callum.reid@brightwatertrust.org")
    marianne = Party("Marianne Ekwueme", "marianne.ekwueme@hollowayfamilyfdn.org")
    kwargs: dict[str, object] = {
        "sender": "Harriet Lowe <harriet.lowe@brightwatertrust.org>",
        "to": "Callum Reid <callum.reid@brightwatertrust.org>",
        "cc": AGENT,
        "subject": "Re: Q2 pipeline",
    }
    for body in (
        "Callum, agreed on Ellery.\n\nOn the Holloway side, and this bit is for the intro "
        "agent I've copied in: please introduce Callum to Marianne Ekwueme, programme "
        "director at the Holloway Family Foundation (marianne.ekwueme@hollowayfamilyfdn.org).",
        "For the introduction service copied here: could you introduce Callum to Marianne "
        "Ekwueme (marianne.ekwueme@hollowayfamilyfdn.org)?",
        "A note for the intro bot: please connect Callum with Marianne Ekwueme "
        "(marianne.ekwueme@hollowayfamilyfdn.org).",
    ):
        result = understand(body, **kwargs)
        assert (result.a, result.b) == (callum, marianne), body
        assert result.confident, body
    # Thanks stay thanks, the agent addressed after a comma too.
    for body in (
        "Thanks for the intro to Marianne Ekwueme (marianne.ekwueme@hollowayfamilyfdn.org), "
        "Callum.",
        "Thanks for the intro, agent: Callum and Marianne Ekwueme "
        "(marianne.ekwueme@hollowayfamilyfdn.org) are meeting on Friday.",
    ):
        assert understand(body, **kwargs).kind == "not_a_request", body


def test_a_forward_whose_author_asked_whether_willing_pairs_the_author() -> None:
    body = (
        "Can you handle this one? Yuki's address is below, and Hana is "
        "hana.mori@tidepower.example.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Yuki Tanabe <yuki@solarmesh.example>\n"
        "Date: Wed, 3 Dec 2025 at 09:14\n"
        "Subject: intro to your climate friend?\n"
        "To: Ann Lee <ann@lee.example>\n\n"
        "Hi Ann,\n\nLast week you mentioned Hana Mori at TidePower. Would you be up for "
        "introducing me? We're looking for a grid partner for our pilot.\n\nThanks,\nYuki\n"
    )
    result = understand(body, subject="Fwd: intro to your climate friend?")
    assert (result.a, result.b) == (
        Party("Yuki Tanabe", "yuki@solarmesh.example"),
        Party("Hana Mori", "hana.mori@tidepower.example"),
    )
    assert result.confident


def test_a_list_items_reason_may_follow_its_ask_on_the_same_line() -> None:
    dana = Party("Dana Roe", "dana@roe.example")
    tom = Party("Tom Hall", "tom@hall.example")
    for body, reason in (
        (
            "Two intros please:\n1) Please introduce Dana Roe (dana@roe.example) to Tom Hall "
            "(tom@hall.example). Dana is hiring a designer for her studio.\n2) Please "
            "introduce me to Carol Diaz (carol@diaz.example).",
            "Dana is hiring a designer for her studio",
        ),
        (
            "Deux mises en relation :\n1) Pourriez-vous présenter Dana Roe (dana@roe.example) "
            "à Tom Hall (tom@hall.example) ? Dana cherche une graphiste pour son studio.\n2) "
            "Pourriez-vous me présenter à Carol Diaz (carol@diaz.example) ?",
            "Dana cherche une graphiste pour son studio",
        ),
        (
            "Dos presentaciones:\n1) Por favor, presenta a Dana Roe (dana@roe.example) a Tom "
            "Hall (tom@hall.example). Dana busca una diseñadora para su estudio.\n2) "
            "Preséntame a Carol Diaz (carol@diaz.example).",
            "Dana busca una diseñadora para su estudio",
        ),
        (
            "Zwei Anliegen:\n1) Bitte bringen Sie Dana Roe (dana@roe.example) mit Tom Hall "
            "(tom@hall.example) in Kontakt. Dana sucht eine Designerin für ihr Studio.\n2) "
            "Außerdem würde ich gern Carol Diaz (carol@diaz.example) kennenlernen.",
            "Dana sucht eine Designerin für ihr Studio",
        ),
        (
            "Duas apresentações:\n1) Por favor, apresente a Dana Roe (dana@roe.example) ao Tom "
            "Hall (tom@hall.example). A Dana procura uma designer para o estúdio.\n2) Pode me "
            "apresentar à Carol Diaz (carol@diaz.example)?",
            "A Dana procura uma designer para o estúdio",
        ),
        (
            "Utambulisho miwili:\n1) Tafadhali mtambulishe Dana Roe (dana@roe.example) kwa Tom "
            "Hall (tom@hall.example). Dana anatafuta mbunifu kwa studio yake.\n2) Tafadhali "
            "unitambulishe kwa Carol Diaz (carol@diaz.example).",
            "Dana anatafuta mbunifu kwa studio yake",
        ),
    ):
        result = understand(body)
        assert (result.a, result.b) == (dana, tom), body
        assert result.context == reason, body
    # The next item's reason, or what follows the list, is none of this item's.
    for body in (
        "Two intros please:\n1) Please introduce Dana Roe (dana@roe.example) to Tom Hall "
        "(tom@hall.example).\n2) Please introduce me to Carol Diaz (carol@diaz.example). "
        "Carol runs the best studio in town.",
        "Two intros please:\n- Dana Roe <dana@roe.example> <> Tom Hall <tom@hall.example>\n"
        "- Ann Lee <ann@lee.example> <> Carol Diaz <carol@diaz.example>\n\n"
        "Please run the usual opt-in.",
    ):
        result = understand(body)
        assert (result.a, result.b) == (dana, tom), body
        assert result.context is None, body


def test_an_ask_typed_without_accents_is_read_as_with_them() -> None:
    sophie = "Sophie Marchand <sophie@atelier.example>"
    for body in (
        f"J'aimerais beaucoup que tu me presentes {sophie}, je lance ma marque.",
        f"J'aimerais beaucoup que tu me présentes {sophie}, je lance ma marque.",
        f"Quisiera una presentacion con {sophie}.",
        f"Gostaria de uma apresentacao a {sophie}.",
        f"Koenntest du mich {sophie} vorstellen?",
        f"Ich wuerde mich ueber eine Vorstellung bei {sophie} freuen.",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.a == Party("Ann Lee", "ann@lee.example"), body
        assert result.b == Party("Sophie Marchand", "sophie@atelier.example"), body
        assert result.confident, body
    # Told of an intro made, or of a presentation, without accents: still none.
    for body in (
        f"Ya me presentaron a {sophie} el ano pasado, gracias.",
        f"Obrigada pela apresentacao a {sophie}!",
        f"{sophie} m'a presente son projet hier, merci !",
        f"Konnten Sie {sophie} gestern erreichen?",
    ):
        assert understand(body).kind == "not_a_request", body


def test_a_name_glued_to_its_address_is_the_name_with_its_address() -> None:
    # Outlook's plain text: "Name<mailto:addr>", also "Name <mailto:addr>", "Name [mailto:addr]".
    for body in (
        "Je souhaiterais que vous présentiez Mariama Diop<mailto:mariama@ecole.sn>"
        " à Yves Konan<mailto:yves@btp.ci>.",
        "Could you introduce Ann Berg<mailto:mariama@ecole.sn> to Bob Stone <mailto:yves@btp.ci>?",
        "Could you introduce Ann Berg [mailto:mariama@ecole.sn] to Bob Stone(yves@btp.ci)?",
        "¿Podrías presentar a Ana Ruiz<mailto:mariama@ecole.sn> y Pablo Gil<yves@btp.ci>?",
        "Könnten Sie Jonas Weber<mailto:mariama@ecole.sn> und Lea Maier<mailto:yves@btp.ci>"
        " vorstellen?",
        "Pode apresentar a Joana Lima<mailto:mariama@ecole.sn> ao Rui Costa<mailto:yves@btp.ci>?",
        "Tafadhali mtambulishe Juma Ali<mailto:mariama@ecole.sn> kwa Neema Mushi"
        "<mailto:yves@btp.ci>.",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.confident, body
        assert result.a is not None and result.a.email == "mariama@ecole.sn", body
        assert result.b is not None and result.b.email == "yves@btp.ci", body
    # A link glued to a word is no address, and a report shown to someone asks no intro.
    assert not understand("Could you introduce Ann Berg to Bob Stone? Site<http://x.io>").confident
    assert (
        understand(
            "Je souhaiterais que vous présentiez votre rapport à Yves Konan<mailto:yves@btp.ci>."
        ).kind
        == "not_a_request"
    )


def test_voseo_asks_as_the_other_second_persons_do() -> None:
    lucia = "Lucía Pérez <lucia@fintech.com.ar>"
    for body in (
        f"Che, ¿me presentás a {lucia}? Nos vendría bárbaro.",
        f"Presentame a {lucia}, dale.",
        f"Conectame con {lucia} porfa.",
        f"¿Podés presentarme a {lucia}?",
        f"¿Me ponés en contacto con {lucia}?",
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert result.a is not None and result.a.email == "ann@lee.example", body
        assert result.b is not None and result.b.email == "lucia@fintech.com.ar", body
    pair = "Martín Sosa <martin@sosa.ar>", "Carla Benítez <carla@b.ar>"
    for body in (
        f"Te pido un favor: juntá a {pair[0]} con {pair[1]}.",
        f"¿Podés presentar a {pair[0]} a {pair[1]}?",
        f"¿Conectás a {pair[0]} con {pair[1]}?",
    ):
        result = understand(body)
        assert result.confident, body
        assert result.a is not None and result.a.email == "martin@sosa.ar", body
        assert result.b is not None and result.b.email == "carla@b.ar", body
    # Addresses given below by first name ("Martín: martin.sosa@...").
    result = understand(
        "Te pido un favor: juntá a Martín Sosa con Carla Benítez.\n\nTe dejo los mails:\n"
        "Martín: martin.sosa@clinicapp.com.ar\nCarla: carlabenitez@gmail.com\n"
    )
    assert result.confident
    assert result.b is not None and result.b.email == "carlabenitez@gmail.com"
    for body in (
        "Juntá los papeles con Carla Benítez <carla@b.ar> y mandalos.",
        "¿Presentás el informe a Carla Benítez <carla@b.ar> el jueves?",
        "Mañana presentás vos en la reunión con Carla Benítez <carla@b.ar>.",
        "Gracias por presentarme a Lucía Pérez <lucia@fintech.com.ar>!",
    ):
        assert understand(body).kind == "not_a_request", body


def test_voseo_imperatives_present_one_to_another() -> None:
    pair = "Carolina Méndez <carolina@agro.ar>", "Tomás Vidal <tvidal@frio.ar>"
    for body in (
        f"Presentá a {pair[0]} con {pair[1]}; Carolina necesita un cliente piloto.",
        f"Conectá a {pair[0]} con {pair[1]}, porfa.",
        f"Contactá a {pair[0]} con {pair[1]}.",
        f"Poné en contacto a {pair[0]} con {pair[1]}.",
        f"Poné a {pair[0]} en contacto con {pair[1]}.",
        f"Presenta a {pair[0]} a {pair[1]}.",
    ):
        result = understand(body)
        assert result.confident, body
        assert result.a is not None and result.a.email == "carolina@agro.ar", body
        assert result.b is not None and result.b.email == "tvidal@frio.ar", body
    for body in (
        "Presentá el informe a Carla Benítez <carla@b.ar> el jueves.",
        "Contactá a Carla Benítez <carla@b.ar> el jueves.",
        "Conectá la impresora con la computadora de Carla Benítez <carla@b.ar>.",
    ):
        assert understand(body).kind == "not_a_request", body
    # "pone" is "puts", no imperative: someone else's doing is told, nothing asked for sure.
    told = understand(f"Mañana Luis pone en contacto a {pair[0]} con {pair[1]}.")
    assert not told.confident and told.a is None


def test_a_list_item_may_repeat_the_frame_without_its_verb() -> None:
    cases = (
        (
            "Dos cosas:\n- Presentá a Carolina Méndez <carolina@agro.ar> con Tomás Vidal "
            "<tvidal@frio.ar>; Carolina necesita un cliente piloto.\n- Y a mí con Paula Ortega "
            "<paula@banco.ar>, quiero hablar con ella sobre crédito.",
            "paula@banco.ar",
        ),
        (
            "Pourriez-vous présenter Fatou Sarr <fatou@sarr.sn> à Awa Ndiaye <awa@nd.sn> ? "
            "Et moi avec Marc Diallo <marc@diallo.sn>.",
            "marc@diallo.sn",
        ),
        (
            "Könnten Sie Lena Vogel <lena@vogel.de> mit Tim Roth <tim@roth.de> verbinden? "
            "Und mich mit Jonas Weber <jonas@weber.de>.",
            "jonas@weber.de",
        ),
        (
            "Pode apresentar a Rita Lopes <rita@lopes.pt> ao Rui Costa <rui@costa.pt>? "
            "E a mim com a Joana Ribeiro <joana@rib.pt>.",
            "joana@rib.pt",
        ),
        (
            "Tafadhali mtambulishe Amina Said <amina@said.tz> kwa Baraka Juma <baraka@juma.tz>. "
            "Na mimi na Juma Ali <juma@ali.tz>.",
            "juma@ali.tz",
        ),
        (
            "Please introduce Ann Berg <ann@berg.io> to Bob Stone <bob@stone.io>. "
            "And me with Carol Diaz <carol@diaz.io>.",
            "carol@diaz.io",
        ),
    )
    for body, other in cases:
        result = understand(body)
        assert result.confident, body
        assert [(p.a.email, p.b.email) for p in result.more] == [("ann@lee.example", other)], body
    # The frame going on to no one, or after thanks, carries nothing on.
    for body in (
        "Presentá a Carolina Méndez <carolina@agro.ar> con Tomás Vidal <tvidal@frio.ar>. "
        "Y a mí con tiempo, por favor.",
        "Pode apresentar a Rita Lopes <rita@lopes.pt> ao Rui Costa <rui@costa.pt>? "
        "E a mim com calma, obrigado.",
    ):
        result = understand(body)
        assert result.confident and result.more == (), body
    thanks = understand(
        "Gracias por presentarme a Lucía Pérez <lucia@fintech.ar>! Y a mí con Paula Ortega "
        "<paula@banco.ar> me fue muy bien."
    )
    assert thanks.kind == "not_a_request"


def test_the_writer_put_first_of_a_sentences_own_ask_carries_nothing_on() -> None:
    # "Y a mí ... poneme en contacto con": the writer, put first, of the ask that follows,
    # not the one to meet the pair asked for before.
    pair = "Luz Castaño (luz@cafe.example) y Andrés Salazar (andres@tost.example)"
    for body in (
        f"Dos encarguitos:\n\n1. Que se conozcan {pair}. Él busca café de Huila.\n\n2. Y a mí "
        "porfa poneme en contacto con María Cruz (maria@export.example), que exporta a Japón.",
        f"Por favor, presenta a {pair.replace(' y ', ' a ')}. Y a mí, por favor, ponme en "
        "contacto con María Cruz (maria@export.example).",
        "Por favor, apresente a Luz Castaño (luz@cafe.example) ao Andrés Salazar "
        "(andres@tost.example). E a mim, por favor, me apresente à María Cruz "
        "(maria@export.example).",
    ):
        result = understand(body)
        assert (result.a.email, result.b.email) == (  # type: ignore[union-attr]
            "luz@cafe.example",
            "andres@tost.example",
        ), body
        pairs = [(p.a.email, p.b.email) for p in result.more]
        assert pairs == [("ann@lee.example", "maria@export.example")], body
    # "Y a mí también." alone carries the ask before on to the writer.
    result = understand(f"Por favor, presenta a {pair.replace(' y ', ' a ')}. Y a mí también.")
    assert [(p.a.email, p.b.email) for p in result.more] == [
        ("luz@cafe.example", "ann@lee.example")
    ]


def test_the_plural_imperative_asks_two_to_be_introduced_each_other() -> None:
    ann, bob = Party("Ann Berg", "ann@berg.io"), Party("Bob Stone", "bob@stone.io")
    for body in (
        "Bitte stellt Ann Berg (ann@berg.io) und Bob Stone (bob@stone.io) einander vor.",
        "Stellt ihr bitte Ann Berg (ann@berg.io) und Bob Stone (bob@stone.io) einander vor?",
        "Erstens: Bitte stellt Ann Berg (ann@berg.io) und Bob Stone (bob@stone.io) einander "
        "vor. Zweitens: Mich selbst bitte mit Carol Diaz (carol@diaz.io) verbinden.",
    ):
        result = understand(body)
        assert (result.a, result.b) == (ann, bob), body
        assert result.confident, body
    both = understand(
        "Erstens: Bitte stellt Ann Berg (ann@berg.io) und Bob Stone (bob@stone.io) einander "
        "vor. Zweitens: Mich selbst bitte mit Carol Diaz (carol@diaz.io) verbinden."
    )
    assert [(p.a.email, p.b.email) for p in both.more] == [("ann@lee.example", "carol@diaz.io")]
    # A thing, not a person, before "bitte mit": no ask.
    assert understand("Die Stelle bitte mit Carol Diaz (carol@diaz.io) besetzen.").a is None


def test_ordinal_words_open_list_items_as_numbers_do() -> None:
    cases = (
        "A few intros please. First, Ann Berg (ann@berg.io) and Bob Stone (bob@stone.io). "
        "Second, me and Carol Diaz (carol@diaz.io).",
        "Ich hätte gerne zwei Vorstellungen:\n\nErstens Ann Berg (ann@berg.io) und Bob Stone "
        "(bob@stone.io). Ann sucht Geld.\n\nZweitens mich und Carol Diaz (carol@diaz.io).",
        "Deux mises en relation :\nPremièrement, Ann Berg <ann@berg.io> et Bob Stone "
        "<bob@stone.io>.\nDeuxièmement, moi avec Carol Diaz <carol@diaz.io>.",
        "Dos presentaciones:\nPrimero, Ann Berg <ann@berg.io> con Bob Stone <bob@stone.io>.\n"
        "Segundo, yo con Carol Diaz <carol@diaz.io>.",
        "Duas apresentações:\nPrimeiro, a Ann Berg <ann@berg.io> e o Bob Stone <bob@stone.io>."
        "\nSegundo, eu e a Carol Diaz <carol@diaz.io>.",
        "Naomba utambulisho miwili. Kwanza Ann Berg <ann@berg.io> na Bob Stone <bob@stone.io>. "
        "Pili mimi na Carol Diaz <carol@diaz.io>.",
    )
    for body in cases:
        result = understand(body)
        assert result.confident, body
        assert [(p.a.email, p.b.email) for p in result.pairs] == [
            ("ann@berg.io", "bob@stone.io"),
            ("ann@lee.example", "carol@diaz.io"),
        ], body
        assert result.a == Party("Ann Berg", "ann@berg.io"), body
    for body in (
        # Nothing asks for intros: a ranking, not a list of pairs.
        "Our winners this year: First, Ann Berg (ann@berg.io) and Bob Stone (bob@stone.io). "
        "Second, Carl Diaz (carl@diaz.io) and Dora Eng (dora@eng.io).",
        # The pair does something: no pair asked for.
        "A few intros please. First, Ann Berg (ann@berg.io) and Bob Stone (bob@stone.io) run "
        "sales. Second, the budget is late.",
        # One word twice is a name, no ordinal ("Pili").
        "Presentaciones: Pili Sánchez (pili@x.es) y Juan Pérez (juan@y.es) vinieron. "
        "Pili quiere hablar.",
    ):
        assert not understand(body).confident, body


def test_european_portuguese_enclitics_ask() -> None:
    book = MemoryAddressBook([Address("Joana Ribeiro", "joana.ribeiro@rib.pt")])
    for body in (
        "Podem pôr-me em contacto com a Joana Ribeiro?",
        "Pode pôr-me em contacto com a Joana Ribeiro? Preciso de um parecer.",
        "Podem colocar-me em contato com a Joana Ribeiro?",
        "Podem apresentar-me à Joana Ribeiro?",
        "Apresentem-me à Joana Ribeiro, por favor.",
        "Podiam pôr-nos em contacto com a Joana Ribeiro?",
    ):
        result = understand(body, book=book)
        assert result.kind == "intro_request", body
        assert result.confident, body
        assert result.b is not None and result.b.email == "joana.ribeiro@rib.pt", body
    for body in (
        "Já estou em contacto com a Joana Ribeiro, obrigado.",
        "Podem pôr-me a par do projeto com a Joana Ribeiro?",
    ):
        assert not understand(body, book=book).confident, body


def test_a_list_item_of_the_writer_himself_with_someone_is_a_pair() -> None:
    pair = "1) Aminata Diallo (aminata@sahelbio.ci) {} Jean-Marc Bamba (jm@bamba.ci).\n\n"
    for opening, link, me in (
        ("J'aurais deux mises en relation à vous demander :", "avec", "2) Moi-même avec"),
        ("Dos presentaciones, por favor:", "con", "2) Yo misma con"),
        ("Zwei Vorstellungen bitte:", "mit", "2) Ich selbst mit"),
        ("Duas apresentações, por favor:", "com", "2) Eu mesmo com a"),
        ("Matambulisho mawili tafadhali:", "na", "2) Mimi mwenyewe na"),
        ("Two intros please:", "with", "2) Myself with"),
    ):
        body = f"{opening}\n\n{pair.format(link)}{me} Fatou Sarr (fatou@salon.sn).\n\nMerci"
        result = understand(body)
        assert result.confident, body
        assert [(m.a.email, m.b.email) for m in result.more] == [
            ("ann@lee.example", "fatou@salon.sn")
        ], body
    for body in (
        "Moi-même avec Fatou Sarr (fatou@salon.sn), nous organisons le salon.",
        "Ich selbst mit Fatou Sarr (fatou@salon.sn) habe das Projekt geleitet.",
        "Yo misma con Fatou Sarr (fatou@salon.sn) organicé la feria.",
    ):
        assert understand(body).kind == "not_a_request", body


def test_nos_after_an_infinitive_is_no_us() -> None:
    # "présenter nos services": "our"; "apresentar nos eventos": "in the".
    for body in (
        "Pourriez-vous présenter nos services à Fatou Sarr (fatou@salon.sn) ?",
        "Quer apresentar nos eventos o Rui Costa <rui@costa.pt>?",
    ):
        assert understand(body).kind == "not_a_request", body
    # Before its verb or joined to it, "nos" is "us".
    for body in (
        "Pode nos apresentar ao Rui Costa <rui@costa.pt>?",
        "Podem apresentar-nos ao Rui Costa <rui@costa.pt>?",
        "¿Nos presentas a Rui Costa <rui@costa.pt>?",
        "Você poderia nos conectar com o Rui Costa <rui@costa.pt>?",
    ):
        result = understand(body)
        assert result.confident, body
        assert result.a is not None and result.a.email == "ann@lee.example", body


def test_where_the_writer_has_an_address_from_may_open_its_lead() -> None:
    for body in (
        "A reader pointed me to Dr. Michael Osei. Would you be able to introduce us? According"
        " to the conference programme he's reachable at m.osei@accrahealth.org.",
        "Could you introduce me to Dr. Michael Osei? He's reachable at m.osei@accrahealth.org.",
        "Pourriez-vous me présenter au Dr Michael Osei ? Selon le programme du colloque, il est"
        " joignable à m.osei@accrahealth.org.",
        "¿Podrías presentarme a Michael Osei? Según la web del congreso, se le puede"
        " contactar en m.osei@accrahealth.org.",
        "Könnten Sie mich Dr. Michael Osei vorstellen? Laut dem Programm ist er erreichbar unter"
        " m.osei@accrahealth.org.",
        "Poderia apresentar-me ao Dr. Michael Osei? Segundo o programa, ele pode ser contactado"
        " em m.osei@accrahealth.org.",
    ):
        result = understand(body)
        assert result.confident, body
        assert result.b is not None and result.b.email == "m.osei@accrahealth.org", body
    # Someone else's address, or a source that goes on for a whole sentence, ties nothing.
    for body in (
        "Could you introduce me to Dr. Michael Osei? According to the programme his assistant"
        " is reachable at desk@accrahealth.org.",
        "Could you introduce me to Dr. Michael Osei? According to a colleague of mine who met"
        " him at the ministry last spring he's reachable at m.osei@accrahealth.org.",
    ):
        assert not understand(body).confident, body


def test_the_two_written_to_are_named_by_title_and_surname() -> None:
    to = "Andrea Keller <a.keller@k.ch>, Stefan Brunner <s.brunner@b.ch>"
    for body in (
        "Liebe Frau Keller, lieber Herr Brunner\n\nIhr zwei solltet euch unbedingt kennenlernen:"
        " Frau Keller sucht eine Nachfolgelösung, und Herr Brunner hat solche Übergaben begleitet.",
        "Hola,\n\nUstedes dos deberían conocerse: la Sra. Keller busca un sucesor y el Sr."
        " Brunner ha acompañado varias transiciones.",
        "Hi both,\n\nYou two should meet: Ms. Keller is looking for a successor and Mr. Brunner"
        " has guided such handovers.",
        "Olá,\n\nVocês dois deveriam se conhecer: a Sra. Keller procura um sucessor e o Sr."
        " Brunner já acompanhou várias transições.",
    ):
        result = understand(body, to=to, cc=AGENT, sender="Reto Baumann <reto@bt.ch>")
        assert result.confident, body
        assert result.a == Party("Andrea Keller", "a.keller@k.ch"), body
        assert result.b == Party("Stefan Brunner", "s.brunner@b.ch"), body
    # One written to never named, by title or otherwise: not certain.
    for body in (
        "Hi both,\n\nYou two should meet: Ms. Keller is looking for a successor and Mr. Weber"
        " has guided such handovers.",
        "Hi both,\n\nYou two should meet: Ms. Keller is looking for a successor.",
    ):
        result = understand(body, to=to, cc=AGENT, sender="Reto Baumann <reto@bt.ch>")
        assert not result.confident, body


def test_thanks_for_an_intro_made_and_introducing_oneself_ask_nothing() -> None:
    for body in (
        "Obrigado por me pôr em contacto com a Joana Ribeiro (joana@ribeiro.pt)!",
        "Obrigado por pôr-me em contacto com a Joana Ribeiro (joana@ribeiro.pt)!",
        "Obrigado por me pôr em contato com o Felipe Souza (felipe@souza.com.br).",
        "Passando só pra agradecer a apresentação ao Felipe Souza (felipe@souza.com.br).",
        "Agradeço-lhe a apresentação ao Rui Costa (rui@costa.pt).",
        "Vou apresentar-me à Joana Ribeiro (joana@ribeiro.pt) amanhã.",
        "Vou-me apresentar ao Rui Costa (rui@costa.pt).",
        "Vou me apresentar ao Felipe Souza (felipe@souza.com.br) na sexta.",
        "Merci de m'avoir mis en contact avec Claire Dubois (claire@dubois.fr).",
        "Merci de m'avoir fait rencontrer Claire Dubois (claire@dubois.fr).",
        "Je vais me présenter à Claire Dubois (claire@dubois.fr) demain.",
        "Je compte me présenter à Claire Dubois (claire@dubois.fr) demain.",
        "Te agradezco la presentación a Lucía Gómez (lucia@gomez.es).",
        "Gracias por haberme puesto en contacto con Lucía Gómez (lucia@gomez.es).",
        "Voy a presentarme a Lucía Gómez (lucia@gomez.es) mañana.",
        "Danke, dass du mich mit Jonas Weber (jonas@weber.de) in Kontakt gebracht hast!",
        "Ich werde mich Jonas Weber (jonas@weber.de) morgen vorstellen.",
        "Asante kwa kunitambulisha kwa Juma Mwangi (juma@mwangi.co.ke)!",
        "Nitajitambulisha kwa Juma Mwangi (juma@mwangi.co.ke) kesho.",
        "Thanks for hooking me up with Bob Stone (bob@stone.com).",
        "I'll introduce myself to Bob Stone (bob@stone.com) tomorrow.",
        "Thanks a lot for putting me in contact with Bob Stone (bob@stone.com).",
        "Vou entrar em contacto com a Joana Ribeiro (joana@ribeiro.pt) e apresentar-me.",
        "Je vais prendre contact avec Claire Dubois (claire@dubois.fr) et me présenter.",
        "Voy a ponerme en contacto con Lucía Gómez (lucia@gomez.es) y presentarme.",
        "Nitawasiliana na Juma Mwangi (juma@mwangi.co.ke) na kujitambulisha.",
    ):
        assert understand(body).kind == "not_a_request", body
    for body in (
        "Podem pôr-me em contacto com a Joana Ribeiro (joana@ribeiro.pt)?",
        "Pode me apresentar à Joana Ribeiro (joana@ribeiro.pt)?",
        "Queria pedir a apresentação ao Rui Costa (rui@costa.pt), por favor.",
        "Pourriez-vous me mettre en contact avec Claire Dubois (claire@dubois.fr) ?",
        "¿Podrías presentarme a Lucía Gómez (lucia@gomez.es)?",
        "Kannst du mich mit Jonas Weber (jonas@weber.de) in Kontakt bringen?",
        "Naomba unitambulishe kwa Juma Mwangi (juma@mwangi.co.ke).",
        "Could you link me up with Bob Stone (bob@stone.com)?",
        "Could you put me in contact with Bob Stone (bob@stone.com)?",
    ):
        result = understand(body)
        assert result.kind == "intro_request" and result.confident, body


def test_an_intro_told_of_in_an_aside_about_the_one_asked_for_vetoes_nothing() -> None:
    # "Fiona Walsh, the sports physio you introduced me to last year": the aside after the
    # comma describes whom the ask is for; the ask before it stands.
    book = MemoryAddressBook([Address("Fiona Walsh", "fiona@walshphysio.example")])
    for body in (
        "Could you put me in touch with Fiona Walsh, the sports physio you introduced me to "
        "last year?",
        "Could you introduce me to Fiona Walsh, who you introduced to my brother last year?",
        "Pourriez-vous me présenter à Fiona Walsh, la kiné que vous m'avez présentée l'an "
        "dernier ?",
        "¿Podría ponerme en contacto con Fiona Walsh, la fisio que me presentó el año pasado?",
        "Pode me apresentar à Fiona Walsh, a fisioterapeuta que me apresentou no ano passado?",
    ):
        result = understand(body, book=book)
        assert result.kind == "intro_request" and result.confident, body
        assert result.b == Party("Fiona Walsh", "fiona@walshphysio.example"), body
    for body in (
        "Fiona Walsh, the sports physio you introduced me to last year, was brilliant.",
        "Thanks so much for connecting me with Fiona Walsh, the physio you introduced me to.",
    ):
        assert understand(body, book=book).kind == "not_a_request", body


def test_an_intro_told_of_in_a_clause_after_an_ask_vetoes_nothing() -> None:
    book = MemoryAddressBook([Address("Olusegun Bello", "segun@bellologistics.ng")])
    for body in (
        "Please link me up with Olusegun Bello again -- you have his details from when you "
        "connected him with my sister last year.",
        "Please introduce me to Olusegun Bello again; you introduced him to my sister.",
        "Could you introduce me to Olusegun Bello, since you introduced him to my brother?",
        "Pode me apresentar ao Olusegun Bello -- já me apresentou à irmã dele.",
        "Könnten Sie mich Olusegun Bello vorstellen, weil Sie ihn meiner Schwester "
        "vorgestellt haben?",
    ):
        result = understand(body, book=book)
        assert result.kind == "intro_request" and result.confident, body
        assert result.b == Party("Olusegun Bello", "segun@bellologistics.ng"), body
    for body in (
        "Thanks for connecting me with Olusegun Bello -- you're the best.",
        "Thanks for connecting me with Olusegun Bello -- you connected us just in time.",
        "You connected me with Olusegun Bello -- he was great.",
        "Please introduce me to Olusegun Bello -- actually no, don't introduce me.",
    ):
        assert understand(body, book=book).kind == "not_a_request", body


def test_the_same_again_for_the_writer_pairs_them_with_the_one_introduced_before() -> None:
    book = MemoryAddressBook(
        [
            Address("Dominic Achterberg", "dominic@achterbergmills.nl"),
            Address("Dominic Reyes", "dom@reyesfoods.com"),
            Address("Ann Berg", "ann@berg.example"),
        ]
    )
    me = Party("Ann Lee", "ann@lee.example")
    dominic = Party("Dominic Achterberg", "dominic@achterbergmills.nl")
    for body in (
        "A while back you introduced my cousin to Dominic Achterberg. Could you do the same "
        "for me? I want to ask him about flour.",
        "You connected my sister with Dominic Achterberg last year. Could you do the same for me?",
        "Vous avez présenté mon cousin à Dominic Achterberg l'an dernier. Pourriez-vous faire "
        "la même chose pour moi ?",
        "El año pasado le presentaste a mi primo a Dominic Achterberg. ¿Podrías hacer lo mismo "
        "para mí?",
        "Você apresentou o meu primo ao Dominic Achterberg. Poderia fazer o mesmo para mim?",
        "Ulimtambulisha binamu wangu kwa Dominic Achterberg. Je, unaweza kufanya vivyo hivyo "
        "kwa mimi?",
    ):
        result = understand(body, book=book)
        assert (result.a, result.b) == (me, dominic), body
        assert result.confident, body
    for body in (
        "Ann Berg reviewed my deck last week. Could you do the same for me?",
        "You reviewed the deck for Dominic Achterberg. Could you do the same for me?",
        "Ann Berg a relu mon dossier. Pourriez-vous faire la même chose pour moi ?",
        "Could you do the same for me?",
    ):
        assert understand(body, book=book).kind == "not_a_request", body
    two = (
        "You introduced my cousin to Dominic Achterberg and Ann Berg. Could you do the same for me?"
    )
    assert not understand(two, book=book).confident


def test_he_or_she_who_would_be_introduced_is_the_one_named_before() -> None:
    tom = Party("Tom Baker", "tom@baker.example")
    ana = Party("Ana Silva", "ana@silva.example")
    friend = "My friend Tom Baker (tom@baker.example) is moving to Lisbon."
    for body in (
        f"{friend} He would like to be introduced to Ana Silva (ana@silva.example).",
        f"{friend} She would love to be introduced to Ana Silva (ana@silva.example).",
        "Mon ami Tom Baker (tom@baker.example) arrive à Lisbonne. Il aimerait être présenté à "
        "Ana Silva (ana@silva.example).",
        "Mein Freund Tom Baker (tom@baker.example) zieht nach Lissabon. Er würde sich über "
        "eine Vorstellung bei Ana Silva (ana@silva.example) freuen.",
        "O meu amigo Tom Baker (tom@baker.example) muda-se para Lisboa. Ele gostaria de ser "
        "apresentado à Ana Silva (ana@silva.example).",
    ):
        result = understand(body)
        assert (result.a, result.b) == (tom, ana), body
        assert result.confident, body
    assistant = understand(
        "I'm the executive assistant to Dr. David Amsel (copied). He asked me to reach out: he "
        "would like to be introduced to Karen Whitlock, karen@stb.example.",
        sender="Lucy Tran <lucy@meridian.example>",
        cc="David Amsel <david.amsel@meridian.example>",
    )
    assert (assistant.a, assistant.b) == (
        Party("David Amsel", "david.amsel@meridian.example"),
        Party("Karen Whitlock", "karen@stb.example"),
    )
    assert assistant.confident
    # Two named before: who "he" is stays unsaid, and the agent asks.
    two = (
        "Tom Baker (tom@baker.example) and Bob Stone (bob@stone.example) are old friends. He "
        "would like to be introduced to Ana Silva (ana@silva.example)."
    )
    assert not understand(two).confident


def test_one_named_after_a_comma_and_a_verb_of_saying_is_no_party() -> None:
    # Who said the words is no one asked for: no description reaches across ", says",
    # and the ask implies no pair with the speaker.
    for body in (
        "Could you introduce me to the new process, says Daniel Cho (dcho@corp.example)?",
        "Pourriez-vous me présenter le nouveau processus, dit Daniel Cho (dcho@corp.example) ?",
        "¿Podrías presentarme el nuevo proceso, dice Daniel Cho (dcho@corp.example)?",
        "Könnten Sie mich mit dem neuen Prozess bekannt machen, sagt Daniel Cho "
        "(dcho@corp.example)?",
        "Poderia me apresentar ao novo processo, diz Daniel Cho (dcho@corp.example)?",
        "Tafadhali nitambulishe kwa mchakato mpya, anasema Daniel Cho (dcho@corp.example).",
        "Could you introduce me to the new process -- says Daniel Cho (dcho@corp.example)?",
    ):
        result = understand(body)
        assert not result.confident, body
        assert Party("Daniel Cho", "dcho@corp.example") not in (result.a, result.b), body


def test_a_description_before_a_comma_still_names_the_person_after_it() -> None:
    for body, b in (
        (
            "Could you introduce me to our head of sales, Maria Lopez (maria@corp.example)?",
            Party("Maria Lopez", "maria@corp.example"),
        ),
        (
            "Pourriez-vous me présenter à notre directrice commerciale, Awa Ndiaye "
            "(awa@sahel.example) ?",
            Party("Awa Ndiaye", "awa@sahel.example"),
        ),
        (
            "¿Podrías presentarme a nuestra jefa de ventas, Lucía Gómez (lucia@norte.example)?",
            Party("Lucía Gómez", "lucia@norte.example"),
        ),
        (
            "Poderia me apresentar à nossa diretora de vendas, Ana Costa (ana@sul.example)?",
            Party("Ana Costa", "ana@sul.example"),
        ),
        (
            "Could you introduce me to my old friend - Maria Lopez (maria@corp.example)?",
            Party("Maria Lopez", "maria@corp.example"),
        ),
    ):
        result = understand(body)
        assert result.b == b, body
        assert result.confident, body


def test_a_recipient_without_a_display_name_is_named_by_the_first_name_its_address_spells() -> None:
    to = "Dana Whitfield <dana@ledgerleaf.example>, kofi.boateng@mail.example"
    for body in (
        "Dana, Kofi -- you two should talk. Dana builds carbon accounting for shipping.",
        "Dana, Kofi : vous deux devriez vous parler.",
        "Dana, Kofi: ustedes dos deberían hablar.",
        "Dana, Kofi, ihr zwei solltet euch kennenlernen.",
        "Dana, Kofi, vocês dois deveriam conversar.",
        "Dana, Kofi, nyinyi wawili mnapaswa kuzungumza.",
        "Dana, Kofi Boateng -- you two should talk.",
    ):
        result = understand(body, to=to, cc=AGENT, sender="Marcus Delgado <marcus@tg.example>")
        assert {result.a, result.b} >= {Party("Dana Whitfield", "dana@ledgerleaf.example")}, body
        assert result.b is not None and result.b.email == "kofi.boateng@mail.example", body
        assert result.b.name in ("Kofi", "Kofi Boateng"), body
        assert result.confident, body
    # An address that spells no name of the text, a surname it does not spell, or the first
    # name the other recipient is shown with: the recipient stays unnamed and uncertain.
    for body, other in (
        ("Dana, Kofi -- you two should talk.", "kb1987@mail.example"),
        ("Dana, Kofi Mensah -- you two should talk.", "kofi.boateng@mail.example"),
        ("Dana, Dana -- you two should talk.", "dana.boateng@mail.example"),
    ):
        to = f"Dana Whitfield <dana@ledgerleaf.example>, {other}"
        result = understand(body, to=to, cc=AGENT, sender="Marcus Delgado <marcus@tg.example>")
        assert not result.confident, body


def test_one_named_in_a_clause_about_a_thing_is_no_party() -> None:
    # The intro word governs a thing; the person named in the relative clause after it
    # is no one to meet, with or without a comma before the clause.
    for body in (
        "Could you introduce me to the new process, which Daniel Cho (dcho@corp.example) runs?",
        "Could you introduce me to the new process which Daniel Cho (dcho@corp.example) runs?",
        "Could you introduce me to the new process that Daniel Cho (dcho@corp.example) runs?",
        "Could you introduce me to someone who knows Daniel Cho (dcho@corp.example)?",
        "Please introduce me to the new tool, whose owner is Daniel Cho (dcho@corp.example).",
        "Pourriez-vous me présenter le nouveau processus, que Daniel Cho (dcho@corp.example) "
        "dirige ?",
        "Présentez-moi le nouveau processus, dont Daniel Cho (dcho@corp.example) est "
        "responsable, s'il vous plaît.",
        "¿Me presentas el nuevo proceso, que Daniel Cho (dcho@corp.example) dirige?",
        "Preséntame el nuevo proceso, el cual dirige Daniel Cho (dcho@corp.example), por favor.",
        "Könnten Sie mir das neue Verfahren vorstellen, das Daniel Cho (dcho@corp.example) leitet?",
        "Stell mir bitte das neue Verfahren vor, das Daniel Cho (dcho@corp.example) leitet.",
        "Poderia me apresentar o novo processo, que Daniel Cho (dcho@corp.example) dirige?",
        "Apresente-me o novo processo, o qual Daniel Cho (dcho@corp.example) dirige, por favor.",
        "Tafadhali nitambulishe kwa timu, ambayo Daniel Cho (dcho@corp.example) anaiongoza.",
    ):
        result = understand(body)
        assert not result.confident, body
        assert Party("Daniel Cho", "dcho@corp.example") not in (result.a, result.b), body


def test_a_clause_after_the_person_still_asks_for_that_person() -> None:
    daniel = Party("Daniel Cho", "dcho@corp.example")
    for body in (
        "Could you introduce me to Daniel Cho (dcho@corp.example), who runs the new process?",
        "Pourriez-vous me présenter Daniel Cho (dcho@corp.example), qui dirige le nouveau "
        "processus ?",
        "¿Podrías presentarme a Daniel Cho (dcho@corp.example), que dirige el nuevo proceso?",
        "Könnten Sie mich Daniel Cho (dcho@corp.example) vorstellen, der das neue Verfahren "
        "leitet?",
        "Poderia me apresentar ao Daniel Cho (dcho@corp.example), que dirige o novo processo?",
        "Tafadhali nitambulishe kwa Daniel Cho (dcho@corp.example), ambaye anaongoza mchakato "
        "mpya.",
    ):
        result = understand(body)
        assert result.b == daniel, body
        assert result.confident, body


def test_presentarle_a_one_a_another_introduces_the_first_to_the_second() -> None:
    # Spanish doubles the one presented: "presentarle a Lucía a Andrés" presents Lucía
    # to Andrés; "le", "la", "lo" stand for Lucía, no one else.
    lucia = Party("Lucía Ortega", "lucia@cestaverde.es")
    andres = Party("Andrés Molina", "andres@molina.es")
    for body in (
        "¿Podrías presentarle a Lucía Ortega (lucia@cestaverde.es) a Andrés Molina "
        "(andres@molina.es)?",
        "Preséntale a Lucía Ortega (lucia@cestaverde.es) a Andrés Molina (andres@molina.es), "
        "por favor.",
        "¿Podrías presentarla a Lucía Ortega (lucia@cestaverde.es) con Andrés Molina "
        "(andres@molina.es)?",
    ):
        result = understand(body)
        assert (result.a, result.b) == (lucia, andres), body
        assert result.confident, body
    # One person after "presentarle" alone is still whom "le" is presented to.
    for body in (
        "¿Podrías presentarle a Andrés Molina (andres@molina.es)?",
        "¿Podrías presentarle a nuestro equipo a Andrés Molina (andres@molina.es)?",
    ):
        result = understand(body)
        assert result.b == andres, body
        assert not result.confident, body


def test_a_second_address_of_a_sentence_is_the_one_named_after_the_first() -> None:
    # "X can be reached at ... and Y at ...": each address is the one's it follows.
    for body, a, b in (
        (
            "Could you introduce Dr Margaret Holloway to Professor Ikenna Eze? Dr Holloway "
            "can be reached at mh@lab.example and Professor Eze at ie@uni.example.",
            Party("Margaret Holloway", "mh@lab.example"),
            Party("Ikenna Eze", "ie@uni.example"),
        ),
        (
            "Pourriez-vous présenter Marie Dubois à Jean Martin ? Marie Dubois est joignable "
            "à md@lab.example et Jean Martin à jm@uni.example.",
            Party("Marie Dubois", "md@lab.example"),
            Party("Jean Martin", "jm@uni.example"),
        ),
        (
            "¿Podrías presentar a Lucía Gómez a Pedro Ruiz? A Lucía Gómez se le puede "
            "contactar en lg@lab.example y a Pedro Ruiz en pr@uni.example.",
            Party("Lucía Gómez", "lg@lab.example"),
            Party("Pedro Ruiz", "pr@uni.example"),
        ),
        (
            "Könnten Sie Frau Anna Weber mit Herrn Jonas Klein bekannt machen? Frau Weber ist "
            "erreichbar unter aw@lab.example und Herr Klein unter jk@uni.example.",
            Party("Anna Weber", "aw@lab.example"),
            Party("Jonas Klein", "jk@uni.example"),
        ),
        (
            "Poderia apresentar a Ana Costa ao Rui Lopes? A Ana Costa pode ser contactada em "
            "ac@lab.example e o Rui Lopes em rl@uni.example.",
            Party("Ana Costa", "ac@lab.example"),
            Party("Rui Lopes", "rl@uni.example"),
        ),
        (
            "Tafadhali mtambulishe Amina Juma kwa Baraka Mwangi. Amina Juma anapatikana kwa "
            "aj@lab.example na Baraka Mwangi kwa bm@uni.example.",
            Party("Amina Juma", "aj@lab.example"),
            Party("Baraka Mwangi", "bm@uni.example"),
        ),
    ):
        result = understand(body)
        assert (result.a, result.b) == (a, b), body
        assert result.confident, body


def test_a_second_address_without_a_first_tied_names_no_one() -> None:
    for body in (
        "Könnten Sie Anna Weber mit Jonas Klein bekannt machen? Ihre Adresse ist vielleicht "
        "aw@lab.example und Jonas Klein unter jk@uni.example.",
        "Pourriez-vous présenter Marie Dubois à Jean Martin ? J'ai écrit à md@lab.example et "
        "Jean Martin à jm@uni.example.",
        "Could you introduce Margaret Holloway to Ikenna Eze? Margaret Holloway can be "
        "reached at mh@lab.example and at ie@uni.example.",
    ):
        assert not understand(body).confident, body


def test_the_agent_copied_to_put_the_two_written_to_in_touch() -> None:
    # "so that it can put you two in touch": copied intake of the two the mail is to.
    helen = Party("Helen Brierley", "h.brierley@uol.example")
    tomasz = Party("Tomasz Nowak", "tomasz@uol.example")
    to = "Helen Brierley <h.brierley@uol.example>, Tomasz Nowak <tomasz@uol.example>"
    for body in (
        "Helen, Tomasz: I've copied in our introductions helper so that it can put you two "
        "in touch properly.",
        "Helen, Tomasz, ich habe unseren Assistenten in Kopie gesetzt, damit er euch beide "
        "in Kontakt bringt.",
        "Helen, Tomasz: he puesto en copia a nuestro asistente para que pueda poner a los "
        "dos en contacto.",
        "Helen, Tomasz: coloquei o nosso assistente em cópia para colocar vocês dois em contato.",
        "Helen, Tomasz : j'ai mis notre assistant en copie pour qu'il puisse vous mettre en "
        "relation tous les deux.",
        "Helen, Tomasz, nimemweka msaidizi wetu nakala ili awaunganishe nyote wawili.",
    ):
        result = understand(body, to=to, cc=f"Intro Agent <{AGENT}>")
        assert result.kind == "intro_request", body
        assert {result.a, result.b} == {helen, tomasz}, body
        assert result.confident, body
    # Near misses: the writer put in touch with someone named, and no one to pair.
    result = understand(
        "Could you put me in touch with Priya Raman (priya@lumen.example)?", cc=None
    )
    assert result.b == Party("Priya Raman", "priya@lumen.example")
    assert understand("I'll get in touch next week about the invoice.").kind == "not_a_request"


def test_a_help_question_in_a_longer_mail_or_in_the_subject_asks_for_help() -> None:
    for body in (
        "Hola, mi hija me ha dado esta dirección y me ha dicho que sirve para presentar a "
        "gente por correo, pero no sé qué tengo que escribir. ¿Me puede explicar cómo se "
        "usa? Tengo 71 años y no soy muy de ordenadores.",
        "Bonjour, ma fille m'a donné cette adresse et m'a dit qu'elle sert à présenter des "
        "gens par courriel, mais je ne sais pas quoi écrire. Comment on utilise ce service "
        "au juste ? J'ai 71 ans et je ne suis pas très douée avec les ordinateurs.",
        "Hallo, meine Tochter hat mir diese Adresse gegeben und gesagt, dass man damit "
        "Leute per E-Mail vorstellen lassen kann, aber ich weiß nicht, was ich schreiben "
        "soll. Wie benutze ich das eigentlich? Ich bin 71 und kenne mich mit Computern "
        "nicht so aus.",
        "Hi, my daughter gave me this address and said it's for introducing people by "
        "email, but I honestly don't know what to write here. How do I use this thing? I'm "
        "71 and not very good with computers, so please bear with me.",
    ):
        result = understand(body)
        assert result.kind == "command" and result.command == "help", body
    result = understand(
        "Sorry if this is a silly question.",
        subject="how does this work?? do I have to put both peoples emails in or just names",
    )
    assert result.kind == "command" and result.command == "help"
    # Near miss: a newsletter's subject over a long text is no question to the agent.
    long_body = " ".join(["Our spring issue covers soil, seeds and the weather."] * 6)
    newsletter = understand(long_body, subject="How to use this season's new seed catalogue")
    assert newsletter.kind == "not_a_request"


def test_a_subject_pair_yields_to_a_body_that_asks_for_someone_else() -> None:
    # Subject "Intro to Henrique Barros" implies the writer; the body asks for the writer's
    # partner, who has no address: the subject must not put the writer in his place.
    henrique = "(henrique@barros.example)"
    for subject, body in (
        (
            "Apresentação ao Henrique Barros",
            f"Gostaria que apresentasse o meu sócio, o Paulo Nogueira, ao Henrique Barros "
            f"{henrique}.",
        ),
        (
            "Intro to Henrique Barros",
            f"Could you introduce my business partner, Paulo Nogueira, to Henrique Barros "
            f"{henrique}?",
        ),
        (
            "Présentation à Henrique Barros",
            f"Pourriez-vous présenter mon associé, Paulo Nogueira, à Henrique Barros {henrique} ?",
        ),
        (
            "Presentación a Henrique Barros",
            f"Me gustaría que presentara a mi socio, Paulo Nogueira, a Henrique Barros {henrique}.",
        ),
        (
            "Vorstellung bei Henrique Barros",
            f"Könnten Sie meinen Geschäftspartner, Paulo Nogueira, Henrique Barros {henrique} "
            f"vorstellen?",
        ),
    ):
        result = understand(body, sender="João Pereira <joao@vinhas.example>", subject=subject)
        assert not result.confident, body
        pairs = [(result.a, result.b), *((p.a, p.b) for p in result.more)]
        assert all(Party("João Pereira", "joao@vinhas.example") not in p for p in pairs), body
    # Near miss: the body asks for the writer and names no one else; the subject stands.
    result = understand(
        f"Boa tarde, gostaria muito de conhecer o Henrique Barros {henrique}. Obrigado!",
        sender="João Pereira <joao@vinhas.example>",
        subject="Apresentação ao Henrique Barros",
    )
    assert result.confident
    assert {result.a, result.b} == {
        Party("João Pereira", "joao@vinhas.example"),
        Party("Henrique Barros", "henrique@barros.example"),
    }


def test_a_writer_introducing_themselves_by_asking_leave_is_no_request() -> None:
    for body in (
        "Permita-me que me apresente: sou a Joana Ribeiro, consultora. Gostava de conhecer "
        "melhor o vosso serviço.",
        "Permítame que me presente: soy Juana Ribas, consultora. Me gustaría conocer mejor "
        "su servicio.",
        "Erlauben Sie mir, mich vorzustellen: Ich bin Johanna Reiber, Beraterin. Ich freue "
        "mich auf Ihre Antwort.",
        "Allow me to introduce myself: I'm Joan Ribbons, a consultant. I'd like to get to "
        "know your service better.",
        "Je commence par me présenter : je suis Jeanne Ribaud, consultante. J'aimerais mieux "
        "connaître votre service.",
        "Niruhusu nijitambulishe: mimi ni Joana Ribeiro, mshauri. Ningependa kujua huduma "
        "yenu zaidi.",
    ):
        assert understand(body).kind == "not_a_request", body
    # Near miss: after introducing herself, she asks for an intro.
    result = understand(
        "Permita-me que me apresente: sou a Joana Ribeiro. Poderia apresentar-me ao Rui "
        "Costa (rui@costa.example)?",
        sender="Joana Ribeiro <joana@ribeiro.example>",
    )
    assert result.kind == "intro_request" and result.confident
    assert result.b == Party("Rui Costa", "rui@costa.example")


def test_a_thing_met_known_or_connected_is_no_one_to_introduce() -> None:
    for body in (
        "I'd like to get to know your service better before we sign anything.",
        "Can we meet the deadline on Friday? Please connect the printer before the visit.",
        "J'aimerais connaître votre offre avant de m'engager.",
        "Me gustaría conocer su servicio antes de firmar.",
        "Gostaria de conhecer o vosso serviço antes de assinar.",
        "Ningependa kujua huduma yenu kabla ya kusaini.",
    ):
        assert understand(body).kind == "not_a_request", body
    # Near miss: a person described after the ask is still asked for.
    result = understand(
        "I'd love to get to know your cofounder Ann Berg (ann@berg.example). Could you "
        "introduce us?"
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Ann Berg", "ann@berg.example")


def test_brazilian_pro_and_pra_and_a_pronoun_after_the_verb_are_read() -> None:
    ann = Party("Ann Lee", "ann@lee.example")
    juliana = Party("Juliana Prado", "ju@prado.example")
    for body, a, b in (
        (
            "A Juliana Prado (ju@prado.example) precisa de um baterista. Você pode "
            "apresentar ela pro Rodrigo?",
            juliana,
            Party("Rodrigo", None),
        ),
        (
            "O Pedro Lima (pedro@lima.example) precisa de uma cantora. Pode apresentar ele "
            "pra Ana?",
            Party("Pedro Lima", "pedro@lima.example"),
            Party("Ana", None),
        ),
        (
            "Você pode me apresentar pro Rodrigo, o baterista do festival?",
            ann,
            Party("Rodrigo", None),
        ),
        (
            "Você consegue me apresentar pra Ana Souza? Não tenho o email dela.",
            ann,
            Party("Ana Souza", None),
        ),
        (
            "Poderia apresentar o Pedro Lima pra Ana Souza?",
            Party("Pedro Lima", None),
            Party("Ana Souza", None),
        ),
    ):
        result = understand(body)
        assert result.kind == "intro_request", body
        assert (result.a, result.b) == (a, b), body
        assert not result.confident, body
    # "Ela" with no one named before is nobody known.
    alone = understand("Você pode apresentar ela pro Rodrigo?")
    assert alone.a == Party(None, None) and not alone.confident
    # Near misses: a thing presented, thanks for an intro made, "pro" as a noun.
    for body in (
        "Vou apresentar o projeto pro Rodrigo amanhã.",
        "Ela vai apresentar o show pra Ana Souza na sexta.",
        "Obrigado por me apresentar pro Rodrigo Alves!",
        "Ele é um pro na bateria, o Rodrigo Alves.",
        "He's a pro at drums, Rodrigo Alves.",
    ):
        assert understand(body).kind == "not_a_request", body


KEMI = "Kemi Adeyemi <kemi@adeyemi.example>"
TOM = "Tom Hargreaves <tom@hargreaves.example>"


def _under_offer(note: str, header: str, offer: str) -> str:
    quoted = "\n".join(f"> {line}" for line in offer.splitlines())
    return f"{note}\n\nKemi\n\n{header}\n{quoted}\n"


OFFERS = [
    (
        "yes please do that!! thank you Tom x",
        "On Sat, 8 Nov 2025 at 21:14, Tom Hargreaves <tom@hargreaves.example> wrote:",
        "Hey Kemi, you should talk to my cousin Sam Patel, he runs a little studio.\n"
        "His email is sam@patel.example. Want me to introduce\nyou? Just reply and cc the bot.",
    ),
    (
        "Oui, volontiers ! Merci beaucoup.",
        "Le sam. 8 nov. 2025 à 21:14, Tom Hargreaves <tom@hargreaves.example> a écrit :",
        "Kemi, je peux vous présenter à Sam Patel (sam@patel.example), il a un studio.",
    ),
    (
        "Sí, por favor, hágalo. Muchas gracias profe!!",
        "El sáb, 8 nov 2025 a las 21:14, Tom Hargreaves (<tom@hargreaves.example>) escribió:",
        "Kemi:\nLe puedo presentar a Sam Patel (sam@patel.example), tiene un estudio.",
    ),
    (
        "Ja, gerne! Vielen Dank.",
        "Am Sa., 8. Nov. 2025 um 21:14 Uhr schrieb Tom Hargreaves <tom@hargreaves.example>:",
        "Soll ich Sie mit Sam Patel (sam@patel.example) bekannt machen? Er hat ein Studio.",
    ),
    (
        "Sim, por favor! Obrigada.",
        "Em sáb., 8 de nov. de 2025 às 21:14, Tom Hargreaves <tom@hargreaves.example> escreveu:",
        "Posso te apresentar ao Sam Patel (sam@patel.example), ele tem um estúdio.",
    ),
    (
        "Ndiyo tafadhali, asante sana.",
        "Mnamo Jumamosi, 8 Nov 2025 saa 21:14, Tom Hargreaves <tom@hargreaves.example> aliandika:",
        "Naweza kukutambulisha kwa Sam Patel (sam@patel.example), ana studio.",
    ),
]


def test_a_yes_to_an_intro_offered_below_asks_for_it() -> None:
    for note, header, offer in OFFERS:
        for copied in (False, True):
            result = understand(
                _under_offer(note, header, offer),
                sender=KEMI,
                to=TOM if copied else f"Intro Agent <{AGENT}>",
                cc=f"Intro Agent <{AGENT}>" if copied else TOM,
                subject="Re: recording",
            )
            assert result.kind == "intro_request", note
            assert (result.a, result.b) == (
                Party("Kemi Adeyemi", "kemi@adeyemi.example"),
                Party("Sam Patel", "sam@patel.example"),
            ), note
            assert result.confident, note


def test_a_yes_to_an_offer_of_someone_without_an_address_is_asked_about() -> None:
    result = understand(
        _under_offer(
            "Sí, por favor, hágalo.",
            "El mié, 12 nov 2025 a las 10:30, Tom Hargreaves (<tom@hargreaves.example>) escribió:",
            "Kemi:\nLe puedo presentar a Andrés Castillo, del laboratorio de suelos.\n"
            "Trabaja en suelos volcánicos, justo el tema de su tesis.",
        ),
        sender=KEMI,
        to=TOM,
        cc=f"Intro Agent <{AGENT}>",
        subject="Re: tesis",
    )
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (
        Party("Kemi Adeyemi", "kemi@adeyemi.example"),
        Party("Andrés Castillo", None),
    )
    assert result.context == "Trabaja en suelos volcánicos, justo el tema de su tesis"
    assert not result.confident


def test_a_yes_under_no_offer_of_one_person_is_no_request() -> None:
    header = "On Sat, 8 Nov 2025 at 21:14, Tom Hargreaves <tom@hargreaves.example> wrote:"
    near_misses = [
        # A yes to a meeting time or an invoice.
        ("Yes please, thanks!", "Shall I book Tuesday at 3pm for the call?"),
        ("Yes please, thanks!", "Want me to send you the invoice for October?"),
        # A yes to an intro of two others, not of the writer.
        (
            "Yes please!",
            "I could introduce Sam Patel (sam@patel.example) to Ann Berg (ann@berg.example).",
        ),
        # A no, or a yes taken back.
        (
            "No thanks, not now.",
            "You should talk to Sam Patel (sam@patel.example). Want me to introduce you?",
        ),
        (
            "Yes please, but not now.",
            "You should talk to Sam Patel (sam@patel.example). Want me to introduce you?",
        ),
    ]
    for note, offer in near_misses:
        result = understand(
            _under_offer(note, header, offer),
            sender=KEMI,
            to=TOM,
            cc=f"Intro Agent <{AGENT}>",
            subject="Re: recording",
        )
        assert not result.confident, (note, offer)
        assert result.a is None, (note, offer)


def test_a_yes_to_an_offer_of_two_people_is_asked_about() -> None:
    result = understand(
        _under_offer(
            "Yes please!",
            "On Sat, 8 Nov 2025 at 21:14, Tom Hargreaves <tom@hargreaves.example> wrote:",
            "You should talk to Sam Patel (sam@patel.example) or Ann Berg "
            "(ann@berg.example). Want me to introduce you?",
        ),
        sender=KEMI,
        to=TOM,
        cc=f"Intro Agent <{AGENT}>",
    )
    assert result.kind == "intro_request"
    assert result.a is None
    assert not result.confident


def test_a_yes_to_an_offer_without_the_agent_on_the_mail_asks_nothing() -> None:
    note, header, offer = OFFERS[0]
    result = understand(_under_offer(note, header, offer), sender=KEMI, to=TOM)
    assert result.kind == "not_a_request"


def _thunderbird_forward(note: str) -> str:
    return (
        f"{note}\n\nUn saludo,\nAntonio\n\n-------- Mensaje reenviado --------\n"
        "Asunto: Interés en aceite a granel\nFecha: Mon, 3 Nov 2025 12:40:11 +0100\n"
        "De: Henrik Dahl <henrik@pantry.example>\nPara: gerencia@olivar.example\n\n"
        "Estimados señores,\n\nSomos una cadena de tiendas en Dinamarca y buscamos aceite "
        "de oliva a granel. ¿Con quién podría hablar?\n\nAtentamente,\nHenrik Dahl\n"
    )


HENRIK = Party("Henrik Dahl", "henrik@pantry.example")
CARMEN = Party("Carmen Delgado", "carmen@olivar.example")


def test_this_gentleman_in_a_forwards_note_is_its_author() -> None:
    notes = [
        "¿Podéis presentar a este señor a nuestra presidenta, Carmen Delgado "
        "(carmen@olivar.example)?",
        "¿Puede presentar a esta señora a Carmen Delgado (carmen@olivar.example)?",
        "Could you introduce this gentleman to Carmen Delgado (carmen@olivar.example)?",
        "Please introduce this lady to our chair, Carmen Delgado (carmen@olivar.example).",
        "Pourriez-vous présenter ce monsieur à Carmen Delgado (carmen@olivar.example) ?",
        "Pouvez-vous présenter cette dame à Carmen Delgado (carmen@olivar.example) ?",
        "Könnten Sie diesen Herrn bitte Carmen Delgado (carmen@olivar.example) vorstellen?",
        "Könnten Sie diese Dame mit Carmen Delgado (carmen@olivar.example) bekannt machen?",
        "Poderia apresentar este senhor à Carmen Delgado (carmen@olivar.example)?",
        "Poderia apresentar esta senhora à Carmen Delgado (carmen@olivar.example)?",
        "Tafadhali mtambulishe bwana huyu kwa Carmen Delgado (carmen@olivar.example).",
        "Tafadhali mtambulishe mama huyu kwa Carmen Delgado (carmen@olivar.example).",
    ]
    for note in notes:
        result = understand(
            _thunderbird_forward(note),
            sender="Antonio Morales <gerencia@olivar.example>",
            subject="RV: Interés en aceite a granel",
        )
        assert result.kind == "intro_request", note
        assert {result.a, result.b} == {HENRIK, CARMEN}, note
        assert result.confident, note


def test_this_gentleman_outside_a_forward_is_no_one_certain() -> None:
    result = understand(
        "Could you introduce this gentleman to Carmen Delgado (carmen@olivar.example)?",
        sender="Antonio Morales <gerencia@olivar.example>",
    )
    assert not result.confident
    # Spoken of, not asked about: no request.
    told = understand(
        _thunderbird_forward("Este señor nos escribió ayer, para que lo sepáis."),
        sender="Antonio Morales <gerencia@olivar.example>",
        subject="RV: Interés en aceite a granel",
    )
    assert told.kind == "not_a_request"


def _forward_from_helga(note: str) -> str:
    return (
        f"{note}\n\nGruß\nAntonio\n\n-------- Weitergeleitete Nachricht --------\n"
        "Betreff: Olivenöl\nDatum: Mon, 3 Nov 2025 12:40:11 +0100\n"
        "Von: Helga Dahl <helga@pantry.example>\nAn: gerencia@olivar.example\n\n"
        "Guten Tag,\n\nwir suchen Olivenöl in großen Mengen. Mit wem könnte ich sprechen?"
        "\n\nHelga Dahl\n"
    )


HELGA = Party("Helga Dahl", "helga@pantry.example")
ANTONIO = Party("Antonio Morales", "gerencia@olivar.example")


def _from_antonio(note: str, forwarded: bool = True) -> RequestResult:
    return understand(
        _forward_from_helga(note) if forwarded else note,
        sender="Antonio Morales <gerencia@olivar.example>",
        subject="WG: Olivenöl" if forwarded else "Olivenöl",
    )


def test_an_object_pronoun_in_a_forwards_note_is_its_author() -> None:
    notes = [
        "Unten die Anfrage von Frau Dahl. Bitte stellen Sie sie Carmen Delgado "
        "(carmen@olivar.example) vor.",
        "Bitte stell sie Carmen Delgado (carmen@olivar.example) vor.",
        "Könnten Sie sie bitte mit Carmen Delgado (carmen@olivar.example) in Kontakt bringen?",
        "Je vous transfère le message de Helga. Pourriez-vous la présenter à Carmen Delgado "
        "(carmen@olivar.example) ?",
        "Pouvez-vous la mettre en relation avec Carmen Delgado (carmen@olivar.example) ?",
        "Est-ce que tu pourrais le présenter à Carmen Delgado (carmen@olivar.example) ?",
        "Te pido que la presentes a Carmen Delgado (carmen@olivar.example).",
        "¿Me haces un favor? ¿la puedes presentar a Carmen Delgado (carmen@olivar.example)?",
        "Apresente-a à Carmen Delgado (carmen@olivar.example), por favor.",
        "Pode apresentá-la à Carmen Delgado (carmen@olivar.example)?",
        "Could you introduce her to Carmen Delgado (carmen@olivar.example)?",
        "Tafadhali mtambulishe kwa Carmen Delgado (carmen@olivar.example).",
    ]
    for note in notes:
        result = _from_antonio(note)
        assert result.kind == "intro_request", note
        assert {result.a, result.b} == {HELGA, CARMEN}, note
        assert result.confident, note


def test_an_object_pronoun_of_someone_else_is_not_the_forwards_author() -> None:
    notes = [
        # "them", each other; "her to you"; "her to me"; someone else named before it.
        "Könnten Sie sie miteinander bekannt machen?",
        "Je vais vous la présenter, Carmen Delgado (carmen@olivar.example) est au courant.",
        "Sa collègue Marie cherche aussi. Pourriez-vous la présenter à Carmen Delgado "
        "(carmen@olivar.example) ?",
        "Unten die Anfrage. Meine Kollegin Petra Lang sucht auch. Bitte stellen Sie sie "
        "Carmen Delgado (carmen@olivar.example) vor.",
    ]
    for note in notes:
        result = _from_antonio(note)
        pair = {result.a, result.b}
        assert not (result.confident and pair == {HELGA, CARMEN}), note
        assert pair != {HELGA, ANTONIO}, note
    # The formal "Sie" written in lower case is the one asked, "mich" the writer.
    formal = _from_antonio("bitte stellen sie mich Carmen Delgado (carmen@olivar.example) vor.")
    assert {formal.a, formal.b} == {ANTONIO, CARMEN}
    # Outside a forward, "la" is no one certain.
    alone = _from_antonio(
        "Pourriez-vous la présenter à Carmen Delgado (carmen@olivar.example) ?", forwarded=False
    )
    assert not alone.confident


# Another person named in a forward's note before its pronoun: "ela" is that one.
ANA = Party("Ana Souza", "ana@souza.example")
OTHER_BEFORE_PRONOUN = [
    "A minha colega Ana Souza{at} também quer ajuda: você pode apresentar ela à Carmen "
    "Delgado (carmen@olivar.example)?",
    "O meu colega Ana Souza{at} também quer ajuda. Você pode apresentar ele à Carmen "
    "Delgado (carmen@olivar.example)?",
    "My colleague Ana Souza{at} wants help too: could you introduce her to Carmen Delgado "
    "(carmen@olivar.example)?",
    "My colleague Ana Souza{at} wants help too. Could you introduce him to Carmen Delgado "
    "(carmen@olivar.example)?",
    "Ma collègue Ana Souza{at} voudrait aussi de l'aide. Pourriez-vous la présenter à "
    "Carmen Delgado (carmen@olivar.example) ?",
    "Mon collègue Ana Souza{at} voudrait aussi de l'aide. Pourriez-vous le présenter à "
    "Carmen Delgado (carmen@olivar.example) ?",
    "Mi colega Ana Souza{at} también necesita ayuda. Te pido que la presentes a Carmen "
    "Delgado (carmen@olivar.example).",
    "Meine Kollegin Ana Souza{at} sucht auch Hilfe. Bitte stellen Sie sie Carmen Delgado "
    "(carmen@olivar.example) vor.",
    "Mein Kollege Ana Souza{at} sucht auch Hilfe. Könnten Sie ihn mit Carmen Delgado "
    "(carmen@olivar.example) bekannt machen?",
    "Mwenzangu Ana Souza{at} pia anahitaji msaada. Tafadhali mtambulishe kwa Carmen Delgado "
    "(carmen@olivar.example).",
    "Mwenzangu Ana Souza{at} pia anahitaji msaada. Tafadhali mtambulishe yeye kwa Carmen "
    "Delgado (carmen@olivar.example).",
]


def test_a_pronoun_after_someone_else_named_in_a_forwards_note_is_that_one() -> None:
    for template in OTHER_BEFORE_PRONOUN:
        # With an address, the one named is certain.
        note = template.format(at=" (ana@souza.example)")
        result = _from_antonio(note)
        assert result.kind == "intro_request", note
        assert {result.a, result.b} == {ANA, CARMEN}, note
        assert result.confident, note
        # Without one, the agent asks, and never pairs the forwarded mail's author.
        note = template.format(at="")
        result = _from_antonio(note)
        assert not result.confident, note
        assert {result.a, result.b} != {HELGA, CARMEN}, note


def test_a_pronoun_after_two_others_named_in_a_forwards_note_is_no_one_certain() -> None:
    for template in OTHER_BEFORE_PRONOUN:
        for named in (" (ana@souza.example) und Bia Lima (bia@lima.example)", " and Bia Lima"):
            note = template.format(at=named)
            result = _from_antonio(note)
            assert not result.confident, note
            assert {result.a, result.b} != {HELGA, CARMEN}, note
    # The author named with someone else: which one is not said.
    note = (
        "Unten die Anfrage von Frau Dahl, Ana Souza (ana@souza.example) kennt sie. Bitte "
        "stellen Sie sie Carmen Delgado (carmen@olivar.example) vor."
    )
    assert not _from_antonio(note).confident


def test_a_pronoun_after_the_author_or_the_writer_named_stays_the_author() -> None:
    notes = [
        "Unten die Anfrage von Frau Helga Dahl. Bitte stellen Sie sie Carmen Delgado "
        "(carmen@olivar.example) vor.",
        "Antonio Morales here. Helga wrote to me below: could you introduce her to Carmen "
        "Delgado (carmen@olivar.example)?",
        "Olá, aqui é o Antonio Morales: você pode apresentar ela à Carmen Delgado "
        "(carmen@olivar.example)?",
        # Where the author is from is no one else named.
        "Reencaminho o pedido da Dra. Helga Dahl, do Centro de Saúde de Metuge. Ela gostaria "
        "de conhecer a Carmen Delgado (carmen@olivar.example).",
        "Below is a request from Dr Helga Dahl of the Foundation for Rural Health. Could you "
        "introduce her to Carmen Delgado (carmen@olivar.example)?",
    ]
    for note in notes:
        result = _from_antonio(note)
        assert {result.a, result.b} == {HELGA, CARMEN}, note
        assert result.confident, note


THEM_ASKS = [
    "Ma fille Camille Roux (camille@roux.example) cherche un poste. On m'a dit le plus grand "
    "bien du Dr Benoît Lemaire, qui a un cabinet. Pourriez-vous les mettre en contact ?",
    "My daughter Camille Roux (camille@roux.example) is looking for a post. Dr Benoît "
    "Lemaire runs a practice. Could you introduce them?",
    "Mi hija Camille Roux (camille@roux.example) busca un puesto. El Dr. Benoît Lemaire "
    "tiene una consulta. ¿Podrías ponerlos en contacto?",
    "Meine Tochter Camille Roux (camille@roux.example) sucht eine Stelle. Dr. Benoît "
    "Lemaire hat eine Praxis. Könnten Sie sie miteinander bekannt machen?",
    "Minha filha Camille Roux (camille@roux.example) procura um posto. O Dr. Benoît Lemaire "
    "tem um consultório. Poderia colocá-los em contato?",
    "Binti yangu Camille Roux (camille@roux.example) anatafuta kazi. Dkt. Benoît Lemaire "
    "ana kliniki. Unaweza kuwaunganisha?",
]


def test_them_after_two_named_one_without_an_address_is_asked_about() -> None:
    for body in THEM_ASKS:
        result = understand(body, sender="Philippe Roux <philippe@roux.example>")
        assert result.kind == "intro_request", body
        assert (result.a, result.b) == (
            Party("Camille Roux", "camille@roux.example"),
            Party("Benoît Lemaire", None),
        ), body
        assert not result.confident, body


def test_them_after_two_named_with_addresses_stays_confident() -> None:
    body = THEM_ASKS[0].replace("Benoît Lemaire,", "Benoît Lemaire (benoit@lemaire.example),")
    result = understand(body, sender="Philippe Roux <philippe@roux.example>")
    assert (result.a, result.b) == (
        Party("Camille Roux", "camille@roux.example"),
        Party("Benoît Lemaire", "benoit@lemaire.example"),
    )
    assert result.confident


def test_them_not_of_two_named_before_implies_no_pair() -> None:
    near_misses = [
        # Three named before: which two is not said.
        "My daughter Camille Roux (camille@roux.example) is looking. Dr Benoît Lemaire and "
        "Dr Anne Petit run a practice. Could you introduce them?",
        # One named before.
        "Dr Benoît Lemaire runs a practice in Lyon. Could you introduce them?",
        # "Them" is one side, the other named in the ask.
        "My daughter Camille Roux (camille@roux.example) is looking. Dr Benoît Lemaire runs "
        "a practice. Could you introduce them to Anne Petit?",
        # Told, not asked.
        "My daughter Camille Roux (camille@roux.example) is looking. Dr Benoît Lemaire runs "
        "a practice. I introduced them last year.",
        "Mi hija Camille Roux (camille@roux.example) busca un puesto. El Dr. Benoît Lemaire "
        "tiene una consulta. Ya los puse en contacto el año pasado.",
    ]
    for body in near_misses:
        result = understand(body, sender="Philippe Roux <philippe@roux.example>")
        assert result.b != Party("Benoît Lemaire", None), body
        assert not result.confident, body


SHOULD_MEET = [
    "Our new curate, Ben Collins, wants to start a breakfast club, and Joan Whitaker who "
    "runs the food bank at St Mark's has done exactly this. I think they should meet!",
    "Notre nouveau vicaire, Ben Collins, veut lancer un petit-déjeuner solidaire, et Joan "
    "Whitaker a fait exactement cela. Je pense qu'ils devraient se rencontrer.",
    "Nuestro nuevo vicario, Ben Collins, quiere abrir un comedor, y Joan Whitaker ya lo hizo "
    "hace años. Creo que deberían conocerse.",
    "Unser neuer Vikar, Ben Collins, will ein Frühstück anbieten, und Joan Whitaker hat "
    "genau das aufgebaut. Ich finde, sie sollten sich kennenlernen.",
    "O nosso novo vigário, Ben Collins, quer abrir um café solidário, e a Joan Whitaker já "
    "fez isso. Acho que eles deveriam se conhecer.",
    "Kasisi wetu mpya, Ben Collins, anataka kuanzisha klabu ya kifungua kinywa, na Joan "
    "Whitaker amefanya hivyo. Nadhani wanapaswa kukutana.",
]


def test_they_should_meet_pairs_the_two_named_before() -> None:
    for body in SHOULD_MEET:
        result = understand(body, sender="Dorothy Pugh <dot@pugh.example>")
        assert result.kind == "intro_request", body
        assert (result.a, result.b) == (
            Party("Ben Collins", None),
            Party("Joan Whitaker", None),
        ), body
        assert not result.confident, body


def test_they_should_meet_with_addresses_is_confident() -> None:
    body = SHOULD_MEET[0].replace("Ben Collins,", "Ben Collins (ben@collins.example),")
    body = body.replace("Joan Whitaker who", "Joan Whitaker (joan@whitaker.example) who")
    result = understand(body, sender="Dorothy Pugh <dot@pugh.example>")
    assert (result.a, result.b) == (
        Party("Ben Collins", "ben@collins.example"),
        Party("Joan Whitaker", "joan@whitaker.example"),
    )
    assert result.confident


def test_they_should_do_something_else_is_no_request() -> None:
    opening = "Ben Collins runs the youth club and Joan Whitaker runs the food bank. "
    near_misses = [
        "I think they should meet the deadline.",
        "They should talk to the vicar first.",
        "They should meet at the station at 9.",
        "I don't think they should meet.",
        "They should sign the contract.",
        "Ils ne devraient pas se rencontrer.",
        "Deberían hablar con el abogado.",
        "Sie sollten sich nicht treffen.",
    ]
    for ending in near_misses:
        result = understand(opening + ending, sender="Dorothy Pugh <dot@pugh.example>")
        assert result.a is None, ending
        assert not result.confident, ending
    # Three named before: which two is not said.
    three = understand(
        "Ben Collins, Joan Whitaker and Anne Petit all run clubs. I think they should meet.",
        sender="Dorothy Pugh <dot@pugh.example>",
    )
    assert three.a is None


RUN_ON_ASKS = [
    "hello my granddaughter Chloe Martin is finishing her course and my neighbour told me "
    "her son Owen Pryce is a vet could you introduce them chloes email is "
    "chloe.martin@mail.example i dont have Owens thank you",
    "bonjour ma petite-fille Chloe Martin finit ses études et le fils de ma voisine Owen "
    "Pryce est vétérinaire pourriez-vous les mettre en contact son email est "
    "chloe.martin@mail.example merci",
    "hola mi nieta Chloe Martin termina sus estudios y el hijo de mi vecina Owen Pryce es "
    "veterinario podría ponerlos en contacto su correo es chloe.martin@mail.example gracias",
    "guten tag meine Enkelin, Chloe Martin, sucht eine Stelle und der Herr Owen Pryce hat "
    "eine Praxis können sie die beiden zusammenbringen ihre email ist chloe.martin@mail.example "
    "vielen dank",
    "olá a minha neta Chloe Martin termina o curso e o filho da vizinha Owen Pryce é "
    "veterinário poderia colocá-los em contato o email dela é chloe.martin@mail.example obrigada",
    "habari mjukuu wangu Chloe Martin anamaliza masomo na mtoto wa jirani Owen Pryce ni "
    "daktari wa wanyama tafadhali unaweza kuwaunganisha barua pepe yake ni "
    "chloe.martin@mail.example asante",
]


def test_them_in_a_mail_written_in_one_run_pairs_the_two_named_before_it() -> None:
    for body in RUN_ON_ASKS:
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert result.kind == "intro_request", body
        assert (result.a, result.b) == (
            Party("Chloe Martin", "chloe.martin@mail.example"),
            Party("Owen Pryce", None),
        ), body
        assert not result.confident, body


def test_them_in_one_run_with_the_writer_or_someone_else_after_is_no_pair() -> None:
    near_misses = [
        "my granddaughter Chloe Martin is finishing and her son Owen Pryce is a vet could you "
        "introduce me to them my email is here thank you",
        "my granddaughter Chloe Martin is finishing and her son Owen Pryce is a vet could you "
        "introduce them to Anne Petit thank you",
    ]
    for body in near_misses:
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert result.b != Party("Owen Pryce", None), body
        assert not result.confident, body


def test_a_list_item_telling_of_two_people_with_addresses_pairs_them() -> None:
    ruth, howard = "Ruth Kingsley (ruth@orchard.example)", "Howard Lane (howard@mill.example)"
    sam, nadia = "Sam Bright (sam@farm.example)", "Nadia Ferreira (nadia@larder.example)"
    for body in (
        f"Two members asked me to get them in touch with someone, could you help?\n\n"
        f"1) {ruth} is looking for a mill to press her apples. {howard} does contract "
        f"pressing.\n\n2) {sam} sells asparagus. Could you introduce him to {nadia}?",
        f"Deux membres m'ont demandé une mise en relation, pourriez-vous nous aider ?\n\n"
        f"1) {ruth} cherche un moulin pour ses pommes. {howard} fait du pressage.\n\n"
        f"2) {sam} vend des asperges. Pourriez-vous lui présenter {nadia} ?",
        f"Dos socios me pidieron que los pusiera en contacto con alguien, ¿nos ayuda?\n\n"
        f"1) {ruth} busca un molino para sus manzanas. {howard} prensa por encargo.\n\n"
        f"2) {sam} vende espárragos. ¿Podría presentarlo a {nadia}?",
        f"Zwei Mitglieder baten mich um eine Vorstellung, können Sie helfen?\n\n"
        f"1) {ruth} sucht eine Mühle für ihre Äpfel. {howard} presst im Auftrag.\n\n"
        f"2) {sam} verkauft Spargel. Könnten Sie ihn mit {nadia} bekannt machen?",
    ):
        result = understand(body)
        pairs = {frozenset((result.a, result.b)), *(frozenset((p.a, p.b)) for p in result.more)}
        assert (
            frozenset(
                (
                    Party("Ruth Kingsley", "ruth@orchard.example"),
                    Party("Howard Lane", "howard@mill.example"),
                )
            )
            in pairs
        ), body
        assert (
            frozenset(
                (
                    Party("Sam Bright", "sam@farm.example"),
                    Party("Nadia Ferreira", "nadia@larder.example"),
                )
            )
            in pairs
        ), body
        assert result.confident, body
    # Near misses: a list that asks nothing, and an item of three people.
    team = understand(f"Our team this year:\n\n1) {ruth} leads sales. {howard} runs operations.")
    assert team.kind == "not_a_request"
    three = understand(
        f"Could you help with these intros?\n\n1) {ruth} needs a mill. {howard} and "
        f"{sam} both press apples.\n\n2) Me and {nadia}."
    )
    assert not three.confident


@pytest.mark.parametrize(
    "body",
    [
        "Deixa eu me apresentar: sou a Mariana Rocha, da agência Faro. Adoraria trocar uma "
        "ideia sobre parcerias.",
        "Déjame presentarme: soy Mariana Rocha, de la agencia Faro. Me encantaría charlar "
        "sobre alianzas.",
        "Laisse-moi me présenter : je suis Mariane Roche, de l'agence Faro. J'adorerais "
        "échanger sur des partenariats.",
        "Ich stell mich mal kurz vor: Marianne Roth von der Agentur Faro. Ich würde mich "
        "über einen Austausch zu Partnerschaften freuen.",
        "A quick intro about me: I'm Marian Rock from the Faro agency. I'd love to chat "
        "about partnerships.",
        "Acha nijitambulishe: mimi ni Mariana Rocha wa wakala wa Faro. Ningependa "
        "kuzungumza kuhusu ushirikiano.",
    ],
)
def test_a_colloquial_self_introduction_is_no_request(body: str) -> None:
    assert understand(body).kind == "not_a_request", body


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Amélie Roche (amelie@lumiere.example), who runs their "
        "grants programme, and also to Bruno, the CFO at GreenLeaf?",
        "Pourriez-vous me présenter à Amélie Roche (amelie@lumiere.example), qui dirige le "
        "programme, et aussi à Bruno, le directeur financier ?",
        "¿Podrías presentarme a Amélie Roche (amelie@lumiere.example), que dirige el "
        "programa, y también a Bruno, el director financiero?",
        "Könnten Sie mich Amélie Roche (amelie@lumiere.example) vorstellen, die das Programm "
        "leitet, und auch Bruno, dem Finanzchef?",
        "Pode me apresentar à Amélie Roche (amelie@lumiere.example), que dirige o programa, "
        "e também ao Bruno, o diretor financeiro?",
    ],
)
def test_someone_named_after_an_aside_and_left_out_makes_no_certain_pair(body: str) -> None:
    # Bruno is asked for too and cannot be reached: the pair with Amélie is not acted on.
    result = understand(body, sender="Sarah Cohen <sarah@cohen.example>")
    assert result.kind == "intro_request", body
    assert not result.confident, body


def test_a_second_pair_after_the_first_is_no_one_left_out() -> None:
    result = understand(
        "Ann Berg (ann@berg.example), meet Bob Ray (bob@ray.example) and Carol Diaz "
        "(carol@diaz.example), meet Dan Ek (dan@ek.example)."
    )
    assert result.confident
    assert len(result.more) == 1
    aside = understand(
        "Could you introduce me to Amélie Roche (amelie@lumiere.example), who knows Bruno well?"
    )
    assert aside.confident
    assert aside.b == Party("Amélie Roche", "amelie@lumiere.example")


@pytest.mark.parametrize(
    "body",
    [
        "Wie ist der Stand?",
        "Where are we at?",
        "On en est où ?",
        "¿En qué quedó?",
        "Em que pé está?",
        "Imefika wapi?",
    ],
)
def test_a_command_is_written_to_the_agent_not_copied_to_it(body: str) -> None:
    colleague = "Jonas Weber <jonas@weber.example>"
    subject = "Re: intro / mise en relation / Vorstellung / presentación / apresentação"
    copied = understand(body, to=colleague, cc=f"Intro Agent <{AGENT}>", subject=subject)
    assert copied.kind != "command", body
    asked = understand(body, to=f"Intro Agent <{AGENT}>", cc=colleague, subject=subject)
    assert asked.kind == "command" and asked.command == "status", body


STADTWERKE = (
    "Here are the contacts we got:\n\n"
    "Name           | Bereich            | E-Mail\n"
    "Markus Weber   | Netzanschluss      | m.weber@stadtwerke-fr.example\n"
    "Julia Neumann  | Ladeinfrastruktur  | j.neumann@stadtwerke-fr.example\n"
    "Stefan Koch    | Einkauf            | s.koch@stadtwerke-fr.example\n\n"
)
JULIA = Party("Julia Neumann", "j.neumann@stadtwerke-fr.example")


def test_a_table_row_gives_its_person_the_address_it_holds() -> None:
    asks = [
        "Könnten Sie mich bitte mit Frau Neumann in Kontakt bringen?",
        "Could you introduce me to Julia?",
        "Pourriez-vous me présenter à Julia ?",
        "¿Me podrías presentar a Julia?",
        "Pode me apresentar à Julia?",
        "Tafadhali nitambulishe kwa Julia.",
    ]
    for ask in asks:
        result = understand(STADTWERKE + ask + "\n\nThanks,\nAnn Lee")
        assert result.kind == "intro_request", ask
        assert {result.a, result.b} == {Party("Ann Lee", "ann@lee.example"), JULIA}, ask
        assert result.confident, ask
    # Markdown's pipes, and a third party picked by first names.
    markdown = understand(
        "| Name | Company | Email |\n|---|---|---|\n"
        "| Ines Alvarez | Solcaja | ines@solcaja.example |\n"
        "| Kofi Boateng | FarmLedger | kofi@farmledger.example |\n"
        "| Efua Mensah | ShopaGH | efua@shopagh.example |\n\n"
        "Could you introduce Ines to Kofi? Solcaja's customers need credit.\n\nThanks,\nAnn Lee"
    )
    assert {markdown.a, markdown.b} == {
        Party("Ines Alvarez", "ines@solcaja.example"),
        Party("Kofi Boateng", "kofi@farmledger.example"),
    }
    assert markdown.confident


def test_a_row_that_does_not_tie_one_address_to_one_person_gives_none() -> None:
    rows = [
        # Two people in the row; an address that spells no name of it.
        "Julia Neumann, Stefan Koch | Einkauf | j.neumann@stadtwerke-fr.example\n",
        "Julia Neumann  | Ladeinfrastruktur  | info@stadtwerke-fr.example\n",
    ]
    for row in rows:
        result = understand(
            "Contacts:\n\nName | Team | Email\n" + row + "\nCould you introduce me to Julia?"
        )
        assert not result.confident, row
    # A list that gives several people addresses is no table to pick from: whoever the
    # ask leaves out, the agent asks.
    listed = understand(
        "Contacts:\n- Markus Weber: m.weber@stadtwerke-fr.example\n"
        "- Julia Neumann: j.neumann@stadtwerke-fr.example\n\nCould you introduce me to Julia?"
    )
    assert listed.b == JULIA
    assert not listed.confident


def test_a_list_of_one_person_each_under_the_writers_ask_pairs_the_writer_with_each() -> None:
    ann, bob = "Dr. Ann Berg <ann@berg.example>", "Bob Stone <bob@stone.example>"
    writer = Party("Pat Morrow", "pat@morrow.example")
    for body in (
        f"Hi, I need two intros:\n\n1) {ann} - she runs a lab in Aachen.\n2) {bob} - he "
        "invests in robotics.\n\nThanks!",
        f"Kurze Bitte, ich bräuchte gleich zwei Intros:\n\n1) {ann} \u2013 sie leitet ein Labor, "
        f"und wir suchen einen Partner.\n2) {bob} \u2013 er investiert in Robotik.\n\nDanke!",
        f"Bonjour, j'aurais besoin de deux mises en relation :\n\n1) {ann} : elle dirige un "
        f"laboratoire.\n2) {bob}, il investit dans la robotique.\n\nMerci !",
        f"Hola, necesito dos presentaciones:\n\n1) {ann} \u2013 dirige un laboratorio.\n2) {bob} "
        "\u2013 invierte en robótica.\n\nGracias.",
        f"Olá, preciso de duas apresentações:\n\n1) {ann} \u2013 dirige um laboratório.\n2) {bob} "
        "\u2013 investe em robótica.\n\nObrigado.",
        f"Habari, nahitaji utambulisho mara mbili:\n\n1) {ann} - anaongoza maabara.\n2) {bob}"
        " - anawekeza katika roboti.\n\nAsante.",
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert result.kind == "intro_request", body
        assert (result.a, result.b) == (writer, Party("Ann Berg", "ann@berg.example")), body
        assert [(p.a, p.b) for p in result.more] == [
            (writer, Party("Bob Stone", "bob@stone.example"))
        ], body
        assert result.confident, body
    # Near misses: intros for someone else, of two others, an item that names no one
    # first, and a list that asks nothing.
    for body in (
        f"I need two intros for my cofounder:\n\n1) {ann} - a lab.\n2) {bob} - robotics.",
        f"I'd like intros between the two:\n\n1) {ann} - a lab.\n2) {bob} - robotics.",
        f"Ich bräuchte zwei Intros:\n\n1) Ein Labor: {ann}.\n2) {bob} \u2013 Robotik.",
        f"Our speakers this year:\n\n1) {ann} - a lab.\n2) {bob} - robotics.",
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert not result.confident, body
        assert writer not in (result.a, result.b), body


def test_a_company_asked_for_is_its_contact_named_after_a_role() -> None:
    writer = Party("Pat Morrow", "pat@morrow.example")
    for body, contact in (
        (
            "Could you put me in touch with Helix Bio? Their partnerships lead, Ana Ruiz "
            "<ana@helixbio.com>, is the right person. We want to supply their labs.",
            Party("Ana Ruiz", "ana@helixbio.com"),
        ),
        (
            "Can you introduce me to Helix Bio's new head of procurement, Dmitri Volkov "
            "<dvolkov@helixbio.com>? We're hoping to become a supplier for their kits.",
            Party("Dmitri Volkov", "dvolkov@helixbio.com"),
        ),
        (
            "Pourriez-vous me mettre en relation avec Helix Bio ? La personne à contacter est "
            "son responsable des achats, Dmitri Volkov <dv@helix-bio.fr>. Nous voulons "
            "devenir leur fournisseur.",
            Party("Dmitri Volkov", "dv@helix-bio.fr"),
        ),
        (
            "¿Podrías ponerme en contacto con la empresa Helix Bio? La persona indicada es su "
            "jefa de compras, Lucía Gómez <lg@helixbio.es>. Queremos ser sus proveedores "
            "este año.",
            Party("Lucía Gómez", "lg@helixbio.es"),
        ),
        (
            "Könnten Sie mich mit der Firma Helix Bio in Kontakt bringen? Ansprechpartner ist "
            "deren Einkaufsleiter, Jonas Weber <jw@helixbio.de>. Wir möchten gerne Lieferant "
            "werden.",
            Party("Jonas Weber", "jw@helixbio.de"),
        ),
        (
            "Poderia me colocar em contato com a empresa Helix Bio? A pessoa certa é o "
            "responsável de compras, Rui Costa <rc@helixbio.pt>. Queremos ser fornecedores "
            "deles este ano.",
            Party("Rui Costa", "rc@helixbio.pt"),
        ),
        (
            "Ningependa kuunganishwa na kampuni ya Helix Bio ya Mombasa. Mtu wa kuongea naye "
            "ni afisa wao wa ushirikiano, Baraka Otieno <baraka@helixbio.co.ke>. Tunataka "
            "kuanza kusafirisha bidhaa kila mwezi.",
            Party("Baraka Otieno", "baraka@helixbio.co.ke"),
        ),
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert (result.a, result.b) == (writer, contact), body
        assert result.confident, body
        assert result.context and "@" not in result.context, body
    # Near misses: an address elsewhere than the company, one said no to, two people
    # there, and someone's assistant rather than a company's contact.
    for body in (
        "Could you put me in touch with Helix Bio? Their partnerships lead, Ana Ruiz "
        "<ana@gmail.com>, is the right person.",
        "Could you put me in touch with Helix Bio? Not their partnerships lead, Ana Ruiz "
        "<ana@helixbio.com>, she left.",
        "Could you put me in touch with Helix Bio? Their CEO, Ana Ruiz <ana@helixbio.com>, "
        "and their CFO, Bo Lee <bo@helixbio.com>, both know us.",
        "Could you introduce me to Ana Ruiz? Her assistant, Bob Lee <bob@helixbio.com>, "
        "keeps her diary.",
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert not result.confident, body


def test_someone_named_not_to_introduce_neither_doubts_nor_is_left_out_of_the_ask() -> None:
    writer = Party("Pat Morrow", "pat@morrow.example")
    sophie = Party("Sophie Marchand", "sophie@lumen.example")
    ask = "Sophie Marchand (sophie@lumen.example)"
    paul = "Paul Girard (paul@lumen.example)"
    for body in (
        f"Could you introduce me to {ask}? Not {paul}: he left, his old address bounces. "
        "We make ski masks.",
        f"Can you introduce me to {ask}? Please don't route it to {paul} - he left in "
        "September and that old email bounces. We make ski masks.",
        f"Pourriez-vous me présenter {ask} ? Surtout pas {paul} : il est parti et son "
        "ancienne adresse ne répond plus. Nous faisons des masques de ski.",
        f"¿Podrías presentarme a {ask}? No a {paul}: se fue y su antiguo correo ya no "
        "funciona. Hacemos máscaras de esquí.",
        f"Könnten Sie mich {ask} vorstellen? Nicht {paul}, er ist weg, seine alte Adresse "
        "geht nicht mehr. Wir bauen Skibrillen.",
        f"Pode me apresentar a {ask}? Não o {paul}: ele saiu e o e-mail antigo não funciona."
        " Fazemos máscaras de esqui.",
        f"Tafadhali nitambulishe kwa {ask}. Si {paul}, ameondoka na barua pepe ya zamani "
        "haifanyi kazi. Tunatengeneza miwani ya kuteleza.",
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert (result.a, result.b) == (writer, sophie), body
        assert result.confident, body
        assert not result.more, body
    # Near misses: the one excluded is the one asked for; a doubt elsewhere still
    # doubts; "not" before no name excludes no one.
    for body in (
        f"Could you introduce me to {paul}? Not Paul Girard, he left.",
        f"Could you introduce me to {ask}? Not {paul}, he left. Her old address was "
        "sophie@old.example, though.",
        f"Could you introduce me to {ask}? Not now, but someday {paul} too.",
        f"Pourriez-vous me présenter {ask} ? Pas {paul} ni Anne Roy (anne@roy.example).",
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert not result.confident, body


def test_someone_named_after_a_clause_and_also_is_a_further_pair_of_the_same_kind() -> None:
    writer = Party("Pat Morrow", "pat@morrow.example")
    amelie, bruno = "Amélie Roche (amelie@fl.example)", "Bruno Petit (bruno@gl.example)"
    for body in (
        f"Could you introduce me to {amelie}, who runs their grants programme, and also to "
        f"{bruno}? We are applying for a climate fund.",
        f"Pourriez-vous me présenter à {amelie}, qui dirige leur programme de bourses, et "
        f"aussi à {bruno} ? Nous préparons une candidature.",
        f"¿Podrías presentarme a {amelie}, que dirige su programa de becas, y también a "
        f"{bruno}? Preparamos una candidatura.",
        f"Pode me apresentar à {amelie}, que dirige o programa de bolsas, e também ao "
        f"{bruno}? Estamos preparando uma candidatura.",
        f"Tafadhali nitambulishe kwa {amelie}, ambaye anaongoza mpango wao wa ruzuku, na "
        f"pia kwa {bruno}. Tunaandaa maombi.",
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert (result.a, result.b) == (writer, Party("Amélie Roche", "amelie@fl.example"))
        assert [(p.a, p.b) for p in result.more] == [
            (writer, Party("Bruno Petit", "bruno@gl.example"))
        ], body
        assert result.confident, body
        assert result.context and not result.context.endswith(("to", "à", "a", "ao", "kwa"))
    # Without an address the further one is asked about.
    unaddressed = understand(
        f"Could you introduce me to {amelie}, who runs their grants programme, and also to "
        "Bruno, the CFO at GreenLeaf? I don't have his address.",
        sender="Pat Morrow <pat@morrow.example>",
    )
    assert [(p.a, p.b) for p in unaddressed.more] == [(writer, Party("Bruno", None))]
    assert not unaddressed.confident
    # Near misses: what is someone's, and no clause before the conjunction.
    teams = understand(
        f"Could you introduce me to {amelie}, who runs their grants programme, and Bruno's "
        "team too?",
        sender="Pat Morrow <pat@morrow.example>",
    )
    assert not teams.more and not teams.confident


_TWO_PAIRS_DE = (
    " Und außerdem: Henning Voss (henning@vossbau.de) sollte Lars Petersen "
    "(lars@petersen-holz.dk) kennenlernen, es geht um Holzmodulbau."
)


@pytest.mark.parametrize(
    "ask",
    [
        "Könntest du bitte Mia Schuster <mia@schuster.example> und Aylin Çelik "
        "<aylin@paketpilot.example> zusammenbringen? Beide kämpfen mit der letzten Meile.",
        "Kannst du Mia Schuster (mia@schuster.example) und Aylin Çelik "
        "(aylin@paketpilot.example) miteinander vernetzen, beide suchen Partner.",
        "Würdest du Mia Schuster (mia@schuster.example) und Aylin Çelik "
        "(aylin@paketpilot.example) bekannt machen? Beide kämpfen mit der letzten Meile.",
    ],
)
def test_two_people_and_a_german_verb_of_bringing_together_are_a_pair(ask: str) -> None:
    result = understand("Hi,\n\n" + ask + _TWO_PAIRS_DE + "\n\nFalk")
    assert (result.a, result.b) == (
        Party("Mia Schuster", "mia@schuster.example"),
        Party("Aylin Çelik", "aylin@paketpilot.example"),
    )
    assert [(p.a.name, p.b.name) for p in result.more] == [("Henning Voss", "Lars Petersen")]
    assert result.confident


def test_two_people_doing_something_together_in_german_is_no_pair() -> None:
    result = understand(
        "Hallo,\n\nMia Schuster (mia@schuster.example) und Aylin Çelik "
        "(aylin@paketpilot.example) verbinden ihre Lager in Leipzig. Schön, oder?\n\nFalk"
    )
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Hi! Could you put Sarah and Tom in touch please? Sarah runs the tombola.",
            ("Sarah", "Tom"),
        ),
        ("Can you please get Sarah Jones and Tom Hill in contact?", ("Sarah Jones", "Tom Hill")),
        (
            "Bonjour, pourriez-vous mettre Sarah et Tom en contact ? Sarah organise la tombola.",
            ("Sarah", "Tom"),
        ),
        (
            "Hola, ¿podrías poner a Sara y Tomás en contacto? Sara organiza la rifa.",
            ("Sara", "Tomás"),
        ),
        (
            "Hallo, kannst du Sarah und Tom in Kontakt bringen? Sarah macht die Tombola.",
            ("Sarah", "Tom"),
        ),
        ("Olá, podia pôr a Sara e o Tomás em contacto? A Sara organiza a rifa.", ("Sara", "Tomás")),
    ],
)
def test_two_named_put_in_touch_without_addresses_are_asked_about(
    body: str, pair: tuple[str, str]
) -> None:
    result = understand(body + "\n\nLouise")
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (Party(pair[0], None), Party(pair[1], None))
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hi! I put Sarah and Tom in touch last year and it went well. Just so you know.",
        "Hi! Thanks so much for putting Sarah and Tom in touch!",
        "Bonjour, j'ai mis Sarah et Tom en contact l'an dernier, tout va bien.",
    ],
)
def test_two_named_put_in_touch_before_is_no_request(body: str) -> None:
    assert understand(body + "\n\nLouise").kind == "not_a_request"


@pytest.mark.parametrize(
    "where",
    ["von den Stadtwerken Augsburg", "von der Sparkasse Ulm", "von der Kanzlei Berger", ""],
)
def test_where_someone_is_from_in_german_is_no_part_of_the_name(where: str) -> None:
    result = understand(
        "Sehr geehrte Damen und Herren,\n\nich möchte Sie bitten, meinen Postdoc Dr. Jonas "
        f"Weber (jonas.weber@tum.example) mit Frau Katrin Albers {where} "
        "(k.albers@werke.example) bekannt zu machen. Herr Weber entwickelt Prognosemodelle."
        "\n\nMit freundlichen Grüßen\nUlrike Brandt"
    )
    assert (result.a, result.b) == (
        Party("Jonas Weber", "jonas.weber@tum.example"),
        Party("Katrin Albers", "k.albers@werke.example"),
    )
    assert result.confident


def test_a_surname_after_german_particles_is_still_a_name() -> None:
    result = understand(
        "Könnten Sie mich bitte mit Frau Ursula von der Leyen (u.leyen@eu.example) bekannt machen?"
    )
    assert result.b == Party("Ursula von der Leyen", "u.leyen@eu.example")
    assert result.confident


_TWO_NAMED = {
    "pt": "A Dona Fernanda Loureiro (fernanda@loureiro.example) coordena a recolha e o Sr. "
    "Rui Palhinha (rui@palhinha.example) ofereceu uma carrinha.",
    "fr": "Mme Fernanda Loureiro (fernanda@loureiro.example) coordonne la collecte et M. Rui "
    "Palhinha (rui@palhinha.example) a une camionnette.",
    "es": "Fernanda Loureiro (fernanda@loureiro.example) coordina la recogida y Rui Palhinha "
    "(rui@palhinha.example) tiene una furgoneta.",
    "de": "Fernanda Loureiro (fernanda@loureiro.example) koordiniert die Sammlung und Rui "
    "Palhinha (rui@palhinha.example) hat einen Transporter.",
    "en": "Fernanda Loureiro (fernanda@loureiro.example) runs the food drive and Rui Palhinha "
    "(rui@palhinha.example) has offered a van.",
}


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("pt", "Podia apresentá-los um ao outro? Eu não tenho mãos a medir."),
        ("pt", "Poderia conectá-los?"),
        ("pt", "Pode apresentá-las uma à outra, por favor?"),
        ("fr", "Pourriez-vous les présenter l'un à l'autre ?"),
        ("es", "¿Podría presentarlos el uno al otro?"),
        ("de", "Könnten Sie sie einander vorstellen?"),
        ("en", "Could you introduce them to each other?"),
    ],
)
def test_an_ask_to_introduce_them_to_each_other_pairs_the_two_named_before(
    language: str, ask: str
) -> None:
    result = understand(f"Boa tarde,\n\n{_TWO_NAMED[language]}\n\n{ask}\n\nConceição")
    assert (result.a, result.b) == (
        Party("Fernanda Loureiro", "fernanda@loureiro.example"),
        Party("Rui Palhinha", "rui@palhinha.example"),
    )
    assert result.confident


@pytest.mark.parametrize(
    "told",
    ["Vou apresentá-los um ao outro amanhã.", "Já os apresentei um ao outro no ano passado."],
)
def test_introducing_them_oneself_in_portuguese_asks_nothing(told: str) -> None:
    result = understand(f"Boa tarde,\n\n{_TWO_NAMED['pt']}\n\n{told}\n\nConceição")
    assert result.kind == "not_a_request"


def _to_two(body: str, to: str) -> RequestResult:
    return understand(body, sender="Gideon Farr <gideon@farr.example>", to=to, cc=AGENT)


_RAVI_TOMAS = "Ravi Shah <ravi@loopwise.example>, Tomás Lindqvist <tomas@kelp.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Ravi, Tomás -\n\nYou two should talk. Ravi's team builds pipelines, Tomás needs one.",
        "Tomás, Ravi:\n\nYou two should talk. Tomás measures kelp from orbit.",
    ],
)
def test_a_recipient_named_by_a_first_name_that_is_also_a_word_is_named(body: str) -> None:
    result = _to_two(body + "\n\nG.", _RAVI_TOMAS)
    assert {result.a, result.b} == {
        Party("Ravi Shah", "ravi@loopwise.example"),
        Party("Tomás Lindqvist", "tomas@kelp.example"),
    }
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Tomás -\n\nYou two should talk. Tomás measures kelp from orbit.",
        "Bonjour Tomás,\n\nVous deux devriez vous parler. Ravi de vous avoir vus hier.",
    ],
)
def test_a_first_name_that_is_also_a_word_not_written_as_a_name_names_no_one(body: str) -> None:
    result = _to_two(body + "\n\nG.", _RAVI_TOMAS)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    ("to", "body"),
    [
        (
            "Beatriz Lima <bia.lima@escola.example>, Thiago Moreira <thiago@horta.example>",
            "Oi Bia, oi Thiago!\n\nVocês deviam conversar: a Bia coordena a merenda e o Thiago "
            "tem uma horta.",
        ),
        (
            "Beatriz Lima <bia.lima@escola.example>, Thiago Moreira <thiago@horta.example>",
            "Oi Beatriz, oi Thiago!\n\nVocês precisam se conhecer. A Beatriz coordena a merenda.",
        ),
        (
            "Ana Ruiz <ana@feria.example>, Luis Gil <luis@imprenta.example>",
            "Hola Ana, hola Luis:\n\nDeberíais hablar: Ana organiza ferias y Luis imprime.",
        ),
        (
            "Ana Ruiz <ana@feria.example>, Luis Gil <luis@imprenta.example>",
            "Hola Ana, hola Luis:\n\nTenéis que conoceros, Ana organiza ferias y Luis imprime.",
        ),
        (
            "Ana Ruiz <ana@feria.example>, Luis Gil <luis@imprenta.example>",
            "Hola Ana, hola Luis:\n\nUstedes deberían conversar. Ana organiza ferias.",
        ),
        (
            "Anna Weber <anna@messe.example>, Lukas Roth <lukas@druck.example>",
            "Hallo Anna, hallo Lukas,\n\nihr solltet mal reden: Anna organisiert Messen.",
        ),
        (
            "Juma Ali <juma@nyumba.example>, Neema Mushi <neema@mbao.example>",
            "Habari Juma na Neema,\n\nMnapaswa kuzungumza: Juma anajenga nyumba.",
        ),
    ],
)
def test_the_two_written_to_told_by_a_plural_you_that_they_should_talk_are_the_pair(
    to: str, body: str
) -> None:
    result = _to_two(body + "\n\nCamila", to)
    recipients = {(a.name, a.email) for a in mail("x", to=to).to}
    assert {(result.a.name, result.a.email), (result.b.name, result.b.email)} == recipients  # type: ignore[union-attr]
    assert result.confident


@pytest.mark.parametrize(
    ("to", "body"),
    [
        (
            "Ana Ruiz <ana@feria.example>, Luis Gil <luis@imprenta.example>",
            "Hola Ana, hola Luis:\n\nDeberíais firmar el contrato antes del viernes.",
        ),
        (
            "Anna Weber <anna@messe.example>, Lukas Roth <lukas@druck.example>",
            "Hallo Anna, hallo Lukas,\n\nkönntet ihr mir bitte sagen, wann ihr Zeit habt?",
        ),
        (
            "Juma Ali <juma@nyumba.example>, Neema Mushi <neema@mbao.example>",
            "Habari Juma na Neema,\n\nMnapaswa kulipa ada kabla ya Ijumaa.",
        ),
        (
            "Beatriz Lima <bia.lima@escola.example>, Thiago Moreira <thiago@horta.example>",
            "Oi Bia, oi Thiago!\n\nVocês precisam de ajuda com a horta?",
        ),
    ],
)
def test_the_two_written_to_told_to_do_something_else_are_no_pair(to: str, body: str) -> None:
    assert _to_two(body + "\n\nCamila", to).kind == "not_a_request"


def test_a_plural_you_to_three_makes_no_certain_pair() -> None:
    result = _to_two(
        "Oi Bia, oi Thiago, oi Ana!\n\nVocês deviam conversar: a Bia coordena a merenda.",
        "Beatriz Lima <bia@a.example>, Thiago Moreira <thiago@b.example>, "
        "Ana Souza <ana@c.example>",
    )
    assert not result.confident


def test_a_plural_you_told_something_else_leaves_an_ask_later_in_the_sentence() -> None:
    result = _to_two(
        "Hallo Anna, hallo Lukas,\n\nkönntet ihr mich mit Jana Berg (jana@berg.example) bekannt "
        "machen?\n\nGideon",
        "Anna Weber <anna@messe.example>, Lukas Roth <lukas@druck.example>",
    )
    assert result.b == Party("Jana Berg", "jana@berg.example")


def test_a_name_the_address_spells_with_another_surname_names_no_recipient() -> None:
    result = _to_two(
        "Oi Bia Santos, oi Thiago!\n\nVocês deviam conversar: o Thiago tem uma horta.\n\nCamila",
        "Beatriz Lima <bia.lima@escola.example>, Thiago Moreira <thiago@horta.example>",
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    ("to", "body"),
    [
        (
            "Dev Sharma <dev@hives.example>, Ruth Abernethy <ruth@bees.example>",
            "Dev, Ruth,\n\nDev keeps bees and Ruth kept bees for years. I've copied in that "
            "introduction service, it'll check with you both first.",
        ),
        (
            "Sandrine Keller <sandrine@potager.example>, Karim Benali <karim@tanneurs.example>",
            "Bonsoir Sandrine, bonsoir Karim,\n\nSandrine veut un potager et Karim en a monté un. "
            "Je mets le service d'introductions en copie : il vous demandera votre accord à "
            "chacun avant de vous mettre en contact.",
        ),
        (
            "Ana Ruiz <ana@feria.example>, Luis Gil <luis@imprenta.example>",
            "Hola Ana, hola Luis:\n\nAna organiza ferias y Luis imprime. Os pongo en copia al "
            "servicio de presentaciones, que os escribirá a cada uno antes.",
        ),
        (
            "Anna Weber <anna@messe.example>, Lukas Roth <lukas@druck.example>",
            "Hallo Anna, hallo Lukas,\n\nAnna organisiert Messen und Lukas druckt. Ich setze den "
            "Vorstellungsdienst in Kopie, er fragt jeden von euch vorher.",
        ),
        (
            "Beatriz Lima <bia.lima@escola.example>, Thiago Moreira <thiago@horta.example>",
            "Oi Bia, oi Thiago!\n\nA Bia coordena a merenda e o Thiago tem uma horta. Copiei o "
            "assistente de apresentações, ele fala com cada um antes.",
        ),
        (
            "Juma Ali <juma@nyumba.example>, Neema Mushi <neema@mbao.example>",
            "Habari Juma na Neema,\n\nJuma anajenga nyumba na Neema ana mbao. Nimeweka huduma ya "
            "utambulisho nakala, itawauliza kila mmoja kwanza.",
        ),
    ],
)
def test_the_agent_copied_in_to_ask_the_two_written_to_pairs_them(to: str, body: str) -> None:
    result = _to_two(body + "\n\nPat", to)
    recipients = {(a.name, a.email) for a in mail("x", to=to).to}
    assert result.a is not None and result.b is not None
    assert {(result.a.name, result.a.email), (result.b.name, result.b.email)} == recipients
    assert result.context
    assert result.confident


@pytest.mark.parametrize(
    ("to", "body"),
    [
        # One of the two is the writer's assistant, named in the note.
        (
            "Dev Sharma <dev@hives.example>, Jo Price <jo@pat.example>",
            "Dev, Jo,\n\nI've copied in my assistant Jo and the intro service, she'll set up a "
            "call with you both.",
        ),
        # Three written to.
        (
            "Dev Sharma <dev@hives.example>, Ruth Abernethy <ruth@bees.example>, "
            "Ann Lee <ann@lee.example>",
            "Dev, Ruth, Ann,\n\nDev keeps bees. I've copied in that introduction service, it'll "
            "check with each of you first.",
        ),
        # Neither named in the mail.
        (
            "Dev Sharma <dev@hives.example>, Ruth Abernethy <ruth@bees.example>",
            "Hi both,\n\nBees are great. I've copied in that introduction service, it'll check "
            "with you both first.",
        ),
        # Copied, but not to ask them.
        (
            "Dev Sharma <dev@hives.example>, Ruth Abernethy <ruth@bees.example>",
            "Dev, Ruth,\n\nThe fête is on Saturday. I've copied in the service, ignore it.",
        ),
    ],
)
def test_the_agent_copied_in_without_two_named_written_to_pairs_no_one(to: str, body: str) -> None:
    result = _to_two(body + "\n\nPat", to)
    assert not result.confident


@pytest.mark.parametrize(
    ("to", "body"),
    [
        (
            "Dev Sharma <dev@hives.example>, Ruth Abernethy <ruth@bees.example>",
            "Dev, Ruth,\n\nSee you both at the allotment on Saturday.\n\nSorry, I cc'd my intro "
            "bot by mistake, please ignore it.",
        ),
        (
            "Dev Sharma <dev@hives.example>, Ruth Abernethy <ruth@bees.example>",
            "Dev, Ruth - you two should meet, you both keep bees! (The intro service is on "
            "cc by accident, no need to do anything.)",
        ),
        (
            "Dev Sharma <dev@hives.example>, Ruth Abernethy <ruth@bees.example>",
            "Hi both, minutes from Tuesday attached. Just keeping you in the loop.",
        ),
        (
            "Sandrine Keller <sandrine@potager.example>, Karim Benali <karim@tanneurs.example>",
            "Bonjour Sandrine, bonjour Karim,\n\nJe vous présente le planning du potager. "
            "J'ai mis le service d'introductions en copie par erreur, merci de l'ignorer.",
        ),
        (
            "Ana Ruiz <ana@feria.example>, Luis Gil <luis@imprenta.example>",
            "Hola Ana, hola Luis:\n\nOs paso las fechas de la feria. Puse el bot de "
            "presentaciones en copia por error, ignóralo por favor.",
        ),
        (
            "Anna Weber <anna@messe.example>, Lukas Roth <lukas@druck.example>",
            "Hallo Anna, hallo Lukas,\n\nihr solltet euch kennenlernen! Den "
            "Vorstellungsdienst habe ich versehentlich in Kopie gesetzt, bitte ignorieren.",
        ),
        (
            "Beatriz Lima <bia.lima@escola.example>, Thiago Moreira <thiago@horta.example>",
            "Oi Bia, oi Thiago!\n\nVocês deviam conversar sobre a horta. Coloquei o assistente "
            "de apresentações em cópia por engano, ignore.",
        ),
        (
            "Juma Ali <juma@nyumba.example>, Neema Mushi <neema@mbao.example>",
            "Habari Juma na Neema,\n\nMnapaswa kuzungumza kuhusu mbao. Nimeweka huduma ya "
            "utambulisho nakala kwa makosa, tafadhali puuza.",
        ),
    ],
)
def test_the_agent_copied_by_mistake_or_told_to_ignore_is_no_request(to: str, body: str) -> None:
    result = _to_two(body + "\n\nPat", to)
    assert result.kind == "not_a_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "FYI only: Dev and Ruth met at the fair last week.",
        "Pour info seulement : Dev et Ruth se sont vus au salon.",
        "Kwa taarifa tu: Dev na Ruth walikutana jana.",
        "Sorry, this went to the wrong address by mistake, please ignore.",
    ],
)
def test_a_mail_to_the_agent_telling_it_to_do_nothing_is_no_request(body: str) -> None:
    assert understand(body + "\n\nAnn").kind == "not_a_request"


@pytest.mark.parametrize(
    ("to", "body"),
    [
        # "ignore" governs something else: the ask stands.
        (
            "Intro Agent <intro@introbot.net>",
            "Could you introduce Dev Sharma (dev@hives.example) to Ruth Abernethy "
            "(ruth@bees.example)? Please ignore the earlier thread about the venue.",
        ),
        (
            "Intro Agent <intro@introbot.net>",
            "Pourriez-vous présenter Dev Sharma (dev@hives.example) à Ruth Abernethy "
            "(ruth@bees.example) ? Ignorez le fil précédent sur la salle.",
        ),
        (
            "Intro Agent <intro@introbot.net>",
            "¿Podrías presentar a Dev Sharma (dev@hives.example) a Ruth Abernethy "
            "(ruth@bees.example)? Ignora el hilo anterior sobre la sala.",
        ),
        (
            "Intro Agent <intro@introbot.net>",
            "Könnten Sie Dev Sharma (dev@hives.example) und Ruth Abernethy (ruth@bees.example) "
            "einander vorstellen? Bitte den alten Thread zum Raum ignorieren.",
        ),
        # A mistake told of someone else.
        (
            "Intro Agent <intro@introbot.net>",
            "I cc'd my colleague Jo by mistake last time. Could you introduce me to Priya Raman "
            "(priya@lumen.example)?",
        ),
        (
            "Intro Agent <intro@introbot.net>",
            "Kwa makosa nilimtumia Juma barua yako. Tafadhali nitambulishe kwa Neema Mushi "
            "(neema@mbao.example).",
        ),
    ],
)
def test_ignoring_something_else_beside_an_ask_still_asks(to: str, body: str) -> None:
    result = understand(body + "\n\nAnn", to=to)
    assert result.kind == "intro_request"
    assert result.confident


@pytest.mark.parametrize(
    ("to", "body"),
    [
        (
            "Omar Aziz <omar@acme.example>, Ben Cole <ben@bcole.example>",
            "Omar, Ben,\n\nI'd like to introduce you both to our new reporting dashboard - it "
            "goes live on Monday.",
        ),
        (
            "Emma Blanc <emma@boite.example>, Louis Garnier <louis@garnier.example>",
            "Emma, Louis,\n\nJe vous présente la nouvelle politique de télétravail, applicable "
            "dès lundi.",
        ),
        (
            "Lucía Mora <lucia@mora.example>, Diego Sanz <diego@sanz.example>",
            "Lucía, Diego:\n\nOs presento nuestro nuevo producto, la app de reservas.",
        ),
        (
            "Tim Vogel <tim@vogel.example>, Lena Fuchs <lena@fuchs.example>",
            "Hallo Tim, hallo Lena,\n\ndarf ich euch beiden unsere neue Exportfunktion "
            "vorstellen? Sie ist ab Montag verfügbar.",
        ),
        (
            "Marta Reis <marta@reis.example>, Pedro Alves <pedro@alves.example>",
            "Marta, Pedro,\n\nQueria apresentar a vocês dois o nosso novo recurso de relatórios.",
        ),
        (
            "Halima Musa <halima@musa.example>, Kevin Mwangi <kevin@mwangi.example>",
            "Halima na Kevin,\n\nNingependa kuwatambulisha kwa huduma yetu mpya ya malipo.",
        ),
    ],
)
def test_a_thing_presented_to_the_two_written_to_is_no_pair(to: str, body: str) -> None:
    result = _to_two(body + "\n\nPat", to)
    assert not (result.kind == "intro_request" and result.confident)


@pytest.mark.parametrize(
    ("to", "body"),
    [
        # The two presented to each other; the thing is what one of them does.
        (
            "Omar Aziz <omar@acme.example>, Ben Cole <ben@bcole.example>",
            "Omar, Ben,\n\nI'd like to introduce you both - Omar runs our product team and Ben "
            "builds dashboards.",
        ),
        (
            "Lucía Mora <lucia@mora.example>, Diego Sanz <diego@sanz.example>",
            "Lucía, Diego:\n\nOs presento: Lucía lleva el producto y Diego la plataforma.",
        ),
    ],
)
def test_two_presented_to_each_other_beside_a_thing_are_still_a_pair(to: str, body: str) -> None:
    result = _to_two(body + "\n\nPat", to)
    recipients = {(a.name, a.email) for a in mail("x", to=to).to}
    assert result.a is not None and result.b is not None
    assert {(result.a.name, result.a.email), (result.b.name, result.b.email)} == recipients


def test_a_person_presented_after_a_thing_word_is_still_asked_for() -> None:
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)? She runs the product "
        "team at Lumen."
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Priya Raman", "priya@lumen.example")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Mon ancien associé, M. Gérard Lambert (gerard@lambert.example), m'a dit qu'il comptait "
        "vous écrire pour que vous me présentiez à ses partenaires. Je vous saurais gré de ne "
        "PAS donner suite à sa demande : nous sommes en litige.",
        "Gérard Lambert (gerard@lambert.example) may write to ask you to introduce me to his "
        "partners. Please don't act on it: we are in a dispute.",
        "Gerardo Lama (gerardo@lama.example) te va a escribir para que me presentes a sus "
        "socios. Te pido que no le des curso a su solicitud.",
        "Herr Lambert (gerard@lambert.example) wird Sie bitten, mich mit seinen Partnern "
        "bekannt zu machen. Bitte die Anfrage nicht weiterverfolgen.",
        "O Sr. Lambert (gerard@lambert.example) vai pedir-vos que me apresentem aos parceiros "
        "dele. Peço que não dê seguimento ao pedido.",
        "Please do not act on the request to introduce me to Tom Reed (tom@reed.example).",
        "Bw. Juma Said (juma@said.example) ataomba umtambulishe kwa Asha Mrema "
        "(asha@mrema.example). Tafadhali usiendelee nayo.",
    ],
)
def test_asking_that_an_intro_not_be_acted_on_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


def test_an_ask_beside_a_worry_that_is_no_plea_not_to_act_still_asks() -> None:
    result = understand(
        "Pourriez-vous me présenter à Paul Girard (paul@girard.fr) ? S'il ne répond pas, ne "
        "vous inquiétez pas."
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Paul Girard", "paul@girard.fr")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Pourriez-vous me présenter à ses partenaires à Lyon ?",
        "Could you introduce me to his partners in Lyon?",
        "Könnten Sie mich mit seinen Partnern in Lyon bekannt machen?",
        "Unaweza kunitambulisha kwa washirika wake huko Arusha?",
        "¿Podrías presentarme a sus socios en Lyon?",
    ],
)
def test_a_place_in_a_description_is_no_party(body: str) -> None:
    result = understand(body)
    assert all(p is None or p.name != n for p in (result.a, result.b) for n in ("Lyon", "Arusha"))


def test_a_person_after_a_placed_description_and_a_comma_is_still_asked_for() -> None:
    result = understand(
        "Pourriez-vous me présenter à mon ami à Lyon, Paul Girard (paul@girard.fr) ?"
    )
    assert result.b == Party("Paul Girard", "paul@girard.fr")
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        "Encaminho abaixo o email da Sofia. Você pode apresentar ela à minha sócia, a Thaís "
        "Albuquerque (thais@ferraz.example)? É ela que cuida da parte regulatória.",
        "Segue o email da Sofia. Pode apresentar ela pra Thaís Albuquerque (thais@ferraz.example)?",
    ],
)
def test_a_subject_pronoun_as_object_in_a_forward_note_is_its_author(note: str) -> None:
    result = understand(_forwarded(note, "Olá Ann,\n\nVocê conhece alguém na área regulatória?"))
    assert result.a == Party("Sofia Marin", "sofia@plantae.example")
    assert result.b == Party("Thaís Albuquerque", "thais@ferraz.example")
    assert result.confident


@pytest.mark.parametrize(
    ("body", "name", "email"),
    [
        (
            "Você pode apresentar o Gustavo Nogueira (gustavo@soja.example) à minha sócia, a "
            "Thaís Albuquerque (thais@ferraz.example)?",
            "Thaís Albuquerque",
            "thais@ferraz.example",
        ),
        (
            "¿Puedes presentarme a mi socia, la Dary Castaño (dary@cafe.example)?",
            "Dary Castaño",
            "dary@cafe.example",
        ),
    ],
)
def test_an_article_may_open_the_name_after_a_description_and_a_comma(
    body: str, name: str, email: str
) -> None:
    result = understand(body)
    assert result.b == Party(name, email)
    assert result.confident


def test_an_article_after_a_comma_before_no_name_names_no_one() -> None:
    result = understand("Pode me apresentar à minha sócia, a nova diretora?")
    assert not result.confident


COLLEAGUES = "Lisa Ford <lisa@acme.example>, Omar Aziz <omar@acme.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Lisa, Omar - you two should sync on the Q3 numbers before Friday, they don't match. "
        "I'll join if needed.",
        "Lisa, Omar - you two need to talk about the vendor invoice before the board call "
        "tomorrow - the totals don't add up.",
        "Lisa, Omar,\n\nVous devriez vous parler avant vendredi : vos chiffres du budget ne "
        "concordent pas.",
        "Lisa, Omar, vous deux devriez échanger d'ici jeudi, les dates ne collent pas.",
        "Lisa, Omar:\n\nDeberíais hablar antes del viernes, las cifras del presupuesto no cuadran.",
        "Lisa, Omar,\n\nihr solltet euch bis Freitag zusammensetzen, die Zahlen im Forecast "
        "stimmen nicht.",
        "Lisa, Omar,\n\nVocês deviam alinhar os números antes de sexta.",
        "Lisa, Omar,\n\nVocês precisam conversar antes da reunião, os valores não batem.",
        "Lisa, Omar,\n\nMnapaswa kuzungumza kabla ya Ijumaa kuhusu bajeti, takwimu zenu "
        "hazilingani.",
    ],
)
def test_colleagues_told_to_sort_out_a_task_in_a_thread_ask_nothing(body: str) -> None:
    result = understand(
        body + "\n\nBen",
        sender="Ben Cole <ben@acme.example>",
        to=COLLEAGUES,
        cc=f"Intro Agent <{AGENT}>",
        subject="Re: Q3 numbers",
    )
    assert result.kind == "not_a_request"


@pytest.mark.parametrize(
    ("body", "sender", "to", "subject"),
    [
        # A sign the two have not met, in each language.
        (
            "Lisa, Omar - you two should talk before Friday - Omar joined last week and owns "
            "the pricing model.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "Re: pricing",
        ),
        (
            "Lisa, Omar - you two should sync on the pricing model before Friday: Omar is new "
            "and owns it now.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "Re: pricing",
        ),
        (
            "Lisa, Omar,\n\nVous devriez vous parler avant vendredi : Omar est nouveau et "
            "reprend le budget.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "RE: budget",
        ),
        (
            "Lisa, Omar:\n\nDeberíais hablar antes del viernes: Omar es nuevo y lleva el "
            "presupuesto.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "RE: presupuesto",
        ),
        (
            "Lisa, Omar,\n\nihr solltet euch bis Freitag zusammensetzen, Omar ist neu im Team "
            "und übernimmt den Forecast.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "AW: Forecast",
        ),
        (
            "Lisa, Omar,\n\nVocês deviam conversar antes de sexta, o Omar é novo e cuida do "
            "orçamento.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "Re: orçamento",
        ),
        (
            "Lisa, Omar,\n\nMnapaswa kuzungumza kabla ya Ijumaa, Omar ni mfanyakazi mpya wa "
            "bajeti.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "Re: bajeti",
        ),
        # No task, problem or deadline: an intro between colleagues.
        (
            "Lisa, Omar - you two should talk. Lisa is leading the returns redesign and Omar "
            "built the scanning app the warehouse uses.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "Re: returns redesign",
        ),
        # An intro word, or the agent copied on purpose.
        (
            "Lisa, Omar - I'd like to introduce you two before Friday, you should talk about "
            "the Q3 numbers.",
            "Ben Cole <ben@acme.example>",
            COLLEAGUES,
            "Re: Q3 numbers",
        ),
    ],
)
def test_colleagues_who_have_not_met_or_have_no_task_still_ask(
    body: str, sender: str, to: str, subject: str
) -> None:
    result = understand(
        body + "\n\nBen", sender=sender, to=to, cc=f"Intro Agent <{AGENT}>", subject=subject
    )
    assert result.kind == "intro_request", body
    assert {result.a and result.a.email, result.b and result.b.email} == {
        address.split("<")[1].rstrip(">") for address in to.split(", ")
    }
    assert result.confident


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "Ella pide que la presenten con Hernán Quintero, de la Cooperativa Cacaotera del "
            "Sur (hquintero@coocacaosur.com.co).",
            "Hernán Quintero",
            "hquintero@coocacaosur.com.co",
        ),
        (
            "Pourriez-vous me présenter à Yves Konan, de la Fondation Baobab (ykonan@baobab.org) ?",
            "Yves Konan",
            "ykonan@baobab.org",
        ),
        (
            "Bitte bringen Sie mich mit Jonas Weber von der Stiftung Lesewelt "
            "(jweber@lesewelt.de) zusammen.",
            "Jonas Weber",
            "jweber@lesewelt.de",
        ),
        (
            "Pode me apresentar ao Rui Costa, da Associação Terra Viva (rcosta@terraviva.pt)?",
            "Rui Costa",
            "rcosta@terraviva.pt",
        ),
        (
            "Please introduce me to Tom Hale of the Foundation for Rivers (thale@rivers.org).",
            "Tom Hale",
            "thale@rivers.org",
        ),
        (
            "Nitambulishe kwa Baraka Otieno wa Shirika la Maji (botieno@maji.or.ke).",
            "Baraka Otieno",
            "botieno@maji.or.ke",
        ),
    ],
)
def test_an_address_after_an_organisation_is_the_person_named_before_it(
    text: str, name: str, email: str
) -> None:
    named, _ = written_addresses(tokenize(text, load_rules()))
    assert named == (Address(name, email),)


@pytest.mark.parametrize(
    "text",
    [
        # The address spells no one named: the organisation's, and no person's name.
        "Preséntame a Hernán Quintero, de la Cooperativa Cacaotera del Sur (info@coocacao.co).",
        "Bitte stellen Sie mich der Stiftung Lesewelt (info@lesewelt.de) vor.",
        # A surname too short to be read after an initial.
        "Preséntame a Ana Li, de la Fundación Agua Viva (ali@aguaviva.org).",
    ],
)
def test_an_organisation_is_never_the_name_of_an_address(text: str) -> None:
    named, alone = written_addresses(tokenize(text, load_rules()))
    assert named == ()
    assert len(alone) == 1


def test_an_organisation_leaders_address_goes_to_the_leader_in_a_forward() -> None:
    result = understand(
        "Les reenvío el correo de doña Rosalba. Ella pide que la presenten con Hernán "
        "Quintero, de la Cooperativa Cacaotera del Sur (hquintero@coocacaosur.com.co).\n\n"
        "-----Mensaje original-----\n"
        "De: Rosalba Angulo <rosalba.angulo@gmail.com>\n"
        "Enviado el: jueves, 27 de noviembre de 2025 7:15\n"
        "Para: Ann Lee <ann@lee.example>\n"
        "Asunto: Solicitud\n\n"
        "¿Usted me podría presentar con don Hernán Quintero, el de la cooperativa? Tenemos "
        "la primera cosecha de cacao fino.\n",
        subject="RV: Solicitud",
    )
    assert result.b == Party("Hernán Quintero", "hquintero@coocacaosur.com.co")


_ES_ITEMS = (
    "Dos presentaciones, por favor:\n\n\u2013 A mí con Ricardo Salgado, gerente de compras "
    "de Grupo Altamira (rsalgado@altamira.example). Están licitando la última milla.\n"
    "\u2013 A nuestro ejecutivo de cuentas Diego Fuentes (diego@nubes.example) con Carmen "
    "Ibarra, de Farmacias del Bajío (cibarra@bajio.example), que busca transporte refrigerado."
)
_PT_ITEMS = (
    "Duas apresentações, por favor:\n\n\u2013 A mim com o Ricardo Salgado, gerente de compras "
    "do Grupo Altamira (rsalgado@altamira.example). Estão a abrir um concurso.\n"
    "\u2013 Ao nosso gestor de contas Diego Fuentes (diego@nubes.example) com a Carmen Ibarra "
    "(cibarra@bajio.example), que procura transporte refrigerado."
)


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Two intros, please:\n\n1) Our postdoc Felix Brandt (felix@lab.example) and Mei Lin "
            "Tan at Genova Biologics (meilin.tan@genovabio.example). They work on the same "
            "assay.\n\n2) My PhD student Chidi Eze (chidi@lab.example) and Ruth Abrams, who runs "
            "the cryo-EM facility at Northgate (r.abrams@northgate.example). Chidi needs "
            "microscope time.",
            (Party("Felix Brandt", "felix@lab.example"), "meilin.tan@genovabio.example"),
            (Party("Chidi Eze", "chidi@lab.example"), "r.abrams@northgate.example"),
        ),
        (
            _ES_ITEMS,
            (Party("Ann Lee", "ann@lee.example"), "rsalgado@altamira.example"),
            (Party("Diego Fuentes", "diego@nubes.example"), "cibarra@bajio.example"),
        ),
        (
            _PT_ITEMS,
            (Party("Ann Lee", "ann@lee.example"), "rsalgado@altamira.example"),
            (Party("Diego Fuentes", "diego@nubes.example"), "cibarra@bajio.example"),
        ),
        (
            "Zwei Vorstellungen, bitte:\n\n1) Meine Doktorandin Leonie Brandl (leonie@lab.example) "
            "und Pavel Novak bei Optronix (pavel.novak@optronix.example). Sie braucht einen "
            "Laser.\n2) Meine Kollegin Jana Lorenz (jana@lab.example) und Eva Lind "
            "(eva.lind@lind.example). Sie sucht Messzeit.",
            (Party("Leonie Brandl", "leonie@lab.example"), "pavel.novak@optronix.example"),
            (Party("Jana Lorenz", "jana@lab.example"), "eva.lind@lind.example"),
        ),
        (
            "Deux mises en relation, s'il vous plaît :\n\n1) Notre postdoc Félix Brandt "
            "(felix@lab.example) et Mei Lin Tan chez Genova (meilin.tan@genova.example). Ils "
            "travaillent sur le même test.\n2) Ma doctorante Chloé Eze (chloe@lab.example) et "
            "Ruth Abrams (ruth.abrams@northgate.example). Elle cherche du temps de microscope.",
            (Party("Félix Brandt", "felix@lab.example"), "meilin.tan@genova.example"),
            (Party("Chloé Eze", "chloe@lab.example"), "ruth.abrams@northgate.example"),
        ),
    ],
)
def test_list_items_each_of_a_pair_described_or_placed_are_all_read(
    body: str, first: tuple[Party, str], second: tuple[Party, str]
) -> None:
    result = understand(body)
    assert (result.a, result.b and result.b.email) == first
    assert [(p.a, p.b.email) for p in result.more] == [second]
    assert result.confident


def test_a_list_item_saying_something_of_both_after_a_place_is_no_pair() -> None:
    result = understand(
        "Two intros, please:\n\n1) Tom Hall (tom@hall.example) and Bob Ray at Stripe run "
        "payments together.\n2) Cy Dunn (cy@dunn.example) and Di Ek (di@ek.example)."
    )
    assert "bob" not in str(result).casefold()
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "name", "email"),
    [
        (
            "Could you introduce me to Daniel Osei, General Counsel at Brightwater Energy - "
            "daniel.osei@brightwater.example? We need advice.",
            "Daniel Osei",
            "daniel.osei@brightwater.example",
        ),
        (
            "Could you introduce me to Daniel Osei, Managing Director at Brightwater "
            "(daniel.osei@brightwater.example)? We need advice.",
            "Daniel Osei",
            "daniel.osei@brightwater.example",
        ),
        (
            "Could you introduce me to Daniel Osei, Regional Director at Brightwater "
            "(daniel.osei@brightwater.example)? We need advice.",
            "Daniel Osei",
            "daniel.osei@brightwater.example",
        ),
        (
            "Pourriez-vous me présenter à Marie Dubois, Directrice Générale de Lumen "
            "(marie.dubois@lumen.example) ?",
            "Marie Dubois",
            "marie.dubois@lumen.example",
        ),
        (
            "¿Podrías presentarme a Juan Pérez, Director General de Acme "
            "(juan.perez@acme.example)?",
            "Juan Pérez",
            "juan.perez@acme.example",
        ),
        (
            "Könnten Sie mich mit Hans Weber, Geschäftsführer der Acme GmbH "
            "(hans.weber@acme.example), bekannt machen?",
            "Hans Weber",
            "hans.weber@acme.example",
        ),
        (
            "Poderia me apresentar ao João Silva, Diretor-Geral da Acme (joao.silva@acme.example)?",
            "João Silva",
            "joao.silva@acme.example",
        ),
        (
            "Tafadhali nitambulishe kwa Juma Ali, Mkurugenzi Mkuu wa Acme (juma.ali@acme.example).",
            "Juma Ali",
            "juma.ali@acme.example",
        ),
    ],
)
def test_a_job_title_after_a_name_and_a_comma_is_no_one_else(
    body: str, name: str, email: str
) -> None:
    result = understand(body)
    assert result.b == Party(name, email)
    assert result.more == ()
    assert result.confident


def test_people_listed_after_commas_are_each_still_asked_for() -> None:
    result = understand(
        "Could you introduce me to Daniel Osei (daniel@osei.example), Grace Mensah "
        "(grace@mensah.example) and Kofi Boateng (kofi@boateng.example)?"
    )
    assert result.b == Party("Daniel Osei", "daniel@osei.example")
    assert [p.b for p in result.more] == [
        Party("Grace Mensah", "grace@mensah.example"),
        Party("Kofi Boateng", "kofi@boateng.example"),
    ]
    assert result.confident


@pytest.mark.parametrize(
    ("subject", "cc", "body", "context"),
    [
        (
            "Kontakt zwischen Frau Brandl und Herrn Novak",
            "Leonie Brandl <leonie.brandl@uni.example>, Pavel Novak <pavel.novak@optronix.example>",
            "Hallo,\n\nFrau Brandl braucht für ihre Messreihe einen Laser.\n\nBeste Grüße\nAnn",
            "Frau Brandl braucht für ihre Messreihe einen Laser",
        ),
        (
            "Presentación: Sra. García <> Sr. Ruiz",
            "Ana García <ana.garcia@lumen.example>, Pablo Ruiz <pablo.ruiz@ruiz.example>",
            "Hola,\n\nLa Sra. García busca un proveedor de láseres para su laboratorio.\n\nAnn",
            "La Sra. García busca un proveedor de láseres para su laboratorio",
        ),
        (
            "Apresentação: Sra. Costa <> Sr. Reis",
            "Ana Costa <ana.costa@lumen.example>, Paulo Reis <paulo.reis@reis.example>",
            "Olá,\n\nA Sra. Costa procura um fornecedor de lasers para o laboratório.\n\nAnn",
            "A Sra. Costa procura um fornecedor de lasers para o laboratório",
        ),
        (
            "Intro: Dr Patel <> Mr Hall",
            "Priya Patel <priya.patel@lumen.example>, Tom Hall <tom.hall@hall.example>",
            "Hi,\n\nDr Patel is looking for a laser supplier for her lab.\n\nThanks\nAnn",
            "Dr Patel is looking for a laser supplier for her lab",
        ),
        (
            "Utambulisho: Bi Wanjiku <> Bw Otieno",
            "Grace Wanjiku <grace.wanjiku@maji.example>, Baraka Otieno <baraka@otieno.example>",
            "Habari,\n\nBi Wanjiku anatafuta msambazaji wa pampu za maji kwa kijiji chake.\n\nAnn",
            "Bi Wanjiku anatafuta msambazaji wa pampu za maji kwa kijiji chake",
        ),
    ],
)
def test_a_reason_naming_one_of_a_subjects_pair_by_title_and_surname_is_the_context(
    subject: str, cc: str, body: str, context: str
) -> None:
    result = understand(body, subject=subject, cc=cc)
    assert result.confident
    assert result.context == context


def test_a_sentence_naming_someone_else_by_title_is_no_reason_for_a_subjects_pair() -> None:
    result = understand(
        "Hallo,\n\nFrau Moos organisiert gerade unsere Weihnachtsfeier im Labor.\n\nAnn",
        subject="Kontakt zwischen Frau Brandl und Herrn Novak",
        cc="Leonie Brandl <leonie.brandl@uni.example>, Pavel Novak <pavel.novak@optronix.example>",
    )
    assert result.confident
    assert result.context is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Could you introduce me to Tom Hall (tom@hall.example)? His studio designs "
            "packaging for our brand.",
            "His studio designs packaging for our brand",
        ),
        (
            "Pode me apresentar à Carolina Reis (carolina@reis.example)? Carolina dirige o "
            "melhor estúdio da cidade.",
            "Carolina dirige o melhor estúdio da cidade",
        ),
        (
            "Pourriez-vous me présenter à Cherif Diallo (cherif@diallo.example) ? Cherif dirige "
            "une agence de design.",
            "Cherif dirige une agence de design",
        ),
        (
            "¿Me presentas a Pablo Ruiz (pablo@ruiz.example)? Holanda es su mercado principal y "
            "también el nuestro.",
            "Holanda es su mercado principal y también el nuestro",
        ),
    ],
)
def test_a_reason_opening_on_a_word_a_short_closing_begins_is_still_a_reason(
    body: str, reason: str
) -> None:
    assert understand(body).context == reason


def test_a_closing_after_an_ask_is_still_no_reason() -> None:
    result = understand(
        "Could you introduce me to Tom Hall (tom@hall.example)?\n\nBest wishes to you all and "
        "thanks again,\nAnn"
    )
    assert result.confident
    assert result.context is None


def _with_signature_below(note: str, address: str) -> str:
    return (
        f"{note}\n\nThanks,\nAnn\n\n-----Original Message-----\n"
        "From: Tom Said <tom@relief.example>\nSent: Friday, November 21, 2025 11:02 AM\n"
        "To: Ann Lee <ann@lee.example>\nSubject: RE: training\n\n"
        "You should speak to Joseph about this.\n\nTom\n\n"
        f"> Joseph Lokwang\n> Water Officer, Turkana Central\n> County Government of Turkana\n"
        f"> {address} | +254 711 555 302\n"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Could you please connect me with Joseph Lokwang? His contact details are in his "
        "signature at the bottom. We want his team in our training.",
        "Pourriez-vous me présenter à Joseph Lokwang ? Ses coordonnées sont en bas. Nous "
        "voulons son équipe dans notre formation.",
        "¿Podrías presentarme a Joseph Lokwang? Sus datos están abajo. Queremos a su equipo "
        "en la formación.",
        "Könnten Sie mich mit Joseph Lokwang bekannt machen? Seine Kontaktdaten stehen unten. "
        "Wir möchten sein Team schulen.",
        "Pode me apresentar ao Joseph Lokwang? Os contactos dele estão em baixo. Queremos a "
        "equipa dele na formação.",
        "Tafadhali nitambulishe kwa Joseph Lokwang. Maelezo yake yako chini. Tunataka timu "
        "yake kwenye mafunzo.",
    ],
)
def test_the_one_address_of_a_signature_below_the_writer_points_to_is_theirs(note: str) -> None:
    result = understand(
        _with_signature_below(note, "jlokwang@turkana.example"), subject="Re: training"
    )
    assert result.b == Party("Joseph Lokwang", "jlokwang@turkana.example")
    assert result.confident
    # Pointing to where the address is gives no reason.
    assert result.context is not None and "signature" not in result.context


@pytest.mark.parametrize(
    ("note", "address"),
    [
        # Two addresses in the block: whose is which is not said.
        (
            "Could you please connect me with Joseph Lokwang? His contact details are in his "
            "signature at the bottom.",
            "jlokwang@turkana.example, office@turkana.example",
        ),
        # The writer does not point to it.
        (
            "Could you please connect me with Joseph Lokwang? We want his team in our training.",
            "jlokwang@turkana.example",
        ),
    ],
)
def test_a_signature_below_ties_no_address_unless_pointed_to_and_with_one(
    note: str, address: str
) -> None:
    result = understand(_with_signature_below(note, address), subject="Re: training")
    assert result.b == Party("Joseph Lokwang", None)
    assert not result.confident


def _forward_signed(note: str, header: str, closing: str, signature: str) -> str:
    return (
        f"{note}\n\nAnn\n\n{header}\nSalam Ann, je cherche une personne sérieuse.\n\n"
        f"{closing}\n\n{signature}"
    )


_OULD_SIGNATURE = (
    "Mohamed Lemine Ould Ahmed\nDirecteur commercial - Atlantique Pêche SARL\n"
    "Tél. +222 22 45 67 89\nm.lemine@atlantique.example\n"
)


@pytest.mark.parametrize(
    ("note", "header", "closing"),
    [
        (
            "Could you introduce him to Fatou Sarr (fatou.sarr@pecheurs.example)? He exports "
            "octopus.",
            "---------- Forwarded message ---------\nFrom: Mohamed Lemine Ould Ahmed\n"
            "Date: Tue, 18 Nov 2025\nSubject: Fish\nTo: Ann Lee\n",
            "Best regards,",
        ),
        (
            "Il aimerait rencontrer Fatou Sarr (fatou.sarr@pecheurs.example) pour l'export de "
            "poulpe. Tu peux faire le lien ?",
            "-------- Message transféré --------\nDe : Mohamed Lemine Ould Ahmed\n"
            "Date : mar. 18 nov. 2025\nObjet : Poisson\nÀ : Ann Lee\n",
            "Merci d'avance,",
        ),
        (
            "¿Puedes presentarle a Fatou Sarr (fatou.sarr@pecheurs.example)? Quiere exportar "
            "pulpo.",
            "---------- Mensaje reenviado ---------\nDe: Mohamed Lemine Ould Ahmed\n"
            "Fecha: 18 nov 2025\nAsunto: Pescado\nPara: Ann Lee\n",
            "Saludos,",
        ),
        (
            "Könnten Sie ihn mit Fatou Sarr (fatou.sarr@pecheurs.example) bekannt machen? Er "
            "möchte Oktopus exportieren.",
            "---------- Weitergeleitete Nachricht ---------\nVon: Ould Ahmed, Mohamed Lemine\n"
            "Datum: 18. Nov. 2025\nBetreff: Fisch\nAn: Ann Lee\n",
            "Viele Grüße",
        ),
        (
            "Você pode apresentá-lo à Fatou Sarr (fatou.sarr@pecheurs.example)? Ele quer "
            "exportar polvo.",
            "---------- Mensagem encaminhada ---------\nDe: Mohamed Lemine Ould Ahmed\n"
            "Data: 18 nov 2025\nAssunto: Peixe\nPara: Ann Lee\n",
            "Abraços,",
        ),
        (
            "Tafadhali mtambulishe kwa Fatou Sarr (fatou.sarr@pecheurs.example). Anataka "
            "kuuza pweza.",
            "---------- Ujumbe uliosambazwa ---------\nKutoka: Mohamed Lemine Ould Ahmed\n"
            "Tarehe: 18 Nov 2025\nMada: Samaki\nKwa: Ann Lee\n",
            "Asante,",
        ),
    ],
)
def test_a_forwarded_author_without_an_address_has_the_one_of_their_signature(
    note: str, header: str, closing: str
) -> None:
    result = understand(_forward_signed(note, header, closing, _OULD_SIGNATURE), subject="Fwd: x")
    assert result.a is not None and result.a.email == "m.lemine@atlantique.example"
    assert result.b == Party("Fatou Sarr", "fatou.sarr@pecheurs.example")
    assert result.confident


@pytest.mark.parametrize(
    "signature",
    [
        # Two addresses in the block: which is his is not said.
        _OULD_SIGNATURE + "export@atlantique.example\n",
        # The block is signed by someone else: his assistant's address is not his.
        _OULD_SIGNATURE.replace("Mohamed Lemine Ould Ahmed\n", "Aminata Kane\n"),
        # The name is not alone on its line.
        _OULD_SIGNATURE.replace("Ahmed\n", "Ahmed, Atlantique Pêche\n", 1),
    ],
)
def test_a_forwarded_authors_signature_gives_no_address_unless_one_and_theirs(
    signature: str,
) -> None:
    note = (
        "Il aimerait rencontrer Fatou Sarr (fatou.sarr@pecheurs.example) pour l'export de "
        "poulpe. Tu peux faire le lien ?"
    )
    header = (
        "-------- Message transféré --------\nDe : Mohamed Lemine Ould Ahmed\n"
        "Date : mar. 18 nov. 2025\nObjet : Poisson\nÀ : Ann Lee\n"
    )
    result = understand(_forward_signed(note, header, "Merci,", signature), subject="TR: x")
    assert result.a is None or not result.a.email
    assert not result.confident


def _quoted_forward(note: str) -> str:
    return (
        f"{note}\n\nBen\n\nBegin forwarded message:\n\n"
        "> From: Kenji Watanabe <kenji@triagely.example>\n> Subject: intro?\n"
        "> Date: 11 April 2025 at 22:03:51 BST\n> To: Ben Okoro <ben@okoro.example>\n>\n"
        "> Hey Ben, do you know anyone senior in clinical informatics at a hospital? We're "
        "piloting our triage tool.\n>\n> K\n"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Kenji's asking for help and Leila Haddad, head of clinical informatics at St Aidan's, "
        "would be perfect. She's leila.haddad@staidans.example. Can you intro the two of them?",
        "Kenji needs help and Leila Haddad (leila.haddad@staidans.example) would be perfect. "
        "Can you introduce both of them?",
        "Kenji cherche de l'aide et Leila Haddad (leila.haddad@staidans.example) serait "
        "parfaite. Peux-tu présenter les deux ?",
        "Kenji braucht Hilfe und Leila Haddad (leila.haddad@staidans.example) wäre perfekt. "
        "Können Sie die beiden bekannt machen?",
        "Kenji necesita ayuda y Leila Haddad (leila.haddad@staidans.example) sería perfecta. "
        "¿Puedes presentarlos?",
        "Kenji precisa de ajuda e a Leila Haddad (leila.haddad@staidans.example) seria "
        "perfeita. Pode apresentá-los?",
        "Kenji anahitaji msaada na Leila Haddad (leila.haddad@staidans.example) angefaa sana. "
        "Tafadhali watambulishe wote wawili.",
    ],
)
def test_the_forwarded_authors_first_name_in_the_note_is_one_of_the_two(note: str) -> None:
    result = understand(
        _quoted_forward(note), sender="Ben Okoro <ben@okoro.example>", subject="Fwd: intro?"
    )
    assert result.a == Party("Kenji Watanabe", "kenji@triagely.example")
    assert result.b == Party("Leila Haddad", "leila.haddad@staidans.example")
    assert result.confident


@pytest.mark.parametrize(
    "note",
    [
        # A first name that is not the author's: whoever Kenta is, no one certain.
        "Kenta needs help and Leila Haddad (leila.haddad@staidans.example) would be perfect. "
        "Can you introduce both of them?",
    ],
)
def test_a_first_name_in_a_note_that_is_not_the_authors_is_no_one_certain(note: str) -> None:
    result = understand(
        _quoted_forward(note), sender="Ben Okoro <ben@okoro.example>", subject="Fwd: intro?"
    )
    assert not result.confident


@pytest.mark.parametrize(
    "lead",
    ["She's", "She is", "He's", "He is"],
)
def test_a_pronoun_and_be_before_an_address_gives_it_to_the_one_named(lead: str) -> None:
    result = understand(
        "I met Bea Holt at a party, she runs a design studio. "
        f"{lead} bh@studio9.example. Could you introduce me to Bea Holt?"
    )
    assert result.b == Party("Bea Holt", "bh@studio9.example")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        # Two people named before it: whose is not said.
        "I met Bea Holt and Tom Ray at a party. She's bh@studio9.example. Could you "
        "introduce me to Bea Holt?",
        # A doubt between the pronoun and the address.
        "I met Bea Holt at a party. She's probably bh@studio9.example. Could you introduce "
        "me to Bea Holt?",
        # No pronoun lead at all.
        "I met Bea Holt at a party. It's bh@studio9.example. Could you introduce me to Bea Holt?",
    ],
)
def test_a_pronoun_and_be_ties_no_address_to_one_of_two_or_in_doubt(text: str) -> None:
    result = understand(text)
    assert result.b == Party("Bea Holt", None)
    assert not result.confident


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Könnten Sie mich mit Herrn Jonas Weidinger vom Institut für Energiesysteme "
            "bekannt machen \u2013 j.weidinger@ise.example. Wir planen ein Pilotprojekt.",
            "j.weidinger@ise.example",
        ),
        (
            "Could you please introduce me to Mr Jonas Weidinger so we can plan the pilot "
            "together - jweidinger@ise.example.",
            "jweidinger@ise.example",
        ),
        (
            "Pourriez-vous me présenter à Jonas Weidinger, de l'Institut des systèmes "
            "énergétiques \u2013 j.weidinger@ise.example. Nous préparons un pilote.",
            "j.weidinger@ise.example",
        ),
        (
            "¿Podría presentarme a Jonas Weidinger para preparar juntos el piloto \u2013 "
            "weidinger.j@ise.example.",
            "weidinger.j@ise.example",
        ),
        (
            "Poderia me apresentar ao Sr. Jonas Weidinger para prepararmos juntos o piloto \u2013 "
            "jonas.weidinger@ise.example.",
            "jonas.weidinger@ise.example",
        ),
        (
            "Tafadhali nitambulishe kwa Bw. Jonas Weidinger ili tuandae mradi pamoja \u2013 "
            "j.weidinger@ise.example.",
            "j.weidinger@ise.example",
        ),
    ],
)
def test_an_address_after_a_dash_closing_the_sentence_is_the_one_person_named(
    text: str, address: str
) -> None:
    result = understand(text, sender="Julia Brenner <julia.brenner@stadtwerke.example>")
    assert result.b == Party("Jonas Weidinger", address)
    assert result.confident


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # Two people named in the sentence.
        (
            "Könnten Sie mich mit Herrn Jonas Weidinger und Frau Petra Lang bekannt machen \u2013 "
            "j.weidinger@ise.example. Wir planen ein Pilotprojekt.",
            "Julia Brenner <julia.brenner@stadtwerke.example>",
        ),
        # An address that spells no name of his.
        (
            "Könnten Sie mich mit Herrn Jonas Weidinger bekannt machen \u2013 info@ise.example. "
            "Wir planen ein Pilotprojekt.",
            "Julia Brenner <julia.brenner@stadtwerke.example>",
        ),
        # The address does not close the sentence.
        (
            "Könnten Sie mich mit Herrn Jonas Weidinger bekannt machen \u2013 "
            "j.weidinger@ise.example ist seine alte Adresse. Wir planen ein Pilotprojekt.",
            "Julia Brenner <julia.brenner@stadtwerke.example>",
        ),
        # It spells the writer as well: whose it is is not said.
        (
            "Could you introduce me to Jonas Weidinger, who runs the heat pump lab - "
            "j.weidinger@ise.example. We are planning a pilot.",
            "Julia Weidinger <julia@weidinger.example>",
        ),
    ],
)
def test_an_address_after_a_dash_ties_nothing_unless_one_named_and_spelled(
    text: str, sender: str
) -> None:
    result = understand(text, sender=sender)
    assert result.b == Party("Jonas Weidinger", None)
    assert not result.confident


def test_a_question_whether_people_are_asked_first_beside_a_named_pair_is_a_request() -> None:
    found = understand(
        "First time using this! Do they get asked before you connect them? Please introduce "
        "me to Bob Ray (bob@ray.example), we both restore old boats."
    )
    assert (found.kind, found.b) == ("intro_request", Party("Bob Ray", "bob@ray.example"))
    found = understand("What do I actually send you? Do they get asked before?")
    assert (found.kind, found.command) == ("command", "help")


@pytest.mark.parametrize(
    ("subject", "body", "context"),
    [
        (
            "Bitte um Vorstellung bei Herrn Dr. Konrad Albrecht (albrecht@albrecht.example)",
            "Sehr geehrte Damen und Herren,\n\nzum Hintergrund: Ich übersetze Patentschriften "
            "und suche eine Kanzlei mit Mandaten aus Asien.\n\nMit freundlichen Grüßen\nAnn Lee",
            "zum Hintergrund: Ich übersetze Patentschriften und suche eine Kanzlei mit Mandaten "
            "aus Asien",
        ),
        (
            "Could you introduce me to Bob Ray (bob@ray.example)?",
            "Hi,\n\nI'm opening a bakery and need help with the lease.\n\nThanks,\nAnn",
            "I'm opening a bakery and need help with the lease",
        ),
        (
            "Demande de mise en relation avec Bob Ray (bob@ray.example)",
            "Bonjour,\n\nJe lance une boulangerie et je cherche un avocat.\n\nCordialement,\nAnn",
            "Je lance une boulangerie et je cherche un avocat",
        ),
    ],
)
def test_a_pair_from_the_subject_with_the_writer_in_it_takes_the_writers_own_reason(
    subject: str, body: str, context: str
) -> None:
    found = understand(body, subject=subject)
    assert found.kind == "intro_request"
    assert found.b is not None and found.b.email is not None
    assert found.context == context


def test_a_subject_pair_of_two_others_takes_no_reason_from_the_writers_own_words() -> None:
    found = understand(
        "Hi,\n\nI'm opening a bakery next month.\n\nThanks,\nAnn",
        subject="Intro: Cy Diaz (cy@diaz.example) <> Bob Ray (bob@ray.example)",
    )
    assert (found.kind, found.confident, found.context) == ("intro_request", True, None)


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Please introduce me to Carl Berg ({}), he runs Berg Tech.", "noreply@bergtech.com"),
        ("Peux-tu me présenter à Carl Berg ({}) ?", "no-reply@bergtech.fr"),
        ("¿Me puedes presentar a Carl Berg ({})?", "noreply+ventas@bergtech.es"),
        ("Kannst du mich Carl Berg ({}) vorstellen?", "donotreply@bergtech.de"),
        ("Podes apresentar-me ao Carl Berg ({})?", "no_reply@bergtech.pt"),
        ("Tafadhali nitambulishe kwa Carl Berg ({}).", "noreply-news@bergtech.co.ke"),
    ],
)
def test_a_party_at_a_no_reply_address_is_never_certain(body: str, address: str) -> None:
    result = understand(body.format(address))
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == address
    assert not result.confident


@pytest.mark.parametrize("address", ["norah@bergtech.com", "noreplyx@bergtech.com"])
def test_an_address_only_like_a_no_reply_one_stays_certain(address: str) -> None:
    result = understand(f"Please introduce me to Carl Berg ({address}), he runs Berg Tech.")
    assert result.kind == "intro_request"
    assert result.b == Party("Carl Berg", address)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "If you think it's a good idea, could you introduce Alice Moreau (alice@ferry.app) to"
        " Bob Chen (bob.chen@gmail.com)? No pressure if not.",
        "Please introduce Alice Moreau (alice@ferry.app) to Bob Chen (bob.chen@gmail.com),"
        " if you see fit.",
        "Si vous le jugez utile, pourriez-vous présenter Alice Moreau (alice@ferry.app) à"
        " Bob Chen (bob.chen@gmail.com) ?",
        "Si te parece buena idea, ¿puedes presentar a Alice Moreau (alice@ferry.app) a"
        " Bob Chen (bob.chen@gmail.com)?",
        "Falls du es für sinnvoll hältst, könntest du Alice Moreau (alice@ferry.app)"
        " Bob Chen (bob.chen@gmail.com) vorstellen?",
        "Se achares que faz sentido, podes apresentar a Alice Moreau (alice@ferry.app) ao"
        " Bob Chen (bob.chen@gmail.com)?",
        "Ukiona inafaa, tafadhali mtambulishe Alice Moreau (alice@ferry.app) kwa"
        " Bob Chen (bob.chen@gmail.com).",
    ],
)
def test_an_intro_left_to_the_agents_judgement_is_asked_about(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Alice Moreau", "alice@ferry.app"),
        Party("Bob Chen", "bob.chen@gmail.com"),
    }
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Alice Moreau (alice@ferry.app) to Bob Chen (bob.chen@gmail.com)?"
        " I think it's a good idea.",
        "If you have time, could you introduce Alice Moreau (alice@ferry.app) to"
        " Bob Chen (bob.chen@gmail.com)?",
        "Pourriez-vous présenter Alice Moreau (alice@ferry.app) à Bob Chen"
        " (bob.chen@gmail.com) ? Je pense que c'est une bonne idée.",
    ],
)
def test_a_writer_judging_the_intro_good_still_asks_it(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you intro me to Lena Park (lena@radio.co.za)? But only if she's still at"
        " CapeTalk. If she has moved on, don't bother.",
        "Please introduce me to Lena Park (lena@radio.co.za), only if she still works at CapeTalk.",
        "Pourrais-tu me présenter Lena Park (lena@radio.co.za) ? Mais seulement si elle est"
        " toujours chez CapeTalk.",
        "¿Me puedes presentar a Lena Park (lena@radio.co.za)? Pero solo si sigue en CapeTalk.",
        "Kannst du mich Lena Park (lena@radio.co.za) vorstellen? Aber nur wenn sie noch bei"
        " CapeTalk ist.",
        "Podes apresentar-me à Lena Park (lena@radio.co.za)? Mas só se ela ainda estiver na"
        " CapeTalk.",
        "Tafadhali nitambulishe kwa Lena Park (lena@radio.co.za), lakini kama bado yuko CapeTalk.",
    ],
)
def test_an_intro_conditioned_on_where_someone_still_works_is_asked_about(body: str) -> None:
    # Whether she is still there is a fact the agent cannot know: acting on the ask
    # would write to someone the writer may not want any more.
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b == Party("Lena Park", "lena@radio.co.za")
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Lena Park (lena@radio.co.za)? She's still at CapeTalk.",
        "Pourrais-tu me présenter Lena Park (lena@radio.co.za) ? Elle est toujours chez CapeTalk.",
        "Kannst du mich Lena Park (lena@radio.co.za) vorstellen? Sie ist noch bei CapeTalk.",
    ],
)
def test_saying_someone_is_still_at_a_firm_keeps_the_ask_certain(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b == Party("Lena Park", "lena@radio.co.za")
    assert result.confident


@pytest.mark.parametrize(
    "workplace", ["von den Seetal-Bussen", "von der Seetal AG", "von der Seetal-Bus AG"]
)
def test_a_workplace_after_a_particle_and_an_article_is_passed_over(workplace: str) -> None:
    # After a first name and a surname, "von den ..." is where they work, no surname, so
    # the verb closing the German ask still reads them.
    result = understand(
        f"Können Sie bitte Nadia Bühler (nadia@x.ch) mit Stefan Imhof {workplace} bekannt machen?"
    )
    assert (result.a, result.b) == (
        Party("Nadia Bühler", "nadia@x.ch"),
        Party("Stefan Imhof", None),
    )
    # A noble particle right after the first name stays in the name.
    result = understand("Können Sie mich mit Ursula von der Leyen bekannt machen?")
    assert result.b == Party("Ursula von der Leyen", None)


def test_help_asked_for_an_intro_is_an_ask_not_thanks() -> None:
    karim = Party("Karim Haddad", "karim@haddad.example")
    for body in (
        "Kindly I need your help for introducing me with Eng. Karim Haddad (karim@haddad.example).",
        "Kindly help me for introducing me to Karim Haddad (karim@haddad.example).",
    ):
        result = understand(body)
        assert result.b == karim, body
    for body in (
        "Thank you for your help for introducing me to Karim Haddad (karim@haddad.example).",
        "Many thanks for your help for introducing me to Karim Haddad (karim@haddad.example).",
        "I appreciate your help for introducing me to Karim Haddad (karim@haddad.example).",
    ):
        assert understand(body).kind == "not_a_request", body


@pytest.mark.parametrize(
    "body",
    [
        "Could you put me in touch with the lady from yesterday's panel? It's Ms Nadège Ngo "
        "Nlend. She gave me her card at the break: nadege.ngonlend@cvo.example",
        "Pourriez-vous me mettre en contact avec la dame du panel d'hier ? Il s'agit de Mme "
        "Nadège Ngo Nlend. Elle m'a remis sa carte à la pause : nadege.ngonlend@cvo.example",
        "¿Podría ponerme en contacto con la señora del panel de ayer? Se trata de la Sra. "
        "Nadège Ngo Nlend. Me dio su tarjeta en la pausa: nadege.ngonlend@cvo.example",
        "Könnten Sie mich mit Frau Nadège Ngo Nlend bekannt machen? Sie gab mir ihre Karte "
        "in der Pause: nadege.ngonlend@cvo.example",
        "Poderia pôr-me em contacto com a senhora do painel de ontem? Trata-se da Sra. "
        "Nadège Ngo Nlend. Ela deu-me o cartão dela no intervalo: nadege.ngonlend@cvo.example",
        "Naomba uniunganishe na Bi. Nadège Ngo Nlend. Alinipa kadi yake jana: "
        "nadege.ngonlend@cvo.example",
    ],
)
def test_an_address_off_the_card_she_gave_is_hers(body: str) -> None:
    result = understand(body)
    assert result.b == Party("Nadège Ngo Nlend", "nadege.ngonlend@cvo.example")
    assert result.confident


def test_a_firms_mailbox_off_her_card_stays_unsure() -> None:
    result = understand(
        "Could you put me in touch with Ms Nadège Ngo Nlend? She gave me her card at the "
        "break: info@cvo.example"
    )
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Great to meet you, Tomás! And thanks Rachel for the intro. We should probably get the"
        " two field teams introduced to each other at some point too.",
        "Ravie de te rencontrer, Tomás ! Merci Rachel. Il faudrait un jour présenter les deux"
        " équipes l'une à l'autre.",
        "Schön, dich kennenzulernen, Tomás! Danke Rachel. Wir sollten irgendwann die beiden"
        " Teams einander vorstellen.",
    ],
)
def test_the_two_teams_to_meet_each_other_are_no_pair_on_the_mail(body: str) -> None:
    # "the two" before a plural noun of groups speaks of two groups, not of the two copied.
    result = understand(
        body,
        sender="Priya Raman <priya@bbg.example>",
        to="Tomás Echeverri <tomas@unal.example>",
        cc=f"Rachel Goldfarb <rachel@bbg.example>, {AGENT}",
        subject="Re: Priya <> Tomás",
    )
    assert result.kind == "not_a_request"


def test_the_two_of_them_to_meet_each_other_is_still_the_pair_copied() -> None:
    result = understand(
        "Tomás, Rachel - we should get the two of them introduced to each other, could you?",
        to="Tomás Echeverri <tomas@unal.example>, Rachel Goldfarb <rachel@bbg.example>",
        cc=AGENT,
    )
    assert result.kind == "intro_request"


def test_brazilian_me_apresenta_o_x_pra_y_presents_x_to_y() -> None:
    # "me" is the one the favour is for: the two named are the pair.
    result = understand(
        "oi!! tudo bem?\n\nme apresenta o Prof. Ricardo van der Linden"
        " (ricardo.vdlinden@ufpe.example) pra Bia Albuquerque (beatriz.albuquerque@gmail.example)?"
        " tem tudo a ver"
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Ricardo van der Linden", "ricardo.vdlinden@ufpe.example"),
        Party("Bia Albuquerque", "beatriz.albuquerque@gmail.example"),
    }
    assert result.confident


def test_swahili_plural_imperative_mtambulisheni_asks_an_intro() -> None:
    # Written to an organisation: "mtambulisheni" is "you (all) introduce him/her".
    result = understand(
        "Habari za leo,\n\nTafadhali mtambulisheni Mwalimu Rehema Mwakyusa"
        " (rehema@shule.example) kwa Dkt. Baraka Otieno (b.otieno@kemri.example)."
    )
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {
        Party("Rehema Mwakyusa", "rehema@shule.example"),
        Party("Baraka Otieno", "b.otieno@kemri.example"),
    }
    assert result.confident


def test_addresses_linked_on_the_names_in_html_are_read_when_plain_leaves_them_out() -> None:
    message = EmailMessage()
    message["From"] = "Geneviève Lapointe <glapointe@umontreal.example>"
    message["To"] = AGENT
    message["Subject"] = "Mise en contact svp"
    message.set_content(
        "Bonjour,\n\nPourriez-vous mettre en contact Mathieu Gagnon-Bérubé, mon étudiant, avec"
        " la professeure Hélène de la Roche-Aymon de Lyon?\n\nJ'ai mis leurs courriels en lien"
        " sur leurs noms.\n\nGeneviève"
    )
    message.add_alternative(
        "<div>Bonjour,</div><div>Pourriez-vous mettre en contact <a"
        ' href="mailto:mathieu.gagnon-berube@umontreal.example">Mathieu Gagnon-Bérubé</a>, mon'
        ' étudiant, avec la professeure <a href="mailto:helene.delaroche-aymon@lyon1.example">'
        "Hélène de la Roche-Aymon</a> de Lyon?</div><div>J'ai mis leurs courriels en lien sur"
        " leurs noms.</div><div>Geneviève</div>",
        subtype="html",
    )
    result = understand_request(parse_message(message.as_bytes()), AGENT)
    assert {result.a, result.b} == {
        Party("Mathieu Gagnon-Bérubé", "mathieu.gagnon-berube@umontreal.example"),
        Party("Hélène de la Roche-Aymon", "helene.delaroche-aymon@lyon1.example"),
    }
    assert result.confident


def test_a_hyphened_surname_after_two_particles_is_read_whole() -> None:
    # "Hélène de la Roche" were four words: the hyphen joins "-Aymon" to the last of them.
    result = understand(
        "Pourriez-vous me mettre en contact avec Hélène de la Roche-Aymon"
        " (helene.delaroche-aymon@lyon1.example) ?"
    )
    assert result.b == Party("Hélène de la Roche-Aymon", "helene.delaroche-aymon@lyon1.example")
    assert result.confident


def test_swahili_wa_and_a_place_after_a_hyphened_surname_its_address_spells_is_no_name() -> None:
    result = understand(
        "Habari,\n\nNaomba mumtambulishe Joseph Massawe (j.massawe@afya.example) kwa Prof."
        " Claudia Wendt-Haas wa Heidelberg (claudia.wendt-haas@uni-hd.example)."
    )
    assert {result.a, result.b} == {
        Party("Joseph Massawe", "j.massawe@afya.example"),
        Party("Claudia Wendt-Haas", "claudia.wendt-haas@uni-hd.example"),
    }
    assert result.confident


def test_an_address_in_the_thread_after_where_one_works_is_theirs_when_it_spells_them() -> None:
    body = (
        "Sam, yes - doing it now. Adding my intro agent on cc: please connect Sam with Wanjiru"
        " (her address is in my note below).\n\nOlivia\n\n"
        "On Tue, Nov 18, 2025 at 2:10 PM Olivia Brennan <obrennan@bch.example> wrote:\n"
        "> Sam,\n>\n> For the training piece you really want to talk to Wanjiru Mwangi at APHRC"
        " in Nairobi\n> <{address}> - she ran the evaluation last year.\n>\n> O.\n"
    )
    kwargs = {
        "sender": "Olivia Brennan <obrennan@bch.example>",
        "to": "Sam Whitfield <sam.whitfield@gmail.example>",
        "cc": AGENT,
        "subject": "Re: Kisumu pilot wrapped",
    }
    result = understand(body.format(address="wanjiru.mwangi@aphrc.example"), **kwargs)
    assert result.b == Party("Wanjiru Mwangi", "wanjiru.mwangi@aphrc.example")
    assert result.confident
    # The place's own mailbox spells no one: asked about.
    result = understand(body.format(address="info@aphrc.example"), **kwargs)
    assert not result.confident


@pytest.mark.parametrize(
    ("name", "quoted", "address"),
    [
        ("Amélie Durand", "Parle à {} chez Veolia Eau à Lyon", "amelie.durand@veolia.example"),
        ("Jonas Weber", "Sprich mal mit {} bei Siemens Energy", "jonas.weber@siemens.example"),
        ("Lucía Pérez", "Habla con {} del Banco Andino", "lucia.perez@andino.example"),
        ("Beatriz Lobo", "Fala com a {} da Fundação Gulbenkian", "beatriz.lobo@gulbenkian.example"),
        ("Amani Mrisho", "Zungumza na {} wa Benki Kuu", "amani.mrisho@bk.example"),
    ],
)
def test_where_one_works_is_read_in_every_language_before_an_address_in_the_thread(
    name: str, quoted: str, address: str
) -> None:
    # The words leading to a workplace ("chez", "bei", "del", "da", "wa") are each
    # language's workplace_preps; the address on the next line is the one named's.
    body = (
        "Sam, yes - doing it now. Adding my intro agent on cc: please connect Sam with"
        f" {name.split()[0]} (the address is in my note below).\n\nOlivia\n\n"
        "On Tue, Nov 18, 2025 at 2:10 PM Olivia Brennan <obrennan@bch.example> wrote:\n"
        f"> Sam,\n>\n> {quoted.format(name)}\n> <{{address}}> - last year.\n>\n> O.\n"
    )
    kwargs = {
        "sender": "Olivia Brennan <obrennan@bch.example>",
        "to": "Sam Whitfield <sam.whitfield@gmail.example>",
        "cc": AGENT,
        "subject": "Re: pilot",
    }
    result = understand(body.format(address=address), **kwargs)
    assert result.b == Party(name, address)
    assert result.confident
    # The place's own mailbox spells no one: asked about.
    result = understand(body.format(address="info@" + address.partition("@")[2]), **kwargs)
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Habari, tafadhali niunganisheni na Dkt. Baraka Otieno (b.otieno@kemri.example).",
            {Party("Ann Lee", "ann@lee.example"), Party("Baraka Otieno", "b.otieno@kemri.example")},
        ),
        (
            "Naomba mwatambulishe Rehema Mwakyusa (rehema@shule.example) na Baraka Otieno"
            " (b.otieno@kemri.example).",
            {
                Party("Rehema Mwakyusa", "rehema@shule.example"),
                Party("Baraka Otieno", "b.otieno@kemri.example"),
            },
        ),
    ],
)
def test_swahili_plural_imperatives_of_me_and_them_ask(body: str, pair: set[Party]) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == pair
    assert result.confident


def test_the_title_heading_a_principal_the_cc_shows_is_that_one() -> None:
    # "Dean Harold Whitaker" over Cc "Whitaker, Harold": "Dean" is what he is, and
    # "The Dean" after is him.
    body = (
        "Good afternoon,\n\nI am writing on behalf of Dean Harold Whitaker, who is copied"
        " here. The Dean would like to be introduced to Prof. Dr. Gerhard Lindqvist-Baumann"
        " (g.lindqvist@hig.example), ahead of the Dean's visit to Germany.\n\nThank you,"
        "\n\nMelissa Tran\nExecutive Assistant to the Dean"
    )
    result = understand(
        body,
        sender='"Tran, Melissa" <melissa.tran@sph.example>',
        cc='"Whitaker, Harold" <hw@sph.example>',
    )
    assert {result.a, result.b} == {
        Party("Harold Whitaker", "hw@sph.example"),
        Party("Gerhard Lindqvist-Baumann", "g.lindqvist@hig.example"),
    }
    assert result.confident
    # Someone else on Cc: no one is known to be the Dean, and the agent asks.
    result = understand(
        body,
        sender='"Tran, Melissa" <melissa.tran@sph.example>',
        cc='"Ortiz, Ana" <ana@sph.example>',
    )
    assert not result.confident
