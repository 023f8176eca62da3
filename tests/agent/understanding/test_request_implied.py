"""The pair an ask implies when no phrasing names it (agent.understanding.request_implied),
read through the whole understanding of a mail."""

from __future__ import annotations

import pytest

from agent.understanding.request_implied import _spelled_name
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

ROSA = Party("Rosa Delgado", "rosa@delgado.example")
JORDAN = Party("Jordan Ellis", "jordan@brightmesa.example")


@pytest.mark.parametrize(
    "body",
    [
        "My neighbour says his friend Jordan Ellis runs a roastery, his email is "
        "jordan@brightmesa.example. Would you be able to put us in touch?",
        "Jordan Ellis (jordan@brightmesa.example) roasts the best beans in town. Could you "
        "connect us?",
        "Conheço o Jordan Ellis de nome (jordan@brightmesa.example). Vc consegue me "
        "apresentar pro Jordan?",
        "Jordan Ellis (jordan@brightmesa.example) torréfie du café. Pourriez-vous me "
        "présenter à lui ?",
    ],
)
def test_an_ask_of_the_writer_with_one_other_person_on_the_mail(body: str) -> None:
    result = understand(body, sender="Rosa Delgado <rosa@delgado.example>")
    assert result.kind == "intro_request", body
    assert {result.a, result.b} == {ROSA, JORDAN}, body
    assert result.confident, body


def test_an_ask_of_two_others_with_exactly_two_on_the_mail() -> None:
    result = understand(
        "Fatima Al-Sayed (fatima@acme.example) runs our data team and Rob Tanaka "
        "(rob@acme.example) just joined in Osaka. Could you introduce two of my colleagues "
        "to each other?",
        sender="Ann Lee <ann@lee.example>",
    )
    assert {result.a, result.b} == {
        Party("Fatima Al-Sayed", "fatima@acme.example"),
        Party("Rob Tanaka", "rob@acme.example"),
    }
    assert result.confident


def test_a_person_copied_fills_the_pronoun_of_an_ask() -> None:
    result = understand(
        "Guten Tag, ich habe Herrn von Hohenberg in Kopie gesetzt. Könnten Sie mich bitte "
        "mit ihm bekannt machen?",
        sender="Lena Vogt <lena@vogt.example>",
        cc="Stefan von Hohenberg <svh@hohenberg.example>, Intro Agent <intro@introbot.net>",
    )
    assert {result.a, result.b} == {
        Party("Lena Vogt", "lena@vogt.example"),
        Party("Stefan von Hohenberg", "svh@hohenberg.example"),
    }
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Two others and the writer: who goes with whom is not said.
        "Jordan Ellis (jordan@brightmesa.example) and Cy Diaz (cy@diaz.example) both roast "
        "coffee. Could you put us in touch?",
        # Three others for a pair.
        "Ann (ann@a.example), Bob (bob@b.example) and Cy (cy@c.example) all work on solar. "
        "Could you make an intro?",
        # One other, and no writer in the ask: a pair needs two.
        "Jordan Ellis (jordan@brightmesa.example) roasts coffee. Could you make the intro?",
    ],
)
def test_no_pair_when_the_people_on_the_mail_could_pair_more_ways(body: str) -> None:
    result = understand(body, sender="Rosa Delgado <rosa@delgado.example>")
    assert not (result.kind == "intro_request" and result.confident), body


def test_a_statement_that_asks_nothing_implies_no_pair() -> None:
    # No question and no plea: an intro word in passing pairs no one.
    result = understand(
        "Jordan Ellis (jordan@brightmesa.example) told me he loves a good intro to roasters.",
        sender="Rosa Delgado <rosa@delgado.example>",
    )
    assert not (result.kind == "intro_request" and result.confident)


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        (
            "Te copio a Elena Navarro, que organiza bodas en Sevilla. ¿Nos pones en contacto "
            "formalmente?",
            "Elena Navarro <elena@navarro.example>",
        ),
        (
            "o Rodrigo Tavares faz design de marca. me apresenta pra ele? o email dele é "
            "rodrigo@tavares.example",
            None,
        ),
    ],
)
def test_an_intro_word_no_ask_phrase_knows_implies_a_pair_when_it_pleads(
    body: str, cc: str | None
) -> None:
    result = understand(body, sender="Alberto Ruiz <alberto@ruiz.example>", cc=cc)
    assert result.kind == "intro_request", body
    assert result.a == Party("Alberto Ruiz", "alberto@ruiz.example"), body
    assert result.b is not None and result.b.email in (
        "elena@navarro.example",
        "rodrigo@tavares.example",
    ), body
    assert result.confident, body


