"""An address given by a pronoun's lead ("His email is ...", "O email dele é ...") is the
one person named before it, an organisation named after them aside: a name right after a
word saying what kind of organisation it is ("do selo Quintal Discos", "the label
Quintal", "del sello", "du label", "für das Label", "cha lebo"), or opening or closing
on an organisation's word ("Quintal Records"), is no one meant. A second person named
there still leaves the address alone."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_WRITER = Party("Ann Lee", "ann@lee.example")
_RAFAEL = Party("Rafael Nogueira", "rafa@pedra.example")


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nI'm a bassist. Caio told me you can introduce me to Rafael Nogueira, who "
        "masters almost everything from Quintal Records. I'd love him to hear my mixes.\n\n"
        "His email is rafa@pedra.example\n\nThanks!",
        "Hi,\n\nCould you introduce me to Rafael Nogueira, who masters almost everything on "
        "the label Quintal?\n\nHis email is rafa@pedra.example\n\nThanks!",
        "Oi,\n\nSou baixista. O Caio me falou que você pode me apresentar pro Rafael "
        "Nogueira, que masteriza quase tudo que sai do selo Quintal Discos. Queria muito "
        "que ele ouvisse as mixagens.\n\nO email dele é rafa@pedra.example\n\nValeu!",
        "Bonjour,\n\nJe suis bassiste. Caio m'a dit que vous pourriez me présenter à Rafael "
        "Nogueira, qui masterise presque tout ce que sort le label Quintal Disques.\n\n"
        "Son adresse est rafa@pedra.example\n\nMerci !",
        "Hola,\n\nSoy bajista. Caio me dijo que me podrías presentar a Rafael Nogueira, que "
        "masteriza casi todo lo que sale del sello Quintal Discos. Me encantaría que "
        "escuchara mis mezclas.\n\nSu correo es rafa@pedra.example\n\n¡Gracias!",
        "Hallo,\n\nich bin Bassist. Caio meinte, Sie könnten mich mit Rafael Nogueira bekannt "
        "machen, der fast alles für das Label Quintal Records mastert.\n\nSeine "
        "E-Mail-Adresse ist rafa@pedra.example\n\nDanke!",
        "Habari,\n\nMimi ni mpiga besi. Caio aliniambia unaweza kunitambulisha kwa Rafael "
        "Nogueira, anayefanya mastering karibu kila kitu cha lebo Quintal Records.\n\n"
        "Barua pepe yake ni rafa@pedra.example\n\nAsante!",
        "Hi,\n\nCould you introduce me to Rafael Nogueira? I heard him play at the Lisbon "
        "Bass Fest last month.\n\nHis email is rafa@pedra.example\n\nThanks!",
        "Hi,\n\nCould you introduce me to Rafael Nogueira? I heard him speak at the Lisbon "
        "Music Conference last month.\n\nHis email is rafa@pedra.example\n\nThanks!",
        "Bonjour,\n\nPourriez-vous me présenter à Rafael Nogueira ? Je l'ai entendu jouer "
        "au Salon Musique Lisbonne le mois dernier.\n\nSon adresse est rafa@pedra.example"
        "\n\nMerci !",
        "Hola,\n\n¿Me podrías presentar a Rafael Nogueira? Lo escuché tocar en el Festival "
        "Bajo Lisboa el mes pasado.\n\nSu correo es rafa@pedra.example\n\n¡Gracias!",
        "Hallo,\n\nkönnten Sie mich mit Rafael Nogueira bekannt machen? Ich habe ihn auf dem "
        "Festival Bass Lissabon letzten Monat gehört.\n\nSeine E-Mail-Adresse ist "
        "rafa@pedra.example\n\nDanke!",
        "Oi,\n\nVocê pode me apresentar pro Rafael Nogueira? Eu o ouvi tocar na Feira "
        "Música Lisboa no mês passado.\n\nO email dele é rafa@pedra.example\n\nValeu!",
        "Habari,\n\nUnaweza kunitambulisha kwa Rafael Nogueira? Nilimsikia akipiga kwenye "
        "Tamasha la Besi Lisbon mwezi uliopita.\n\nBarua pepe yake ni rafa@pedra.example"
        "\n\nAsante!",
    ],
)
def test_an_organisation_named_after_the_one_asked_for_is_no_one(body: str) -> None:
    # So is an event ("at the Lisbon Bass Fest", "au Salon ...", "kwenye Tamasha la ..."):
    # its name read as a first name and surname would take the address.
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (_WRITER, _RAFAEL)
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nCould you introduce me to Rafael Nogueira, who masters records with Joana "
        "Lima?\n\nHis email is rafa@pedra.example\n\nThanks!",
        "Oi,\n\nVocê pode me apresentar pro Rafael Nogueira, que trabalha com a Joana Lima "
        "no selo?\n\nO email dele é rafa@pedra.example\n\nValeu!",
        "Hola,\n\n¿Me podrías presentar a Rafael Nogueira, que trabaja con Joana Lima en el "
        "sello?\n\nSu correo es rafa@pedra.example\n\n¡Gracias!",
    ],
)
def test_a_second_person_named_there_leaves_the_address_alone(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nCould you introduce me to Rafael Nogueira? He played with Joana Lima at the "
        "Lisbon Bass Fest last month.\n\nHis email is rafa@pedra.example\n\nThanks!",
        "Hola,\n\n¿Me podrías presentar a Rafael Nogueira? Tocó con Joana Lima en el "
        "Festival Bajo Lisboa.\n\nSu correo es rafa@pedra.example\n\n¡Gracias!",
    ],
)
def test_a_person_named_at_the_event_leaves_the_address_alone(body: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert not result.confident
