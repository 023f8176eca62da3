"""Regional ways of answering: Australian 'yeah nah', British and Scottish refusals by
reassurance ('you're alright thanks', 'I'm right thanks'), Austrian 'na, des brauch i
ned', Nigerian 'no wahala', 'thanks anyway' closing a refusal in every language,
'kind of' naming a type, and Sheng 'hakuna noma'."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REGIONAL_REFUSALS = [
    ("Yeah nah, I'm right thanks. Flat out at the moment.", "no"),
    ("Yeah, nah.", "no"),
    ("Yeah nah", "no"),
    ("Naw, you're alright thanks.", "no"),
    ("You're alright, thank you.", "no"),
    ("I'm right, thanks.", "no"),
    # Texted spellings of "you're" ('ur', 'your', 'yer') decline the same way.
    ("naw ur alright pal, got enough on till the spring. cheers tho tell craig ta", "no"),
    ("Nah your alright mate, cheers.", "no"),
    ("ur alright thanks", "no"),
    ("Yer alright, thanks.", "no"),
    ("I'm good, thanks.", "no"),
    ("Na, des brauch i ned, danke trotzdem.", "no"),
    ("Na, danke.", "no"),
    ("Das brauche ich nicht.", "no"),
    ("Brauchen wir nicht, danke.", "no"),
    # Near misses: 'nah yeah' agrees, and is left unclear rather than guessed; 'you're
    # alright' alone is no 'alright' that agrees; 'I'm good with that' agrees.
    ("Nah yeah.", "unclear"),
    ("You're alright.", "unclear"),
    ("Ur alright pal.", "unclear"),
    ("Yes, your alright to pass my number on.", "yes"),
    ("I'm good with that.", "yes"),
    ("I'm good with that, go ahead.", "yes"),
    ("Alright, go ahead.", "yes"),
    ("Na klar!", "yes"),
    ("Na gut, dann stell uns vor.", "yes"),
    ("Gerne, da brauche ich nicht lange zu überlegen.", "unclear"),
    ("I'm right about that one, yes please introduce us.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), REGIONAL_REFUSALS)
def test_a_regional_refusal_declines(text: str, answer: str) -> None:
    assert classify_text(text) == answer


THANKS_ANYWAY = [
    ("Not for me, thanks anyway for thinking of me.", "no"),
    ("Ce n'est pas pour moi, merci quand même de la proposition.", "no"),
    ("Paso, gracias de todos modos por pensar en mí.", "no"),
    ("Dispenso, obrigado mesmo assim por lembrar de mim.", "no"),
    ("Sitaweza, asante hata hivyo kwa kunifikiria.", "no"),
    ("Das brauche ich nicht, danke trotzdem für die Mühe.", "no"),
    ("Gerne, aber erst im März. Danke trotzdem!", "unclear"),
    ("Sí, pero en marzo. ¡Gracias de todos modos!", "unclear"),
    # Near misses: a contrast of its own still turns.
    ("Ja, aber trotzdem nicht jetzt.", "no"),
    ("Sí, pero de todos modos tengo que pensarlo.", "unclear"),
    ("Ndiyo, hata hivyo nitaangalia ratiba kwanza.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), THANKS_ANYWAY)
def test_thanks_anyway_closes_a_refusal(text: str, answer: str) -> None:
    assert classify_text(text) == answer


REGIONAL_YESES = [
    ("No wahala at all, please go ahead and connect us.", "yes"),
    ("No wahala.", "yes"),
    ("Yes o! Abeg connect us, I've been looking for exactly this kind of partner.", "yes"),
    ("Yes please, this is the kind of project I enjoy.", "yes"),
    ("Sure, that's just the sort of thing I'm after.", "yes"),
    # Sheng 'hakuna noma', 'hamna noma' ('no problem'): a yes, as 'hakuna shida' is.
    ("Sawa kabisa boss, niko poa na hiyo. Mnaweza kuniunganisha na yeye, hakuna noma.", "yes"),
    ("Hamna noma.", "yes"),
    ("Hapana, hakuna noma ikiwa hutaki.", "unclear"),
    # Near misses: 'kind of' as 'somewhat' still doubts; a 'no' beside 'wahala' that
    # refuses still refuses.
    ("Yes, I kind of want to.", "unclear"),
    ("Yes, that kind of works.", "unclear"),
    ("Sort of, yes.", "unclear"),
    ("No, thanks.", "no"),
]


@pytest.mark.parametrize(("text", "answer"), REGIONAL_YESES)
def test_a_regional_yes_agrees(text: str, answer: str) -> None:
    assert classify_text(text) == answer


REGIONAL_WORDS = [
    # 'nah yeah' agrees when an agreeing word follows it; alone it stays unclear.
    ("Nah yeah, righto, send her through whenever.", "yes"),
    ("Nah yeah too easy, pass my details on.", "yes"),
    ("Nah yeah, no worries.", "yes"),
    ("Nah yeah.", "unclear"),
    ("Yeah nah, righto, not this time.", "no"),
    # 'no yeah' agrees the same way ('no yeah for sure'), as does 'nah yeah' before one
    # of the sure-words; 'yeah nah' still declines, and a doubt after the yes stands.
    ("no yeah for sure, send her my way", "yes"),
    ("No yeah, definitely! Pass on my email.", "yes"),
    ("nah yeah totally 👍", "yes"),
    ("No yeah, all good.", "yes"),
    ("Yeah nah, for sure not this term.", "no"),
    ("Yeah nah.", "no"),
    ("No yeah for sure, if it's after the holidays.", "unclear"),
    ("No. Yeah, for sure.", "unclear"),
    # 'sure' and 'of course' are sure-words too: 'no yeah sure why not' agrees.
    ("no yeah sure why not, loop her in", "yes"),
    ("Nah yeah, sure, send her my details.", "yes"),
    ("No yeah of course, happy to chat.", "yes"),
    ("Yeah nah, sure thing but not this year.", "no"),
    ("No yeah sure, but only after the holidays.", "unclear"),
    # Scottish 'aye, nae bother' agrees as 'no bother' does.
    ("Aye nae bother, pass my number on.", "yes"),
    ("Aye, nae bother at all.", "yes"),
    ("Nae bother, happy to chat.", "yes"),
    # Andalusian 'po claro' agrees; 'ya si eso' is no 'sí'.
    ("Po claro, que me escriba cuando le venga bien.", "yes"),
    ("Pos claro que sí, pásale mi número.", "yes"),
    ("Pues claro, encantado.", "yes"),
    ("Pues claro que no.", "no"),
    ("Ahora mismo no, vamos a tope con la cosecha. Ya si eso más adelante.", "no"),
    ("Sí, ya si eso hablamos.", "yes"),
    # Austrian 'es geht sich nicht aus' declines; Swiss 'nei merci' declines.
    ("Wär schön, aber es geht sich zeitlich leider nicht aus.", "no"),
    ("Das geht sich heuer einfach nicht aus, sorry.", "no"),
    ("Geht sich bei mir nicht aus.", "no"),
    ("Nei merci, mir händ gnueg z tue.", "no"),
    ("Nei danke.", "no"),
    ("Ja, das geht sich aus.", "yes"),
    # Sheng 'ni mob' ('it is a lot') is the copula, no 'ni' negating the refusal after it.
    ("Kazi ni mob na sitaki kuchukua mteja mwingine.", "no"),
    ("Kazi ni noma, siwezi.", "no"),
    ("Kazi ni mob lakini poa, mpe namba yangu.", "yes"),
    ("Ni oui ni non.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), REGIONAL_WORDS)
def test_a_regional_yes_or_no_word_answers(text: str, answer: str) -> None:
    assert classify_text(text) == answer
