"""Before a plea to introduce "them", a first name alone is someone when the mail gives an
address for that name ("Mi nieta Lucía ... El correo de Lucía es ..."), and a name alone
is someone when the address book holds it as a surname and no first name ("al
veterinario, Ramírez"): the pair is then asked about, the surname's owner not certain.
A first name no address is told for, or a word the book holds no one by, is still no
one."""

from __future__ import annotations

import pytest

from agent.message import Address
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_BOOK = MemoryAddressBook(
    [
        Address("Julio Ramírez", "julio.ramirez@clinica.example"),
        Address("Andrés Ramírez", "andres@vetramirez.example"),
    ]
)
LUCIA = Party("Lucía", "lucia.vet@mail.example")
RAMIREZ = Party("Ramírez", None)


@pytest.mark.parametrize(
    "body",
    [
        "My granddaughter Lucía has just qualified as a vet. I know the vet, Ramírez, who"
        " looked after my late husband's mares. Would you be so kind as to introduce them?"
        " Lucía's email is lucia.vet@mail.example.",
        "Ma petite-fille Lucía vient de finir ses études. Je connais le vétérinaire, Ramírez,"
        " qui soignait les juments de mon mari. Pourriez-vous les présenter ? Le mail de"
        " Lucía est lucia.vet@mail.example.",
        "Mi nieta Lucía acaba de terminar Veterinaria. Yo conozco al veterinario, Ramírez, el"
        " que venía a ver las yeguas de mi difunto marido. ¿Me hace el favor de"
        " presentarlos? El correo de Lucía es lucia.vet@mail.example.",
        "Meine Enkelin Lucía hat gerade ihr Studium beendet. Ich kenne den Tierarzt, Ramírez,"
        " der die Stuten meines Mannes behandelt hat. Könnten Sie die beiden miteinander"
        " bekannt machen? Die Adresse von Lucía ist lucia.vet@mail.example.",
        "Minha neta Lucía acabou de se formar. Conheço o veterinário, Ramírez, que cuidava"
        " das éguas do meu marido. Pode apresentá-los? O e-mail da Lucía é"
        " lucia.vet@mail.example.",
    ],
)
def test_a_told_first_name_and_a_booked_surname_are_the_pair_asked_about(body: str) -> None:
    result = understand(body, book=_BOOK)
    assert result.kind == "intro_request"
    assert {result.a, result.b} == {LUCIA, RAMIREZ}
    assert not result.confident


def test_without_the_book_the_surname_is_no_one() -> None:
    result = understand(
        "Mi nieta Lucía acaba de terminar Veterinaria. Yo conozco al veterinario, Ramírez."
        " ¿Me hace el favor de presentarlos? El correo de Lucía es lucia.vet@mail.example."
    )
    assert not result.confident
    assert RAMIREZ not in (result.a, result.b)


def test_a_first_name_no_address_is_told_for_is_no_one() -> None:
    result = understand(
        "Mi nieta Lucía acaba de terminar Veterinaria. Yo conozco al veterinario, Ramírez."
        " ¿Me hace el favor de presentarlos?",
        book=_BOOK,
    )
    assert not result.confident
    assert all(p is None or p.name != "Lucía" for p in (result.a, result.b))
