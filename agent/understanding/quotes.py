"""Finding the newly written text of a reply.

A reply carries the message it answers: below an "On <date>, <name> wrote:" line,
an Outlook "From: / Sent: / To: / Subject:" block, an "Original Message" rule, or
as ``>``-quoted lines, and often a signature or a "Sent from my phone" line. Only
the new text says what the sender means, so everything else is cut away here.

The phrasings clients use, per language, are data (``rules/quotes/*.json``). Every
pattern is applied to one line, or to a window of at most a few short lines, with
bounded repetition, so no input can make matching slow.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = [
    "extract_new_text",
    "is_device_footer",
    "is_motto",
    "marked_answers_quoted",
    "postscript_marks",
    "postscript_start",
    "quote_headers",
    "quoted_message",
    "without_mottos",
    "written_below_signature_line",
]

# The rules package, wherever this module runs from (its compiled build lives elsewhere).
_RULES = Path(str(resources.files("rules"))) / "quotes"

# A quote header is never longer than this; longer lines are prose or data.
_MAX_HEADER_CHARS = 400
# A wrapped "On ... wrote:" header spans at most this many lines.
_MAX_HEADER_LINES = 3
# How far below a "From:" line the other fields of a header block may appear.
_FIELD_WINDOW = 7

_DASH_NAME = re.compile(r"[ \t]*-[^\W\d_][\w.]{0,20}(?: [\w.]{1,20}){0,2}[ \t]*")
_QUOTED = re.compile(r"[ \t]*>")
_QUOTE_MARK = re.compile(r"[ \t]*[>|]")
_FENCE = re.compile(r"[ \t]*```")
_RULE_LINE = re.compile(r"[ \t]*(?:_{5,}|-{5,}|—{3,})[ \t]*")
_DATE_LIKE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}"
    r"|\b(?:19|20)\d\d\b"
)
_TIME_OR_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}:\d{2}\b")
# Something that looks like an address: a character on each side of an "@". Only
# whether one exists matters, so no run of characters is matched around it: a form
# like "[^@]{1,64}@..." retries up to 64 characters at every position of a line.
_EMAIL_LIKE = re.compile(r"[^\s@<>]@[^\s@<>]")
# A line that may begin a wrapped header names a date, a sender or an address.
_WRAP_HINT = re.compile(r"[0-9@<]")
# How a header ends: a colon (full-width in CJK), then only whitespace.
_HEADER_COLONS = (":", "\uff1a")
# A signature block is a name line and a few short detail lines below a sign-off.
_MAX_DETAIL_LINES = 5
_MAX_NAME_CHARS = 50
_MAX_DETAIL_CHARS = 60
# A postscript ("P.S. yes, Tuesday works") is part of the message, not of the block.
_POSTSCRIPT = re.compile(r"p\.?[ \t]?(?:p\.?[ \t]?)?s\b", re.IGNORECASE)
# The punctuation around a word of a name or detail line ("Doe,", "(Acme)").
_WORD_EDGES = ".,;:!()[]\"'"


@dataclass(frozen=True)
class _Patterns:
    """The compiled quoting and signature rules."""

    wrote: re.Pattern[str]
    wrote_end: re.Pattern[str]
    reader_wrote: re.Pattern[str]
    opener: re.Pattern[str]
    separator: re.Pattern[str]
    from_field: re.Pattern[str]
    other_field: re.Pattern[str]
    delimiter: re.Pattern[str]
    device: re.Pattern[str]
    sign_off: re.Pattern[str]
    name_particles: frozenset[str]
    detail_words: frozenset[str]
    postscript: re.Pattern[str]
    postscript_marks: frozenset[str]
    # The ASCII characters a line may open with (after its blanks) to start a quote by
    # an opener or a separator, or None when the rules allow no such quick test.
    quote_openings: _Openings | None


def _alternation(words: list[str], *, escape: bool) -> str:
    """A group matching any of the words (regular expressions unless ``escape``).

    The engine tries every alternative at every position it reaches; a lookahead
    for the first letters the words can start with rejects most positions at once.
    It is left out when a word starts with syntax (a group, a class, an optional
    letter), whose first letter is not simply its first character.
    """
    # Longest first, so "hat geschrieben" wins over "geschrieben".
    ordered = sorted(words, key=len, reverse=True)
    group = "(?:" + "|".join(re.escape(w) if escape else w for w in ordered) + ")"
    plain = all(
        w[:1].isalnum() and (escape or (w[1:2] not in ("?", "*", "{") and "|" not in w))
        for w in words
    )
    if not plain:
        return group
    firsts = "".join(sorted({w[0] for w in words}))
    return f"(?=[{re.escape(firsts)}]){group}"


@dataclass(frozen=True)
class _Openings:
    """How an ASCII line may open, after its blanks, to start a quote by an opener, a
    separator or a rule line: on one of ``marks`` or on one of ``prefixes`` (lower case)."""

    marks: frozenset[str]
    prefixes: tuple[str, ...]


# Every ASCII character, for telling which ones a rule's letter matches.
_ASCII = [chr(code) for code in range(128)]
# A repeat that may leave out what it repeats ("?", "*", "{0,", "{,"), or repeat it.
_REPEAT = re.compile(r"[?*+]|\{")
_MAY_SKIP = re.compile(r"[?*]|\{0*,|\{0*\}")
# The marks a rule may open with for the quick reading to follow it.
_PLAIN_MARKS = "-#_=~"


def _top_level_choice(pattern: str) -> bool:
    """Whether ``pattern`` holds a "|" outside its groups and classes."""
    depth = 0
    in_class = False
    escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _literal_start(pattern: str) -> str | None:
    """The letters ``pattern`` must start with, lower case ("" for a mark or a digit,
    which the quick reading takes otherwise); None when it starts with other syntax or
    with a letter some ASCII letter matches only ignoring case (the Kelvin sign)."""
    if _top_level_choice(pattern):
        return None
    if pattern.startswith("\\d") or pattern[:1] in _PLAIN_MARKS:
        skip = _MAY_SKIP.match(pattern, 2 if pattern.startswith("\\d") else 1)
        return None if not pattern or skip else ""
    letters = ""
    at = 0
    while at < len(pattern) and pattern[at].isalnum():
        letters += pattern[at]
        at += 1
    if at < len(pattern) and _REPEAT.match(pattern, at):
        # The last letter is repeated or optional: only those before it are sure.
        letters = letters[:-1]
    if not letters:
        return None
    for letter in letters:
        if not letter.isascii():
            one = re.compile(re.escape(letter), re.IGNORECASE)
            if any(one.fullmatch(c) for c in _ASCII):
                return None
    return letters.lower()


def _quote_openings(openers: list[str], separators: list[str]) -> _Openings | None:
    """How a line an opener, a separator or a rule line starts may open, read from the
    rules themselves; None when one of them starts with syntax (a group, a class, an
    escape) this quick reading does not follow."""
    prefixes: set[str] = set()
    marks = set(_PLAIN_MARKS)
    for pattern in [*openers, *separators]:
        start = _literal_start(pattern)
        if start is None:
            return None
        if start:
            prefixes.add(start)
    return _Openings(frozenset(marks), tuple(sorted(prefixes)))


def _field_pattern(names: list[str]) -> str:
    # Outlook may bold the name ("*From:*") and some clients put a space before the colon.
    # Yahoo puts a no-break space before the colon ("Objet\u00a0:").
    # The leading blanks are possessive (see _patterns).
    return rf"[ \t\u00a0]*+\*?{_alternation(names, escape=True)}\*?[ \t\u00a0]*:"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    headers = json.loads((_RULES / "headers.json").read_text(encoding="utf-8"))
    signatures = json.loads((_RULES / "signatures.json").read_text(encoding="utf-8"))
    verbs = _alternation(headers["wrote_verbs"], escape=False)
    openers = _alternation(headers["openers"], escape=False)
    fields: dict[str, list[str]] = headers["fields"]
    others = [name for key, names in fields.items() if key != "from" for name in names]
    # Every opener, field name, separator, delimiter and device line starts with a
    # character other than a blank, so the leading blanks of these patterns are
    # possessive ("*+"): giving one back could never make them match, and trying
    # every alternative again for each one made indented lines slow.
    return _Patterns(
        # The verb must stand as a word (not inside a URL) near the end of the header;
        # the header itself ends with a colon.
        wrote=re.compile(
            rf"(?:^|[\s,)>\"'\d]){verbs}(?![\w/.-])[^\n]{{0,160}}[:\uff1a]\s*$",
            re.IGNORECASE,
        ),
        wrote_end=re.compile(rf"\s{verbs}\s*$", re.IGNORECASE),
        # "you wrote", "vous m'avez écrit": the one the mail is written to, up to two
        # words between ("you wrote to me", "vous m'avez").
        reader_wrote=re.compile(
            rf"(?:^|[\s,]){_alternation(headers['reader_subjects'], escape=True)}"
            rf"(?:\s+[^\s:]+){{0,2}}?\s+{verbs}(?![\w/.-])",
            re.IGNORECASE,
        ),
        opener=re.compile(rf"[ \t]*+{openers}\s", re.IGNORECASE),
        separator=re.compile(
            rf"[ \t>]*+\*?(?:{'|'.join(headers['separators'])})\*?[ \t]*", re.IGNORECASE
        ),
        from_field=re.compile(_field_pattern(fields["from"]), re.IGNORECASE),
        other_field=re.compile(_field_pattern(others), re.IGNORECASE),
        delimiter=re.compile(rf"[ \t]*+(?:{'|'.join(signatures['delimiters'])})", re.IGNORECASE),
        # Apps often append a link to themselves.
        device=re.compile(
            rf"[ \t]*+(?:{'|'.join(signatures['devices'])})[ \t]*"
            r"(?:<[^\s>]{1,200}>|\([^\s)]{1,200}\)|https?://\S{1,200})?[ \t]*",
            re.IGNORECASE,
        ),
        sign_off=re.compile(
            rf"[ \t]*+{_alternation(signatures['sign_offs'], escape=False)}[ \t]*[,.!]?[ \t]*",
            re.IGNORECASE,
        ),
        name_particles=frozenset(w.casefold() for w in signatures["name_particles"]),
        detail_words=frozenset(
            w.casefold() for w in [*signatures["name_particles"], *signatures["detail_words"]]
        ),
        postscript=_postscript_pattern(signatures["postscripts"]),
        postscript_marks=frozenset(signatures["postscripts"]),
        quote_openings=_quote_openings(headers["openers"], headers["separators"]),
    )


def _postscript_pattern(marks: list[str]) -> re.Pattern[str]:
    """A line opening on a postscript mark as written, capitals and dots: "P.S.", "P.D.",
    "N.B." before a space or a colon; "PS", "Nachtrag" before a colon or a dash ("PS:",
    "PS :", "Nachtrag:"), never "PS Design Ltd" nor "ps:"."""
    dotted = sorted((re.escape(m) for m in marks if m.endswith(".")), key=len, reverse=True)
    bare = sorted((re.escape(m) for m in marks if not m.endswith(".")), key=len, reverse=True)
    either = rf"(?:{'|'.join(dotted)})(?=[\s:])|(?:{'|'.join(bare)})[ \t]*[:\u2013\u2014-]"
    return re.compile(rf"(?m)^[ \t]*(?:{either})")


def postscript_marks() -> frozenset[str]:
    """The marks that open a postscript line, as written ("P.S.", "PS", "Nachtrag")."""
    return _patterns().postscript_marks


def postscript_start(text: str, start: int = 0) -> int:
    """Where the first line opening on a postscript mark at or after ``start`` begins
    ("PS: yes to the intro", "P.D.: No, gracias", "Nachtrag: ..."), else -1."""
    p = _patterns()
    # The pattern is tried at every position of the text, each failing at once unless
    # a line starts there; a mark written nowhere after ``start`` needs no such search.
    if not any(text.find(mark, max(start, 0)) >= 0 for mark in p.postscript_marks):
        return -1
    found = p.postscript.search(text, start)
    return found.start() if found else -1


def _has_address(text: str) -> bool:
    # The membership test is far cheaper than the search, and most lines fail it.
    return "@" in text and _EMAIL_LIKE.search(text) is not None


def _is_wrote_header(window: str, p: _Patterns) -> bool:
    # This runs for every line of every message, so the cheap tests come first and
    # each regular expression runs only when its outcome can still matter.
    if len(window) > _MAX_HEADER_CHARS:
        return False
    opened = p.opener.match(window) is not None
    # p.wrote ends with a colon and whitespace: without that colon it cannot match.
    if window.rstrip().endswith(_HEADER_COLONS) and p.wrote.search(window):
        # "wrote:" alone is common prose; a real header names a date or an address.
        if _has_address(window) or _DATE_LIKE.search(window) is not None:
            return True
        # "On the 3rd you wrote to me:" opens like a header, but no client writes "you":
        # the writer introduces words of the agent's they go on to quote in their text.
        return opened and p.reader_wrote.search(window) is None
    # A few clients leave out the colon ("On <date>, <name> <address> wrote").
    return (
        opened
        and _has_address(window)
        and p.wrote_end.search(window) is not None
        and _DATE_LIKE.search(window) is not None
    )


def _is_date_address_header(window: str) -> bool:
    # Some clients write only a date and an address ('30.09.2017, 18:30, "Name"
    # <a@b.example>:' or 'Wednesday, 17 November 2021, 3:32 PM from a@b.example:').
    stripped = window.strip()
    return (
        len(stripped) <= _MAX_HEADER_CHARS
        and stripped.endswith(":")
        and _has_address(stripped)
        and _TIME_OR_DATE.search(stripped) is not None
    )


def _may_wrap(line: str) -> bool:
    """Whether the line names a digit, an "@" or a "<", so a header may start on it."""
    if line.isascii():
        return _WRAP_HINT.search(line) is not None
    # str.isdigit also accepts digits that no regular expression class covers ("²").
    return "@" in line or "<" in line or any(map(str.isdigit, line))


def _next_nonblank(lines: list[str], start: int) -> str:
    return next((line for line in lines[start : start + 4] if line.strip()), "")


def _header_block_at(lines: list[str], i: int, p: _Patterns) -> int:
    """The length of an Outlook-style block (a From line followed closely by other
    header fields) starting at line i, or 0."""
    if not p.from_field.match(lines[i]):
        return 0
    found = 0
    last = i
    for j in range(i + 1, min(len(lines), i + _FIELD_WINDOW)):
        if p.other_field.match(lines[j]):
            found += 1
            last = j
    return last - i + 1 if found >= 2 else 0


def _plainly_no_header(line: str, openings: _Openings | None) -> bool:
    """Whether an ASCII line with no digit, "@" or "<" cannot start a quote, told by a
    look at its characters: a header field or a wrote line holds a colon; a rule line, a
    separator or an opener starts with one of the ``openings`` (after blanks, quote
    marks or a "*", which this look leaves to the patterns)."""
    if openings is None or ":" in line or not line.isascii():
        return False
    rest = line.lstrip(" \t>")
    if rest[:1] in openings.marks or rest[:1] == "*":
        return False
    return not rest.lower().startswith(openings.prefixes)


def _quote_start(lines: list[str], i: int, p: _Patterns) -> int | None:
    """The number of header lines if a quoted message starts at line i, else None.

    The count is 0 for a plain ``>`` quote, which has no header of its own.
    """
    line = lines[i]
    stripped = line.strip()
    # No quote mark, header field, separator or rule is blank, and a good share of
    # the lines of a mail are, so they are settled first.
    if not stripped or len(line) > _MAX_HEADER_CHARS * 2:
        return None
    if _QUOTED.match(line):
        return 0
    hint = _may_wrap(line)
    if not hint and _plainly_no_header(line, p.quote_openings):
        return None
    block = _header_block_at(lines, i, p)
    if block:
        return block
    separated = p.separator.fullmatch(line) is not None
    if separated or _RULE_LINE.fullmatch(line):
        # A rule directly above a header block belongs to the quote.
        j = i + 1
        while j < len(lines) and j <= i + 2 and not lines[j].strip():
            j += 1
        block = _header_block_at(lines, j, p) if j < len(lines) else 0
        if block:
            return j - i + block
        return 1 if separated else None
    if (
        len(line) <= 200
        and _DATE_LIKE.match(stripped)
        and _has_address(line)
        and _QUOTE_MARK.match(_next_nonblank(lines, i + 1))
    ):
        # '2013/7/20 Name <a@b.example>' with the quote right below it.
        return 1
    # Clients wrap long headers, some even with blank lines inside ("On <date> Name
    # / (blank) / <mailto:...> / > wrote:"); a wrapped header never contains the
    # start of another one.
    loose = p.opener.match(line) is not None
    # A wrapped header starts on a line that names its date, sender or address.
    wraps = loose or hint
    window = line
    nxt = i
    for _ in range(_MAX_HEADER_LINES + (3 if loose else 0)):
        if _is_wrote_header(window, p) or _is_date_address_header(window):
            return nxt - i + 1
        nxt += 1
        while loose and nxt < len(lines) and nxt <= i + 4 and not lines[nxt].strip():
            nxt += 1
        if not wraps or nxt >= len(lines) or not lines[nxt].strip():
            return None
        if p.opener.match(lines[nxt]):
            return None
        if _QUOTED.match(lines[nxt]) and len(lines[nxt].strip()) > 12:
            return None
        window = f"{window} {lines[nxt]}"
    return None


def _quote_run_end(lines: list[str], start: int) -> int:
    """The first line after the ``>`` lines (and blank lines) starting at start."""
    end = start
    while end < len(lines) and (_QUOTED.match(lines[end]) or not lines[end].strip()):
        end += 1
    return end


def _ends_reply(lines: list[str], i: int, p: _Patterns) -> bool:
    """Whether nothing new follows line i: the end, another quote, or a signature."""
    return (
        i >= len(lines) or _quote_start(lines, i, p) is not None or _is_signature_line(lines[i], p)
    )


def _find_quote(
    lines: list[str], p: _Patterns, *, keep_inline: bool
) -> tuple[int, int, frozenset[int]]:
    """Where the quoted message starts, how many header lines it has, and which
    header lines of inline quotes above it to drop. The start is len(lines) when
    there is no quote.

    With ``keep_inline``, a ``>`` quote that has new text below it is part of the
    reply (the sender quotes to answer point by point), not its end; only its
    header line, if any, is dropped.
    """
    in_code = False
    dropped: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        # A fence holds three backticks: a look for them spares the regex most lines.
        if "```" in line and _FENCE.match(line):
            in_code = not in_code
            i += 1
            continue
        found = None if in_code else _quote_start(lines, i, p)
        if found is None:
            i += 1
            continue
        if not keep_inline:
            return i, found, frozenset(dropped)
        run = i + found
        while run < len(lines) and not lines[run].strip():
            run += 1
        # A header makes the quote a quoted message, which ends the reply even
        # when the sender wrote more below it.
        if found or run >= len(lines) or not _QUOTED.match(lines[run]):
            return i, found, frozenset(dropped)
        end = _quote_run_end(lines, run)
        inner = [_QUOTED.sub("", quoted, count=1) for quoted in lines[run : run + 6]]
        if _ends_reply(lines, end, p) or (found == 0 and _quote_start(inner, 0, p)):
            return i, found, frozenset(dropped)
        dropped.update(range(i, run))
        i = end
    return len(lines), 0, frozenset(dropped)


def _below_quote(lines: list[str], start: int, p: _Patterns) -> list[str]:
    """New text written below or between ``>``-quoted lines (bottom posting, inline).

    Only a ``>`` quote leaves room for such text: below an Outlook block or an
    "Original Message" rule the older message itself follows unmarked.
    """
    first = next((line for line in lines[start:] if line.strip()), "")
    if not _QUOTED.match(first):
        return []
    kept: list[str] = []
    i = start
    while i < len(lines):
        found = _quote_start(lines, i, p)
        if found is None:
            kept.append(lines[i])
            i += 1
        elif found == 0:
            i += 1
        else:
            # Index, not slice: copying the rest of the message for every header
            # would make many headers quadratic.
            k = i + found
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k >= len(lines) or not _QUOTED.match(lines[k]):
                break
            i += found
    return kept


def _is_signature_line(line: str, p: _Patterns) -> bool:
    """A signature delimiter or a "Sent from my phone" line."""
    if len(line) > 200:
        return False
    return bool(p.delimiter.fullmatch(line) or p.device.fullmatch(line.replace("\u200b", "")))


def is_device_footer(text: str) -> bool:
    """Whether the text is nothing but the line a phone or mail app appends ("Sent from
    my iPhone", "Von meinem iPad gesendet", "Enviado do meu iPhone"), which the writer
    did not write; as the first line of a text it is left in the new text."""
    line = text.strip()
    return bool(line) and "\n" not in line and _is_signature_line(line, _patterns())


# A motto: a whole line in quotation marks, an author after a dash or not
# ('"Lo que no se mide, no se puede mejorar."', '"A persistência ..." — Charles Chaplin').
_MOTTO = re.compile(
    r"[ \t]*[\"\u201c\u201e\u00ab\u2018'][^\n]{3,200}?[\"\u201d\u201c\u00bb\u2019'][.!]?"
    r"(?:[ \t]*[-\u2013\u2014][ \t]*[^\W\d_][\w .'-]{0,60})?[ \t]*"
)
# A quick look: some line of the text opens with a quotation mark.
_MOTTO_LOOK = re.compile(r"^[ \t]*[\"\u201c\u201e\u00ab\u2018']", re.MULTILINE)


def written_below_signature_line(text: str, writer: str = "") -> str:
    """What the writer wrote below the first signature delimiter or device line of
    their new text ("Yes\n\nSent from my iPhone\n\nWait, no. Not interested.",
    "Absolutely.\n-- \nHelen\n\nCorrection: absolutely not."), quotes left out; "" when
    no such line stands below some text. The reply is read above that line, as what
    follows is mostly the app's footer or the signature; this lets a reader look there
    for words taking the answer back."""
    p = _patterns()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    new = _with_inline_answers(_new_lines(lines, p, inline=True), lines, writer)
    in_code = False
    for i, line in enumerate(new):
        if "```" in line and _FENCE.match(line):
            in_code = not in_code
            continue
        if not in_code and i > 0 and _is_signature_line(line, p):
            return _trim(_own_lines(new[i + 1 :], p))
    return ""


# A rule opening a line, with or without words inside ("-------- Ujumbe asili --------").
_RULE_START = re.compile(r"[ \t]*(?:-{3,}|_{3,}|={3,}|—{2,})")


def _own_lines(lines: list[str], p: _Patterns) -> list[str]:
    """The lines below a signature line that may be the writer's: up to a rule, a line
    naming an address (an unmarked quote's header: "Kutoka: Intro Agent <intro@...>"),
    another signature line or a quote, mottos in quotation marks left out ("\"Say no
    to meetings that could have been an email.\"")."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if (
            _RULE_START.match(line)
            or _has_address(line)
            or _is_signature_line(line, p)
            or _quote_start(lines, i, p) is not None
        ):
            break
        if not _MOTTO.fullmatch(line):
            kept.append(line)
    return kept


def is_motto(line: str) -> bool:
    """Whether the line has a motto's shape: whole in quotation marks, an author after a
    dash or not."""
    return bool(_MOTTO.fullmatch(line))


def without_mottos(text: str) -> str:
    """The text without the mottos of a signature: a quoted line below a sign-off, the
    writer's name and up to a few lines of title, company or contact details, a blank
    line between or not ("Saludos cordiales,\nJavier Morales Peña\nDirector Comercial\n
    ...\n\"Lo que no se mide, no se puede mejorar.\""). A motto quotes someone else's
    words, which answer nothing; a quoted line anywhere else stays."""
    if not _MOTTO_LOOK.search(text):
        return text
    p = _patterns()
    lines = text.split("\n")
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if _MOTTO.fullmatch(line) and _below_signature_block(lines, i, p):
            dropped.add(i)
    if not dropped:
        return text
    return "\n".join(line for i, line in enumerate(lines) if i not in dropped)


def _below_signature_block(lines: list[str], at: int, p: _Patterns) -> bool:
    """Whether the line ``at`` stands below a sign-off, a name and at most a few short
    lines of details: one blank line may stand above it and above the name."""
    i = at - 1
    if i >= 0 and not lines[i].strip():
        i -= 1
    details = 0
    while i >= 0 and lines[i].strip() and details <= _MAX_DETAIL_LINES:
        line = lines[i].strip()
        if (
            len(line) > _MAX_DETAIL_CHARS
            or line.endswith("?")
            or _POSTSCRIPT.match(line)
            or p.postscript.match(line)
        ):
            return False
        above = i - 1
        if above >= 0 and not lines[above].strip():
            above -= 1
        if above >= 0 and p.sign_off.fullmatch(lines[above]) and _is_name_line(line, p):
            return True
        details += 1
        i -= 1
    return False


def _strip_signature(lines: list[str], p: _Patterns) -> list[str]:
    """The lines above the signature, device lines and sign-off."""
    in_code = False
    for i, line in enumerate(lines):
        if "```" in line and _FENCE.match(line):
            in_code = not in_code
            continue
        # What follows a device line is the app's footer or an unmarked quote.
        if not in_code and i > 0 and _is_signature_line(line, p):
            lines = lines[:i]
            break
    # A dash and a name as the last line ("-Abhishek") signs the mail.
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) > 1 and _DASH_NAME.fullmatch(lines[nonblank[-1]]):
        last = nonblank[-1]
        if not lines[last - 1].strip():
            lines = lines[:last]
            nonblank.pop()
    return lines[: _signature_block_start(lines, nonblank, p)]


