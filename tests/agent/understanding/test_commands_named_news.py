"""A question whether someone it names answered or said yes, the name opening it and the
verb alone asking (French inversion "Geneviève a-t-elle répondu ?", the Québec
interrogative "tu": "Geneviève a-tu répondu?"), asks how an intro stands as a news
question alone does: in a thread, or beside words telling of waiting for an answer."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Contact au Marché Jean-Talon",
            "Allô, pis? Geneviève a-tu répondu? J'ai pas eu de nouvelles depuis que je t'ai "
            "écrit la semaine passée.",
        ),
        ("Re: Contact", "Bonjour, Geneviève a-t-elle répondu ? Toujours rien de mon côté."),
        ("Re: Contact", "Pis, Marc a-tu accepté? J'attends toujours."),
        ("Re: mise en relation", "Salut! M. Roy a-t-il dit oui? Aucune nouvelle ici."),
    ],
)
def test_whether_someone_named_answered_is_status(subject: str, body: str) -> None:
    result = understand(body, subject=subject)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Outside a thread, nothing about an intro or waiting: news of something else.
        ("question", "Geneviève a-tu répondu? On se voit samedi au marché."),
        # No name with a capital: no one asked after.
        ("question", "le fournisseur a-tu répondu? on se voit samedi."),
        # A new ask beside it is read as one.
        (
            "Re: Contact",
            "Geneviève a-tu répondu? Pis, peux-tu me présenter à Nathalie Côté "
            "(ncote@fondsinnov.qc.ca)?",
        ),
    ],
)
def test_no_thread_no_name_or_a_new_ask_is_no_status(subject: str, body: str) -> None:
    result = understand(body, subject=subject)
    assert result.command != "status"


@pytest.mark.parametrize(
    "body",
    [
        "Il a accepté. Merci !",
        "Geneviève a répondu. Merci !",
        "Ana respondeu, obrigado!",
    ],
)
def test_news_told_is_no_status(body: str) -> None:
    """Said as news, not asked ("Geneviève a répondu"), it asks nothing."""
    result = understand(body, subject="Re: Contact")
    assert result.command != "status"
