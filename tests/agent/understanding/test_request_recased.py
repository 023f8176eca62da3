"""Names written without their capitals: a mail typed all in capitals is read as if in
lower case, its names capitalised where an address, the headers or an ask's slot bear
them out; two or three lower-case words right before an address that spells them (or
after an ask's word, spelled whole by an address) are a name, certain only where the
address spells them and nothing more. Ordinary mail with its acronyms is read as
before."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from agent.understanding.request_recased import _spelled, shouted
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "HELLO, COULD YOU PLEASE INTRODUCE ME TO JANET MORRIS (JANET.MORRIS@GMAIL.COM)? "
            "SHE RUNS THE BAKERY ON HIGH STREET AND I WANT TO SELL HER MY EGGS. THANKS, BILL",
            "Janet Morris",
            "janet.morris@gmail.com",
        ),
        (
            "BONJOUR, POUVEZ-VOUS ME PRÉSENTER À MARIE DUBOIS (MARIE.DUBOIS@ORANGE.FR) ? ELLE "
            "TIENT LA BOULANGERIE DE LA PLACE ET JE VOUDRAIS LUI VENDRE MES OEUFS. MERCI",
            "Marie Dubois",
            "marie.dubois@orange.fr",
        ),
        (
            "¿PODRÍAS PRESENTARME A JUAN CARLOS PÉREZ (JC.PEREZ@GMAIL.COM)? ES EL FONTANERO "
            "DEL BARRIO Y NECESITO ARREGLAR LA COCINA. GRACIAS",
            "Juan Carlos Pérez",
            "jc.perez@gmail.com",
        ),
        (
            "HALLO, KÖNNTEN SIE MICH BITTE MIT HERRN KLAUS WEBER (K.WEBER@T-ONLINE.DE) "
            "BEKANNT MACHEN? ER HAT DIE BÄCKEREI AM MARKT. DANKE, GERD",
            "Klaus Weber",
            "k.weber@t-online.de",
        ),
        (
            "OLÁ, PODE ME APRESENTAR À ANA SOUSA (ANA.SOUSA@SAPO.PT)? ELA TEM A PADARIA DA "
            "PRAÇA E QUERO VENDER-LHE OS MEUS OVOS. OBRIGADO",
            "Ana Sousa",
            "ana.sousa@sapo.pt",
        ),
        (
            "HABARI, TAFADHALI NITAMBULISHE KWA NEEMA MUSHI (NEEMA.MUSHI@GMAIL.COM). ANA DUKA "
            "LA MIKATE SOKONI NA NINATAKA KUMUUZIA MAYAI. ASANTE",
            "Neema Mushi",
            "neema.mushi@gmail.com",
        ),
    ],
)
def test_a_shouted_ask_reads_its_named_addressed_person(text: str, name: str, email: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a == _WRITER
    assert result.b == Party(name, email)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "PLEASE INTRODUCE PETER WALSH <PETER@WALSHFARMS.CO.UK> TO SUSAN GRAY "
            "<SUSAN.GRAY@HOTMAIL.COM>. PETER GROWS APPLES AND SUSAN MAKES CIDER. REGARDS",
            Party("Peter Walsh", "peter@walshfarms.co.uk"),
            Party("Susan Gray", "susan.gray@hotmail.com"),
        ),
        (
            "POUVEZ-VOUS PRÉSENTER MON VOISIN PAUL MARTIN (PAUL.MARTIN@ORANGE.FR) À MADAME "
            "CLAIRE ROUX (C.ROUX@WANADOO.FR) ? ILS FONT TOUS LES DEUX DU MIEL. MERCI",
            Party("Paul Martin", "paul.martin@orange.fr"),
            Party("Claire Roux", "c.roux@wanadoo.fr"),
        ),
        (
            "TAFADHALI MTAMBULISHE JUMA HASSAN (J.HASSAN@GMAIL.COM) KWA NEEMA MUSHI "
            "(NEEMA.MUSHI@YAHOO.COM). WOTE WANAFUGA NYUKI. ASANTE",
            Party("Juma Hassan", "j.hassan@gmail.com"),
            Party("Neema Mushi", "neema.mushi@yahoo.com"),
        ),
    ],
)
def test_a_shouted_ask_for_two_others_reads_both(text: str, first: Party, second: Party) -> None:
    result = understand(text)
    assert result.confident
    assert (result.a, result.b) == (first, second)


def test_a_shouted_mail_reads_names_the_headers_show_and_its_context() -> None:
    result = understand(
        "PLEASE INTRODUCE PETER WALSH <PETER@WALSHFARMS.CO.UK> TO SUSAN GRAY "
        "<SUSAN.GRAY@HOTMAIL.COM>. PETER GROWS APPLES AND SUSAN MAKES CIDER. REGARDS"
    )
    assert result.context == "Peter grows apples and Susan makes cider"


def test_a_shouted_surname_after_a_title_is_read_by_its_address() -> None:
    result = understand(
        "KÖNNTEN SIE MICH MIT FRAU WEBER (K.WEBER@T-ONLINE.DE) BEKANNT MACHEN? SIE HAT DIE "
        "BÄCKEREI AM MARKT. DANKE"
    )
    assert result.confident
    assert result.b == Party("Weber", "k.weber@t-online.de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "COULD YOU INTRODUCE ME TO JANET MORRIS? SHE RUNS THE BAKERY ON HIGH STREET AND I "
            "WANT TO SELL HER MY EGGS. THANKS",
            "Janet Morris",
        ),
        (
            "PODE ME APRESENTAR À ANA SOUSA? ELA TEM A PADARIA DA PRAÇA E QUERO VENDER-LHE OS "
            "MEUS OVOS. OBRIGADO",
            "Ana Sousa",
        ),
        (
            "CAN YOU PUT ME IN TOUCH WITH MARCO? HE RUNS THE GYM ON 5TH STREET. THANKS A LOT",
            "Marco",
        ),
        (
            "KANNST DU MICH MIT MARCO BEKANNT MACHEN? ER HAT DAS FITNESSSTUDIO AN DER ECKE. DANKE",
            "Marco",
        ),
    ],
)
def test_a_shouted_name_without_an_address_is_asked_about(text: str, name: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.a == _WRITER
    assert result.b == Party(name, None)


def test_a_shouted_first_name_alone_is_not_read_from_the_address_book() -> None:
    book = MemoryAddressBook([Address("Marco Rossi", "marco@rossi.example")])
    result = understand(
        "CAN YOU PUT ME IN TOUCH WITH MARCO? HE RUNS THE GYM ON 5TH STREET. THANKS A LOT",
        book=book,
    )
    assert not result.confident
    assert result.b == Party("Marco", None)


@pytest.mark.parametrize(
    "text",
    [
        # An address after a shouted name that does not spell it: the name and the
        # address are read together, and asked about.
        "COULD YOU INTRODUCE ME TO JANET MORRIS (BAKERY.HIGHST@GMAIL.COM)? SHE RUNS THE "
        "BAKERY ON HIGH STREET. THANKS",
        "PODRÍAS PRESENTARME A CARMEN LÓPEZ (PANADERIA.PLAZA@GMAIL.COM)? TIENE LA PANADERÍA "
        "DE LA PLAZA. GRACIAS",
    ],
)
def test_a_shouted_name_its_address_does_not_spell_is_never_certain(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "HAPPY BIRTHDAY! SEE YOU AT THE PARTY ON SATURDAY WITH JANET MORRIS AND THE KIDS. "
        "LOVE, BILL",
        "THE MEETING WITH JANET MORRIS IS MOVED TO FRIDAY AT TEN. PLEASE BRING THE FIGURES",
    ],
)
def test_a_shouted_mail_asking_nothing_is_no_request(text: str) -> None:
    assert understand(text).kind == "not_a_request"


@pytest.mark.parametrize(
    ("text", "kind", "command"),
    [
        # Taken back, or asked not to be made: nothing to act on, as in lower case.
        (
            "PLEASE INTRODUCE ME TO JANET MORRIS (JANET.MORRIS@GMAIL.COM). ACTUALLY NEVER "
            "MIND, I FOUND HER ON FACEBOOK. THANKS",
            "not_a_request",
            None,
        ),
        (
            "PLEASE DO NOT INTRODUCE ME TO JANET MORRIS (JANET.MORRIS@GMAIL.COM), WE ALREADY "
            "KNOW EACH OTHER. THANKS",
            "not_a_request",
            None,
        ),
        # An address told of, no ask.
        (
            "HAPPY BIRTHDAY BILL! JANET'S NEW EMAIL IS JANET.MORRIS@GMAIL.COM IF YOU WANT TO "
            "WRITE TO HER. LOVE, MUM",
            "not_a_request",
            None,
        ),
        # Commands are read in capitals as ever.
        (
            "WHAT IS THE STATUS OF MY INTRODUCTION TO JANET MORRIS? THANKS, BILL",
            "command",
            "status",
        ),
        (
            "HOW DOES THIS WORK? DO I JUST WRITE THE NAMES OF THE PEOPLE I WANT TO MEET? THANKS",
            "command",
            "help",
        ),
    ],
)
def test_a_shouted_mail_that_asks_no_intro_stays_so(
    text: str, kind: str, command: str | None
) -> None:
    result = understand(text)
    assert (result.kind, result.command) == (kind, command)


def test_a_shouted_exclusion_leaves_out_the_one_it_names() -> None:
    result = understand(
        "PLEASE INTRODUCE ME TO CAROL DIAZ (CAROL@DIAZ.COM), NOT BOB LEE (BOB@LEE.COM). "
        "CAROL SELLS SEEDS. THANKS"
    )
    assert result.confident
    assert result.b == Party("Carol Diaz", "carol@diaz.com")
    assert not result.more


def test_a_shouted_address_told_after_the_name_is_theirs() -> None:
    result = understand(
        "I WOULD LIKE TO MEET JANET MORRIS, HER EMAIL IS JANET.MORRIS@GMAIL.COM. SHE RUNS "
        "THE BAKERY IN TOWN. THANKS"
    )
    assert result.confident
    assert result.b == Party("Janet Morris", "janet.morris@gmail.com")


def test_a_shouted_ask_naming_one_without_an_address_is_asked_about() -> None:
    result = understand(
        "COULD YOU INTRODUCE MY SON TOM TO JANET MORRIS (JANET.MORRIS@GMAIL.COM)? HE WANTS "
        "TO BE A BAKER. THANKS"
    )
    assert result.kind == "intro_request"
    assert not result.confident


def test_a_shouted_ask_for_someone_unnamed_makes_no_name_of_its_words() -> None:
    result = understand(
        "PLEASE INTRODUCE ME TO THE OWNER OF THE BAKERY (INFO@HIGHSTREETBAKERY.CO.UK). I WANT "
        "TO SELL HER MY EGGS"
    )
    assert not result.confident
    assert result.b is None or not (result.b.name or "").strip()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Ordinary mail with acronyms is read as it always was.
        (
            "Could you introduce me to the CEO of ACME, Janet Morris (janet@acme.com)? NASA "
            "wants to talk.",
            "Janet Morris",
        ),
        ("Could you put me in touch with someone at NASA? We are building a CubeSat.", None),
        ("Pourriez-vous me présenter au DG de la SNCF ? Merci, c'est pour la RSE.", None),
    ],
)
def test_ordinary_mail_with_acronyms_is_not_recased(text: str, name: str | None) -> None:
    assert not shouted(text)
    result = understand(text)
    assert (result.b.name if result.b else None) == name


def test_shouted_needs_most_words_in_capitals() -> None:
    assert shouted("HI, CAN YOU INTRODUCE ME TO JANET MORRIS? SHE RUNS THE BAKERY. THX")
    assert shouted("PLEASE INTRODUCE ME TO JANET MORRIS, janet@bakery.com. THANKS SO MUCH, BILL")
    assert not shouted("URGENT: could you introduce me to Janet Morris at ACME?")
    assert not shouted("OK THANKS")


_SARAH = Party("Sarah Jenkins", "sarah.j@outlook.com")


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "could you introduce me to sarah jenkins sarah.j@outlook.com? she runs the pottery",
            "Sarah Jenkins",
            "sarah.j@outlook.com",
        ),
        (
            "tu peux me présenter à la coiffeuse de la rue haute, marie-claire dupont "
            "(mcdupont@gmail.com) ?",
            "Marie-Claire Dupont",
            "mcdupont@gmail.com",
        ),
        (
            "me puedes presentar al fontanero del barrio, juan carlos pérez (jc.perez@gmail.com)?",
            "Juan Carlos Pérez",
            "jc.perez@gmail.com",
        ),
        (
            "kannst du mich mit der friseurin aus der hauptstraße bekannt machen, anna maria "
            "schulz (am.schulz@web.de)?",
            "Anna Maria Schulz",
            "am.schulz@web.de",
        ),
        (
            "podes me apresentar ao canalizador da rua, joão pedro santos - jpsantos@sapo.pt?",
            "João Pedro Santos",
            "jpsantos@sapo.pt",
        ),
        (
            "tafadhali nitambulishe kwa fundi wa mtaa wetu, juma hassan (j.hassan@gmail.com)",
            "Juma Hassan",
            "j.hassan@gmail.com",
        ),
        (
            "could you introduce me to sarah jenkins? she runs the pottery on mill lane, her "
            "email is sarah.j@outlook.com",
            "Sarah Jenkins",
            "sarah.j@outlook.com",
        ),
    ],
)
def test_a_lower_case_name_its_address_spells_is_that_person(
    text: str, name: str, email: str
) -> None:
    result = understand(text)
    assert result.confident
    assert result.a == _WRITER
    assert result.b == Party(name, email)


@pytest.mark.parametrize(
    ("text", "name", "email"),
    [
        (
            "could you put me in touch with the hairdresser on rua augusta, ana paula ribeiro "
            "(anapaula.cabelos@gmail.com)",
            "Ana Paula Ribeiro",
            "anapaula.cabelos@gmail.com",
        ),
        (
            "podes me pôr em contacto com a cabeleireira da rua augusta, ana paula ribeiro "
            "(anapaula.cabelos@gmail.com)?",
            "Ana Paula Ribeiro",
            "anapaula.cabelos@gmail.com",
        ),
        (
            "me presentas a la ceramista del mercado, lucía gómez (lucia.ceramica@gmail.com)?",
            "Lucía Gómez",
            "lucia.ceramica@gmail.com",
        ),
    ],
)
def test_a_lower_case_name_its_address_spells_in_part_is_asked_about(
    text: str, name: str, email: str
) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert not result.confident
    assert result.b == Party(name, email)


def test_an_intro_thanked_for_is_no_request() -> None:
    result = understand(
        "thanks for the intro to janet morris janet.morris@gmail.com last week, it went great"
    )
    assert result.kind == "not_a_request"


def test_the_one_asked_for_is_read_beside_another_described() -> None:
    result = understand(
        "my neighbour tom fletcher, tom.fletcher@btinternet.com, wants to meet you know "
        "who... i mean could you introduce me to sarah jenkins sarah.j@outlook.com"
    )
    # Tom and his address are left out of the pair: asked about, never acted on.
    assert not result.confident
    assert (result.a, result.b) == (_WRITER, _SARAH)


@pytest.mark.parametrize(
    "text",
    [
        # No word the address spells: the place stays a place.
        "could you put me in touch with the hairdresser on rua augusta "
        "(anapaula.cabelos@gmail.com)?",
        # Initials alone bear out no name.
        "could you introduce me to janet morris (jm@bakery.com)? she runs the bakery",
        # Words an address spells beside more of its own: a shop, asked about.
        "could you introduce me to the bakery on high street (highstreet.bakery@gmail.com)?",
        # The first name is the address, the surname is not, and a sentence between.
        "could you connect me with oskar berg? oskar@lind.example",
        # The one before the name has no address.
        "could you introduce ana to paula ribeiro (paula.r@gmail.com)? they both cut hair",
    ],
)
def test_lower_case_words_an_address_does_not_bear_out_are_never_certain(text: str) -> None:
    result = understand(text)
    assert not result.confident


@pytest.mark.parametrize(
    ("words", "local", "spelled"),
    [
        (["sarah", "jenkins"], "sarah.j", True),
        (["mark", "obi"], "mobi", True),
        (["marie-claire", "dupont"], "mcdupont", True),
        (["jens", "schröder"], "jens.schroeder", True),
        (["sarah", "jenkins"], "sarah.j84", True),
        (["ana", "paula", "ribeiro"], "anapaula.cabelos", False),
        (["high", "street"], "highstreet.bakery", False),
        (["janet", "morris"], "jm", None),
        (["rua", "augusta"], "anapaula.cabelos", None),
    ],
)
def test_what_a_local_part_spells(words: list[str], local: str, spelled: bool | None) -> None:
    assert _spelled(words, local) is spelled


def test_a_shouted_title_is_capitalised_only_before_its_name() -> None:
    result = understand(
        "HALLO, KÖNNTEN SIE MICH BITTE MIT HERRN KLAUS WEBER (K.WEBER@T-ONLINE.DE) BEKANNT "
        "MACHEN? MEINE FRAU UND ICH BACKEN BROT. DANKE, GERD"
    )
    assert result.confident
    assert result.b == Party("Klaus Weber", "k.weber@t-online.de")
    assert result.context is None or "Frau" not in result.context
