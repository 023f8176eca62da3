"""The pair an ask implies when no phrasing in rules/ names it.

People ask in more ways than patterns can list: "Would you be able to put us in touch?"
after "his friend Jordan Ellis (jordan@...) roasts coffee", "Könnten Sie mich mit ihm
bekannt machen?" with him copied, "introduce our programme manager, Moussa Sarr (...), to
Clearflow's Head of Partnerships, Efua Asante (...)". What such mails share is who is in
them: the people written with an address, in the text or on the mail, besides the writer
and the agent. When a sentence asks (an intro word, in a question or a plea) and

- speaks of the writer ("me", "us", "mich", "nos") with exactly one such person, or
- speaks of neither, with exactly two such people,

those are the pair. Any other count is no pair, and the agent asks the requester, as
before: two strangers and the writer, or three names, could be paired more than one way. So
could an address written for two people at once ("- Ana and Ivo: ana.ruiz@..."): the
one it is given to is asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise, takewhile

from agent.message import Address
from agent.understanding.request_mentions import Item
from agent.understanding.request_model import Party
from agent.understanding.request_named import (
    named_before,
    organisation_named,
    same_name,
    same_person,
    them_unsure,
)
from agent.understanding.request_people import (
    Resolved,
    Scene,
    first_word,
    is_agent,
    named_in_mail,
    named_in_text,
    party_of,
    resolve_mention,
)
from agent.understanding.request_reading import (
    done_by_another,
    names_one_of_two,
    of_two_groups,
    only_to_the_two,
    presents_thing,
    presents_to_the_two,
    proposes,
    shared_addresses,
)
from agent.understanding.request_rules import Rules
from agent.understanding.request_tokens import normal_text, without_accents

__all__ = [
    "copied_note_pair",
    "handed_over_pair",
    "implied_pair",
    "mutual_you_pair",
    "named_pair",
    "named_pair_at",
    "people_on_mail",
    "should_meet_pair",
    "someone_sought_pair",
    "unsure_them",
]

_LOCAL_WORDS = re.compile(r"[a-z]+")
# What is no letter of a name as an address's domain spells it ("Bright Mesa Roasters").
_LETTERS = re.compile(r"[^a-z0-9]+")


def people_on_mail(scene: Scene, extra: Iterable[Address] = ()) -> list[Address]:
    """Everyone written with an address in the text or on the mail (To, Cc, a forwarded
    mail's author), each once, the agent, the writer, those signing with the writer
    (``Scene.cosigned``) and those copied only to be informed (``Scene.informed``) aside.
    An address written alone counts with the one name in the text its local part spells
    ("jordan@" and "Jordan Ellis"), and not at all without one."""
    me = scene.me.party.email.casefold() if scene.me and scene.me.party.email else ""
    found: dict[str, Address] = {}

    def add(address: Address) -> None:
        key = address.email.strip().casefold().rstrip(".")
        if (
            not key
            or key == me
            or key in scene.cosigned
            or key in scene.informed
            or is_agent(key, scene.agent)
        ):
            return
        known = found.get(key)
        if known is None or (not known.name and address.name):
            found[key] = Address(address.name, key)

    for address in scene.body_names:
        add(address)
    for email in scene.body_emails:
        # An address written alone counts only with the name it spells: "oskar@lind" after
        # "oskar berg" is someone, but perhaps not the one asked for.
        spelled = _spelled_name(email, scene.text_names, scene.titled_names)
        if spelled:
            add(Address(spelled, email))
    for address in (*scene.recipients, *extra):
        add(address)
    return list(found.values())


def _spelled_name(email: str, names: Sequence[str], titled: Sequence[str] = ()) -> str:
    """The name whose first word the address spells; "Jordan" and "Jordan Ellis" are one
    person written twice, the fuller name kept. A surname written after a title ("Herr
    Pichler" after "Herrn Lorenz Pichler", of lorenz.pichler@...) is that person too: a
    title names someone by the last words of their name, never by the first."""
    local = set(_LOCAL_WORDS.findall(email.partition("@")[0].casefold()))
    spelled = sorted({n for n in names if _first_spelled(n, local)}, key=len)
    if not spelled:
        return ""
    fullest = spelled[-1].casefold().split()
    surnames = {n.casefold() for n in titled}

    return spelled[-1] if all(_same_person(n, fullest, surnames) for n in spelled) else ""


def _same_person(name: str, fullest: list[str], surnames: set[str]) -> bool:
    """Whether ``name`` is the person whose fullest name's words are ``fullest``: its first
    words, or a surname written after a title (of ``surnames``) as its last words."""
    words = name.casefold().split()
    if words == fullest[: len(words)]:
        return True
    return name.casefold() in surnames and words == fullest[len(fullest) - len(words) :]


def _first_spelled(name: str, local: set[str]) -> bool:
    """Whether an address's local words (``local``) spell a name by its first word
    ("jordan@" for Jordan Ellis), or by its first word's initial then its last, as an
    office writes its staff's addresses ("fogola@" for Fredrick Onyango Ogola)."""
    words = name.casefold().split()
    if not words:
        return False
    if words[0] in local:
        return True
    return len(words) >= 2 and without_accents(words[0][0] + words[-1]) in local


def implied_pair(
    asking: Sequence[tuple[str, tuple[Item, ...]]],
    scene: Scene,
    rules: Rules,
    copied: bool = False,
    items: Sequence[Item] = (),
) -> tuple[Resolved, Resolved] | None:
    """The pair the asking sentences imply among the people on the mail, or None (see the
    module). With ``copied`` (the agent on Cc), a mail to exactly two people, both named
    in it, is copied intake even where no sentence pleads: "je pense qu'il serait très
    utile que vous échangiez ... Je mets en copie mon assistant de mise en relation".
    That, and a question put to the two only as "you two" ("Vocês dois conseguem
    cumprir o prazo de sexta?"), needs a sentence of ``items`` (the piece's tokens) that
    proposes they meet or talk (``proposes``). "us" after two people named or more in
    ``items`` ("Jane Doe and Bridget Farrow make lovely things ... could you introduce
    us? Her email's ...") may be the writer and either, and implies no pair."""
    # "J'aimerais que Mariama Diop présente son projet à Yves Konan": a thing presented
    # to someone is no intro.
    # "Could you introduce me to the new process, says Daniel Cho (...)": the one named
    # after a comma and a verb of saying is who said it, not someone to meet.
    # "Could you introduce me to the new process, which Daniel Cho (...) runs?": one named
    # in a clause about a thing is not the one to meet.
    # "darf ich euch beiden unsere neue Exportfunktion vorstellen?": a thing presented
    # to the two written to is no intro of them, nor is a person ("euch beiden meinen
    # Kollegen Jan vorstellen", "kuwatambulisha kwa mwenzangu John").
    asking = [
        (said, items)
        for said, items in asking
        if not _presents_thing(items, rules)
        and not presents_thing(items, rules)
        and not presents_to_the_two(items, rules, scene.recipients)
        and not _attributed(items, rules)
        and not _named_in_clause(items, rules)
        and not _by_another(items, scene, rules)
        and not _presents_another(items, people_on_mail(scene), rules)
        and not of_two_groups(said, rules)
    ]
    if not asking:
        return None
    people = people_on_mail(scene)
    pleaded = [(said, items) for said, items in asking if _pleads(said, items, rules)]
    pleas = [items for _, items in pleaded]
    counted = {_counts_pair(items, rules) for items in pleas} - {None}
    if not counted and len(pleas) < len(asking):
        # "Je voudrais mettre en contact deux personnes : Nathalie Girard <...> et Karim
        # Benali <...>": the writer's wish to connect two people asks as a plea does.
        counted = {_wished_count(said, items, rules) for said, items in asking} - {None}
    if counted:
        # "afin que vous mettiez en relation deux personnes": the two written with their
        # addresses are the pair, even beside "je me permets"; more or fewer, no pair.
        # Two asked for as the other side of someone ("introduce our CEO to two
        # people") are no pair of their own.
        if counted != {True} or len(people) != 2:
            return None
        return party_of(people[0]), party_of(people[1])
    if not pleas:
        of_me = any(_of_writer(items, rules) for _, items in asking)
        if copied and not of_me and _both_named(scene, people) and proposes(items, rules):
            return party_of(people[0]), party_of(people[1])
        return None
    referred = _referred_third(pleas, people, scene, rules)
    if referred is not None and scene.me is not None and scene.me.party.email:
        # "Podes mo apresentar? Refiro-me ao Oliver Brandt (oliver@...)", to Ana: "him" is
        # the one named after, and Ana, written to, is asked to present.
        return scene.me, referred
    # Only what is pleaded counts: "Maya asked me whether I could connect her" tells.
    speaks_of_me = any(_of_writer(items, rules) for items in pleas)
    if speaks_of_me and len(people) == 2:
        # "Hoping you can do an introduction for me please" over two people written
        # with their addresses: "for me" is whom the favour is for, and the two are the
        # pair; with one person, the writer and that one, as before.
        speaks_of_me = any(_of_writer(items, rules, favour=False) for items in pleas)
    if speaks_of_me:
        if any(_of_two_others(said, items, rules) for said, items in pleaded):
            # "my neighbour told me her son Owen Pryce is a vet ... could you introduce
            # them chloes email is ...": the ask is for two others, one of them without
            # an address, and the writer only tells of them.
            return None
        me = scene.me
        if me is None or not me.party.email or len(people) != 1:
            return None
        if items and any(_us_after_two(plea, items, scene, rules) for plea in pleas):
            return None
        if any(_of_someone_else(plea, people[0], scene, rules) for plea in pleas):
            return None
        if all(_asks_them_to_present(plea, people[0], scene, rules) for plea in pleas):
            # "Hi Ines, could you introduce me?", the agent copied: Ines is asked to
            # present the writer to someone the mail does not name.
            return None
        return me, party_of(people[0])
    if len(people) != 2:
        return None
    if any(_names_another(plea, people) for plea in pleas):
        # "Ningependa kuwatambulisha kwa Bw. Juma": the two introduced to someone named
        # without an address, not to each other.
        return None
    first, second = party_of(people[0]), party_of(people[1])
    if any(
        _of_two_others(said, plea, rules)
        and them_unsure(_before_them(plea, items, rules), scene, rules, (first, second))
        for said, plea in pleaded
    ):
        # "Notre costumière Fatoumata Sissoko ... Moussa Keïta (...) ... Mme Kadiatou
        # Dembélé (...)\n\nPourriez-vous les mettre en relation ?": "them" may be any two
        # of the three, the one without an address too.
        return None
    if all(only_to_the_two(said, rules) for said, _ in pleaded) and not proposes(items, rules):
        # "Vocês dois conseguem cumprir o prazo de sexta?": a question to the two about
        # a task.
        return None
    shared = shared_addresses(items, rules) if items else frozenset()
    if shared:
        # "Could you introduce the two of them? - Ana and Ivo: ana.ruiz@... - Marta
        # Soler: marta@...": an address written for two people names neither for sure,
        # and the two asked for may be any two of the three.
        first, second = (
            Resolved(r.party, False) if (r.party.email or "").casefold() in shared else r
            for r in (first, second)
        )
    others = _unaddressed_names(scene, people)
    if others:
        # "Could you please introduce them? Our daughter Ana and Helen Park (...)" over a
        # mail copied to the writer's husband: one the text names without an address may
        # be the one meant, not someone who is only on the mail, their first name never
        # written in it.
        written = {
            word for name in scene.text_names for word in without_accents(name.casefold()).split()
        }
        firsts = {first_word(p) for p in people if p.name}

        def named(person: Address) -> bool:
            # "dan" for Daniel Okoye: the start of a first name names its one as well.
            first = without_accents(first_word(person).casefold())
            return named_in_mail(person, scene, firsts) or any(
                len(word) > 1 and first.startswith(word) for word in written
            )

        first, second = (
            r if named(p) else Resolved(r.party, False)
            for p, r in ((people[0], first), (people[1], second))
        )
    return first, second


def unsure_them(
    asking: Sequence[tuple[str, tuple[Item, ...]]],
    items: Sequence[Item],
    scene: Scene,
    rules: Rules,
) -> bool:
    """Whether a sentence of ``asking`` pleads for an intro of "them" (``_of_two_others``:
    "les", "ponerlos", "apresentá-los um ao outro", "waunganishe") after three people
    or more are named (``them_unsure``): an ask, though no pair can be read from it, so
    the requester is asked whom it means ("Está Fátima Sissoko ... Moussa Keita (...)
    ... Kadiatou Dembele (...). ¿Podrías ponerlos en contacto?")."""
    return any(
        _of_two_others(said, plea, rules)
        and _pleads(said, plea, rules)
        and (rules.intent_re.search(said) or rules.them_re.search(said))
        and not _of_writer(plea, rules)
        and them_unsure(_before_them(plea, items, rules), scene, rules)
        for said, plea in asking
    )


def _before_them(plea: tuple[Item, ...], items: Sequence[Item], rules: Rules) -> list[Item]:
    """What a plea for "them" ("les", "wao", ``them_words`` "ponerlos") comes after: the
    text before its sentence and the sentence up to the pronoun, as ``named_pair`` reads
    it ("... Owen Pryce is a vet ... could you introduce them")."""
    if not plea:
        return []
    start = plea[0].start
    pivot = next(
        (n for n, item in enumerate(plea) if item.kind == "they" or item.lower in rules.them_ends),
        len(plea),
    )
    return [*(item for item in items if item.end <= start), *plea[:pivot]]


def _of_someone_else(
    sentence: tuple[Item, ...], person: Address, scene: Scene, rules: Rules
) -> bool:
    """Whether the sentence, put to ``person`` as the one the mail is written to (the agent
    only copied), asks for the writer and someone it speaks of as a third person: a
    `third_words` pronoun ("introduce him to me", "ihn mir vorstellen", "mo", "kwake") or
    one of `object_pronouns` written in lower case ("sie mir vorstellen", "me le
    présenter"; German "Sie" is the one asked). The one asked introduces; "him" is
    someone else, named or not, and never the one written to. The one the text greets
    alone is written to as well, the agent on To beside them ("Hallo Inês, ...")."""
    if not _written_to(person, scene):
        return False
    for item in sentence:
        if item.kind == "third":
            return True
        if item.lower in rules.object_pronouns and not scene.text[item.start : item.end].istitle():
            return True
    return False


def _referred_third(
    pleas: Sequence[tuple[Item, ...]], people: Sequence[Address], scene: Scene, rules: Rules
) -> Resolved | None:
    """Whom the "him" of a plea beside the writer's "me" stands for, when a sentence
    opening on one of the
    referent_leads named them with an address (``Scene.third``, see
    requests._referred) and everyone else on the mail is one it is written to: "Podes mo
    apresentar? Refiro-me ao Oliver Brandt (oliver@...)" to Ana. None otherwise."""
    third = scene.third
    if third is None or not third.certain or not third.party.email:
        return None
    if not any(
        any(item.kind == "third" for item in plea) and _of_writer(plea, rules) for plea in pleas
    ):
        return None
    if rules.referent_lead_re.search(normal_text(scene.text)) is None:
        return None
    key = third.party.email.casefold()
    recipients = {a.email.strip().casefold().rstrip(".") for a in scene.recipients}
    others = [p for p in people if p.email.casefold() != key]
    if len(others) == len(people) or any(p.email.casefold() not in recipients for p in others):
        return None
    return third


def _written_to(person: Address, scene: Scene) -> bool:
    """Whether ``person`` is the one the mail is written to: on To with the agent only
    copied, or the one the text greets alone."""
    key = person.email.strip().casefold().rstrip(".")
    return key in scene.written_to or (len(scene.greeting) == 1 and _greets(person, scene))


# The kinds of items a question put to the one written to holds when it names no one
# but the writer: words, marks, the writer, and "you".
_ONLY_US = frozenset({"word", "punct", "end", "self", "you"})


def _asks_them_to_present(
    sentence: tuple[Item, ...], person: Address, scene: Scene, rules: Rules
) -> bool:
    """Whether the sentence is a question put to ``person`` as the one the mail is written
    to, the agent only copied, asking them to present the writer and naming no one else:
    "Hi Ines, could you introduce me?", "Pourrais-tu me présenter ?", "¿Me puedes
    presentar?", "Podes apresentar-me?", "Unaweza kunitambulisha?". The one asked
    presents, and the one the writer is to meet is not said, so the writer and the one
    asked are no pair; a question to meet them ("would you like to meet me?") holds one
    of ``pair_verbs`` and still pairs them."""
    # Only one on To with the agent copied: a mail to the agent may open on the name of
    # the one it asks to meet ("Hana Mori (...) runs grid partnerships ... Would you be up
    # for introducing me?").
    key = person.email.strip().casefold().rstrip(".")
    if not sentence or sentence[-1].lower != "?" or key not in scene.written_to:
        return False
    if any(item.kind not in _ONLY_US for item in sentence):
        return False
    words = {without_accents(item.lower) for item in sentence if item.kind == "word"}
    presents = not words.isdisjoint(rules.presenting_verbs) or not words.isdisjoint(
        rules.self_verbs
    )
    return presents and words.isdisjoint(rules.pair_verbs)


def _greets(person: Address, scene: Scene) -> bool:
    """Whether the one greeting of the text is ``person``: who it resolves to, or their
    first name, read without accents ("Hi Ines" to Inês Carvalho)."""
    greeting = scene.greeting[0]
    resolved = resolve_mention(greeting, scene)[0].party.email or ""
    if resolved.casefold() == person.email.strip().casefold():
        return True
    said = without_accents((greeting.name or "").casefold()).split()
    return bool(said and person.name) and said[0] == without_accents(first_word(person).casefold())


def _unaddressed_names(scene: Scene, people: Sequence[Address]) -> list[str]:
    """The names the text writes that are none of ``people`` and not the writer's: those
    it speaks of without an address ("our daughter Ana")."""
    me = scene.me.party.name if scene.me and scene.me.party.name else ""
    mine = set(without_accents(me.casefold()).split())
    out = []
    for name in scene.text_names:
        words = without_accents(name.casefold()).split()
        if not words or set(words) <= mine:
            continue
        if any(
            p.name
            and (
                set(words) <= set(without_accents(p.name.casefold()).split())
                or without_accents(first_word(p).casefold()).startswith(words[0])
            )
            for p in people
        ):
            continue
        out.append(name)
    return out


def _us_after_two(
    sentence: tuple[Item, ...], items: Sequence[Item], scene: Scene, rules: Rules
) -> bool:
    """Whether the sentence speaks of the writer as "us" ("nous", "nos", "uns", "sisi",
    or a verb carrying it, ``plural_self_verbs``: "presentarnos", "tuunganishe") after
    two people or more are named (``named_before``, in the text before it or in the
    sentence before "us"): who "us" is, besides the writer, is then not said. What is
    told before an ask describes: a name after one of ``description_places`` ("a small
    bakery in San Antonio") is a place, and one an address's domain spells ("runs Bright
    Mesa Roasters, his email is jordan@brightmesaroasters.com") or of two words or more
    closing on an organisation's word ("Ms Aoife Brennan of Brennan Career Partners",
    "Riverside Housing Association") a company."""
    at = next(
        (
            n
            for n, item in enumerate(sentence)
            if item.kind == "us" or item.lower in rules.plural_self_verbs
        ),
        None,
    )
    if at is None:
        return False
    start = sentence[0].start
    told = [*(item for item in items if item.end <= start), *sentence[:at]]
    domains = {
        label
        for item in items
        if item.kind == "email" and item.email
        for label in item.email.casefold().partition("@")[2].split(".")
    }
    before = [
        item
        for n, item in enumerate(told)
        if item.kind != "name"
        or not (
            (n and told[n - 1].lower in rules.description_places)
            or _LETTERS.sub("", without_accents((item.name or "").casefold())) in domains
            or organisation_named(item.name or "", rules)
        )
    ]
    return len(named_before(before, scene, rules)) > 1


# How far before "two people" a "me" makes the writer one of them ("me présenter deux
# personnes", "¿Me podrías presentar a dos personas?"); further off it is the writer
# asking ("Je me permets de vous solliciter afin que vous mettiez en relation ...").
_COUNT_SELF_WINDOW = 5


def named_pair(
    asking: Sequence[tuple[str, tuple[Item, ...]]],
    items: Sequence[Item],
    scene: Scene,
    rules: Rules,
) -> tuple[Resolved, Resolved] | None:
    """The two people named before a plea to introduce "them" ("les", "los", "sie
    miteinander", "os", "wao", "the two", "die beiden", or a verb carrying them:
    "ponerlos", "kuwaunganisha"; ``both_words`` and ``them_words``), even when one of
    them has no address: "Ma fille Camille Roux (camille@...) ... le Dr Benoît Lemaire
    ... Pourriez-vous les mettre en contact ?". A person is someone named with a first
    name and a surname, a title and a surname, or an address, besides the writer and
    those written to; those named earlier in the plea's own sentence count too, as a
    mail written in one run has them ("... Owen Pryce is a vet ... could you introduce
    them chloes email is ..."). Each is certain only with a certain address, so a pair
    with a name alone is asked about. Another count, the writer in the plea ("could you
    introduce me to them"), or someone else named after it ("introduce them to Anne
    Petit") is no pair. ``items`` are the whole text's tokens."""
    found = named_pair_at(asking, items, scene, rules)
    return found[0] if found else None


def named_pair_at(
    asking: Sequence[tuple[str, tuple[Item, ...]]],
    items: Sequence[Item],
    scene: Scene,
    rules: Rules,
) -> tuple[tuple[Resolved, Resolved], int] | None:
    """The pair ``named_pair`` finds and where the plea that asks for it ends."""
    ends = rules.them_ends
    for said, sentence in asking:
        if not _of_two_others(said, sentence, rules) or not _pleads(said, sentence, rules):
            continue
        if not (rules.intent_re.search(said) or rules.them_re.search(said)):
            continue
        pivot = next(
            (n for n, item in enumerate(sentence) if item.kind == "they" or item.lower in ends),
            None,
        )
        if pivot is None:
            continue
        if _of_writer(sentence[max(0, pivot - _PLEA_REACH) : pivot + _PLEA_REACH], rules):
            continue
        start = sentence[0].start
        before = [item for item in items if item.end <= start]
        named = named_before([*before, *sentence[:pivot]], scene, rules)
        if len(named) < 2 and rules.both_re.search(said) is not None:
            # "My daughter Cerys ... Gethin at the woollen mill ... Would you be able to
            # introduce the two of them.": "the two" counts two people, so listed first
            # names alone are read as the people they are, never certain.
            named = named_before([*before, *sentence[:pivot]], scene, rules, lone=True)
        if len(named) != 2:
            return None
        after = named_before(sentence[pivot + 1 :], scene, rules)
        if not all(any(same_person(one, other) for other in named) for one in after):
            # "Could you introduce them to Anne Petit?": "them" is one side only.
            return None
        return (named[0], named[1]), sentence[-1].end
    return None


# How many words either side of "them" make the plea's clause ("could you introduce
# them", "können Sie die beiden zusammenbringen"), where the writer would be asked for.
_PLEA_REACH = 4


# How many words after "they should" may come before the verb ("sie sollten sich
# unbedingt einmal kennenlernen").
_MEET_WINDOW = 5


def should_meet_pair(
    items: Sequence[Item], scene: Scene, rules: Rules, named_within: bool = False
) -> tuple[Resolved, Resolved] | None:
    """The two people named before a sentence saying that they should meet ("I think
    they should meet", "ils devraient se rencontrer", "deberían conocerse", "sie sollten
    sich kennenlernen", "eles deveriam se conhecer", "wanapaswa kukutana": one of
    ``they_modals``, then one of ``pair_verbs`` within a few words), as ``named_pair``
    finds them. Not when the verb turns to someone or something else ("they should
    meet the deadline", "talk to the lawyer"), to a place or a time ("meet at the
    station"), when a negation stands in the sentence ("I don't think they should
    meet"), or when the sentence names someone itself. With ``named_within``, for a
    second pair told after a first one's plea, the two may be named in the sentence
    itself, before the modal ("And Kenji Watanabe (...) and Alicia Brandt (...) keep
    hitting the same problems, so they should meet as well")."""
    start = 0
    for index in range(len(items) + 1):
        if index < len(items) and items[index].kind != "end":
            continue
        begin, start = start, index + 1
        sentence = tuple(items[begin:index])
        words = [item.lower for item in sentence]
        at = _modal_at(words, rules)
        wished = None if at is not None or named_within else _pair_wish(words, rules)
        if wished is not None:
            at, end = wished
        elif at is not None:
            modal = next(m for m in rules.they_modals if tuple(words[at : at + len(m)]) == m)
            end = at + len(modal)
        else:
            continue
        if any(word in rules.negations for word in words):
            return None
        window = sentence[end : end + _MEET_WINDOW]
        verbs = rules.pair_verbs | rules.wished_verbs if wished else rules.pair_verbs
        verb = next((n for n, item in enumerate(window) if item.lower in verbs), None)
        if verb is None or not _meets_each_other(window[verb + 1 :], rules):
            return None
        if wished is not None and any(item.kind in _OTHERS_THAN_BOTH for item in window[:verb]):
            # "me gustaría que me conocieran", "gostaria que você os conhecesse": the
            # writer or the one written to is among those meeting.
            return None
        named = named_before(items[: begin + at if named_within else begin], scene, rules)
        if wished is not None and len(named) > 2 and begin < len(items):
            # "Some news first: ... from Trollope to Hilary Mantel ...\n\nNow to business.
            # ... Daniel Okonkwo ... My niece, Harriet Bell ... I would very much like the
            # two of them to meet": the two named in the wish's own paragraph.
            opens = scene.text.rfind("\n\n", 0, items[begin].start) + 1
            named = named_before(
                [item for item in items[:begin] if item.start >= opens], scene, rules
            )
        if len(named) != 2:
            return None
        if _names_someone(sentence[at:] if named_within else sentence, named):
            return None
        return (named[0], named[1])
    return None


# What may not stand between a wish and its verb: anyone but the two ("los dos" is a
# group).
_OTHERS_THAN_BOTH = frozenset({"name", "email", "self", "us", "you", "third", "call"})
# Words of ``wish_adverbs`` that may stand between two words of a wish.
_WISH_ADVERBS = 3


def _modal_at(words: Sequence[str], rules: Rules) -> int | None:
    """Where the first of ``they_modals`` stands in a sentence's words, or None. Only a
    word opening a modal is looked at (an empty modal, none in the rules, opens at the
    first): most sentences hold none and are passed over at once."""
    heads = rules.they_modal_heads
    anywhere = () in rules.they_modals
    if heads.isdisjoint(words) and not anywhere:
        return None
    for n, word in enumerate(words):
        if word not in heads and not anywhere:
            continue
        if any(tuple(words[n : n + len(modal)]) == modal for modal in rules.they_modals):
            return n
    return None


def _pair_wish(words: Sequence[str], rules: Rules) -> tuple[int, int] | None:
    """Where one of ``pair_wishes`` stands in a sentence's words, up to three of
    ``wish_adverbs`` between its words ("i would very much like the two of them to"):
    its first word and the one after its last, or None."""
    if rules.pair_wish_heads.isdisjoint(words):
        return None
    for start, word in enumerate(words):
        if word not in rules.pair_wish_heads:
            continue
        for wish in rules.pair_wishes_by_head.get(word, ()):
            end = wish_end(words, start, wish, rules)
            if end is not None:
                return start, end
    return None


def wish_end(words: Sequence[str], start: int, wish: tuple[str, ...], rules: Rules) -> int | None:
    """Where ``wish``, opening at ``start``, ends in ``words`` (the index after its last
    word), up to three of ``wish_adverbs`` before each of its words; None where it does
    not stand there."""
    cursor = start + 1
    for part in wish[1:]:
        skipped = 0
        while (
            cursor < len(words)
            and words[cursor] != part
            and words[cursor] in rules.wish_adverbs
            and skipped < _WISH_ADVERBS
        ):
            cursor += 1
            skipped += 1
        if cursor >= len(words) or words[cursor] != part:
            return None
        cursor += 1
    return cursor


def _meets_each_other(after: Sequence[Item], rules: Rules) -> bool:
    """Whether what follows a verb of meeting keeps it between the two: nothing, "each
    other", "as well", a time clause ("before he reinvents the wheel"); not someone or something
    else ("the deadline", "Carla", "with the lawyer") nor a place ("at the station")."""
    if len(after) > 1 and f"{after[0].lower} {after[1].lower}" in rules.also_words:
        # "they should meet as well": "as" is no place ("as" is an article too).
        after = after[2:]
    if not after:
        return True
    first = after[0]
    if first.kind in ("name", "email", "third", "they") or first.lower in (
        rules.other_party_heads | rules.appointment_preps
    ):
        return False
    if first.lower in rules.other_party_preps:
        following = after[1] if len(after) > 1 else None
        return following is not None and following.lower in rules.mutual_words
    return True


def _names_someone(sentence: Sequence[Item], pair: Sequence[Resolved] = ()) -> bool:
    """Whether a sentence names someone, a capitalised word opening it aside ("Unaweza"),
    and one of ``pair`` named again aside ("I would like the two of them to meet, and
    Harriet has already said she would be glad to")."""
    opening = next((n for n, item in enumerate(sentence) if item.kind != "punct"), 0)
    return any(
        item.kind in ("name", "email")
        and (n != opening or " " in (item.name or ""))
        and not any(item.kind == "name" and same_name(item.name, one.party.name) for one in pair)
        for n, item in enumerate(sentence)
    )


def _counts_pair(sentence: tuple[Item, ...], rules: Rules) -> bool | None:
    """Whether the sentence asks about a pair by its count ("two people", "deux
    personnes", "dos personas", "zwei Personen", "duas pessoas", "watu wawili", "the
    following"): True; False when the count is the other side of someone ("introduce me
    to two people", "our CEO with two people") or the writer is among them ("me
    présenter deux personnes", "introduce two people to me"); None without a count."""
    if rules.pair_count_heads.isdisjoint(item.lower for item in sentence):
        return None
    words = [item.lower for item in sentence]
    for at, word in enumerate(words):
        if word not in rules.pair_count_heads:
            continue
        count = next(
            (
                c
                for c in rules.pair_counts_by_head.get(word, ())
                if tuple(words[at : at + len(c)]) == c
            ),
            None,
        )
        if count is None:
            continue
        personal = at > 1 and words[at - 2] in rules.intent_ends
        if at > 0 and words[at - 1] in rules.pair_count_preps and not personal:
            # Right after the intro word, "a" marks whom it introduces ("poner en
            # contacto a dos personas").
            return False
        aside = _count_clause(sentence, at + len(count), rules)
        for near, item in enumerate(sentence):
            if item.lower in rules.self_verbs:
                return False
            if near in aside:
                continue
            writer = item.kind in ("self", "us") and item.lower in rules.object_self_words
            if writer and (near > at or at - near <= _COUNT_SELF_WINDOW):
                return False
        return True
    return None


def _count_clause(sentence: tuple[Item, ...], after: int, rules: Rules) -> range:
    """Where a relative clause right after a count of people stands, up to a comma or a
    colon ("deux collègues dont les travaux me semblent complémentaires :", "two
    colleagues whose work I admire"): the writer spoken of there is not one of them. A
    clause that holds an intro word ("deux personnes que vous pourriez me présenter")
    is no aside; an empty range without such a clause."""
    if after >= len(sentence) or sentence[after].lower not in rules.relative_words:
        return range(0)
    end = after + 1
    while end < len(sentence) and sentence[end].lower not in _CLAUSE_ENDS:
        if sentence[end].lower in rules.intent_words or sentence[end].lower in rules.self_verbs:
            return range(0)
        end += 1
    return range(after, end)


# What ends a relative clause after a count of people.
_CLAUSE_ENDS = frozenset({",", ":", ";", "(", "-", "\u2013"})


def _wished_count(said: str, sentence: tuple[Item, ...], rules: Rules) -> bool | None:
    """Whether a sentence that wishes ("I'd like to", "je voudrais", "me gustaría",
    "ich möchte", "gostaria", "ningependa"; ``wishes``) asks about a pair by its count, as
    ``_counts_pair`` reads a plea: "I'd like to connect two people", "Je voudrais mettre
    en contact deux personnes", "zwei Menschen miteinander bekannt machen". None where it
    does not wish or counts no one. False where the two are someone's other side: the
    writer's ("I'd love to connect with two people") or another's ("introduce two people
    to our CEO"), a count right after or before one of ``pair_count_preps`` ("poner en
    contacto a dos personas" only marks them, one of ``pair_count_markers`` right after
    an intro word), or the one written to's ("Je voudrais vous présenter deux
    personnes")."""
    if rules.pair_count_heads.isdisjoint(item.lower for item in sentence):
        return None
    if rules.wish_re.search(said) is None:
        return None
    words = [item.lower for item in sentence]
    for at, word in enumerate(words):
        if word not in rules.pair_count_heads:
            continue
        count = next(
            (
                c
                for c in rules.pair_counts_by_head.get(word, ())
                if tuple(words[at : at + len(c)]) == c
            ),
            None,
        )
        if count is None:
            continue
        after = at + len(count)
        before = words[at - 1] if at > 0 else ""
        marks = before in rules.pair_count_markers and at > 1 and words[at - 2] in rules.intent_ends
        if (before in rules.pair_count_preps and not marks) or (
            after < len(words) and words[after] in rules.pair_count_preps
        ):
            return False
    if any(item.kind in ("you", "group", "call") for item in sentence):
        return False
    return _counts_pair(sentence, rules)


def handed_over_pair(
    wanting: Sequence[tuple[str, tuple[Item, ...]]], scene: Scene, rules: Rules
) -> tuple[Resolved, Resolved] | None:
    """The pair a forwarded mail asks for when the note above it only hands it over
    ("can you?", "¿puedes?"): its author, ``scene.me``, wanting to talk with or meet
    ("Any chance you could get us talking? His email is ravi@...", "Me encantaría hablar
    con él ... (sergio@...)") the one person the mail names with an address, besides the
    forwarder it was written to. ``wanting`` are its sentences that wish or plead for
    contact; one must speak of the author ("us", "me"). Any other count is no pair."""
    me = scene.me
    if not wanting or me is None or not me.party.email:
        return None
    if not any(_writer_in(items, rules) for _, items in wanting):
        return None
    people = people_on_mail(scene)
    if len(people) != 1:
        return None
    return me, party_of(people[0])


def someone_sought_pair(
    asking: Sequence[tuple[str, tuple[Item, ...]]], scene: Scene, rules: Rules
) -> tuple[Resolved, Resolved] | None:
    """The pair a forwarded mail asks for when the note above it only hands it over ("Can
    you help here?", "Unaweza kusaidia hapa?") and its author asks the forwarder to put
    them in touch with someone not yet found ("If you know someone good, please put us in
    touch", "Kama unamjua mtu mzuri, tafadhali tuunganishe"): the author, ``scene.me``,
    and no one yet, so the pair is asked about. A sentence of ``asking`` (the mail's asks,
    and its sentences with an intro word that plead or ask) holds one of
    ``someone_cues``, speaks of the author ("me", "us", a verb carrying them) and names
    no one; anyone written with an address on the mail besides the
    forwarder may be the one meant, and there is no pair."""
    me = scene.me
    if me is None or not me.party.email or people_on_mail(scene):
        return None
    for said, sentence in asking:
        if rules.someone_re.search(said) is None:
            continue
        if any(item.kind in _NAMING_KINDS for item in sentence):
            continue
        if not _pleads(said, sentence, rules) and rules.trigger_re.search(said) is None:
            # "Si conoces a alguien, nos pusimos en contacto": told, not asked.
            continue
        if _writer_in(sentence, rules) or any(
            item.lower in rules.plural_self_verbs for item in sentence
        ):
            return me, Resolved(Party(None, None), False)
    return None


# What names someone in a sentence, or points at someone told of before.
_NAMING_KINDS = frozenset({"name", "email", "third", "they", "group"})


def _writer_in(sentence: tuple[Item, ...], rules: Rules) -> bool:
    """Whether the writer is in the sentence, as subject or object ("we", "me", "us")."""
    for item in sentence:
        word = item.lower.replace("\u2019", "'")
        if item.kind in ("self", "us") or word in rules.self_verbs or word in rules.writer_words:
            return True
        if "'" in word and word.partition("'")[0] + "'" in rules.writer_words:
            # "j'aimerais", "we'd"
            return True
    return False


def copied_note_pair(
    text: str, items: Sequence[Item], scene: Scene, rules: Rules
) -> tuple[Resolved, Resolved] | None:
    """The two written to, when a sentence of ``text`` (the writer's own, tokenized as
    ``items``) copies the agent in to ask them both: one of ``copy_cues`` ("I've copied
    in that introduction service ..., it'll check with you both first", "Je mets le
    service d'introductions en copie : il vous demandera votre accord à chacun",
    "Copiei o assistente de apresentações, ele fala com cada um antes"), and in the
    same sentence the two together ("you both", ``group_words``) or each of them
    (``each_words``: "à chacun", "cada um"); neither of the two named in it ("I've
    copied in my assistant Jo ... with you both") and nothing negated. An intro word
    alone is not enough here ("cc'd my intro bot"). The people on the mail must be the
    two written to, each named in the mail (``_both_named``); the caller has the agent
    on Cc only."""
    people = people_on_mail(scene)
    if not _both_named(scene, people):
        return None
    start = 0
    for index in range(len(items) + 1):
        if index < len(items) and items[index].kind != "end":
            continue
        sentence, start = items[start:index], index + 1
        if not sentence:
            continue
        said = normal_text(text[sentence[0].start : sentence[-1].end])
        if rules.copy_cue_re.search(said) is None:
            continue
        if _names_one_of(sentence, people) or any(
            item.lower in rules.negations for item in sentence
        ):
            continue
        if rules.each_re.search(said) or any(item.kind in ("group", "call") for item in sentence):
            return party_of(people[0]), party_of(people[1])
    return None


def mutual_you_pair(
    text: str, items: Sequence[Item], scene: Scene, rules: Rules
) -> tuple[Resolved, Resolved] | None:
    """The two written to, when a sentence of ``text`` (the writer's own, tokenized as
    ``items``) wishes to introduce them to each other, speaking to them in a formal or
    plural "you": an intro word and one of ``them_words`` (a reciprocal, "l'un à
    l'autre", "um ao outro", "el uno al otro", "miteinander", "each other"; or a verb
    carrying them, "ponerlos"), in a wish or a plea ("Je souhaiterais vous présenter
    l'un à l'autre", "Permettez-moi de vous présenter l'un à l'autre", "Me gustaría
    ponerlos en contacto", "Gostaria de apresentá-los um ao outro", "Ich möchte Sie
    heute gerne miteinander in Kontakt bringen"). Not a question, nothing negated nor
    told as done (``met_cues``), no thing presented, not turned to someone else, no one
    named in it but the two, and the writer, or "us", not among those introduced ("me
    présenter", "presentarnos"; the "me" of "me gustaría" wishes). The people on the
    mail must be the two written to (``people_on_mail``), certain only when the mail
    names both; the caller has the agent on Cc only."""
    people = people_on_mail(scene)
    keys = {r.key for r in scene.recipients}
    if len(people) != 2 or len(keys) != 2 or {p.key for p in people} != keys:
        return None
    start = 0
    for index in range(len(items) + 1):
        if index < len(items) and items[index].kind != "end":
            continue
        sentence, start = tuple(items[start : index + 1]), index + 1
        if len(sentence) < 2 or any(item.lower == "?" for item in sentence):
            continue
        span = text[sentence[0].start : sentence[-1].end]
        said = span.casefold().replace("\u2019", "'")
        if (
            rules.intent_re.search(said) is None
            or rules.wish_re.search(said) is None
            or rules.them_re.search(said) is None
            or rules.met_re.search(said) is not None
            or any(item.lower in rules.negations for item in sentence)
        ):
            continue
        if _to_another(sentence, rules) or any(item.email for item in sentence):
            continue
        # "Ningependa kuwatambulisha kwa huduma yetu mpya": a thing presented to the two.
        if _presents_thing(sentence, rules) or presents_thing(sentence, rules):
            continue
        # "ich möchte Ihnen beiden gern einander vorstellen" stays between the two;
        # "Ihnen beiden Herrn Becker vorstellen" presents him to them.
        if presents_to_the_two(sentence, rules, people):
            continue
        wished = [m.span() for m in rules.wish_re.finditer(said)] if len(said) == len(span) else []
        in_wish = _within(wished, sentence[0].start)
        if _introduces_writer(sentence, in_wish, rules):
            continue
        # "Permettez-moi": a word of the wish, capitalised, names no one.
        names = [i.name for i in sentence if i.kind == "name" and i.name and not in_wish(i)]
        if not all(names_one_of_two(name, people) for name in names):
            continue
        both = _both_named(scene, people)
        return (
            Resolved(party_of(people[0]).party, both),
            Resolved(party_of(people[1]).party, both),
        )
    return None


def _names_another(sentence: tuple[Item, ...], people: Sequence[Address]) -> bool:
    """Whether a sentence names, after a title, someone who is neither of ``people``
    ("kwa Bw. Juma", "to Dr. Lee"); a name without one may be a place or a company
    ("Dr Henrik Aalto of the University of Helsinki")."""
    return any(
        item.kind == "name"
        and item.name
        and item.titled
        and not names_one_of_two(item.name, people)
        for item in sentence
    )


def _within(spans: Sequence[tuple[int, int]], origin: int) -> Callable[[Item], bool]:
    """Whether an item lies within one of ``spans``, offsets from ``origin``."""

    def within(item: Item) -> bool:
        return any(s <= item.start - origin and item.end - origin <= e for s, e in spans)

    return within


def _to_another(sentence: tuple[Item, ...], rules: Rules) -> bool:
    """Whether an intro word of the sentence turns to someone else: one of
    ``other_party_preps`` after it, then one of ``other_party_heads``, a name or an
    address ("ponerlos en contacto con nuestro abogado", "apresentá-los ao nosso
    diretor"); "l'un à l'autre", "um ao outro" stay between the two."""
    seen = False
    for at, item in enumerate(sentence[:-1]):
        if item.kind == "word" and (
            item.lower in rules.intent_ends or item.lower in rules.them_words
        ):
            seen = True
        elif seen and item.lower in rules.other_party_preps:
            head = sentence[at + 1]
            if head.kind in ("name", "email") or head.lower in rules.other_party_heads:
                return True
    return False


def _introduces_writer(
    sentence: tuple[Item, ...], in_wish: Callable[[Item], bool], rules: Rules
) -> bool:
    """Whether the writer, or "us", is among those a sentence introduces: a verb carrying
    them ("presentarme", "presentarnos"), "us" anywhere, or an object "me" outside the
    wish that asks (``in_wish``: "me gustaría", "permettez-moi de")."""
    if any(item.lower in rules.self_verbs or item.kind == "us" for item in sentence):
        return True
    return any(
        item.kind == "self" and item.lower in rules.object_self_words and not in_wish(item)
        for item in sentence
    )


def _names_one_of(sentence: Sequence[Item], people: Sequence[Address]) -> bool:
    """Whether a sentence writes an address or names one of ``people``, as the mail's
    headers show them or as their address spells them ("I've copied in my assistant
    Jo"); a capitalised noun ("den Vorstellungsdienst in Kopie") is no one of them."""
    names = [item.name for item in sentence if item.kind == "name" and item.name]
    if any(item.email for item in sentence):
        return True
    return bool(names) and any(named_in_text(p, names, (), "") for p in people)


def _both_named(scene: Scene, people: Sequence[Address]) -> bool:
    """Whether the people on the mail are the two it is written to, each named in it."""
    keys = {r.key for r in scene.recipients}
    if len(people) != 2 or len(keys) != 2 or {p.key for p in people} != keys:
        return False
    firsts = {p.name.casefold().split()[0] for p in people if p.name and p.name.split()}
    return all(p.name and named_in_mail(p, scene, firsts) for p in people)


def _presents_thing(sentence: tuple[Item, ...], rules: Rules) -> bool:
    """Whether an intro verb of the sentence presents a thing to someone: a determiner
    right after it, one or more plain words, a word turning to someone, and a person
    ("présente son projet à Yves Konan", "present her deck to Bob", "presente su
    proyecto a", "apresentasse o projeto ao Rui"). A name after the determiner ("a
    Joana ao Rui") or a description set off by a comma is a person presented."""
    count = len(sentence)
    for at in range(count - 4):
        verb, first = sentence[at], sentence[at + 1]
        if verb.kind != "word" or verb.lower not in rules.intent_words:
            continue
        if first.kind in ("name", "email") or first.lower not in rules.thing_determiners:
            continue
        end = at + 2
        while end < count and sentence[end].kind == "word":
            if sentence[end].lower in rules.thing_preps and end > at + 2:
                break
            end += 1
        if (
            end + 1 < count
            and end > at + 2
            and sentence[end].lower in rules.thing_preps
            and sentence[end + 1].kind in ("name", "email", "third")
        ):
            return True
    return False


_ATTRIBUTION_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})