def test_only_a_pleading_sentence_says_who_the_writer_pairs_with() -> None:
    # The "me" and "connect" are in a sentence that tells; the question asks about fees.
    result = understand(
        "Maya Cohen (maya@cohen.example) asked me last week whether I could connect her with "
        "someone at Stripe. Do you charge anything per introduction?",
        sender="Hugo Laurent <hugo@laurent.example>",
    )
    assert not (result.kind == "intro_request" and result.confident)


def _forwarded(note: str, body: str) -> str:
    return (
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Dana Whitfield <dana@frostbyte.example>\nDate: Tue, Nov 4, 2025 at 4:12 PM\n"
        "Subject: a contact\nTo: Tom Becker <tom@becker.example>\n\n\n"
        f"{body}\n\nDana\n"
    )


DANA = Party("Dana Whitfield", "dana@frostbyte.example")


@pytest.mark.parametrize(
    ("note", "body"),
    [
        (
            "can you?",
            "Hey Tom, you used to work with Ravi Kumar at Coldline, right? Any chance you "
            "could get us talking? His email is ravi@coldline.example",
        ),
        (
            "fyi, can you?",
            "Hi Tom, we'd love to meet Ravi Kumar (ravi@coldline.example), he runs the "
            "fleet at Coldline.",
        ),
        (
            "¿Puedes?",
            "Hola Tom, ¿tú conoces a Ravi Kumar? Me encantaría hablar con él sobre sus "
            "camiones. Tengo su correo (ravi@coldline.example).",
        ),
        (
            "Tu peux ?",
            "Salut Tom, j'aimerais beaucoup parler avec Ravi Kumar (ravi@coldline.example) "
            "de ses camions.",
        ),
        (
            "Kannst du?",
            "Hallo Tom, ich würde gerne mit Ravi Kumar (ravi@coldline.example) über seine "
            "Lkw sprechen.",
        ),
        (
            "Consegue?",
            "Oi Tom, eu adoraria conversar com o Ravi Kumar (ravi@coldline.example) sobre "
            "os caminhões dele.",
        ),
        (
            "Unaweza?",
            "Habari Tom, ningependa kuongea na Ravi Kumar (ravi@coldline.example) kuhusu "
            "malori yake.",
        ),
    ],
)
def test_a_note_handing_over_a_forward_asks_what_its_author_wants(note: str, body: str) -> None:
    result = understand(_forwarded(note, body), sender="Tom Becker <tom@becker.example>")
    assert result.kind == "intro_request", note
    assert (result.a, result.b) == (DANA, Party("Ravi Kumar", "ravi@coldline.example")), note
    assert result.confident, note


@pytest.mark.parametrize(
    ("note", "body"),
    [
        # The author wants to talk with the forwarder, no one else.
        ("can you?", "Hi Tom, could we talk next week about the pilot?"),
        # Two people besides the author: which one is not said.
        (
            "can you?",
            "Hi Tom, I'd love to talk with Ravi Kumar (ravi@coldline.example) or Mia Roth "
            "(mia@coldline.example).",
        ),
        # The note says more than "can you?": it is no hand-over.
        (
            "Can you believe this guy?",
            "Hi Tom, you know Ravi Kumar, right? Any chance you could get us talking? His "
            "email is ravi@coldline.example",
        ),
        # No wish for contact: a document shared, an address given.
        (
            "fyi",
            "Hi Tom, the deck is attached. Ravi Kumar (ravi@coldline.example) wrote most of it.",
        ),
    ],
)
def test_a_hand_over_of_no_wish_for_one_person_pairs_no_one(note: str, body: str) -> None:
    result = understand(_forwarded(note, body), sender="Tom Becker <tom@becker.example>")
    assert result.kind == "not_a_request" or not result.confident, note


