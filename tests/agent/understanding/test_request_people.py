"""Who the people of a request are: the one an assistant writes for, names found in a
quoted thread, names read whole (agent.understanding.request_proxy, requests)."""

from __future__ import annotations

import pytest

from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand

EA = "Jenna Morales <jenna@cv.example>"


@pytest.mark.parametrize(
    ("body", "cc", "principal", "other"),
    [
        (
            "I'm writing on behalf of Richard Coleman, who is copied here. He would like an "
            "introduction to Professor Amara Nwosu (amara@kcl.example).",
            "Richard Coleman <rc@cv.example>",
            Party("Richard Coleman", "rc@cv.example"),
            Party("Amara Nwosu", "amara@kcl.example"),
        ),
        (
            "Richard Coleman asked me to write to you. Could you introduce him to Amara "
            "Nwosu (amara@kcl.example)?",
            "Richard Coleman <rc@cv.example>",
            Party("Richard Coleman", "rc@cv.example"),
            Party("Amara Nwosu", "amara@kcl.example"),
        ),
        (
            "I'm writing on behalf of my boss, Richard Coleman (rc@cv.example). My boss would "
            "love to meet Amara Nwosu (amara@kcl.example).",
            None,
            Party("Richard Coleman", "rc@cv.example"),
            Party("Amara Nwosu", "amara@kcl.example"),
        ),
        (
            "Le escribo de parte de D. Ignacio Beltrán (ibeltran@ba.example). Le agradecería "
            "que le presentara a Dña. Carmen Ortiz (carmen@hidralia.example).",
            None,
            Party("Ignacio Beltrán", "ibeltran@ba.example"),
            Party("Carmen Ortiz", "carmen@hidralia.example"),
        ),
        (
            "Le escribo en nombre de Ignacio Beltrán, que está en copia. ¿Podría presentarle a "
            "Carmen Ortiz (carmen@hidralia.example)?",
            "Ignacio Beltrán <ib@ba.example>",
            Party("Ignacio Beltrán", "ib@ba.example"),
            Party("Carmen Ortiz", "carmen@hidralia.example"),
        ),
        (
            "Je vous écris au nom de Paul Morel (paul@morel.example). Il aimerait être "
            "présenté à Léa Roux (lea@roux.example).",
            None,
            Party("Paul Morel", "paul@morel.example"),
            Party("Léa Roux", "lea@roux.example"),
        ),
        (
            "Je vous écris de la part de M. Paul Morel (paul@morel.example). Pourriez-vous lui "
            "présenter Léa Roux (lea@roux.example) ?",
            None,
            Party("Paul Morel", "paul@morel.example"),
            Party("Léa Roux", "lea@roux.example"),
        ),
        (
            "Ich schreibe Ihnen im Auftrag von Herrn Jonas Weber (jonas@weber.example). "
            "Könnten Sie ihn mit Frau Anna Keller (anna@keller.example) bekannt machen?",
            None,
            Party("Jonas Weber", "jonas@weber.example"),
            Party("Anna Keller", "anna@keller.example"),
        ),
        (
            "Ich schreibe im Namen von Jonas Weber (in Kopie). Er würde gerne Anna Keller "
            "(anna@keller.example) kennenlernen.",
            "Jonas Weber <jonas@weber.example>",
            Party("Jonas Weber", "jonas@weber.example"),
            Party("Anna Keller", "anna@keller.example"),
        ),
        (
            "Escrevo em nome do Dr. Rui Costa (rui@costa.example). Ele gostaria de ser "
            "apresentado à Ana Lima (ana@lima.example).",
            None,
            Party("Rui Costa", "rui@costa.example"),
            Party("Ana Lima", "ana@lima.example"),
        ),
        (
            "Escrevo em nome de Rui Costa (rui@costa.example). Gostaria que lhe apresentasse "
            "a Ana Lima (ana@lima.example).",
            None,
            Party("Rui Costa", "rui@costa.example"),
            Party("Ana Lima", "ana@lima.example"),
        ),
        (
            "Naandika kwa niaba ya Juma Mwangi (juma@mwangi.example). Tafadhali mtambulishe "
            "kwa Amina Hassan (amina@hassan.example).",
            None,
            Party("Juma Mwangi", "juma@mwangi.example"),
            Party("Amina Hassan", "amina@hassan.example"),
        ),
    ],
)
def test_the_one_a_proxy_phrase_names_with_a_certain_address_is_introduced(
    body: str, cc: str | None, principal: Party, other: Party
) -> None:
    result = understand(body, sender=EA, cc=cc) if cc else understand(body, sender=EA)
    assert result.kind == "intro_request", body
    assert (result.a, result.b) == (principal, other), body
    assert result.more == (), body
    assert result.confident, body


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        # Named, but with no address anywhere.
        (
            "I'm writing on behalf of Richard Coleman. He would like an introduction to Amara "
            "Nwosu (amara@kcl.example).",
            None,
        ),
        # Two named: whom "me" stands for is unsure.
        (
            "I'm writing on behalf of Richard Coleman (rc@cv.example) and on behalf of Sara "
            "Lind (sara@cv.example). Could you introduce me to Amara Nwosu (amara@kcl.example)?",
            None,
        ),
        # A company, not a person.
        (
            "I'm writing on behalf of Coleman Ventures. Could you introduce me to Amara Nwosu "
            "(amara@kcl.example)?",
            None,
        ),
        # A first name alone, even one a header answers to.
        (
            "I'm Marc's assistant. Marc would like an intro to Sofia Ricci, sofia@ricci.example.",
            "Marc Orbit <marc@orbit.example>",
        ),
    ],
)
def test_the_one_written_for_unnamed_or_uncertain_is_asked_about(body: str, cc: str | None) -> None:
    result = understand(body, sender=EA, cc=cc) if cc else understand(body, sender=EA)
    assert result.kind == "intro_request", body
    assert result.a != Party("Jenna Morales", "jenna@cv.example"), body
    assert not result.confident, body


