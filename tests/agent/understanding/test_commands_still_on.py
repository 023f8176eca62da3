"""An ask told of as made before ("I asked you like a week ago to get me in touch with the
folks at Birchwood Lodge") and a question whether it is still going or came to nothing
("Is that still in the works or did it die on the vine?", "¿Sigue en pie?", "Läuft das
noch?") asks how it stands, not for the intro again."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "text",
    [
        "Hey, I asked you like a week ago to get me in touch with the folks at Birchwood Lodge."
        " Haven't heard a peep from anybody. Is that still in the works or did it die on the"
        " vine?\n\n-Pete",
        "I asked you to introduce me to Sam Ruiz last week. Any movement on that?",
        "Last month I asked you to connect me with the buyer at Greenleaf. Is it still on?",
        "Je vous ai demandé la semaine dernière de me présenter à Karim. C'est toujours en cours ?",
        "Te pedí hace unos días que me presentaras a Lucía Gómez. ¿Sigue en pie?",
        "Ich hatte Sie gebeten, mich Frau Keller vorzustellen. Läuft das noch?",
        "Pedi-lhe que me apresentasse ao João. Ainda está de pé?",
        "Nilikuomba unitambulishe kwa Otieno wiki iliyopita. Bado inaendelea?",
        # Whether it is still going, or the one asked for said no.
        "I asked you on Monday to put me in touch with Naomi Kline and haven't seen anything"
        " since. Is it still going, or did she say no?",
        "Je vous ai demandé lundi de me mettre en contact avec Naomi Kline. A-t-elle dit non ?",
        "Te pedí el lunes que me presentaras a Naomi Kline. ¿Sigue en marcha?",
        "Ich hatte Sie gebeten, mich Frau Kline vorzustellen. Hat sie nein gesagt?",
        "Pedi-lhe que me apresentasse à Naomi Kline. Ela disse que não?",
        "Nilikuomba unitambulishe kwa Naomi Kline wiki iliyopita. Je amekataa?",
    ],
)
def test_whether_an_ask_told_of_is_still_going_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A new ask beside the question: the mail asks for an intro.
        "I asked you to introduce me to Sam Ruiz last week. Is it still on? Could you also"
        " get me in touch with Carol Diaz (carol@diaz.example)?",
        # No ask told of: the question is about something else.
        "I asked Maria about the offsite. Is that still in the works?",
        "Ich habe Frau Keller gefragt. Läuft das noch?",
        "I asked Maria to the offsite. Did she say no?",
        "I asked you on Monday to put me in touch with Naomi Kline. Did she say no? Either way,"
        " please also introduce me to Carol Diaz (carol@diaz.example).",
    ],
)
def test_still_going_beside_a_new_ask_or_no_ask_told_of_is_no_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "status"


def test_get_me_in_touch_asks_for_an_intro() -> None:
    """ "Get me in touch with" is an ask verb: beside a status opening, it asks anew."""
    text = "Any news? Also, could you get me in touch with Carol Diaz?"
    found = detect_command("", text, in_reply_to=False)
    assert found is None
