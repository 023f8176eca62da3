"""Formal cancels: a cancellation asked for as a noun ("I hereby request the cancellation
of", "Solicito o cancelamento do pedido #c58e02"), and in a longer mail the intro named
by its id, or in a reply by "this request" ("Je vous prie de bien vouloir annuler cette
demande"), a closing that says the intro is no longer needed asking nothing anew."""

from __future__ import annotations

import pytest

from agent.understanding.commands import detect_command

WHY = {
    "en": "They met at a conference last week and have been in touch since, so the "
    "introduction no longer serves any purpose. Our director asked me to let you know and "
    "to thank you for your help with it.",
    "fr": "Ils se sont rencontrés lors d'un séminaire la semaine dernière et sont déjà en "
    "contact, de sorte que la mise en relation ne sert plus à rien. Notre directrice m'a "
    "chargée de vous en informer et de vous remercier.",
    "es": "Se conocieron en un congreso la semana pasada y ya están en contacto, de modo "
    "que la presentación ya no tiene objeto. Nuestra directora me pidió que se lo "
    "comunicara y que le agradeciera su ayuda.",
    "de": "Die beiden haben sich letzte Woche auf einer Tagung kennengelernt und stehen "
    "bereits in Kontakt, sodass sich die Vorstellung erübrigt. Unsere Direktorin bat mich, "
    "Ihnen dies mitzuteilen und Ihnen für Ihre Mühe zu danken.",
    "pt": "Conheceram-se num congresso na semana passada e já estão em contacto, pelo que a "
    "apresentação deixou de fazer sentido. A nossa diretora pediu-me que vos informasse e "
    "que agradecesse a vossa ajuda.",
    "sw": "Walikutana kwenye mkutano wiki iliyopita na tayari wanawasiliana, kwa hiyo "
    "utambulisho huo hauna haja tena. Mkurugenzi wetu aliniomba niwajulishe na niwashukuru "
    "kwa msaada wenu wote katika jambo hili. Tunawatakia kila la heri katika kazi yenu "
    "muhimu.",
}


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("I hereby request the cancellation of request #c58e02.", "en"),
        ("Je demande l'annulation de la demande #c58e02.", "fr"),
        ("Solicito la cancelación de la solicitud #c58e02.", "es"),
        ("Ich bitte um Stornierung der Anfrage #c58e02.", "de"),
        ("Solicito o cancelamento do pedido #c58e02, referente ao Dr. Henrique Lobo.", "pt"),
        ("Naomba kusitishwa kwa ombi #c58e02.", "sw"),
    ],
)
def test_a_long_mail_cancelling_an_intro_by_its_id(opening: str, language: str) -> None:
    text = f"{opening} {WHY[language]}\n\nAnn Lee"
    assert len(text.split()) > 40
    found = detect_command("Re", text, in_reply_to=False)
    assert found is not None and (found.command, found.target) == ("cancel", "#c58e02")


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("I hereby request the cancellation of my request.", "en"),
        ("Je demande l'annulation de ma demande.", "fr"),
        ("Solicito la cancelación de mi solicitud.", "es"),
        ("Ich bitte um Rücknahme meiner Anfrage.", "de"),
        ("Solicito o cancelamento do meu pedido.", "pt"),
        ("Naomba kusitishwa kwa ombi langu.", "sw"),
    ],
)
def test_a_cancellation_as_a_noun_of_ones_own_request(opening: str, language: str) -> None:
    found = detect_command("Re", f"{opening} {WHY[language]}\n\nAnn Lee", in_reply_to=False)
    assert found is not None and found.command == "cancel"
    short = detect_command("Re", f"{opening}\n\nAnn Lee", in_reply_to=False)
    assert short is not None and short.command == "cancel"


@pytest.mark.parametrize(
    ("opening", "closing", "language"),
    [
        (
            "Could you please cancel this request:",
            "There is therefore no longer any need to introduce them.",
            "en",
        ),
        (
            "Je vous prie de bien vouloir annuler cette demande :",
            "Il n'y a donc plus lieu de les présenter.",
            "fr",
        ),
        ("Les ruego que cancelen esta solicitud:", "Ya no hay necesidad de presentarlos.", "es"),
        ("Bitte stornieren Sie diese Anfrage:", "", "de"),
        ("Peço que cancelem este pedido:", "Já não há necessidade de os apresentar.", "pt"),
        ("Tafadhali ghairi ombi hili:", "", "sw"),
    ],
)
def test_a_long_reply_cancelling_this_request_cancels_the_thread(
    opening: str, closing: str, language: str
) -> None:
    text = f"{opening} {WHY[language]} {closing}\n\nAnn Lee"
    found = detect_command("Re: Intro", text, in_reply_to=True)
    assert found is not None and (found.command, found.target) == ("cancel", "thread")


@pytest.mark.parametrize(
    "text",
    [
        # "This request" outside a reply names nothing the agent knows.
        "Je vous prie de bien vouloir annuler cette demande : " + WHY["fr"],
        # A new ask after the cancel, or a closing that asks for one.
        "Je vous prie de bien vouloir annuler cette demande : " + WHY["fr"] + " Il n'y a "
        "donc plus lieu de les présenter, mais pourriez-vous me présenter à Paul Girard ?",
        "Could you please cancel this request: " + WHY["en"] + " Could you introduce me to "
        "Bob Lee instead?",
        # A negated cancel, and a cancellation of something else.
        "Je ne demande pas l'annulation de cette demande : " + WHY["fr"],
        "Following the cancellation of the conference, " + WHY["en"],
    ],
)
def test_what_cancels_no_intro_of_the_thread_stays_none(text: str) -> None:
    in_reply_to = not text.startswith("Je vous prie") or "mais" in text
    found = detect_command("Re: Intro", text + "\n\nAnn Lee", in_reply_to=in_reply_to)
    assert found is None or found.target != "thread"
    if "cancellation of the conference" in text or "ne demande pas" in text:
        assert found is None


def test_an_ask_that_is_no_longer_needed_asks_nothing_but_one_after_a_conjunction_does() -> None:
    base = "Je vous prie de bien vouloir annuler cette demande : " + WHY["fr"]
    said = detect_command("RE: Intro", base + " Il n'y a plus lieu de les présenter.", True)
    assert said is not None and said.command == "cancel"
    asked = base + " Il n'y a plus lieu de les présenter et présentez-moi à Paul Girard."
    assert detect_command("RE: Intro", asked, True) is None
