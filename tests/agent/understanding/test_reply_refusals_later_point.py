"""Contact welcome at a later point that opens its sentence, after a refusal: "I'm afraid
it's a no while the tender runs. Once the contract is signed I'd be happy for her to
write to me, and I'll gladly tell her how we plan." refuses now; every yes of that
sentence waits for the later point (reply_refusals._later_contact_allowed). With no
refusal before it, with no channel named, or with "once" telling of the past, it reads
as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer

CASES = [
    (
        "I'm afraid it's a no while the tender runs. Once the contract is signed I'd be happy"
        " for her to write to me, and I'll gladly tell her how we plan.",
        "no",
    ),
    ("No for the moment, sorry. Once the audit is over, I'd be glad to hear from him.", "no"),
    (
        "Por ahora es que no, lo siento. Una vez que termine la auditoría, con mucho gusto"
        " puede llamarme.",
        "no",
    ),
    (
        "Por agora não, desculpe. Assim que a auditoria acabar, com todo o gosto que me escreva.",
        "no",
    ),
    (
        "Pour le moment c'est non, désolé. Une fois que l'audit sera terminé, il pourra"
        " volontiers m'écrire.",
        "no",
    ),
    ("Im Moment leider nein. Sobald die Prüfung vorbei ist, kann er mir gern schreiben.", "no"),
]

NEAR_MISSES = [
    # No refusal before it: a yes waiting for a later point.
    ("Yes. Once the audit is over, I'd be glad to hear from him.", "unclear"),
    # No channel named: a meeting put off, not contact left open.
    ("No for the moment, sorry. Once the audit is over, I'd be glad to meet him.", "unclear"),
    # "Once," closing its clause tells of the past.
    ("No, sorry. Once, I'd have been glad to hear from him by email.", "unclear"),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_later_point_opening_the_sentence(text: str, expected: str) -> None:
    assert read_answer(text)[0] == expected
