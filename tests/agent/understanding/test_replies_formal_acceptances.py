"""Formal answers that never say a plain yes or no: accepting, consenting to or being
content with the introduction ("I am content to be introduced", "j'accepte la mise en
relation", "acepto la presentación", "ich stimme der Vorstellung zu", "aceito a
apresentação", "nakubali utambulisho"), a confirmation that frames the writer's own yes
("Le confirmo que acepto ...", "Je vous confirme bien volontiers mon accord ..."), and
formal refusals ("I think not", "I am unable to accept", "vejo-me impossibilitada de
aceitar"). Pointing to someone else ("I'm not really the right person for this") neither
accepts nor refuses. Near misses: conditions, a confirmation still to come, acceptance
of something else, and the same words negated."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

ACCEPTANCES = [
    ("Thank you. I am content to be introduced to Ms Hale.", "yes"),
    ("I confirm that I am content to be introduced.", "yes"),
    ("I accept the introduction with thanks.", "yes"),
    ("I consent to the introduction.", "yes"),
    ("I confirm my agreement to the introduction.", "yes"),
    ("Je vous confirme mon accord pour cette mise en relation.", "yes"),
    ("Je vous confirme bien volontiers mon accord à cette mise en relation.", "yes"),
    ("J'accepte la mise en relation avec Madame Roux.", "yes"),
    ("Le confirmo que acepto con mucho gusto la presentación.", "yes"),
    ("Acepto la presentación al señor Ibáñez.", "yes"),
    ("Ich stimme der Vorstellung gerne zu.", "yes"),
    ("Gerne bestätige ich Ihnen, dass ich mit der Vorstellung einverstanden bin.", "yes"),
    ("Com todo o gosto aceito a apresentação ao Dr. Neves.", "yes"),
    ("Nathibitisha kwamba nakubali utambulisho.", "yes"),
    # Near misses: a condition, a confirmation still to come, another thing accepted.
    ("I would be content if you introduced us.", "unclear"),
    ("I cannot confirm yet.", "no"),
    ("I accept the meeting invitation.", "unclear"),
    ("I accept the terms.", "unclear"),
    ("I'll confirm tomorrow whether I accept the introduction.", "unclear"),
    ("Je vous confirme demain mon accord.", "unclear"),
    ("Le confirmo mañana.", "unclear"),
    ("Le confirmo que, si es sobre inversión, acepto la presentación.", "unclear"),
    ("Acepto la invitación a la reunión.", "unclear"),
    ("I am content to be introduced if she is not a recruiter.", "unclear"),
    # Negated: a refusal, never a yes.
    ("I do not consent to the introduction.", "no"),
    ("Je ne donne pas mon accord.", "no"),
    ("Je n'accepte pas la mise en relation.", "no"),
    ("Le confirmo que no acepto la presentación.", "no"),
    ("No acepto la presentación.", "no"),
    ("Não aceito a apresentação.", "no"),
]

REFUSALS = [
    ("I think not.", "no"),
    ("I am unable to accept.", "no"),
    ("Thank you for thinking of me. I regret that I am unable to accept the introduction.", "no"),
    ("Je ne suis pas en mesure d'accepter.", "no"),
    ("Lamento no poder aceptar.", "no"),
    ("Ich sehe mich leider nicht in der Lage, zuzusagen.", "no"),
    (
        "Agradeço a gentileza. Contudo, vejo-me impossibilitado de aceitar contactos"
        " desta natureza.",
        "no",
    ),
    # Near misses: accepting something else beside a yes, a phrase that goes on.
    ("I am unable to accept hospitality, so a call would be best. Happy to be introduced.", "yes"),
    ("Vejo-me impossibilitado de aceitar hospitalidade, mas aceito a apresentação.", "yes"),
    ("I think not everyone will agree.", "unclear"),
]

REDIRECTS = [
    ("I'm not really the right person for this - my colleague Ann handles it.", "unclear"),
    ("I'm not the right person for this, you might ask Deborah.", "unclear"),
    ("Je ne suis pas vraiment la bonne personne, voyez plutôt avec Claire.", "unclear"),
    ("No soy la persona adecuada para esto; hable con Marta.", "unclear"),
    ("Ich bin nicht die richtige Person dafür, fragen Sie Frau Weber.", "unclear"),
    ("Não sou a pessoa certa para isto, fale com a Ana.", "unclear"),
    # A refusal beside the pointer still refuses.
    ("I'm not the right person for this. No, thank you.", "no"),
]

NOTES = [
    (
        "I am content for the introduction to proceed.\n\nI should perhaps make clear that I"
        " speak in a personal capacity and not on behalf of the Department.",
        "yes",
    ),
    ("On behalf of the Department, I'll pass this on.", "unclear"),
    ("I am content to be introduced. Perhaps we could talk first.", "unclear"),
    (
        "I am content to be introduced.\n\nI will not be able to discuss the tender.\n\n"
        "With those caveats, please go ahead.",
        "yes",
    ),
    (
        "I am content to be introduced.\n\nI will not be able to discuss the tender.\n\n"
        "Please go ahead, if she is not a recruiter.",
        "unclear",
    ),
]


@pytest.mark.parametrize(("text", "answer"), ACCEPTANCES)
def test_a_formal_acceptance(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), REFUSALS)
def test_a_formal_refusal(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), REDIRECTS)
def test_pointing_to_someone_else(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), NOTES)
def test_notes_beside_a_formal_acceptance(text: str, answer: str) -> None:
    assert classify_text(text) == answer