SAM = "Sam Okafor <sam@okafor.example>"
INES = Party("Ines Duarte", "ines@duarte.example")
WALTER = Party("Walter Brenner", "walter@brenner.example")
THREAD_ASK = (
    "Per the thread below, please introduce Ines Duarte to Walter Brenner "
    "(walter@brenner.example). Walter imports wines.\n\nThanks,\nSam\n\n"
)
QUOTED = "> Sam, lovely to meet you! If you know an importer, I'd be grateful.\n>\n> Ines\n"


@pytest.mark.parametrize(
    "header",
    [
        "On Wed, 19 Nov 2025 at 09:41, Ines Duarte <ines@duarte.example> wrote:",
        "On Wed, Nov 19, 2025 at 9:41 AM Ines Duarte <ines@duarte.example> wrote:",
        "Le mer. 19 nov. 2025 à 09:41, Ines Duarte <ines@duarte.example> a écrit :",
        "El mié, 19 nov 2025 a las 09:41, Ines Duarte (<ines@duarte.example>) escribió:",
        "Am Mi., 19. Nov. 2025 um 09:41 Uhr schrieb Ines Duarte <ines@duarte.example>:",
        "Em qua., 19 de nov. de 2025 às 09:41, Ines Duarte <ines@duarte.example> escreveu:",
        "Mnamo Jumatano, 19 Nov 2025 saa 09:41, Ines Duarte <ines@duarte.example> aliandika:",
        '"Duarte, Ines" <ines@duarte.example> schrieb am 19.11.2025 um 09:41:',
    ],
)
def test_one_named_in_a_quote_attribution_is_known_by_its_address(header: str) -> None:
    result = understand(f"{THREAD_ASK}{header}\n{QUOTED}", sender=SAM)
    assert (result.a, result.b) == (INES, WALTER), header
    assert result.confident, header


@pytest.mark.parametrize(
    "block",
    [
        "From: Ines Duarte <ines@duarte.example>\nSent: Wednesday, November 19, 2025 9:41 AM\n"
        "To: Sam Okafor <sam@okafor.example>\nSubject: ProWein",
        "De : Sam Okafor <sam@okafor.example>\nEnvoyé : mercredi 19 novembre 2025 09:41\n"
        "À : Ines Duarte <ines@duarte.example>\nObjet : ProWein",
        "> > Am 19.11.2025 um 09:41 schrieb Ines Duarte <ines@duarte.example>:",
    ],
)
def test_one_named_in_a_quoted_header_block_is_known_by_its_address(block: str) -> None:
    body = f"{THREAD_ASK}________________________________\n{block}\n\nSam, lovely to meet you!\n"
    result = understand(body, sender=SAM, subject="RE: ProWein")
    assert (result.a, result.b) == (INES, WALTER), block
    assert result.confident, block


