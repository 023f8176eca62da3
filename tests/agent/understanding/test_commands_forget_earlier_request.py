"""A longer mail opening, after a greeting asking how the agent is ("Bom dia Intro, como
vai?"), with a formal cancel of the writer's own request of an earlier mail, the request
followed by an infinitive saying what it asked ("Escrevo para lhe pedir que esqueça o
pedido que lhe fiz na semana passada, para me apresentar ao Pastor Armando Cossa ..."),
cancels it: the infinitive describes the request, it asks for nothing anew. A new ask
after the cancel ("..., and could you introduce me to ...") stays a request."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

CANCELS = {
    "en": (
        "Good morning Intro, how are you?\n"
        "\n"
        "I am writing to ask you to please disregard the request I made last week, to "
        "introduce me to Pastor Armando Cossa of the Methodist Church in Munhava. I ran "
        "into him on Sunday at brother Tomás's funeral and we have already arranged "
        "everything in person for the Christmas baskets. "
        "\n"
        "Thank you all the same, and sorry for the trouble.\n"
    ),
    "fr": (
        "Bonjour Intro, comment allez-vous ?\n"
        "\n"
        "Je vous écris pour vous demander d'oublier la demande que je vous ai faite la "
        "semaine dernière, pour me présenter au Pasteur Armand Cossa de l'église "
        "méthodiste de Munhava. Je l'ai croisé dimanche aux funérailles de frère Thomas "
        "et nous avons déjà tout réglé en personne pour la distribution des paniers de "
        "Noël. "
        "\n"
        "Merci quand même, et désolée du dérangement.\n"
    ),
    "es": (
        "Buenos días Intro, ¿cómo está?\n"
        "\n"
        "Le escribo para pedirle que olvide la solicitud que le hice la semana pasada, "
        "para presentarme al Pastor Armando Cossa de la Iglesia Metodista de Munhava. Me "
        "lo encontré el domingo en el funeral del hermano Tomás y ya lo hemos acordado "
        "todo en persona para el reparto de las cestas de Navidad. "
        "\n"
        "Gracias de todos modos, y perdone la molestia.\n"
    ),
    "de": (
        "Guten Morgen Intro, wie geht es Ihnen?\n"
        "\n"
        "Ich schreibe Ihnen, um Sie zu bitten, meine Anfrage von letzter Woche zu "
        "vergessen, mich Pastor Armando Cossa von der Methodistenkirche in Munhava "
        "vorzustellen. Ich habe ihn am Sonntag bei der Beerdigung von Bruder Tomás "
        "getroffen und wir haben schon alles persönlich für die Verteilung der "
        "Weihnachtskörbe abgesprochen. "
        "\n"
        "Trotzdem danke, und entschuldigen Sie die Mühe.\n"
    ),
    "pt": (
        "Bom dia Intro, como vai?\n"
        "\n"
        "Escrevo para lhe pedir que esqueça o pedido que lhe fiz na semana passada, para "
        "me apresentar ao Pastor Armando Cossa da Igreja Metodista da Munhava. "
        "Encontrei-o no domingo no funeral do irmão Tomás e já combinámos tudo "
        "pessoalmente para a distribuição das cestas de Natal. "
        "\n"
        "Obrigada na mesma, e desculpe o incómodo.\n"
    ),
    "sw": (
        "Habari za asubuhi Intro, hujambo?\n"
        "\n"
        "Naandika kukuomba usahau ombi nililokutumia wiki iliyopita, la kunitambulisha "
        "kwa Mchungaji Armando Cossa wa Kanisa la Methodisti la Munhava. Nilikutana naye "
        "Jumapili kwenye mazishi ya ndugu Tomás na tayari tumepanga kila kitu ana kwa ana"
        " kwa ajili ya vikapu vya Krismasi. "
        "\n"
        "Asante hata hivyo, na samahani kwa usumbufu.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(CANCELS))
def test_a_formal_cancel_of_an_earlier_request_cancels(language: str) -> None:
    result = understand(CANCELS[language])
    assert result.kind == "command"
    assert result.command == "cancel"


NEW_ASKS = {
    "en": "Good morning Intro, how are you?\n\nCould you introduce me to Pastor Armando Cossa"
    " of the Methodist Church in Munhava? We are organising the Christmas baskets together"
    " and I would love to talk to him about the distribution this month.",
    "pt": "Bom dia Intro, como vai?\n\nPode apresentar-me ao Pastor Armando Cossa da Igreja"
    " Metodista da Munhava? Estamos a organizar as cestas de Natal e gostaria muito de"
    " falar com ele sobre a distribuição este mês.",
}


@pytest.mark.parametrize("language", sorted(NEW_ASKS))
def test_an_ask_after_a_pleasantry_stays_a_request(language: str) -> None:
    assert understand(NEW_ASKS[language]).kind == "intro_request"


def test_a_cancel_followed_by_a_new_ask_stays_a_request() -> None:
    result = understand(
        "Good morning Intro, how are you?\n\nPlease disregard the request I made last week,"
        " and could you introduce me to Pastor Armando Cossa of the Methodist Church instead?"
        " We met at the fair and he runs the Christmas baskets, so he is the one I need now."
    )
    assert result.kind == "intro_request"
