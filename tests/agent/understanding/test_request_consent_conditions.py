"""An ask on the consent of one of its party ("if Anna agrees, connect her with Tom"):
the intro asks that one anyway, so the condition stops nothing, and the pronoun of the
ask is the one the condition names, even with another named before it."""

from __future__ import annotations

import pytest

from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

_LEAD = {
    "en": "Anna Kowalczyk (anna@bluewharf.io) is raising a pre-seed, and Tom Reyes "
    "(tom@reyes.vc) invests in ocean tech. ",
    "de": "Anna Kowalczyk (anna@bluewharf.io) sammelt Geld ein, und Tom Reyes (tom@reyes.vc) "
    "investiert in Meerestechnik. ",
    "fr": "Anne Kowalczyk (anna@bluewharf.io) lève des fonds, et Tom Reyes (tom@reyes.vc) "
    "investit dans la tech marine. ",
    "es": "Ana Kowalczyk (anna@bluewharf.io) está levantando una ronda, y Tom Reyes "
    "(tom@reyes.vc) invierte en tecnología marina. ",
    "pt": "A Ana Kowalczyk (anna@bluewharf.io) está captando, e o Tom Reyes (tom@reyes.vc) "
    "investe em tecnologia marinha. ",
    "sw": "Anna Kowalczyk (anna@bluewharf.io) anatafuta mtaji, na Tom Reyes (tom@reyes.vc) "
    "anawekeza. ",
}
_TOM = Party("Tom Reyes", "tom@reyes.vc")


@pytest.mark.parametrize(
    ("language", "ask"),
    [
        ("en", "If Anna agrees, connect her with Tom."),
        ("en", "So: if Anna is OK with it, please introduce her to Tom."),
        ("en", "Provided Anna agrees, put her in touch with Tom."),
        ("de", "Falls Anna einverstanden ist, bring sie bitte mit Tom zusammen."),
        ("de", "Wenn Anna zustimmt, bring sie mit Tom zusammen."),
        ("fr", "Si Anne est d'accord, mets-la en contact avec Tom."),
        ("fr", "Si Anne est partante, présente-la à Tom."),
        ("es", "Si Ana está de acuerdo, preséntala a Tom."),
        ("es", "Si Ana esta de acuerdo, ponla en contacto con Tom."),
        ("pt", "Se a Ana concordar, apresenta-a ao Tom."),
        ("pt", "Caso a Ana esteja de acordo, apresente-a ao Tom."),
        ("sw", "Kama Anna atakubali, mtambulishe kwa Tom."),
        ("sw", "Ikiwa Anna yuko tayari, mtambulishe kwa Tom."),
    ],
)
def test_the_pronoun_after_a_consent_condition_is_the_one_it_names(language: str, ask: str) -> None:
    result = understand(_LEAD[language] + ask)
    assert result.kind == "intro_request"
    assert result.confident
    assert result.a is not None and result.a.email == "anna@bluewharf.io"
    assert result.b == _TOM


@pytest.mark.parametrize(
    "ask",
    [
        # A condition on something else names no one: "her" is either of the two.
        "If the deal closes, connect her with Tom.",
        "Connect her with Tom.",
        # The one named has no address: asked about, not acted on.
        "If Maria agrees, connect her with Tom.",
        # No comma closes the condition: it is no clause before the ask.
        "Connect her with Tom if Anna agrees.",
    ],
)
def test_without_a_consent_condition_naming_one_the_pronoun_stays_unsure(ask: str) -> None:
    result = understand(_LEAD["en"] + ask)
    assert not result.confident


@pytest.mark.parametrize(
    "text",
    [
        "Könnten Sie mit Tom Reyes (tom@reyes.vc) zusammen das Angebot prüfen?",
        "Falls Anna einverstanden ist, schicke ich ihr die Unterlagen.",
    ],
)
def test_no_ask_is_read_into_a_condition_or_a_formal_you(text: str) -> None:
    result = understand(_LEAD["de"] + text)
    assert result.kind != "intro_request" or not result.confident
