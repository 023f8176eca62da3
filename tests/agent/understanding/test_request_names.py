"""How people are named in requests: titles of professions, compound surnames and
particles, nicknames, names typed in a hurry."""

from __future__ import annotations

from typing import cast

import pytest

from agent.engine.inbound import _StoreAddressBook
from agent.engine.tables import ADDRESS_BOOK
from agent.message import Address
from agent.store.base import Tables
from agent.understanding.address_book import MemoryAddressBook
from agent.understanding.request_model import Party
from tests.agent.understanding.test_requests import understand

WRITER = Party("Ann Lee", "ann@lee.example")


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Estimados: les solicito de la manera más atenta que me presenten con el Ing. "
            "Pedro Gómez Treviño (pgomez@acerosnorte.mx). Saludos",
            Party("Pedro Gómez Treviño", "pgomez@acerosnorte.mx"),
        ),
        (
            "Hola, ¿me podrías presentar a la Arq. Lucía Fernández (lucia@fernandez-arq.mx)?",
            Party("Lucía Fernández", "lucia@fernandez-arq.mx"),
        ),
        (
            "Je me demandais si tu pouvais me mettre en contact avec Me Geneviève "
            "Tremblay-Lachance, notaire à Sherbrooke (g.tremblay-lachance@notaires.qc.ca).",
            Party("Geneviève Tremblay-Lachance", "g.tremblay-lachance@notaires.qc.ca"),
        ),
        (
            "Könnten Sie mich bitte mit Mag. Julia Berger (julia.berger@kanzlei-berger.at) "
            "bekannt machen?",
            Party("Julia Berger", "julia.berger@kanzlei-berger.at"),
        ),
        (
            "Könnten Sie mich bitte mit Ing. Karl Huber (k.huber@huberbau.at) bekannt machen?",
            Party("Karl Huber", "k.huber@huberbau.at"),
        ),
        (
            "Olá, pode me apresentar à Senhora Ana Costa (ana@costa.pt)? Obrigado",
            Party("Ana Costa", "ana@costa.pt"),
        ),
        (
            "Habari, naomba unitambulishe kwa Wakili Amina Juma (amina@jumalaw.co.tz). Asante",
            Party("Amina Juma", "amina@jumalaw.co.tz"),
        ),
    ],
)
def test_a_title_of_a_profession_is_no_part_of_the_name(body: str, b: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (WRITER, b)
    assert result.confident


def test_a_plural_ask_with_particles_and_a_title_pairs_the_two_named() -> None:
    result = understand(
        "Estimado equipo:\n\nPor medio del presente les solicito de la manera más atenta que "
        "presenten a Juan Carlos de la Cruz (jc.delacruz@agrotech.mx), quien dirige una startup "
        "de riego en Guanajuato, con la Lic. Mariana Villaseñor Ortega "
        "(mvillasenor@fondosemilla.mx), del Fondo Semilla del Bajío. Juan Carlos está "
        "levantando su ronda presemilla.\n\nAtentamente,\nIng. Raúl Ibarra"
    )
    assert (result.a, result.b) == (
        Party("Juan Carlos de la Cruz", "jc.delacruz@agrotech.mx"),
        Party("Mariana Villaseñor Ortega", "mvillasenor@fondosemilla.mx"),
    )
    assert result.confident


def test_me_before_a_name_is_the_title_and_before_a_verb_the_writer() -> None:
    result = understand(
        "Pourriez-vous présenter Me Julien Caron (jcaron@caron-avocats.fr) à Monsieur Paul Roy "
        "(paul@roy.fr) ? Merci"
    )
    assert (result.a, result.b) == (
        Party("Julien Caron", "jcaron@caron-avocats.fr"),
        Party("Paul Roy", "paul@roy.fr"),
    )
    for body in (
        "Me présenter à Paul Roy (paul@roy.fr) serait super. Merci",
        "Me gustaría conocer a Paul Roy (paul@roy.fr). Gracias",
    ):
        result = understand(body)
        assert (result.a, result.b) == (WRITER, Party("Paul Roy", "paul@roy.fr"))


BOOK = MemoryAddressBook(
    [
        Address("Sandrine Favre-Bulle", "s.favre-bulle@fidujura.ch"),
        Address("Nicolas Favre", "nicolas.favre@fidujura.ch"),
    ]
)


def test_a_hyphenated_surname_after_madame_is_known_from_the_book() -> None:
    result = understand(
        "Bonjour,\n\nAuriez-vous l'amabilité de me présenter à Madame Sandrine Favre-Bulle ? "
        "Nous cherchons une fiduciaire.",
        book=BOOK,
    )
    assert result.b == Party("Sandrine Favre-Bulle", "s.favre-bulle@fidujura.ch")
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # A surname two people of the book share, after a title of no gender (after
        # "Madame", Nicolas Favre is no one: ``test_request_gendered_titles``).
        "Pourriez-vous me présenter au Dr Favre ? Merci",
        # A first name and a surname the book holds only as part of another's.
        "Pourriez-vous me présenter à Sandrine Favre ? Merci",
    ],
)
def test_a_part_of_a_hyphenated_surname_is_no_one_of_the_book(body: str) -> None:
    result = understand(body, book=BOOK)
    assert result.kind == "intro_request"
    assert result.b is not None and result.b.email is None
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            'Che, ¿me podés presentar a Mercedes "Meche" Aguirre Larraín? Su mail es '
            "meche@aguirrevinos.cl. Ella arma la distribución en Santiago.",
            Party("Mercedes Aguirre Larraín", "meche@aguirrevinos.cl"),
        ),
        (
            "Could you introduce me to Robert \u201cBob\u201d Smith (bob@smith.io)? Thanks",
            Party("Robert Smith", "bob@smith.io"),
        ),
        (
            "Pourrais-tu me présenter à José « Pepe » García (pepe@garcia.es) ?",
            Party("José García", "pepe@garcia.es"),
        ),
        (
            "Könnten Sie mich mit Wolfgang \u201eWolle\u201c Maier (wolle@maier.de) bekannt "
            "machen?",
            Party("Wolfgang Maier", "wolle@maier.de"),
        ),
        (
            'Você pode me apresentar ao Carlos "Cacá" Souza (caca@souza.com.br)? Obrigado',
            Party("Carlos Souza", "caca@souza.com.br"),
        ),
        (
            'Naomba unitambulishe kwa Juma "JJ" Mrisho (jj@mrisho.co.tz). Asante',
            Party("Juma Mrisho", "jj@mrisho.co.tz"),
        ),
    ],
)
def test_a_nickname_in_quotes_is_inside_the_name(body: str, b: Party) -> None:
    result = understand(body)
    assert (result.a, result.b) == (WRITER, b)
    assert result.confident


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # A quoted word after the whole name: a company, no part of it.
        ('Could you introduce me to Carla Diaz "Bloom" founder? Thanks', "Carla Diaz"),
        # A quoted word after a first name, then no surname.
        ('¿Me podés presentar a Mercedes "Meche" en la feria? Gracias', "Mercedes"),
    ],
)
def test_a_quoted_word_without_a_surname_after_it_ends_the_name(body: str, name: str) -> None:
    result = understand(body)
    assert result.b is not None and result.b.name == name
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Bjr stp connecte moi avec Rui Costa rui.costa@costa.pt pour le transport. merci",
        "Slt, connectez-moi avec Rui Costa (rui.costa@costa.pt) svp",
        "Bsr branche moi avec Rui Costa rui.costa@costa.pt stp",
        "hallo bte vernetz mich mit Rui Costa rui.costa@costa.pt danke",
        "Hallo, vernetze mich bitte mit Rui Costa rui.costa@costa.pt danke",
        "hola xfa conectame con Rui Costa rui.costa@costa.pt gracias",
        "oi, pfvr apresenta me ao Rui Costa rui.costa@costa.pt obg",
        "Pls connect me with Rui Costa rui.costa@costa.pt thx",
        "Habari tafadhali niunganishe na Rui Costa rui.costa@costa.pt asante",
    ],
)
def test_a_request_typed_as_a_text_message(body: str) -> None:
    result = understand(body)
    assert (result.a, result.b) == (WRITER, Party("Rui Costa", "rui.costa@costa.pt"))
    assert result.confident