@pytest.mark.parametrize(
    ("note", "body"),
    [
        (
            "Can you help here?",
            "Hi Tom, our caterer doubled the price. If you know someone good, please put us "
            "in touch.",
        ),
        (
            "¿Puedes ayudar aquí?",
            "Hola Tom, el del catering dobló el precio. Si conoces a alguien bueno, ¿nos "
            "pones en contacto?",
        ),
        (
            "Tu peux aider ici ?",
            "Salut Tom, le traiteur a doublé son prix. Si tu connais quelqu'un de bien, merci "
            "de nous mettre en relation.",
        ),
        (
            "Kannst du hier helfen?",
            "Hallo Tom, der Caterer hat den Preis verdoppelt. Wenn du jemanden kennst, bring "
            "uns bitte in Kontakt.",
        ),
        (
            "Consegues ajudar aqui?",
            "Olá Tom, o catering duplicou o preço. Se conheces alguém bom, põe-nos em "
            "contacto, por favor.",
        ),
        (
            "Unaweza kusaidia hapa?",
            "Habari Tom, mpishi ameongeza bei mara mbili. Kama unamjua mtu mzuri, tafadhali "
            "tuunganishe.",
        ),
    ],
)
def test_a_hand_over_of_a_search_for_someone_asks_about_its_author(note: str, body: str) -> None:
    result = understand(_forwarded(note, body), sender="Tom Becker <tom@becker.example>")
    assert result.kind == "intro_request", note
    assert result.a == DANA, note
    assert not (result.b and (result.b.name or result.b.email)), note
    assert not result.confident, note


@pytest.mark.parametrize(
    ("note", "body"),
    [
        # Someone else written with an address may be the one meant.
        (
            "Can you help here?",
            "Hi Tom, if you know someone good, please put us in touch. Mia Roth "
            "(mia@coldline.example) might know too.",
        ),
        # Told, not asked.
        ("Can you help here?", "Hi Tom, I know someone at Coldline. We got in touch last week."),
    ],
)
def test_a_search_for_someone_beside_another_or_told_leaves_the_author_out(
    note: str, body: str
) -> None:
    result = understand(_forwarded(note, body), sender="Tom Becker <tom@becker.example>")
    assert not (result.a == DANA and not (result.b and (result.b.name or result.b.email))), note


@pytest.mark.parametrize(
    "body",
    [
        "J'aimerais que Mariama Diop <mariama@diop.sn> présente son projet à Yves Konan "
        "<yves@konan.ci>.",
        "Je souhaiterais que Mariama Diop (mariama@diop.sn) présente le budget à Yves Konan "
        "(yves@konan.ci) lundi.",
        "Quisiera que Lucía Gómez (lucia@gomez.es) presente su proyecto a Pablo Ruiz "
        "(pablo@ruiz.es).",
        "I'd like Ann Berg (ann@berg.com) to present her deck to Bob Stone (bob@stone.com).",
        "Gostaria que a Joana Ribeiro (joana@ribeiro.pt) apresentasse o projeto ao Rui Costa "
        "(rui@costa.pt).",
        "Gostaria que a Joana Ribeiro (joana@ribeiro.pt) apresentasse o seu projeto ao Rui "
        "Costa (rui@costa.pt).",
    ],
)
def test_a_wish_that_someone_presents_a_thing_to_another_pairs_no_one(body: str) -> None:
    assert understand(body).kind == "not_a_request", body


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        (
            "J'aimerais que vous présentiez Mariama Diop <mariama@diop.sn> à Yves Konan "
            "<yves@konan.ci>.",
            Party("Mariama Diop", "mariama@diop.sn"),
            Party("Yves Konan", "yves@konan.ci"),
        ),
        (
            "Quisiera que presentaras a Lucía Gómez (lucia@gomez.es) a Pablo Ruiz (pablo@ruiz.es).",
            Party("Lucía Gómez", "lucia@gomez.es"),
            Party("Pablo Ruiz", "pablo@ruiz.es"),
        ),
        (
            "Gostaria que apresentasse a Joana Ribeiro (joana@ribeiro.pt) ao Rui Costa "
            "(rui@costa.pt).",
            Party("Joana Ribeiro", "joana@ribeiro.pt"),
            Party("Rui Costa", "rui@costa.pt"),
        ),
    ],
)
def test_a_wish_that_a_person_be_presented_still_pairs(body: str, a: Party, b: Party) -> None:
    result = understand(body)
    assert (result.a, result.b) == (a, b), body
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        "hello my granddaughter Chloe Martin needs a placement my neighbour told me her son "
        "Owen Pryce is a vet could you introduce them chloes email is "
        "chloe.martin@hotmail.example i dont have Owens",
        "guten tag mein enkel Felix Sommer sucht eine lehrstelle der Herr Albrecht Kühn hat "
        "eine schreinerei bei uns können sie die beiden zusammenbringen seine email ist "
        "felix.sommer@gmx.example",
        "bonjour ma petite-fille Chloé Martin cherche un stage ma voisine m'a dit que son fils "
        "Owen Pryce est vétérinaire pourriez-vous les présenter l'email de chloé est "
        "chloe.martin@hotmail.example je n'ai pas celui d'Owen",
        "hola mi nieta Chloe Martin busca prácticas mi vecina me dijo que su hijo Owen Pryce "
        "es veterinario podría presentar a los dos el correo de chloe es "
        "chloe.martin@hotmail.example no tengo el de Owen",
        "olá minha neta Chloe Martin procura estágio a vizinha me disse que o filho dela Owen "
        "Pryce é veterinário pode apresentar os dois o email da chloe é "
        "chloe.martin@hotmail.example não tenho o do Owen",
        "habari mjukuu wangu Chloe Martin anatafuta nafasi jirani aliniambia mwanawe Owen "
        "Pryce ni daktari naomba uwaunganishe wote wawili barua pepe ya chloe ni "
        "chloe.martin@hotmail.example sina ya Owen",
    ],
)
def test_an_ask_about_two_others_never_pairs_the_writer(body: str) -> None:
    # The writer tells of two people and asks for "them": the one with an address is
    # not to be paired with the writer, whatever else the sentence says of "me".
    result = understand(body, sender="Pat Morrow <pat@morrow.example>")
    assert not result.confident, body
    pairs = [(result.a, result.b), *((p.a, p.b) for p in result.more)]
    assert all(Party("Pat Morrow", "pat@morrow.example") not in pair for pair in pairs), body


