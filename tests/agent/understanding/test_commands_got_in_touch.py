"""Status asked in a reply to the agent's own mail, whether the one asked for has been in
touch ("hat sich Herr Pfeiffer inzwischen gemeldet?", "Has Jonas been in touch yet?",
"Est-ce que Jonas s'est manifesté ?", "O Jonas já deu notícias?", "Je, Jonas
amewasiliana nawe?"), "inzwischen" and "mittlerweile" changing nothing; and a question
how several requests told of stand ("Where do those stand?", "Où en sont-elles ?", "¿En
qué quedaron?", "Wie ist da der Stand?", "Em que pé estão?", "Yamefikia wapi?") beside
words of waiting. A statement that someone got in touch, or a new ask beside such a
question, is no status."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

_AGENTS_MAIL = (
    "\n\nFriederike Aschenbach\n\n-----Ursprüngliche Nachricht-----\n"
    "Von: Intro Agent <intro@introbot.net>\n"
    "Gesendet: Donnerstag, 12. März 2026 14:05\n"
    "An: Friederike Aschenbach <f.aschenbach@aschenbach-verlag.de>\n"
    "Betreff: Ihre Anfrage\n\n"
    "Danke für Ihre Anfrage. Ich habe Jonas Pfeiffer gefragt, ob er einverstanden ist.\n"
)
_THREAD = {
    "In-Reply-To": "<req-3f9a1c@introbot.net>",
    "References": "<req-3f9a1c@introbot.net>",
}


@pytest.mark.parametrize(
    "body",
    [
        "Guten Morgen,\n\nhat sich Herr Pfeiffer inzwischen gemeldet? Ich habe seit Ihrer "
        "Nachricht nichts mehr gehört.\n\nViele Grüße",
        "hat Herr Pfeiffer sich inzwischen gemeldet?",
        "Hat sich Jonas mittlerweile bei Ihnen gemeldet?",
        "Has Jonas been in touch yet?",
        "Est-ce que Jonas s'est manifesté ?",
        "O Jonas já deu notícias?",
        "Je, Jonas amewasiliana nawe?",
    ],
)
def test_whether_the_one_asked_got_in_touch_is_status(body: str) -> None:
    result = understand(body + _AGENTS_MAIL, subject="AW: Ihre Anfrage", headers=_THREAD)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "body",
    [
        "Herr Pfeiffer hat sich inzwischen bei mir gemeldet, danke!",
        "Mr Pfeiffer has been in touch, thanks!",
        "Bw. Pfeiffer amewasiliana nami, asante.",
    ],
)
def test_a_statement_that_someone_got_in_touch_is_no_status(body: str) -> None:
    result = understand(body + _AGENTS_MAIL, subject="AW: Ihre Anfrage", headers=_THREAD)
    assert result.command != "status"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "checking in",
            "Hi - I sent you two requests about ten days back (one for a plumbing wholesaler, "
            "one for my nephew). Haven't heard a peep. Where do those stand?",
        ),
        ("suivi", "Je vous ai envoyé deux demandes. Toujours rien. Où en sont-elles ?"),
        ("seguimiento", "Les mandé dos solicitudes. No he tenido noticias. ¿En qué quedaron?"),
        (
            "Nachfrage",
            "Ich habe Ihnen zwei Anfragen geschickt. Keine Rückmeldung. Wie ist da der Stand?",
        ),
        ("acompanhamento", "Mandei-vos dois pedidos há dez dias. Ainda nada. Em que pé estão?"),
        ("ufuatiliaji", "Nilituma maombi mawili. Sijasikia chochote. Yamefikia wapi?"),
    ],
)
def test_where_requests_told_of_stand_is_status(subject: str, body: str) -> None:
    result = understand(body, subject=subject)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "body",
    [
        # Nothing of an intro or of waiting: something else stands.
        "The prices went up again. Where do they stand on the contract?",
        # A new ask beside it is read as one.
        "Where do those stand? Also please introduce me to Carol Diaz (carol@diaz.io).",
    ],
)
def test_where_they_stand_beside_no_intro_is_no_status(body: str) -> None:
    assert understand(body).command != "status"
