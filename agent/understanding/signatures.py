"""Where a writer's signature begins in the new text of a mail.

Below the line that signs a mail with the writer's name ("Hannah", "Hannah Greer", "D",
"H. Greer") or a "--" rule come the writer's own details: addresses of colleagues, legal notices,
"please do not reply to this address". They say nothing about what the mail asks.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import pairwise

from agent.understanding.request_tokens import without_accents

_SIGNATURE_RULE = re.compile(r"^\s*--\s*$")
# One to three words, each capitalised: "Ann", "Ann Lee", "J. Ortiz", "Anne-Marie O'Neil".
_NAME_LINE = re.compile(r"(?:[^\W\d_][^\W\d_'.-]*[.]?|[^\W\d_][\w'-]*)(?: [^\W\d_][\w'.-]*){0,2}")


# The words joining two closings into one ("Danke und freundliche Grüße", "Thanks and
# kind regards", "Muchas gracias y un saludo", "Merci et bonne journée", "Obrigado e um
# abraço", "Asante na kila la heri"): the line closes the mail as either closing alone does.
_CLOSING_JOINS = frozenset({"and", "und", "et", "y", "e", "na"})
_CLOSING_MARKS = re.compile(r"[^\w\s']")


def closes(line: str, closings: Collection[str]) -> bool:
    """Whether a line, cased as written, is a closing: one of ``closings``, or two of them
    joined by one of ``_CLOSING_JOINS`` ("Danke und freundliche Grüße")."""
    closing = " ".join(_CLOSING_MARKS.sub(" ", line.casefold().replace("\u2019", "'")).split())
    if closing in closings:
        return True
    words = closing.split()
    return any(
        word in _CLOSING_JOINS
        and " ".join(words[:at]) in closings
        and " ".join(words[at + 1 :]) in closings
        for at, word in enumerate(words[1:-1], start=1)
    )


def signature_start(text: str, writer: str) -> int:
    """Where the writer's signature begins: a "--" line, or the line that signs the mail
    with the writer's name ("Hannah", "Hannah Greer", "D"); the length of the text if
    neither follows the first line.

    The first line never counts: "Hannah here, ..." opens a mail, it does not sign it.
    """
    names, full, longest = _signing(writer)
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        # A blank line signs nothing: no name, rule or title is blank.
        size = len(line.strip()) if number else 0
        if size and (
            ("--" in line and _SIGNATURE_RULE.match(line))
            or (size <= longest and _bare(line) in names)
            or (full and size <= longest + len(full) and _titled(line, full))
        ):
            return offset
        offset += len(line)
    return len(text)


@lru_cache(maxsize=16)
def _signing(writer: str) -> tuple[frozenset[str], str, int]:
    """How ``writer`` signs (``_sign_offs``), their full name when it has a space, and how
    long a line signing with a name may be; kept for the last few writers, whose mails'
    signatures are looked for several times."""
    names = _sign_offs(writer)
    orders = _name_orders(writer)
    # The name as the writer signs it: given name first ("Daniel Hirsch, PhD" for the
    # "Hirsch, Daniel" of a directory).
    full = " ".join(orders[0]) if orders and len(orders[0]) > 1 else ""
    # A line much longer than any name signs nothing: most lines are passed over unread.
    return names, full, max(map(len, names), default=-1) + _SIGN_LINE_SLACK


def without_pasted_rule(text: str, writer: str) -> str:
    """``text`` without a "--" line that opens someone else's block pasted above the
    writer's own sign-off ("Could you introduce me to this person?\n\n--\nKwame
    Mensah\nHead of Partnerships\n...\n\nThanks,\nAna"), which would otherwise end
    the writer's text there as their signature: the first line below it that holds
    anything is no sign-off of the writer's, and a later line is. A rule opening the
    writer's own details ("--\nAna Ruiz\nFounder"), or with no sign-off of theirs
    below, stays."""
    names = _sign_offs(writer)
    if not names or "--" not in text:
        return text
    longest = max(map(len, names)) + _SIGN_LINE_SLACK
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if not number or not _SIGNATURE_RULE.match(line):
            continue
        signs = [
            len(below.strip()) <= longest and _bare(below) in names
            for below in lines[number + 1 :]
            if below.strip()
        ]
        if signs and not signs[0] and any(signs[1:]):
            return "".join(lines[:number] + lines[number + 1 :])
        return text
    return text


# Room around a name on its line: spaces, a comma, a dash, "Thanks!" marks.
_SIGN_LINE_SLACK = 24
_NOT_NAME_CHARS = re.compile(r"[^\w\s'-]")


# Words around a full name on a line that signs it: "Pr", "Professor", "FBA", "PhD".
_MAX_TITLE_WORDS = 2


def signs_with(line: str, name: str) -> bool:
    """Whether ``line`` is the full name ``name`` signing, alone or between titles and
    letters after it ("Olumide Adebayo", "Chief Olumide Adebayo, FCILT")."""
    full = _bare(name)
    return len(full.split()) > 1 and (_bare(line) == full or _titled(line, full))


def _titled(line: str, full: str) -> bool:
    """Whether ``line`` signs with the full name ``full`` between titles and letters
    after it: "Pr Anne-Laure Bonnefoy", "Professor Margaret Oyelaran-Hughes FBA", "Dr.
    Konstanze Wehrhahn". Each title is capitalised, not in capitals ("FROM"), and the
    letters after the name are short and mostly capitals ("FBA", "PhD"); a line with a
    colon or a comma is a header or a sentence ("FROM: Joseph Kalunga, Principal
    Economist"), and lower-case words are a sentence about the writer ("Anne-Laure
    Bonnefoy vous appellera")."""
    if ":" in line:
        return False
    if "," in line:
        # Only letters may follow a comma after the name ("Daniel Hirsch, PhD"): a
        # comma before anything else makes a sentence or a title ("Joseph Kalunga,
        # Principal Economist").
        name, _, after = line.partition(",")
        if not after.split() or not all(_letters(w) for w in after.split()):
            return False
        line = f"{name} {after}"
    # Most lines hold no word of the name at all: that is seen without splitting them.
    if full.split()[0] not in line.casefold():
        return False
    words = line.split()
    size = len(full.split())
    at = next((n for n in range(len(words)) if _bare(" ".join(words[n : n + size])) == full), -1)
    if at < 0:
        return False
    titles, letters = words[:at], words[at + size :]
    if len(titles) > _MAX_TITLE_WORDS or len(letters) > _MAX_TITLE_WORDS:
        return False
    return (
        bool(titles or letters)
        and all(w[:1].isupper() and not (len(w) > 2 and w.isupper()) for w in titles)
        and all(_letters(w) for w in letters)
    )


def _letters(word: str) -> bool:
    """Whether ``word`` is letters after a name: short and mostly capitals ("FBA", "PhD")."""
    return len(word) <= _MAX_LETTERS and sum(c.isupper() for c in word) >= 2


# How long letters after a name may be: "FBA", "PhD", "FRCP".
_MAX_LETTERS = 5


def _bare(line: str) -> str:
    return " ".join(_NOT_NAME_CHARS.sub(" ", line.casefold()).split())


# A word of a name, hyphens and apostrophes inside it too ("anne-laure", "o'neil").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_WRITER_BREAKS = re.compile(r"[\s,]+")


@lru_cache(maxsize=16)
def _sign_offs(writer: str) -> frozenset[str]:
    """The ways a writer signs: first name, full name, initials, and the first name's
    initial before the surname ("G. Brandl" for Georg Brandl), of the name in either
    order ``_name_orders`` gives. Kept for the last few writers: each mail's signature is
    looked for several times."""
    signs: set[str] = set()
    for words in _name_orders(writer):
        signs.update((words[0], " ".join(words), words[0][0], "".join(w[0] for w in words)))
        if len(words) > 1:
            signs.add(f"{words[0][0]} {words[-1]}")
    return frozenset(signs)


def _name_orders(writer: str) -> list[list[str]]:
    """The words of the writer's name, folded, in the order they sign with first: a name
    a directory gives surname first, before a comma ("Hirsch, Daniel"), is signed given
    name first ("Daniel Hirsch", "DH"), and is kept as given too. Letters after a comma
    ("Kezia Baptiste, RN", "Jane Doe, PhD") are no given name: that name has one order."""
    words = [w for w in _WRITER_BREAKS.split(writer.casefold()) if _NAME_WORD.fullmatch(w)]
    if not words:
        return []
    _, comma, given = writer.partition(",")
    first = given.split()[0] if comma and given.split() else ""
    if (
        "," in given
        or not first[:1].isupper()
        or sum(c.isupper() for c in first) > 1
        # A department in brackets ("Okafor, Sandra (Riverside)") is no given name.
        or not all(_NAME_WORD.fullmatch(w.rstrip(".")) for w in given.split())
    ):
        return [words]
    given_words = [w for w in _WRITER_BREAKS.split(given.casefold()) if _NAME_WORD.fullmatch(w)]
    size = len(given_words)
    if not size or size >= len(words):
        return [words]
    return [words[-size:] + words[:-size], words]


def signed_name(text: str, email: str, closings: set[str]) -> str | None:
    """The name a writer signs with below a closing ("Thanks,\nAnn Lee"), for a sender
    whose From header gives only an address; None if there is none.

    ``text`` is the whole mail as written, signature and quotes included (the new text
    has lost its signature). The name must agree with the address, a word of it (three
    letters or more) standing in the local part ("ann.lee@", "alee@"), so a company or a
    title is never taken for the writer, nor someone quoted below for them; the first
    such name from the top is the writer's.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    local = _folded(email.partition("@")[0])
    for above, line in pairwise(lines):
        words = line.split()
        if not _NAME_LINE.fullmatch(line) or not all(w[:1].isupper() for w in words):
            continue
        if not closes(above, closings):
            continue
        if any(len(w) >= 3 and _folded(w.strip(".")) in local for w in words):
            return line
    return None


def mailbox_signer(
    text: str,
    shown: str,
    closings: set[str],
    not_names: Collection[str],
    signed_for: Collection[str] = (),
    prefixes: Collection[str] = (),
) -> str | None:
    """The person who signs below a closing a mail sent from a shared mailbox
    ("GreenLoop Partnerships <partnerships@...>" signing "Kind regards,\nAmara Osei"),
    for whom the mailbox's name ``shown`` is no name; None if no one does.

    The name is a first name and a surname, or three words, each capitalised and none
    one of ``not_names`` (a mailbox's or an organisation's words: "GreenLoop Team",
    "Holzbau Schmid GmbH") nor all of them words of ``shown`` ("Holzbau Schmid"); the
    first such line below a closing, or below its first name alone ("Lorraine\n\nLorraine
    Pickup\nRegistered Manager"), from the top is the writer's. A line naming whom they
    sign for, opening on one of ``signed_for`` ("Pour Maître Aminata Diop-Sarr,\nKhady
    Ndiaye"), closes the mail as a closing does; one of ``prefixes`` before the name
    ("Mit freundlichen Grüßen\n\ni. A. Bettina Weißgerber") says they sign for another
    and is no part of it.
    """
    shown_words = {w.casefold() for w in shown.split()}
    lines = [_without_prefix(line.strip(), prefixes) for line in text.splitlines() if line.strip()]
    for above, line in pairwise(lines):
        words = line.split()
        if len(words) < 2 or not _NAME_LINE.fullmatch(line):
            continue
        if not all(w[:1].isupper() and not w.isupper() for w in words):
            continue
        # "Lorraine" signing the note, then "Lorraine Pickup" opening the signature block:
        # the first name alone above the full name closes the mail as a closing does.
        signed_first = above == words[0]
        if not closes(above, closings) and not signed_first and not _signs_for(above, signed_for):
            continue
        folded = [w.casefold().strip(".") for w in words]
        if any(w in not_names for w in folded) or all(w in shown_words for w in folded):
            return None
        return line
    return _roster_signer(lines, closings, not_names)


def _without_prefix(line: str, prefixes: Collection[str]) -> str:
    """``line`` without one of ``prefixes`` opening it before a space ("i. A. Bettina
    Weißgerber" -> "Bettina Weißgerber"), longest first; as it is when none does."""
    folded = line.casefold()
    for prefix in sorted(prefixes, key=len, reverse=True):
        if folded.startswith(prefix + " "):
            return line[len(prefix) :].strip()
    return line


def _signs_for(line: str, leads: Collection[str]) -> bool:
    """Whether ``line`` names whom the one below signs for: one of ``leads`` opening it,
    then a capitalised name of at most five words and perhaps a comma ("Pour Maître
    Aminata Diop-Sarr,", "For Gráinne Ní Bhriain,"); "For more information, see ..."
    is no such line."""
    folded = line.casefold().replace("\u2019", "'")
    for lead in leads:
        if not folded.startswith(lead + " "):
            continue
        named = line[len(lead) :].strip().removesuffix(",").split()
        if 1 <= len(named) <= 5 and all(w[:1].isupper() for w in named):
            return True
    return False


def _roster_signer(lines: list[str], closings: set[str], not_names: Collection[str]) -> str | None:
    """The one a team's signature lists whose first name signs the mail alone below a
    closing ("Regards,\nJoyce" over "Joyce Sanga - Logistics & Admin - joyce.sanga@...",
    "Obrigada,\nEdna" over "Secretária: Edna Silva - edna.silva@..."); None when no
    roster line below it, or two, open on that first name."""
    for number, (above, line) in enumerate(pairwise(lines)):
        if not closes(above, closings) or not _NAME_WORD.fullmatch(line) or not line[:1].isupper():
            continue
        listed = {
            name
            for below in lines[number + 2 :]
            if "@" in below
            and len((name := roster_name(below)).split()) in (2, 3)
            and name.split()[0] == line
            and _NAME_LINE.fullmatch(name)
            and all(w[:1].isupper() and w.casefold() not in not_names for w in name.split())
        }
        return listed.pop() if len(listed) == 1 else None
    return None


# A roster line of a team's signature: an optional label ending on a colon ("Técnica de
# pescado:"), then the cells a dash or a bar part ("Neema Mgaya - Quality Assurance Lead -
# neema.mgaya@... - +255 ..."); a comma may list two people in one cell ("Julia Neumann,
# Stefan Koch | Einkauf | ..."), so it parts none.
_ROSTER_LABEL = re.compile(r"^[^:@]{1,40}:\s+")
_ROSTER_CELLS = re.compile(r"\s+[\u2013\u2014|-]\s+|\s*\|\s*")


def roster_name(line: str) -> str:
    """The name opening a roster line of a signature, its label left out ("Secretária:
    Edna Silva - edna.silva@..." is Edna Silva); "" if the line holds no cell after it."""
    cells = _ROSTER_CELLS.split(_ROSTER_LABEL.sub("", line.strip()), maxsplit=1)
    return " ".join(cells[0].split()) if len(cells) > 1 else ""


def head_name(text: str, email: str) -> str | None:
    """The name a mail opens on, alone on its first line, when ``email`` spells it (a
    word of it, three letters or more, standing in the local part): "Sofia Andersson"
    atop a LinkedIn message she gives "sofia.andersson@..." in. A line of one word, a
    title ("Head of Partnerships") or a name the address does not spell is none."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    words = first.split()
    if len(words) < 2 or not _NAME_LINE.fullmatch(first):
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    local = _folded(email.partition("@")[0])
    return first if any(len(w) >= 3 and _folded(w.strip(".")) in local for w in words) else None


def signed_short_name(
    text: str, name: str, email: str, closings: set[str], greetings: set[str]
) -> str:
    """The one word a writer signs with below a closing when it is not the first name
    their header gives ("Beatriz Lima <bia.lima.design@...>" signing "Beijo,\nBia"),
    folded; "" if none.

    Only the first closing from the top counts (a quoted mail below is someone else's),
    and the word must be theirs: spelled by the address's local part ("bia.lima.design@")
    or opening on the first name's letter ("Lu" for Lucía); "Team" under a closing of
    "Ann Lee <ann@...>" is no name of hers, nor a name under a greeting ("Oi\nRafa")."""
    words = name.split()
    if not words:
        return ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for above, line in pairwise(lines):
        closing = " ".join(re.sub(r"[^\w\s']", " ", above.casefold()).split())
        if closing not in closings or closing in greetings:
            continue
        word = line.rstrip("!.")
        if not (_NAME_WORD.fullmatch(word) and word[:1].isupper() and len(word) >= 2):
            return ""
        short, first = _folded(word), _folded(words[0])
        if short == first:
            return ""
        local = _folded(email.partition("@")[0])
        return short if (len(short) >= 3 and short in local) or short[0] == first[0] else ""
    return ""


def signed_title_word(text: str, display: str, writer: str) -> str:
    """The header's name whole when the word the title rule left out of it is the one the
    writer signs with alone on a line ("Col Ferraro <colferraro@...>" signing "Col": a
    first name, never Colonel, whom no one signs by rank alone); else ``writer``.

    The word must be written as the header writes it, without a period, and the line
    must not be the first: "Col" opening a mail greets no one and signs nothing."""
    words = display.split()
    if len(words) < 2 or " ".join(words[1:]) != writer or words[0].endswith("."):
        return writer
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return display if words[0] in lines[1:] else writer


def signed_order(text: str, writer: str, email: str, closings: set[str]) -> str:
    """The writer's name as they sign it when their From header writes the same words in
    another order ("Ba Ousmane" signing "Cordialement,\nOusmane Ba"); else ``writer``.

    Only the name that stands below a closing and agrees with the address counts (see
    ``signed_name``), or a line of those words alone, turned, where no line holds them
    in the header's order; a quick look for the other order first spares the rest of
    mail. A surname the header writes in capitals, as a French or a Belgian directory
    does ("DELORME Françoise" over a mail signed "Françoise Delorme"), is read as it is
    signed, in its usual case."""
    signed = _signed_order(text, writer, email, closings)
    if signed != writer:
        # "MERCIER Claire" signing "Claire MERCIER": the capitals as signed.
        return signed
    cased = _surname_recased(writer)
    if cased == writer:
        return writer
    signed = _signed_order(text, cased, email, closings)
    return writer if signed == cased else signed


def _surname_recased(writer: str) -> str:
    """``writer`` with each word of two letters or more written in capitals
    ("DELORME", "DIOP-SARR") in its usual case ("Delorme", "Diop-Sarr"), when another
    word of the name is not: a name all in capitals is left as it is."""
    words = writer.split()
    capped = [w.isupper() and len(w.strip(".")) > 1 for w in words]
    if not any(capped) or all(capped):
        return writer
    return " ".join(
        "-".join(part.capitalize() for part in w.split("-")) if cap else w
        for w, cap in zip(words, capped, strict=True)
    )


def _signed_order(text: str, writer: str, email: str, closings: set[str]) -> str:
    """``signed_order`` of a header's name in the case it is signed in."""
    words = writer.split()
    if not 2 <= len(words) <= 3:
        return writer
    turned = (" ".join(words[1:] + words[:1]), " ".join(words[-1:] + words[:-1]))
    if not any(other in text for other in turned):
        return writer
    signed = signed_name(text, email, closings)
    if (
        signed
        and signed != writer
        and sorted(signed.casefold().split()) == sorted(writer.casefold().split())
    ):
        return signed
    # "Vielen Dank und schöne Grüße aus Eisenerz\nWolfgang Pichler" from "Pichler Wolfgang":
    # a closing no list holds, but a line of the header's own words alone, turned, that
    # agree with the address, is the writer signing; no company or title can be that line.
    local = _folded(email.partition("@")[0])
    # A line of the header's order alone too ("Pichler Wolfgang" in a list) leaves it be,
    # and so do letters in capitals ("RN Kezia Baptiste"), no words of a name.
    lines = [line.strip() for line in text.splitlines()]
    if (
        writer in lines
        or not any(len(w) >= 3 and _folded(w) in local for w in words)
        or not all(w[:1].isupper() and not w.isupper() for w in words)
    ):
        return writer
    # "Gemma O'Sullivan RN" under "O'Sullivan Gemma": letters after a name in capitals
    # (a nurse's "RN", "MBE") are no part of it; the name before them is signed turned.
    return next((other for line in lines for other in turned if _signs_as(line, other)), writer)


def _signs_as(line: str, name: str) -> bool:
    """Whether a line is ``name`` alone or ``name`` and words in capitals after it, letters
    of a qualification or an honour ("Gemma O'Sullivan RN", "Ann Lee MBE"); "Ann Lee,
    Head of Sales" is no such line."""
    if not line.startswith(name):
        return False
    rest = line[len(name) :]
    return not rest or (rest[:1] == " " and all(w.isalpha() and w.isupper() for w in rest.split()))


def signed_from_initial(text: str, writer: str, email: str, closings: set[str]) -> str:
    """The writer's name as they sign it when their From header gives a surname and an
    initial alone, as a school's or a council's directory does ("Whitcombe T" over a
    mail signed "Many thanks,\nTom Whitcombe", "T. Whitcombe"); else ``writer``. The
    signed name (``signed_name``: below a closing, agreeing with the address) must end on
    that surname and open on a first name of that initial."""
    words = [w.rstrip(".") for w in writer.split()]
    if len(words) != 2:
        return writer
    initials = [w for w in words if len(w) == 1 and w.isalpha() and w.isupper()]
    surnames = [w for w in words if len(w) > 1]
    if len(initials) != 1 or len(surnames) != 1:
        return writer
    signed = signed_name(text, email, closings)
    if signed is None:
        return writer
    parts = signed.split()
    if (
        len(parts) != 2
        or _folded(parts[1]) != _folded(surnames[0])
        or len(parts[0].rstrip(".")) < 2
        or _folded(parts[0][:1]) != _folded(initials[0])
    ):
        return writer
    return signed


def _folded(text: str) -> str:
    return without_accents(text.casefold())


# A line signing a mail for two or more is short: "Carmen Ibáñez y Luis Romero".
_MAX_COSIGNED_CHARS = 60
# A word of a name as a signing line writes it: "Ibáñez", "Anne-Marie", "O'Neil", "J.".
_SIGNED_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")


def cosigners(text: str, writer: str, conjunctions: Collection[str]) -> tuple[str, ...]:
    """The others who sign the mail with its writer, on one line of their own below its
    first: names joined by one of ``conjunctions`` ("Carmen Ibáñez y Luis Romero", "Anna
    & Tom", "Marie et Jean Dupont", "Ana e João Silva", "Amina na Juma"), one of them the
    writer (their first name, or their full name), each name one to three words written
    with a capital. Those who sign with the writer write the mail with them: what it asks
    is theirs too. A line naming the writer in lower-case words or beside more than a
    name ("Luis Romero y familia", "Thanks from Carmen and Luis") signs for no one else.
    """
    mine = _sign_offs(_folded(writer))
    if not mine:
        return ()
    first = _folded(writer).split()[0]
    joins = {c for c in conjunctions if c != ","}
    for number, line in enumerate(text.splitlines()):
        bare = line.strip().rstrip(".!")
        if not number or not bare or len(bare) > _MAX_COSIGNED_CHARS:
            continue
        words = bare.replace(",", " , ").split()
        if not any(word.casefold() in joins for word in words):
            continue
        names: list[list[str]] = [[]]
        for word in words:
            if word == "," or word.casefold() in joins:
                names.append([])
            else:
                names[-1].append(word)
        if len(names) < 2 or any(not 1 <= len(name) <= 3 for name in names):
            continue
        if not all(_SIGNED_WORD.fullmatch(w) and w[:1].isupper() for n in names for w in n):
            continue
        said = [" ".join(name) for name in names]
        folded = [_folded(name) for name in said]
        writer_at = next(
            (n for n, name in enumerate(folded) if name in mine or name.split()[0] == first),
            None,
        )
        if writer_at is None or folded.count(folded[writer_at]) > 1:
            continue
        return tuple(name for n, name in enumerate(said) if n != writer_at)
    return _stacked_cosigners(text, mine)


def _stacked_cosigners(text: str, mine: frozenset[str]) -> tuple[str, ...]:
    """The others who sign on lines of their own right above or below the writer's own
    name, each line a name of one to three words written with a capital: "Maria
    Santos\nPedro Santos". A job title or a firm so placed ("Head of Research") is taken
    too, and found on the mail as no one."""
    lines = [line.strip().rstrip(".!") for line in text.splitlines()]
    for number, line in enumerate(lines):
        if not number or _folded(line) not in mine or len(line.split()) < 2:
            # Only the writer's full name signs a block others may share.
            continue
        found = []
        for near in (number - 1, number + 1):
            if not 0 < near < len(lines):
                continue
            words = lines[near].split()
            if (
                1 <= len(words) <= 3
                and all(_SIGNED_WORD.fullmatch(w) and w[:1].isupper() for w in words)
                and _folded(lines[near]).split()[0] not in mine
            ):
                found.append(lines[near])
        if found:
            return tuple(found)
    return ()


# Quotation marks around a name one goes by: 'Margaret "Peggy" Lawson'.
_NICKNAME_QUOTES = ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019")


def signed_full_name(text: str, writer: str) -> str:
    """The writer's name in full when their From header gives the name they go by and a
    line of the mail signs with both ("Peggy Lawson" signing 'Margaret "Peggy" Lawson',
    "Quique Roig" signing 'Enric "Quique" Roig'): the first name before the quoted one,
    with the rest of the header's name; else ``writer``. A quick look for the quoted first
    name spares the rest of mail."""
    words = writer.split()
    if not 2 <= len(words) <= 3:
        return writer
    first, rest = words[0], " ".join(words[1:])
    if not any(f"{mark}{first}" in text for mark in _NICKNAME_QUOTES):
        return writer
    line = re.compile(
        r"^[ \t]*([^\W\d_][\w'\u2019-]*)[ \t]+[\"\u201c\u201d'\u2018\u2019]"
        + re.escape(first)
        + r"[\"\u201c\u201d'\u2018\u2019][ \t]+"
        + re.escape(rest)
        + r"[ \t]*$",
        re.MULTILINE,
    )
    found = line.search(text)
    return f"{found.group(1)} {rest}" if found else writer
