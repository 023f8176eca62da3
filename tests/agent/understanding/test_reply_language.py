"""The language a reply is written in, told by its own words (held by one language's lists
alone): at least three of them, and twice as many as of any other language. A reply that
mixes two languages, or holds too few such words, is in none; a reading that asks fewer
words (the Portuguese "no" inside a clause) may say so."""

from __future__ import annotations

import pytest

from agent.understanding.reply_phrases import (
    Language,
    PhraseBook,
    normalise,
    phrase_book,
)


def _tokens(text: str) -> tuple[str, ...]:
    return phrase_book().read(normalise(text)).tokens


def _language(book: PhraseBook, name: str) -> Language:
    """The language ``name`` names, known by one of its own words."""
    marker = {
        "de": "bitte",
        "en": "please",
        "es": "encantada",
        "fr": "volontiers",
        "pt": "apresentar",
        "sw": "tafadhali",
    }[name]
    (found,) = [language for language in book.languages if marker in language.words]
    return found


IN_A_LANGUAGE = [
    ("Sim, pode apresentar! Estou no carro.", "pt"),
    ("Agradeço imenso, mas desta vez vou passar.", "pt"),
    ("Sí, claro, encantada de conocerla. Escríbale cuando quiera.", "es"),
    ("Gracias por pensar en mí, pero ahora mismo no puedo.", "es"),
    ("Ja, gerne. Das passt mir gut, schreiben Sie ihr einfach.", "de"),
    ("Danke, aber im Moment habe ich leider keine Zeit.", "de"),
    ("Oui, avec plaisir ! Vous pouvez nous mettre en relation.", "fr"),
    ("Merci, mais je n'ai pas le temps en ce moment.", "fr"),
    ("Yes, happy to be introduced, please go ahead.", "en"),
    ("Ndiyo, nitafurahi kukutana naye. Tafadhali endelea.", "sw"),
    ("Asante, lakini sina nafasi kwa sasa.", "sw"),
    # A greeting of another language is no language's own word.
    ("Hola, yes please go ahead.", "en"),
    # A word or two of another language beside many of one's own.
    ("Oui merci, but not now, I'm not taking intros this year.", "en"),
]


@pytest.mark.parametrize(("text", "name"), IN_A_LANGUAGE)
def test_a_reply_is_in_the_language_of_its_own_words(text: str, name: str) -> None:
    book = phrase_book()
    assert book.written_in(_tokens(text)) is _language(book, name)


IN_NO_LANGUAGE = [
    # Two languages mixed, neither twice the other.
    "Sawa kabisa! Niunganishe na Wanjiru tafadhali, we've been looking for someone like her.",
    "Yes, go ahead. Estou no carro.",
    # Too short to tell.
    "Sim, estou no carro.",
    "Ja, gerne.",
    "Já.",
    # A false friend is no language's own word, however often it is said.
    "Ja ja ja ja.",
    "",
]


@pytest.mark.parametrize("text", IN_NO_LANGUAGE)
def test_a_mixed_or_short_reply_is_in_no_language(text: str) -> None:
    assert phrase_book().written_in(_tokens(text)) is None


def test_a_short_reply_is_in_its_language_when_fewer_words_are_asked() -> None:
    book = phrase_book()
    tokens = _tokens("Sim, estou no carro.")
    assert book.written_in(tokens, least_words=2) is _language(book, "pt")
    assert book.in_contraction_language(book.read(normalise("Sim, estou no carro.")))
    # Even then one word tells nothing, and a mixed reply stays in none.
    assert book.written_in(_tokens("Estou no carro."), least_words=2) is None
    sawa = "Sawa kabisa! Niunganishe na Wanjiru tafadhali, we've been looking for someone like her."
    assert book.written_in(_tokens(sawa), least_words=2) is None


def test_a_languages_false_friends_and_contractions_are_read_in_it_alone() -> None:
    book = phrase_book()
    portuguese = _tokens("Agradeço imenso, mas desta vez vou passar. Já tenho projetos.")
    assert "ja" in book.plain_words(portuguese)
    german = book.plain_words(_tokens("Ja, gerne. Das passt mir gut, schreiben Sie ihr."))
    assert "ja" not in german
    assert "ehe" in german
    assert not book.in_contraction_language(book.read(normalise("Yes, but no calls please.")))


def test_each_language_is_built_once_from_its_own_book() -> None:
    book = phrase_book()
    languages = book.languages
    # One per language file; the book of any language (emoji, greetings) is none.
    assert len(languages) == 6
    for language in languages:
        others = set().union(*(other.words for other in languages if other is not language))
        assert language.words
        assert language.words.isdisjoint(others)
        assert language.words.isdisjoint(book.false_friends)
    assert [bool(language.contractions) for language in languages].count(True) == 1
    assert "no" in _language(book, "pt").contractions
