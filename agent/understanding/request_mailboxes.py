"""Which parties' addresses are mailboxes no one person reads for themselves.

A request is confident only when both addresses are the two people's own. Two kinds of
address given for a party are not:

- a mailing list's or a whole group's mailbox (``list_mailboxes``: "members@",
  "mitglieder@", "Vorstand und Abteilungsleitungen");
- a firm's role mailbox (``mailbox_words``: "info@", "hello@", "kontakt@", "contacto@")
  that nothing shows to be the party's own: an organisation asked for as a person
  ("Acme (hello@acme.com)"), or someone at a firm whose name the domain does not spell
  ("Tom Hale ... His email: info@acme.com").

A role mailbox at a domain spelling the party's name is their own small firm's ("M.
Perrin : contact@boulangerie-perrin.fr", "Herrn Albrecht Kühn ...
kontakt@konditorei-kuehn.de"), one the mail is written from or to is the one its
writer uses for them, and one the writer says they read themselves is theirs ("O
endereço dele é geral@furosdosul.co.mz - a empresa é só ele e o filho, por isso é ele
próprio que lê", ``own_mailbox_cues``). A firm asked for by its own name, no first
name nor title opening it, has no one behind its mailbox, its domain spelling it or not
("the Lantern Rooms (bookings@lanternrooms.example)", "Casa do Fado (reservas@...)").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from agent.message import ParsedMessage
from agent.understanding.first_names import is_first_name
from agent.understanding.request_mentions import spelled_words
from agent.understanding.request_model import Party
from agent.understanding.request_rules import Rules, admits
from agent.understanding.request_tokens import without_accents
from agent.understanding.word_sets import normal_text, words_in

# The pieces of an address's local part: "members-list" -> "members", "list".
_LOCAL_PIECES = re.compile(r"[.\-_+]")


def _local_parts(email: str) -> list[str]:
    """The pieces of an address's local part, folded."""
    local = email.partition("@")[0].casefold()
    return [part for part in _LOCAL_PIECES.split(local) if part]


def shared_mailbox(email: str, rules: Rules) -> bool:
    """Whether ``email`` is a shared mailbox no one person writes from as themselves: its
    local part one of ``mailbox_words`` ("partnerships@", "einkauf@") or made only of
    them and ``desk_words`` ("asistencia.direccion@", "office-manager@",
    "sekretariat.leitung@"), a team's desk whose mail its signer writes. A desk word
    alone ("director@") may be the one person's who holds the desk."""
    parts = _local_parts(email)
    if len(parts) == 1:
        return parts[0] in rules.mailbox_words
    return bool(parts) and all(
        part in rules.mailbox_words or part in rules.desk_words for part in parts
    )


def office_mailbox(name: str, email: str, rules: Rules) -> bool:
    """Whether ``email``, shown as ``name``, is an office's mailbox that its staff write
    from for the one it serves: a piece of its local part is one of ``mailbox_words`` or
    ``desk_words`` that the name shown holds as a word too ("Sekretariat Dr. Hofreiter-Lenz
    <sekretariat.hofreiter@...>", "Étude Maître Diop-Sarr - Secrétariat <secretariat@...>",
    "Office of the Mayor <mayor.office@...>"). A person's own address shown as their
    name holds no such piece ("Ann Office <ann@...>"), or a desk's word alone, which
    may be the one person's who holds the desk, or opens on their first name ("Ana
    Dirección <ana.direccion@...>", "Ana Sekretariat <ana.sekretariat@...>")."""
    pieces = {without_accents(part) for part in _local_parts(email) if part in rules.mailbox_words}
    words = normal_text(name).split()
    if not pieces or not words or is_first_name(words[0]):
        return False
    return bool(pieces & {without_accents(word) for word in words})


