"""A question for news of an intro asked for before, told by its verb or its noun ("¿Sabéis
algo de lo de presentarme a Reme Soler?", "Any news about introducing me to Sam Patel?",
"Du nouveau pour me présenter à Sophie Martin ?", "wisst ihr schon etwas über die
Vorstellung bei Anna Berger?", "Vocês sabem alguma coisa sobre a apresentação à Lia?",
"Kuna habari yoyote kuhusu kunitambulisha kwa Neema Kimaro?"), asks how that intro stands,
in a mail of up to 90 words that writes no address; a new ask beside it, or a question
for news of something else, leaves the mail a request."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

# A mail a little longer than a short one (over 40 words), as people write them.
_LONG = (
    " Nada urgente, solo por saber cómo va, que con el torneo de verano se nos juntan mil cosas."
)


@pytest.mark.parametrize(
    "text",
    [
        "Buenas!\n\n¿Sabéis algo de lo de presentarme a Reme Soler, la fisio del juvenil? Os lo"
        " pedí hace como diez días y no sé si ella ha contestado o si se ha perdido por el"
        " camino." + _LONG + "\n\nGracias!\nLucía",
        "¿Sabes algo de lo de presentarme a Reme Soler? Te lo pedí hace diez días.",
        "¿Hay noticias de lo de ponerme en contacto con Reme Soler? Todavía nada.",
        "¿Sabéis algo de la presentación a Reme Soler? Os la pedí hace diez días.",
        "Any news about introducing me to Sam Patel? I asked ten days ago.",
        "Have you heard anything about introducing me to Sam Patel, the physio at the club?"
        " I asked you about ten days ago and I don't know if he has answered.",
        "Do you know anything about the intro to Sam Patel? I asked ten days ago.",
        "Du nouveau pour me présenter à Sophie Martin ? Je vous l'ai demandé il y a dix jours.",
        "Vous savez quelque chose pour la présentation à Sophie Martin ? Rien d'urgent.",
        "Hallo, wisst ihr schon etwas über die Vorstellung bei Anna Berger? Ich hatte euch vor"
        " zehn Tagen darum gebeten.",
        "Vocês sabem alguma coisa sobre a apresentação à Lia Brandão? Pedi há uns dez dias.",
        "Alguma notícia sobre aquilo de me apresentar à Lia Brandão? Pedi há uns dez dias.",
        "Kuna habari yoyote kuhusu kunitambulisha kwa Neema Kimaro? Niliomba siku kumi zilizopita.",
        "Mnajua lolote kuhusu kunitambulisha kwa Neema Kimaro? Hakuna haraka.",
    ],
)
def test_news_of_an_intro_asked_before_is_status(text: str) -> None:
    result = understand(text)
    assert result.kind == "command"
    assert result.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # A new ask beside the question for news.
        "Any news about introducing me to Sam Patel? Also, could you introduce me to Carol Diaz"
        " (carol.diaz@example.com)?",
        "¿Sabéis algo de lo de presentarme a Reme Soler? Os lo pedí hace diez días. Por cierto,"
        " ¿me podéis presentar también a Pepa Gil (pepa.gil@example.es)? Es la entrenadora del"
        " cadete y quiero hablar con ella del torneo de verano." + _LONG,
        "Kuna habari yoyote kuhusu kunitambulisha kwa Neema Kimaro? Pia naomba unitambulishe kwa"
        " Juma Ali (juma.ali@example.com).",
        "Du nouveau pour me présenter à Sophie Martin ? Et pourriez-vous aussi me présenter à"
        " Paul Roux (paul.roux@example.fr) ?",
        # News asked of someone, not of an intro: the ask is a new one.
        "¿Sabes algo de Reme Soler, la fisio? ¿Me la puedes presentar? Su correo es"
        " reme.soler@example.com",
        "Have you heard anything about Sam Patel? I'd love an intro to him: sam.patel@example.com",
        # News of something else beside an ask.
        "¿Me presentas a Reme Soler (reme.soler@example.com)? ¿Sabes algo de la cena del viernes?",
    ],
)
def test_a_new_ask_beside_news_stays_a_request(text: str) -> None:
    assert understand(text).kind == "intro_request"