@pytest.mark.parametrize(
    "body",
    [
        # Connecting to an account, a platform or a desk: no one.
        "Bjr, je n'arrive pas à me connecter avec mon compte. merci",
        "Stp connecte moi avec la plateforme de paiement",
        "Hallo, verbinde mich bitte mit der Buchhaltung, danke",
    ],
)
def test_a_text_message_connecting_to_no_one_asks_nothing(body: str) -> None:
    assert understand(body).kind == "not_a_request"


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Allo! Peux-tu connecter Maxime Ouellet (maxime@ouellet-acoustique.com) avec mon "
            "chum Jean-Philippe Gagnon? L'adresse de JP c'est jp.gagnon at videotron dot ca (il "
            "veut pas que je l'écrive au complet). Merci!!",
            Party("Jean-Philippe Gagnon", None),
        ),
        (
            "Kannst du mich mit Lukas Oberhofer bekannt machen? Seine Adresse: lukas [at] "
            "oberhofer-holz [punkt] at. Danke",
            Party("Lukas Oberhofer", None),
        ),
        (
            "Could you introduce me to Ann Baker? Her email is ann dot baker at gmail dot com.",
            Party("Ann Baker", None),
        ),
        (
            "¿Me podés presentar a Ana Ruiz? Su mail es ana.ruiz arroba gmail punto com. Gracias",
            Party("Ana Ruiz", None),
        ),
        (
            "Pode me apresentar à Ana Ruiz? O email dela é ana.ruiz arroba gmail ponto com.",
            Party("Ana Ruiz", None),
        ),
        (
            "Naomba unitambulishe kwa Amina Juma, barua pepe yake ni amina at juma dot co dot "
            "tz. Asante",
            Party("Amina Juma", None),
        ),
        # An address given as well, beside one spelled out: which is meant is asked.
        (
            "Könnten Sie mich mit Lukas Oberhofer (l.oberhofer@holz.at) bekannt machen? Privat: "
            "lukas [at] oberhofer-holz [punkt] at. Danke",
            Party("Lukas Oberhofer", "l.oberhofer@holz.at"),
        ),
    ],
)
def test_an_address_spelled_out_is_never_decoded(body: str, b: Party) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert result.b == b
    assert not result.confident


