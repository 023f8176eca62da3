"""A shared mailbox's mail signed by a person: the requester is the one who signs."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_model import RequestResult
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(sender: str, body: str) -> RequestResult:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"Intro Agent <{AGENT}>"
    message["Subject"] = "Introduction"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


@pytest.mark.parametrize(
    ("sender", "body", "signer"),
    [
        (
            "GreenLoop Partnerships <partnerships@greenloop.example>",
            "Hello,\n\nCould you introduce me to Omar Haddad (omar@tide.example)? We'd like to"
            " explore compostable mailers.\n\nKind regards,\n\nAmara Osei\nPartnerships Lead",
            "Amara Osei",
        ),
        (
            "Einkauf Holzbau Schmid <einkauf@holzbau.example>",
            "Hallo,\n\nkönnten Sie mich mit Ole Hansen (ole@nordholz.example) bekannt machen?"
            "\n\nViele Grüße\nMartin Schmid\nEinkauf · Holzbau Schmid GmbH",
            "Martin Schmid",
        ),
        (
            "Service Client <contact@boulangerie.example>",
            "Bonjour,\n\nPourriez-vous me présenter à Paul Girard (paul@girard.example) ?"
            "\n\nCordialement,\nClaire Martin",
            "Claire Martin",
        ),
        (
            "Compras Norte <compras@norte.example>",
            "Hola,\n\n¿Me podrías presentar a Ana Ruiz (ana@ruiz.example)?\n\nSaludos,\nLuis Pérez",
            "Luis Pérez",
        ),
        (
            "Compras Norte <compras@norte.example>",
            "Olá,\n\nPode me apresentar à Ana Lima (ana@lima.example)?\n\nAbraços,\nJoão Silva",
            "João Silva",
        ),
        (
            "Mauzo Kilitech <mauzo@kilitech.example>",
            "Habari,\n\nNaomba unitambulishe kwa Juma Mrisho (juma@mrisho.example).\n\nAsante,"
            "\nNeema Mushi",
            "Neema Mushi",
        ),
    ],
)
def test_the_one_who_signs_a_shared_mailboxs_mail_is_the_requester(
    sender: str, body: str, signer: str
) -> None:
    result = understand(sender, body)
    assert result.kind == "intro_request"
    assert result.requester is not None
    assert result.requester.name == signer
    assert result.requester.email == sender.split("<")[1].rstrip(">")
    assert signer in {p.name for p in (result.a, result.b) if p}


@pytest.mark.parametrize(
    ("sender", "closing"),
    [
        # The mailbox signs as a team or a company: no one's name.
        ("Acme Sales <sales@acme.example>", "Best regards,\nAcme Sales Team"),
        ("Acme Sales <sales@acme.example>", "Best regards,\nAcme Holdings"),
        ("Acme Sales <sales@acme.example>", "Best regards,\nAcme Sales"),
        # A person's own address: the name the header gives stays.
        ("Jane Doe <jane@acme.example>", "Best regards,\nMary Smith"),
    ],
)
def test_a_mailbox_signed_by_no_person_or_a_persons_address_keeps_its_name(
    sender: str, closing: str
) -> None:
    body = f"Hi,\n\nCould you introduce me to Bob Ray (bob@ray.example)?\n\n{closing}"
    result = understand(sender, body)
    assert result.requester is not None
    assert result.requester.name == sender.split(" <")[0]


def test_a_name_after_a_greeting_is_no_signature() -> None:
    result = understand(
        "Acme Sales <sales@acme.example>",
        "Hi,\nBob Ray\n\nCould you introduce me to Carol Diaz (carol@diaz.example)?",
    )
    assert result.requester is not None
    assert result.requester.name == "Acme Sales"


@pytest.mark.parametrize(
    ("sender", "body", "signer"),
    [
        (
            "Asistencia Dirección FICO <asistencia.direccion@fico.example>",
            "Buenas tardes:\n\nLa Lic. Patricia Orozco (patricia@fico.example) quisiera que le"
            " presentaran al Mtro. Wilber Quispe (wquispe@filmoteca.example).\n\nSaludos"
            " cordiales,\n\nXimena Ruvalcaba\nAsistente de Dirección",
            "Ximena Ruvalcaba",
        ),
        (
            "Office of the Director <assistant.director@acme.example>",
            "Hello,\n\nCould you introduce Ann Lee (ann@acme.example) to Bob Ray"
            " (bob@ray.example)?\n\nKind regards,\n\nJoanna Pike\nExecutive Assistant",
            "Joanna Pike",
        ),
        (
            "Assistante de direction <assistante.direction@acme.example>",
            "Bonjour,\n\nPourriez-vous présenter Anne Roy (anne@acme.example) à Paul Girard"
            " (paul@girard.example) ?\n\nCordialement,\nClaire Martin",
            "Claire Martin",
        ),
        (
            "Sekretariat Leitung <sekretariat.leitung@acme.example>",
            "Hallo,\n\nkönnten Sie Frau Anna Roth (anna@acme.example) mit Ole Hansen"
            " (ole@nordholz.example) bekannt machen?\n\nViele Grüße\nMartina Schmid",
            "Martina Schmid",
        ),
        (
            "Assistente Diretoria <assistente.diretoria@acme.example>",
            "Olá,\n\nPode apresentar a Ana Lima (ana@acme.example) ao Rui Costa"
            " (rui@costa.example)?\n\nAbraços,\nJoão Silva",
            "João Silva",
        ),
        (
            "Msaidizi Mkurugenzi <msaidizi.mkurugenzi@kilitech.example>",
            "Habari,\n\nNaomba umtambulishe Amina Said (amina@kilitech.example) kwa Juma Mrisho"
            " (juma@mrisho.example).\n\nAsante,\nNeema Mushi",
            "Neema Mushi",
        ),
    ],
)
def test_a_mailbox_whose_local_part_is_made_of_mailbox_words_is_its_signers(
    sender: str, body: str, signer: str
) -> None:
    result = understand(sender, body)
    assert result.kind == "intro_request"
    assert result.requester is not None
    assert result.requester.name == signer


def test_a_persons_address_of_two_pieces_keeps_the_headers_name() -> None:
    # "ana.direccion@" holds a first name: no desk's mailbox, the name shown stays.
    result = understand(
        "Ana Dirección <ana.direccion@acme.example>",
        "Hola,\n\n¿Me podrías presentar a Luis Pérez (luis@perez.example)?\n\nSaludos,\nMarta Gil",
    )
    assert result.requester is not None
    assert result.requester.name == "Ana Dirección"
