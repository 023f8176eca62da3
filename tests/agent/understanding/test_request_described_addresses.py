"""A description between a name and its address leaves the address theirs: "Mr Olusegun
Adeyemi, Minister-Counsellor (Trade) (o.adeyemi@...)", "Ms Hanne Kjær, Director of
International Affairs at the Danish Chamber of Commerce (hkj@...)", when the address
spells their name or the description opens on a job title. A description holding a
conjunction, a relative clause, someone named after a title or spelled by the address,
or ending on a shared mailbox, leaves the address to no one certain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Could you introduce me to Hanne Kjær, Director of International Affairs at the"
            " Danish Chamber of Commerce (hkj@danskerhverv.example)?",
            Party("Hanne Kjær", "hkj@danskerhverv.example"),
        ),
        (
            "Could you introduce me to Olusegun Adeyemi, Minister-Counsellor (Trade)"
            " (o.adeyemi@highcom.example)?",
            Party("Olusegun Adeyemi", "o.adeyemi@highcom.example"),
        ),
        (
            "Pourriez-vous me présenter à Claire Dubois, associée du cabinet Lumen Avocats"
            " (c.dubois@lumen.example) ?",
            Party("Claire Dubois", "c.dubois@lumen.example"),
        ),
        (
            "¿Podría presentarme a Mercedes Quiroga Sanz, socia del área de Competencia de"
            " Quiroga & Asociados (mquiroga@quirogaasociados.example)?",
            Party("Mercedes Quiroga Sanz", "mquiroga@quirogaasociados.example"),
        ),
        (
            "Könnten Sie mich mit Matthias Brenner, Partner bei Brenner Steuerberatung in"
            " Zürich (m.brenner@brenner-steuer.example), bekannt machen?",
            Party("Matthias Brenner", "m.brenner@brenner-steuer.example"),
        ),
        (
            "Poderia me apresentar ao Eduardo Tavares, diretor de Sustentabilidade da"
            " Companhia Siderúrgica (eduardo.tavares@csp.example)?",
            Party("Eduardo Tavares", "eduardo.tavares@csp.example"),
        ),
        (
            "Tafadhali niunganishe na Salim Hamad, mkurugenzi wa Hamad Traders"
            " (s.hamad@hamad.example).",
            Party("Salim Hamad", "s.hamad@hamad.example"),
        ),
    ],
)
def test_an_address_after_a_description(text: str, b: Party) -> None:
    assert confident_b(text) == b


# The address writes the name together ("marcosgil"), or an initial and the surname
# beside another piece ("mgil.fisio"): the place closing the description is no one.
@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Ponme en contacto con Marcos Gil, el fisio de Moratalaz (marcosgil.fisio@gmail.com).",
            Party("Marcos Gil", "marcosgil.fisio@gmail.com"),
        ),
        (
            "Ponme en contacto con Marcos Gil, el fisio de Moratalaz (mgil.fisio@gmail.com).",
            Party("Marcos Gil", "mgil.fisio@gmail.com"),
        ),
        (
            "Please put me in touch with Marcos Gil, the physio from Moratalaz"
            " (marcosgil.physio@gmail.com).",
            Party("Marcos Gil", "marcosgil.physio@gmail.com"),
        ),
        (
            "Põe-me em contacto com o Marcos Gil, o fisio de Moratalaz"
            " (marcosgil.fisio@gmail.com).",
            Party("Marcos Gil", "marcosgil.fisio@gmail.com"),
        ),
        (
            "Niunganishe na Marko Gilo, daktari wa Mombasa (markogilo.fisio@gmail.com).",
            Party("Marko Gilo", "markogilo.fisio@gmail.com"),
        ),
    ],
)
def test_an_address_writing_the_name_together_after_a_description(text: str, b: Party) -> None:
    result = understand(text)
    assert result.b == b
    assert result.confident
    assert result.more == ()


def test_an_address_spelling_no_one_leaves_the_place_unsure() -> None:
    # "info" spells neither Marcos Gil nor Moratalaz: no certain pair.
    result = understand(
        "Ponme en contacto con Marcos Gil, el fisio de Moratalaz (info.fisio@gmail.com)."
    )
    assert not result.confident


def test_both_of_a_pair_described() -> None:
    result = understand(
        "Could you facilitate an introduction between Mr Olusegun Adeyemi,"
        " Minister-Counsellor (Trade) (o.adeyemi@highcom.example), and Ms Hanne Kjær,"
        " Director of International Affairs at the Danish Chamber of Commerce"
        " (hkj@danskerhverv.example)?"
    )
    assert (result.a, result.b) == (
        Party("Olusegun Adeyemi", "o.adeyemi@highcom.example"),
        Party("Hanne Kjær", "hkj@danskerhverv.example"),
    )
    assert result.confident
    assert result.more == ()


@pytest.mark.parametrize(
    "text",
    [
        # Someone else between them: the address is theirs.
        "Could you introduce me to Hanne Kjær, CFO, and Bob Ray (bray@danskerhverv.example)?",
        "Could you introduce me to Hanne Kjær, assistant to Mr Chen (mc@danskerhverv.example)?",
        "Could you introduce me to Hanne Kjær, assistant to Bob Stone"
        " (bstone@danskerhverv.example)?",
        "Could you introduce me to Hanne Kjær, who works with Bob (hkj@danskerhverv.example)?",
        "¿Podría presentarme a Mercedes Quiroga, que trabaja con Ana (ana@qa.example)?",
        "Könnten Sie mich mit Matthias Brenner, Partner und Anna Vogt (av@vogt.example),"
        " bekannt machen?",
        # The firm's address, or a shared mailbox, is no one's.
        "Could you introduce me to Hanne Kjær, head of the Acme Foundation"
        " (acmefoundation@mail.example)?",
        "Could you introduce me to Hanne Kjær, Director at the Danish Chamber of Commerce"
        " (info@danskerhverv.example)?",
        # A description that is no job title, and an address that spells no one of it.
        "Could you introduce me to Hanne Kjær, a friend of the family (hq@danskerhverv.example)?",
    ],
)
def test_an_address_described_for_someone_else(text: str) -> None:
    result = understand(text)
    assert not (result.b is not None and result.b.name == "Hanne Kjær" and result.b.email)
    assert not (
        result.b is not None
        and result.b.name in ("Mercedes Quiroga", "Matthias Brenner")
        and result.b.email
    )


_CLAUSE_ASKS = {
    "en": "Could you connect Marie Lambotte (m.lambotte@aquasol.example) with Cheikh Mbaye,"
    " a mason-trainer in Thiès, who builds ventilated double-pit latrines"
    " (cheikhmbaye.latrines@mail.example)?",
    "fr": "Pourriez-vous mettre en contact Marie Lambotte (m.lambotte@aquasol.example) avec"
    " Cheikh Mbaye, maçon-formateur à Thiès, qui construit des latrines à double fosse"
    " ventilée (cheikhmbaye.latrines@mail.example) ?",
    "es": "¿Podrías poner en contacto a Marie Lambotte (m.lambotte@aquasol.example) con"
    " Cheikh Mbaye, albañil en Thiès, que construye letrinas de doble fosa"
    " ventilada (cheikhmbaye.latrines@mail.example)?",
    "de": "Könnten Sie Marie Lambotte (m.lambotte@aquasol.example) mit Cheikh Mbaye,"
    " Maurer in Thiès, der belüftete Doppelgruben-Latrinen baut"
    " (cheikhmbaye.latrines@mail.example), bekannt machen?",
    "pt": "Poderia pôr a Marie Lambotte (m.lambotte@aquasol.example) em contacto com o"
    " Cheikh Mbaye, pedreiro em Thiès, que constrói latrinas de fossa dupla"
    " ventilada (cheikhmbaye.latrines@mail.example)?",
    "sw": "Tafadhali mkutanishe Marie Lambotte (m.lambotte@aquasol.example) na Cheikh Mbaye,"
    " fundi wa Thiès ambaye anajenga vyoo vya mashimo mawili"
    " (cheikhmbaye.latrines@mail.example).",
}


@pytest.mark.parametrize("lang", sorted(_CLAUSE_ASKS))
def test_an_address_after_a_relative_clause_spelling_the_name_whole_is_theirs(
    lang: str,
) -> None:
    # The address closing a long description, a relative clause in it, spells the one
    # described whole ("cheikhmbaye"): it is theirs.
    result = understand(_CLAUSE_ASKS[lang])
    assert result.kind == "intro_request"
    assert result.a == Party("Marie Lambotte", "m.lambotte@aquasol.example")
    assert result.b == Party("Cheikh Mbaye", "cheikhmbaye.latrines@mail.example")
    assert result.confident
