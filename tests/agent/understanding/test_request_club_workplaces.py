"""A sports club after the one named, by its initials ("vom SV Werder", "du FC Nantes",
"de la UD Almería", "do SC Braga") or closing on them ("from Leyton Orient FC", "wa Azam
FC"), is where they play or coach: no part of their name, never the one asked for, and an
address in brackets after it is theirs. English "at" and "of" lead to a club or a firm as
"from" does ("at the Riverside Boxing Club", "of Hillside Farm"). A run holding a first
name ("from Kyoto Anna Institute") or no firm's word ("from Leyton Orient", "of Glasgow", "at Acme")
leads to none, and the reading stays as it was."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import confident_b, understand


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Könnten Sie mich mit Frau Jana Wölfel vom SV Werder (jw.handball@gmail.com)"
            " bekannt machen? Meine Tochter sucht eine Trainerin.",
            Party("Jana Wölfel", "jw.handball@gmail.com"),
        ),
        (
            "Könnten Sie mich mit Piotr Nowak beim TuS Eichenau (pn.tus@web.example)"
            " bekannt machen? Mein Sohn will Fußball spielen.",
            Party("Piotr Nowak", "pn.tus@web.example"),
        ),
        (
            "Pourriez-vous me présenter à Karim Benali du FC Nantes (kb.foot44@gmail.com) ?"
            " Mon fils cherche un club.",
            Party("Karim Benali", "kb.foot44@gmail.com"),
        ),
        (
            "¿Podrías presentarme a Javier Ruiz de la UD Almería (jr.cantera@gmail.com)?"
            " Mi hijo busca equipo.",
            Party("Javier Ruiz", "jr.cantera@gmail.com"),
        ),
        (
            "¿Podrías presentarme a Javier Ruiz del Valencia CF (jr.cantera@gmail.com)?"
            " Mi hijo busca equipo.",
            Party("Javier Ruiz", "jr.cantera@gmail.com"),
        ),
        (
            "Pode apresentar-me ao Rui Ferreira do SC Braga (rf.formacao@gmail.com)?"
            " O meu filho quer jogar.",
            Party("Rui Ferreira", "rf.formacao@gmail.com"),
        ),
        (
            "Naomba unitambulishe kwa Bw. Hamisi Mwinyi wa Azam FC (hm.vijana@gmail.com)."
            " Mwanangu anataka kujiunga.",
            Party("Hamisi Mwinyi", "hm.vijana@gmail.com"),
        ),
        (
            "Could you introduce me to Gary Stone from Leyton Orient FC (gs.academy@gmail.com)?"
            " My lad wants a trial.",
            Party("Gary Stone", "gs.academy@gmail.com"),
        ),
        (
            "Could you introduce me to Sam Carter at the Riverside Boxing Club"
            " (riversidebc@gmail.com)? I'd like private lessons.",
            Party("Sam Carter", "riversidebc@gmail.com"),
        ),
        (
            "Could you introduce me to Sam Carter of Hillside Farm (hillsidefarm@gmail.com)?"
            " I need hay for my horses.",
            Party("Sam Carter", "hillsidefarm@gmail.com"),
        ),
    ],
)
def test_a_club_after_the_name_is_where_one_plays_or_coaches(text: str, b: Party) -> None:
    assert confident_b(text) == b


@pytest.mark.parametrize(
    "text",
    [
        "Could you introduce me to Gary Stone from Leyton Orient (gs.academy@gmail.com)?",
        "Could you introduce me to Sam Carter at the Anna Freud Centre (sc.1978@gmail.com)?",
        "Could you introduce me to Mia Tran at Acme (rk1978@gmail.com)?",
    ],
)
def test_a_run_without_a_firms_word_or_with_a_first_name_stays_unsure(text: str) -> None:
    result = understand(text)
    assert result.b is not None
    assert result.b.email is None
    assert not result.confident


@pytest.mark.parametrize(
    ("text", "b"),
    [
        (
            "Could you introduce me to Mia Tran of Glasgow (mia.tran@gmail.com)?",
            Party("Mia Tran", "mia.tran@gmail.com"),
        ),
        (
            "Ich suche einen Trainer für meinen Sohn. Könnten Sie mich mit Stefan Huber"
            " (s.huber@gmail.com) bekannt machen?",
            Party("Stefan Huber", "s.huber@gmail.com"),
        ),
    ],
)
def test_readings_without_a_club_are_kept(text: str, b: Party) -> None:
    result = understand(text)
    assert result.b == b
    assert result.confident
