"""An ask made if the agent thinks the other party would be receptive ("if you think
he'd be open to it", "si vous pensez qu'il serait réceptif", "si lo ves dispuesto", "falls
Sie meinen, dass er dafür offen ist", "se achar que ele estaria recetivo", "ukiona yuko
tayari"; ``receptive_judgements``), or after a wish the writer does not hold ("I don't
want to rush him - so only if you think ..."): the request is asked about, though both
addresses are written. The negated wish ran to the sentence's end and took the hedge with
it, and the ask was acted on."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import pair_of, understand

_OSKAR = Party("Oskar Brandt", "oskar@seniorenhilfe-ost.example")
_LUCIA = Party("Lucia Ferraz", "lucia@hospiz-am-see.example")

_PLAIN = {
    "en": "Could you put Oskar Brandt (oskar@seniorenhilfe-ost.example) in touch with Lucia"
    " Ferraz (lucia@hospiz-am-see.example)? He is setting up a volunteer visiting scheme.",
    "fr": "Pourriez-vous présenter Oskar Brandt (oskar@seniorenhilfe-ost.example) à Lucia"
    " Ferraz (lucia@hospiz-am-see.example) ? Il monte un réseau de bénévoles.",
    "es": "¿Podrías presentar a Oskar Brandt (oskar@seniorenhilfe-ost.example) a Lucia"
    " Ferraz (lucia@hospiz-am-see.example)? Él está montando una red de voluntarios.",
    "de": "Könnten Sie Oskar Brandt (oskar@seniorenhilfe-ost.example) mit Lucia Ferraz"
    " (lucia@hospiz-am-see.example) bekannt machen? Er baut einen Besuchsdienst auf.",
    "pt": "Pode apresentar o Oskar Brandt (oskar@seniorenhilfe-ost.example) à Lucia Ferraz"
    " (lucia@hospiz-am-see.example)? Ele está a montar uma rede de voluntários.",
    "sw": "Tafadhali mtambulishe Oskar Brandt (oskar@seniorenhilfe-ost.example) kwa Lucia"
    " Ferraz (lucia@hospiz-am-see.example). Anaanzisha mpango wa wageni wa kujitolea.",
}

_RECEPTIVE = [
    ("en", "If you think she'd be open to it, that is."),
    ("en", "Only if you feel they're ready - it has been a hard winter there."),
    ("en", "Go ahead if you reckon she would be receptive."),
    ("en", "If you get the sense that she's willing, lovely."),
    ("en", "I don't want to crowd her - so only if you think she'd be receptive."),
    ("en", "I don't want to push, only if you judge she's ready."),
    ("fr", "Si vous pensez qu'elle serait réceptive, bien sûr."),
    ("fr", "Je ne veux pas la brusquer, donc seulement si tu crois qu'elle est prête."),
    ("fr", "Si vous la sentez disposée, allez-y."),
    ("es", "Si crees que estaría abierta a ello, claro."),
    ("es", "Solo si la ves receptiva, no quiero agobiarla."),
    ("de", "Aber nur, falls Sie meinen, dass sie dafür offen ist."),
    ("de", "Wenn du den Eindruck hast, dass sie bereit ist, gerne."),
    ("pt", "Só se achar que ela estaria recetiva."),
    ("pt", "Se você sentir que ela está aberta, pode avançar."),
    ("sw", "Kama unaona yuko tayari, endelea."),
    ("sw", "Ukihisi atakuwa tayari, waunganishe."),
]

# Near-misses: the writer's own view of the party, or a condition on her consent, which
# asking her settles, changes nothing; nor does a negated wish without a hedge after it.
_STILL_ASKS = [
    ("en", "I think she'd be receptive."),
    ("en", "If she is up for it, great."),
    ("en", "I don't want to wait until spring, so sooner is better."),
    ("fr", "Je pense qu'elle serait réceptive."),
    ("es", "Creo que estaría abierta a ello."),
    ("de", "Ich glaube, dass sie dafür offen ist."),
    ("pt", "Acho que ela estaria recetiva."),
    ("sw", "Nadhani yuko tayari."),
]


@pytest.mark.parametrize(("lang", "hedge"), _RECEPTIVE)
def test_an_ask_left_to_the_agents_sense_of_receptiveness_is_asked_about(
    lang: str, hedge: str
) -> None:
    body = f"{_PLAIN[lang]} {hedge}"
    assert pair_of(body) == {_OSKAR, _LUCIA}
    assert not understand(body).confident


@pytest.mark.parametrize(("lang", "aside"), _STILL_ASKS)
def test_the_writers_own_view_leaves_the_ask_acted_on(lang: str, aside: str) -> None:
    body = f"{_PLAIN[lang]} {aside}"
    assert pair_of(body) == {_OSKAR, _LUCIA}
    assert understand(body).confident


@pytest.mark.parametrize("lang", sorted(_PLAIN))
def test_the_same_ask_unhedged_is_acted_on(lang: str) -> None:
    assert pair_of(_PLAIN[lang]) == {_OSKAR, _LUCIA}
    assert understand(_PLAIN[lang]).confident
