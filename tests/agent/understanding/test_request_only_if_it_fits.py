"""An ask made only if the agent thinks it fits ("only if you think it fits", "nur,
wenn Sie meinen, dass das passt", "seulement si vous pensez", "solo si te parece", "só se
achar", "kama tu unaona inafaa"; ``judgement_cues``), or with the writer wanting to hear
before anything is written ("let me know before you write to him", "geben Sie mir vorher
kurz Bescheid", "prévenez-moi avant", "avíseme antes de escribirle", "avise-me antes de",
"nijulishe kabla ya kumwandikia"; ``later_cues``): the request is asked about, though
both addresses are written. It was acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import pair_of, understand

_INES = Party("Ines Haddad", "ines@kulturhaus-nord.example")
_TOMAS = Party("Tomas Lindqvist", "tomas@hafenradio.example")

_PLAIN = {
    "en": "Please introduce Ines Haddad (ines@kulturhaus-nord.example) to Tomas Lindqvist"
    " (tomas@hafenradio.example). She runs evening classes he wants to report on.",
    "fr": "Pourriez-vous présenter Ines Haddad (ines@kulturhaus-nord.example) à Tomas"
    " Lindqvist (tomas@hafenradio.example) ? Elle anime des cours du soir.",
    "es": "¿Podrías presentar a Ines Haddad (ines@kulturhaus-nord.example) a Tomas"
    " Lindqvist (tomas@hafenradio.example)? Ella organiza clases nocturnas.",
    "de": "Könnten Sie Ines Haddad (ines@kulturhaus-nord.example) mit Tomas Lindqvist"
    " (tomas@hafenradio.example) bekannt machen? Sie leitet Abendkurse.",
    "pt": "Pode apresentar a Ines Haddad (ines@kulturhaus-nord.example) ao Tomas Lindqvist"
    " (tomas@hafenradio.example)? Ela dá aulas à noite.",
    "sw": "Tafadhali mtambulishe Ines Haddad (ines@kulturhaus-nord.example) kwa Tomas"
    " Lindqvist (tomas@hafenradio.example). Anafundisha madarasa ya jioni.",
}

_ONLY_IF = [
    ("en", "But only if it fits - they had a rough time with reporters."),
    ("en", "Only if you feel the timing is right, of course."),
    ("de", "Aber nur, wenn Sie meinen, dass das passt."),
    ("de", "Nur wenn es passt, die Leute dort sind etwas vorsichtig."),
    ("de", "Wenn du meinst, dass es passt, gerne."),
    ("fr", "Mais seulement si vous pensez que c'est opportun."),
    ("fr", "Je ne le ferais que si vous pensez que ça colle."),
    ("es", "Pero solo si te parece que encaja."),
    ("es", "Sólo si cree que tiene sentido."),
    ("pt", "Mas só se achar que faz sentido."),
    ("pt", "Só se achares que encaixa, claro."),
    ("sw", "Lakini kama tu unaona inafaa."),
]

_TELL_FIRST = [
    ("en", "Could you let me know before you write to him?"),
    ("en", "Give me a heads-up before you send anything."),
    ("de", "Geben Sie mir vorher kurz Bescheid, bevor Sie ihm schreiben."),
    ("de", "Sag mir bitte vorher Bescheid."),
    ("fr", "Prévenez-moi avant de lui écrire, s'il vous plaît."),
    ("es", "Avíseme antes de escribirle, por favor."),
    ("pt", "Avise-me antes de lhe escrever, por favor."),
    ("sw", "Nijulishe kabla ya kumwandikia."),
]

# Near-misses: a condition on a party or a polite "if that suits" changes nothing.
_STILL_ASKS = [
    ("en", "If it fits your schedule, a call next week would suit them."),
    ("de", "Falls es passt, gerne schon nächste Woche."),
    ("es", "Si te parece bien, gracias."),
    ("pt", "Se possível, ainda esta semana."),
    ("en", "Let me know when it's done."),
    ("de", "Gib mir Bescheid, wenn es erledigt ist."),
]


@pytest.mark.parametrize(("lang", "hedge"), _ONLY_IF + _TELL_FIRST)
def test_an_ask_made_only_if_it_fits_is_asked_about(lang: str, hedge: str) -> None:
    body = f"{_PLAIN[lang]} {hedge}"
    assert pair_of(body) == {_INES, _TOMAS}
    assert not understand(body).confident


@pytest.mark.parametrize(("lang", "aside"), _STILL_ASKS)
def test_a_polite_condition_leaves_the_ask_acted_on(lang: str, aside: str) -> None:
    body = f"{_PLAIN[lang]} {aside}"
    assert pair_of(body) == {_INES, _TOMAS}
    assert understand(body).confident


@pytest.mark.parametrize("lang", sorted(_PLAIN))
def test_the_same_ask_unhedged_is_acted_on(lang: str) -> None:
    assert pair_of(_PLAIN[lang]) == {_INES, _TOMAS}
    assert understand(_PLAIN[lang]).confident
