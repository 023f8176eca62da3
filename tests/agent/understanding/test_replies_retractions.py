"""A correction of an earlier answer: what follows it answers, never the earlier yes
it names."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Please disregard the yes I sent this morning. Our procurement office has reminded"
            " me I can't meet with vendors during an open tender, so the answer has to be no.",
            "no",
        ),
        ("Ignore my earlier yes, sorry: the answer is no.", "no"),
        ("Disregard my earlier no. Yes, please introduce us.", "yes"),
        ("Oubliez mon précédent message : finalement, je ne suis pas intéressée.", "no"),
        ("Olvida mi respuesta anterior, no me interesa.", "no"),
        ("Vergessen Sie meine letzte Antwort: ich habe leider keine Zeit.", "no"),
        ("Vergiss meine letzte Nachricht, ja, gerne!", "yes"),
        ("Desconsidere a resposta anterior: não tenho interesse.", "no"),
        ("Esqueça a minha última mensagem, sim, pode apresentar.", "yes"),
        ("Puuza jibu langu la awali, sina nafasi.", "no"),
        ("Sahau ujumbe wangu uliopita. Ndiyo, nipo tayari.", "yes"),
    ],
)
def test_the_correction_answers(text: str, answer: str) -> None:
    found, evidence = read_answer(text)
    assert found == answer
    assert any(e.startswith("retracted:") for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Please disregard the yes I sent this morning.",
        "Ignore my previous reply.",
        "Oubliez mon précédent oui.",
        "Bitte ignorieren Sie meine letzte Antwort (ja).",
    ],
)
def test_a_retracted_yes_alone_never_counts(text: str) -> None:
    assert read_answer(text)[0] == "unclear"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Nothing earlier taken back: read as before.
        ("Forget it, no thanks.", "no"),
        ("Ignore the signature below, yes happy to.", "yes"),
        # A retraction negated takes nothing back.
        ("N'oubliez pas ma réponse : oui, avec plaisir.", "yes"),
        # A yes before the retraction's clause still answers.
        ("Yes, please ignore the typo in my last mail.", "yes"),
    ],
)
def test_no_retraction_reads_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Yes, sounds interesting, we're empty from midnight anyway.\n\nActually hang on -"
            " just rang our insurers. We're not covered, and the lease says no subletting"
            " either. So scrap the yes. It's a no, sorry. Tell Gemma thanks though.",
            "no",
        ),
        ("Scrap my earlier yes, sorry: the answer is no.", "no"),
        ("Oubliez mon précédent oui : finalement, je ne suis pas intéressée.", "no"),
        ("Olvida mi sí anterior, no me interesa.", "no"),
        ("Vergiss mein Ja von vorhin, ich habe leider keine Zeit.", "no"),
        ("Esquece o sim anterior, não tenho interesse.", "no"),
        ("Sahau jibu langu la awali, sina nafasi.", "no"),
    ],
)
def test_a_yes_scrapped_gives_way_to_the_refusal(text: str, answer: str) -> None:
    """'Scrap the yes' takes a yes back as 'forget' and its kin do in every language."""
    assert read_answer(text)[0] == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Nothing answered is taken back: read as before.
        ("Yes, happy to. Scrap the last slide of my deck though.", "yes"),
        ("Scrap my earlier no. Yes, please introduce us.", "yes"),
        # The yes scrapped, nothing refused after it: never a yes.
        ("Scrap the yes I sent this morning.", "unclear"),
    ],
)
def test_scrapping_something_else_reads_as_before(text: str, answer: str) -> None:
    assert read_answer(text)[0] == answer