def _title_cased(line: str, allowed: frozenset[str]) -> bool:
    """Whether every lower-case word of the line is one of the allowed ones.

    Names, titles, companies and contact details are written in capitals or are not
    words at all ("Ann Lee", "Head of Sales, Acme", "+1 555 0100", "ann@acme.example");
    a sentence has lower-case words ("I can meet on Tuesday").
    """
    for word in line.split():
        bare = word.strip(_WORD_EDGES)
        if bare.isalpha() and bare[0].islower() and bare.casefold() not in allowed:
            return False
    return True


def _is_name_line(line: str, p: _Patterns) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= _MAX_NAME_CHARS
        and len(stripped.split()) <= 5
        and not any(c.isdigit() or c == "@" for c in stripped)
        and any(c.isalpha() for c in stripped)
        and _title_cased(stripped, p.name_particles)
    )


def _is_detail_line(line: str, p: _Patterns) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= _MAX_DETAIL_CHARS
        and not stripped.endswith("?")
        and not _POSTSCRIPT.match(stripped)
        and not p.postscript.match(stripped)
        and _title_cased(stripped, p.detail_words)
    )


def _signature_block_start(lines: list[str], nonblank: list[int], p: _Patterns) -> int:
    """Where a sign-off that heads a signature block starts, else len(lines).

    "Regards, / John Doe / CEO, Acme" closes a mail with a signature block: the
    name, then title, company or contact lines. A sign-off above a bare name
    ("Thanks, / Ann") is how the writer signs by hand and stays part of the reply,
    as do a postscript, a question or any line of prose below the name.
    """
    # The block is the last lines of the text: a name and one to a few details,
    # with something written above the sign-off.
    for details in range(1, min(_MAX_DETAIL_LINES, len(nonblank) - 3) + 1):
        detail = nonblank[-details]
        name = nonblank[-details - 1]
        sign_off = nonblank[-details - 2]
        # The name and its details are consecutive lines.
        if nonblank[-1] - name != details or not _is_detail_line(lines[detail], p):
            break
        # A blank line or two may separate the sign-off from the name.
        if (
            name - sign_off <= 3
            and p.sign_off.fullmatch(lines[sign_off])
            and _is_name_line(lines[name], p)
            # Above the sign-off there must be a message, not just a "--" line.
            and any(not p.delimiter.fullmatch(lines[k]) for k in nonblank[: -details - 2])
        ):
            return sign_off
    return len(lines)


