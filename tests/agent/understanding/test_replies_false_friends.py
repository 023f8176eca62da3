"""A yes of one language that is a plain word of another (false_friends) answers nothing
in a reply plainly written in that other language: Portuguese "já" (already) is no German
"ja", Spanish "haya" no Swahili "haya", German "ehe" (before) no Swahili "ehe", English
"logo" no German "logo". Written with an accent its yes never bears ("Já"), it is the
plain word whatever the reply's language. A lone word, a reply in no plain language and a
yes phrase that holds one among other words ("ja gerne") are read as before."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

FALSE_FRIENDS = [
    ("Agradeço imenso, mas desta vez vou passar. Já tenho demasiados projetos em mãos.", "no"),
    ("Agradeço imenso, mas desta vez vou passar. Ja tenho demasiados projetos em mãos.", "no"),
    ("Ja tenho demasiados projetos em mãos, desculpa.", "unclear"),
    ("Já volto a falar contigo.", "unclear"),
    ("Já - desculpa, estou numa reunião.", "unclear"),
    ("Obrigado pela mensagem, mas logo te digo se tenho tempo.", "unclear"),
    ("Vale lembrar que estou de férias até março.", "unclear"),
    ("Gracias por pensar en mí. Espero que haya otra ocasión.", "unclear"),
    ("Tengo la certeza de que hay alguien mejor para esto.", "unclear"),
    ("Ja ja, qué gracioso. Pero no, gracias.", "no"),
    ("Ehe ich zusage, möchte ich wissen, worum es geht.", "unclear"),
    ("Not for me, thanks. The logo is ours.", "no"),
    # The yes of the word's own language, and a reply in no plain language, still say yes.
    ("Ja, gerne.", "yes"),
    ("Ja, das passt mir gut.", "yes"),
    ("Ja, ich freue mich darauf.", "yes"),
    ("Ja - sorry, bin im Meeting, mehr später.", "yes"),
    ("Ja", "yes"),
    ("Já", "yes"),
    ("Já está, pode apresentar.", "yes"),
    ("Sim, pode apresentar, já tenho o contacto dele.", "yes"),
    ("Haya, nitafurahi kukutana naye.", "yes"),
    ("Logo, stellen Sie uns gerne vor.", "yes"),
    ("Vale, preséntanos cuando quieras.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), FALSE_FRIENDS)
def test_a_false_friend_answers_nothing_in_its_plain_language(text: str, answer: str) -> None:
    assert classify_text(text) == answer


CONTRAST_FRIENDS = [
    # Portuguese "mais" is "more", not the French contrast: the yes before it stands.
    ("Sim, pode apresentar. Durante o dia eu respondo mais rápido, à noite dou aula.", "yes"),
    (
        "Sim, claro! Pode apresentar.\n\nDe dia eu respondo mais rápido do que à noite."
        "\n\nBeijos,\nLu",
        "yes",
    ),
    # A Portuguese contrast, a French one, and "mais tarde" (later) still doubt or refuse.
    ("Sim, pode apresentar, mas só depois de janeiro.", "unclear"),
    ("Sim, claro. Mas não agora.", "no"),
    ("Sim, claro, mais tarde falo com ela.", "unclear"),
    ("Oui, avec plaisir, mais pas avant janvier.", "unclear"),
    ("Oui, mais je ne suis pas sûr que ce soit utile.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), CONTRAST_FRIENDS)
def test_a_contrast_of_another_language_turns_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


ACCENTED_SURE = [
    # French "sûre", written with its accent, is no English "sure".
    ("Mais je vais laisser passer. Je suis sûre que Thomas trouvera son bonheur ailleurs.", "no"),
    ("Je suis sûre que Thomas trouvera son bonheur ailleurs.", "unclear"),
    # English "sure", and French "bien sûr", still say yes.
    ("Sure, happy to.", "yes"),
    ("Oui, bien sûr.", "yes"),
    ("Bien sûr, avec plaisir !", "yes"),
]


ACCENTED_SALTED = [
    # French "salé" (salted), written with its accent, is no Mexican Spanish "sale".
    ("Merci, mais non. Je t'apporte du caramel au beurre salé.", "no"),
    ("Je te garde un pot de caramel au beurre salé.", "unclear"),
    ("Avec plaisir ! Je te ramène des crêpes au beurre salé.", "yes"),
    # The Spanish "sale", unaccented, still says yes.
    ("¡Sale!", "yes"),
    ("Sí, sale, preséntanos.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), ACCENTED_SALTED)
def test_french_sale_with_its_accent_is_no_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


@pytest.mark.parametrize(("text", "answer"), ACCENTED_SURE)
def test_french_sure_with_its_accent_is_no_yes(text: str, answer: str) -> None:
    assert classify_text(text) == answer


HEDGE_FRIENDS = [
    # English "note" (a note on the writer's ways), no French "noté" (noted, agreeing to
    # nothing), in a reply plainly written in English.
    (
        "Yes pls go ahead, happy to talk to her about DP ops.\nNote we are off Bonny until"
        " approx 20 Dec and ship email is polled only 2x daily, so replies will be slow.",
        "yes",
    ),
    (
        "Yes, go ahead and connect us. Note that I'm at sea this month, so replies will be slow.",
        "yes",
    ),
    # French "noté" and English "noted" still agree to nothing; a doubt after the note
    # still doubts.
    ("C'est noté, merci.", "unclear"),
    ("Oui, c'est noté.", "unclear"),
    ("Yes, noted.", "unclear"),
    ("Yes, go ahead. Note that I can only meet if she comes to Leeds.", "unclear"),
    ("Note: not interested, thanks.", "no"),
    # English "falls" (a noun, a verb), no German "falls" (if), in a reply plainly
    # written in English; the German "falls" still sets its condition.
    (
        "I would be glad to be introduced to her. Falls prevention in care homes is an "
        "area I care about.",
        "yes",
    ),
    ("Yes, happy to, the meeting falls in my free week anyway.", "yes"),
    ("Ja, gerne, falls sie nach Bern kommt.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), HEDGE_FRIENDS)
def test_a_hedge_of_another_language_doubts_nothing(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Portuguese "para si" (for you), the pronoun of a good wish, is no Spanish or French "si"
# (if): a greeting or a closing that wishes the reader well conditions nothing.
WISHED_PRONOUNS = [
    (
        "Saudações cordiais, e votos de boa saúde para si e família.\n\nSim, com todo o gosto.",
        "yes",
    ),
    ("Sim, pode apresentar. Desejo um bom Natal para si.", "yes"),
    ("Um abraço para si e para os seus. Sim, pode apresentar.", "yes"),
    # A condition beside the wish, and the Spanish "si" (if), still doubt.
    ("Votos de boa saúde para si. Sim, se ela for séria.", "unclear"),
    ("Votos de boa saúde para si. Sim, mas só se ela vier cá.", "unclear"),
    ("Sí, si me escribe antes.", "unclear"),
    ("Oui, si elle passe à Lyon.", "unclear"),
]


@pytest.mark.parametrize(("text", "answer"), WISHED_PRONOUNS)
def test_a_wish_for_the_reader_sets_no_condition(text: str, answer: str) -> None:
    assert classify_text(text) == answer
