"""A formal follow-up opener governing an intro the writer asked for before ("Je me permets
de revenir vers vous au sujet de la demande de mise en relation avec Mme Isabelle Girard
que je vous ai adressée le 4 novembre dernier", "I am writing to follow up on my request of
4 November", "ich erlaube mir, auf meine Anfrage vom 4. November zurückzukommen") asks how
it stands, its sentence wrapped over lines or not; a follow-up on someone else's request,
on no intro, or beside a new ask is no status."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

FOLLOW_UPS = {
    "fr": "Madame, Monsieur,\n\nJe me permets de revenir vers vous au sujet de la demande de"
    " mise en relation\navec Mme Isabelle Girard que je vous ai adressée le 4 novembre"
    " dernier.\nPourriez-vous m'indiquer si elle y a donné suite, ou à défaut à quel stade"
    " en\nest la démarche ?\n\nAvec mes remerciements,\n\nBertrand Chazal",
    "en": "Dear Sir or Madam,\n\nI am writing to follow up on the request for an introduction"
    " to Ms Isabelle Girard that I sent you on 4 November. I should be grateful if you could"
    " let me know whether she has responded, or failing that, how matters stand.\n\nYours"
    " faithfully,\n\nBertrand Chazal",
    "es": "Estimados señores:\n\nMe permito escribirles en relación con la solicitud de"
    " presentación a D.ª Isabel Girón que les dirigí el pasado 4 de noviembre. ¿Podrían"
    " indicarme si ha contestado o, en su defecto, en qué punto se encuentra la gestión?"
    "\n\nAtentamente,\n\nBeltrán Chacón",
    "de": "Sehr geehrte Damen und Herren,\n\nich erlaube mir, auf meine Anfrage vom 4."
    " November zurückzukommen, mich mit Frau Isabel Gerhardt in Verbindung zu bringen."
    " Könnten Sie mir mitteilen, ob sie sich bereits geäußert hat, oder andernfalls, wie"
    " der Stand ist?\n\nMit freundlichen Grüßen\n\nBernd Schaller",
    "pt": "Exmos. Senhores,\n\nVenho por este meio dar seguimento ao pedido de apresentação"
    " à Dra. Isabel Gomes que vos enviei a 4 de novembro. Poderiam informar-me se já"
    " respondeu ou, não sendo o caso, em que ponto se encontra o processo?\n\nCom os"
    " melhores cumprimentos,\n\nBernardo Chaves",
    "sw": "Ndugu,\n\nNafuatilia ombi langu la tarehe 4 Novemba la kunitambulisha kwa Bi."
    " Isabela Giriama. Naomba mnijulishe kama amejibu, au vinginevyo ombi hilo limefikia"
    " wapi.\n\nWako,\n\nBakari Chande",
}


@pytest.mark.parametrize("language", sorted(FOLLOW_UPS))
def test_a_follow_up_on_the_writers_own_request_asks_its_status(language: str) -> None:
    result = understand(FOLLOW_UPS[language])
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Je me permets de revenir vers vous au sujet de ma demande de mise en relation avec"
        " M. Paul Durand. Merci de votre retour.",
        "I take the liberty of following up on my request to be introduced to Mr Alan"
        " Park, which I sent you last week.",
        "Me permito escribirle en relación con mi solicitud del 4 de noviembre.",
        "Venho dar seguimento ao meu pedido de apresentação ao Dr. Rui Sousa.",
    ],
)
def test_short_follow_ups_on_the_writers_own_request_ask_its_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's request.
        "I am writing to follow up on the request from Ms Kaur, who would like to meet"
        " Mr Alan Park (alan@park.example). Could you introduce them?",
        "Bezugnehmend auf Ihre Anfrage vom 4. November darf ich Ihnen mitteilen, dass Herr"
        " Jonas Weber gerne bereit ist, sich mit Ihnen auszutauschen.",
        # A new ask beside the follow-up.
        "Je me permets de revenir vers vous au sujet de ma demande du 4 novembre. Pourriez-vous"
        " également me présenter à M. Paul Durand (paul@durand.example) ?",
        "I am writing to follow up on my request of 4 November. Could you also introduce me"
        " to Carol Diaz (carol@diaz.example)?",
    ],
)
def test_other_follow_ups_ask_no_status(text: str) -> None:
    result = understand(text)
    assert result.kind != "command"


def test_a_follow_up_on_no_intro_is_none() -> None:
    result = understand(
        "I am writing to follow up on our meeting of 4 November. Could you introduce me to"
        " Carol Diaz (carol@diaz.example)?"
    )
    assert result.kind == "intro_request"
