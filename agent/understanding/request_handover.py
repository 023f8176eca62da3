"""The intro handed to the agent by a sentence that names it.

Mail that copies the agent in often says what it will do rather than asking it: "I've
cc'd our intro agent: it'll check with both of you and then connect you directly",
"Looping in my assistant bot to do the double opt-in", "+intro@introbot.net to handle",
"Je mets en copie mon agent d'intro qui vous contactera", "te copio a mi asistente de
presentaciones", "ich setze meinen Intro-Assistenten in Kopie", "coloquei meu agente de
apresentações em cópia", "nimemweka msaidizi wangu wa utambulisho kwenye nakala". Such a
sentence names the agent (one of ``agent_names``, or its address) and hands it over (one
of ``handover_cues`` or ``copy_cues``), nothing negated before them. The two to introduce
are then the people on the mail: those written to and those the text gives an address,
exactly two, each named in the mail, or the one written to alone spoken to by a link
("para que te presente al Dr. Andrés Salgado"); certain when both addresses are and, where
one of them is only given an address in the text, a sentence says it is they who are to
meet (``_meeting_cued``: "it'll check with both of you", "to connect you with"). With one
such person, a sentence speaking to two ("to get you two connected") and one other person
named in the text before it, the pair is those two: certain only when that one is named in
full and the address book or the mail makes the address certain ("my cousin Rafael Duarte
built our whole counter ... I'm copying my intro agent so it can put you two in touch"),
never by a first name alone ("Sarah from the cohort").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.message import Address
from agent.understanding.request_implied import people_on_mail
from agent.understanding.request_mentions import Item
from agent.understanding.request_people import (
    Resolved,
    Scene,
    doubted,
    is_agent,
    named_in_mail,
    named_in_text,
    party_of,
    resolve_mention,
)
from agent.understanding.request_rules import Rules

__all__ = ["handed_over_to_agent", "names_agent"]


def names_agent(text: str, agent: str, rules: Rules) -> bool:
    """Whether ``text`` (case-folded) may name the agent and hand it something: the cheap
    test before the sentences are read."""
    return (
        agent in text
        or rules.agent_name_re.search(text) is not None
        or _local_word_re(agent).search(text) is not None
    ) and rules.handover_re.search(text) is not None


def _local_word_re(agent: str) -> re.Pattern[str]:
    """The agent's address's local part as a word ("intro" of intro@introbot.net)."""
    local = agent.partition("@")[0]
    return re.compile(rf"(?<![\w.@+-]){re.escape(local)}(?![\w@-])") if local else _NO_WORD


_NO_WORD = re.compile(r"(?!x)x")


def handed_over_to_agent(
    text: str, items: Sequence[Item], scene: Scene, rules: Rules
) -> tuple[Resolved, Resolved] | None:
    """The pair a sentence of ``text`` (the writer's own, tokenized as ``items``) hands
    the agent, or None (see the module)."""
    handing = [
        sentence for sentence in _sentences(items) if _hands_over(text, sentence, scene, rules)
    ]
    if not handing:
        return None
    people = people_on_mail(scene)
    if any(_copies_one_of(text, sentence, people, scene, rules) for sentence in handing):
        return None
    firsts = {p.name.casefold().split()[0] for p in people if p.name and p.name.split()}
    unnamed = [p for p in people if not (p.name and named_in_mail(p, scene, firsts))]
    if unnamed and not _spoken_to(text, handing, people, unnamed, scene, rules):
        return None
    if len(people) == 2 and unnamed:
        # The one spoken to first, as the link says it: "te presente al Dr. Salgado".
        given = next(p for p in people if p.key != unnamed[0].key)
        return party_of(unnamed[0]), party_of(given)
    if len(people) == 2:
        pair = party_of(people[0]), party_of(people[1])
        on_headers = {a.email.casefold() for a in scene.recipients if a.email}
        if all(p.email.casefold() in on_headers for p in people) or any(
            _meeting_cued(text, sentence, rules) for sentence in _sentences(items)
        ):
            return pair
        # "Matt, yes please ... I've cc'd my intro agent, it can handle the back and forth
        # so you don't have to. Sunita's email is ...": the one written to and someone the
        # text gives an address for, nothing saying it is they who should meet.
        return doubted(pair[0]), doubted(pair[1])
    speaking = [sentence for sentence in handing if _to_two(text, sentence, rules)]
    if len(people) != 1 or not speaking:
        return None
    # "you two" points back: the other of the two is named before the sentence hands the
    # agent the intro, not in its words ("Intro-Assistenten in Kopie") nor after it ("...
    # so it can put you two in touch. Good luck, I'll be your first customer. After Dave.").
    before = [item for item in items if item.end <= _handing_start(text, speaking[0], rules)]
    named = _one_other(before, people[0].name, scene, rules)
    if named is None:
        return None
    other = resolve_mention(named, scene)[0]
    if len((named.name or "").split()) < 2:
        # "Sarah from the cohort": a first name alone is asked about, whatever the book says.
        return party_of(people[0]), doubted(other)
    # "my cousin Rafael Duarte built our whole counter ... I'm copying my intro agent so
    # it can put you two in touch": named in full, certain as the book or the mail makes
    # that name's address.
    return party_of(people[0]), other


def _spoken_to(
    text: str,
    handing: Sequence[Sequence[Item]],
    people: Sequence[Address],
    unnamed: Sequence[Address],
    scene: Scene,
    rules: Rules,
) -> bool:
    """Whether the one of two ``people`` the mail does not name is the one person it is
    written to, whom a handing sentence speaks to by one of ``handover_links`` ("Hola
    guapa, ... pongo en copia a mi agente de presentaciones para que te presente al Dr.
    Andrés Salgado (asalgado@...)", "to introduce you to"): "you" is that one."""
    if len(people) != 2 or len(unnamed) != 1 or len(scene.recipients) != 1:
        return False
    if unnamed[0].key != scene.recipients[0].key:
        return False
    return any(rules.handover_link_re.search(_folded(text, sentence)) for sentence in handing)


def _sentences(items: Sequence[Item]) -> list[Sequence[Item]]:
    found: list[Sequence[Item]] = []
    start = 0
    for index, item in enumerate(items):
        if item.kind == "end":
            if index > start:
                found.append(items[start:index])
            start = index + 1
    if start < len(items):
        found.append(items[start:])
    return found


def _folded(text: str, sentence: Sequence[Item]) -> str:
    return text[sentence[0].start : sentence[-1].end].casefold().replace("\u2019", "'")


def _hands_over(text: str, sentence: Sequence[Item], scene: Scene, rules: Rules) -> bool:
    """Whether the sentence names the agent and hands it over, nothing negated up to
    both, nor up to a cue after the agent's name in its clause ("I'd rather not loop in
    my intro bot", "ich setze unseren Intro-Assistenten nicht in Kopie"; "so neither of
    you gets an email" after them negates nothing of the handing)."""
    said = _folded(text, sentence)
    offset = sentence[0].start
    cue = rules.handover_re.search(said)
    if cue is None:
        return False
    named = rules.agent_name_re.search(said)
    ends = [offset + cue.end()]
    if named is not None:
        ends.append(offset + named.end())
        agent_at = named.start()
    else:
        address = next((i for i in sentence if i.email and is_agent(i.email, scene.agent)), None)
        if address is None:
            address = _called_by_address(text, sentence, scene.agent)
        if address is None:
            return False
        ends.append(address.end)
        agent_at = address.start - offset
    limit = max(ends)
    # "ich setze unseren Vermittlungsdienst nicht in Kopie": a cue after the agent's name
    # in its clause ends the handing over, the negation before it negating it.
    clause_end = _CLAUSE_END.search(said, agent_at)
    stop = clause_end.start() if clause_end else len(said)
    link = rules.handover_link_re.search(said, agent_at, stop)
    stop = link.start() if link else stop
    for later in rules.handover_re.finditer(said, agent_at, stop):
        limit = max(limit, offset + later.end())
    if _copying_negated(said[:agent_at], rules):
        return False
    return not any(item.lower in rules.negations for item in sentence if item.start < limit)


# What closes the clause naming the agent: a comma, a colon, a semicolon or a dash.
_CLAUSE_END = re.compile(r"[,:;]|\s[-\u2013\u2014]\s")
# At most this many words between a negated copying verb and the agent it copies.
_COPIED_GAP_WORDS = 3


def _copying_negated(before: str, rules: Rules) -> bool:
    """Whether ``before`` the agent's name ends on the writer's copying negated, one of
    ``needless_leads`` ("haven't added", "haven't cc'd", "no puse", "n'ai pas ajouté")
    and at most a few words, no mark, up to the name: "I haven't added Intro to
    introduce you to Ruth ..." hands nothing over, where "haven't" alone is no
    negation ("I haven't met Ruth yet, I've cc'd Intro to ..."); "No need to reply,
    I've cc'd Intro" hands over."""
    for found in rules.needless_re.finditer(before):
        if found.lastgroup != "needless":
            continue
        gap = before[found.end() :]
        if not re.search(r"[^\w\s'\-]", gap) and len(gap.split()) <= _COPIED_GAP_WORDS:
            return True
    return False


def _called_by_address(text: str, sentence: Sequence[Item], agent: str) -> Item | None:
    """The word of ``sentence`` calling the agent by its address's local part written as
    a name, with a capital and not opening the sentence ("Nimemweka Intro kwenye nakala"
    for intro@...), or None."""
    local = agent.partition("@")[0]
    for item in sentence[1:]:
        written = text[item.start : item.end]
        if not item.email and written[:1].isupper() and written.casefold() == local:
            return item
    return None


def _copies_one_of(
    text: str, sentence: Sequence[Item], people: Sequence[Address], scene: Scene, rules: Rules
) -> bool:
    """Whether the sentence, from its handing over on, names one of ``people`` or writes
    an address besides the agent's: "I've copied in my assistant Jo and the intro
    service" copies Jo, one of those written to; "Dev, Hannah: +intro@... to handle"
    speaks to them first. Those named after one of ``handover_links`` ("to connect you
    with", "ili akuunganishe na") are the ones the agent is to connect, no one copied."""
    said = _folded(text, sentence)
    cue = rules.handover_re.search(said)
    start = sentence[0].start + (cue.start() if cue else 0)
    link = rules.handover_link_re.search(said, cue.end()) if cue else None
    end = sentence[0].start + link.start() if link else sentence[-1].end
    after = [item for item in sentence if start <= item.start < end]
    if any(item.email and not is_agent(item.email, scene.agent) for item in after):
        return True
    names = [item.name for item in after if item.kind == "name" and item.name]
    return bool(names) and any(named_in_text(p, names, (), "") for p in people)


def _meeting_cued(text: str, sentence: Sequence[Item], rules: Rules) -> bool:
    """Whether the sentence says two are to meet: it speaks to two (``_to_two``: "it'll
    check with both of you"), names whom the agent is to connect the one written to with
    (``handover_links``: "damit er Sie mit Herrn Albrecht in Verbindung bringt"), or
    holds an intro word besides the agent's name ("to connect you", "pour vous
    présenter"; not the "intro" of "my intro agent")."""
    if _to_two(text, sentence, rules):
        return True
    said = _folded(text, sentence)
    if rules.handover_link_re.search(said) is not None:
        return True
    named = [found.span() for found in rules.agent_name_re.finditer(said)]
    return any(
        not any(start <= found.start() < end for start, end in named)
        for found in rules.intent_re.finditer(said)
    )


def _to_two(text: str, sentence: Sequence[Item], rules: Rules) -> bool:
    """Whether the sentence speaks to two ("you two", "each of you", "vous deux")."""
    return rules.each_re.search(_folded(text, sentence)) is not None or any(
        item.kind in ("group", "call") for item in sentence
    )


def _handing_start(text: str, sentence: Sequence[Item], rules: Rules) -> int:
    """Where the sentence begins to name the agent or hand it the intro, whichever first."""
    said = _folded(text, sentence)
    found = [
        hit.start()
        for hit in (rules.handover_re.search(said), rules.agent_name_re.search(said))
        if hit is not None
    ]
    return sentence[0].start + min(found) if found else sentence[-1].end


def _one_other(items: Sequence[Item], known: str, scene: Scene, rules: Rules) -> Item | None:
    """The one person the text names besides ``known``, the writer and the agent, by a
    first name read in it, as written; two or none, and no one."""
    writer = scene.me.party.name if scene.me and scene.me.party.name else ""
    aside = {n.casefold().split()[0] for n in (known, writer) if n and n.split()}
    found: dict[str, Item] = {}
    for at, item in enumerate(items):
        if item.kind != "name" or not item.name or item.email:
            continue
        words = item.name.casefold().split()
        if not words or words[0] in aside or not rules.cue_compounds.isdisjoint(words):
            continue
        if len(words) == 1 and at and items[at - 1].lower in rules.noun_determiners:
            # "unsere Theke": a German noun after a possessive, no one.
            continue
        found.setdefault(words[0], item)
    if len(found) != 1:
        return None
    (item,) = found.values()
    return item
