"""Where a writer signs: the signature's start and the name signed below a closing."""

from __future__ import annotations

import pytest

from agent.understanding.request_rules import load_rules
from agent.understanding.signatures import signature_start, signed_name, signed_order

# The closings of rules/requests/*.json, case-folded as the rules hold them.
CLOSINGS = load_rules().closings


def test_signature_starts_at_the_line_signed_with_the_writers_name() -> None:
    text = "Please introduce me to Bob.\nThanks,\nHannah\nAcme, hannah@acme.example\n"
    assert text[signature_start(text, "Hannah Greer") :].startswith("Hannah\n")


@pytest.mark.parametrize(
    ("text", "email", "name"),
    [
        ("Could you introduce me to Bob?\n\nThanks,\nAnn Lee\n", "ann.lee@x.example", "Ann Lee"),
        ("Hi!\n\nCheers\nAnn\n+1 555 0100\nAcme Ltd\n", "ann@x.example", "Ann"),
        ("Merci !\n\nHélène Mercier\n", "helene.mercier@x.example", "Hélène Mercier"),
        ("Danke!\n\nLiebe Grüße\nJörg Kühn\n", "jkuehn@x.example", None),
        ("Liebe Grüße,\nJörg Kühn\n", "joerg.kuhn@x.example", "Jörg Kühn"),
        ("Un abrazo,\nLucía\n", "lucia@x.example", "Lucía"),
        # Above a title and a work address, with a quote below signed by someone else.
        (
            "Hi!\n\nThanks,\nJordan Mercer\nVP Engineering\njordan@b.example\n\n"
            "On Mon, Ann wrote:\n> Best,\n> Ann Mercer\n",
            "jt.mercer77@x.example",
            "Jordan Mercer",
        ),
    ],
)
def test_a_name_signed_below_a_closing_that_agrees_with_the_address(
    text: str, email: str, name: str | None
) -> None:
    assert signed_name(text, email, CLOSINGS) == name


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # A company, not the writer: no word of it in the address.
        ("Thanks,\nAcme Robotics\n", "ann.lee@x.example"),
        # No closing above the line.
        ("Please introduce me to Bob Ray.\nAnn Lee\n", "ann.lee@x.example"),
        # A sentence, not a name.
        ("Thanks,\nAnn will call you tomorrow about it\n", "ann@x.example"),
        ("", "ann@x.example"),
    ],
)
def test_no_name_is_taken_where_none_is_signed(text: str, email: str) -> None:
    assert signed_name(text, email, CLOSINGS) is None


def test_the_writer_signs_the_order_of_their_name() -> None:
    closings = CLOSINGS
    mail = "Bonjour,\n\nMerci.\n\nCordialement,\nOusmane Ba\nTeranga Solar\n"
    assert signed_order(mail, "Ba Ousmane", "ousmane.ba@x.sn", closings) == "Ousmane Ba"
    mail = "Hallo,\n\nMit freundlichen Grüßen\nKarin Vogel Ruiz\n"
    assert signed_order(mail, "Vogel Ruiz Karin", "karin@x.de", closings) == "Karin Vogel Ruiz"
    # Another name signed, none below a closing, or an address that names no one: as written.
    assert signed_order("Thanks,\nBa Diallo\n", "Ba Ousmane", "ousmane.ba@x.sn", closings) == (
        "Ba Ousmane"
    )
    assert signed_order("Ousmane Ba told me.", "Ba Ousmane", "ousmane.ba@x.sn", closings) == (
        "Ba Ousmane"
    )
    assert signed_order("Thanks,\nOusmane Ba\n", "Ba Ousmane", "info@x.sn", closings) == (
        "Ba Ousmane"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vielen Dank und schöne Grüße aus Eisenerz\nWolfgang Pichler\n\nDI Wolfgang Pichler\n",
        "Thanks a million and greetings from Leoben\nWolfgang Pichler\n",
        "Merci et bonne journée depuis Lyon\nWolfgang Pichler\n",
        "Gracias y saludos desde Rosario\nWolfgang Pichler\n",
        "Obrigado e abraços de Lisboa\nWolfgang Pichler\n",
        "Asante na salamu kutoka Nairobi\nWolfgang Pichler\n",
    ],
)
def test_a_line_of_the_headers_words_turned_signs_below_any_closing(text: str) -> None:
    # A closing no list holds: the header's own words alone on a line, turned, that the
    # address bears out, are how the writer signs.
    assert signed_order(text, "Pichler Wolfgang", "w.pichler@x.at", CLOSINGS) == "Wolfgang Pichler"


