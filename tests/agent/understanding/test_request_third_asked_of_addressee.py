"""An ask put to the one a mail is written to, the agent only copied, for the writer and
someone spoken of as a third person ("Hallo Inês, könntest du ihn mir direkt
vorstellen?"), or for the writer alone ("Hi Ines, could you introduce me?"): the one
written to is asked to introduce, and is never a party."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party, RequestResult
from agent.understanding.requests import understand_request
from tests.agent.understanding.shared_inputs import plain_mail

AGENT = "intro@introbot.net"
INES = "Inês Carvalho <ines@valeescuro.pt>"
WRITER = Party("Joan Sanchis", "joan@coop.example.es")
OLIVER = Party("Oliver Grant", "oliver@grant.example")


def understand(body: str, *, to: str = INES, cc: str | None = AGENT) -> RequestResult:
    mail = plain_mail(
        body + "\n\nJoan", "Joan Sanchis <joan@coop.example.es>", to, "Re: Oliver", cc
    )
    return understand_request(mail, AGENT)


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Inês,\n\nkönntest du ihn mir direkt vorstellen? Ich meine Oliver, euren "
        "Importeur in London.",
        "Hallo Inês,\n\nKönntest du ihn mir direkt vorstellen?",
        "Hallo Inês,\n\nKönntest du ihn uns direkt vorstellen?",
        "Hallo Inês,\n\nKönntest du sie mir vorstellen?",
        "Hallo Inês,\n\nKönntest du die mir vorstellen?",
        "Hallo Inês,\n\nKönntest du mich ihr vorstellen?",
        "Hallo Inês,\n\nKönnten Sie mich ihr vorstellen?",
        "Hi Ines,\n\nCould you introduce him to me directly?",
        "Hi Ines,\n\nCould you introduce her to me?",
        "Hi Ines,\n\nCould you introduce me to him? I mean Oliver, your importer in London.",
        "Bonjour Inês,\n\nPourrais-tu me le présenter directement ?",
        "Bonjour Inês,\n\nPourrais-tu me la présenter ? Je parle d'Anna, ton importatrice.",
        "Hola Inês,\n\n¿Me lo presentas?",
        "Hola Inês,\n\n¿Me lo puedes presentar directamente? Me refiero a Oliver, tu importador.",
        "Olá Inês,\n\nPodes apresentar-mo?",
        "Olá Inês,\n\nPodes mo apresentar diretamente? Refiro-me ao Oliver, o vosso importador.",
        "Habari Inês,\n\nUnaweza kunitambulisha kwake?",
        "Habari Inês,\n\nUnaweza kunitambulisha kwake? Namaanisha Oliver, mwagizaji wenu.",
    ],
)
def test_the_one_asked_is_never_the_one_to_meet(body: str) -> None:
    result = understand(body)
    parties = {p for p in (result.a, result.b) if p is not None}
    assert not (result.confident and Party("Inês Carvalho", "ines@valeescuro.pt") in parties)


@pytest.mark.parametrize(
    "body",
    [
        "Inês, könntest du mich Oliver Grant (oliver@grant.example) vorstellen?",
        "Könntest du mir Oliver Grant (oliver@grant.example) vorstellen?",
        "Hallo Inês,\n\nich setze meinen Intro-Agenten in Kopie. Könnten Sie mich Oliver "
        "Grant (oliver@grant.example) vorstellen?",
    ],
)
def test_one_named_with_an_address_is_still_the_one_to_meet(body: str) -> None:
    result = understand(body)
    assert result.confident
    assert {result.a, result.b} == {WRITER, OLIVER}


@pytest.mark.parametrize(
    "body",
    [
        "Hallo,\n\nOliver ist in Kopie. Könntest du mich ihm vorstellen?",
        "Hi,\n\nOliver is copied. Could you introduce me to him?",
    ],
)
def test_him_copied_on_a_mail_to_the_agent_is_still_him(body: str) -> None:
    result = understand(body, to=AGENT, cc="Oliver Grant <oliver@grant.example>")
    assert result.confident
    assert {result.a, result.b} == {WRITER, OLIVER}


def test_a_plain_intro_of_the_one_written_to_stays() -> None:
    result = understand(
        "Inês, darf ich dir Oliver vorstellen?", cc=f"{AGENT}, Oliver Grant <oliver@grant.example>"
    )
    assert result.confident
    assert {result.a, result.b} == {Party("Inês Carvalho", "ines@valeescuro.pt"), OLIVER}


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Inês,\n\nKönntest du ihn mir direkt vorstellen?",
        "Hi Ines,\n\nCould you introduce him to me directly?",
        "Olá Inês,\n\nPodes mo apresentar diretamente? Refiro-me ao Oliver.",
    ],
)
def test_the_one_greeted_is_asked_with_the_agent_on_to_beside_them(body: str) -> None:
    result = understand(body, to=f"{INES}, {AGENT}", cc=None)
    parties = {p for p in (result.a, result.b) if p is not None}
    assert not (result.confident and Party("Inês Carvalho", "ines@valeescuro.pt") in parties)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ines,\n\nCould you introduce me?",
        "Bonjour Inês,\n\nPourrais-tu me présenter ?",
        "Hola Inês,\n\n¿Me puedes presentar?",
        "Olá Inês,\n\nPodes apresentar-me?",
        "Habari Inês,\n\nUnaweza kunitambulisha?",
        "Hallo Inês,\n\nKönntest du mich vorstellen?",
    ],
)
def test_the_one_asked_to_present_the_writer_is_no_party(body: str) -> None:
    result = understand(body)
    parties = {p for p in (result.a, result.b) if p is not None}
    assert not (result.confident and Party("Inês Carvalho", "ines@valeescuro.pt") in parties)


def test_a_wish_to_meet_the_one_written_to_still_pairs_them() -> None:
    result = understand(
        "Hi Ines,\n\nI'd love to meet you. My intro agent is copied, it will ask you first."
    )
    assert result.confident
    assert {result.a, result.b} == {WRITER, Party("Inês Carvalho", "ines@valeescuro.pt")}
