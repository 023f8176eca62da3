"""The one spaCy pipeline per process.

No statistical model is used (none can be downloaded, and rules are easier to trust
and to extend): a blank multi-language tokenizer plus the rule matchers built from
``rules/``. Loading spaCy takes a second, so it happens once, on first use, and never
for ``--help``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared tokenizer: spaCy's blank multi-language pipeline."""
    import spacy

    return spacy.blank("xx")
