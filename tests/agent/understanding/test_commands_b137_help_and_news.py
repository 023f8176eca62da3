"""A Swahili mail that does not know how the agent works and asks what to do to be
introduced ("sijui inafanyaje kazi. Nifanye nini ili nitambulishwe kwa mtu? Nikituma
jina tu inatosha ...?") asks for help; a German news question softened by "schon"
("gibt's schon was Neues wegen der Bettina und dem Lukas?") asks how the intro stands,
as it does without it."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "Habari yako,\n\nRafiki yangu ameniambia kuwa hii address inasaidia kuunganisha watu,"
        " lakini sijui inafanyaje kazi. Nifanye nini ili nitambulishwe kwa mtu?\n\nAsante",
        "Habari, nikituma jina tu inatosha ama lazima niweke email yake?",
        "Habari, nifanye nini ili niunganishwe na mtu?",
    ],
)
def test_swahili_how_to_be_introduced_asks_for_help(body: str) -> None:
    result = understand(body)
    assert result.kind == "command"
    assert result.command == "help"


@pytest.mark.parametrize(
    "body",
    [
        "Grüß Gott,\n\ngibt's schon was Neues wegen der Bettina und dem Lukas? Ich hab noch nix"
        " gehört.\n\nLG Lisi",
        "Hallo,\n\ngibt es schon Neuigkeiten? Danke!\n\nLisi",
    ],
)
def test_german_news_question_with_schon_asks_status(body: str) -> None:
    result = understand(body, subject="Re: Bitte ums Bekanntmachen")
    assert result.kind == "command"
    assert result.command == "status"
