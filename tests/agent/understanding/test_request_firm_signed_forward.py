"""A forwarded mail from a firm's address whose name bears the surname of the one who
signs it ("Boulangerie Marchal <...>" signed "Odile Marchal") is that person's: the note
naming her gives her that address. Signed by someone of another surname, who may be
staff, the address stays the firm's and she is left without one."""

from __future__ import annotations

from agent.understanding.request_model import Party, RequestResult
from tests.agent.understanding.test_requests import understand

FIRM = "Boulangerie Marchal <boulangerie.marchal@farine.example>"


def _understood(signer: str) -> RequestResult:
    body = (
        "Bonjour,\n\nJe vous transfère la demande de Mme Odile Marchal, notre boulangère."
        " Pouvez-vous la mettre en relation avec M. Paul Ravel (paul.ravel@chambre.example)"
        " ?\n\nCordialement,\nAnn Lee\n\n"
        f"De : {FIRM}\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : Ann Lee <ann@lee.example>\n"
        "Objet : Farine locale\n\nMadame,\n\nJe cherche des agriculteurs du coin pour la"
        f" farine.\n\nBien à vous,\n{signer}\nBoulangerie Marchal - 4 rue du Pont\n"
    )
    return understand(body, subject="TR: Farine locale")


def test_firm_bearing_the_signers_surname_is_the_signers_address() -> None:
    result = _understood("Odile Marchal")
    assert result.kind == "intro_request"
    assert Party("Odile Marchal", "boulangerie.marchal@farine.example") in (result.a, result.b)


def test_firm_signed_by_another_surname_gives_her_no_address() -> None:
    result = _understood("Julie Bertin")
    parties = [p for p in (result.a, result.b) if p is not None]
    assert Party("Odile Marchal", "boulangerie.marchal@farine.example") not in parties
    assert not result.confident