def _attributed(sentence: tuple[Item, ...], rules: Rules) -> bool:
    """Whether the sentence ends by saying who spoke it: a comma or a dash, then a verb
    of saying ("..., says Daniel Cho", "..., dit Awa Ndiaye", "..., sagt Herr Weber",
    "..., anasema Juma")."""
    return any(
        item.lower in _ATTRIBUTION_MARKS
        and after.kind == "word"
        and after.lower in rules.report_verbs
        for item, after in pairwise(sentence)
    )


_PERSON_KINDS = frozenset({"name", "email", "third"})


def _named_in_clause(sentence: tuple[Item, ...], rules: Rules) -> bool:
    """Whether, after an intro word, a relative clause about a thing names someone: a
    word, then a relative word, after a comma or (for ``bare_relative_words``) right
    after the word ("the new process, which Daniel Cho runs", "someone who knows Daniel
    Cho", "le nouveau processus, que Daniel Cho dirige", "das neue Verfahren, das Daniel
    Cho leitet", "timu, ambayo Daniel Cho anaiongoza"). A clause after the person ("Daniel
    Cho (...), who runs the new process") is about that person, who is asked for."""
    asked = False
    for at, item in enumerate(sentence):
        word = item.lower
        if not asked:
            # An intro word of more than one ("in touch", "em contacto", "mettre en
            # relation") ends on this one.
            asked = item.kind == "word" and (
                word in rules.intent_words
                or word in rules.self_verbs
                or (at >= 1 and f"{sentence[at - 1].lower} {word}" in rules.intent_words)
                or (
                    at >= 2
                    and f"{sentence[at - 2].lower} {sentence[at - 1].lower} {word}"
                    in rules.intent_words
                )
            )
            continue
        if item.kind != "word" or at < 2:
            continue
        before = sentence[at - 1]
        # "o carpinteiro que a Rosa menciona", "le charpentier que Rosa mentionne": a
        # relative word right after a noun its article or possessive opens (after a verb,
        # "que" says what is wished: "gostaria que a Rosa ...").
        described = (
            word in rules.relative_words
            and before.kind == "word"
            and sentence[at - 2].lower in rules.descriptor_starts
        )
        opens = (
            (
                word in rules.relative_words
                and before.lower == ","
                and sentence[at - 2].kind == "word"
            )
            or (word in rules.bare_relative_words and before.kind == "word")
            or described
        )
        if opens:
            # A colon ends the clause: "deux collègues dont les travaux se complètent :
            # le Pr Kouyaté (...) et Mme Rousseau (...)" lists the ones asked for after it.
            clause = takewhile(lambda later: later.lower != ":", sentence[at + 1 :])
            return any(later.kind in _PERSON_KINDS for later in clause)
    return False