@pytest.mark.parametrize(
    ("text", "writer", "email"),
    [
        # The header's order on a line too: a list writes surnames first.
        ("Pichler Wolfgang\nWolfgang Pichler\n", "Pichler Wolfgang", "w.pichler@x.at"),
        # An address that spells no word of the name.
        ("Grüße aus Eisenerz\nWolfgang Pichler\n", "Pichler Wolfgang", "office@x.at"),
        # Letters in capitals are no name's words.
        ("Best,\nKezia\n\nKezia Baptiste RN\n", "RN Kezia Baptiste", "kbaptiste.rn@x.com"),
    ],
)
def test_a_turned_line_without_such_evidence_leaves_the_header(
    text: str, writer: str, email: str
) -> None:
    assert signed_order(text, writer, email, CLOSINGS) == writer


@pytest.mark.parametrize(
    ("text", "writer", "line"),
    [
        # A directory's "Surname, Given" name is signed given name first.
        (
            "Yes.\n\nDan\n\nDaniel Hirsch\nGreat Lakes University\n",
            "Hirsch, Daniel",
            "Daniel Hirsch",
        ),
        (
            "Oui.\n\nDaniel Hirsch, PhD\nGreat Lakes University\n",
            "Hirsch, Daniel",
            "Daniel Hirsch, PhD",
        ),
        ("Ja.\n\nDH\nGroße Seen Universität\n", "Hirsch, Daniel", "DH"),
        ("Sí.\n\nLucía Herrero Sanz\nFundación\n", "Herrero Sanz, Lucía", "Lucía Herrero Sanz"),
        ("Sim.\n\nPr Matthias Kessler\nBanco\n", "Kessler, Matthias Dr.", "Pr Matthias Kessler"),
        ("Ndiyo.\n\nAmina Juma, MBA\nGreat Lakes Ltd\n", "Amina Juma", "Amina Juma, MBA"),
        # The name as given stays a signature too.
        ("Yes.\n\nHirsch\nGreat Lakes University\n", "Hirsch, Daniel", "Hirsch"),
    ],
)
def test_a_surname_first_name_and_letters_after_a_comma_sign(
    text: str, writer: str, line: str
) -> None:
    assert text[signature_start(text, writer) :].startswith(f"{line}\n")


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # Words after the comma are a title or a sentence, not letters.
        ("Yes.\nJoseph Kalunga, Principal Economist\nGreat Lakes Ltd\n", "Joseph Kalunga"),
        ("Yes.\nAnn Lee, happy to help\n", "Ann Lee"),
        # Letters after a comma are no given name: "RN" signs nothing.
        ("Yes.\nRN\nGreat Lakes Hospital\n", "Kezia Baptiste, RN"),
        # A department in brackets is no given name either.
        ("Yes.\nRiverside\nGreat Lakes Hospital\n", "Okafor, Sandra (Riverside)"),
    ],
)
def test_other_lines_with_a_comma_sign_nothing(text: str, writer: str) -> None:
    assert signature_start(text, writer) == len(text)


@pytest.mark.parametrize(
    ("writer", "signs"),
    [("Georg Brandl", True), ("Georg Huber", False), ("Gabi Brandl", True), ("Anna Brandl", False)],
)
def test_the_first_names_initial_before_the_surname_signs(writer: str, signs: bool) -> None:
    text = "Die Anfrage bitte stornieren.\n\nMit freundlichen Grüßen\nG. Brandl\nHausverwaltung\n"
    start = signature_start(text, writer)
    assert text[start:].startswith("G. Brandl\n") is signs