def _trim(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).strip("\n").rstrip()


def _folded(text: str) -> str:
    """Lower case without accents, for matching the notes."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class _InlineRules:
    """The notes that announce answers inside the quote, the colours they name, and
    the agent's own question lines."""

    notes: tuple[str, ...]
    colours: re.Pattern[str]
    questions: frozenset[str]
    own_lines: tuple[str, ...]


# Curly quotes, which a client may put for the mail's straight ones.
_STRAIGHT_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2019": "'"})


def _squeezed(text: str) -> str:
    """Folded, with straight quotes and its runs of blanks made one space, for
    comparing whole lines."""
    return " ".join(_folded(text).translate(_STRAIGHT_QUOTES).split())


@lru_cache(maxsize=1)
def _inline_rules() -> _InlineRules:
    rules = json.loads((_RULES / "inline.json").read_text(encoding="utf-8"))
    colours = _alternation([_folded(c) for c in rules["colour_marks"]], escape=True)
    return _InlineRules(
        notes=tuple(_folded(note) for note in rules["notes"]),
        colours=re.compile(rf"(?<!\w){colours}(?!\w)"),
        questions=frozenset(_squeezed(q) for q in rules["own_questions"]),
        own_lines=tuple(_squeezed(line) for line in rules["own_lines"]),
    )


