"""People named in lower case, as phones write them: a first name and surname are a name
when the first name's own address follows them ("priya sharma - priya@loomcraft.io") or
the address book knows them ("rafael duarte"), a first name alone when the headers show
it and it is no ordinary word ("daniel", not "grace"); ordinary lower-case words in an
ask's slots ("the team and the board", "sales") are never made a pair."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_known import known_in_lower_case
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "hey can u connect me w priya sharma - priya@loomcraft.io she runs ops there",
            "priya sharma",
            "priya@loomcraft.io",
        ),
        (
            "could you intro me to omar khan, omar@khanventures.com? he invests in climate",
            "omar khan",
            "omar@khanventures.com",
        ),
        (
            "tu peux me présenter à camille durand (camille@atelier.fr) ? merci",
            "camille durand",
            "camille@atelier.fr",
        ),
        (
            "me presentas a ximena castro - ximena@estudiocaracol.com.ar? es productora",
            "ximena castro",
            "ximena@estudiocaracol.com.ar",
        ),
        (
            "kannst du mich mit jonas becker <jonas@heliogrid.de> bekannt machen?",
            "jonas becker",
            "jonas@heliogrid.de",
        ),
        (
            "podes me apresentar à joana ferreira: joana@loja.pt? obrigada",
            "joana ferreira",
            "joana@loja.pt",
        ),
        (
            "tafadhali nitambulishe kwa neema mushi (neema@shamba.co.tz).",
            "neema mushi",
            "neema@shamba.co.tz",
        ),
    ],
)
def test_a_lower_case_name_before_its_first_names_address_is_that_person(
    text: str, name: str, email: str
) -> None:
    result = understand(text)
    assert result.confident
    assert result.a == _WRITER
    assert result.b is not None
    assert (result.b.name or "").casefold() == name
    assert result.b.email == email


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Another local part, or words between the name and the address.
        ("can u connect me w priya sharma - ravi@loomcraft.io she runs ops", "priya sharma"),
        ("can u connect me w priya sharma at loomcraft - priya@loomcraft.io", "priya sharma"),
        # A word of the rules after the first name, or a shared mailbox.
        ("can u connect me w priya tomorrow - priya@loomcraft.io", "priya tomorrow"),
        ("can u connect me w sales team - sales@loomcraft.io", "sales team"),
        ("me presentas a ventas equipo - ventas@estudiocaracol.com.ar?", "ventas equipo"),
    ],
)
def test_a_lower_case_name_its_address_does_not_bear_out_stays_words(text: str, words: str) -> None:
    result = understand(text)
    named = [(p.name or "").casefold() for p in (result.a, result.b) if p is not None]
    assert words not in named


@pytest.mark.parametrize(
    "text",
    [
        "can you intro me to the team and the board?",
        "can u connect me with sales pls",
        "tu peux me présenter à l'équipe et au conseil ?",
        "me puedes conectar con ventas y con el equipo?",
        "kannst du mich mit dem vertrieb und dem vorstand verbinden?",
        "podes me apresentar à equipa e ao conselho?",
        "tafadhali niunganishe na timu na bodi.",
    ],
)
def test_ordinary_lower_case_words_in_an_ask_make_no_pair(text: str) -> None:
    result = understand(text)
    assert not result.confident
    assert result.a is None or result.a == _WRITER
    assert result.b is None


_BOOK = MemoryAddressBook(
    [
        Address("Rafael Duarte", "rafael@duarte-imoveis.pt"),
        Address("Marta Silva", "marta@andradehomes.example"),
    ]
)
_RAFAEL = Party("Rafael Duarte", "rafael@duarte-imoveis.pt")


@pytest.mark.parametrize(
    "text",
    [
        "can you put me in touch w rafael duarte again?",
        "tu peux me présenter à rafael duarte ?",
        "me puedes presentar a rafael duarte?",
        "kannst du mich mit rafael duarte bekannt machen?",
        "podes me apresentar ao rafael duarte?",
        "tafadhali nitambulishe kwa rafael duarte.",
    ],
)
def test_a_lower_case_name_the_address_book_knows_is_that_person(text: str) -> None:
    result = understand(text, book=_BOOK)
    assert result.confident
    assert result.a == _WRITER
    assert result.b == _RAFAEL


def test_a_lower_case_first_name_alone_is_not_read_from_the_address_book() -> None:
    result = understand("can you put me in touch w rafael again?", book=_BOOK)
    assert not result.confident
    assert result.b != _RAFAEL


_COPIED = "Daniel Okoye <daniel@okoye.example>, Mohammed Rahimi <mo@rahimi.example>"


@pytest.mark.parametrize(
    "text",
    [
        "intro daniel and mohammed pls, both cc'd",
        "présente daniel et mohammed stp (en copie)",
        "kannst du daniel und mohammed einander vorstellen? beide in kopie",
        "apresenta o daniel ao mohammed pf (em cópia)",
        "tafadhali mtambulishe daniel kwa mohammed.",
    ],
)
def test_lower_case_first_names_the_headers_show_are_those_people(text: str) -> None:
    result = understand(text, cc=_COPIED)
    assert result.confident
    assert {result.a, result.b} == {
        Party("Daniel Okoye", "daniel@okoye.example"),
        Party("Mohammed Rahimi", "mo@rahimi.example"),
    }


@pytest.mark.parametrize(
    ("text", "cc"),
    [
        # A first name that is an ordinary word is read as the word.
        ("can you intro me to the board with grace? thanks", "Grace Liu <grace@liu.example>"),
        ("tu peux me présenter au conseil, pierre par pierre ?", "Pierre Roy <pierre@roy.example>"),
        ("me puedes presentar a alguien de paz y luz?", "Luz Vera <luz@vera.example>"),
        ("kannst du mich im ernst mit dem vorstand verbinden?", "Ernst Vogt <ernst@vogt.example>"),
        ("podes me apresentar a alguém, por graça?", "Graça Lima <graca@lima.example>"),
        ("tafadhali niunganishe na bodi kwa neema.", "Neema Mushi <neema@mushi.example>"),
        # A common word or a word of the rules.
        ("will you intro me to the board?", "Will Ross <will@ross.example>"),
    ],
)
def test_a_first_name_that_is_an_ordinary_word_names_no_one(text: str, cc: str) -> None:
    result = understand(text, cc=f"{cc}, Bob Ray <bob@ray.example>")
    assert not result.confident


_DANIEL = Party("Daniel Okoye", "daniel@okoye.example")
_MOHAMMED = Party("Mohammed Rahimi", "mo@rahimi.example")


@pytest.mark.parametrize(
    "text",
    [
        "intro bot pls intro dan and mo (both cc'd). dan's raising a seed",
        "pls intro Dan and Mo, both cc'd",
        "présente dan et mo stp (en copie)",
        "¿puedes presentar a dan y mo? (en copia)",
        "kannst du dan und mo einander vorstellen? beide in kopie",
        "apresenta o dan ao mo pf (em cópia)",
        "tafadhali mtambulishe dan kwa mo (wote wako kwenye nakala).",
    ],
)
def test_the_start_of_one_copied_persons_first_name_is_that_person(text: str) -> None:
    result = understand(text, cc=_COPIED)
    assert result.confident
    assert {result.a, result.b} == {_DANIEL, _MOHAMMED}


@pytest.mark.parametrize(
    ("text", "cc"),
    [
        # Nothing says they are copied.
        ("intro bot pls intro dan and mo. dan's raising a seed", _COPIED),
        ("présente dan et mo stp", _COPIED),
        ("¿puedes presentar a dan y mo?", _COPIED),
        ("kannst du dan und mo einander vorstellen?", _COPIED),
        ("apresenta o dan ao mo pf", _COPIED),
        ("tafadhali mtambulishe dan kwa mo.", _COPIED),
        # Two copied whose first names both begin so.
        (
            "pls intro dan and mo (both cc'd)",
            f"{_COPIED}, Danielle Roy <danielle@roy.example>",
        ),
        ("présente dan et mo stp (en copie)", f"{_COPIED}, Danielle Roy <danielle@roy.example>"),
    ],
)
def test_a_short_name_unless_copied_and_one_persons_names_no_one(text: str, cc: str) -> None:
    result = understand(text, cc=cc)
    assert not result.confident
    named = {p.email for p in (result.a, result.b) if p is not None}
    assert "daniel@okoye.example" not in named or "mo@rahimi.example" not in named


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun, a word of the rules, a clitic joined to its verb.
        "he says the two of them should talk (cc'd)",
        "intro them and the team, all cc'd",
        "dá-mo quando puderes, está em cópia",
    ],
)
def test_a_word_of_the_rules_beginning_a_copied_name_stays_a_word(text: str) -> None:
    copied = ["helene", "theodora", "mohammed"]
    known = ["Hélène Roy", "Theodora Lim", "Mohammed Rahimi"]
    assert known_in_lower_case(text, known, None, load_rules(), copied) == text


@pytest.mark.parametrize(
    ("text", "first", "kept"),
    [
        # The writer calls each by the whole first name: its start is the word it is.
        ("Thandi, meet Riaan. Better someone like Thandi than Google it (cc'd).", "Thandi", "than"),
        ("Marianne, voici Riaan (en copie). Marianne connaît son mari.", "Marianne", "mari"),
        ("Paloma, te presento a Riaan (en copia). Paloma, es tu pala.", "Paloma", "pala"),
        ("Dieter, das ist Riaan (in Kopie). Dieter kennt die Halle.", "Dieter", "die"),
        ("Dora, este é o Riaan (em cópia). A Dora conhece o ginásio do Riaan.", "Dora", "do"),
        ("Nasra, huyu ni Riaan (wote wako kwenye nakala). Nasra na Riaan.", "Nasra", "na"),
    ],
)
def test_a_copied_first_name_written_whole_has_no_short_name(
    text: str, first: str, kept: str
) -> None:
    copied = [first.casefold(), "riaan"]
    known = [f"{first} Mthembu", "Riaan Botha"]
    got = known_in_lower_case(text, known, None, load_rules(), copied)
    assert kept in {word.strip(".,") for word in got.split()}


def test_a_short_name_stays_where_the_first_name_is_not_written_whole() -> None:
    got = known_in_lower_case(
        "pls intro dan and mo (both cc'd)", [], None, load_rules(), ["daniel", "mohammed"]
    )
    assert got == "pls intro Dan and Mo (both cc'd)"


_QUOTED = (
    "\n\nOn Tue, Nov 18, 2025 at 9:14 PM Grace Liu <grace.liu@tidepool.example> wrote:\n"
    "> Hey! any chance you could intro me to Omar?\n>\n> Grace\n"
)
_GRACE = Party("Grace Liu", "grace.liu@tidepool.example")


@pytest.mark.parametrize(
    "text",
    [
        "bot - grace (below) wants to meet omar khan, omar@khan.example. go for it",
        "bot - grace (see below) wants to meet omar khan, omar@khan.example",
        "bot - grace (cc\u2019d) wants to meet omar khan, omar@khan.example",
        "tu peux présenter grace (ci-dessous) à omar khan, omar@khan.example ?",
        "¿puedes presentar a grace (abajo) a omar khan, omar@khan.example?",
        "kannst du grace (unten) mit omar khan, omar@khan.example, bekannt machen?",
        "podes apresentar a grace (abaixo) ao omar khan, omar@khan.example?",
        "tafadhali mtambulishe grace (hapa chini) kwa omar khan, omar@khan.example.",
    ],
)
def test_an_ordinary_word_pointed_at_is_the_quoted_person_it_names(text: str) -> None:
    result = understand(text + _QUOTED, subject="Re: omar?")
    assert result.confident
    assert {result.a, result.b} == {_GRACE, Party("Omar Khan", "omar@khan.example")}


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # No pointer after the word, or not right after it.
        ("bot - grace wants to meet omar khan, omar@khan.example. go for it", _QUOTED),
        ("bot - grace, as below, wants to meet omar khan, omar@khan.example", _QUOTED),
        ("tu peux présenter grace à omar khan, omar@khan.example ?", _QUOTED),
        ("¿puedes presentar a grace a omar khan, omar@khan.example?", _QUOTED),
        # A pointer, but no one of that first name above.
        ("bot - grace (below) wants to meet omar khan, omar@khan.example", ""),
        # Two of that first name.
        (
            "bot - grace (below) wants to meet omar khan, omar@khan.example",
            _QUOTED + "\n> On Mon, Grace Park <grace@park.example> wrote:\n> hi\n",
        ),
    ],
)
def test_an_ordinary_word_not_pointed_at_one_person_names_no_one(text: str, quoted: str) -> None:
    result = understand(text + quoted, subject="Re: omar?")
    assert not result.confident
    assert _GRACE not in (result.a, result.b)
