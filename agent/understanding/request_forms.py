"""A request written as a form, its parties on labelled lines: "Please introduce these
two:\nPerson 1: Dana Whitfield, dana@...\nPerson 2: Omar Haddad <omar@...>\nReason: ...".

Each party line opens on one of ``form_party_labels`` ("Person", "Party", "Contact",
"Personne", "Persona", "Pessoa", "Mtu wa") and a number or a letter, then a colon, then a
name and its address; a line opening on one of ``form_reason_labels`` ("Reason", "Why",
"Raison", "Motivo", "Grund", "Sababu") and a colon gives the context. The lines say who
the parties are; whether the mail asks for anything is said elsewhere (an ask in the text,
a line of it pleading for an introduction, or a subject naming one asked for): a form
alone asks nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agent.understanding.request_model import Party
from agent.understanding.request_rules import Rules

__all__ = ["LabelledForm", "labelled_form", "pleads_outside_form"]

# An address in a party line, its marks around it left out.
_ADDRESS = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+")
# The marks between a name and its address: "Dana Whitfield, dana@", "Omar Haddad
# <omar@", "Ana Lima (ana@", "Yaw Owusu - yaw@".
_NAME_END = re.compile(r"[\s,;:<(\[\-\u2013\u2014]+$")
# A name's word: a capital, then letters, apostrophes or hyphens ("O'Neil", "Mensah-Bonsu").
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*$")
# The most words a name on a party line has.
_MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class LabelledForm:
    """The parties a form's labelled lines name, in their order, and its context."""

    parties: tuple[Party, ...]
    context: str | None
    # Every party line wrote one capitalised name and one address.
    whole: bool


@lru_cache(maxsize=8)
def _label_regexes(
    parties: frozenset[str], reasons: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a party line and of a reason line, longest labels first ("mtu wa"
    before "mtu")."""

    def alternatives(labels: frozenset[str]) -> str:
        ordered = sorted(labels, key=len, reverse=True)
        return "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in ordered)

    party = re.compile(
        rf"^[ \t]*(?:{alternatives(parties)})[ \t]+(?:\d{{1,2}}|[A-Za-z])[ \t]*:[ \t]*(.+?)[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )
    reason = re.compile(
        rf"^[ \t]*(?:{alternatives(reasons)})[ \t]*:[ \t]*(.+?)[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )
    return party, reason


def labelled_form(text: str, rules: Rules) -> LabelledForm | None:
    """The form ``text`` writes (see the module), or None when fewer than two of its lines
    are party lines."""
    if ":" not in text or "@" not in text or not rules.form_party_labels:
        return None
    party_re, reason_re = _label_regexes(
        frozenset(rules.form_party_labels), frozenset(rules.form_reason_labels)
    )
    lines = [m.group(1) for m in party_re.finditer(text)]
    if len(lines) < 2:
        return None
    parties = tuple(_party(line) for line in lines)
    whole = all(p.name and p.email for p in parties)
    reason = reason_re.search(text) if rules.form_reason_labels else None
    context = reason.group(1).rstrip(" .") if reason else None
    return LabelledForm(parties, context or None, whole)


def pleads_outside_form(folded: str, rules: Rules) -> bool:
    """Whether a line of the folded text that is no labelled line of a form pleads for an
    introduction: one of ``pleas`` and one of ``intent_words`` in it ("Could you connect
    these two?", "Merci de présenter ces deux personnes :", "Tafadhali watambulishe hawa
    wawili:"). Telling one made ("I introduced these two last year") pleads for nothing."""
    party_re, reason_re = _label_regexes(
        frozenset(rules.form_party_labels), frozenset(rules.form_reason_labels)
    )
    for line in folded.splitlines():
        if party_re.match(line) or reason_re.match(line):
            continue
        if rules.plea_re.search(line) and rules.intent_re.search(line):
            return True
    return False


def _party(line: str) -> Party:
    """The name and the address one party line writes; the name None unless it is one to
    four capitalised words before the one address ("Dana Whitfield, dana@..."), the address
    None unless the line holds exactly one."""
    found = _ADDRESS.findall(line)
    email = found[0].rstrip(".'") if len(found) == 1 else None
    head = line.split("@")[0] if email else line
    if email:
        head = head[: head.rfind(email.partition("@")[0])]
    words = _NAME_END.sub("", head).split()
    named = 0 < len(words) <= _MAX_NAME_WORDS and all(
        _NAME_WORD.match(w) and w[0].isupper() for w in words
    )
    return Party(" ".join(words) if named else None, email)