def _without_colours(folded: str) -> str:
    """A folded line without the colour it names ("see my reply in red below" is
    "see my reply below"), blanks squeezed."""
    return " ".join(_inline_rules().colours.sub(" ", folded).split())


# A line opening with a mark in brackets: "[Camille R.] Oui, avec plaisir.".
_MARKED = re.compile(r"[ \t>]*\[([^\[\]\n]{1,40})\][ \t]*(\S[^\n]*)")


# A mark in brackets as a note shows it: "Answers inline below in [DH].", or in
# parentheses: "Antworten unten im Text (TK).".
_NOTED_MARK = re.compile(r"[\[(]([^\[\]()\n]{1,40})[\])]")

# A line opening with a short mark and a colon: "TK: Nein danke." (a writer's initials,
# or a mark the note shows); the mark is checked against the writer's before it counts.
_COLON_MARKED = re.compile(r"[ \t]*([^\W\d_][\w.]{0,9})[ \t]?:[ \t]+(\S[^\n]*)")

# A line opening with an arrow, outside any ">" quote: "==> Non, pas pour l'instant.".
# Clients and quoted mail never open a line so; after a note that the answers are in
# the text, it is how a writer points out their own.
_ARROW_MARKED = re.compile(r"[ \t]*(?:={1,3}>|-{1,3}>|\u2192|\u21d2)[ \t]*(\S[^\n]*)")


