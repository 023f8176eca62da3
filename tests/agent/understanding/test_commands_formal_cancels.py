"""A formal cancel of the writer's intro cancels it: "Les ruego dejen sin efecto la
solicitud de presentación a ...", "Bitte betrachten Sie meine Anfrage als gegenstandslos",
"Solicito que deem sem efeito o pedido", "Please treat my request ... as withdrawn"; in a
reply to the agent, of "the request below" ("la demande ci-dessous", "die untenstehende
Anfrage", "o pedido abaixo", "ombi lililo hapa chini"), its opening sentence wrapped over
lines or not. A cancel of something else, or beside a new ask, is none."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

REPLY = {"In-Reply-To": "<ack-93be41@introbot.net>"}
QUOTED = (
    "\n\nOn Mon, 17 Nov 2025 at 10:02, Intro Agent <intro@introbot.net> wrote:\n> I've asked"
    " Yusuf Demir whether he'd like to meet you.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Les ruego dejen sin efecto la solicitud de presentación a D. Álvaro Rey Castillo que"
        " les remití la semana pasada, toda vez que el cliente ha decidido no seguir adelante.",
        "Estimados señores:\n\nLes ruego dejen sin efecto mi solicitud de presentación a D."
        " Álvaro Rey Castillo.\nEl cliente ha decidido finalmente no seguir adelante con la"
        " operación, por lo que ya no es necesario hacer nada más por su parte. Disculpen las"
        " molestias y reciban un cordial saludo.\n\nAtentamente,\n\nAlfonso Carrasco",
        "Solicito que deem sem efeito o pedido de apresentação ao Dr. Rui Sousa que vos enviei"
        " na semana passada.",
        "Bitte betrachten Sie meine Anfrage vom 4. November als gegenstandslos.",
        "Please treat my request for an introduction to Mr Yusuf Demir as withdrawn.",
    ],
)
def test_a_formal_cancel_cancels(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir/Madam,\n\nI regret to say that circumstances have changed since I wrote, and I"
        " should be\ngrateful if you would withdraw the request below. Please do not pursue"
        " the\nmatter further with Mr Demir.\n\nWith apologies for any inconvenience,\n\n"
        "Geoffrey Hallam",
        "Madame, Monsieur,\n\nLa situation ayant évolué depuis mon dernier courrier, je vous"
        " saurais gré de bien\nvouloir annuler la demande ci-dessous. Il n'y a plus lieu de"
        " contacter M. Demir à ce sujet, le client ayant renoncé à l'opération.\n\nAvec mes"
        " excuses,\n\nGeoffroy Hallé",
        "Sehr geehrte Damen und Herren,\n\nda sich die Umstände seit meinem letzten Schreiben"
        " geändert haben, bitte ich Sie,\ndie untenstehende Anfrage zurückzuziehen. Bitte"
        " verfolgen Sie die Angelegenheit mit Herrn Demir nicht weiter, der Mandant hat sich"
        " anders entschieden.\n\nMit freundlichen Grüßen\n\nGerd Haller",
        "Exmos. Senhores,\n\nComo as circunstâncias mudaram desde a minha última mensagem,"
        " agradecia que\nretirassem o pedido abaixo. Não é necessário dar mais nenhum passo"
        " junto do Sr. Demir, uma vez que o cliente desistiu da operação.\n\nCom os melhores"
        " cumprimentos,\n\nGonçalo Halém",
        "Ndugu,\n\nKwa kuwa mambo yamebadilika tangu nilipowaandikia, naomba mfute ombi lililo"
        " hapa chini. Hakuna haja ya kuendelea na suala hili na Bw. Demir, mteja ameamua"
        " kutoendelea na mpango huo.\n\nWako,\n\nGodfrey Halima",
    ],
)
def test_a_formal_cancel_of_the_request_below_cancels_the_threads(text: str) -> None:
    result = understand(text + QUOTED, headers=REPLY)
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context == "thread"


@pytest.mark.parametrize(
    "text",
    [
        "Les ruego dejen sin efecto la reunión del jueves con D. Álvaro Rey.",
        "Sehr geehrte Damen und Herren,\n\nda sich die Umstände geändert haben, bitte ich Sie,"
        "\ndie Einladung zum Termin am Donnerstag zurückzuziehen. Wir melden uns, sobald wir"
        " einen neuen Termin gefunden haben, und danken für Ihr Verständnis.\n\nMit"
        " freundlichen Grüßen\n\nGerd Haller",
    ],
)
def test_a_formal_cancel_of_something_else_is_none(text: str) -> None:
    assert understand(text).kind != "command"


def test_a_new_ask_beside_the_withdrawal_stays_a_request() -> None:
    result = understand(
        "Dear Sir/Madam,\n\nI should be grateful if you would withdraw the request below and\n"
        "introduce me to Carol Diaz (carol@diaz.example) instead. She runs the procurement"
        " team at Helix and would be a far better contact for what we have in mind at"
        " present.\n\nYours faithfully,\n\nGeoffrey Hallam" + QUOTED,
        headers=REPLY,
    )
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email == "carol@diaz.example"
