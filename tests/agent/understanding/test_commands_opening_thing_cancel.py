"""A longer mail (up to 90 words) opening with a cancel of "the thing with" someone named
("Anula lo de Paco con la gente del hotel Miramar, que al final ...") says which intro it
cancels by that name, as a short one does, and goes on to say why. A thing naming no one
("lo de mañana"), a cancel told of someone else rather than asked, or one beside a new ask
cancels nothing there."""

from __future__ import annotations

import pytest

from agent.understanding.commands import MAX_COMMAND_WORDS, opening_thing_cancel, words_of
from tests.agent.understanding.test_requests import understand

_WHY = {
    "en": " the council has booked us for the August festival that same week, so we can't"
    " do the hotel season after all. Paco already told them on the phone, so there is"
    " nothing more to sort out there.\n\nCheers,\nRocío",
    "fr": " la mairie nous a pris pour les fêtes d'août la même semaine, donc on ne peut"
    " plus faire la saison de l'hôtel. Paco les a déjà prévenus par téléphone, il n'y a"
    " plus rien à régler de ce côté-là.\n\nBises,\nRocío",
    "es": " que al final el ayuntamiento nos ha metido en las fiestas de agosto esa misma"
    " semana y no podemos hacer la temporada del hotel. Paco ya se lo ha dicho a ellos por"
    " teléfono.\n\nUn abrazo,\nRocío",
    "de": " die Gemeinde hat uns für das Augustfest in derselben Woche gebucht, also können"
    " wir die Hotelsaison doch nicht machen. Paco hat es ihnen schon am Telefon gesagt, da"
    " ist nichts mehr zu klären.\n\nGrüße,\nRocío",
    "pt": " a câmara pôs-nos nas festas de agosto nessa mesma semana e já não podemos fazer"
    " a temporada do hotel. O Paco já lhes disse por telefone, não há mais nada a tratar"
    " por aí.\n\nUm abraço,\nRocío",
    "sw": " halmashauri imetuweka kwenye sherehe za Agosti wiki hiyo hiyo, kwa hiyo hatuwezi"
    " kufanya msimu wa hoteli tena. Paco ameshawaambia kwa simu, hakuna kingine cha"
    " kushughulikia huko kwa sasa, tutaongea wiki ijayo.\n\nAsante,\nRocío",
}

CANCELS = [
    ("en", "Hi,\n\nPlease cancel the thing with Paco and the Miramar hotel people,"),
    ("fr", "Bonjour,\n\nAnnule le truc avec Paco et les gens de l'hôtel Miramar,"),
    ("es", "Buenas,\n\nAnula lo de Paco con la gente del hotel Miramar,"),
    ("de", "Hallo,\n\nBitte streich die Sache mit Paco und den Leuten vom Hotel Miramar,"),
    ("pt", "Olá,\n\nCancela aquilo do Paco com o pessoal do hotel Miramar,"),
    ("sw", "Habari,\n\nTafadhali sitisha suala la Paco na watu wa hoteli ya Miramar,"),
]


@pytest.mark.parametrize(("language", "opening"), CANCELS)
def test_a_longer_mail_opening_with_a_cancel_of_a_named_thing_cancels(
    language: str, opening: str
) -> None:
    text = opening + _WHY[language]
    # Longer than a short mail, whose every sentence is read for a cancel anyway.
    assert len(words_of(text)) > MAX_COMMAND_WORDS
    assert opening_thing_cancel(text) == "cancel"
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        # A thing naming no one: "lo de mañana" is no intro.
        "Buenas,\n\nAnula lo de mañana con la gente del hotel Miramar," + _WHY["es"],
        # Told of someone else, not asked: the cancel does not open its clause.
        "Buenas,\n\nPaco dice que anula lo de Paco con la gente del hotel Miramar," + _WHY["es"],
        # A bare intro noun names no one: a longer mail needs "my request" for that.
        "Hi,\n\nPlease cancel the intro," + _WHY["en"],
        # A new ask beside it.
        "Hi,\n\nPlease cancel the thing with Paco and the Miramar hotel people, the council has"
        " booked us for the August festival that same week. Could you introduce me to Sarah"
        " Lyle instead? She runs the other venue in town and might take the dates.",
        # An address written: a mail about someone to meet, not a bare cancel.
        "Buenas,\n\nAnula lo de Paco con la gente del hotel Miramar, y escribe a Sara Lis"
        " (sara@lis.example) de mi parte," + _WHY["es"],
    ],
)
def test_no_cancel_of_a_named_thing_cancels_nothing(text: str) -> None:
    assert opening_thing_cancel(text) is None