def test_an_ask_of_the_writer_with_one_other_still_pairs_them() -> None:
    # Near miss: "us" with one person on the mail, and "both" nowhere in the plea.
    result = understand(
        "My neighbour told me Jordan Ellis (jordan@brightmesa.example) roasts coffee. "
        "Could you put us in touch? We both love espresso.",
        sender="Rosa Delgado <rosa@delgado.example>",
    )
    assert {result.a, result.b} == {ROSA, JORDAN}
    assert result.confident


GREG = Party("Grégoire Lambert", "g.lambert@lambert-expertise.fr")
ISA = Party("Isabelle Caron", "isabelle.caron@notaires-libourne.fr")
TWO = (
    "M. Grégoire Lambert, expert-comptable à Bordeaux (g.lambert@lambert-expertise.fr), "
    "accompagne des viticulteurs. Mme Isabelle Caron, notaire à Libourne "
    "(isabelle.caron@notaires-libourne.fr), traite ces dossiers."
)


@pytest.mark.parametrize(
    "ask",
    [
        "Je me permets de vous solliciter afin que vous mettiez en relation deux personnes "
        "de mon entourage professionnel.",
        "Could you please introduce two people from my network?",
        "Could you connect the following, please?",
        "¿Podrías poner en contacto a dos personas de mi red?",
        "Könnten Sie bitte zwei Personen aus meinem Netzwerk miteinander vernetzen?",
        "Poderia apresentar duas pessoas da minha rede?",
        "Tafadhali unganisha watu wawili kutoka mtandao wangu.",
    ],
)
def test_an_ask_about_two_people_pairs_the_two_written_with_addresses(ask: str) -> None:
    result = understand(f"{ask}\n\n{TWO}", sender="Anne Vasseur <av@vasseur.fr>")
    assert result.kind == "intro_request", ask
    assert {result.a, result.b} == {GREG, ISA}, ask
    assert result.confident, ask


@pytest.mark.parametrize(
    "ask",
    [
        # The writer is one of them, or the two are the other side of someone.
        "Pourriez-vous me présenter deux personnes de votre réseau ?",
        "Could you introduce me to two people from your network?",
        "Could you introduce our CEO to two people?",
        "¿Me podrías presentar a dos personas de tu red?",
        "Könnten Sie mich bitte mit zwei Personen vernetzen?",
    ],
)
def test_two_people_with_the_writer_or_someone_else_are_no_pair(ask: str) -> None:
    result = understand(f"{ask}\n\n{TWO}", sender="Anne Vasseur <av@vasseur.fr>")
    assert not (result.confident and {result.a, result.b} == {GREG, ISA}), ask


