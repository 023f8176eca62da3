"""A cancel in a later sentence of a longer mail, governing an intro noun phrase that names
whom the intro is between ("... Je vous prie donc de bien vouloir annuler la mise en
relation entre M. Gallet et Mme Ferhat, si elle n'a pas encore été effectuée."), says
which intro it cancels, wherever the sentence stands. A cancel naming no one, a negated
one, one beside a new ask or a mail writing an address cancels nothing there."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command, named_cancel_later
from tests.agent.understanding.test_requests import understand

CANCELS = [
    "Madame, Monsieur,\n\nSuite à ma demande du 5 novembre dernier, je vous informe que le"
    " conseil a finalement décidé de garder le prestataire habituel pour le festival.\n\n"
    "Je vous prie donc de bien vouloir annuler la mise en relation entre M. Paul Garnier et"
    " Mme Inès Morel (association Voix Libres), si elle n'a pas encore été effectuée.\n\n"
    "Avec mes excuses,",
    "Dear Sir or Madam,\n\nFurther to my request of 5 November, the committee has now decided"
    " to keep our usual supplier for the summer fair.\n\nCould you therefore cancel the"
    " introduction between Mr Paul Garner and Ms Ines Morrell (Open Voices), if it has not"
    " been made yet.\n\nWith apologies,",
    "Estimados señores:\n\nEn relación con mi solicitud del 5 de noviembre, el ayuntamiento ha"
    " decidido mantener al proveedor habitual para las fiestas.\n\nLes ruego por tanto que"
    " cancelen la presentación entre el Sr. Pablo Garrido y la Sra. Inés Moral (asociación"
    " Voces Libres), si todavía no se ha hecho.\n\nDisculpen las molestias,",
    "Sehr geehrte Damen und Herren,\n\nmit Bezug auf meine Anfrage vom 5. November teile ich"
    " Ihnen mit, dass der Gemeinderat beim bisherigen Anbieter bleibt.\n\nIch bitte Sie daher,"
    " die Vorstellung zwischen Herrn Paul Gerber und Frau Ines Moll (Verein Freie Stimmen)"
    " abzubrechen, falls sie noch nicht erfolgt ist.\n\nMit Dank,",
]


@pytest.mark.parametrize("text", CANCELS)
def test_a_later_cancel_naming_the_pair_cancels(text: str) -> None:
    assert named_cancel_later(text) == "cancel"
    found = detect_command("Annulation", text, in_reply_to=False)
    assert found is not None and found.command == "cancel"


@pytest.mark.parametrize("text", CANCELS[:2])
def test_the_mail_is_read_as_a_cancel(text: str) -> None:
    result = understand(text + "\n\nPaula Ruiz")
    assert result.kind == "command"
    assert result.command == "cancel"


NOT_CANCELS = [
    # The cancel names no one: a longer mail needs a name, or "my request", for that.
    "Dear Sir or Madam,\n\nThe committee has now decided to keep our usual supplier for the"
    " summer fair, after a long discussion at the meeting on Tuesday.\n\nCould you therefore"
    " cancel the introduction, if it has not been made yet.\n\nWith apologies,",
    # A negated cancel.
    "Dear Sir or Madam,\n\nThe committee met on Tuesday and talked the summer fair over at"
    " length.\n\nPlease don't cancel the introduction between Mr Paul Garner and Ms Ines"
    " Morrell, we still need it.\n\nThanks,",
    # A new ask beside it.
    "Dear Sir or Madam,\n\nThe committee has decided to keep our usual supplier for the"
    " summer fair.\n\nPlease cancel the introduction between Mr Paul Garner and Ms Ines"
    " Morrell. Could you introduce me to Tom Reed instead? He runs the sound at the"
    " theatre.\n\nThanks,",
    # An address written gives someone to introduce.
    "Dear Sir or Madam,\n\nThe committee has decided to keep our usual supplier for the"
    " summer fair.\n\nPlease cancel the introduction between Mr Paul Garner and Ms Ines"
    " Morrell (ines@voices.example).\n\nThanks,",
]


@pytest.mark.parametrize("text", NOT_CANCELS)
def test_no_later_cancel_without_a_named_intro_alone(text: str) -> None:
    assert named_cancel_later(text) is None
