"""An office or firm asking in the third person of itself ("Ofisi ya Mkurugenzi ...
inaomba umtambulishe Mkurugenzi, Dkt. ...", "Kampuni yetu inaomba ...") pleads as
"Tunaomba" does, as English "The Office of the Director requests that you introduce ..."
does; someone else's ask ("Mama Neema anaomba umtambulishe ...") is never certain."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_A = "Amour Hamad (amour.hamad@makumbushoznz.go.tz)"
_B = "Ingrid Halvorsen (ingrid.halvorsen@bergenmaritime.no)"


@pytest.mark.parametrize(
    "body",
    [
        f"Ndugu,\n\nOfisi ya Mkurugenzi wa Makumbusho ya Mji Mkongwe inaomba umtambulishe"
        f" Mkurugenzi, Dkt. {_A}, kwa Prof. {_B}.\n\nTunashukuru.",
        f"Ndugu,\n\nKampuni yetu inaomba umtambulishe Meneja, Bw. {_A}, kwa Bi. {_B}.",
        f"Ndugu,\n\nTunaomba umtambulishe Mkurugenzi, Dkt. {_A}, kwa Prof. {_B}.",
        f"Dear all,\n\nThe Office of the Director requests that you introduce the Director, Dr."
        f" {_A}, to Prof. {_B}.",
    ],
)
def test_an_office_pleading_of_itself_asks(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.a == Party("Amour Hamad", "amour.hamad@makumbushoznz.go.tz")
    assert result.b == Party("Ingrid Halvorsen", "ingrid.halvorsen@bergenmaritime.no")
    assert result.confident


def test_someone_elses_ask_is_not_certain() -> None:
    result = understand(f"Ndugu,\n\nMama Neema anaomba umtambulishe kwa {_B}.")
    assert not result.confident