def _of_two_others(said: str, sentence: tuple[Item, ...], rules: Rules) -> bool:
    """Whether the sentence asks about two others: "them" ("les", "wao"), "the two",
    "die beiden", "les deux", "wote wawili" (``both_words``), or "miteinander",
    "ponerlos", "kuwaunganisha" (``them_words``)."""
    return (
        any(item.kind == "they" for item in sentence)
        or _both_of_others(said, rules)
        or rules.them_re.search(said) is not None
    )


def _both_of_others(said: str, rules: Rules) -> bool:
    """Whether one of ``both_words`` stands in the sentence outside the writer's "us"
    (``self_pair_phrases``: "the two of us", "both of us", "uns beide", "nós dois"),
    where it speaks of the writer and one other, not of two others."""
    found = rules.both_re.search(said)
    if found is None:
        return False
    ours = [m.span() for m in rules.self_pair_re.finditer(said)]
    if not ours:
        return True
    return any(
        not any(start <= m.start() and m.end() <= end for start, end in ours)
        for m in rules.both_re.finditer(said)
    )


def _pleads(said: str, items: tuple[Item, ...], rules: Rules) -> bool:
    """A question, or a sentence with words that ask ("please", "könnten Sie", "naomba")
    or a command to introduce two others (``them_commands``: "Preséntalos.")."""
    if any(item.lower == "?" for item in items):
        return True
    return rules.plea_re.search(said) is not None or rules.them_command_re.search(said) is not None