def test_an_address_in_quoted_prose_is_no_header() -> None:
    body = (
        f"{THREAD_ASK}On Wed, 19 Nov 2025 at 09:41, Carla Reis <carla@reis.example> wrote:\n"
        "> My friend Ines Duarte (ines@duarte.example) is looking for an importer.\n"
    )
    result = understand(body, sender=SAM)
    assert result.a == Party("Ines Duarte", None)
    assert not result.confident


NADIA = Party("Nadia Ferreira", "nadia@kelpworks.example")
CAMILLE = Party("Camille Durand", "camille@stationf.example")


def _over_a_quote(note: str, header: str, suggestion: str) -> str:
    return (
        f"{note}\n\nN.\n\n{header}\n> Agree on dropping the two US ones.\n>\n> {suggestion}\n>\n"
        "> R\n>\n> On Mon, 17 Nov 2025 at 11:02, Nadia Ferreira <nadia@kelpworks.example> "
        "wrote:\n>> Shortlist so far: Station F (Paris), Blue Economy Hub (Lisbon).\n"
    )


@pytest.mark.parametrize(
    ("note", "header", "suggestion"),
    [
        (
            "Adding the intro bot here. Can you do the one Raj suggests below?",
            "On Mon, 17 Nov 2025 at 18:40, Raj Malhotra <raj@kelpworks.example> wrote:",
            "For Paris you should really meet Camille Durand (camille@stationf.example), she "
            "runs the climate track there.",
        ),
        (
            "J'ajoute le bot d'intro. Tu peux faire celle que Raj propose en dessous ?",
            "Le lun. 17 nov. 2025 à 18:40, Raj Malhotra <raj@kelpworks.example> a écrit :",
            "Pour Paris tu devrais vraiment rencontrer Camille Durand "
            "(camille@stationf.example), elle dirige le programme climat.",
        ),
        (
            "Añado al bot de presentaciones. ¿Puedes hacer la de abajo?",
            "El lun, 17 nov 2025 a las 18:40, Raj Malhotra (<raj@kelpworks.example>) escribió:",
            "Para París deberías conocer a Camille Durand (camille@stationf.example), dirige "
            "el programa de clima.",
        ),
        (
            "Ich füge den Intro-Bot hinzu. Kannst du bitte die unten machen?",
            "Am Mo., 17. Nov. 2025 um 18:40 Uhr schrieb Raj Malhotra <raj@kelpworks.example>:",
            "Für Paris solltest du unbedingt Camille Durand (camille@stationf.example) "
            "kennenlernen.",
        ),
        (
            "Incluí o bot de apresentações. Consegue fazer a que o Raj sugere abaixo?",
            "Em seg., 17 de nov. de 2025 às 18:40, Raj Malhotra <raj@kelpworks.example> escreveu:",
            "Para Paris você devia conhecer a Camille Durand (camille@stationf.example).",
        ),
        (
            "Nimemwongeza bot wa utambulisho. Unaweza kufanya ile ya chini?",
            "Mnamo Jumatatu, 17 Nov 2025 saa 18:40, Raj Malhotra <raj@kelpworks.example> "
            "aliandika:",
            "Kwa Paris unapaswa kukutana na Camille Durand (camille@stationf.example).",
        ),
    ],
)
def test_the_one_a_quoted_mail_suggests_is_handed_over(
    note: str, header: str, suggestion: str
) -> None:
    result = understand(
        _over_a_quote(note, header, suggestion),
        sender="Nadia Ferreira <nadia@kelpworks.example>",
        cc="Raj Malhotra <raj@kelpworks.example>",
        subject="Re: accelerator shortlist",
    )
    assert result.kind == "intro_request", note
    assert (result.a, result.b) == (NADIA, CAMILLE), note
    assert result.confident, note