def _note_at(lines: list[str]) -> int | None:
    """The line that says the answers are in the text ("see my answers below"), if any."""
    notes = _inline_rules().notes
    # One pass over the whole text first: most replies hold no note.
    whole = _folded("\n".join(lines))
    if not any(note in whole for note in notes):
        plain = _without_colours(whole)
        if not any(note in plain for note in notes):
            return None
    for k, line in enumerate(lines):
        # Each line's colour is left out once, not once per note.
        plain = _without_colours(_folded(line))
        if any(n in plain for n in notes):
            return k
    return None


def _writers_mark(mark: str, writer: str) -> bool:
    """Whether a bracketed mark names the writer: their first name ("Camille R."),
    full name, or initials ("CR", "C.R."). A name given surname first, before a comma
    ("Hirsch, Daniel", as many company directories write it), is read in the order the
    writer signs with too ("Daniel Hirsch", so "[DH]")."""
    words = [_folded(word) for word in re.findall(r"\w+", mark)]
    surname, comma, given = writer.partition(",")
    orders = [writer]
    # Letters after a comma ("Jane Doe, PhD", "Kezia Baptiste, RN") are no given name.
    first = given.split()[0] if given.split() else ""
    if comma and first[:1].isupper() and sum(c.isupper() for c in first) == 1:
        orders.append(f"{given} {surname}")
    for order in orders:
        names = [_folded(word) for word in re.findall(r"\w+", order)]
        if not names or not words:
            return False
        initials = "".join(name[0] for name in names)
        if words[0] == names[0] or words == names or "".join(words) == initials:
            return True
    return False


