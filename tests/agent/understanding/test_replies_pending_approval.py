"""A refusal waiting on someone's approval ("I can't actually agree until I've got
sign-off", "tant que mon directeur n'a pas donné son feu vert", "hasta que mi jefa dé el
visto bueno", "bis mein Chef sein OK gibt", "até que o meu chefe dê o sinal verde",
"mpaka nipate idhini ya bosi") is not yet an answer: unclear, and a yes beside it never
stands. Put off to a time or to the writer's own work it refuses for now, as before.

So does a refusal "without" an approval, with the writer's promise to report back after
it ("I cannot agree without the board's approval; I'll let you know"); without the
promise the approval is the refusal's reason, and a plain refusal stays one."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

CASES = [
    (
        "So: in principle yes, but I can't actually agree until I've got sign-off. I'll raise "
        "it on Monday. Please don't pass my details on in the meantime.",
        "unclear",
    ),
    ("I can't until I've got my boss's approval.", "unclear"),
    ("Je ne peux pas accepter tant que mon directeur n'a pas donné son feu vert.", "unclear"),
    ("No puedo aceptar hasta que mi jefa dé el visto bueno.", "unclear"),
    ("Ich kann nicht zusagen, bis mein Chef sein OK gibt.", "unclear"),
    ("Não posso aceitar até que o meu chefe dê o sinal verde.", "unclear"),
    ("Siwezi kukubali mpaka nipate idhini ya bosi.", "unclear"),
    ("Yes, but I can't confirm until I've got sign-off.", "unclear"),
    # Put off to a time, or to the writer's own work: no, as before.
    ("Yes, but I can't until next year.", "no"),
    ("No, not until January.", "no"),
    ("Ich kann nicht, bis Januar.", "no"),
    ("Would have loved to, but I can't take on anything new until our record is mixed.", "no"),
]


WITHOUT_CASES = [
    ("I cannot agree without the board's approval; I'll let you know.", "unclear"),
    (
        "I have no problem with him personally, but as chair I cannot agree to talks "
        "without the committee's approval. We meet on the 14th, I'll put it on the agenda "
        "and let you know.",
        "unclear",
    ),
    ("I can't agree to this without my manager's permission. I'll get back to you.", "unclear"),
    ("Je ne peux pas accepter sans l'accord du comité. Je vous tiens au courant.", "unclear"),
    ("No puedo aceptar sin la aprobación de la junta. Te aviso.", "unclear"),
    ("Ich kann nicht zusagen ohne die Zustimmung des Vorstands. Ich melde mich.", "unclear"),
    ("Não posso aceitar sem a aprovação da diretoria. Eu te aviso.", "unclear"),
    (
        "Mimi binafsi sina tatizo naye, lakini kama mwenyekiti siwezi kukubali mazungumzo "
        "bila idhini ya kamati. Nitaliweka kwenye ajenda na nitakujulisha uamuzi.",
        "unclear",
    ),
    # No promise to report back: the approval is the refusal's reason.
    ("I cannot agree without the board's approval.", "no"),
    ("No puedo aceptar sin la aprobación de la junta.", "no"),
    ("Siwezi kukubali bila idhini ya kamati.", "no"),
    # A plain refusal stays one, a promise after it or not.
    ("No, I don't give my email to anyone.", "no"),
    ("No, I don't give my email to anyone. I'll let you know if that changes.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), WITHOUT_CASES)
def test_a_refusal_without_approval_then_a_promise_to_report_back_waits(
    text: str, answer: str
) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), CASES)
def test_a_refusal_pending_approval_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
