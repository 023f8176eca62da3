"""A cancel said with the imperative of the ones written to, however many and however
familiar ("anulad la presentación", "retirad la solicitud", "anula a apresentação" of
Portugal's "tu", "ghairini utambulisho" to several in Swahili), cancels as "anulen",
"anulem" or "ghairi" do, also when the writer says why: the two have already met on
their own ("... coincidieron en el congreso y ya han quedado por su cuenta", "they met at
the conference and have arranged to talk"). The same verbs governing anything but an
intro cancel nothing, nor does telling that the two met."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command
from tests.agent.understanding.test_requests import understand

MET_ALREADY = [
    "Hola,\n\nanulad, por favor, la presentación entre Lucía Prieto y el Dr. Wanjala: se"
    " vieron en las jornadas de Valladolid y ya han hablado entre ellos.",
    "Hola,\n\nretirad la solicitud de presentar a Lucía Prieto al Dr. Wanjala, ya se"
    " conocen de un proyecto anterior.",
    "Hola,\n\nolvidad la presentación con el Dr. Wanjala, ya se conocieron en Nairobi.",
    "Olá,\n\npor favor, anula a apresentação entre a Lucía Prieto e o Dr. Wanjala: já se"
    " conheceram num seminário e combinaram tudo entre eles.",
    "Olá,\n\nretira o pedido de apresentação ao Dr. Wanjala, eles já se conhecem.",
    "Habari,\n\ntafadhali ghairini utambulisho kati ya Lucía Prieto na Dkt. Wanjala, tayari"
    " wamekutana kwenye warsha.",
    "Habari,\n\nsitisheni utambulisho na Dkt. Wanjala, walishakutana wenyewe.",
    # Already read so, the same class in the other languages.
    "Hi,\n\nplease call off the intro between Lucía Prieto and Dr Wanjala, they met at a"
    " workshop last week and have already arranged a call.",
    "Bonjour,\n\nannulez la mise en relation entre Lucía Prieto et le Dr Wanjala, ils se"
    " sont déjà rencontrés à un atelier.",
    "Hallo,\n\nbitte storniert die Vorstellung zwischen Lucía Prieto und Dr. Wanjala, die"
    " beiden kennen sich schon von einem Workshop.",
]


@pytest.mark.parametrize("body", MET_ALREADY)
def test_calling_off_an_intro_the_two_made_themselves_cancels_it(body: str) -> None:
    result = understand(
        f"{body}\n\nGracias\nInés",
        subject="Re: [#4a7c] Solicitud recibida",
        headers={"In-Reply-To": "<ack.4a7c.0011@introbot.net>"},
    )
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    ("line", "target"),
    [
        ("Anulad la presentación con Lucía Prieto, porfa.", "la presentación con Lucía Prieto"),
        ("Anula a apresentação com a Lucía Prieto.", "a apresentação com a Lucía Prieto"),
        ("Ghairini utambulisho na Lucía Prieto.", "utambulisho na Lucía Prieto"),
        ("Anulad la solicitud #4a7c.", "#4a7c"),
    ],
)
def test_the_plural_or_familiar_imperative_names_what_it_cancels(line: str, target: str) -> None:
    found = detect_command("", line, in_reply_to=False)
    assert found is not None
    assert (found.command, found.target) == ("cancel", target)


@pytest.mark.parametrize(
    "line",
    [
        "Gracias por todo. Anulad la reserva del viernes, que llueve.",
        "Obrigada. Retira o carro da garagem, por favor.",
        "Asante. Futeni viatu kabla ya kuingia.",
    ],
)
def test_the_same_verbs_governing_no_intro_cancel_nothing(line: str) -> None:
    # (Opening a mail, a bare cancel verb is a cancel as "Anula ..." was before, one that
    # names nothing to cancel.)
    assert detect_command("", line, in_reply_to=False) is None


def test_telling_that_the_two_met_cancels_nothing() -> None:
    result = understand(
        "Hola,\n\nLucía Prieto y el Dr. Wanjala ya se conocieron en Valladolid.\n\nInés",
        subject="hola",
    )
    assert result.command is None