def _under_own_question(lines: list[str]) -> list[str]:
    """The lines typed right under the agent's own opt-in question, where the quote
    repeats it whole and unmarked, down to the next blank line: the question mail has
    a blank line there, so they are the writer's ("Would you like the introduction?
    Just reply ..." then "Yes, please do."), down to the mail's own next line if a
    client dropped the blank line. None when the question is not found whole
    (a wrapped line's end could be taken for an answer) or is ``>``-quoted, where the
    writer's lines are told apart by their missing marks already."""
    rules = _inline_rules()
    for k, line in enumerate(lines):
        if _squeezed(line) not in rules.questions:
            continue
        under = []
        for below in lines[k + 1 :]:
            squeezed = _squeezed(below)
            if (
                not squeezed
                or _QUOTED.match(below)
                or squeezed in rules.questions
                or squeezed.startswith(rules.own_lines)
                # A line marked as someone else's ("[Julien B.] Oui") is theirs.
                or _MARKED.fullmatch(below.rstrip())
            ):
                break
            under.append(below)
        return under
    return []


def _indented_answers(lines: list[str]) -> list[str]:
    """The lines typed flush with the margin right under the agent's own opt-in question
    where a client quotes by indenting the quoted mail (no ``>``): the question line is
    indented, and so is the quoted line above it, so the quote is told apart by its
    indent, and a line under the question that does not open with that indent is the
    writer's ("    Would you like the introduction? Just reply ..." then "Yes, go
    ahead."), down to where the indented quote goes on. None when the question is not
    found whole (a wrapped line's end could be taken for an answer), is ``>``-quoted or
    stands at the margin itself, or when nothing quoted stands above it: the agent's own
    quoted wording ("... say yes") is never an answer."""
    rules = _inline_rules()
    for k, line in enumerate(lines):
        if _squeezed(line) not in rules.questions:
            continue
        indent = line[: len(line) - len(line.lstrip())]
        above = next((up for up in reversed(lines[:k]) if up.strip()), "")
        if not indent or _QUOTED.match(line) or not above.startswith(indent):
            return []
        answers = []
        for below in lines[k + 1 :]:
            if not below.strip():
                continue
            squeezed = _squeezed(below)
            if (
                below.startswith(indent)
                or _QUOTED.match(below)
                or squeezed in rules.questions
                or squeezed.startswith(rules.own_lines)
            ):
                break
            answers.append(below.strip())
        return answers
    return []


