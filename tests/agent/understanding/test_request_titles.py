"""Titles before names that are no part of them: "Pr", "H.E.", "S.E.", "Mheshimiwa"."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from agent.message import parse_message
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import RequestResult
from agent.understanding.request_rules import load_rules
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"


def understand(body: str, cc: str | None = None) -> RequestResult:
    message = EmailMessage()
    message["From"] = "Ann Lee <ann@lee.example>"
    message["To"] = f"Intro Agent <{AGENT}>"
    if cc:
        message["Cc"] = cc
    message["Subject"] = "Introduction"
    message.set_content(body)
    return understand_request(parse_message(message.as_bytes()), AGENT)


def names(text: str) -> list[str | None]:
    return [item.name for item in tokenize(text, load_rules()) if item.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("avec le Pr Jean-Baptiste Kouyaté demain", "Jean-Baptiste Kouyaté"),
        ("to H.E. Kofi Mensah-Bonsu today", "Kofi Mensah-Bonsu"),
        ("con S.E. Luis Pérez mañana", "Luis Pérez"),
        ("avec S.E. Aminata Diallo demain", "Aminata Diallo"),
        ("kwa Mheshimiwa Zawadi Mrema leo", "Zawadi Mrema"),
        ("introduce me to Imam Abdul Saleem (imam.saleem@mosque.example) soon", "Abdul Saleem"),
        ("kwa Imamu Abdul Saleem leo", "Abdul Saleem"),
        ("avec l'imam Abdul Saleem demain", "Abdul Saleem"),
    ],
)
def test_a_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["the PR Jean Dupont team", "voir le Pr. suivant", "le Pr Jean Dupont"],
)
def test_pr_in_capitals_is_no_title(text: str) -> None:
    assert not any(n and n.startswith(("PR", "Pr ")) for n in names(text))


def test_an_excellency_copied_is_named_without_the_title() -> None:
    text = (
        "I am writing on behalf of His Excellency Kofi Mensah-Bonsu, who is copied on this "
        "email. He would be grateful to be introduced to Dr. Lucia Ferreira "
        "(lucia.ferreira@ki.se)."
    )
    result = understand(text, cc='"H.E. Kofi Mensah-Bonsu" <k.mensah-bonsu@gh.example>')
    people = {(p.name, p.email) for p in (result.a, result.b) if p}
    assert ("Kofi Mensah-Bonsu", "k.mensah-bonsu@gh.example") in people
    assert result.confident


def test_a_title_in_a_pair_ask() -> None:
    result = understand(
        "Pourriez-vous présenter le Pr Jean Dupont (jd@x.fr) à Mme Anne Roy (ar@y.fr) ?"
    )
    assert result.confident
    assert {result.a.name if result.a else None, result.b.name if result.b else None} == {
        "Jean Dupont",
        "Anne Roy",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("apresentassem o Eng.º Paulo Ventura amanhã", "Paulo Ventura"),
        ("à Prof.ª Marta Quintela amanhã", "Marta Quintela"),
        ("à Profª Marta Quintela amanhã", "Marta Quintela"),
        ("ao Engº Paulo Ventura amanhã", "Paulo Ventura"),
        ("à Dr.ª Beatriz Lacerda amanhã", "Beatriz Lacerda"),
        ("a la Sr.ª Lucía Vera mañana", "Lucía Vera"),
    ],
)
def test_a_title_with_an_ordinal_mark_is_no_part_of_the_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_titles_with_ordinal_marks_in_a_pair_ask() -> None:
    result = understand(
        "Agradecia que apresentassem o Eng.º Paulo Ventura (pv@enova.pt) à Prof.ª Marta "
        "Quintela (mq@tecnico.pt). A Fundação vai financiar um piloto de comunidades de "
        "energia."
    )
    assert result.confident
    assert (result.a.name if result.a else None, result.b.name if result.b else None) == (
        "Paulo Ventura",
        "Marta Quintela",
    )
    assert result.context and result.context.startswith("A Fundação vai financiar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kwa Mwalimu Daudi Mrema leo", "Daudi Mrema"),
        ("kwa Mwl. Daudi Mrema leo", "Daudi Mrema"),
        ("kwa Daktari Neema Laizer leo", "Neema Laizer"),
        ("kwa Dk. Neema Laizer leo", "Neema Laizer"),
        ("kwa Mhe. Zawadi Mrema leo", "Zawadi Mrema"),
        ("kwa Profesa Juma Kapuya leo", "Juma Kapuya"),
        ("kwa Mchungaji Elia Mollel leo", "Elia Mollel"),
        ("to Doctor Ann Bell today", "Ann Bell"),
        ("to Rev. Ann Bell today", "Ann Bell"),
        ("au Docteur Paul Girard demain", "Paul Girard"),
        ("al Padre Luis Pérez mañana", "Luis Pérez"),
        ("a la Licenciada Ana Ruiz mañana", "Ana Ruiz"),
        ("mit Doktor Jonas Weber morgen", "Jonas Weber"),
        ("mit Pfarrerin Anna Berg morgen", "Anna Berg"),
        ("ao Doutor Rui Costa amanhã", "Rui Costa"),
        ("à Engenheira Ana Souza amanhã", "Ana Souza"),
    ],
)
def test_a_title_of_a_profession_or_office_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same words as surnames, after a first name, stay in the name.
        ("kwa Joseph Mwalimu leo", "Joseph Mwalimu"),
        ("a Ana Pastor mañana", "Ana Pastor"),
        ("to Mike Doctor today", "Mike Doctor"),
    ],
)
def test_a_title_word_after_a_first_name_is_a_surname(text: str, name: str) -> None:
    assert name in names(text)


def test_an_ask_for_a_titled_teacher_pairs_the_teacher_by_name() -> None:
    result = understand(
        "Tafadhali mtambulishe Salim Rashidi (salim@rashidi.example) kwa Mwalimu Daudi "
        "Mrema (daudi.mrema@shule.example). Anasimamia programu ya ufadhili."
    )
    assert result.confident
    assert {result.a and result.a.name, result.b and result.b.name} == {
        "Salim Rashidi",
        "Daudi Mrema",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("apresentassem o Seu Valdemar Rezende amanhã", "Valdemar Rezende"),
        ("kwa Sista Agnes Massawe leo", "Agnes Massawe"),
        ("kwa Mama Agnes Massawe leo", "Agnes Massawe"),
        ("to Sister Mary Clarke today", "Mary Clarke"),
        ("à Frère Jean-Marc Dubois demain", "Jean-Marc Dubois"),
        ("à Sœur Marie Dubois demain", "Marie Dubois"),
        ("a la Hermana Lucía Gómez mañana", "Lucía Gómez"),
        ("mit Pater Anselm Grün morgen", "Anselm Grün"),
        ("ao Frei Lucas de Souza amanhã", "Lucas de Souza"),
        # A coach is addressed by the role: "Coach", "Trainerin", "Míster", "Kocha".
        ("to Coach Danielle Okoro tomorrow", "Danielle Okoro"),
        ("mit Trainerin Jana Wölfel morgen", "Jana Wölfel"),
        ("mit Trainer Piotr Nowak morgen", "Piotr Nowak"),
        ("al Míster Ernesto Valverde mañana", "Ernesto Valverde"),
        ("ao Mister Abel Ferreira amanhã", "Abel Ferreira"),
        ("kwa Kocha Juma Mgunda leo", "Juma Mgunda"),
        ("à Coach Inès Benarfa demain", "Inès Benarfa"),
    ],
)
def test_a_form_of_address_before_a_full_name_is_no_part_of_it(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Before one name alone, the form of address is how that one is called.
        ("ao Seu Zé amanhã", "Seu Zé"),
        ("kwa Mama Juma leo", "Mama Juma"),
        ("to Coach Okoro tomorrow", "Coach Okoro"),
        # After a first name, the same word is a surname.
        ("to Matt Brother today", "Matt Brother"),
    ],
)
def test_a_form_of_address_before_one_name_stays_in_it(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_form_of_address_before_a_lower_case_word_is_read_as_before() -> None:
    # "Seu irmão": the possessive, before a noun; the name after it is read whole.
    assert "Pedro Alves" in names("Seu irmão Pedro Alves ligou")
    assert names("a sister company Acme Ltd") == names("a company Acme Ltd")
    assert names("a coach Danielle Okoro recommended") == ["Danielle Okoro"]


def test_a_pair_ask_with_a_form_of_address() -> None:
    result = understand(
        "Queria que vocês apresentassem o Seu Valdemar Rezende (vr@coop.example), nosso "
        "presidente, para a agrônoma Fernanda Lacerda (fl@emater.example)."
    )
    assert result.confident
    assert {result.a and result.a.name, result.b and result.b.name} == {
        "Valdemar Rezende",
        "Fernanda Lacerda",
    }