def test_an_address_spelled_out_leaves_the_book_address_to_be_asked_about() -> None:
    book = MemoryAddressBook([Address("Ann Baker", "ann@bakerco.example")])
    result = understand(
        "Could you introduce me to Ann Baker? Her email is ann dot baker at gmail dot com.",
        book=book,
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Pourrais-tu me présenter à Jean Roy (jean@roy.ca) ? On s'est vus chez Google point "
        "final. Merci",
        "Could you introduce me to Jean Roy (jean@roy.ca)? We met at the fair. Thanks",
    ],
)
def test_words_that_spell_no_address_doubt_nothing(body: str) -> None:
    result = understand(body)
    assert result.b == Party("Jean Roy", "jean@roy.ca")
    assert result.confident


RECRUITER_BOOK = MemoryAddressBook(
    [
        Address("Clara Jensen", "clara@jensen-studio.dk"),
        Address("Yusuf Demirci", "y.demirci@demirci-law.com.tr"),
        Address("Yusuf Demir", "yusuf.demir@kiteline.de"),
    ]
)


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce Clara Jensen to Yusuf Demir? You've connected me with both of "
        "them at some point so you should have their emails. Clara's relocating to Berlin "
        "and Yusuf has been hiring PMs there.",
        "Could you introduce Clara Jensen to Yusuf Demir? I met them at that point in time "
        "when we all lived in Aarhus. Clara's relocating to Berlin and Yusuf is hiring.",
        "Pourrais-tu présenter Clara Jensen à Yusuf Demir ? On a dîné chez moi point de "
        "vue business, rien de plus. Clara s'installe à Berlin et Yusuf recrute là-bas.",
        "Could you introduce Clara Jensen to Yusuf Demir? Yusuf said at one point he needed "
        "designers, and Clara's relocating to Berlin where Yusuf is hiring.",
    ],
)
def test_an_ordinary_phrase_with_an_at_and_a_dot_word_spells_no_address(body: str) -> None:
    # "them at some point so", "at that point in", "chez moi point de": a determiner or a
    # pronoun after the "at" word is no domain; full names each known to the book under
    # exactly one address stay certain beside a near name ("Yusuf Demirci").
    result = understand(body, book=RECRUITER_BOOK)
    assert (result.a, result.b) == (
        Party("Clara Jensen", "clara@jensen-studio.dk"),
        Party("Yusuf Demir", "yusuf.demir@kiteline.de"),
    )
    assert result.confident


