"""A yes greeted to someone the mail does not know: an answer meant for another mail.

"Dear Margaret, / Yes I can do the 9 to 12 shift at the thrift shop on Saturday", sent
back to the agent's question to Shirley: the greeting names someone who is neither the
agent, nor the writer, nor anyone the question or its headers name, and nothing in the
text touches the introduction (none of the intro_stems: "intro", "meet", "présent",
"conoc", "kennenlern", "apresent", "tambulish"; no name of the one asked about). The yes
answers what that someone asked, not the agent; a careful reader asks. "Hi Ann, Happy to
be introduced" names the introduction and keeps its yes; so does a greeting to a short
form of a name the mail gives ("Hola Mati!" under "Matías Olivares quiere presentarte").
"""

from __future__ import annotations

import re

from agent.message import ParsedMessage
from agent.understanding.first_names import called_alike, is_first_name
from agent.understanding.reply_phrases import PhraseBook, normalise

__all__ = ["greets_another", "passed_on"]

# The first line of a text and the greeting's name: "Dear Margaret,", "Liebe Margarete,",
# "Habari Amina". One word of name; a line of more is read as any other.
_GREETING_LINE = re.compile(r"\A\s*(?P<line>[^\n]+)")
_NAME = re.compile(r"[^\W\d_]+")


def _greeting(body: str, book: PhraseBook) -> tuple[str, str, str] | None:
    """The name ``body`` opens by greeting, its first line and what follows the name on
    that line: "Dear Margaret," alone on its line, or "Dear Margaret, yes ...", the
    greeting, then one word written with a capital, then a stop; None otherwise."""
    found = _GREETING_LINE.match(body)
    if found is None:
        return None
    line = found.group("line")
    words = _NAME.findall(line)
    if len(words) < 2:
        return None
    name: str | None = None
    for size in (2, 1):
        greeting = normalise(" ".join(words[:size]))
        if greeting in book.greetings and len(words) > size:
            name = words[size]
            break
    if name is None or not name[:1].isupper():
        return None
    after = line[line.find(name) + len(name) :].lstrip()
    if after and after[0] not in ",:!;.":
        return None
    return name, line, after


def passed_on(body: str, message: ParsedMessage, book: PhraseBook) -> str | None:
    """The first name of the one a forwarded mail is written to, when ``body`` opens by
    greeting one of its To recipients who is not its writer; None otherwise.

    "RV: ¿Quieres que te presentemos a ...?", to a colleague with the agent in copy,
    "Hola Javi, te reenvío esto ...": the writer passes the question on and speaks to the
    colleague, whatever their words say of themselves; the answer is still to come. A
    forward is told by its subject (forward_prefixes, before the agent's words) or by the
    header mail clients add ("X-Forwarded-Message-Id"). A reply greeting the agent's
    principal ("Hi Ann, yes happy to") is no forward and is read as any reply."""
    subject = normalise(message.subject).lstrip()
    prefix = subject.split(":", 1)[0].strip() if ":" in subject else ""
    if prefix not in book.forward_prefixes and "x-forwarded-message-id" not in message.headers:
        return None
    greeted = _greeting(body, book)
    if greeted is None:
        return None
    name = greeted[0]
    forms = {normalise(name), *(normalise(n) for n in called_alike(name))}
    writers = {a.email.lower() for a in message.from_}
    for person in message.to:
        if person.email.lower() in writers:
            continue
        for word in _NAME.findall(person.name):
            known = normalise(word)
            if known in forms or known.startswith(normalise(name)):
                return normalise(name)
    return None


def greets_another(body: str, message: ParsedMessage, book: PhraseBook, asked: str) -> str | None:
    """The first name ``body`` opens by greeting, when it is nobody the mail names and the
    text names neither the introduction nor ``asked``; None otherwise."""
    greeted = _greeting(body, book)
    if greeted is None:
        return None
    name, line, after = greeted
    if not is_first_name(name):
        return None
    found = _GREETING_LINE.match(body)
    rest = body[found.end() :] if found else ""
    said = normalise(f"{after} {rest}")
    if any(stem in said for stem in book.intro_stems):
        return None
    asked_words = {w for w in _NAME.findall(normalise(asked)) if len(w) > 2}
    if not asked_words.isdisjoint(_NAME.findall(said)):
        return None
    # Anyone the mail names, in its headers, subject or quoted text, by this name or a
    # form of it ("Mati" for Matías, "Maggie" for Margaret).
    forms = {normalise(name), *(normalise(n) for n in called_alike(name))}
    elsewhere = message.text.replace(line, " ", 1)
    people = " ".join(a.name for a in (*message.from_, *message.to, *message.cc))
    folded = normalise(name)
    for word in _NAME.findall(f"{message.subject} {people} {elsewhere}"):
        known = normalise(word)
        if known in forms or (word[:1].isupper() and known.startswith(folded)):
            return None
    return folded