def list_mailbox(party: Party, rules: Rules) -> bool:
    """Whether a party is a mailing list's or a whole group's mailbox (list_mailboxes):
    its address's local part, or its name, one of them or made of them ("Mitglieder
    <mitglieder@...>", "members-list@", "Vorstand und Abteilungsleitungen"). Written to a
    club's members, "Könnten Sie sie bitte mit Bernd Kraus bekannt machen?" asks about a
    newcomer, not the list."""
    parts = _local_parts(party.email or "")
    # Short joining words ("und", "and", "et") may stand between; a person's name holds
    # a word that is none ("Alle Nielsen <alle.nielsen@...>").
    words = [w for w in normal_text(party.name or "").split() if len(w) > 3]
    return (bool(parts) and all(part in rules.list_mailboxes for part in parts)) or (
        bool(words) and all(word in rules.list_mailboxes for word in words)
    )


# A sentence of a folded text ends at a mark before white space or the text's end; the
# dots of an address ("geral@furosdosul.co.mz") end none.
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)")
# An address in a folded text.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# How many words before a cue a negation denies it ("não é ele próprio que lê").
_NEGATION_REACH = 3


def vouched_mailboxes(folded: str, rules: Rules) -> set[str]:
    """The addresses of the folded ask its writer says the one given them reads
    themselves (``own_mailbox_cues``: "é ele próprio que lê", "he reads it himself",
    "c'est lui-même qui la lit", "lo lee él mismo", "er liest es selbst", "anasoma
    mwenyewe"), in the sentence writing the address or the one right after it; a
    negation just before the cue ("não é ele próprio que lê") vouches for nothing."""
    # Most asks hold none of the cues' words: their regex is then not searched.
    if not admits(rules.own_mailbox_gate, words_in(folded), folded):
        return set()
    if rules.own_mailbox_re.search(folded) is None:
        return set()
    vouched: set[str] = set()
    before: list[str] = []
    for sentence in _SENTENCE_END.split(folded):
        written = _ADDRESS.findall(sentence) or before
        for cue in rules.own_mailbox_re.finditer(sentence):
            words = sentence[: cue.start()].split()[-_NEGATION_REACH:]
            if not any(word.strip(",-") in rules.negations for word in words):
                vouched.update(written)
        before = _ADDRESS.findall(sentence)
    return vouched


def _person_named(words: list[str], rules: Rules) -> bool:
    """Whether a name's folded words read as a person's: a listed first name or a title
    opens it ("Albrecht Kühn", "M. Perrin", "Herrn Kühn")."""
    return is_first_name(words[0]) or words[0].rstrip(".") in rules.titles


def role_mailbox(
    party: Party, message: ParsedMessage, rules: Rules, vouched: Collection[str] = ()
) -> bool:
    """Whether a party's address is a firm's role mailbox (its local part made only of
    ``mailbox_words``) not shown to be theirs: not one the mail is written from or to,
    nor one of ``vouched`` (``vouched_mailboxes``), and at a domain that spells no word
    of their name ("Tom Hale", "info@acme.com"), or one whose first label a one-word
    name opens (an organisation: "Acme", "hello@acme.com")."""
    email = (party.email or "").casefold()
    if not shared_mailbox(email, rules) or email in vouched:
        return False
    # Written from it ("Harbour Bakehouse <info@...>") or to it, the writer uses it for
    # them.
    headed = (*message.from_, *message.to, *message.cc)
    if any((address.email or "").casefold() == email for address in headed):
        return False
    domain = email.partition("@")[2]
    # The domain without its last label: "boulangerie-perrin" of "boulangerie-perrin.fr".
    labels = domain.rpartition(".")[0]
    name = party.name or ""
    words = [without_accents(word) for word in normal_text(name).replace("-", " ").split()]
    if len(words) == 1 and labels.partition(".")[0].startswith(words[0]):
        # One word opening the domain is a firm's name ("Acme", "hello@acme.com"); a
        # surname written after another word is a small firm's ("boulangerie-perrin").
        return True
    # A name no first name nor title opens, written whole as the domain's first label
    # ("Lantern Rooms", "bookings@lanternrooms.example") or closing on an organisation's
    # word ("Acme Holdings"), is the firm's: its shared mailbox has no one named behind it.
    if (
        len(words) > 1
        and not _person_named(words, rules)
        and (
            labels.partition(".")[0].replace("-", "").startswith("".join(words))
            or words[-1] in rules.organisation_closers
            or words[-1] in rules.organisation_words
        )
    ):
        return True
    return not spelled_words(name, labels, opening=True)