@pytest.mark.parametrize(
    "suggestion",
    [
        # Two people to meet: which one is meant is asked.
        "For Paris you should meet Camille Durand (camille@stationf.example) or Paul Roy "
        "(paul@roy.example).",
        # No address for the one suggested.
        "For Paris you should really meet Camille Durand, she runs the climate track there.",
        # Someone named with an address, but not to meet.
        "Camille Durand (camille@stationf.example) sent the programme yesterday.",
    ],
)
def test_a_quoted_suggestion_not_of_one_certain_person_is_asked_about(suggestion: str) -> None:
    result = understand(
        _over_a_quote(
            "Adding the intro bot here. Can you do the one Raj suggests below?",
            "On Mon, 17 Nov 2025 at 18:40, Raj Malhotra <raj@kelpworks.example> wrote:",
            suggestion,
        ),
        sender="Nadia Ferreira <nadia@kelpworks.example>",
        cc="Raj Malhotra <raj@kelpworks.example>",
    )
    assert result.kind == "intro_request", suggestion
    assert not result.confident, suggestion


def test_the_one_below_told_of_or_asked_of_someone_else_asks_no_intro() -> None:
    header = "On Mon, 17 Nov 2025 at 18:40, Raj Malhotra <raj@kelpworks.example> wrote:"
    suggestion = "For Paris you should really meet Camille Durand (camille@stationf.example)."
    told = understand(
        _over_a_quote("The one below is the one I liked most.", header, suggestion),
        sender="Nadia Ferreira <nadia@kelpworks.example>",
    )
    assert told.kind == "not_a_request"
    # Written to a colleague, the agent copied: the colleague is asked, not the agent.
    colleague = understand(
        _over_a_quote("Tom, can you do the one Raj suggests below?", header, suggestion),
        sender="Nadia Ferreira <nadia@kelpworks.example>",
        to="Tom Hale <tom@kelpworks.example>",
        cc="Intro Agent <intro@introbot.net>",
    )
    assert colleague.kind == "not_a_request"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "¿Podrías ponerme en contacto con Andrés Molina de la Fundación Agua Viva? Su "
            "dirección es andres.molina@aguaviva.example.",
            "Andrés Molina",
        ),
        (
            "Could you introduce me to Jonas Weber von der Stiftung Mercator "
            "(jonas.weber@mercator.example)?",
            "Jonas Weber",
        ),
        (
            "Pourriez-vous me présenter à Marie Dubois de la Fondation Abbé Pierre "
            "(marie.dubois@fap.example) ?",
            "Marie Dubois",
        ),
        (
            "Você poderia me apresentar à Ana Souza da Fundação Lemann (ana.souza@lemann.example)?",
            "Ana Souza",
        ),
        (
            "Could you introduce me to Ana Souza of the Universidade de São Paulo "
            "(ana.souza@usp.example)?",
            "Ana Souza",
        ),
        # A surname after the particles joins them.
        (
            "¿Podrías presentarme a Andrés Molina de la Cruz (andres@molinacruz.example)?",
            "Andrés Molina de la Cruz",
        ),
        ("Please introduce me to Ilse van der Berg (ilse@berg.example).", "Ilse van der Berg"),
        ("Could you introduce me to Maria dos Santos (maria@santos.example)?", "Maria dos Santos"),
    ],
)
def test_a_name_never_ends_on_a_particle_nor_takes_an_organisation(body: str, name: str) -> None:
    result = understand(body)
    assert result.b is not None and result.b.name == name, body
    assert result.confident, body


def test_an_address_after_the_organisation_is_the_persons_and_the_organisation_no_reason() -> None:
    result = understand(
        "Pourriez-vous me présenter à Nathalie Roux de la Fondation Cartier (nroux@fc.example) ?"
    )
    assert result.b == Party("Nathalie Roux", "nroux@fc.example")
    assert result.confident
    unaddressed = understand(
        "Bonjour, est-ce que tu pourrais me présenter à Nathalie de la Fondation Cartier ? "
        "Je n'ai pas son adresse."
    )
    assert unaddressed.b == Party("Nathalie", None)
    assert unaddressed.context is None
    assert not unaddressed.confident


