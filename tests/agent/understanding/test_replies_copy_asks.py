"""After a yes, a sentence that asks for the writer's assistant to be copied in on the
introduction ("Yes please. Could you copy my EA, Tom Reyes (tom@...), when you make
the intro?") is logistics, not a question of the consent: before the ask only a
question's or a yes's words, between the assistant and the rest of the ask only a name
and an address, after it only copy_tails ("on the intro", "when you make the intro").
A copy ask with a "but", an "if", a "before", a time of its own, a negation or no yes
before it still asks."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

COPIED = [
    "Yes please. Could you copy my EA, Tom Reyes (tom.reyes@ashworthcapital.com), when you"
    " make the intro? He runs my diary.",
    "Yes please. Please cc my assistant Tom (tom@example.com) on the intro.",
    "Happy to! Could you loop my PA in?",
    "Oui volontiers. Pourriez-vous mettre mon assistante en copie quand vous ferez la"
    " présentation ?",
    "Sí, claro. ¿Podrías poner en copia a mi asistente cuando hagas la presentación?",
    "Ja, gerne. Könnten Sie meine Assistentin in Kopie nehmen, wenn Sie uns vorstellen?",
    "Ja, gerne. Bitte nehmen Sie meine Assistentin, Frau Weber, in Kopie.",
    "Sim, claro. Pode copiar a minha assistente quando fizer a apresentação?",
    "Ndiyo. Tafadhali mweke msaidizi wangu kwenye nakala utakapotutambulisha.",
    "Hakuna shida, endelea. Tafadhali mweke msaidizi wangu Wanjiru (wanjiru@example.co.ke)"
    " kwenye nakala (cc) ya utambulisho, yeye ndiye anayepanga ratiba yangu.",
    "Yes, go ahead. Please cc my assistant Jane (jane@example.com) on the intro, she manages"
    " my diary.",
]


@pytest.mark.parametrize("text", COPIED)
def test_an_assistant_copied_in_after_a_yes_keeps_the_yes(text: str) -> None:
    assert classify_text(text) == "yes"


STILL_ASKING = [
    "Yes. Could you copy my EA before you make the intro?",
    "Yes. Could you copy my EA first?",
    "Yes, but could you copy my EA?",
    "Yes, if you copy my EA on the intro.",
    "Yes. Could you copy my EA so she can check whether I want this?",
    "Yes. Could you copy my EA when he's legit?",
    "Yes. Could you copy my EA, Tom, when you make the intro next week?",
    "Yes. Could you copy my EA and hold off on the intro until I'm back?",
    "Yes. Could you hold off on the intro until I'm back?",
    "Could you copy my EA when you make the intro?",
    "Not sure. Could you copy my EA on the intro?",
    "Yes. Please don't copy my EA on the intro.",
    "Yes. Could you not copy my EA?",
    "Yes. Should I copy my EA on the intro?",
    "Yes. Could you copy my EA? Maybe.",
    "Yes, maybe. Could you copy my EA on the intro?",
    "Yes. Could you copy my EA, Tom Reyes, Monday?",
    "Yes. Could you copy my EA Tom if needed?",
    "Oui, mais pourriez-vous mettre mon assistante en copie ?",
    "Oui. Pourriez-vous mettre mon assistante en copie avant la présentation ?",
    "Oui. Pourriez-vous mettre mon assistante en copie s'il est sérieux ?",
    "Ja. Könnten Sie meine Assistentin in Kopie nehmen, wenn er seriös ist?",
    "Ja, aber könnten Sie meine Assistentin in Kopie nehmen?",
    "Sí. ¿Podrías poner en copia a mi asistente antes de presentarnos?",
    "Sim. Pode copiar a minha assistente antes da apresentação?",
    "Ndiyo. Tafadhali mweke msaidizi wangu kwenye nakala kabla ya kututambulisha.",
    "Ndiyo. Tafadhali mweke msaidizi wangu kwenye nakala kabla ya utambulisho.",
    "Ndiyo, lakini msaidizi wangu ndiye anayeamua.",
]


@pytest.mark.parametrize("text", STILL_ASKING)
def test_a_copy_ask_with_a_condition_or_no_yes_still_asks(text: str) -> None:
    assert classify_text(text) == "unclear"


REFUSED = [
    "No. Could you copy my EA on the intro?",
    "Hapana. Tafadhali mweke msaidizi wangu kwenye nakala.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_copy_ask_after_a_refusal_stays_no_or_unclear(text: str) -> None:
    assert classify_text(text) in ("no", "unclear")


# The writer asking to be copied in, an assistant writing for the one asked, is logistics
# as the assistant named is; a condition, a contrast or no yes still asks.
WRITER_COPIED = [
    (
        "I'm writing on behalf of Ngozi Eze. She has asked me to confirm that she would be "
        "glad to be introduced to Ms Weiss.\n\nCould you please copy me when the introduction "
        "goes out so I can coordinate a time?",
        "yes",
    ),
    ("Yes, happy to. Could you please copy me when the introduction goes out?", "yes"),
    ("Ja, gerne. Könnten Sie mich in Kopie nehmen, wenn Sie uns vorstellen?", "yes"),
    ("Yes. Could you copy me before you make the intro?", "unclear"),
    ("Maybe. Could you copy me when the introduction goes out?", "unclear"),
    ("Yes, but could you copy me?", "unclear"),
    ("Yes. Could you copy me if he is legit?", "unclear"),
    ("Yes. Could you copy me so I can check him out first?", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), WRITER_COPIED)
def test_the_writer_asking_to_be_copied_in(text: str, answer: str) -> None:
    assert classify_text(text) == answer
