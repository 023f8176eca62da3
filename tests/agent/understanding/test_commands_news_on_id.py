"""A news question followed by an intro id, a word or two between them ("Gibt es schon was
Neues bei #3f9a2b (Herr Wagner / Frau Becker)?"), asks how that intro stands, whatever
names follow the id and outside a thread too; beside a new ask, or without an id, it is
read as before."""

from __future__ import annotations

import pytest

from agent.understanding.commands import bare_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag,\n\ngibt es schon was neues bei #3f9a2b (Herr Wagner / Frau Becker)? Herr "
        "Wagner hat mich heute angerufen und gefragt ob Frau Becker sich schon gemeldet hat.",
        "Bonjour, des nouvelles à propos de #3f9a2b (M. Wagner / Mme Becker) ? M. Wagner "
        "m'a appelé ce matin.",
        "Hola, ¿hay novedades sobre #3f9a2b (Sr. Wagner / Sra. Becker)? El Sr. Wagner me "
        "llamó hoy.",
        "Olá, alguma novidade sobre o #3f9a2b (Sr. Wagner / Sra. Becker)? O Sr. Wagner me "
        "ligou hoje.",
        "Habari, kuna habari kuhusu #3f9a2b (Bw. Wagner / Bi. Becker)? Bw. Wagner amenipigia "
        "simu leo.",
    ],
)
def test_a_news_question_on_an_id_is_status(text: str) -> None:
    assert bare_command(text, False) == "status"
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"
    assert result.context == "#3f9a2b"


@pytest.mark.parametrize(
    "text",
    [
        # Too many words between the question and the id: no question about it.
        "Gibt es was Neues bei der Firma, die Sie mit #3f9a2b gemeint haben?",
        # A new ask beside it is read as one.
        "Any news on #3f9a2b? Also, could you introduce me to Carol Diaz?",
        # No id: a news question opening a mail outside a thread names nothing.
        "Gibt es schon was Neues bei Herrn Wagner? Wir haben heute Sommerfest.",
    ],
)
def test_no_id_or_a_new_ask_is_no_status_on_an_id(text: str) -> None:
    assert bare_command(text, False) is None
