"""Those copied on a mail only to be kept informed, no party to the intro it asks for.

A writer copying the agent and the two to meet often copies a colleague or an officer
too and says why: "Meine Kollegin Sandra Imhof ist nur zur Information in Kopie", "I've
also copied Maura Gallagher, our treasurer, only so she knows this is moving - Maura, no
need to do anything yet!", "Je mets Claire en copie pour information". Such a person is
no one on the mail an intro is for, and what the writer tells them ("no need to do
anything") is no note that the agent need do nothing.

Someone is so copied where a sentence of the writer's names them, on Cc, before one of
``informed_cues`` ("only so she knows", "zur Information", "pour information", "para su
conocimiento", "para conhecimento", "kwa taarifa tu") and holds no intro word ("to
introduce her", "pour la présenter"), a clause after a semicolon aside ("...
zur Information in Kopie; er ist aber nicht Teil der Vorstellung"): someone written to
(on To), named after the cue or only in another sentence, is never so copied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.message import Address
from agent.understanding.request_people import is_agent, natural_name
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import normal_text, without_accents

__all__ = ["informed_copies", "without_informed"]

# Where a sentence of the writer's text ends.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def informed_copies(
    said: str, cc: Sequence[Address], agent: str, rules: Rules
) -> tuple[Address, ...]:
    """Those on ``cc`` the writer's text ``said`` copies only to keep them informed (see
    the module), each once."""
    copied = [a for a in cc if a.email and a.name and not is_agent(a.email, agent)]
    if not copied:
        return ()
    folded = normal_text(said)
    if rules.informed_re.search(folded) is None:
        return ()
    found: dict[str, Address] = {}
    for sentence in _SENTENCE_END.split(folded):
        # "Mein Kollege Reto Ammann ist zur Information in Kopie; er ... ist aber nicht
        # Teil der Vorstellung": a clause after a semicolon says more of them, and its
        # intro word introduces no one.
        for clause in sentence.split(";"):
            cue = rules.informed_re.search(clause)
            if cue is None or rules.intent_re.search(clause) is not None:
                continue
            before = _words(clause[: cue.start()])
            for address in copied:
                if _named_in(address, before, rules):
                    found.setdefault(address.email.casefold(), address)
    return tuple(found.values())


def without_informed(said: str, informed: Sequence[Address], rules: Rules) -> str:
    """``said`` without the sentences that name one of ``informed`` (its cue's, and one
    spoken to them: "Maura, no need to do anything yet!")."""
    kept = [
        sentence
        for sentence in _SENTENCE_END.split(said)
        if not any(_named_in(address, _words(normal_text(sentence)), rules) for address in informed)
    ]
    return "\n".join(kept)


def _words(folded: str) -> set[str]:
    """The words of a folded text, accents aside ("Gráinne" as "grainne")."""
    return set(_WORD.findall(without_accents(folded)))


_WORD = re.compile(r"\w+")


def _named_in(address: Address, words: set[str], rules: Rules) -> bool:
    """Whether ``words`` (folded, accents aside) hold the first name or the surname of
    the one at ``address``, as the headers name them."""
    name = without_accents(natural_name(address.name, rules.titles).casefold()).split()
    return bool(name) and (name[0] in words or (len(name) > 1 and name[-1] in words))
