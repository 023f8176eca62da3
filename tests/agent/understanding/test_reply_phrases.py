"""The normalisation of reply text: its shortcuts read every text as the full one does."""

from __future__ import annotations

import random

import pytest

from agent.understanding.reply_phrases import _TO_ASCII, _decomposed, normalise

# Characters the shortcuts must tell apart from what they cover: combining marks,
# emoji with skin tones and joiners, Greek final sigma, dotted capital I, the Kelvin
# sign, Hangul jamo and syllables, ligatures, every apostrophe, Devanagari marks.
_HARD = (
    "\u0300\u0301\u0308\u0327\u0344\u0345\u0340\u03a3\u03c3\u03c2İK\u212a\u1100\u1161\u11a8가👍🏽👎\u200d"
    "\ufe0f\u2019\u2018\u02bc`\u00b4ﬁﬀ\u00a0\u2026\u2013\u0903\u093f\u0915ǅẞß"
)
_POOL = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0x80, 0x250)] + list(_HARD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sí, CLARO", "si, claro"),
        ("Não, obrigado", "nao, obrigado"),
        ("Gerne, gern geschehen. Grüße", "gerne, gern geschehen. gruße"),
        ("I\u2019m in `then`", "i'm in 'then'"),
        ("👍🏽", "👍"),
        ("ﬁne", "fine"),
        ("Ça me va !", "ca me va !"),
    ],
)
def test_normalise_reads_accents_apostrophes_and_emoji(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_each_character_alone_reads_as_in_full() -> None:
    for code in [*range(0x20, 0x3000), *range(0xFB00, 0xFB10), *range(0x1F300, 0x1F400)]:
        text = chr(code)
        for around in (text, f"A{text}é", f"{text}\u0301", f"Σ{text}"):
            assert normalise(around) == _decomposed(around), hex(code)


def test_mixed_texts_read_as_in_full() -> None:
    chosen = random.Random(7)
    for _ in range(20000):
        text = "".join(chosen.choice(_POOL) for _ in range(chosen.randint(0, 14)))
        assert normalise(text) == _decomposed(text), repr(text)


def test_the_table_maps_only_to_ascii() -> None:
    assert _TO_ASCII[ord("é")] == "e"
    assert _TO_ASCII[ord("`")] == "'"
    assert ord("ß") not in _TO_ASCII  # lower case and decomposed alike, it stays itself
    assert all(value.isascii() for value in _TO_ASCII.values())


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("oui, allez-y. je suis la", ("oui", ",", "allez", "-", "y", ".", "je", "suis", "la")),
        ("ok vas-y.", ("ok", "vas", "-", "y", ".")),
        # An initial keeps its dot.
        ("ask j. smith", ("ask", "j.", "smith")),
    ],
)
def test_a_clitic_letter_closing_a_sentence_is_cut_from_its_full_stop(
    text: str, tokens: tuple[str, ...]
) -> None:
    from agent.understanding.reply_phrases import phrase_book

    assert phrase_book().read(text).tokens == tokens


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Oui, allez-y. Je suis au bureau le matin.", "yes"),
        ("Vas-y. Pas intéressé.", "unclear"),
        ("Oui, allez-y. Mais pas avant lundi.", "unclear"),
    ],
)
def test_allez_y_closing_its_sentence_says_yes_and_ends_it(text: str, answer: str) -> None:
    from agent.understanding.replies import read_answer

    assert read_answer(text)[0] == answer


def test_phrases_read_alike_spelled_out_or_contracted() -> None:
    from agent.understanding.reply_phrases import normalise, phrase_book

    book = phrase_book()
    assert "when i am back" in book.own_timings
    for text in ("when I am back", "when I'm back"):
        found = book.read(normalise(text)).phrases
        assert [p.label for p in found] == ["hedge"]
