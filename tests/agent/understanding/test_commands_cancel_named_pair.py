"""A longer mail (up to 90 words) opening with a cancel of an intro noun phrase that names
whom the intro is between ("Vous pouvez annuler la mise en relation entre le Prof.
Amstutz et Mme Ruchti : ...") says which intro it cancels, as "my request" does, and goes
on to say why. A cancel naming no one, a negated one, or one beside a new ask cancels
nothing there."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command, opening_command
from tests.agent.understanding.test_requests import understand

_ACK = "<intro.c40d19.ack@introbot.net>"

CANCELS = [
    "Bonjour,\n\nVous pouvez annuler la mise en relation entre le Prof. Amstutz et Mme Ruchti :"
    " Mme Ruchti a finalement accepté un poste à Bâle et ne s'occupera plus de la cryogénie"
    " chez Kryotec. Le Prof. Amstutz reprendra contact avec son successeur directement, dès"
    " qu'on saura qui c'est.",
    "Hello,\n\nYou can cancel the introduction between Prof. Amstutz and Ms Ruchti: Ms Ruchti"
    " has finally accepted a position in Basel and will no longer be looking after cryogenics"
    " at Kryotec. Prof. Amstutz will get in touch with her successor directly once we know"
    " who that is.",
    "Buenos días:\n\nPueden cancelar la presentación entre el Prof. Amstutz y la Sra. Ruchti:"
    " la Sra. Ruchti ha aceptado finalmente un puesto en Basilea y ya no se ocupará de la"
    " criogenia en Kryotec. El Prof. Amstutz contactará directamente con su sucesor en cuanto"
    " sepamos quién es.",
    "Guten Tag,\n\nSie können die Vorstellung zwischen Prof. Amstutz und Frau Ruchti"
    " stornieren: Frau Ruchti hat nun doch eine Stelle in Basel angenommen und wird sich bei"
    " Kryotec nicht mehr um die Kryotechnik kümmern. Prof. Amstutz meldet sich direkt bei"
    " ihrem Nachfolger, sobald wir wissen, wer das ist.",
    "Bom dia,\n\nPodem cancelar a apresentação entre o Prof. Amstutz e a Sra. Ruchti: a Sra."
    " Ruchti acabou por aceitar um cargo em Basileia e deixará de tratar da criogenia na"
    " Kryotec. O Prof. Amstutz entrará em contacto diretamente com o sucessor dela assim que"
    " soubermos quem é.",
    "Habari,\n\nMnaweza kusitisha utambulisho kati ya Prof. Amstutz na Bi. Ruchti: Bi. Ruchti"
    " amekubali kazi huko Basel na hatashughulikia tena masuala ya baridi kali katika"
    " Kryotec. Prof. Amstutz atawasiliana moja kwa moja na mrithi wake mara tutakapojua ni"
    " nani.",
]


@pytest.mark.parametrize("text", CANCELS)
@pytest.mark.parametrize("in_reply_to", [True, False])
def test_a_cancel_naming_the_pair_opening_a_longer_mail_cancels(
    text: str, in_reply_to: bool
) -> None:
    assert opening_command(text, in_reply_to) == "cancel"
    found = detect_command("", text, in_reply_to)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize("text", CANCELS)
def test_in_a_reply_to_the_agent_it_is_a_cancel_not_a_request(text: str) -> None:
    result = understand(
        text + "\n\nCorinne Favre",
        sender="Corinne Favre <corinne.favre@lphe.example>",
        subject="Re: Prof. Amstutz / Mme Ruchti",
        headers={"In-Reply-To": _ACK, "References": _ACK},
    )
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        # No one named: which intro is left unsaid.
        "Hello,\n\nYou can cancel the introduction: Ms Ruchti has finally accepted a position"
        " in Basel and will no longer be looking after cryogenics at Kryotec. Prof. Amstutz"
        " will get in touch with her successor directly once we know who that is, thanks.",
        # Negated: the intro goes on.
        "Hello,\n\nPlease do not cancel the introduction between Prof. Amstutz and Ms Ruchti:"
        " Ms Ruchti has finally accepted a position in Basel and will no longer be looking"
        " after cryogenics at Kryotec. Prof. Amstutz will get in touch with her directly.",
        # A new ask beside it.
        "Hello,\n\nYou can cancel the introduction between Prof. Amstutz and Ms Ruchti, and"
        " could you introduce me to Carol Diaz instead? Ms Ruchti has finally accepted a"
        " position in Basel and will no longer be looking after cryogenics at Kryotec.",
        # Something else cancelled.
        "Hello,\n\nWe had to cancel the meeting with Prof. Amstutz and Ms Ruchti: Ms Ruchti"
        " has finally accepted a position in Basel and will no longer be looking after"
        " cryogenics at Kryotec. We will write again once we know her successor.",
    ],
)
def test_near_misses_cancel_nothing(text: str) -> None:
    assert opening_command(text, True) is None


# The pair named with a role and a place each, the verb last in German: counted from the
# second party, the verb ends the intro noun phrase's sentence as it does a shorter one's.
LONG_PAIRS = [
    "Servus,\n\ndie Vermittlung zwischen unserem Küchenchef Gruber und der Frau Kofler vom"
    " Weingut bitte stornieren, hat sich erledigt. Die beiden sind sich am Donnerstag eh"
    " beim Martiniloben über den Weg gelaufen.\n\nDanke und liebe Grüße\nLisi Moser\n\nHotel"
    " Moserhof\nFamilie Moser | Linzer Gasse 18 | 5020 Salzburg",
    "Guten Tag,\n\ndie Vorstellung zwischen unserem Küchenchef Herrn Gruber und Frau Dr. Kofler"
    " vom Weingut Kofler können Sie gerne stornieren. Die beiden haben sich am"
    " Donnerstag zufällig beim Weinfest getroffen.\n\nMit freundlichen Grüßen\nElisabeth Moser",
    "Hello,\n\nPlease cancel the introduction between our head chef Gruber and Mrs Kofler from"
    " the winery, it's sorted. The two of them ran into each other at the wine festival on"
    " Thursday anyway.\n\nThanks and best wishes\nLisi Moser",
    "Bonjour,\n\nMerci d'annuler la mise en relation entre notre chef de cuisine Gruber et Mme"
    " Kofler du domaine viticole, c'est réglé. Ils se sont croisés jeudi à la fête du vin de"
    " toute façon.\n\nMerci et bonne journée\nLisi Moser",
    "Buenos días:\n\nPor favor cancela la presentación entre nuestro jefe de cocina Gruber y la"
    " Sra. Kofler de la bodega, ya está resuelto. Se encontraron el jueves en la fiesta del"
    " vino de todos modos.\n\nGracias y saludos\nLisi Moser",
    "Bom dia,\n\nPor favor cancele a apresentação entre o nosso chefe de cozinha Gruber e a"
    " Sra. Kofler da adega, já está resolvido. Os dois encontraram-se na quinta-feira na festa"
    " do vinho de qualquer forma.\n\nObrigada e cumprimentos\nLisi Moser",
    "Habari,\n\nTafadhali sitisha utambulisho kati ya mpishi wetu mkuu Gruber na Bi. Kofler wa"
    " shamba la mizabibu, limeshatatuliwa. Wawili hao walikutana Alhamisi kwenye tamasha la"
    " mvinyo hata hivyo.\n\nAsante na salamu\nLisi Moser",
]


@pytest.mark.parametrize("text", LONG_PAIRS)
def test_a_cancel_of_a_pair_named_at_length_opening_a_longer_mail_cancels(text: str) -> None:
    result = understand(text, sender="Elisabeth Moser <e.moser@moserhof.example>")
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context is not None


@pytest.mark.parametrize(
    "text",
    [
        # Negated: the intro goes on.
        "Servus,\n\ndie Vermittlung zwischen unserem Küchenchef Gruber und der Frau Kofler vom"
        " Weingut bitte nicht stornieren, auch wenn es etwas dauert. Die beiden sollen sich vor"
        " dem Martiniloben noch kennenlernen, das ist uns wichtig.\n\nLiebe Grüße\nLisi Moser",
        # Something else cancelled: a booking, no intro.
        "Servus,\n\nden Tisch zwischen unserem Küchenchef Gruber und der Frau Kofler vom Weingut"
        " bitte stornieren, hat sich erledigt. Die beiden sind sich am Donnerstag eh beim"
        " Martiniloben über den Weg gelaufen und essen dort.\n\nLiebe Grüße\nLisi Moser",
    ],
)
def test_near_misses_of_a_long_pair_cancel_nothing(text: str) -> None:
    assert opening_command(text, False) is None