# How many words a description of someone presented may hold before the word leading
# to the other side ("my new cofounder to", "meinen Mitgründer mit").
_MAX_PRESENTED_WORDS = 3


def _presents_another(sentence: tuple[Item, ...], people: Sequence[Address], rules: Rules) -> bool:
    """Whether the sentence asks that someone it does not name with an address be
    presented to others: a name none of ``people`` (those on the mail with an address),
    or a description (``presented_possessives`` and up to ``_MAX_PRESENTED_WORDS``
    words), right before a word leading to the other side
    ("Could you introduce my cofounder to:", "introduce Tom to", "présenter mon associé
    à :", "meinen Mitgründer mit diesen beiden", "kumtambulisha mwenzangu kwa:"). The
    people listed after it are that one's other side, not a pair of their own. "The two"
    or "both" ("introduce the two to each other") is no one else."""
    said = f" {' '.join(item.lower for item in sentence)} "
    if any(f" {phrase} " in said for phrase in rules.reciprocals):
        # "my two colleagues to each other", "l'une à l'autre": the two are to meet.
        return False
    leads = rules.other_party_preps | rules.pair_count_preps
    for at, item in enumerate(sentence):
        if item.kind == "name" and item.email is None and item.name:
            if (
                at + 1 < len(sentence)
                and sentence[at + 1].lower in leads
                and not names_one_of_two(item.name, people)
            ):
                return True
            continue
        if item.kind != "word" or item.lower not in rules.presented_possessives:
            continue
        for after in sentence[at + 1 : at + 2 + _MAX_PRESENTED_WORDS]:
            if after.lower in leads:
                # "kumtambulisha mwenzangu kwa": a noun that opens a description alone.
                return True
            if (
                after.kind != "word"
                or after.lower in rules.both_words
                or after.lower in rules.them_ends
                or after.lower in rules.reciprocals
                or after.lower in rules.conjunctions
                or after.lower.isdigit()
            ):
                break
    return False


