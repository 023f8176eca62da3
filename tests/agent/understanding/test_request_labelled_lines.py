"""An address on a labelled line ("Courriel : ...", "E-mail:", "Contact:", "Correo:",
"Kontakt:", "Endereço eletrónico:", "Barua pepe:"), the label opening the line or after a
dash ("Tél. : 01 44 55 66 77 - Courriel : ..."), is the one person that line names, or,
naming no one, the line right above it, when the address spells their name whole: the
first name's initial and the surname ("r.benali@" for Rachid Benali), every given name's
initial and the surname ("tl.nguyen@" for Thi Lan Nguyen). A vCard gives its one address
to the name it is for ("FN:Sven Lindqvist", "EMAIL;TYPE=INTERNET:sven@..."). A surname
with its particle is spelled whole too ("y.legoff@" for Yannick Le Goff), so an address
after a firm in an appositive is the one's named before it. Two people named above, an
initial that is not theirs, or an address spelling no one leave them without one."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    "text",
    [
        "Pourriez-vous me mettre en relation avec M. Rachid Benali, expert-comptable à"
        " Marseille ?\nTél. : 04 91 00 00 00 - Courriel : r.benali@benali-expertise.fr",
        "Could you introduce me to Mr Rachid Benali, an accountant in Marseille?\n"
        "Contact: r.benali@benali-expertise.fr",
        "¿Me podría poner en contacto con el Sr. Rachid Benali, contador en Marsella?\n"
        "Correo: r.benali@benali-expertise.fr",
        "Könnten Sie mich mit Herrn Rachid Benali bekannt machen?\n"
        "Kontakt: r-benali@benali-expertise.fr",
        "Poderia apresentar-me ao Sr. Rachid Benali, contabilista em Marselha?\n"
        "Endereço eletrónico: r_benali@benali-expertise.fr",
        "Tafadhali nitambulishe kwa Bw. Rachid Benali.\nBarua pepe: r.benali@benali-expertise.fr",
    ],
)
def test_an_initial_and_a_surname_with_a_dot_are_theirs(text: str) -> None:
    result = understand(text)
    assert result.kind == "intro_request"
    assert result.a == _WRITER
    assert result.b is not None and result.b.name == "Rachid Benali"
    assert result.b.email is not None and result.b.email.endswith("benali@benali-expertise.fr")
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Pourriez-vous me mettre en relation avec Mme Thi Lan Nguyen ?\n\n"
        "Mme Thi Lan Nguyen - Directrice juridique, Groupe Véronèse\n"
        "Tél. : 01 44 55 66 77 - Courriel : tl.nguyen@groupe-veronese.fr",
        "Could you introduce me to Ms Thi Lan Nguyen, head of legal at Veronese?\n"
        "E-mail: tl.nguyen@groupe-veronese.fr",
    ],
)
def test_every_given_names_initial_and_the_surname_are_theirs(text: str) -> None:
    result = understand(text)
    assert (result.a, result.b) == (
        _WRITER,
        Party("Thi Lan Nguyen", "tl.nguyen@groupe-veronese.fr"),
    )
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Pourriez-vous me mettre en relation avec M. Yannick Le Goff, du fonds Armor"
        " Développement (y.legoff@armor-dev.fr) ?",
        "Could you introduce me to Yannick Le Goff, of Armor Capital (y.legoff@armor-dev.fr)?",
        "Kannst du mich mit Ilse van der Berg von der Nordlicht GmbH (i.vanderberg@nl.example)"
        " bekannt machen?",
    ],
)
def test_a_surname_with_its_particle_is_spelled_whole(text: str) -> None:
    result = understand(text)
    assert result.b is not None and result.b.email is not None
    assert result.b.name in ("Yannick Le Goff", "Ilse van der Berg")
    assert result.b.email.split("@")[0] in ("y.legoff", "i.vanderberg")


@pytest.mark.parametrize(
    "text",
    [
        # Another initial: someone else of that family.
        "Could you introduce me to Mr Rachid Benali?\nContact: k.benali@benali-expertise.fr",
        "Pourriez-vous me mettre en relation avec Mme Thi Lan Nguyen ?\n"
        "Courriel : tm.nguyen@groupe-veronese.fr",
        # An address spelling no one: the firm's.
        "¿Me podría poner en contacto con el Sr. Rachid Benali?\n"
        "Correo: contacto@benali-expertise.fr",
        # Two people named above: the address is no one's for sure, spelling one or not.
        "Pourriez-vous mettre en relation M. Paul Durand et Mme Anne Martin ?\n"
        "Courriel : direction@durand-martin.fr",
        "Could you put me in touch with Mr Paul Durand or Ms Anne Martin, who\n"
        "share an office? Contact: a.martin@durand-martin.fr",
        # The writer's own address on a line after the one asked for.
        "Could you introduce Mr Rachid Benali to my colleague Tom Hall?\nContact: ann@lee.example",
        # A label after a word is no labelled line.
        "Could you introduce me to Mr Rachid Benali? His old email: r.benali@benali.fr",
    ],
)
def test_an_address_spelling_someone_else_is_not_theirs(text: str) -> None:
    result = understand(text)
    assert not result.confident
    assert all(p is None or not p.email or p.email == _WRITER.email for p in (result.a, result.b))


_VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Lindqvist;Sven;;;\nFN:Sven Lindqvist\n"
    "ORG:Lindqvist Structural AB\nEMAIL;TYPE=INTERNET:sven@lindqvist-struct.se\nEND:VCARD"
)


@pytest.mark.parametrize(
    "text",
    [
        "A client recommended Sven Lindqvist and passed on his card. Would you kindly"
        " introduce us?\n\nAnn\n\n" + _VCARD,
        "Pourriez-vous me présenter à M. Sven Lindqvist ? Sa carte est ci-dessous.\n\n" + _VCARD,
        "Könnten Sie mich mit Herrn Sven Lindqvist bekannt machen? Seine Karte:\n\n" + _VCARD,
    ],
)
def test_a_vcard_gives_its_address_to_the_one_it_names(text: str) -> None:
    result = understand(text)
    assert (result.a, result.b) == (_WRITER, Party("Sven Lindqvist", "sven@lindqvist-struct.se"))
    assert result.confident


@pytest.mark.parametrize(
    "card",
    [
        # Two addresses on the card, or no name (formatted or structured): no one's for sure.
        _VCARD.replace("END:VCARD", "EMAIL;TYPE=HOME:sl@example.se\nEND:VCARD"),
        _VCARD.replace("FN:Sven Lindqvist\n", "").replace("N:Lindqvist;Sven;;;\n", ""),
    ],
)
def test_a_vcard_with_two_addresses_or_no_name_ties_nothing(card: str) -> None:
    result = understand(
        "A client recommended Sven Lindqvist and passed on his card. Would you kindly"
        " introduce us?\n\nAnn\n\n" + card
    )
    assert not result.confident