def test_an_address_spelled_with_a_name_for_its_domain_still_doubts() -> None:
    # The near miss: a real domain word after "at" spells an address, as before.
    result = understand(
        "Could you introduce Clara Jensen to Yusuf Demir? Yusuf's private one is yusuf at "
        "some-mail dot de.",
        book=RECRUITER_BOOK,
    )
    assert result.kind == "intro_request"
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "context"),
    [
        (
            "Could you introduce Clara Jensen to Yusuf Demir? You should have their emails "
            "from last year. Clara's relocating to Berlin and Yusuf has been hiring PMs there.",
            "Clara's relocating to Berlin and Yusuf has been hiring PMs there",
        ),
        (
            "Peux-tu présenter Clara Jensen à Yusuf Demir ? Tu dois avoir leurs mails depuis "
            "l'an dernier. Clara s'installe à Berlin et Yusuf y recrute des PM.",
            "Clara s'installe à Berlin et Yusuf y recrute des PM",
        ),
        (
            "¿Puedes presentar a Clara Jensen a Yusuf Demir? Ya deberías tener sus correos de "
            "antes. Clara se muda a Berlín y Yusuf contrata PMs allí.",
            "Clara se muda a Berlín y Yusuf contrata PMs allí",
        ),
        (
            "Kannst du Clara Jensen mit Yusuf Demir bekannt machen? Die E-Mail-Adressen hast "
            "du ja noch von damals. Clara zieht nach Berlin und Yusuf sucht dort PMs.",
            "Clara zieht nach Berlin und Yusuf sucht dort PMs",
        ),
        (
            "Pode apresentar a Clara Jensen ao Yusuf Demir? Você já deve ter os endereços "
            "de antes. A Clara vai para Berlim e o Yusuf está contratando lá.",
            "A Clara vai para Berlim e o Yusuf está contratando lá",
        ),
    ],
)
def test_a_sentence_about_their_addresses_is_no_reason(body: str, context: str) -> None:
    result = understand(body, book=RECRUITER_BOOK)
    assert result.context == context


TUNDE = Party("Tunde Bakare", "tunde@bakare.ng")
NAMESAKES = MemoryAddressBook(
    [
        Address("Chidi Eze", "chidi.eze@payrail.ng"),
        Address("Chidiebere Nwosu", "chidi@nwosu-compliance.com"),
        Address("Tunde Bakare", TUNDE.email or ""),
        Address("Amaka Obi", "ada@obi.ng"),
    ]
)


