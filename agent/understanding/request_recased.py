"""Names a mail writes without their capitals, given them back before the mail is read.

Two kinds of writer lose the capitals that tell a name from a word:

- one who types ALL IN CAPITALS (caps lock on a phone, an older writer): "HELLO, COULD
  YOU PLEASE INTRODUCE ME TO JANET MORRIS (JANET.MORRIS@GMAIL.COM)? ... THANKS, BILL".
  Such a mail (most of its words in capitals, ``shouted``) is read as if typed in lower
  case, as texting writers do, every ask word then matched as it always is; its names
  get their capitals back on evidence only: the words right before an address that
  spells them, the names its headers show, and a run of two or three words an ask's
  phrasing takes as one of its people ("INTRODUCE ME TO JANET MORRIS") that no rule or
  common word is. A capitalised acronym in ordinary mail ("ACME", "NASA") is never
  touched: only a mail mostly in capitals is recased.
- one who types in lower case: "could you put me in touch with the hairdresser on rua
  augusta, ana paula ribeiro (anapaula.cabelos@gmail.com)", "could you introduce me to
  sarah jenkins sarah.j@outlook.com". Two or three words right before an address whose
  local part spells them, their initials or their parts run together ("sarah.j",
  "jc.perez", "mcdupont", "anapaula"), or after an ask's word (perhaps two words
  describing the one asked for between: "con el escribano rubén gallo el de la calle
  mitre, rgallo@...") and spelled whole by an address of the mail, are a name.

Where the address spells every word ("sarah jenkins" and "sarah.j@"), or the first
name is its whole local part ("priya sharma - priya@..."), the name is as certain as
one written with capitals. Where it spells only the first words beside others
("anapaula.cabelos@" for "ana paula ribeiro"), or where a run read in capitals stands
before an address that does not spell it, the name is read but its address is
``unsure``: the request built on it is asked about, never acted on."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from agent.understanding.first_names import is_first_name
from agent.understanding.request_known import _capitalised, _common_words
from agent.understanding.request_lowered import _lead_of, _slot_leads, _unnamed
from agent.understanding.request_matching import find_matches, pattern_index
from agent.understanding.request_mentions import Item, tokenize
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import UMLAUTS_SPELLED, addresses_in, without_accents

# The first words looked at: a mail whose opening is not mostly in capitals is no
# shouted mail, and is passed by after a dozen words at most.
_PROBE_WORDS = 12
# Words of the opening that are no capitals ("-", "12", "janet@x.com") allowed for.
_PROBE_SLACK = 2
# A shouted mail: this share of its words, and this many at least, in capitals.
_SHOUTED_SHARE = 0.8
_MIN_SHOUTED_WORDS = 6
# How far back the ask's word before a name is looked for: longer than any such word.
_LEAD_REACH = 40
# The most words of a name read without capitals: "ana paula ribeiro".
_MAX_NAME_WORDS = 3
# What may stand between a name and the address after it ("ana lima (ana@...)", "tom
# fletcher, tom@...", "sarah jenkins sarah.j@..."), at most this many marks.
_ADDRESS_MARKS = frozenset(" \t([<:,-\u2013\u2014")
_MAX_MARKS = 4
# The pieces of a local part: "sarah.j84" is "sarah", "j".
_LOCAL_SPLIT = re.compile(r"[._+'\-\d]+")


# A text with its names' capitals given back, and the addresses (case-folded) given
# beside a name they do not bear out, on which no request is acted.
Recased = tuple[str, frozenset[str]]
_NONE_UNSURE: frozenset[str] = frozenset()


def shouted(text: str) -> bool:
    """Whether ``text`` is typed all in capitals: most of its words with letters (an
    address aside) in capitals, its opening words too."""
    # Most mail opens in lower case: a look at its first words, "isupper" alone, ends it.
    probe = text.split(None, _PROBE_WORDS)[:_PROBE_WORDS]
    if sum(map(str.isupper, probe)) < _SHOUTED_SHARE * len(probe) - _PROBE_SLACK:
        return False
    words = [w for w in text.split() if _cased(w)]
    upper = sum(w.isupper() for w in words)
    return upper >= _MIN_SHOUTED_WORDS and upper >= _SHOUTED_SHARE * len(words)


def _cased(word: str) -> bool:
    """A word of two characters or more with letters of a case, not an address."""
    return len(word) > 1 and "@" not in word and word.lower() != word.upper()


def recased(text: str, rules: Rules, header_names: Iterable[str] = ()) -> Recased:
    """``text`` with the names it writes without capitals written with them: a shouted
    mail read in lower case, its names capitalised on evidence; else, in a mail giving
    an address, the lower-case names its addresses spell."""
    if shouted(text):
        return _unshouted(text, rules, header_names)
    text = _capitals_surnames(text, rules)
    if "@" not in text:
        return text, _NONE_UNSURE
    found = addresses_in(text)
    spans, unsure = _addressed_runs(text, found, rules, alone=False)
    spans += _spelled_slot_runs(text, found, rules, spans)
    if not spans:
        return text, _NONE_UNSURE
    return _capitalised_words(text, spans), unsure


# Two capitals in a row, the cheap sign a mail may write a surname in capitals.
_TWO_CAPITALS = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de]{2}")
# A word standing whole, with its apostrophes and hyphens ("WHITFIELD-ASARE", "O'BRIEN").
_WHOLE_WORD = re.compile(
    r"(?<![\w@.'\u2019-])[^\W\d_]+(?:['\u2019-][^\W\d_]+)*(?![\w@'\u2019]|[.-]\w)"
)


def _capitals_surnames(text: str, rules: Rules) -> str:
    """``text`` with the surnames formal letters write in capitals beside a listed first
    name written as names are, one space between, in the case people write them, given
    name first: "Maître Hélène BONNARD" is Hélène Bonnard, and after a title "Dr.
    SCHNEIDER Wolfgang" Wolfgang Schneider. Letter for letter, so every offset stays
    where it was; a word of the rules in capitals ("FYI", "OK") is no surname, and a
    mail without two capitals in a row (most) is looked at no further."""
    if _TWO_CAPITALS.search(text) is None:
        return text
    words = list(_WHOLE_WORD.finditer(text))
    out = list(text)
    at = 0
    while at < len(words) - 1:
        one, two = words[at], words[at + 1]
        at += 1
        first, second = one.group(0), two.group(0)
        if text[one.end() : two.start()] != " ":
            if _titled_capitals(text, words, at, rules):
                # "Prof. MENDES (mendes@...)": the title's full stop between.
                out[two.start() : two.end()] = second.title()
            continue
        if _capitals_surname(second, rules) and _written_first_name(first):
            start, written = two.start(), second.title()
        elif (
            _capitals_surname(first, rules)
            and _written_first_name(second)
            and not _name_goes_on(text, words, at)
            and _after_title(text, words, at - 1, rules)
        ):
            start, written = one.start(), f"{second} {first.title()}"
        elif _titled_capitals(text, words, at, rules):
            # "Maître DURAND-LEFEBVRE est joignable à ...": the surname alone after a
            # title, in the case people write it.
            out[two.start() : two.end()] = second.title()
            continue
        else:
            continue
        if len(written) == two.end() - start:
            out[start : two.end()] = written
        at += 1
    return "".join(out)


def _titled_capitals(text: str, words: Sequence[re.Match[str]], at: int, rules: Rules) -> bool:
    """Whether word ``at``, in capitals, is a surname written alone after a title ("Maître
    DURAND-LEFEBVRE", "Frau Mag. WEINBERGER", "Prof. MENDES (mendes@...)"): no first name
    and no other word in capitals follows it, so it is the whole name, not an acronym
    opening something else ("Dr. NHS Wales")."""
    word = words[at].group(0)
    if not _capitals_surname(word, rules) or not _after_title(text, words, at, rules):
        return False
    if at + 1 < len(words) and words[at + 1].start() == words[at].end() + 1:
        after = words[at + 1].group(0)
        return not after[:1].isupper()
    return True


def _after_title(text: str, words: Sequence[re.Match[str]], at: int, rules: Rules) -> bool:
    """Whether word ``at`` follows a title ("Dr. SCHNEIDER Wolfgang"): only so are
    capitals before a first name surely a surname put first; elsewhere ("SMITH John")
    an address must bear them out, as ``_addressed_runs`` reads them."""
    if at == 0:
        return False
    before = words[at - 1]
    return text[before.end() : words[at].start()] in (" ", ". ") and (
        before.group(0).casefold() in rules.titles
    )


def _name_goes_on(text: str, words: Sequence[re.Match[str]], at: int) -> bool:
    """Whether a capitalised word follows word ``at`` after one space: "NHS Jonathan
    Reed", where the capitals open something else before a name."""
    if at + 1 >= len(words):
        return False
    after = words[at + 1]
    return after.start() == words[at].end() + 1 and after.group(0)[:1].isupper()


def _capitals_surname(word: str, rules: Rules) -> bool:
    """Whether ``word``, all in capitals, may be a surname: two letters or more, no word
    of the rules ("FYI", "OK", "CEO")."""
    if not word.isupper() or len(word) < 2:
        return False
    folded = word.casefold()
    return (
        folded not in rules.stop_names
        and folded not in rules.titles
        and folded not in rules.role_words
        and not _plain_word(folded, rules)
    )


def _written_first_name(word: str) -> bool:
    """Whether ``word`` is a listed first name written as names are: "Hélène",
    "Jean-Baptiste", not "HÉLÈNE"."""
    return word[:1].isupper() and not word.isupper() and is_first_name(word)


def _unshouted(text: str, rules: Rules, header_names: Iterable[str]) -> Recased:
    """A shouted ``text`` in lower case, its names (by address, by header, by an ask's
    slot) capitalised, with the addresses a name in a slot stands before but they do not
    spell."""
    # Letter for letter, so every offset stays where it was ("İ" stays as it is).
    lowered = "".join(map(_lower_letter, text))
    found = addresses_in(lowered)
    spans, unsure = _addressed_runs(lowered, found, rules, alone=True)
    spans += _spelled_slot_runs(lowered, found, rules, spans)
    known = {
        word
        for name in header_names
        for word in _WORD.findall(name.casefold())
        if len(word) > 1 and not _plain_word(word, rules)
    }
    known |= {lowered[start:end] for start, end in spans}
    # A title read with a name ("HERRN KLAUS WEBER") is capitalised there only.
    known -= {word for word in known if _plain_word(word, rules) or word in rules.titles}
    for word in sorted(known):
        # "THANKS, BILL" from Bill Turner; "SUSAN MAKES CIDER" after "SUSAN GRAY <...>".
        spans += [m.span() for m in re.finditer(_WHOLE.format(re.escape(word)), lowered)]
    named = _capitalised_words(lowered, spans)
    slotted, more_unsure = _slot_runs(named, rules)
    if slotted:
        named = _capitalised_words(named, slotted)
    return named, unsure | more_unsure


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A word standing whole, not inside an address ("janet" of "janet.morris@...").
_WHOLE = r"(?<![\w@.'\u2019-]){}(?![\w@'\u2019]|[.-]\w)"


def _lower_letter(char: str) -> str:
    """``char`` in lower case, or as it is where that is more than one letter ("İ")."""
    low = char.lower()
    return low if len(low) == 1 else char


def _plain_word(word: str, rules: Rules) -> bool:
    """A word never read as a name on its own: a word of the rules or a common word."""
    return _ruled(word, rules) or without_accents(word) in _common_words()


def _ruled(word: str, rules: Rules) -> bool:
    """A word of the rules' lists, a noun of people, roles or mailboxes: no name's."""
    return (
        word in rules.stop_names
        or word in rules.literals
        or word in rules.special_words
        or word in rules.mailbox_words
        or word in rules.role_words
        or word in rules.contact_roles
        or word in rules.people_groups
        or word in rules.organisation_words
    )


def _capitalised_words(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each word of ``spans`` capitalised, each part of a hyphenated one too
    ("marie-claire" is "Marie-Claire")."""
    starts: list[tuple[int, int]] = []
    for start, end in spans:
        starts.append((start, end))
        starts += [(start + n + 1, end) for n, char in enumerate(text[start:end]) if char == "-"]
    return _capitalised(text, starts)


def _addressed_runs(
    text: str, addresses: Sequence[re.Match[str]], rules: Rules, alone: bool
) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The spans of the words of each name right before an address that spells it, two
    or three words (one too where ``alone``: a shouted "JANET (JANET@...)", or a surname
    after a title, "FRAU WEBER (K.WEBER@...)"), a title right before them with them; and
    the addresses that spell only the first of the words beside other pieces."""
    spans: list[tuple[int, int]] = []
    unsure: set[str] = set()
    least = 1 if alone else 2
    for found in addresses:
        email = found.group(0).casefold().rstrip(".")
        local, _, domain = email.partition("@")
        run = _run_before(text, found.start(), rules)
        written = [text[start:end].casefold() for start, end in run]
        for first in range(len(run) - least + 1):
            words = written[first:]
            titled = first > 0 and written[first - 1] in rules.titles
            if words[0] in rules.titles:
                continue
            spelled = _spelled(words, local, domain)
            if spelled is None and titled and len(words) == 1:
                # "FRAU WEBER (K.WEBER@T-ONLINE.DE)": a surname after a title, a piece of
                # the local part after its first.
                spelled = True if _spellings(words[0]) & set(_pieces(local)[1:]) else None
            if spelled is False and _named_before_more(words, local):
                # "CRAIG HOLROYD (craigholroyd.plumbing@...)": the whole name, then a word
                # of the trade.
                spelled = True
            if spelled is None:
                continue
            if without_accents(words[0]) in _common_words() and not _whole_first(words[0], local):
                # "see hugo (s.hugo@...)": a common word spelled by its initial alone.
                continue
            spans += run[first - 1 if titled else first :]
            if not spelled:
                unsure.add(email)
            break
    return spans, frozenset(unsure)


def _run_before(text: str, at: int, rules: Rules) -> list[tuple[int, int]]:
    """The spans of the words right before offset ``at``, only a few marks between
    (``_ADDRESS_MARKS``): up to three words of letters typed in lower case, none a word
    of the rules, and a title before them if one stands there."""
    cursor = at
    while cursor > 0 and at - cursor < _MAX_MARKS and text[cursor - 1] in _ADDRESS_MARKS:
        cursor -= 1
    if cursor == at:
        # "sarah.j@" glued to what stands before it is no address written after a name.
        return []
    words: list[tuple[int, int]] = []
    while cursor > 0:
        end = cursor
        start = end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        word = text[start:end]
        if not word or not word.islower() or word.startswith("-") or word.endswith("-"):
            break
        if start > 0 and text[start - 1] not in " \t\n(":
            # "o'brien", "x.com": no whole word.
            break
        if word in rules.titles:
            if words:
                words.append((start, end))
            break
        if _ruled(word, rules) or len(words) == _MAX_NAME_WORDS:
            break
        words.append((start, end))
        cursor = start
        if cursor == 0 or text[cursor - 1] not in " \t":
            break
        while cursor > 0 and text[cursor - 1] in " \t":
            cursor -= 1
    words.reverse()
    return words


def _named_before_more(words: Sequence[str], local: str) -> bool:
    """Whether the local part opens with every word of ``words`` whole, run together or
    apart, to the end of a piece, and holds more pieces after ("craig holroyd" and
    "craigholroyd.plumbing", "sarah jenkins" and "sarah.jenkins.pottery"), the first of
    them a listed first name and none a common word: a name bounded by its address, where
    "high street" and "highstreet.bakery" is none."""
    if len(words) < 2 or not is_first_name(words[0]):
        return False
    if any(without_accents(word) in _common_words() for word in words):
        return False
    pieces = _pieces(local)
    opened = ""
    for piece in pieces[:-1]:
        opened += piece
        if any(
            opened == "".join(spelling.replace("-", "") for spelling in written)
            for written in (
                [without_accents(word) for word in words],
                [without_accents(word.translate(UMLAUTS_SPELLED)) for word in words],
            )
        ):
            return True
    return False


def _pieces(local: str) -> list[str]:
    return [piece for piece in _LOCAL_SPLIT.split(without_accents(local)) if piece]


def _spellings(word: str) -> set[str]:
    """A word as an address may spell it: without accents, an umlaut spelled out."""
    return {without_accents(word), without_accents(word.translate(UMLAUTS_SPELLED))}


def _whole_first(word: str, local: str) -> bool:
    """Whether ``word`` opens the local part whole ("sarah" of "sarah.j")."""
    return any(local.startswith(spelling) for spelling in _spellings(word))


def _spelled(
    words: Sequence[str], local: str, domain: str = "", first_alone: bool = True
) -> bool | None:
    """Whether the local part spells ``words`` (case-folded): ``True`` when it spells
    each word in order, whole or by its initial (each part of a hyphenated word so), and
    nothing more, its digits aside ("sarah jenkins" and "sarah.j", "mark obi" and "mobi",
    "juan carlos pérez" and "jc.perez"), or spells the first name and is
    nothing more ("priya sharma" and "priya@", only where ``first_alone``: the name
    right before its address), or spells the first words and the domain opens with the
    next ("priya shah" and "priya@shahlabs.in"); ``False`` when it spells
    the first words, or all of them, to the end of a piece and holds other pieces after
    ("ana paula ribeiro" and "anapaula.cabelos", "high street" and "highstreet.bakery");
    ``None`` when it spells no word, or only by
    initials ("jm" for janet morris)."""
    pieces = _pieces(local)
    if not pieces:
        return None
    joined = "".join(pieces)
    ends: set[int] = set()
    total = 0
    for piece in pieces:
        total += len(piece)
        ends.add(total)
    label = without_accents(domain.partition(".")[0])
    best: bool | None = None
    for count, position, whole in _reach([sorted(_spellings(w)) for w in words], joined):
        if not whole or position not in ends:
            continue
        if count == len(words) and position == len(joined):
            return True
        if position == len(joined) and (
            (count == 1 and first_alone)
            or any(label.startswith(s) for s in _spellings(words[count]))
        ):
            # "priya sharma - priya@...", "priya shah (priya@shahlabs.in)".
            return True
        best = False
    return best


def _reach(forms: Sequence[Sequence[str]], joined: str) -> list[tuple[int, int, bool]]:
    """Every (words spelled, offset in ``joined``, some part spelled whole of three
    letters or more) the words ``forms`` reach, spelled in order from the start, each part
    whole or by its initial; the most words first."""
    states = {(0, False)}
    reached: list[tuple[int, int, bool]] = []
    for count, spellings in enumerate(forms, start=1):
        following: set[tuple[int, bool]] = set()
        for spelling in spellings:
            parts = [part for part in spelling.split("-") if part]
            for position, whole in states:
                ways = {(position, whole)}
                for part in parts:
                    ways = {
                        step
                        for at, full in ways
                        for step in (
                            (at + len(part), full or len(part) >= 3)
                            if joined.startswith(part, at)
                            else None,
                            (at + 1, full) if joined.startswith(part[0], at) else None,
                        )
                        if step is not None
                    }
                following |= ways
        if not following:
            break
        states = following
        reached += [(count, position, whole) for position, whole in states]
    reached.sort(key=lambda state: -state[0])
    return reached


def _spelled_slot_runs(
    text: str,
    addresses: Sequence[re.Match[str]],
    rules: Rules,
    taken: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The spans of two or three lower-case words right after an ask's word ("to", "à",
    "mit", "kwa") that an address of the text spells whole ("introduce me to sarah
    jenkins, she runs the pottery: sarah.j@..."), found where the first piece of the
    address's local part stands as a word."""
    spans: list[tuple[int, int]] = []
    leads = _slot_leads()
    done = {start for start, _ in taken}
    # Where the address before ends: a name found before it is that one's.
    previous = 0
    for found in addresses:
        since, previous = previous, found.end()
        local, _, domain = found.group(0).casefold().partition("@")
        pieces = _pieces(local)
        if not pieces or not pieces[0].isalpha():
            continue
        first = pieces[0]
        # A first piece of a letter or two is an initial ("s.jenkins"), looked for below.
        at = text.find(first) if len(first) >= 3 else -1
        while at >= 0:
            end = at + len(first)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end < len(text) and text[end] in " \t"
            )
            if whole and at not in done:
                before = text[max(0, at - _LEAD_REACH) : at].rstrip(" \t").rsplit(None, 1)
                if before and before[-1].casefold() in leads:
                    words = _words_from(text, at, rules)
                    if _spelled_run(text, words, local, domain, spans):
                        done.add(at)
            at = text.find(first, end)
        # "INTRODUCE MY LAD CRAIG HOLROYD (CRAIGHOLROYD...@...) TO A CHAP CALLED NEIL
        # BRIGGS ... HIS EMAIL IS NEIL@BRIGGSHEATING...": Craig's name, before his own
        # address, leaves Neil's to be looked for.
        if done.isdisjoint(range(max(since, found.start() - _DESCRIBED_REACH), found.start())):
            spans += _initialled_run(text, found, local, domain, leads, rules, done)
    return spans


def _spelled_run(
    text: str,
    words: Sequence[tuple[int, int]],
    local: str,
    domain: str,
    spans: list[tuple[int, int]],
) -> bool:
    """Whether the most of ``words`` (two or three) the local part spells whole, each in
    order, are a name; they are added to ``spans`` if so."""
    for size in range(len(words), 1, -1):
        spelled = [text[s:e] for s, e in words[:size]]
        if _spelled(spelled, local, domain, first_alone=False) is True:
            spans += words[:size]
            return True
    return False


# How far before its address a name described between them may open ("con el
# escribano rubén gallo el de la calle mitre coma rgallo@..."), and how many words a
# description of the one asked for may stand between an ask's word and their name ("con
# el escribano", "to my accountant", "mit dem Notar").
_DESCRIBED_REACH = 200
_MAX_DESCRIPTION_WORDS = 2
_LOWER_WORDS = re.compile(r"[^\W\d_]+")


def _initialled_run(
    text: str,
    found: re.Match[str],
    local: str,
    domain: str,
    leads: frozenset[str],
    rules: Rules,
    done: set[int],
) -> list[tuple[int, int]]:
    """The spans of a lower-case name an address of an initial and a surname, or one
    whose name stands apart from it, spells whole ("rubén gallo" and "rgallo@...", "sarah
    jenkins" and "s.jenkins@..."), written before the address after an ask's word and at
    most two words describing them ("necesito que me presentes con el escribano rubén
    gallo el de la calle mitre, rgallo@...", "introduce me to my accountant sarah
    jenkins - she is at s.jenkins@..."). The address spells every word, each in order,
    so a pair of common words is never taken for a name."""
    spans: list[tuple[int, int]] = []
    initial = local[:1]
    start = max(0, found.start() - _DESCRIBED_REACH)
    for word in _LOWER_WORDS.finditer(text, start, found.start()):
        at = word.start()
        if (
            at in done
            or not word.group(0).islower()
            or not without_accents(word.group(0)).startswith(initial)
            or (at and text[at - 1] in "@.'\u2019-")
            or not _after_lead(text, at, leads)
        ):
            continue
        words = _words_from(text, at, rules)
        if words and _told_further_on(text[words[-1][1] : found.start()]):
            continue
        if _spelled_run(text, words, local, domain, spans):
            done.add(at)
            break
    return spans


# A sentence's end: a stop, a question or exclamation mark before a blank, or a line's end.
_SENTENCE_END = re.compile(r"[.?!](?=\s)|\n")


def _told_further_on(gap: str) -> bool:
    """Whether the address after ``gap`` stands in a later sentence than the name before
    it, words of another sentence between ("marcus bell? he invests. mbell@..."): it
    bears the name out no more; right after the ask's own sentence ("marcus bell?
    mbell@...") it still does."""
    end = _SENTENCE_END.search(gap)
    return end is not None and any(char.isalpha() for char in gap[end.end() :])


def _after_lead(text: str, at: int, leads: frozenset[str]) -> bool:
    """Whether the word at ``at`` follows an ask's word ("con", "to", "mit", "kwa"), at
    most two lower-case words between, only blanks around them."""
    before = text[max(0, at - _LEAD_REACH * 2) : at]
    if before[-1:] not in (" ", "\t"):
        return False
    words = [w for w in before.replace("\t", " ").split(" ") if w]
    for back in range(1, min(len(words), _MAX_DESCRIPTION_WORDS + 1) + 1):
        word = words[-back]
        if word.casefold() in leads:
            return True
        if back > _MAX_DESCRIPTION_WORDS or not word.isalpha() or not word.islower():
            return False
    return False


def _words_from(text: str, at: int, rules: Rules) -> list[tuple[int, int]]:
    """The spans of up to three lower-case words of letters from offset ``at``, single
    spaces between, no word of the rules."""
    words: list[tuple[int, int]] = []
    for found in _WORD.finditer(text, at):
        if len(words) == _MAX_NAME_WORDS:
            break
        if words and text[words[-1][1] : found.start()] not in (" ", "\t"):
            break
        word = found.group(0)
        if not word.islower() or (words and _ruled(word, rules)):
            break
        words.append(found.span())
    return words


def _slot_runs(text: str, rules: Rules) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """In a shouted mail read in lower case, the spans of each run of two or three words,
    none a word of the rules nor a common word, that an ask's phrasing takes as one of
    its people right after its own word ("introduce me to janet morris", "mit klaus
    weber"); and the addresses right after such a run, which do not spell it (those that
    do have made it a name already)."""
    items = tokenize(text, rules)
    leads = _slot_leads()
    runs: list[tuple[int, int]] = []
    for n in range(1, len(items)):
        if items[n - 1].lower not in leads:
            continue
        last = n
        while (
            last < len(items)
            and last - n < _MAX_NAME_WORDS
            and items[last].kind == "word"
            and items[last].lower.isalpha()
            and len(items[last].lower) > 1
            and not _unnamed(items[last].lower, rules)
        ):
            last += 1
        if last - n >= 2:
            runs.append((n, last))
    if not runs:
        return [], frozenset()
    trial = list(items)
    for first, last in reversed(runs):
        start, end = items[first].start, items[last - 1].end
        written = " ".join(text[i.start : i.end].capitalize() for i in items[first:last])
        trial[first:last] = [Item("name", written.casefold(), start, end, name=written)]
    at = {items[first].start: (first, last) for first, last in runs}
    spans: list[tuple[int, int]] = []
    unsure: set[str] = set()
    for index_of in (pattern_index("pair"), pattern_index("continued")):
        for match in find_matches(trial, index_of):
            for slot, people in match.slots.items():
                lead = _lead_of(match.pattern.elements, slot)
                for person in people:
                    found = at.get(person.start)
                    if found is None or items[found[0] - 1].lower not in lead:
                        continue
                    first, last = found
                    spans += [(i.start, i.end) for i in items[first:last]]
                    address = _address_after(items, last)
                    if address is not None:
                        unsure.add(address)
    return spans, frozenset(unsure)


def _address_after(items: Sequence[Item], index: int) -> str | None:
    """The address right after item ``index``, only a mark or two between."""
    for item in items[index : index + 3]:
        if item.kind == "email" and item.email:
            return item.email.casefold()
        if item.kind not in ("punct",) and item.lower not in ("(", "<", "[", ":", "-"):
            return None
    return None