def _with_inline_answers(new: list[str], lines: list[str], writer: str) -> list[str]:
    """The new text with the writer's answers marked inside the quote read in the place
    of the note that announces them ("Réponse dans le texte ci-dessous." above, "[Camille
    R.] Oui, avec plaisir." under the quoted question); unchanged without such a note
    or such a line."""
    if not writer:
        return new
    at = _note_at(new)
    if at is None:
        return new
    # The note may show the mark itself ("Answers inline below in [DH]."): lines opening
    # with it are the writer's whatever name the From header gives (a nickname, a
    # shared mailbox's name).
    shown = {_squeezed(mark) for mark in _NOTED_MARK.findall(new[at])}
    answers = []
    for line in lines:
        answer = _marked_answer(line, shown, writer)
        if answer is not None and answer not in new:
            answers.append(answer)
    if not answers:
        answers = [line.strip() for line in _under_own_question(lines) if line.strip() not in new]
    if not answers:
        return _inline_to_note(new, lines, at)
    return [*new[: at + 1], *answers, *new[at + 1 :]]


def _marked_answer(line: str, shown: set[str], writer: str) -> str | None:
    """The answer a line inside the quote holds when a mark shows it is the writer's
    (see ``_with_inline_answers``), without the mark; None for any other line.

    The mark is the writer's name or initials in brackets ("[Camille R.] Oui"), or one
    the note shows; the writer's initials in capitals, or a mark the note shows, before
    a colon ("TK: Nein danke", under "Antworten unten im Text (TK)"); or an arrow ("==>
    Non, pas pour l'instant"). A name before a colon is no mark ("Julien: merci"), as
    quoted mail writes names so."""
    # Each form needs its character: most lines hold none of them.
    if "[" in line:
        marked = _MARKED.fullmatch(line.rstrip())
        if marked and (
            _squeezed(marked.group(1)) in shown or _writers_mark(marked.group(1), writer)
        ):
            return marked.group(2)
    if ":" in line:
        colon = _COLON_MARKED.fullmatch(line.rstrip())
        if colon:
            mark = colon.group(1)
            if _squeezed(mark) in shown or (
                mark.isupper() and len(mark) > 1 and _writers_mark(mark, writer)
            ):
                return colon.group(2)
    if ">" in line or "\u2192" in line or "\u21d2" in line:
        arrow = _ARROW_MARKED.fullmatch(line.rstrip())
        if arrow:
            return arrow.group(1)
    return None


def marked_answers_quoted(text: str, writer: str) -> str | None:
    """The reply with its unmarked quote (below an Outlook "From: / Sent:" block or an
    "Original Message" rule) written as a ``>`` quote, the writer's answers marked inside
    it (see ``_marked_answer``) left unquoted and without their marks, so that each is
    read under the quoted line it answers, as answers typed between ``>`` lines are
    ("Réponses dans le texte ci-dessous." above, "==> Oui, je connais Delphine de nom"
    under the reason, "==> Non, pas pour l'instant" under the question). None when the
    text holds a ``>`` quote already, no note above the quote announces answers in it,
    or no line in it is marked as the writer's."""
    if not writer:
        return None
    p = _patterns()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start, _, _ = _find_quote(lines, p, keep_inline=False)
    if start >= len(lines) or any(_QUOTED.match(line) for line in lines[start:]):
        return None
    head = lines[:start]
    at = _note_at(head)
    if at is None:
        return None
    shown = {_squeezed(mark) for mark in _NOTED_MARK.findall(head[at])}
    quoted = list(head)
    marked = False
    for line in lines[start:]:
        answer = _marked_answer(line, shown, writer)
        if answer is None:
            quoted.append(f"> {line}" if line.strip() else ">")
        else:
            quoted.append(answer)
            marked = True
    return "\n".join(quoted) if marked else None


def _inline_to_note(new: list[str], lines: list[str], at: int) -> list[str]:
    """The new text with the writer's lines left unquoted among the quote's ``>`` lines
    moved up to the note at ``at`` that announces them, when the top's own words stand
    between ("see below", then "Raj" signing the top, then "YES go ahead." typed under
    the quoted question): from the first such line on, the text is read in the note's
    place, above the name that signs the top, as the answer the note points to; the
    paragraphs keep their order and their blank lines. The new text as it is when no
    such line follows the note, or when one follows it with only blank lines between."""
    first = next((k for k, line in enumerate(lines) if _QUOTED.match(line)), None)
    if first is None:
        return new
    inside = {line.strip() for line in lines[first:] if line.strip() and not _QUOTED.match(line)}
    if any(new[k].strip() in inside for k in range(at + 1)):
        return new
    moved = next((k for k in range(at + 1, len(new)) if new[k].strip() in inside), None)
    if moved is None or not any(new[k].strip() for k in range(at + 1, moved)):
        return new
    return [*new[: at + 1], "", *new[moved:], "", *new[at + 1 : moved]]