def test_two_people_asked_about_with_three_written_is_asked_about() -> None:
    third = " M. Paul Henry, banquier (paul.henry@banque.fr), finance ces projets."
    result = understand(
        "Pourriez-vous mettre en relation deux personnes de mon entourage ?\n\n" + TWO + third,
        sender="Anne Vasseur <av@vasseur.fr>",
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Bitte stellen Sie sie Herrn Dr. Lorenz Baumann vor (lorenz@secura.example), der ist "
        "bei uns in der Region der Experte.",
        "Please introduce her to Lorenz Baumann (lorenz@secura.example), he is the expert "
        "around us.",
        "Merci de la présenter à Lorenz Baumann (lorenz@secura.example), c'est l'expert chez nous.",
        "Por favor, preséntala a Lorenz Baumann (lorenz@secura.example), es el experto aquí "
        "entre nosotros.",
        "Por favor, apresente-a ao Lorenz Baumann (lorenz@secura.example), ele é o "
        "especialista aqui para nós.",
    ],
)
def test_an_us_of_another_clause_does_not_make_the_writer_a_party(body: str) -> None:
    # "bei uns" / "around us" tells where the expert works; the one to introduce is "her".
    result = understand(body, sender="Martin Krüger <martin@krueger.example>")
    pairs = [(result.a, result.b), *((p.a, p.b) for p in result.more)]
    assert all(Party("Martin Krüger", "martin@krueger.example") not in p for p in pairs), body
    assert not result.confident, body


def test_the_writer_asked_for_across_a_relative_clause_is_no_ask_of_two_others() -> None:
    amelie, bruno = "Amélie Roche (amelie@fl.example)", "Bruno Petit (bruno@gl.example)"
    for body in (
        f"Könnten Sie mich mit {amelie}, die das Förderprogramm leitet, und auch mit {bruno} "
        "bekannt machen? Wir bereiten einen Antrag vor.",
        f"Könnten Sie mich bitte mit {amelie}, deren Team das Programm leitet, und mit "
        f"{bruno} vernetzen? Wir bereiten einen Antrag vor.",
    ):
        result = understand(body, sender="Pat Morrow <pat@morrow.example>")
        assert not result.confident, body
        assert (result.a, result.b) != (
            Party("Amélie Roche", "amelie@fl.example"),
            Party("Bruno Petit", "bruno@gl.example"),
        ), body
    # Near miss: the two others, the clause about one of them aside, are still the pair.
    result = understand(
        f"Könnten Sie {amelie}, die das Förderprogramm leitet, mit {bruno} bekannt machen? "
        "Wir bereiten einen Antrag vor.",
        sender="Pat Morrow <pat@morrow.example>",
    )
    assert (result.a, result.b) == (
        Party("Amélie Roche", "amelie@fl.example"),
        Party("Bruno Petit", "bruno@gl.example"),
    )
    assert result.confident


def test_a_titled_surname_is_the_person_whose_address_spells_the_full_name() -> None:
    # "Herrn Lorenz Pichler ... lorenz.pichler@..." then "Herr Pichler soll ... liefern":
    # one person written twice, a title naming him by his surname.
    names = ("Lorenz Pichler", "Pichler")
    email = "lorenz.pichler@hopfengut-pichler.de"
    assert _spelled_name(email, names, ("Lorenz Pichler", "Pichler")) == "Lorenz Pichler"
    # Untitled, the surname alone may be someone else: the address spells no one surely.
    assert _spelled_name(email, names) == ""
    # A titled first name is no surname ("Mr Lorenz" is not Lorenz Pichler's last name).
    assert _spelled_name(email, ("Lorenz Pichler", "Lorenz"), ("Lorenz",)) == "Lorenz Pichler"


def test_a_request_whose_background_names_the_one_asked_for_by_title_is_confident() -> None:
    result = understand(
        "Grüß Gott,\n\nich möchte Sie bitten, mich mit Herrn Lorenz Pichler vom Hopfengut"
        " Pichler in Wolnzach bekannt zu machen. Seine E-Mail-Adresse lautet"
        " lorenz.pichler@hopfengut-pichler.de.\n\nZum Hintergrund: Herr Pichler soll uns"
        " Hopfen liefern.\n\nXaver Hubmeier"
    )
    assert result.kind == "intro_request"
    assert result.confident
    assert result.b == Party("Lorenz Pichler", "lorenz.pichler@hopfengut-pichler.de")