@pytest.mark.parametrize(
    ("body", "a", "b"),
    [
        (
            "Unsere Torhüterin Lea Hoffmann (lea@tsv.example) hat Probleme mit dem Knie. "
            "Könnten Sie sie mit der Physiotherapeutin Katrin Vogt (k.vogt@physio.example) "
            "bekannt machen?",
            Party("Lea Hoffmann", "lea@tsv.example"),
            Party("Katrin Vogt", "k.vogt@physio.example"),
        ),
        (
            "Könnten Sie meine Nachbarin Anna Schulz (anna@schulz.example) mit Ihrer "
            "Steuerberaterin Petra Lang (p.lang@stb.example) bekannt machen?",
            Party("Anna Schulz", "anna@schulz.example"),
            Party("Petra Lang", "p.lang@stb.example"),
        ),
        (
            "Meine Professorin Jana Roth (roth@uni.example) sucht Kontakt. Könnten Sie sie "
            "mit einem Gutachter Malte Behrens (m.behrens@gut.example) bekannt machen?",
            Party("Jana Roth", "roth@uni.example"),
            Party("Malte Behrens", "m.behrens@gut.example"),
        ),
        (
            "Der Vereinsvorsitzende Tim Bauer (tim@verein.example) würde gern die "
            "Hausärztin Eva Kühn (e.kuehn@praxis.example) kennenlernen. Könnten Sie die "
            "beiden bekannt machen?",
            Party("Tim Bauer", "tim@verein.example"),
            Party("Eva Kühn", "e.kuehn@praxis.example"),
        ),
        # Speech puts a definite article before a first name too: a name stays whole
        # where it is the first name and a surname alone, or an address spells it.
        (
            "Könnten Sie mich mit der Katrin Vogt (k.vogt@physio.example) bekannt machen?",
            Party("Ann Lee", "ann@lee.example"),
            Party("Katrin Vogt", "k.vogt@physio.example"),
        ),
        (
            "Könnten Sie mich mit der Katrin Maria Vogt (katrin@physio.example) bekannt machen?",
            Party("Ann Lee", "ann@lee.example"),
            Party("Katrin Maria Vogt", "katrin@physio.example"),
        ),
        # Other languages write the noun in lower case, or no determiner before a name.
        (
            "Could you introduce our goalkeeper Lea Hoffmann (lea@tsv.example) to the "
            "physiotherapist Katrin Vogt (k.vogt@physio.example)?",
            Party("Lea Hoffmann", "lea@tsv.example"),
            Party("Katrin Vogt", "k.vogt@physio.example"),
        ),
    ],
)
def test_a_german_noun_after_a_determiner_describes_and_is_no_name(
    body: str, a: Party, b: Party
) -> None:
    result = understand(body)
    assert (result.a, result.b) == (a, b), body
    assert result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        "Könnten Sie mich mit der Physiotherapeutin Katrin Vogt bekannt machen? Frau Vogt "
        "arbeitet viel mit jungen Sportlerinnen, ihre Adresse ist k.vogt@physio.example.",
        "Could you introduce me to Katrin Vogt? I met Katrin Vogt in Lisbon last year, her "
        "email is k.vogt@physio.example.",
        "Pourriez-vous me présenter à Katrin Vogt ? Elle travaille avec de jeunes sportives, "
        "son adresse est k.vogt@physio.example.",
        "¿Podrías presentarme a Katrin Vogt? Trabaja con deportistas jóvenes, su correo es "
        "k.vogt@physio.example.",
        "Você poderia me apresentar à Katrin Vogt? Ela trabalha com atletas jovens, o "
        "e-mail dela é k.vogt@physio.example.",
        "Tafadhali unitambulishe kwa Katrin Vogt. Anafanya kazi na wanariadha vijana, barua "
        "pepe yake ni k.vogt@physio.example.",
    ],
)
def test_an_address_given_in_a_clause_after_a_comma_is_the_one_named_before(body: str) -> None:
    result = understand(body)
    assert result.b == Party("Katrin Vogt", "k.vogt@physio.example"), body
    assert result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        # Someone else named in the same sentence: the address is nobody's for sure.
        "Could you introduce me to Katrin Vogt? She works with Maria Lopez, her email is "
        "k.vogt@physio.example.",
        "Könnten Sie mich mit Katrin Vogt bekannt machen? Sie arbeitet mit Paul Weber, ihre "
        "Adresse ist k.vogt@physio.example.",
        # A doubted address after the comma ties nothing either.
        "Could you introduce me to Katrin Vogt? She works with athletes, her email is "
        "probably k.vogt@physio.example.",
    ],
)
def test_an_address_in_a_clause_after_someone_else_is_tied_to_no_one(body: str) -> None:
    result = understand(body)
    assert result.b is not None and result.b.email is None, body
    assert not result.confident, body


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Could you introduce me to the director, she's called Sophie Garnier?", "Sophie Garnier"),
        (
            "Could you put me in touch with your head of sales - his name is Tom Hall?",
            "Tom Hall",
        ),
        (
            "Est-ce que vous pouvez me présenter à la directrice, elle s'appelle Sophie Garnier ?",
            "Sophie Garnier",
        ),
        ("¿Podría presentarme a la directora, se llama Sofía García?", "Sofía García"),
        (
            "Könnten Sie mich mit der Direktorin, sie heißt Sophie Garnier, bekannt machen?",
            "Sophie Garnier",
        ),
        ("Você pode me apresentar à diretora, ela se chama Sofia Garcia?", "Sofia Garcia"),
        ("Tafadhali unitambulishe kwa mkurugenzi, anaitwa Sofia Garcia.", "Sofia Garcia"),
    ],
)
def test_one_described_then_named_after_a_comma_is_the_one_asked_for(body: str, name: str) -> None:
    result = understand(body)
    assert result.kind == "intro_request", body
    assert result.b == Party(name, None), body
    assert not result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        # The writer's own name, a phrase naming no one, or a naming a sentence later.
        "Could you introduce me to the director, my name is Kevin O'Brien.",
        "Est-ce que vous pouvez me présenter à la directrice, je m'appelle Kevin O'Brien ?",
        "¿Podría presentarme a la directora? Yo me llamo Kevin O'Brien.",
        "Could you introduce me to the director, she's called the best in Rennes.",
        "Could you introduce me to the director? Everyone says she's called Sophie Garnier.",
    ],
)
def test_a_naming_of_no_one_described_right_before_names_no_party(body: str) -> None:
    result = understand(body)
    assert result.b is None, body
    assert not result.confident, body


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Das Repair-Café organisiert Frau Annegret Schuster. Ihre Adresse stand auf dem "
            "Aushang: annegret.schuster@repair.example. Könnten Sie mich mit Frau Schuster "
            "bekannt machen?",
            "Annegret Schuster",
        ),
        (
            "The choir is run by Mrs Ellen Hartley, ellen.hartley@choir.example on the "
            "newsletter. Could you introduce me to Mrs Hartley?",
            "Ellen Hartley",
        ),
        (
            "Le club est animé par Mme Odile Marchand, odile.marchand@club.example sur "
            "l'affiche. Pourriez-vous me présenter à Mme Marchand ?",
            "Odile Marchand",
        ),
        (
            "La asociación la dirige la Sra. Pilar Navarro, pilar.navarro@asoc.example en el "
            "cartel. ¿Podría presentarme a la Sra. Navarro?",
            "Pilar Navarro",
        ),
        # A first name after a title, as Swahili speech has it, is read as ever.
        (
            "Kikundi kinaongozwa na Bi. Halima Said, halima.said@kikundi.example kwenye "
            "tangazo. Tafadhali unitambulishe kwa Bi. Halima.",
            "Halima Said",
        ),
    ],
)
def test_a_surname_after_a_title_is_the_one_fuller_name_it_ends(body: str, name: str) -> None:
    result = understand(body)
    assert result.b is not None and result.b.name == name, body