def extract_new_text(
    text: str, *, strip_signature: bool = True, inline: bool = False, writer: str = ""
) -> str:
    """The text the sender wrote in this reply, without quotes and signature.

    Top posting gives the text above the quote. When nothing is written above the
    quote (bottom posting), the unquoted text below it is the reply.

    By default the result is the reply as a reader sees it: a ``>`` quote with new
    text below it stays, as the sender answers point by point, and a message that
    is all quote is shown whole. With ``inline=True`` the result is only what the
    sender wrote: every quoted line and quote header is dropped and the unquoted
    text between them is kept, which is what an answer to a question should be
    read from; it is empty when nothing new was written. With ``inline=True`` and the
    ``writer``'s name, a note that the answers are in the text ("see my answers below")
    makes the lines inside the quote marked with the writer's name or initials ("[Camille
    R.] Oui, avec plaisir.") new text, read in the note's place.
    """
    p = _patterns()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    new = _new_lines(lines, p, inline=inline, noted=bool(writer))
    if strip_signature:
        new = _strip_signature(new, p)
    if inline:
        new = _with_inline_answers(new, lines, writer)
        # "    Would you like the introduction? ..." then "Yes" at the margin: an answer
        # typed inside a quote the client indents.
        indented = [a for a in _indented_answers(lines) if a not in new]
        if indented:
            new = [*new, "", *indented]
        # Dropped quotes leave gaps; one blank line between paragraphs is enough.
        new = [line for k, line in enumerate(new) if line.strip() or (k and new[k - 1].strip())]
    result = _trim(new)
    if not result and not inline:
        return _trim(lines)
    return result


def _new_lines(
    lines: list[str], p: _Patterns, *, inline: bool, noted: bool = False, depth: int = 0
) -> list[str]:
    start, header_lines, dropped = _find_quote(lines, p, keep_inline=not inline)
    head = [line for k, line in enumerate(lines[:start]) if k not in dropped]
    if any(line.strip() for line in head):
        if not inline:
            return head
        below = _below_quote(lines, start + header_lines, p)
        at = _note_at(head) if noted and below else None
        if at is not None:
            # "See my answers below." over a signed name: the answers between the
            # quoted lines are read in the note's place, above the name.
            return [*head[: at + 1], *below, *head[at + 1 :]]
        return [*head, "", *below]
    if start >= len(lines):
        return head
    body = start + header_lines
    below = _below_quote(lines, body, p)
    if below or inline or depth >= 3:
        return below
    # A header at the very top with unmarked text below: the text is what was sent
    # (a forward, or a reply that kept the header but not the quote).
    return _new_lines(lines[body:], p, inline=inline, noted=noted, depth=depth + 1)


# The quote marks opening a line of a quote, nested ones too ("> > On ... wrote:").
_LEADING_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def quote_headers(text: str) -> list[str]:
    """The headers of the quoted messages of ``text`` that name an address: "On <date>,
    <name> <address> wrote:" lines in any of the clients' languages and Outlook
    "From:/Sent:/To:" blocks, those quoted inside a quote too, each as its lines joined
    without their quote marks.

    A header is looked for only near a line holding an address and a colon, which
    every such header has ("... <a@b> wrote:", "From: Ann <a@b>", "09:41"); most mail
    has none, and is passed over at once.
    """
    if "@" not in text:
        return []
    lines = [_LEADING_MARKS.sub("", line, count=1) for line in text.splitlines()]
    reach = _MAX_HEADER_LINES + 3
    starts = sorted(
        {
            start
            for at, line in enumerate(lines)
            if "@" in line and (":" in line or "\uff1a" in line)
            for start in range(max(0, at - reach), at + 1)
        }
    )
    p = _patterns()
    headers: list[str] = []
    after = 0
    for start in starts:
        if start < after:
            continue
        found = _quote_start(lines, start, p)
        if not found:
            continue
        header = lines[start : start + found]
        if any(_has_address(line) for line in header):
            headers.append("\n".join(header))
            after = start + found
    return headers


# One level of quote marks opening a line ("> ", ">").
_ONE_MARK = re.compile(r"^[ \t]*> ?")


def quoted_message(text: str) -> tuple[str, str]:
    """The first message ``text`` quotes, as its header and its own text: the lines
    below the header with one level of quote marks taken off, up to the message it
    quotes in turn. Empty strings when ``text`` quotes no message under a header."""
    p = _patterns()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start, header_lines, _ = _find_quote(lines, p, keep_inline=False)
    if start < len(lines) and not header_lines and _QUOTED.match(lines[start]):
        # "> On 12 Mar 2026, at 16:40, Matt Delaney <...> wrote:\n>\n> Hi Greta, ...":
        # Apple Mail quotes the header line with the message under it.
        lines = lines[:start] + [_ONE_MARK.sub("", line, count=1) for line in lines[start:]]
        header_lines = _quote_start(lines, start, p) or 0
    if start >= len(lines) or not header_lines:
        return "", ""
    body = [_ONE_MARK.sub("", line, count=1) for line in lines[start + header_lines :]]
    end = next((at for at in range(len(body)) if _quote_start(body, at, p) is not None), len(body))
    return "\n".join(lines[start : start + header_lines]), _trim(body[:end])
