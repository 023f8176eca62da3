"""A mail asking for several intros in paragraphs opened by ordinals, each read on its own.

"Primero: nuestro actuario, el Act. Rodrigo Salinas (...), necesita revisar ...\n\nPara
eso nos recomendaron a la Dra. Itzel Cárdenas (...). Les agradecería presentarlos.\n\n
Segundo, y es menos urgente: a la Lic. Paola Villaseñor (...) le gustaría conocer al C.P.
Arturo Medina (...)." asks two intros, one per ordinal: the "them" of the first is the two
named since "Primero", not any two of the four the mail names. A section is the paragraph
opened by one of ``list_ordinals`` ("First,", "Segundo:", "Deuxièmement", "Zweitens",
"Em segundo lugar", "Pili,"; its word then a mark) and those after it up to the next; the
paragraphs before the first section lead each of them. With two sections or more, each
is read as a mail of its own (``agent/understanding/requests.py``), its pairs kept only
where every section yields one (see ``sectioned``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.understanding.request_model import Pair, RequestResult
from agent.understanding.request_rules import Rules

__all__ = ["may_hold_sections", "ordinal_sections", "sectioned"]

# A blank line, perhaps holding spaces, between two paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# The words opening a paragraph, and the mark closing its first words: an ordinal opens a
# section only before one ("Segundo, y es menos urgente:", "First:", "Erstens -").
_OPENING = re.compile(r"\s*([^\W\d_][\w' ]{0,24}?)\s*[,:.)\-\u2013\u2014]")


def may_hold_sections(text: str, rules: Rules) -> bool:
    """Whether two paragraphs of ``text`` or more open on an ordinal, the same one or not:
    a quick look whether ``ordinal_sections`` of its new text may find any."""
    opening = 0
    for paragraph in _PARAGRAPH_BREAK.split(text):
        found = _OPENING.match(paragraph)
        if found is not None and " ".join(found.group(1).casefold().split()) in rules.list_ordinals:
            opening += 1
            if opening > 1:
                return True
    return False


def ordinal_sections(text: str, rules: Rules) -> list[str]:
    """The texts of the sections of ``text`` (see the module's docstring), each after the
    paragraphs leading the first; none with fewer than two sections, or where an
    ordinal opens two of them ("Pili" twice is a name)."""
    paragraphs = _PARAGRAPH_BREAK.split(text)
    opened: list[int] = []
    ordinals: set[str] = set()
    for number, paragraph in enumerate(paragraphs):
        found = _OPENING.match(paragraph)
        if found is None:
            continue
        word = " ".join(found.group(1).casefold().split())
        if word in rules.list_ordinals:
            if word in ordinals:
                return []
            ordinals.add(word)
            opened.append(number)
    if len(opened) < 2:
        return []
    lead = paragraphs[: opened[0]]
    ends = [*opened[1:], len(paragraphs)]
    return [
        "\n\n".join([*lead, *paragraphs[start:end]])
        for start, end in zip(opened, ends, strict=True)
    ]


def sectioned(whole: RequestResult, parts: Sequence[RequestResult]) -> RequestResult | None:
    """The sections' reading of a mail read whole as ``whole``: every pair of every part
    (each of which must be an intro request with a pair), in their order, the first the
    result's own, confident only where every part is, the first part's context; None
    where a part yields no pair, or the parts find no more pairs than the whole did or
    leave out a pair it found."""
    if whole.kind != "intro_request" or not parts:
        return None
    pairs: list[Pair] = []
    for part in parts:
        if part.kind != "intro_request" or part.a is None or part.b is None:
            return None
        pairs.extend(pair for pair in part.pairs if pair not in pairs)
    if len(pairs) <= len(whole.pairs) or not all(pair in pairs for pair in whole.pairs):
        return None
    return RequestResult(
        "intro_request",
        requester=whole.requester,
        a=pairs[0].a,
        b=pairs[0].b,
        context=next((part.context for part in parts if part.context), whole.context),
        confident=all(part.confident for part in parts),
        more=tuple(pairs[1:]),
    )