def test_a_surname_after_a_title_ending_two_fuller_names_stays_as_written() -> None:
    body = (
        "Frau Annegret Schuster und Frau Petra Schuster leiten das Repair-Café. Könnten Sie "
        "mich mit Frau Schuster bekannt machen?"
    )
    result = understand(body)
    assert result.b == Party("Schuster", None), body
    assert not result.confident, body


@pytest.mark.parametrize(
    "body",
    [
        "Jirani yangu Bi. Halima Said (halima@said.example) anahitaji fundi. Namfahamu Juma "
        "Mrisho (juma.mrisho@fundi.example), ni fundi hodari. Naomba uwatambulishe wawili hao.",
        "Meine Nachbarin Halima Said (halima@said.example) sucht einen Schreiner. Kenne Juma "
        "Mrisho (juma.mrisho@fundi.example) gut. Könnten Sie die beiden miteinander bekannt "
        "machen?",
        "Minha vizinha Halima Said (halima@said.example) precisa de um marceneiro. Conheço "
        "Juma Mrisho (juma.mrisho@fundi.example), é ótimo. Pode apresentar os dois?",
        "Halima Said (halima@said.example) anatafuta fundi.\n\nNinamjua Juma Mrisho "
        "(juma.mrisho@fundi.example). Tafadhali uwatambulishe wawili hao.",
        "My neighbour Halima Said (halima@said.example) needs a carpenter. Hired Juma Mrisho "
        "(juma.mrisho@fundi.example) last year, he's great. Could you introduce the two?",
    ],
)
def test_a_verb_opening_a_sentence_is_no_first_name_of_the_name_after_it(body: str) -> None:
    result = understand(body)
    assert {result.a, result.b} == {
        Party("Halima Said", "halima@said.example"),
        Party("Juma Mrisho", "juma.mrisho@fundi.example"),
    }, body


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Mid-sentence, the capitalised word is the name's own.
        (
            "Could you introduce me to Mary Ann Smith (ann.smith@fundi.example)?",
            "Mary Ann Smith",
        ),
        # The address leaves out a word after the first: no evidence, the name whole.
        (
            "Namfahamu Juma Mrisho Ali (juma@fundi.example). Naomba unitambulishe kwake.",
            "Namfahamu Juma Mrisho Ali",
        ),
    ],
)
def test_a_name_the_address_does_not_bear_out_word_for_word_is_read_whole(
    body: str, name: str
) -> None:
    tokens = tokenize(body, load_rules())
    assert name in [item.name for item in tokens if item.kind == "name"], body


