"""A mail telling of an intro asked for before may ask how it stands indirectly ("Darf
ich nachfragen, ob Herr Albrecht sich bereits zurückgemeldet hat?", "May I ask whether
Mr Albright has replied yet?"): status, as the question put directly is. A bracketed
aside after the name asked for ("(Bürgerstiftung Klimaschutz)") takes none of the words
an intro noun may stand from the ask told after it. Without an ask told, the question
asks nothing of the agent."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command, told_ask_status

STATUS = [
    "Sehr geehrte Damen und Herren,\n\nmit E-Mail vom 6. November hatte ich im Auftrag von"
    " Frau Dr. Lange um eine Vorstellung bei Herrn Jochen Albers (Bürgerstiftung Klimaschutz"
    " Nordland) gebeten.\n\nDarf ich nachfragen, ob Herr Albers sich bereits zurückgemeldet"
    " hat? Frau Dr. Lange würde das Thema gerne im Dezember ansprechen.\n\nMit freundlichen"
    " Grüßen",
    "Sehr geehrte Damen und Herren,\n\nich hatte Sie letzte Woche um eine Vorstellung bei"
    " Herrn Jochen Albers gebeten. Wissen Sie, ob Herr Albers sich schon gemeldet hat?\n\n"
    "Mit freundlichen Grüßen",
    "Dear Sir or Madam,\n\nLast week I asked you to introduce our mayor to Mr John Albright"
    " (Climate Trust). Do you know if Mr Albright has replied yet? The mayor would like to"
    " raise it in December.\n\nKind regards",
]


@pytest.mark.parametrize("text", STATUS)
def test_an_indirect_question_after_a_told_ask_is_status(text: str) -> None:
    assert told_ask_status(text) == "status"
    found = detect_command("Nachfrage", text, in_reply_to=False)
    assert found is not None and found.command == "status"


def test_without_a_told_ask_an_indirect_question_is_no_status() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\nunser Verein plant im Dezember eine Sitzung zum"
        " Klimaschutz. Darf ich nachfragen, ob Herr Albers sich bereits zurückgemeldet hat?"
        " Wir wollen die Einladungen bald verschicken.\n\nMit freundlichen Grüßen"
    )
    assert told_ask_status(text) is None