@pytest.mark.parametrize(
    "body",
    [
        "Please help me link up with Tunde Bakare. Thanks",
        "Could you help me connect with Tunde Bakare? Thanks",
        "Peux-tu m'aider à entrer en contact avec Tunde Bakare ? Merci",
        "Aide-moi à me connecter avec Tunde Bakare stp",
        "¿Me ayudas a conectar con Tunde Bakare? Gracias",
        "¿Me podés ayudar a contactar con Tunde Bakare? Gracias",
        "Kannst du mir helfen, mit Tunde Bakare in Kontakt zu kommen? Danke",
        "Hilf mir bitte, mit Tunde Bakare in Kontakt zu kommen. Danke",
        "Você pode me ajudar a entrar em contato com o Tunde Bakare? Obrigado",
        "Tafadhali nisaidie kuwasiliana na Tunde Bakare. Asante",
    ],
)
def test_help_me_connect_with_asks(body: str) -> None:
    result = understand(body, book=NAMESAKES)
    assert (result.a, result.b) == (WRITER, TUNDE)
    assert result.confident


def test_a_first_name_another_entry_goes_by_is_no_one_certain() -> None:
    result = understand(
        "Please help me link up with Chidi, the one that does fintech compliance. We need "
        "someone to review our licence application.",
        book=NAMESAKES,
    )
    assert result.kind == "intro_request"
    assert result.b == Party("Chidi", None)
    assert not result.confident


@pytest.mark.parametrize(
    ("body", "b"),
    [
        # The full name, or the name the address only adds to, is one person.
        ("Please introduce me to Chidi Eze. Thanks", Party("Chidi Eze", "chidi.eze@payrail.ng")),
        (
            "Please introduce me to Chidiebere. Thanks",
            Party("Chidiebere Nwosu", "chidi@nwosu-compliance.com"),
        ),
        ("Please introduce me to Tunde. Thanks", TUNDE),
    ],
)
def test_a_name_one_entry_answers_to_stays_certain(body: str, b: Party) -> None:
    result = understand(body, book=NAMESAKES)
    assert result.b == b
    assert result.confident


def test_a_name_only_an_address_spells_resolves_to_no_one() -> None:
    result = understand("Please introduce me to Ada. Thanks", book=NAMESAKES)
    assert result.b is None or result.b.email is None
    assert not result.confident


def test_the_stored_book_finds_namesakes_as_the_memory_book_does() -> None:
    class Stored:
        def all(self, table: str) -> dict[str, dict[str, object]]:
            assert table == ADDRESS_BOOK
            return {
                "chidi.eze@payrail.ng": {"names": ["Chidi Eze"]},
                "chidi@nwosu-compliance.com": {"names": ["Chidiebere Nwosu"]},
                "ada@obi.ng": {"names": ["Amaka Obi"]},
            }

    book = _StoreAddressBook(cast(Tables, Stored()))
    assert {a.email for a in book.lookup("Chidi")} == {
        "chidi.eze@payrail.ng",
        "chidi@nwosu-compliance.com",
    }
    assert [a.email for a in book.lookup("Chidi Eze")] == ["chidi.eze@payrail.ng"]
    assert [a.email for a in book.lookup("Chidiebere")] == ["chidi@nwosu-compliance.com"]
    assert book.lookup("Ada") == ()


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        (
            "Naomba umtambulishe mwanariadha wangu Neema Laizer (neema.laizer@gmail.com) kwa "
            "Halima Said (halima.said@lishebora.co.tz), mtaalamu wa lishe.",
            Party("Neema Laizer", "neema.laizer@gmail.com"),
            Party("Halima Said", "halima.said@lishebora.co.tz"),
        ),
        (
            "Tafadhali mtambulishe mteja wetu Juma Ally (juma@ally.co.tz) kwa mhasibu wetu "
            "Rehema Mushi (rehema@mushi.co.tz).",
            Party("Juma Ally", "juma@ally.co.tz"),
            Party("Rehema Mushi", "rehema@mushi.co.tz"),
        ),
        (
            "Naomba umtambulishe mwanafunzi wangu Amani Kweka <amani@kweka.co.tz> kwa "
            "Dkt. Rose Mallya <rose@mallya.co.tz>.",
            Party("Amani Kweka", "amani@kweka.co.tz"),
            Party("Rose Mallya", "rose@mallya.co.tz"),
        ),
    ],
)
def test_a_noun_and_a_possessive_after_it_describe_the_one_named(
    body: str, a: Party, b: Party
) -> None:
    result = understand(body)
    assert result.kind == "intro_request"
    assert (result.a, result.b) == (a, b)
    assert result.confident


