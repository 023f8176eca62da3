"""The one spaCy pipeline per process.

No statistical model is used (none can be downloaded, and rules are easier to trust
and to extend): a blank multi-language tokenizer plus the rule matchers built from
``rules/``. Loading spaCy takes a second, so it happens once, on first use, and never
for ``--help``.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared tokenizer: spaCy's blank multi-language pipeline."""
    import spacy

    return spacy.blank("xx")


def stop_words(*languages: str) -> frozenset[str]:
    """spaCy's common words ("stop words") of the given languages ("de", "fr", ...).

    Each list is read from its own ``stop_words`` module alone: importing the language's
    package would also build its tokenizer exceptions, which the blank pipeline never
    uses and which take seconds for French, on every process's first mail."""
    spec = importlib.util.find_spec("spacy.lang")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("spacy.lang")
    folder = Path(next(iter(spec.submodule_search_locations)))
    words: set[str] = set()
    for language in languages:
        module_spec = importlib.util.spec_from_file_location(
            f"intro_agent_stop_words_{language}", folder / language / "stop_words.py"
        )
        if module_spec is None or module_spec.loader is None:
            raise ModuleNotFoundError(f"spacy.lang.{language}.stop_words")
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        words.update(module.STOP_WORDS)
    return frozenset(words)