def _by_another(sentence: tuple[Item, ...], scene: Scene, rules: Rules) -> bool:
    """Whether the writer, the object of an intro word beside it ("me conecta", "me
    présente", "introduce me"), is to be introduced by someone other than the one written
    to (``done_by_another``): "Ele me conecta com a Ana Souza (...)?", "Il me met en
    relation avec Ana ?" ask nothing of the agent."""
    if not rules.other_subjects:
        return False
    for at, item in enumerate(sentence):
        if item.kind not in ("self", "us") or item.lower not in rules.object_self_words:
            continue
        near = " ".join(i.lower for i in sentence[max(at - 1, 0) : at + 6] if i.kind == "word")
        asked = any(i.lower == "?" for i in sentence)
        if rules.intent_re.search(near) and done_by_another(sentence[:at], asked, scene, rules):
            return True
    return False


def _of_writer(sentence: tuple[Item, ...], rules: Rules, favour: bool = True) -> bool:
    """Whether the sentence names the writer as one to introduce: an object pronoun
    ("me", "us", "mich", "nos") in a clause with an intro word, never the "I" who asks,
    nor an "uns" of another clause ("Bitte stellen Sie sie Herrn Baumann vor (...), der
    ist bei uns der Experte"). Without ``favour``, not the writer a favour is done for
    either (``_for_writer``: "do an introduction for me please")."""
    if any(item.lower in rules.self_verbs for item in sentence):
        return True
    clause: list[Item] = []
    aside = False
    for at, item in enumerate((*sentence, None)):
        if item is not None and not _ends_clause(sentence, at):
            if not aside:
                clause.append(item)
            continue
        if (
            item is not None
            and at + 1 < len(sentence)
            and sentence[at + 1].lower in rules.relative_words
        ):
            # "mich mit Amélie Roche (...), die das Programm leitet, und auch mit Bruno
            # Petit (...) bekannt machen": a relative clause is an aside, the clause
            # around it one.
            aside = True
            continue
        if aside:
            aside = False
            if item is not None:
                continue
            # "introduce me to the chief officer in Kisumu, who I'm told can help.": a
            # relative clause running to the sentence's end leaves the clause before it.
        if any(
            i.kind in ("self", "us")
            and i.lower in rules.object_self_words
            and (favour or not _for_writer(clause, n, rules))
            for n, i in enumerate(clause)
        ) and rules.intent_re.search(" ".join(i.lower for i in clause if i.kind == "word")):
            return True
        clause = []
    return False


def _for_writer(clause: Sequence[Item], at: int, rules: Rules) -> bool:
    """Whether the writer at ``at`` is only whom a favour is for: after one of
    ``favour_preps`` ("for me", "pour moi", "para mí", "für mich", "para mim"), the
    clause ending there or a plea following ("for me please"); "an intro for me to
    Jane" or "for me with Jane" names the writer as one to meet."""
    if at == 0 or clause[at - 1].lower not in rules.favour_preps:
        return False
    after = clause[at + 1] if at + 1 < len(clause) else None
    return after is None or after.kind in ("punct", "end") or after.lower in rules.pleas


# What ends a clause within a sentence; a hyphen only with a space beside it, not in
# "apresentar-me", "présentez-moi".
_CLAUSE_MARKS = frozenset({",", ";", "-", "--", "\u2013", "\u2014"})


def _ends_clause(sentence: tuple[Item, ...], at: int) -> bool:
    item = sentence[at]
    if item.lower not in _CLAUSE_MARKS:
        return False
    if item.lower != "-" or at == 0 or at + 1 >= len(sentence):
        return True
    return sentence[at - 1].end != item.start or sentence[at + 1].start != item.end
