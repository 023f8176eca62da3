"""A sentence addressed by name to the one who asked for the introduction, or to someone
copied in, that opens with a shift of topic ("Also Jo, while I have you: ...", "Camille,
autre chose : ...", "Ana, otra cosa: ...", "Jonas, anderes Thema: ...", "Rafa, outro
assunto: ...", "Juma, jambo lingine: ...") sets the rest of its paragraph aside when it
names other business, so what is asked of them there ("Could you check with your accounts
people?") asks nothing of the answer. A stretch that names the introduction, a meeting,
the one asked about, a pronoun, a thing, an answer or a negation, a shift with no
business named, a name the mail does not know, and the paragraphs after it still count."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_reply
from tests.agent.understanding.test_replies_addressed_asides import reply

# The one asked, and the one they are asked about, in every reply below.
SENDER = "Ingrid Solheim <ingrid@example.com>"
OTHER = "Pete Harlow"

SHIFTS = [
    (
        "Yes please, I'd like that.\n\nAlso Jo, while I have you: our Q3 invoice still shows "
        "as unpaid on our side.\nCould you check with your accounts people? No rush at all.",
        "Jo Park",
        "yes",
    ),
    (
        "Yes, happy to.\n\nHannah, on another note: did the contract come through? Could you "
        "check with legal?",
        "Hannah Ortiz",
        "yes",
    ),
    (
        "Avec plaisir.\n\nCamille, autre chose : tu as reçu le devis ? Tu peux vérifier avec "
        "ton comptable ?",
        "Camille Roux",
        "yes",
    ),
    (
        "Sí, encantada.\n\nAna, otra cosa: ¿te llegó la factura? ¿Puedes revisar con contabilidad?",
        "Ana Ruiz",
        "yes",
    ),
    (
        "Ja, gerne.\n\nJonas, anderes Thema: ist die Rechnung angekommen? Kannst du bei der "
        "Buchhaltung nachfragen?",
        "Jonas Weber",
        "yes",
    ),
    (
        "Sim, pode apresentar!\n\nRafa, outro assunto: você viu o contrato? Consegue ver com o "
        "jurídico?",
        "Rafael Lima",
        "yes",
    ),
    (
        "Ndiyo, nitafurahi.\n\nJuma, jambo lingine: umepokea ankara? Unaweza kuangalia na "
        "wahasibu?",
        "Juma Mwangi",
        "yes",
    ),
    (
        "No thanks, not for me.\n\nAlso Jo, while I have you: our Q3 invoice is unpaid. "
        "Could you check?",
        "Jo Park",
        "no",
    ),
    # Still counted: the introduction, a meeting, the one asked about, a pronoun or thing,
    # an answer or a negation in the stretch; no business named; a name the mail does not
    # know; a doubt in a later paragraph.
    (
        "Yes please.\n\nAlso Jo, while I have you: our Q3 invoice is unpaid. Could you check "
        "before the intro?",
        "Jo Park",
        "unclear",
    ),
    (
        "Yes please.\n\nAlso Jo, while I have you: the invoice is unpaid. Could Pete wait a week?",
        "Jo Park",
        "unclear",
    ),
    (
        "Yes please.\n\nAlso Jo, while I have you: the invoice is unpaid. Is he the one "
        "who sent it?",
        "Jo Park",
        "unclear",
    ),
    (
        "Yes please.\n\nAlso Jo, while I have you: the invoice is unpaid, so maybe not yet?",
        "Jo Park",
        "unclear",
    ),
    (
        "Yes please.\n\nAlso Jo, while I have you: could you check with your boss first?",
        "Jo Park",
        "unclear",
    ),
    (
        "Sim, pode apresentar!\n\nRafa, outro assunto: você viu o contrato? Pode ver com o "
        "jurídico?",
        "Rafael Lima",
        "unclear",
    ),
    (
        "Yes please.\n\nAlso Kim, while I have you: our Q3 invoice is unpaid. Could you check?",
        "Jo Park",
        "unclear",
    ),
    (
        "Yes please.\n\nAlso Jo, while I have you: our Q3 invoice is unpaid.\n\nCould you "
        "check with my partner first?",
        "Jo Park",
        "unclear",
    ),
]


@pytest.mark.parametrize(("body", "requester", "answer"), SHIFTS)
def test_a_shift_of_topic_addressed_by_name_sets_its_paragraph_aside(
    body: str, requester: str, answer: str
) -> None:
    assert classify_reply(reply(body, requester, other=OTHER, sender=SENDER)).answer == answer
