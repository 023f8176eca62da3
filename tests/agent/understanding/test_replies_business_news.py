"""Beside a yes said before, news of the writer's own business ("We already host a good
number of Scandinavian groups", "Please tell Henrik we no longer run the sunset boat
trips ourselves") is no doubt: an "already" with a count, or a "no longer" with what
stopped after it, said of the writer's plural subject, with nothing of the
introduction, the meeting or the one asked about, nothing the writer has, needs or
takes on, and no condition, question, other negation or doubt in its sentence. What the
writer already has ("We already have a guide"), no longer takes ("We no longer take on
new clients") or no longer wants, and the news before the yes, still doubt."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

NEWS = [
    "Yes, by all means connect us. We already host a good number of Scandinavian groups and"
    " I would be glad to hear what Henrik has in mind.",
    "Yes, by all means connect us.\n\nP.S. Please tell Henrik we no longer run the sunset boat"
    " trips ourselves, that is now done by the Dunga Beach operators.",
    "Yes, happy to. We already host a few groups from Norway.",
    "Oui, mettez-nous en contact. PS : dites à Henrik que nous ne faisons plus les sorties en"
    " bateau nous-mêmes.",
    "Sí, con mucho gusto. PD: dígale a Henrik que ya no organizamos los paseos en barco nosotros.",
    "Ja, gerne. PS: Sagen Sie Henrik, dass wir die Bootsfahrten nicht mehr selbst anbieten.",
    "Sim, com prazer. PS: diga ao Henrik que já não fazemos os passeios de barco nós mesmos.",
    "Ndiyo, karibu. PS: mwambie Henrik kwamba hatuendeshi tena safari za boti sisi wenyewe.",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_of_the_writers_business_beside_a_yes_is_yes(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTS = [
    "Yes. We already have a guide.",
    "Yes. We already work with several operators.",
    "Yes. We already host two of his groups.",
    "Yes. We already host many groups in January.",
    "Yes. We already host plenty of groups if that helps.",
    "Yes. We already host many groups, so I doubt it.",
    "Yes. We already host many groups and I doubt it.",
    "Yes. We already host many groups and I'm not sure.",
    "Yes. I doubt we already host many groups.",
    "Yes. We already host many groups, but I'm not sure.",
    "Yes. We already host many groups and we already know Henrik.",
    "Yes. We no longer take on new clients.",
    "Yes. We no longer want to meet anyone.",
    "Yes. We no longer do that.",
    "Yes. We no longer can host groups.",
    "Yes. We no longer run trips if he is a competitor.",
    "Yes. Do we no longer run boat trips?",
    "Yes. I no longer run the boat trips myself.",
    "Yes. We no longer run boat trips, so there's little point.",
    "Yes, connect us. Please tell Henrik we no longer run the boat trips ourselves, I'd rather"
    " not meet.",
    "Yes, but we no longer run boat trips.",
    "We no longer run the boat trips. Yes, connect us.",
    "Oui. Nous ne voulons plus rencontrer personne.",
    "Oui. Nous n'avons plus le temps.",
    "Sí. Ya no tenemos tiempo para esto.",
    "Sí. Ya no aceptamos clientes nuevos.",
    "Ja. Wir haben keine Zeit mehr.",
    "Ja. Wir nehmen keine neuen Kunden mehr an.",
    "Sim. Já não aceitamos novos clientes.",
    "Sim. Já não queremos conhecer ninguém.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_what_the_writer_has_or_refuses_still_doubts(text: str) -> None:
    assert classify_text(text) in ("unclear", "no")
