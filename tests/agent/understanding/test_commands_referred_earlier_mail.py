"""A formal cancel whose opening sentence refers to the writer's own earlier mail about an
intro naming whom it was with ("unter Bezugnahme auf mein Schreiben vom 3. d. M. betreffend
die Vermittlung eines Kontaktes zwischen Herrn Mag. Florian Url und Frau Prof. Dr. Elisabeth
Reininghaus ersuche ich Sie höflich, die gegenständliche Anfrage zu stornieren", "With
reference to my email of 3 November regarding the introduction between ..., I would kindly
ask you to cancel the said request") cancels that intro, named as the earlier mail names
it; a signature making the mail longer than 90 words leaves it so, and a title written in
capitals opening the sender's name ("HR Dr. Ernst Pichler-Wallner") is no part of it."""

from __future__ import annotations

import pytest

from tests.agent.understanding.test_requests import understand

CANCELS = {
    "en": (
        "Dear Sir or Madam,\n\nWith reference to my email of 3 November regarding the "
        "introduction between Mr Florian Url and Prof. Elisabeth Reininghaus, I would kindly "
        "ask you to cancel the said request.\n\nThe matter has since been settled in a "
        "personal conversation at the general meeting.\n\nThank you for your efforts.\n\n"
        "Yours faithfully,\n\nErnst Pichler\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\nSuite à mon courriel du 3 novembre concernant la mise en "
        "relation entre M. Florian Url et la Prof. Elisabeth Reininghaus, je vous prie de "
        "bien vouloir annuler ladite demande.\n\nL'affaire s'est réglée entre-temps lors "
        "d'un entretien personnel à l'assemblée générale.\n\nJe vous remercie de vos "
        "efforts.\n\nVeuillez agréer mes salutations distinguées,\n\nErnst Pichler\n"
    ),
    "es": (
        "Estimados señores:\n\nEn relación con mi correo del 3 de noviembre sobre la "
        "presentación entre el Sr. Florian Url y la Prof. Elisabeth Reininghaus, les ruego "
        "que cancelen dicha solicitud.\n\nEl asunto se ha resuelto entretanto en una "
        "conversación personal durante la asamblea general.\n\nAgradezco de antemano sus "
        "esfuerzos.\n\nAtentamente,\n\nErnst Pichler\n"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nunter Bezugnahme auf mein Schreiben vom 3. d. M. "
        "betreffend die Vermittlung eines Kontaktes zwischen Herrn Mag. Florian Url und Frau "
        "Prof. Dr. Elisabeth Reininghaus ersuche ich Sie höflich, die gegenständliche "
        "Anfrage zu stornieren.\n\nDie Angelegenheit hat sich zwischenzeitlich im Wege eines "
        "persönlichen Gesprächs erledigt.\n\nMit vorzüglicher Hochachtung\n\nErnst Pichler\n"
    ),
    "pt": (
        "Exmos. Senhores,\n\nCom referência ao meu e-mail de 3 de novembro relativo à "
        "apresentação entre o Sr. Florian Url e a Prof.ª Elisabeth Reininghaus, venho "
        "solicitar o cancelamento do referido pedido.\n\nO assunto ficou entretanto "
        "resolvido numa conversa pessoal durante a assembleia geral.\n\nAgradeço desde já o "
        "vosso empenho.\n\nCom os melhores cumprimentos,\n\nErnst Pichler\n"
    ),
    "sw": (
        "Ndugu,\n\nKuhusu barua pepe yangu ya tarehe 3 Novemba juu ya utambulisho kati ya "
        "Bw. Florian Url na Prof. Elisabeth Reininghaus, naomba usitishe ombi hilo.\n\nJambo "
        "hilo limeshamalizika katika mazungumzo ya ana kwa ana wakati wa mkutano mkuu.\n\n"
        "Asante kwa juhudi zako.\n\nWako mwaminifu,\n\nErnst Pichler\n"
    ),
}


@pytest.mark.parametrize("language", sorted(CANCELS))
def test_a_cancel_referring_to_the_writers_earlier_mail_cancels_its_intro(language: str) -> None:
    result = understand(CANCELS[language])
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.context is not None
    assert "Florian Url" in result.context
    assert "Reininghaus" in result.context


def test_a_signature_pushing_the_mail_past_ninety_words_is_left_out() -> None:
    signature = (
        "\nHR Dr. Ernst Pichler-Wallner\nObmann\nFreundeskreis Grazer Leichtathletik\n"
        "Schubertstraße 00, 8010 Graz\nTel. +43 316 000000\nFax +43 316 000001\n"
        "Vereinsregister ZVR 000000000, Landespolizeidirektion Steiermark\n"
        "Bankverbindung: Steiermärkische Sparkasse, IBAN AT00 0000 0000 0000 0000\n"
    )
    thanks = (
        "Für Ihre Bemühungen darf ich mich bereits an dieser Stelle verbindlich bedanken.\n\n"
        "Mit vorzüglicher Hochachtung\n"
    )
    body = CANCELS["de"].replace("Mit vorzüglicher Hochachtung\n\nErnst Pichler\n", thanks)
    body += signature
    assert len(body.split()) > 90
    result = understand(body, sender="HR Dr. Ernst Pichler-Wallner <e.pw@gak.example>")
    assert result.kind == "command"
    assert result.command == "cancel"
    assert result.requester is not None
    assert result.requester.name == "Ernst Pichler-Wallner"


def test_a_new_ask_after_the_reference_stays_a_request() -> None:
    result = understand(
        "Dear Sir or Madam,\n\nWith reference to my email of 3 November regarding the"
        " introduction between Mr Florian Url and Prof. Elisabeth Reininghaus, could you"
        " also introduce me to Dr Hanna Berger (hanna@berger.example)? She runs the"
        " youth programme.\n\nYours faithfully,\n\nErnst Pichler"
    )
    assert result.kind == "intro_request"


def test_a_reference_to_the_earlier_mail_without_a_cancel_is_no_command() -> None:
    result = understand(
        "Dear Sir or Madam,\n\nWith reference to my email of 3 November regarding the"
        " introduction between Mr Florian Url and Prof. Elisabeth Reininghaus, I wanted to"
        " add that both will be at the general meeting next week, so there is no hurry"
        " at all.\n\nYours faithfully,\n\nErnst Pichler"
    )
    assert result.kind != "command"


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("HR Dr. Ernst Pichler-Wallner <e.pw@gak.example>", "Ernst Pichler-Wallner"),
        ("DI Florian Gruber <f.gruber@bau.example>", "Florian Gruber"),
        # Two words left: no title taken away.
        ("HR Dept <hr@acme.example>", "HR Dept"),
    ],
)
def test_a_title_in_capitals_opening_the_senders_name_is_left_out(sender: str, name: str) -> None:
    result = understand(
        "Could you introduce me to Priya Raman (priya@lumen.example)?", sender=sender
    )
    assert result.requester is not None
    assert result.requester.name == name
