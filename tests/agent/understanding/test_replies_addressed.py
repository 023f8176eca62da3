"""A refusal addressed to the introduction ("it has to be a no to the introduction",
"Pour la présentation je dis non") decides whatever the reply agrees to on other
matters; a yes taken back in an addendum below it ("Nachtrag: ... Also bitte doch
nicht") is a no. A yes elsewhere that names the introduction, a meeting or the one asked
about, a doubt or a question in the refusal's sentence, and a refusal in an addendum that
takes nothing back still count."""

from __future__ import annotations

import pytest

from tests.agent.understanding.shared_inputs import reply_answer

ADDRESSED = [
    "I'm afraid it has to be a no to the introduction. The hall is only ours on "
    "Thursdays.\n\nThat said, do stay in touch - yes, please keep sending me the fixtures.",
    "Pour la présentation je dis non, mes papiers ne sont pas encore reconnus.\n\n"
    "Mais oui, je suis content de rester en contact avec vous et avec le club.",
    "Para la presentación, no, gracias: el local está en obras. Pero sí, cuenta conmigo "
    "para arbitrar el torneo del sábado.",
    "Zur Vorstellung: nein danke, wir haben gerade keinen Platz. Aber ja, die Termine "
    "für das Turnier können Sie mir gern weiter schicken.",
    "Hugo, para a apresentação não, obrigada \u2013 a sede está em obras até março. Mas sim, "
    "conta comigo para arbitrar o torneio de sábado, isso já estava combinado!",
    "Kuhusu utambulisho, hapana asante. Lakini ndiyo, nitakuja kwenye mashindano Jumamosi.",
]


@pytest.mark.parametrize("body", ADDRESSED)
def test_a_refusal_addressed_to_the_introduction_decides(body: str) -> None:
    assert reply_answer(body) == "no"


TAKEN_BACK = [
    "Yes, happy to.\n\nUpdate: I just spoke to my manager. We can't take part in any "
    "pilots this year. So not after all, sorry for the back and forth.",
    "Oui, volontiers.\n\nPS : je viens d'en parler à mon chef, on n'a pas le droit de "
    "tester des outils externes. Donc finalement non, désolé.",
    "Sí, encantado.\n\nPD: acabo de hablar con mi jefe, no podemos probar nada externo. "
    "Así que al final no, perdona el lío.",
    "ja, gerne, die App klingt interessant.\n\nNachtrag, 21:40: Hab grad mit unserem "
    "Kommandanten telefoniert, sonst gibt's Ärger. Also bitte doch nicht, sorry für das "
    "Hin und Her.",
    "Sim, claro.\n\nPS: falei com a minha chefe, não podemos testar nada de fora. Então "
    "afinal não, desculpa a confusão.",
]


@pytest.mark.parametrize("body", TAKEN_BACK)
def test_a_yes_taken_back_in_an_addendum_is_no(body: str) -> None:
    assert reply_answer(body) == "no"


NEAR_MISSES = [
    # A yes elsewhere names a meeting: the reply is split, not a plain refusal.
    ("No to the introduction, sorry. But happy to chat with him at the fair.", "unclear"),
    # A condition in the refusal's own sentence.
    ("No to the introduction unless he is local. Yes, keep me posted.", "unclear"),
    # A yes to the introduction itself, the phone number kept back: a note on privacy,
    # as the agent passes on email addresses only (reply_phone_privacy).
    ("Yes to the intro but please don't share my phone number", "yes"),
    ("Yes to the introduction. Happy to help.", "yes"),
    # An addendum that takes nothing back.
    ("Yes, happy to.\n\nPS: I'm away next week, so no rush.", "yes"),
    ("Ja, gerne.\n\nNachtrag: ich bin ab Montag im Urlaub, aber er kann mir schreiben.", "yes"),
]


@pytest.mark.parametrize(("body", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(body: str, expected: str) -> None:
    assert reply_answer(body) == expected
