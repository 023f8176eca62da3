"""Long formal letters: thanks that call the message rare ("it isn't every day", "no es
frecuente", "não é todo dia"), praise ("I can think of no better way"), the message
received with joy ("nimepokea ujumbe wako kwa furaha kubwa"), a formal closing ("sin
otro particular") and an idiom of the writer's habits ("there's no getting sense out
of me") are no doubts or refusals beside the answer; a formal refusal of the answer
itself ("a minha resposta terá de ser negativa") refuses; a secretary relaying the
person's own decision ("He has asked me to convey that he is agreeable to the
introduction") says yes though a plain sentence stands between it and the one saying
on whose behalf they write. Doubts, guesses and yeses no one relays stay unclear."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES = [
    # Thanks that call the message rare.
    "It isn't every day someone asks to hear me talk. Yes, I would be delighted.",
    "Ce n'est pas tous les jours qu'on pense à moi. Oui, avec plaisir.",
    "No es frecuente que alguien se acuerde de mí. Con mucho gusto acepto la presentación.",
    "Es kommt nicht oft vor, dass jemand an mich denkt. Ja, gerne.",
    "Não é todo dia que alguém lembra de mim. Sim, pode me apresentar.",
    "Si kila siku mtu ananikumbuka. Ndiyo, niko tayari.",
    # Praise in a negated comparison.
    "Yes, with pleasure. I can think of no better way to mark turning seventy.",
    "Sí, con mucho gusto. No hay mejor manera de celebrar mis ochenta años.",
    "Oui, avec plaisir. Il n'y a pas de meilleure façon de fêter mes soixante-dix ans.",
    "Sim, com muito gosto. Não há melhor maneira de celebrar os meus setenta anos.",
    # The message received with joy, then the answer.
    "Nimepokea ujumbe wako kwa furaha kubwa. Kwa hiyo ndiyo, niko tayari kukutana naye.",
    "Recibí su mensaje con mucha alegría. Sí, acepto la presentación.",
    "Recebi sua mensagem com muita alegria. Sim, pode me apresentar.",
    "J'ai reçu votre message avec grand plaisir. Oui, j'accepte la mise en relation.",
    "Ich habe Ihre Nachricht mit großer Freude erhalten. Ja, gerne.",
    # An idiom of the writer's habits after the yes, and a formal closing.
    "Yes, I would be delighted to meet him. In the afternoons there's no getting sense out of me.",
    "Con el mayor gusto acepto la presentación.\n\nSin otro particular, me suscribo de usted.",
    "Sim, pode me apresentar.\n\nSem outro assunto, despeço-me com estima.",
    # A secretary relaying the person's own decision, a plain sentence between.
    "I write on behalf of His Worship the Mayor, Councillor D. Whyte, J.P., regarding"
    " Mr. Thompson.\n\nThe matter was placed before His Worship this morning. He has asked"
    " me to convey that he is agreeable to the introduction.",
    "I am agreeable to the introduction.",
]


@pytest.mark.parametrize("text", YES)
def test_thanks_and_formalities_leave_the_answer_standing(text: str) -> None:
    assert classify_text(text) == "yes"


NO = [
    "Thank you for thinking of me. It is with regret that my answer will have to be no.",
    "Le agradezco su mensaje. Con pena, mi respuesta tendrá que ser negativa.",
    "Agradeço a sua mensagem. Assim, e com pena, a minha resposta terá de ser negativa.",
    "Merci pour votre message. Je regrette, ma réponse sera négative.",
    "Danke für Ihre Nachricht. Leider muss meine Antwort negativ ausfallen.",
    "Asante kwa ujumbe wako. Kwa masikitiko, jibu langu litakuwa hapana.",
]


@pytest.mark.parametrize("text", NO)
def test_a_formal_refusal_of_the_answer_refuses(text: str) -> None:
    assert classify_text(text) == "no"


UNCLEAR = [
    # A real restriction after the rarity, a guess, a yes no one relays.
    "Yes, but it's not every day that I'm free.",
    "Nimepokea ujumbe wako kwa furaha kubwa.",
    "I write on behalf of His Worship the Mayor.\n\nThe matter was placed before him"
    " this morning. He would be pleased to meet Mr Thompson.",
    "I write on behalf of the Mayor.\n\nThe matter was placed before him this morning."
    " I think he is agreeable to the introduction.",
    "I write on behalf of the Mayor, if he agrees.\n\nThe matter was placed before him."
    " He has asked me to convey that he is agreeable to the introduction.",
    "I write on behalf of the Mayor.\n\nHe is unsure. He has asked me to convey that he"
    " is agreeable to the introduction.",
    "I am agreeable to the introduction if he signs an NDA.",
    "Não sei se a minha resposta terá de ser negativa.",
]


@pytest.mark.parametrize("text", UNCLEAR)
def test_doubts_guesses_and_unrelayed_yeses_stay_unclear(text: str) -> None:
    assert classify_text(text) == "unclear"