def test_a_noun_and_a_possessive_with_no_name_after_them_name_no_one() -> None:
    # "my athlete" with no name: no one to introduce, and no guess.
    result = understand(
        "Naomba umtambulishe mwanariadha wangu kwa Halima Said (halima.said@lishebora.co.tz)."
    )
    assert not (result.kind == "intro_request" and result.confident)


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Bitte bring mich mit Tobias Ahrens von der Jugendberufshilfe zusammen, "
            "tobias.ahrens@jbh-bremen.de.",
            Party("Tobias Ahrens", "tobias.ahrens@jbh-bremen.de"),
        ),
        (
            "Könnten Sie mich mit Wilhelm Brandt vom Geschichtsverein "
            "(w.brandt@geschichtsverein-kassel.de) bekannt machen?",
            Party("Wilhelm Brandt", "w.brandt@geschichtsverein-kassel.de"),
        ),
        (
            "Könnten Sie mich mit Petra Lindner von der Handwerkskammer "
            "(p.lindner@hwk-bremen.de) bekannt machen?",
            Party("Petra Lindner", "p.lindner@hwk-bremen.de"),
        ),
        # An institution, an engineering office, a firm: "-anstalt", "-büro", "-betrieb",
        # an adjective before it and the city after it taken in too.
        (
            "Bitte mach mich mit Karl Wendt von der Technischen Versuchsanstalt Bremen "
            "bekannt (k.wendt@tva-bremen.example).",
            Party("Karl Wendt", "k.wendt@tva-bremen.example"),
        ),
        (
            "Könnten Sie mich mit Sabine Kurz vom Ingenieurbüro Kurz "
            "(s.kurz@ib-kurz.example) bekannt machen?",
            Party("Sabine Kurz", "s.kurz@ib-kurz.example"),
        ),
        (
            "Kannst du mich mit Timo Brandt vom Dachdeckerbetrieb Brandt "
            "(timo@brandt-dach.example) zusammenbringen?",
            Party("Timo Brandt", "timo@brandt-dach.example"),
        ),
        # A surname after "von der" that ends on no organisation's word stays the name's.
        (
            "Könnten Sie mich mit Ursula von der Leyen (ursula@leyen.example) bekannt machen?",
            Party("Ursula von der Leyen", "ursula@leyen.example"),
        ),
    ],
)
def test_a_compound_naming_an_organisation_ends_the_name(body: str, b: Party) -> None:
    result = understand(body)
    assert (result.a, result.b) == (WRITER, b)
    assert result.confident


@pytest.mark.parametrize(
    ("body", "b"),
    [
        (
            "Could you introduce me to Miss Adaeze Obi (adaeze.obi@durham.ac.uk)?",
            Party("Adaeze Obi", "adaeze.obi@durham.ac.uk"),
        ),
        (
            "Você poderia me apresentar à Senhorita Beatriz Lima (beatriz.lima@exemplo.pt)?",
            Party("Beatriz Lima", "beatriz.lima@exemplo.pt"),
        ),
        (
            "Könnten Sie mich mit Fräulein Anna Berger (anna.berger@berger.example) bekannt "
            "machen?",
            Party("Anna Berger", "anna.berger@berger.example"),
        ),
    ],
)
def test_miss_and_its_like_are_titles(body: str, b: Party) -> None:
    result = understand(body)
    assert (result.a, result.b) == (WRITER, b)
    assert result.confident


def test_miss_in_lower_case_is_a_verb() -> None:
    result = understand(
        "I miss working with Ann Lee. Could you introduce me to Miss Adaeze Obi "
        "(adaeze.obi@durham.ac.uk)?"
    )
    assert result.b == Party("Adaeze Obi", "adaeze.obi@durham.ac.uk")
