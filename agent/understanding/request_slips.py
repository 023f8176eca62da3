"""An ask verb typed with a slip, where the rest of the ask is plain: "can u conect me w/
kevin liu (kevin.liu@stripe.com)??", "could you introdcue me to ...", "presnet me to".

The verbs whose slips are read live in ``rules/requests/{lang}.json`` under
``slip_verbs``, and what must follow such a slip under ``slip_frames`` (the writer and a
preposition: "me w/", "moi à", "me con", "mich mit", "me com", "na"); after the frame
come a name of one to three words and its address in brackets. A slip is two letters
swapped, a letter left out or a letter doubled, in a word of five letters or more that
is no ask word and none of ``slip_real_words`` ("resent", "preset"); a letter changed
("collect me with") is another word and never read. Only a mail that holds no ask word
and writes an address is looked at, so most mail never reaches the search.

An ask verb split in two by a space, as a phone's autocorrect leaves it ("can you intro
duce me to Paolo Dizon", "pode me apre sentar à Ana"), before one of its language's
``slip_frames``, is read whole in any mail (``split_ask_re``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent.understanding.first_names import is_first_name
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import normal_text
from agent.understanding.word_sets import text_words

# The shortest word read as a slip ("intro" is one edit from "into").
MIN_SLIP_LETTERS = 5


def _swapped_back(word: str) -> set[str]:
    """``word`` with each two neighbouring letters swapped back."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def slip_of(word: str, targets: frozenset[str]) -> str | None:
    """The one target ``word`` is a slip of: two letters swapped ("introdcue"), a letter
    left out ("conect") or a letter doubled ("connnect"); None for none or several."""
    found = _swapped_back(word) & targets
    for target in targets:
        if (
            len(target) == len(word) + 1
            and any(target[:i] + target[i + 1 :] == word for i in range(len(target)))
        ) or (
            len(word) == len(target) + 1
            and any(
                word[i] == word[i - 1] and word[:i] + word[i + 1 :] == target
                for i in range(1, len(word))
            )
        ):
            found.add(target)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=16)
def slips_of(targets: frozenset[str]) -> frozenset[str]:
    """Every word ``slip_of`` may read as a slip of one of ``targets``: each with two
    neighbouring letters swapped, a letter left out or a letter doubled."""
    found: set[str] = set()
    for target in targets:
        size = len(target)
        found.update(
            target[:i] + target[i + 1] + target[i] + target[i + 2 :] for i in range(size - 1)
        )
        found.update(target[:i] + target[i + 1 :] for i in range(size))
        found.update(target[: i + 1] + target[i] + target[i + 1 :] for i in range(size))
    return frozenset(found)


# A run of letters: a slip is one, a whole run ("conect" of "conect me w/").
_LETTERS = re.compile(r"[^\W\d_]+")


def _holds_split_ask(words: frozenset[str], rules: Rules) -> bool:
    """Whether ``words`` hold both halves of an ask verb split in two ("intro" and
    "duce"), as any text ``split_ask_re`` finds one in does: each half stands between
    characters that are no letters. A second half alone ("en", "sent") is common."""
    heads = rules.split_ask_heads
    return any(not heads[tail].isdisjoint(words) for tail in heads.keys() & words)


def apostrophed_possessives(text: str, rules: Rules) -> str:
    """``text`` with the apostrophe put back in a possessive typed without it before an
    address word ("Tylers email is tyler@..." is "Tyler's email is ..."): a word written
    with a capital, then "s", whose stem is a listed first name the text names alone too
    ("my grandson Tyler Pruitt"), while the word itself is none ("Charles email is" is
    Charles's, and left as it is)."""
    if "@" not in text:
        return text

    def mended(found: re.Match[str]) -> str:
        name = found.group("name")
        whole = found.group()
        if (
            not name[0].isupper()
            or is_first_name(whole)
            or not is_first_name(name)
            or re.search(rf"(?<![\w'])\b{re.escape(name)}(?![\w'])", text) is None
        ):
            return whole
        return f"{name}'s"

    return rules.unmarked_possessive_re.sub(mended, text)


def corrected_slip(text: str, rules: Rules) -> str:
    """``text`` with the one ask verb typed with a slip written right, when the slip
    opens a plain ask in its language (a frame, a name and its address in brackets) and
    the text holds no ask word; else ``text`` as it is."""
    if rules.split_ask_re is not None and _holds_split_ask(text_words(text), rules):
        # "can you intro duce me to Paolo Dizon": an ask verb split by a phone's
        # autocorrect is read whole, whatever else the text holds.
        text = rules.split_ask_re.sub(lambda found: found.group("split").replace(" ", ""), text)
    if "@" not in text or not rules.slip_asks:
        return text
    # In plain text, a frame's words are looked for among the lower-case words first: a
    # mail holds the frames of its own language, seldom those of the others.
    # (For plain text, lower case is case folding: its words are ``text_words``, kept for
    # the reading of the same text further on.)
    words = text_words(text) if text.isascii() else None
    # A slip is a whole run of letters one slip from an ask verb of its language, and
    # most mail holds no such word: then neither the search for an ask word written right
    # nor the frames' searches are needed. (In plain text the runs of letters that stand
    # between other characters than word characters are among its words.)
    runs = words if words is not None else frozenset(r.casefold() for r in _LETTERS.findall(text))
    asks = [
        ask
        for ask, needs in zip(rules.slip_asks, rules.slip_frame_needs, strict=True)
        if not slips_of(ask[0]).isdisjoint(runs)
        and not (words is not None and needs is not None and needs.isdisjoint(words))
    ]
    if not asks:
        return text
    # A text with an ask word written right reads as it is, whatever slip it holds: one
    # search for that spares one per language for most requests.
    if rules.trigger_re.search(normal_text(text)) is not None:
        return text
    for verbs, frame_re in asks:
        found = frame_re.search(text)
        if found is None:
            continue
        folded = found.group("slip").casefold()
        if (
            len(folded) < MIN_SLIP_LETTERS
            or folded in rules.slip_real_words
            # "presentar" is Spanish written right, no slip of Portuguese "apresentar".
            or any(folded in known for known, _ in rules.slip_asks)
        ):
            continue
        target = slip_of(folded, verbs)
        if target is None:
            continue
        return text[: found.start("slip")] + target + text[found.end("slip") :]
    return text
