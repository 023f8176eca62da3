"""The period of a title before a name ends no sentence where a command is read by its
structure either: "ombi langu la kutambulishwa kwa Bi. Neema Kimaro limefikia wapi?" asks
how the writer's request stands as "... kwa Neema Kimaro limefikia wapi?" does, and so do
"meine Anfrage zur Vorstellung bei Hr. Jens Wagner, wie steht es damit?" and "mi solicitud
de presentación a la Sra. Neema Kimaro"; beside a new ask it asks nothing."""

from __future__ import annotations

from tests.agent.understanding.test_requests import understand


def test_a_titled_name_in_the_status_of_an_own_request() -> None:
    # "Bi." before the name ends no sentence: the status is read across it.
    for body in (
        "Habari,\n\nNaomba kujua ombi langu la kutambulishwa kwa Bi. Neema Kimaro limefikia"
        " wapi? Sijapokea jibu lolote tangu wiki iliyopita.\n\nAsante,\nZawadi",
        "Habari, ombi langu la utambulisho kwa Bw. Juma Ali limefikia wapi?",
        "Hallo, meine Anfrage zur Vorstellung bei Hr. Jens Wagner, wie steht es damit?",
        "Hola, ¿en qué estado está mi solicitud de presentación a la Sra. Neema Kimaro?",
    ):
        result = understand(body, subject="Ombi langu")
        assert result.kind == "command"
        assert result.command == "status"


def test_a_titled_name_and_a_new_ask_is_no_status() -> None:
    result = understand(
        "Habari, ombi langu la kutambulishwa kwa Bi. Neema Kimaro limefikia wapi? Pia naomba"
        " unitambulishe kwa Bw. Juma Ali (juma@ali.example).",
        subject="Ombi langu",
    )
    assert result.command != "status"
