"""The shared pipeline's helpers: spaCy's common words, read without their languages."""

from __future__ import annotations

import subprocess
import sys

from agent.understanding.nlp import stop_words


def test_the_common_words_are_spacys() -> None:
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.pt.stop_words import STOP_WORDS as PT

    assert stop_words("de", "pt") == frozenset(DE | PT)


def test_each_language_adds_its_words() -> None:
    words = stop_words("de", "en", "es", "fr", "pt")
    for word in ("und", "the", "pero", "nous", "você"):
        assert word in words
    assert "nous" not in stop_words("en")


def test_the_french_tokenizer_exceptions_are_not_built() -> None:
    # Importing ``spacy.lang.fr`` builds its tokenizer exceptions, seconds of work on a
    # process's first mail; the common words are read without it.
    code = (
        "import sys\n"
        "from agent.understanding.nlp import stop_words\n"
        "assert 'les' in stop_words('fr')\n"
        "print('spacy.lang.fr' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