@pytest.mark.parametrize(
    "body",
    [
        "Could you introduce me to Anna Berg and Anna Lind (anna@lind.se)?",
        "Pourriez-vous me présenter à Anna Berg et Anna Lind (anna@lind.se) ?",
        "Könntest du mich mit Anna Berg und Anna Lind (anna@lind.se) bekannt machen?",
        "Could you introduce me to Anna Berg and Anna Lind?\nanna@lind.se",
    ],
)
def test_an_address_given_to_another_of_the_same_first_name_is_not_theirs(body: str) -> None:
    result = understand(body)
    people = [result.b, *(pair.b for pair in result.more)]
    assert Party("Anna Berg", "anna@lind.se") not in people
    assert Party("Anna Berg", None) in people
    assert not result.confident


@pytest.mark.parametrize(
    "body",
    [
        "Kindly connect me with Mr Ong Teck Seng of the Penang Paper Conservation Lab "
        "<teckseng@paperlab.example>.",
        "Pourriez-vous me présenter à M. Ong Teck Seng de la Fondation Penang "
        "(teckseng@paperlab.example) ?",
        "¿Me podría presentar al Sr. Ong Teck Seng de la Fundación Penang "
        "(teckseng@paperlab.example)?",
        "Pode apresentar-me ao Sr. Ong Teck Seng da Fundação Penang (teckseng@paperlab.example)?",
        "Könnten Sie mich bitte Herrn Ong Teck Seng vom Labor Penang "
        "(teckseng@paperlab.example) vorstellen?",
        "Naomba unitambulishe kwa Bw. Ong Teck Seng wa Taasisi ya Penang "
        "(teckseng@paperlab.example).",
    ],
)
def test_a_given_name_of_two_words_run_together_spells_a_family_name_first(body: str) -> None:
    result = understand(body)
    assert result.b == Party("Ong Teck Seng", "teckseng@paperlab.example"), body
    assert result.confident, body


def test_a_first_and_last_name_run_together_without_the_first_spells_no_one() -> None:
    # "teckseng@" for Tom Seng spells neither him nor his initial with his surname.
    result = understand(
        "Kindly connect me with Mr Tom Seng of the Penang Paper Conservation Lab "
        "<teckseng@paperlab.example>."
    )
    assert not (result.b is not None and result.b.email and result.confident)


@pytest.mark.parametrize(
    "body",
    [
        "Could you kindly introduce me to Ir. Dr. Lim Chee Keong (ck.lim@sawit.example)?",
        "Could you kindly introduce me to Ir. Lim Chee Keong (ck.lim@sawit.example)?",
    ],
)
def test_an_engineers_title_opens_no_name(body: str) -> None:
    result = understand(body)
    assert result.b == Party("Lim Chee Keong", "ck.lim@sawit.example")
    assert result.confident
