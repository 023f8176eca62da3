"""Understanding an incoming mail: an intro request, a mail command, or neither.

The phrasings live in ``rules/requests/{lang}.json`` (who is to meet whom),
``rules/commands/{lang}.json`` and ``rules/not_requests/{lang}.json`` (see
``request_rules``). A mail is read piece by piece (``request_reading``): its own new
text, a forwarded mail, its subject; people are found in each (``request_mentions``),
patterns matched (``request_matching``) and the people resolved (``request_people``),
with the addresses a sentence gives for someone (``request_told``).

The rule is never to guess: a request is ``confident`` only when both people of every
pair and both their addresses are certain (given next to the name, named in the
headers, or known to the address book under exactly one address). Anything less and the
agent asks the requester to confirm.

A command is read in the writer's text; a short one keeps its short mail's reading under
a signature whose lines alone would make it longer ("bitte die Vorstellung mit Frau
Kessler abbrechen, ..." signed with a name, an office and a club).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from agent.message import Address, ParsedMessage
from agent.understanding.address_book import AddressBook
from agent.understanding.commands import (
    MAX_COMMAND_WORDS,
    MAX_OPENING_COMMAND_WORDS,
    CommandMatch,
    aside_status,
    asks_how_it_works,
    asks_how_to_introduce,
    asks_how_to_use,
    cancel_in_agents_thread,
    detect_command,
    named_status_in_agents_thread,
    pronoun_cancel_in_agents_thread,
    status_in_agents_thread,
    strip_subject_prefixes,
)
from agent.understanding.first_names import is_first_name
from agent.understanding.forwards import Forward, author_pronouns, find_forward, header_people
from agent.understanding.quotes import (
    extract_new_text,
    postscript_start,
    quote_headers,
    quoted_message,
)
from agent.understanding.request_alternatives import offers_alternatives
from agent.understanding.request_below import (
    accepts_offer,
    offered_person,
    offers_intro,
    opening_accepts,
    refers_below,
    short_note,
    suggested_person,
)
from agent.understanding.request_conditions import set_on_outside_condition
from agent.understanding.request_contact_blocks import contact_block_start
from agent.understanding.request_copula_names import copula_first_names
from agent.understanding.request_deliveries import delivery_addresses
from agent.understanding.request_dictated import (
    dictated_marks_written,
    spoken_addresses_written,
)
from agent.understanding.request_firm_named import firm_named
from agent.understanding.request_firm_pick import offered_at_firm
from agent.understanding.request_forms import labelled_form, pleads_outside_form
from agent.understanding.request_handover import handed_over_to_agent, names_agent
from agent.understanding.request_held_roles import unnamed_roles
from agent.understanding.request_implied import (
    copied_note_pair,
    handed_over_pair,
    implied_pair,
    mutual_you_pair,
    named_pair_at,
    should_meet_pair,
    someone_sought_pair,
    unsure_them,
)
from agent.understanding.request_informed import informed_copies, without_informed
from agent.understanding.request_joined import joins_unnamed
from agent.understanding.request_known import known_in_lower_case
from agent.understanding.request_links import linked_addresses
from agent.understanding.request_lowered import lower_case_first_names
from agent.understanding.request_mailboxes import (
    list_mailbox,
    office_mailbox,
    role_mailbox,
    shared_mailbox,
    vouched_mailboxes,
)
from agent.understanding.request_matching import owned_first_names
from agent.understanding.request_mentions import Item, tokenize
from agent.understanding.request_model import Pair, Party, RequestResult
from agent.understanding.request_people import (
    Resolved,
    Scene,
    certain_pair,
    distinct_pairs,
    doubted,
    first_word,
    is_agent,
    natural_name,
    party_of,
    plain_name,
    resolve_mention,
    unique_addresses,
)
from agent.understanding.request_proxy import named_principals, principal, stands_in
from agent.understanding.request_quoted_details import points_below, quoted_details
from agent.understanding.request_reading import (
    Reading,
    hands_over,
    holds_excluded,
    moved_before,
    read_text,
    reason_about,
    reason_after,
    wanting_contact,
    without_exclusions,
    without_negated_asks,
    without_trailing_exclusions,
    written_addresses,
)
from agent.understanding.request_recased import recased
from agent.understanding.request_reply_to import reply_to_signer
from agent.understanding.request_reported import without_reported_asks
from agent.understanding.request_retracted import without_retracted_asks
from agent.understanding.request_role_named import role_named
from agent.understanding.request_rules import Rules, admits, compile_pattern, load_rules
from agent.understanding.request_sections import may_hold_sections, ordinal_sections, sectioned
from agent.understanding.request_slips import apostrophed_possessives, corrected_slip
from agent.understanding.request_tokens import (
    ADDRESS,
    addresses_in,
    may_hold,
    normal_text,
    spacy_tokens_of_two,
    without_accents,
    words_in,
)
from agent.understanding.request_told import (
    CARD_NAMED,
    DASHED_ADDRESS,
    dashed_addresses,
    fuller_name,
    labelled_addresses,
    named_contact,
    note_contact,
    roster_addresses,
    row_addresses,
    row_lines,
    signature_addresses,
    signed_block_addresses,
    thread_addresses,
    told_addresses,
    vcard_addresses,
    your_contact,
)
from agent.understanding.request_unconfirmed import unconfirmed_wish
from agent.understanding.request_uninvolved import uninvolved_addresses
from agent.understanding.request_wished import wished_pair
from agent.understanding.request_withdrawn import without_withdrawn_items
from agent.understanding.signatures import (
    cosigners,
    head_name,
    mailbox_signer,
    signature_start,
    signed_from_initial,
    signed_full_name,
    signed_name,
    signed_order,
    signed_short_name,
    signed_title_word,
    without_pasted_rule,
)
from rules.mailer_daemon import is_system_address

__all__ = ["compile_pattern", "load_rules", "understand_request"]

# A request is made in the first lines of a mail; the rest of a huge mail is not read.
MAX_TEXT_CHARS = 20_000
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})


_FORWARD_SUBJECT = re.compile(
    r"^\s*((re|aw|sv|antw|res|r)\s*(\[\d+\])?\s*:\s*)*"
    r"(fwd?|tr|wg|rv|enc|i|vs|doorst)\s*(\[\d+\])?\s*:",
    re.IGNORECASE,
)


# The marker a mail client writes above a forwarded mail, for one attached as a file.
_ATTACHED_MARK = "---------- Forwarded message ---------"


def _is_forward(forward: Forward, subject: str, agent: str) -> bool:
    """Whether a quoted header block is a forward to read, not a reply's quote.

    Outlook quotes the mail it answers under "From:/Sent:" exactly as it forwards one,
    so without a forward marker only a forward's subject ("FW:", "WG:") tells them apart.
    The agent's own mail quoted back is never a forward.
    """
    if forward.author is not None and is_agent(forward.author.email, agent):
        return False
    return forward.marked or bool(_FORWARD_SUBJECT.match(subject))


def _signed_author(forward: Forward, rules: Rules, others: tuple[str, ...]) -> Forward:
    """``forward`` with its author given the address of their own signature when the
    forward's header names them without one ("De : Mohamed Lemine Ould Ahmed" over a mail
    signed "Mohamed Lemine Ould Ahmed\nDirecteur commercial\nm.lemine@..."): a block of
    the forwarded mail opening on the header's name alone on its line and holding exactly
    one address (``signature_addresses``). Two addresses in the block, a block opening on
    another name, or the forwarder's or the agent's address there, and the author stays
    without one. The author is then named given name first ("Said, Mwanaisha" signing
    "Mwanaisha Said")."""
    author = forward.author
    if author is None:
        return forward
    name = natural_name(author.name, rules.titles)
    found = signature_addresses(forward.body, {name, plain_name(author.name, rules.titles)})
    emails = {a.email.casefold() for a in found}
    if len(emails) != 1 or emails & {o.casefold() for o in others if o}:
        return forward
    # "Kutoka: Said, Mwanaisha" over a mail signed "Mwanaisha Said": named as she signs,
    # as a header giving her address would name her.
    return replace(forward, author=Address(name, found[0].email))


_LOCAL_BREAKS = re.compile(r"[-_.]")


def _firm_signer_author(forward: Forward, rules: Rules) -> Forward:
    """``forward`` with its author named as the person who signs the forwarded mail when
    the header shows a firm bearing that person's surname ("Boulangerie Brunet
    <boulangerie.brunet@...>" signing "Bien à vous,\nChantal Brunet"): one of
    ``organisation_words`` in the name shown, and the signer's last word one of its words.
    A firm signed by someone of another surname, who may be staff, keeps its name."""
    author = forward.author
    if author is None or not author.name:
        return forward
    shown = set(normal_text(author.name).split())
    if shown.isdisjoint(rules.organisation_words):
        return forward
    signer = mailbox_signer(
        forward.body,
        author.name,
        rules.closings - rules.greetings,
        rules.mailbox_words | rules.organisation_words | rules.organisation_closers,
        rules.signed_for_leads,
        rules.signer_prefixes,
    )
    if signer is None or normal_text(signer).split()[-1] not in shown:
        return forward
    return replace(forward, author=Address(signer, author.email))


def _without_capital_titles(name: str, rules: Rules) -> str:
    """A display name without the titles written in capitals opening it (one of
    ``capital_titles``: the Austrian Hofrat's "HR" of "HR Dr. Ernst Pichler-Wallner", "DI
    Florian Gruber"), two words at least left; "Di Stefano, Luca" keeps its particle,
    not written in capitals."""
    words = name.split()
    while (
        len(words) > 2
        and words[0].isupper()
        and words[0].rstrip(".").casefold() in rules.capital_titles
    ):
        words = words[1:]
    return " ".join(words) if len(words) < len(name.split()) else name


def _unreachable(author: Address | None) -> bool:
    """Whether a forwarded mail's header gives no address its author reads: none, or a
    no-reply one, whole or as a part of it ("messages-noreply@linkedin.com")."""
    if author is None or not author.email:
        return True
    local, _, domain = author.email.rpartition("@")
    parts = (local, *_LOCAL_BREAKS.split(local))
    return any(is_system_address(f"{part}@{domain}") for part in parts)


def _self_given_author(forward: Forward, rules: Rules, others: tuple[str, ...]) -> Forward:
    """``forward`` with its author the one its text names and gives an address for after
    one of ``own_address_leads``, when its header gives none they read: "Easiest to reach
    me at sofia.andersson@..." in a LinkedIn message from "messages-noreply@...", atop
    "Sofia Andersson" or signed "Best,\nSofia Andersson"; "Mi correo es andres@..." under
    "Andrés Molina". The forwarded text must hold exactly one address, that one, and it
    must spell the name (``signed_name``, ``head_name``). Two addresses, an address that
    spells no name there, or the forwarder's or the agent's, and the author stays."""
    body = forward.body
    found = {match.group(0).casefold(): match.group(0) for match in ADDRESS.finditer(body)}
    if len(found) != 1 or set(found) & {o.casefold() for o in others if o}:
        return forward
    ((folded_email, email),) = found.items()
    folded = normal_text(body)
    if not any(
        folded[lead.end() :].lstrip(" :").startswith(folded_email)
        for lead in rules.own_address_lead_re.finditer(folded)
    ):
        return forward
    name = signed_name(body, email, rules.closings) or head_name(body, email)
    if name is None:
        return forward
    return replace(forward, author=Address(name, email))


# The types of a calendar's event, however a mailer labels the part.
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})


def _is_bulk(message: ParsedMessage, rules: Rules) -> bool:
    headers = message.headers
    auto = (message.header("auto-submitted") or "no").strip().casefold()
    if auto != "no":
        return True
    if (message.header("precedence") or "").strip().casefold() in _BULK_PRECEDENCE:
        return True
    if any(name in headers for name in ("list-unsubscribe", "list-id", "x-autoreply")):
        return True
    if message.content_type.casefold() in ("multipart/report", "text/calendar"):
        return True
    if any(a.casefold().endswith(".ics") for a in message.attachments):
        return True
    if any(part in _CALENDAR_TYPES for part in message.part_types):
        # An invitation sent by a calendar (Outlook, Google, Apple) carries its event as a
        # part beside the text, named or not: "Conference: Miss Kaur / Mr Grant" with the
        # two attendees in To is a meeting set up, not an intro asked for.
        return True
    sender = message.sender.email.casefold() if message.sender else ""
    if sender.startswith(("mailer-daemon@", "postmaster@")):
        return True
    return _bulk_subject(normal_text(message.subject), rules)


def _bulk_subject(subject: str, rules: Rules) -> bool:
    """Whether the folded subject names a robot's or a mailing's mail (``subject_cues``),
    unless every such name in it is a topic (``subject_topic_cues``: "newsletter") beside
    words asking for an intro (``subject_ask_cues``): "Ombi la utambulisho - newsletter
    ya KDCM" asks for an intro about a newsletter, while "Automatic reply: Intro request"
    is still a robot's."""
    if not _may_find("subject_cue_re", subject, rules):
        return False
    cues = {" ".join(found.group(0).split()) for found in rules.subject_cue_re.finditer(subject)}
    if not cues:
        return False
    return not (cues <= rules.subject_topic_cues and rules.subject_ask_re.search(subject))


def _headed_principal(
    named: Sequence[Item],
    message: ParsedMessage,
    agent: str,
    sender: Address | None,
    rules: Rules,
) -> Resolved | None:
    """The one a proxy phrase names by three capitalised words, no address, the last two
    of which are exactly the name the To or Cc header shows for one person, neither the
    writer nor the agent ("on behalf of Dean Harold Whitaker, who is copied here", Cc
    "Whitaker, Harold"): the word before is what that one is, and that one is certain.
    Two people so shown, or none, and None."""
    writer = sender.email.casefold() if sender else ""
    found: dict[str, Resolved] = {}
    for item in named:
        words = (item.name or "").casefold().split()
        if item.email or len(words) != 3:
            continue
        for address in (*message.to, *message.cc):
            email = address.email.casefold()
            if not address.name or email == writer or is_agent(email, agent):
                continue
            shown = natural_name(address.name, rules.titles)
            if shown.casefold().split() == words[1:]:
                found[email] = Resolved(Party(shown, address.email), True)
    return next(iter(found.values())) if len(found) == 1 else None


def _titled_back(
    items: list[Item], named: Sequence[Item], written_for: Resolved, rules: Rules
) -> list[Item]:
    """``items`` with each capitalised word alone after an article (``epithet_articles``:
    "the", "le", "der", "el", "o") made the principal (``kind`` "third"), where that word
    heads the principal's name of three words or more as the proxy phrase writes it and is
    no word of the name they are known by: "on behalf of Dean Harold Whitaker" (Harold
    Whitaker) and then "The Dean would like to be introduced to ...". A word of their name
    ("the Harold"), or one heading no principal's name, is left as it is."""
    own = {word.casefold() for word in (written_for.party.name or "").split()}
    heads = {
        item.name.split()[0].casefold()
        for item in named
        if item.name and len(item.name.split()) > 2 and not item.email
    } - own
    if not heads:
        return items
    return [
        replace(item, kind="third")
        if item.kind == "name"
        and not item.email
        and item.name
        and item.name.casefold() in heads
        and at > 0
        and items[at - 1].lower in rules.epithet_articles
        else item
        for at, item in enumerate(items)
    ]


def understand_request(
    message: ParsedMessage, agent_address: str, address_book: AddressBook | None = None
) -> RequestResult:
    """Decide whether ``message`` asks for an introduction, is a command, or neither."""
    whole = _understood(message, agent_address, address_book)
    if whole.kind in ("intro_request", "not_a_request"):
        whole = _form_read(message, agent_address, whole) or whole
    if whole.kind != "intro_request" or not message.text:
        return whole
    rules = load_rules()
    # "Primero: ... Les agradecería presentarlos.\n\nSegundo, ...": asks in paragraphs
    # opened by ordinals, each read on its own, its "them" the two of its own section.
    text = message.text[:MAX_TEXT_CHARS]
    # Most mail has no two paragraphs opened by ordinals: looked for first, in the text as
    # it came, before its new text is found again.
    if not may_hold_sections(text, rules) or find_forward(
        text, rules.forward_markers, rules.forward_labels, rules.quote_markers
    ):
        return whole
    sections = ordinal_sections(extract_new_text(text), rules)
    if not sections:
        return whole
    parts = [_understood(replace(message, text=s), agent_address, address_book) for s in sections]
    return sectioned(whole, parts) or whole


def _form_read(
    message: ParsedMessage, agent_address: str, whole: RequestResult
) -> RequestResult | None:
    """The request a form writes (``request_forms``) where the mail read whole names no
    pair: its parties from its labelled lines, its context from its reason's. The ask is
    the one the text was read as, else a subject naming an introduction asked for ("Intro
    request") or a line pleading for one, in a new mail neither sent in bulk nor holding
    a negation; without one, the form asks nothing. The pair is certain only when the
    form names two people exactly, each with a name and an address of their own, neither
    the agent's, and no address is doubted. Where the text's ask named the form's pair,
    the form gives its context only."""
    rules = load_rules()
    sender = message.sender
    if sender is None or not message.text or whole.more:
        return None
    # Most mail holds no form: a look at the whole text tells, before its new text is cut
    # out of it (the new text holds a form only where the whole does).
    if labelled_form(message.text[:MAX_TEXT_CHARS], rules) is None:
        return None
    own = extract_new_text(message.text[:MAX_TEXT_CHARS])
    form = labelled_form(own, rules)
    if form is None:
        return None
    if whole.a is not None or whole.b is not None:
        # The text's own ask named the pair: the form's reason is its context, where the
        # form names that pair ("Could you connect these two?\nPerson 1: ..."), and
        # its labelled lines none.
        if {whole.a, whole.b} == set(form.parties) and whole.context != form.context:
            return replace(whole, context=form.context)
        return None
    folded = normal_text(own)
    if whole.kind == "not_a_request" and (
        message.in_reply_to
        or _is_bulk(message, rules)
        or not (
            rules.subject_ask_re.search(normal_text(message.subject))
            or pleads_outside_form(folded, rules)
        )
        or not rules.negations.isdisjoint(re.findall(r"[\w']+", folded))
    ):
        return None
    agent = agent_address.strip().casefold()
    emails = [(p.email or "").casefold() for p in form.parties]
    certain = (
        form.whole
        and len(form.parties) == 2
        and len(set(emails)) == 2
        and not any(is_agent(e, agent) for e in emails)
        and not _doubted_address(folded, rules)
    )
    requester = whole.requester or Party(sender.name or None, sender.email)
    a, b = form.parties[0], form.parties[1]
    return RequestResult("intro_request", requester, a, b, form.context, bool(certain))


def _understood(
    message: ParsedMessage, agent_address: str, address_book: AddressBook | None = None
) -> RequestResult:
    """What ``message`` read whole asks: an introduction, a command, or neither."""
    rules = load_rules()
    agent = agent_address.strip().casefold()
    # "Lindqvist Family <family@...>" signed "Erik", "Reply-To: Erik Lindqvist <erik@...>":
    # the one who signs writes, at the address given to reply to.
    replier = reply_to_signer(message, rules.closings, agent)
    if replier is not None:
        message = replace(message, from_=(replier, *message.from_[1:]))
    sender = message.sender
    writer = (
        natural_name(
            _without_capital_titles(sender.name, rules),
            rules.titles,
        )
        if sender and sender.name
        else ""
    )
    if sender and writer and writer != sender.name:
        # "Col Ferraro" signing "Col": the word a title rule took away is the first name.
        writer = signed_title_word(message.text or "", sender.name, writer)
    requester = Party(writer or None, sender.email) if sender else None
    if _is_bulk(message, rules):
        return RequestResult("not_a_request")
    text = _encodable((message.text or "")[:MAX_TEXT_CHARS])
    if message.attached_mails and _FORWARD_SUBJECT.match(message.subject):
        # "Fwd: ..." with the mail attached as a file, not quoted: read as if quoted
        # under the usual marker, the note above it.
        attached = "\n\n".join(f"{_ATTACHED_MARK}\n{mail}" for mail in message.attached_mails)
        text = _encodable(f"{text}\n\n{attached}"[:MAX_TEXT_CHARS])
    forward = find_forward(text, rules.forward_markers, rules.forward_labels, rules.quote_markers)
    if forward is not None and not _is_forward(forward, message.subject, agent):
        forward = None
    if forward is not None and forward.author and not forward.author.email and "@" in forward.body:
        # "De : Mohamed Lemine Ould Ahmed" over a mail he signs with his address.
        forward = _signed_author(forward, rules, (agent, sender.email if sender else ""))
    if forward is not None and forward.author and forward.author.email:
        # "De : Boulangerie Brunet <boulangerie.brunet@...>" over a mail signed "Chantal
        # Brunet": the shop's address is hers, the one the note names.
        forward = _firm_signer_author(forward, rules)
    if (
        forward is not None
        and "@" in forward.body
        and _unreachable(forward.author)
        and rules.own_address_lead_re.search(normal_text(forward.body)) is not None
    ):
        # A LinkedIn message forwarded: "Easiest to reach me at sofia.andersson@...".
        forward = _self_given_author(forward, rules, (agent, sender.email if sender else ""))
    if forward is None and "--" in text:
        # "Could you introduce me to this person?\n\n--\nKwame Mensah\n...": a pasted
        # signature's rule above the writer's own sign-off ends nothing of theirs.
        text = without_pasted_rule(text, writer)
    own = extract_new_text(forward.note) if forward else extract_new_text(text)
    # "can u conect me w/ kevin liu (kevin.liu@...)": an ask verb typed with a slip.
    own = corrected_slip(own, rules)
    # "Tylers email is tyler@...": a possessive typed without its apostrophe.
    own = apostrophed_possessives(own, rules)
    # "2. Gwen with Elin ... \n\n...actually, scrap number 2.": an item withdrawn.
    own = without_withdrawn_items(own, rules)
    # "Could you intro me to Chidi (...)? Actually scratch that - ... Please introduce me
    # to his partner Folake (...) instead": the ask taken back is read as if not written.
    retraction = without_retracted_asks(own, rules)
    own = retraction.text
    # "tom at whitlockfarm dot co dot uk", "... bekannt machen Punkt sie ist ...": a mail
    # dictated by voice, its addresses and its marks written as a keyboard writes them.
    own = dictated_marks_written(spoken_addresses_written(own, rules), rules)
    # "COULD YOU PLEASE INTRODUCE ME TO JANET MORRIS (JANET.MORRIS@GMAIL.COM)?", "the
    # hairdresser on rua augusta, ana paula ribeiro (anapaula.cabelos@...)": names typed
    # without their capitals get them back where an address, the headers or an ask's
    # slot bear them out.
    headed = (*message.from_, *message.to, *message.cc)
    own, unsure = recased(own, rules, (a.name for a in headed if not is_agent(a.email, agent)))
    if sender and not writer:
        # "ann.lee@x.com" signing "Thanks,\nAnn Lee": the name a person would give.
        signed_text = forward.note if forward else text
        writer = signed_name(signed_text, sender.email, rules.closings) or ""
        requester = Party(writer or None, sender.email)
    elif sender and writer:
        # "Ba Ousmane" in the From header signing "Ousmane Ba": the order they write it in.
        signed_as = signed_order(
            forward.note if forward else text, writer, sender.email, rules.closings
        )
        if signed_as == writer:
            # "Whitcombe T" in the From header signing "Tom Whitcombe": the name in full.
            signed_as = signed_from_initial(
                forward.note if forward else text, writer, sender.email, rules.closings
            )
        if signed_as != writer:
            writer = signed_as
            requester = Party(writer, sender.email)
        # "Peggy Lawson" signing 'Margaret "Peggy" Lawson': the requester's name in full;
        # the writer still signs as the name they go by.
        full = signed_full_name(forward.note if forward else text, writer)
        if full != writer:
            requester = Party(full, sender.email)
    if sender and (
        shared_mailbox(sender.email, rules) or office_mailbox(sender.name, sender.email, rules)
    ):
        # "GreenLoop Partnerships <partnerships@...>" signed "Amara Osei", "Asistencia
        # Dirección FICO <asistencia.direccion@...>" signed "Ximena Ruvalcaba": a shared
        # mailbox, and the one who signs below a closing (not a greeting) is the writer.
        signer = mailbox_signer(
            forward.note if forward else text,
            writer,
            rules.closings - rules.greetings,
            rules.mailbox_words | rules.organisation_words | rules.organisation_closers,
            rules.signed_for_leads,
            rules.signer_prefixes,
        )
        if signer is not None:
            # "Dr. Ulrike Hoffmann" signing from "leitung@": named without the title.
            writer = natural_name(signer, rules.titles)
            requester = Party(writer, sender.email)
            if office_mailbox(sender.name, sender.email, rules):
                # "Étude Maître Diop-Sarr - Secrétariat" signed "Khady Ndiaye": the office's
                # name is no one's, so "Maître Diop-Sarr" in the text is not the writer.
                message = replace(
                    message,
                    from_=tuple(
                        Address(signer, a.email) if a.key == sender.key else a
                        for a in message.from_
                    ),
                )
    if forward is None and not _only_copied(message, agent):
        # "Wie ist der Stand bei euch im Projekt?" to a colleague, the agent on Cc: a
        # command is written to the agent, not copied to it.
        command = detect_command(message.subject, own, bool(message.in_reply_to))
        if command is None:
            command = _unsigned_command(message, own, writer, rules)
        if command is not None and _status_of_another_thread(message, command, agent, text, own):
            # "has Curtis responded yet?" above Bob's quoted mail, the subject alone naming
            # an intro: asked of the one answered, not of the agent.
            command = None
        if command is not None:
            return RequestResult(
                "command", requester=requester, context=command.target, command=command.command
            )
        if _answers_agents_mail(message, agent, text, own):
            said = own[: signature_start(own, writer)]
            if status_in_agents_thread(
                said, f"{message.subject}\n{text}"
            ) or named_status_in_agents_thread(message.subject, said):
                # "Just checking in on this one - has Curtis responded yet?" above the
                # agent's own acknowledgement: how the intro it acknowledged stands.
                return RequestResult("command", requester=requester, command="status")
            if cancel_in_agents_thread(said, own[len(said) :]):
                # "... est désormais sans objet : Mme Fournier a finalement signé un bail
                # ... Je vous remercie donc de bien vouloir ne pas y donner suite." above
                # the agent's own acknowledgement: the intro it acknowledged.
                return RequestResult(
                    "command", requester=requester, context="thread", command="cancel"
                )
            if pronoun_cancel_in_agents_thread(said):
                # "Bitte blasen Sie das ab" above the agent's own acknowledgement: "that"
                # is the intro it acknowledged.
                return RequestResult(
                    "command", requester=requester, context="thread", command="cancel"
                )
    if forward is None and _only_copied(message, agent) and aside_status(message.subject, own):
        # "Oh and while I remember (intro agent copied for this bit) - any word yet from
        # Tunde's side on the festival intro?" in a mail to a colleague: that part is
        # written to the agent copied.
        return RequestResult("command", requester=requester, command="status")
    whole = normal_text(own + "\n" + (forward.body if forward else ""))
    # A bulk cue only in the forwarded message ("Unsubscribe" under a LinkedIn notice)
    # is its wrapping: the note above it is read, and taken only with a pair it asks for.
    cued = _message_cued(whole, rules)
    if cued and forward is None and _only_to_others(message, own, agent, rules):
        # "Intro Agent, please introduce me to ... Kofi, no need to do anything": the
        # friend written to is told nothing is needed of them, not the agent.
        cued = False
    # Addresses below the signature are the writer's and their colleagues' (an assistant,
    # a paralegal): how to reach the writer's side, not who a name asked for is.
    signed = signature_start(own, writer)
    # The writer's own text above the signature, cut once: each check below reads it, and
    # one string is hashed and copied once, not once a check.
    said = own[:signed]
    # "Meine Kollegin Sandra Imhof ist nur zur Information in Kopie": no one to meet.
    informed = informed_copies(said, message.cc, agent, rules) if forward is None else ()
    if (
        cued
        and informed
        and not _message_cued(normal_text(without_informed(own, informed, rules)), rules)
    ):
        # "I've also copied Maura Gallagher, our treasurer, only so she knows this is
        # moving - Maura, no need to do anything yet!": what she need not do.
        cued = False
    if cued and (forward is None or _message_cued(normal_text(own), rules)):
        return RequestResult("not_a_request")
    # "También copio a Sara Imhof, solo para que esté al tanto": the mail is no note for
    # information, only she is copied for it.
    heard = without_informed(said, informed, rules) if informed else said
    if _withdrawn(heard, rules) or _held(heard, rules):
        return RequestResult("not_a_request")
    if _dismissed(heard, rules):
        # "Intro Agent - please introduce me to ... Hussein, Juma - no action for you on
        # this, just keeping you in the loop": the colleagues copied are told they need
        # do nothing, not the agent.
        unaddressed = _not_to_others(message, heard, agent, rules) if forward is None else None
        if unaddressed is None or _dismissed(unaddressed, rules):
            return RequestResult("not_a_request")
    # "talking to someone in the HSE - maybe Dr Declan Furlong if he's still there": the
    # one offered is the one meant, read in the place of "someone", and only offered.
    offered_said, offered = offered_at_firm(said, rules)
    read_own, read_signed = (
        (own, signed) if offered is None else (offered_said + own[signed:], len(offered_said))
    )
    pairs, context, triggered = _read_all(
        message, requester, agent, read_own, read_signed, forward, address_book, rules, informed
    )
    # "Last week I asked you to introduce Ana to Tom ... New one: please introduce Ana
    # (...) to Ben (...)": the ask told of was made in an earlier mail, no second pair.
    reported = without_reported_asks(read_own[:read_signed], rules)
    if len(pairs) > 1 and reported.text != read_own[:read_signed]:
        anew = _read_all(
            message,
            requester,
            agent,
            reported.text + read_own[read_signed:],
            read_signed,
            forward,
            address_book,
            rules,
            informed,
        )
        if _fewer_of(anew[0], pairs):
            pairs, context, triggered = anew
            retraction = retraction._replace(taken_back=retraction.taken_back | reported.addresses)
    if retraction.replaced and not pairs:
        # "À la réflexion, non. Présente-moi plutôt à ..." in words not understood: an ask
        # made in place of the one taken back is an ask still, to be asked about.
        return RequestResult("intro_request", requester=requester, context=context)
    if cued and not pairs:
        return RequestResult("not_a_request")
    if (
        (pairs or triggered)
        and forward is None
        and _told_to_coordinate(message, pairs, said, agent, rules)
    ):
        # "Re: Q3 numbers - Lisa, Omar - you two should sync on the Q3 numbers before
        # Friday, they don't match": colleagues sorting out a task, the agent on Cc.
        return RequestResult("not_a_request")
    if (
        forward is None
        and (pairs or triggered)
        and not any(r.party.name or r.party.email for pair in pairs for r in pair)
        and not any(is_agent(a.email, agent) for a in (*message.to, *message.cc))
        and _presents_newcomer(strip_subject_prefixes(message.subject), said, rules)
    ):
        # "Darf ich vorstellen: unsere neue Kollegin in der Geschäftsstelle" to a club's
        # list, the agent on neither To nor Cc: a newcomer presented to the readers, no one
        # to meet known. Copied on it ("Bonjour Petra, je vous présente notre nouvelle
        # collègue Julie Martin"), the agent is asked to introduce her.
        return RequestResult("not_a_request")
    if (
        forward is None
        and not _only_copied(message, agent)
        and not any(certain_pair(a, b, agent) for a, b in pairs)
        and asks_how_to_introduce(said)
    ):
        # "Jetzt würd ich selber gern mal wen vorstellen - wie geht das genau?": how to ask
        # for an intro of the writer's own, beside an intro told of ("der Andreas hat mich
        # über euch mit dem Lukas bekannt gemacht") that is no pair to make.
        return RequestResult("command", requester=requester, command="help")
    if not pairs:
        # "Sorry if this is a daft question, but what am I meant to write to you?": a
        # question about using the agent, later in a short mail that names no pair, even
        # where its words ask for an intro ("como faço para pedir uma apresentação?").
        # "Thanks," left above the name that signs is no word of the question's mail.
        asked = without_closing(said, rules.closings)
        if forward is None and not _only_copied(message, agent) and asks_how_to_use(asked):
            # Copied on a mail to others ("Marta, ... Do they have to agree first?"), the
            # question is put to them, not to the agent.
            return RequestResult("command", requester=requester, command="help")
        if forward is None and not _only_copied(message, agent) and asks_how_it_works(asked):
            # "No entiendo muy bien cómo funciona. ¿Qué tengo que escribir?", written to the
            # agent beside what it was told the agent does ("aquí me pueden presentar a
            # personas"): how to use it.
            return RequestResult("command", requester=requester, command="help")
        if (
            forward is None
            and len(said.split()) <= MAX_COMMAND_WORDS
            and asks_how_to_use(strip_subject_prefixes(message.subject))
        ):
            # Subject "how does this work?? do I have to put both peoples emails in", body
            # "Sorry if this is a silly question.": the subject asks.
            return RequestResult("command", requester=requester, command="help")
        if triggered and not (forward is None and _introduces_self(said, rules)):
            return RequestResult("intro_request", requester=requester, context=context)
        return RequestResult("not_a_request")
    # "His old address was bob@oldco.io", "Actually just Bob for now": what the writer
    # doubts or corrects is no certain request; nor is one wanted later ("next month,
    # not now"), which acted on at once would write to people before their time.
    # "Surtout pas Paul Girard : son ancienne adresse ne répond plus": what is said of
    # someone not to introduce neither doubts the ask nor is left out of it.
    asked, excluded = without_exclusions(said, rules)
    # "No need to introduce me to Bob Lee (bob@...), but please introduce me to Carol":
    # Bob is no one the ask leaves out, and no one to pair.
    asked, negated = without_negated_asks(asked, rules)
    excluded |= negated
    # "Please introduce me to Carol Diaz (...), not Bob Lee (bob@...)", "Stell mich Carol
    # Diaz (...) vor, nicht Bob Lee (...)": Bob is no one the ask leaves out, and never a
    # party: a pair holding him is no pair.
    asked, shunned = without_trailing_exclusions(asked, rules)
    excluded |= shunned
    if shunned:
        pairs = [pair for pair in pairs if not holds_excluded((pair,), shunned)]
        if not pairs:
            return RequestResult("intro_request", requester=requester, context=context)
    folded_ask = normal_text(asked)
    # "L'adresse de JP c'est jp.gagnon at videotron dot ca": an address spelled out is
    # never decoded into one to write to, and the one it is for stays to be asked about.
    doubts = (
        may_hold(rules.doubt_cue_needs, folded_ask)
        and _may_find("doubt_cue_re", folded_ask, rules)
        and rules.doubt_cue_re.search(folded_ask) is not None
    ) or (
        any(dot in folded_ask for dot in rules.address_dots)
        and rules.spelled_address_re.search(folded_ask) is not None
    )
    # "I don't have Owen's email handy", "No tenemos el correo de Pilar": someone the
    # writer has no address for is to meet, whichever pairs were found with addresses.
    doubts = doubts or (
        may_hold(rules.lacked_address_needs, folded_ask)
        and _may_find("lacked_address_re", folded_ask, rules)
        and rules.lacked_address_re.search(folded_ask) is not None
    )
    # "Email yake nadhani ni pwekesa@... lakini sina uhakika kabisa", "her address is
    # ana@x.org, I'm not sure it's current": an address the writer is unsure of.
    doubts = doubts or _doubted_address(folded_ask, rules)
    # "Omar asked me to ask you to introduce him to Jenny (...). I told him no.", "I'd
    # rather not make this intro" above a forwarded ask: the writer refuses the ask they
    # pass on. Read in all they wrote, since a refusal may itself be a negated ask.
    doubts = doubts or rules.refused_ask_re.search(normal_text(said)) is not None
    # "Le escribo de parte de Javier Delgado ... Todavía no he podido confirmarlo con él":
    # a wish relayed for someone the writer has not yet checked with them.
    doubts = doubts or unconfirmed_wish(
        folded_ask,
        rules,
        lambda: _proxy_cued(folded_ask, asked, rules) or _proxy_wish(folded_ask, asked, rules),
    )
    # "Either Eng. James Otieno (...) or his deputy, Mrs Chebet": which one is meant is
    # left open; "Pensándolo mejor, no." with no ask after it: which ask stands is too.
    doubts = doubts or retraction.unclear or offers_alternatives(asked, rules)
    # "Si no te convence, déjalo y se lo pregunto yo": the ask left to the agent's
    # judgement, as "at your discretion" leaves it.
    doubts = doubts or _conditionally_withdrawn(folded_ask, rules)
    # "If Prof. Hale comes to the Lisbon summit, please connect him with Rita Costa": the
    # ask waits on something neither the writer nor the agent can settle.
    doubts = doubts or set_on_outside_condition(asked, rules)
    # "the events manager at Kingsbury Showground (events@...)": a role at a firm, the
    # firm's name no one's; asked about, its address kept.
    pairs = unnamed_roles(pairs, said, rules)
    # "O endereço dele é geral@... - por isso é ele próprio que lê": a firm's mailbox
    # its one reader is said to read.
    vouched = vouched_mailboxes(folded_ask, rules)
    confident = (
        all(certain_pair(a, b, agent) for a, b in pairs)
        and not doubts
        and not _left_out(
            pairs,
            asked,
            forward,
            message,
            agent,
            rules,
            # "Mrs Okonjo (head@...) has okayed it, so no need to involve her": no one left
            # out, as an ask taken back leaves no one out.
            retraction.taken_back | uninvolved_addresses(asked, _pair_addresses(pairs), rules),
        )
        and not holds_excluded(pairs, excluded)
        and not any((r.party.email or "").casefold() in unsure for pair in pairs for r in pair)
        and not _kin_of_party(
            pairs, asked, folded_ask, rules, _praised_parties(pairs, message, agent)
        )
        # "Can you help here?" over a forward asking "please put us in touch. Or ask Peter
        # Mwangi (...)": the forwarded ask relates its people as the writer's own does.
        and not (
            forward is not None
            and _kin_of_party(pairs, forward.body, normal_text(forward.body), rules)
        )
        and not any(list_mailbox(r.party, rules) for pair in pairs for r in pair)
        # "Colin Baptiste, our treasurer (treasurer@...)" read as "treasurer": no one named.
        and not any(role_named(r.party, rules) for pair in pairs for r in pair)
        # "Mr. Okafor" read as "Okafor Construction Group": the name he would be greeted
        # by is his firm's, not his.
        and not any(firm_named(r.party, rules) for pair in pairs for r in pair)
        and not any(role_mailbox(r.party, message, rules, vouched) for pair in pairs for r in pair)
        and not _referrer_of_party(pairs, folded_ask, requester, rules)
        and not _self_marked_without_writer(pairs, folded_ask, requester, rules)
        and not _suggested_party(pairs, folded_ask, requester, rules)
        and not _address_of_another(pairs, asked)
        # "introduce my son and Tom Reed (tom@...) to Colin": the son, described only,
        # is one more to meet, whom no pair holds.
        and not joins_unnamed(pairs, asked, rules)
        and not (offered is not None and _holds_name(pairs, offered))
        # "Kindly send the introduction to the Principal's own email, principal@...": the
        # writer wants the intro sent where the agent, writing to the parties, would not.
        and delivery_addresses(folded_ask, rules)
        <= {(r.party.email or "").casefold() for pair in pairs for r in pair}
    )
    first, *rest = pairs
    return RequestResult(
        "intro_request",
        requester=requester,
        a=first[0].party,
        b=first[1].party,
        context=context,
        confident=confident,
        more=tuple(Pair(a.party, b.party) for a, b in rest),
    )


def _fewer_of(
    found: Sequence[tuple[Resolved, Resolved]], pairs: Sequence[tuple[Resolved, Resolved]]
) -> bool:
    """Whether ``found`` holds a pair, fewer than ``pairs``, each of them one of
    ``pairs``: a reading that leaves out an ask told of, and reads nothing else anew."""
    held = {(a.party, b.party) for a, b in pairs}
    return 0 < len(found) < len(pairs) and all((a.party, b.party) in held for a, b in found)


def _pair_addresses(pairs: Sequence[tuple[Resolved, Resolved]]) -> frozenset[str]:
    """The addresses of the parties of ``pairs``, folded."""
    return frozenset(r.party.email.casefold() for pair in pairs for r in pair if r.party.email)


def _holds_name(pairs: Sequence[tuple[Resolved, Resolved]], name: str) -> bool:
    """Whether a party of ``pairs`` is the one ``name`` names, as its last word does
    ("Dr Declan Furlong" offered, "Declan Furlong" read)."""
    last = normal_text(name).split()[-1:]
    return bool(last) and any(
        last[0] in normal_text(r.party.name or "").split() for pair in pairs for r in pair
    )


def _others_name_words(
    pairs: Sequence[tuple[Resolved, Resolved]], requester: Party | None
) -> set[str]:
    """The words of the parties' names, folded, the requester's own left out."""
    own = (requester.email or "").casefold() if requester is not None else ""
    return {
        word
        for pair in pairs
        for r in pair
        if not own or (r.party.email or "").casefold() != own
        for word in normal_text(r.party.name or "").replace("-", " ").split()
        if len(word) > 1
    }


# How many words before "knows one" the name of the one who knows may end.
_REFERRER_REACH = 4
# A bracket and what it holds ("(huber@kanzlei.example)"), left out between a name and
# what is said of it.
_BRACKETED = re.compile(r"\([^()]*\)")
# Where the sentence before a referrer cue starts: a question or exclamation mark, or a
# full stop after a word longer than a title ("Ms.", "Sra.", "Prof." close none).
_REFERRER_SENTENCE = re.compile(r"[?!]|(?<=\w{5})\.(?=\s)")


def _self_marked_without_writer(
    pairs: Sequence[tuple[Resolved, Resolved]],
    folded: str,
    requester: Party | None,
    rules: Rules,
) -> bool:
    """Whether the folded ask holds one of ``self_marked_verbs``, its object marker the
    writer ("unitambulishe", introduce me), while no pair holds the writer: in
    "Tafadhali unitambulishe Dana Whitfield (...) kwa Omar Haddad (...)" the verb asks for
    the writer and names two others, so who is to meet whom is asked about ("umtambulishe
    Dana kwa Omar", "unitambulishe kwa Omar" are plain, and so is such a verb beside
    another ask: "unitambulishe kwa Julia ... umtambulishe Omar kwa Camila")."""
    if not rules.self_marked_verbs or rules.self_marked_verbs.isdisjoint(words_in(folded)):
        return False
    own = (requester.email or "").casefold() if requester else ""
    return bool(pairs) and all(
        own not in {(r.party.email or "").casefold() for r in pair} for pair in pairs
    )


def _referrer_of_party(
    pairs: Sequence[tuple[Resolved, Resolved]],
    folded: str,
    requester: Party | None,
    rules: Rules,
) -> bool:
    """Whether a party is said to know the one asked for, in a sentence the cue closes
    (referrer_cues): "Could you introduce me to a lawyer? Ms Huber (huber@...) knows
    one.", "Frau Huber kennt einen.", "Mme Huber en connaît un.": she would refer the
    writer, and the lawyer is no one named, so the request is asked about. A word of a
    party's name (the requester's own left out) must end within ``_REFERRER_REACH``
    words before the cue, in its sentence, a bracket between left out. "Ann knows someone
    who could help" goes on after the cue, and "She knows one." names no party: both
    change nothing."""
    if not admits(rules.referrer_gate, words_in(folded), folded):
        return False
    if not rules.referrer_re.search(folded):
        return False
    names = _others_name_words(pairs, requester)
    for found in rules.referrer_re.finditer(folded):
        before = _REFERRER_SENTENCE.split(_BRACKETED.sub(" ", folded[: found.start()]))[-1]
        words = [w.strip(".,;:!?()").rpartition("'")[2] for w in before.split()]
        if any(w in names for w in words[-_REFERRER_REACH:]):
            return True
    return False


# A word of letters ("Julián", "O'Neill", "Ngo-Nlend"), and what ends a run of them.
_LETTER_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*|[^\s]")
# The shortest word of a name an address is taken to spell: "julian@" spells Julián,
# while "the" or "las" spell no one.
_SPELLED_WORD = 4


def _address_of_another(pairs: Sequence[tuple[Resolved, Resolved]], asked: str) -> bool:
    """Whether a party's address spells someone else the ask names in full and not the
    party: "... presentar también a Julián Ocampo? Es el productor de la serie en el
    Chaco, julian@..." read as Chaco's address is Julián's, so the pair is asked about
    rather than written to. An address that spells its own party ("lucia@" for Lúcia
    Ferreira), a name from no listed first name ("Aegean Star"), or the party more fully
    named, changes nothing."""
    # The ask's names are looked for only when an address does not spell its own party,
    # as most do not need to be.
    parties = [
        r.party
        for pair in pairs
        for r in pair
        if r.party.email and r.party.name and not _spells_own(r.party.email, r.party.name)
    ]
    if not parties:
        return False
    names = _full_names(asked)
    for party in parties:
        own = party.name or ""
        email = party.email or ""
        own_words = {w.casefold() for w in re.split(r"[ -]", own)}
        for name in names:
            words = re.split(r"[ -]", name)
            # Someone else, named from a listed first name ("Julián Ocampo", no ship
            # "Aegean Star"), and not the party more fully named ("Chidinma Okonkwo").
            if (
                is_first_name(words[0])
                and own_words.isdisjoint(w.casefold() for w in words)
                and _spells_word(email, name)
            ):
                return True
    return False


def _spells_own(email: str, name: str) -> bool:
    """Whether ``email``, domain and all, holds the first letters of a word of ``name``
    ("sebastian@" for a header's "Sebastians", "flor@gimenezdiseno..." for Florencia
    Giménez), accents aside."""
    spelled = without_accents(email.casefold())
    return any(
        len(word) >= _SPELLED_WORD and without_accents(word[:5]) in spelled
        for word in re.split(r"[ -]", name.casefold())
    )


def _full_names(text: str) -> set[str]:
    """The runs of two capitalised words or more in ``text`` ("Julián Ocampo", "Mei Lin
    Chow"), any other word or mark ending a run."""
    names: set[str] = set()
    run: list[str] = []
    for word in [*_LETTER_WORD.findall(text), "."]:
        if word[:1].isupper() and word[:1].isalpha():
            run.append(word)
            continue
        if len(run) >= 2:
            names.add(" ".join(run))
        run = []
    return names


def _spells_word(email: str, name: str) -> bool:
    """Whether the part before the "@" of ``email`` holds a word of ``name`` of at least
    ``_SPELLED_WORD`` letters, accents aside."""
    local = without_accents(email.casefold().partition("@")[0])
    return any(
        len(word) >= _SPELLED_WORD and without_accents(word) in local
        for word in re.split(r"[ -]", name.casefold())
    )


# How many words after a doubt opening a sentence the one suggested may be named by, and
# how many words the sentence may hold at most, the bracket left out: "Maybe Bob Ray
# (...) would do." offers Bob; "Maybe Bob could help me with the visa forms" says more.
_SUGGESTED_REACH = 3
_SUGGESTION_WORDS = 6


def _suggested_party(
    pairs: Sequence[tuple[Resolved, Resolved]],
    folded: str,
    requester: Party | None,
    rules: Rules,
) -> bool:
    """Whether a party is only suggested, in a short sentence a doubt opens
    (suggestion_doubts): "Could you introduce me to an engineer? Maybe Bob Ray (...).",
    "Vielleicht Frau Huber (...)?", "Talvez o Bob Ray (...).": the writer offers a name
    for the one asked for without being sure of it, so the request is asked about. A
    word of a party's name (the requester's own left out) within ``_SUGGESTED_REACH``
    words after the doubt, in a sentence of at most ``_SUGGESTION_WORDS`` words, a
    bracket left out; "Maybe Bob could help me with the visa forms." says more of Bob
    than his name, and changes nothing."""
    if not admits(rules.suggestion_doubts_gate, words_in(folded), folded):
        return False
    if not rules.suggestion_doubts_re.search(folded):
        return False
    names = _others_name_words(pairs, requester)
    for found in rules.suggestion_doubts_re.finditer(folded):
        after = _BRACKETED.sub(" ", folded[found.end() :])
        sentence = _SUGGESTION_END.split(after, maxsplit=1)[0]
        words = [w.strip(".,;:!?()").rpartition("'")[2] for w in sentence.split()]
        words = [w for w in words if w]
        if len(words) <= _SUGGESTION_WORDS and any(w in names for w in words[:_SUGGESTED_REACH]):
            return True
    return False


# Where a suggested name's sentence ends: a question or exclamation mark, or a full
# stop after a word longer than a title ("Dr.", "Sra." end none).
_SUGGESTION_END = re.compile(r"[?!]|(?<=\w{5})\.(?:\s|$)")


# How many words after a relation ("the daughter of") the name it relates to may start.
_KIN_REACH = 3
# Where the sentence of a relation ends (a full stop may close a title: "la Sra. Tremblay").
_KIN_SENTENCE_END = re.compile(r"[?!\n]")
# A full stop closing a word: the sentence's end, unless the word is a title or an initial.
_KIN_FULL_STOP = re.compile(r"\.(?=\s|$)")


def _before_full_stop(sentence: str, rules: Rules) -> str:
    """``sentence`` up to its first full stop that closes a word of more than two letters
    that is no title: "nahitaji mtu wa kuaminika. halima" (the line that signs joined to
    it in the folded text) relates no one to Halima, while "la fille de la sra. tremblay"
    still reaches the name."""
    for stop in _KIN_FULL_STOP.finditer(sentence):
        word = sentence[: stop.start()].rpartition(" ")[2]
        if len(word) > 2 and word not in rules.titles:
            return sentence[: stop.start()]
    return sentence


def _kin_of_party(
    pairs: Sequence[tuple[Resolved, Resolved]],
    asked: str,
    folded: str,
    rules: Rules,
    praised: frozenset[str] = frozenset(),
) -> bool:
    """Whether the ask names a relative or helper of a party rather than the party
    (kin_cues): "introduce Bernard to the daughter of Inès Haddad", "la fille d'Inès
    Haddad", "Inès Haddad's daughter", "the colleague of Paul Morel", "la colega de Paul
    Morel" mean someone the pair does not hold. A word of a party's name starts within
    ``_KIN_REACH`` words after the relation, or is the word its possessive belongs to.
    "She's the daughter of an old friend" relates no party. German writes the genitive
    without an apostrophe too ("Paul Morels Kollegin", ``genitive_kin_nouns``): the word
    before the noun, with or without its "s", is a word of a party's name, the noun none
    ("Tobias Mann" is a name, not Tobias's husband). A party's surname in the full name
    of someone else the text names ("Aoife Brennan, she is Noreen Brennan's daughter",
    "the son of Noreen Brennan") relates that other one, not the party. A likeness
    (``likeness_cues``: "someone like Thandi") to a party whose address is among
    ``praised`` (see ``_praised_parties``) is praise of her, no one else meant."""
    kin = may_hold(rules.kin_needs, folded) and _may_find("kin_re", folded, rules)
    genitive = may_hold(rules.genitive_kin_needs, folded) and bool(
        rules.genitive_kin_re.search(folded)
    )
    if not kin and not genitive:
        return False
    names = {
        word
        for pair in pairs
        for r in pair
        for word in normal_text(r.party.name or "").replace("-", " ").split()
        if len(word) > 1
    }
    if not names:
        return False
    others = _others_name_links(pairs, asked, rules)
    # The words of the names a likeness relates to someone else: every party's but the
    # praised ones' (a word another party's name holds too still counts).
    unliked = {
        word
        for pair in pairs
        for r in pair
        if (r.party.email or "").casefold() not in praised
        for word in normal_text(r.party.name or "").replace("-", " ").split()
        if len(word) > 1
    }
    if genitive:
        for found in rules.genitive_kin_re.finditer(folded):
            owner = found.group("owner")
            noun = found.group().split()[-1]
            before = folded[: found.start("owner")].split()[-1:]
            named = owner if owner in names else owner + "s"
            if (
                named in names
                and noun not in names
                # "Noreen Brennans Tochter": the name may be read with its "s". Opened by a
                # word of a party's name ("Farid Benalis Anwältin" beside "Farid Benali:
                # farid@..."), the name is that party's own, no one else's.
                and not (
                    before
                    and before[0] not in names
                    and {(before[0], named), (before[0], owner + "s")} & others
                )
            ):
                return True
    if not kin:
        return False
    for found in rules.kin_re.finditer(folded):
        if found.group().startswith("'"):
            before = folded[: found.start()].split()
            if _self_told(before[:-1], rules):
                # "I'm Ananya's mother": the writer, no one else asked for.
                continue
            owner = before[-1].rpartition("'")[2] if before else ""
            if owner in names and not (len(before) > 1 and (before[-2], owner) in others):
                return True
            continue
        if _self_told(folded[: found.start()].split(), rules):
            # "I am the mother of Ananya Reddy", "je suis la mère d'Ananya": the writer
            # told, no one else asked for.
            continue
        # Within its sentence: "conhece alguém na área regulatória?\n\nSofia" relates no
        # one to the name that signs.
        sentence = _KIN_SENTENCE_END.split(folded[found.end() :], maxsplit=1)[0]
        if "." in sentence:
            # "Nahitaji mtu wa kuaminika.\nHalima": folded, the signature's line follows
            # the full stop in one line; the relation ends with its sentence.
            sentence = _before_full_stop(sentence, rules)
        after = [w.strip(".,;:!?()").rpartition("'")[2] for w in sentence.split()[: _KIN_REACH + 1]]
        related = unliked if " ".join(found.group().split()) in rules.likeness_cues else names
        if any(
            w in related and not (at and (after[at - 1], w) in others)
            for at, w in enumerate(after[:_KIN_REACH])
        ):
            return True
    return False


def _self_told(before: Sequence[str], rules: Rules) -> bool:
    """Whether the words ``before`` end on one of ``self_copulas`` ("I am", "je suis",
    "mimi ni"): what follows tells who the writer is."""
    return any(tuple(before[-len(c) :]) == c for c in rules.self_copulas if len(before) >= len(c))


def _praised_parties(
    pairs: Sequence[tuple[Resolved, Resolved]], message: ParsedMessage, agent: str
) -> frozenset[str]:
    """The addresses of the parties a likeness may name as praise ("Thandi, meet Riaan.
    ... I'd much rather they do it properly with someone like Thandi than Google it"):
    in a mail written to the pair, the agent only copied, each party written to or
    copied (or the writer), the ones it is written to. Put to the agent ("introduce me
    to someone like Tom Hale"), or naming someone the mail is not sent to, a likeness
    still means someone else."""
    if not _only_copied(message, agent):
        return frozenset()
    to = {a.email.casefold() for a in message.to if a.email}
    sent = to | {a.email.casefold() for a in message.cc if a.email}
    if message.sender is not None:
        sent.add(message.sender.email.casefold())
    if not all((r.party.email or "").casefold() in sent for pair in pairs for r in pair):
        return frozenset()
    return frozenset(
        email for pair in pairs for r in pair if (email := (r.party.email or "").casefold()) in to
    )


def _others_name_links(
    pairs: Sequence[tuple[Resolved, Resolved]], asked: str, rules: Rules
) -> frozenset[tuple[str, str]]:
    """The pairs of words written one after the other in the full name of someone the
    text names who is no party, and in no party's name ("noreen", "brennan" of Noreen
    Brennan beside Aoife Brennan): a party's surname there is that other one's."""
    own = {
        link
        for pair in pairs
        for r in pair
        for link in pairwise(normal_text(r.party.name or "").replace("-", " ").split())
    }
    return frozenset(
        link
        for item in tokenize(asked, rules)
        if item.kind == "name" and item.name
        for link in pairwise(normal_text(item.name).replace("-", " ").split())
        if link not in own
    )


def _unsigned_command(
    message: ParsedMessage, own: str, writer: str, rules: Rules
) -> CommandMatch | None:
    """The command of a short note whose signature alone makes it longer than a short
    mail: "Finalement ce ne sera plus nécessaire, ... Vous pouvez laisser tomber." over
    "Élodie Garnier\\nSecrétariat de mairie - Vautrin" is read as the note it is, its
    signature left out. Only where the text is longer than a short mail with it and no
    longer without it, and nothing below the signature asks for an intro (a postscript
    "P.S. could you introduce me to ..." keeps the mail as it is). So too a longer mail
    whose signature alone ("HR Dr. Ernst Pichler-Wallner\nObmann\nFreundeskreis ...\n
    Schubertstraße ...") makes it longer than one a command may open (90 words)."""
    count = len(own.split())
    if count <= MAX_COMMAND_WORDS:
        # Short with its signature: already read as a short mail.
        return None
    signed = signature_start(own, writer) if writer else len(own)
    above = own[:signed]
    if signed >= len(own):
        return None
    said = len(above.split())
    if said > MAX_COMMAND_WORDS and (
        count <= MAX_OPENING_COMMAND_WORDS or said > MAX_OPENING_COMMAND_WORDS
    ):
        # Longer than a short mail without its signature too, and already read as the
        # longer mail it is, or too long for a command to open.
        return None
    if rules.trigger_re.search(normal_text(own[signed:])) is not None:
        return None
    return detect_command(message.subject, above, bool(message.in_reply_to))


def _told_to_coordinate(
    message: ParsedMessage,
    pairs: list[tuple[Resolved, Resolved]],
    signed_own: str,
    agent: str,
    rules: Rules,
) -> bool:
    """Whether a reply in a thread tells two of the writer's colleagues to sort out a task
    between them, the agent only copied: written to exactly those two, both at the
    writer's own domain (no public mail service), any pair found being those two, and the
    writer's text holding one of ``task_cues`` (a task, a problem or a deadline: "sync on
    the Q3 numbers", "they don't match", "before Friday", "avant vendredi", "antes de
    sexta", "bis Freitag", "kabla ya Ijumaa"), no intro word, no copy cue and none of
    ``unmet_cues`` ("haven't met", "joined last week", "nouveau", "nuevo", "neu", "novo",
    "mpya"). Such a mail asks nothing of the agent."""
    sender = message.sender
    if sender is None or not (message.thread_ids or _REPLY_SUBJECT.match(message.subject)):
        return False
    domain = sender.email.casefold().rpartition("@")[2]
    if not domain or domain in rules.shared_mail_domains:
        return False
    if not any(is_agent(a.email, agent) for a in message.cc) or not _only_copied(message, agent):
        return False
    to = {a.email.casefold() for a in message.to if a.email} - {sender.email.casefold()}
    if len(to) != 2 or any(email.rpartition("@")[2] != domain for email in to):
        return False
    if any({(p.party.email or "").casefold() for p in pair} != to for pair in pairs):
        return False
    said = normal_text(signed_own)
    return (
        rules.task_re.search(said) is not None
        and rules.unmet_re.search(said) is None
        and rules.intent_re.search(said) is None
        and not (_may_find("copy_cue_re", said, rules) and rules.copy_cue_re.search(said))
    )


# A reply's subject ("Re:", "AW:", "RES:", "SV:"), not a forward's.
_REPLY_SUBJECT = re.compile(r"^\s*(re|aw|sv|antw|res)\s*(\[\d+\])?\s*:", re.IGNORECASE)


def _answers_agents_mail(message: ParsedMessage, agent: str, text: str, own: str) -> bool:
    """Whether the mail replies to one of the agent's own: its thread names a message the
    agent sent, or the message it quotes is the agent's ("On Mon, ... Intro Agent
    <intro@...> wrote:")."""
    domain = "@" + agent.rpartition("@")[2] + ">"
    if any(i.casefold().endswith(domain) for i in message.thread_ids):
        return True
    # Most mail quotes nothing of the agent's: its address stands nowhere in the text.
    if agent not in text.casefold() or own.strip() == text.strip():
        return False
    header, _ = quoted_message(text)
    return agent in header.casefold()


def _status_of_another_thread(
    message: ParsedMessage, command: CommandMatch, agent: str, text: str, own: str
) -> bool:
    """Whether a status stands above someone else's quoted mail, outside any thread with
    the agent: the question ("has Curtis responded yet?") is put to the one answered."""
    if command.command != "status" or message.in_reply_to or own.strip() == text.strip():
        return False
    header, _ = quoted_message(text)
    return bool(header) and agent not in header.casefold()


# A sentence of a folded text ends at a mark before white space or the text's end; the
# dots of an address ("pwekesa@kakamegabees.org") end none.
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)")


def _doubted_address(folded: str, rules: Rules) -> bool:
    """Whether a sentence of the folded ask holds one of ``address_doubts`` ("not sure",
    "sina uhakika", "je ne suis pas sûre", "no estoy segura", "nicht sicher", "não tenho
    certeza") and an address, written ("@") before it or named anywhere in it ("email",
    "barua pepe", "correo"): the writer is unsure of an address given. Unsure of something
    else ("I'm not sure she's free in May", "I'm not sure if you know Ruth, but let me
    connect you with Ruth (ruth@...)"), nothing is doubted. Or whether the writer tells an
    address written is no one person's own (``_shared_address``)."""
    if _shared_address(folded, rules):
        return True
    if not (
        may_hold(rules.address_doubt_needs, folded)
        and _may_find("address_doubt_re", folded, rules)
        and rules.address_doubt_re.search(folded) is not None
    ):
        return False
    for sentence in _SENTENCE_END.split(folded):
        doubt = rules.address_doubt_re.search(sentence)
        if doubt is None:
            continue
        # "... ni pwekesa@... lakini sina uhakika": unsure after the address it gives. Unsure
        # before it ("I'm not sure if you know Ruth, but let me connect you with Ruth
        # (ruth@...)") is of something else, unless the address is named too.
        if "@" in sentence[: doubt.start()] or rules.address_nouns_re.search(sentence):
            return True
    return False


def _shared_address(folded: str, rules: Rules) -> bool:
    """Whether a sentence of the folded ask holding one of ``shared_address_cues`` ("his
    shared inbox", "Sammelpostfach", "caixa partilhada") writes an address, or follows one
    that does ("Seine Adresse: kontakt@hale-gmbh.de. Das ist ein Sammelpostfach."): the
    address is no one person's own. Of the writer's own mailbox ("Te escribo desde el
    correo general del cowork."), nothing is doubted."""
    if not (
        may_hold(rules.shared_address_needs, folded)
        and _may_find("shared_address_re", folded, rules)
        and rules.shared_address_re.search(folded) is not None
    ):
        return False
    before = ""
    for sentence in _SENTENCE_END.split(folded):
        if rules.shared_address_re.search(sentence) and "@" in before + sentence:
            return True
        before = sentence
    return False


def without_closing(text: str, closings: set[str]) -> str:
    """``text`` without a closing on its last line ("Thanks,", "Best regards"): the line
    above the name that signs, which the signature cut at that name leaves, is no word of
    what the mail says, so a mail's length is counted without it."""
    kept = text.rstrip()
    head, _, last = kept.rpartition("\n")
    closing = " ".join(re.sub(r"[^\w\s']", " ", last.casefold().replace("\u2019", "'")).split())
    return head if head and closing in closings else text


def _only_copied(message: ParsedMessage, agent: str) -> bool:
    """Whether the mail is written to someone else, the agent only on Cc."""
    domain = agent.rpartition("@")[2]
    to = [a.email.casefold() for a in message.to if a.email]
    # Only an address at the agent's domain may be the agent: most are looked at once.
    return bool(to) and not any(domain in email and is_agent(email, agent) for email in to)


def _may_find(regex: str, folded: str, rules: Rules) -> bool:
    """Whether the rules' cue regex named ``regex`` may find one of its phrases in
    ``folded`` (folded as ``normal_text`` folds): only where its words hold every word of
    one of them (``cue_gates``)."""
    return admits(rules.cue_gates.get(regex), words_in(folded), folded)


def _message_cued(whole: str, rules: Rules) -> bool:
    """Whether the folded mail holds one of ``message_cues`` ("nothing needed", "rien à
    faire de ton côté") that no limit follows within a few words (``message_cue_limits``:
    "Nothing needed from you beyond saying yes when it writes", "rien à faire sauf
    répondre", "nada a fazer além de dizer sim") and no word of moving comes right before
    (``message_cue_movers``: "itching to get out of the office" tells of a place left)."""
    return (
        may_hold(rules.message_cue_needs, whole)
        and _may_find("message_cue_re", whole, rules)
        and any(
            rules.message_cue_limit_re.match(whole, found.end()) is None
            and not moved_before(whole, found.start(), rules)
            for found in rules.message_cue_re.finditer(whole)
        )
    )


def _only_to_others(message: ParsedMessage, own: str, agent: str, rules: Rules) -> bool:
    """Whether every ``message_cues`` phrase of the writer's text stands in a sentence
    addressed by name to someone else on the mail, a first name written to or copied
    opening it before a comma or a colon ("Kofi, no need to do anything, it asks her
    first", "Kofi, tu n'as rien à faire de ton côté", "Kofi, no hace falta hacer nada"),
    in a mail whose text names the agent it is written or copied to ("Intro Agent, please
    introduce me to ..."): what that person need not do, not a note the agent need do
    nothing. Such a cue said to the agent, or to no one by name, still holds."""
    kept = _not_to_others(message, own, agent, rules)
    return kept is not None and not _message_cued(normal_text(kept), rules)


def _not_to_others(message: ParsedMessage, own: str, agent: str, rules: Rules) -> str | None:
    """The writer's text without its sentences addressed by name to someone else on the
    mail (a first name written to or copied opening one before a comma, a colon or a
    dash: "Hussein, Juma - no action for you on this, just keeping you in the loop"), in
    a mail written or copied to the agent whose text names it ("Intro Agent - please
    introduce me to ..."); None when the mail is no such mail or no one else is written
    to by name."""
    if not any(is_agent(a.email, agent) for a in (*message.to, *message.cc)):
        return None
    if rules.agent_name_re.search(normal_text(own)) is None:
        return None
    # "Lennox, Ruth" on Cc is Ruth Lennox, written to as "Ruth,".
    others = [
        natural_name(a.name, rules.titles).split()
        for a in (*message.to, *message.cc)
        if a.name and a.name.split() and not is_agent(a.email, agent)
    ]
    names = {words[0] for words in others if words}
    # A board or a list written to by its name ("St Bede's Governors") is called by its
    # last word ("Governors - no action needed from you"), as one person by a surname.
    names |= {words[-1] for words in others if len(words) > 1 and _members_word(words[-1])}
    names -= {
        word for a in message.from_ if a.name for word in natural_name(a.name, rules.titles).split()
    }
    if not names:
        return None
    called = re.compile(
        r"\s*(?:" + "|".join(map(re.escape, sorted(names))) + r")(?:\s*[,:]|\s+[-\u2013\u2014]\s)"
    )
    return "\n".join(part for part in _SENTENCE_PARTS.split(own) if not called.match(part))


def _members_word(word: str) -> bool:
    """Whether the last word of a name written to may call its holder: a word written
    with a capital, of letters only ("Governors", "Vorstand", "Wazazi", "Lennox")."""
    return len(word) > 2 and word[0].isupper() and word.isalpha()


# A sentence of the writer's text ends at . ! ? before a space, or at a line's end.
_SENTENCE_PARTS = re.compile(r"(?<=[.!?])\s+|\n")


def _withdrawn(text: str, rules: Rules) -> bool:
    """Whether the writer takes back what they asked, later in their own text: "Could you
    connect me with Tom (...)? Actually, never mind - I found him on LinkedIn." A
    withdrawal before any ask or address ("Never mind my last mail: please introduce me
    to ...") takes back something else. Asking that an intro not be acted on, wherever
    it stands, asks none ("M. Lambert m'a dit qu'il comptait vous écrire pour que vous me
    présentiez à ses partenaires. Je vous saurais gré de ne pas donner suite")."""
    folded = normal_text(text)
    if (
        may_hold(rules.no_action_cue_needs, folded)
        and _may_find("no_action_cue_re", folded, rules)
        and rules.no_action_cue_re.search(folded) is not None
    ):
        return True
    # Most mail takes nothing back: look for that first, the asks only then.
    if (
        not may_hold(rules.withdrawal_cue_needs, folded)
        or not _may_find("withdrawal_cue_re", folded, rules)
        or rules.withdrawal_cue_re.search(folded) is None
    ):
        return False
    asked = rules.trigger_re.search(folded)
    starts = [found.start() for found in (asked, ADDRESS.search(folded)) if found]
    if not starts:
        return False
    return any(
        not _conditional(folded, found.start(), rules)
        for found in rules.withdrawal_cue_re.finditer(folded, min(starts))
    )


def _conditionally_withdrawn(folded: str, rules: Rules) -> bool:
    """Whether the folded text withdraws its ask only under a condition ("If you don't
    think it's worth it, forget it", "Si no te convence, déjalo"): see ``_conditional``."""
    if not may_hold(rules.withdrawal_cue_needs, folded) or not _may_find(
        "withdrawal_cue_re", folded, rules
    ):
        return False
    return any(
        _conditional(folded, found.start(), rules)
        for found in rules.withdrawal_cue_re.finditer(folded)
    )


# Where a sentence of a folded text ends, for the condition a withdrawal may close.
_CONDITION_SENTENCE_END = re.compile(r"[.!?;:]+(?=\s|$)")


def _conditional(folded: str, at: int, rules: Rules) -> bool:
    """Whether the withdrawal at ``at`` of ``folded`` follows a condition opening its
    sentence and closed by a comma, one word or more after one of
    ``withdrawal_conditions`` ("Si no te convence, déjalo y se lo pregunto yo", "If you
    don't think it's worth it, forget it", "Wenn nicht sinnvoll, vergiss es"): the writer
    leaves the ask to the agent's judgement, and takes nothing back. "Sí, déjalo", a
    yes and no condition, still withdraws."""
    ends = [found.end() for found in _CONDITION_SENTENCE_END.finditer(folded, 0, at)]
    sentence = folded[ends[-1] if ends else 0 : at].strip()
    if not sentence.endswith(","):
        return False
    words = sentence.split()
    condition = words[0].strip("¿¡")
    return condition in rules.withdrawal_conditions and "," not in words[0] and len(words) > 2


# Where a sentence ends, for the sentences a hold is looked for in.
_HOLD_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n")


def _held(text: str, rules: Rules) -> bool:
    """Whether the writer tells the agent to hold an intro, neither to go on with it nor
    to cancel it: every sentence naming an intro (``trigger_re``) holds one of
    ``hold_cues`` ("Don't go ahead with the intro to Ana, don't cancel it either, just
    wait", "Hold off on the intro to Ana"), or none names one and one holds a cue (under
    "Re: intro to Ana": "No sigas con la presentación a Ana, tampoco la canceles,
    espera"), and the text writes no address, which a new ask would give ("Please wait
    until Monday, then introduce me to Ana Ruiz (...)")."""
    folded = normal_text(text)
    # Most mail holds nothing: look for a cue first, the sentences only then.
    if (
        not may_hold(rules.hold_cue_needs, folded)
        or not _may_find("hold_cue_re", folded, rules)
        or rules.hold_cue_re.search(folded) is None
        or ADDRESS.search(folded)
    ):
        return False
    asking = [s for s in _HOLD_SENTENCE_END.split(folded) if rules.trigger_re.search(s)]
    return all(rules.hold_cue_re.search(s) for s in asking)


def _presents_newcomer(subject: str, text: str, rules: Rules) -> bool:
    """Whether the writer presents a newcomer to the mail's readers (one of
    ``rules.newcomer_calls``, a presenting call and the writer's side's "new": "Darf ich
    vorstellen: unsere neue Kollegin", "let me introduce our new treasurer", "je vous
    présente notre nouvelle collègue", "les presento a nuestra nueva compañera",
    "apresento-vos a nossa nova colega", "nawatambulisha mwenzetu mpya") in the subject or
    the text, and every sentence naming an intro (``trigger_re``) is such a call: an
    announcement, no ask of the agent. "Darf ich vorstellen: unsere neue Kollegin Melanie.
    Könnt ihr sie mit unserem Kassenwart bekannt machen?" still asks."""
    folded = (normal_text(subject), normal_text(text))
    if not any(
        may_hold(rules.newcomer_call_needs, piece) and rules.newcomer_call_re.search(piece)
        for piece in folded
    ):
        return False
    asking = [
        sentence
        for piece in folded
        for sentence in _HOLD_SENTENCE_END.split(piece)
        if rules.trigger_re.search(sentence)
    ]
    return all(rules.newcomer_call_re.search(sentence) for sentence in asking)


def _introduces_self(text: str, rules: Rules) -> bool:
    """Whether the writer introduces themselves to the one written to (one of
    ``rules.self_introductions``: "allow me to introduce myself", "permettez-moi de me
    présenter", "permítame presentarme", "gestatten Sie mir, mich Ihnen kurz
    vorzustellen", "permita-me que me apresente", "niruhusu nijitambulishe"): a mail
    doing so whose asks name no one to meet presents the writer to the reader and asks
    nothing of the agent ("Da Sie Menschen aus der Wirtschaft miteinander vernetzen,
    würde ich mich freuen, mich ... mit Ihnen auszutauschen"). An ask for the writer in
    the clause of an ask word ("Could you introduce me to someone in procurement?",
    "Könnten Sie mich mit jemandem aus dem Einkauf bekannt machen?") still asks."""
    folded = normal_text(text)
    spans = [(m.start(), m.end()) for m in rules.self_introduction_re.finditer(folded)]
    if not spans:
        return False
    selves = rules.object_self_words | rules.self_verbs
    for asked in rules.trigger_re.finditer(folded):
        if any(start <= asked.start() < end for start, end in spans):
            # "allow me to introduce myself": the introduction itself.
            continue
        start = max((b.end() for b in _CLAUSE_BREAK.finditer(folded, 0, asked.start())), default=0)
        stop = _CLAUSE_BREAK.search(folded, asked.end())
        clause = folded[start : stop.start() if stop else len(folded)]
        if not selves.isdisjoint(_WORD.findall(clause)):
            return False
    return True


def _dismissed(text: str, rules: Rules) -> bool:
    """Whether the writer tells the agent it has nothing to do: a clause of ``text`` that
    holds one of ``rules.dismissal_cues`` and, besides, only ``rules.dismissal_words``
    ("Sorry, I cc'd my intro bot by mistake, please ignore it", "Je vous ai mis en copie
    par erreur", "Bitte einfach ignorieren", "FYI only"). A cue governing something else
    dismisses nothing: "Please ignore the earlier thread" beside an ask, "his CV for your
    records", "no need to do anything else"."""
    # Most mail dismisses nothing: look for a cue first, the clauses only then.
    folded = normal_text(text)
    if (
        not may_hold(rules.dismissal_needs, folded)
        or not _may_find("dismissal_re", folded, rules)
        or rules.dismissal_re.search(folded) is None
    ):
        return False
    for clause in _CLAUSE_BREAK.split(text):
        folded = normal_text(clause)
        cues = list(rules.dismissal_re.finditer(folded))
        if not cues:
            continue
        rest = folded
        for cue in reversed(cues):
            rest = rest[: cue.start()] + " " + rest[cue.end() :]
        if all(word in rules.dismissal_words for word in _WORD.findall(rest)):
            return True
    return False


# Where a clause ends: punctuation, a bracket, a line break or a dash between spaces.
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\[\]\n\u00a1\u00bf]|\s[-\u2013\u2014]+\s")
_WORD = re.compile(r"\w+(?:'\w+)?")


# "+intro@..." adds the agent to a thread: the "+" is no part of the address.


def _left_out(
    pairs: list[tuple[Resolved, Resolved]],
    signed_own: str,
    forward: Forward | None,
    message: ParsedMessage,
    agent: str,
    rules: Rules,
    taken_back: frozenset[str] = frozenset(),
) -> bool:
    """Whether someone written with an address in the mail is in no pair found: "connect
    me with Juha <juha@...> and also with his colleague Aino (aino@...)" read as one
    pair would leave Aino out, so the agent asks rather than act on half the request.

    The writer's side is left aside: addresses in signatures, and the writer's own
    colleagues ("my EA Jenny (jenny@<the writer's company>)"), unless that domain is a
    public mail service shared by strangers, and those of an ask the writer took back for
    another (``taken_back``: "Quería pedirte que presentaras a Núria (...) a Álvaro (...)
    ... Pensándolo mejor, no. ... Preséntame a mí a Álvaro"). ``signed_own`` is the
    writer's own text above their signature."""
    sender = message.sender
    # A table's rows list people to pick from ("Could you introduce Ines and Kofi?"
    # under four founders): those not picked are listed, not left out.
    tabled = [(start, end) for start, end, table in row_lines(signed_own) if table]
    for start, end in reversed(tabled):
        signed_own = signed_own[:start] + signed_own[end:]
    texts = [signed_own]
    if forward is not None:
        author = forward.author.name if forward.author else ""
        cut = forward.body[: signature_start(forward.body, author)]
        inner = quote_headers(forward.body) if "@" in forward.body else []
        for header in inner:
            # "From: Joost Verhagen <joost@...>" over a mail forwarded inside the forward:
            # the people of its header block are those the forwarded mails passed
            # between, as the outer forward's own header's are, not people the writer
            # names to meet. A header quoted with marks is not found, and stays read.
            cut = cut.replace(header, "")
        texts.append(cut)
        if inner and forward.body.find(inner[0]) >= 0:
            # What the inner mails say below their headers is read whole, wherever the
            # forwarded author's sign-off seemed to end their text ("Kees,\nAsk Marloes
            # Bakker (m.bakker@...)" under Joost's header, Kees its author).
            below = forward.body[forward.body.find(inner[0]) :]
            for header in inner:
                below = below.replace(header, "")
            texts.append(below)
    written = {
        found.group(0).casefold().rstrip(".") for text in texts for found in addresses_in(text)
    }
    known = {p.party.email.casefold() for pair in pairs for p in pair if p.party.email}
    own_domain = ""
    if sender is not None:
        known.add(sender.email.casefold())
        domain = sender.email.casefold().rpartition("@")[2]
        own_domain = "" if domain in rules.shared_mail_domains else domain
    left = [
        email
        for email in written
        if email not in known
        and email not in taken_back
        and not is_agent(email, agent)
        and email.rpartition("@")[2] != own_domain
    ]
    return bool(left) and not all(
        _party_assistant(email, known, signed_own, rules) for email in left
    )


def _party_assistant(email: str, known: set[str], text: str, rules: Rules) -> bool:
    """Whether ``email`` is a party's assistant's, told of beside the ask: its sentence
    holds no other address and one of ``assistant_words`` ("Anika's EA is Josh
    (josh.k@lumendx.io)", "Ihre Assistentin ist ..."), and its domain, no public mail
    service, is that of a party's address. Like the writer's colleagues, such a one is
    how to reach a party, no one else asked for; "and her assistant Josh (josh@...)"
    beside the party's own address in the ask is asked for."""
    domain = email.rpartition("@")[2]
    if domain in rules.shared_mail_domains or not any(
        other != email and other.rpartition("@")[2] == domain for other in known
    ):
        return False
    folded = text.casefold()
    at = folded.find(email)
    if at < 0:
        return False
    ends = list(_SENTENCE_END.finditer(folded))
    start = max((end.end() for end in ends if end.end() <= at), default=0)
    stop = min((end.start() for end in ends if end.start() >= at + len(email)), default=len(folded))
    sentence = folded[start:stop]
    if len(addresses_in(sentence)) != 1:
        return False
    words = set(re.findall(r"[^\W\d_]+", sentence))
    return not rules.assistant_words.isdisjoint(words)


def _unlisted(own: str, signed: int) -> str:
    """The writer's text without the signature's lines that give someone's address: such
    a line lists a contact of the writer's ("Executive Assistant: Gwen Price |
    gwen@..."), not a role the writer holds ("Executive Assistant to David Chen")."""
    lines = own[signed:].splitlines()
    return own[:signed] + "\n".join(line for line in lines if "@" not in line)


def _named_by_subject(
    pairs: list[tuple[Resolved, Resolved]],
    read_subject: Callable[[], Reading | None],
) -> list[tuple[Resolved, Resolved]]:
    """``pairs`` with each party known by address alone named as the subject names the
    one at that address, where the subject pairs people it knows for sure (resolved to
    the addresses the text gives): "Intro: Ana Ruiz <> Bruno Lima" over "ana@... /
    bruno@..."; without such a pair, or for one it names otherwise, nothing changes."""
    subject = read_subject()
    if subject is None:
        return pairs
    names: dict[str, set[str]] = {}
    for pair in subject.pairs:
        for r in pair:
            if r.certain and r.party.email and r.party.name:
                names.setdefault(r.party.email.casefold(), set()).add(r.party.name)

    def named(r: Resolved) -> Resolved:
        found = names.get((r.party.email or "").casefold(), set()) if not r.party.name else set()
        if len(found) != 1:
            return r
        return Resolved(Party(found.pop(), r.party.email), r.certain)

    return [(named(a), named(b)) for a, b in pairs]


def _as_titled(addresses: tuple[Address, ...], text: str, rules: Rules) -> tuple[Address, ...]:
    """The people a directory lists surname first ("Schmitt, Petra", "Roux, Camille")
    named as people write them ("Petra Schmitt") where ``text`` names them by a title and
    that surname ("Liebe Frau Schmitt", "Chère Madame Roux"), or calls them by the given
    name alone ("Rahul, Clara," and "Rahul's group" for "Menon, Rahul") and never by the
    surname alone, which says the listing is surname first; otherwise the listing stays
    as the headers show it."""
    names = [
        (item.name, item.titled)
        for item in tokenize(text, rules)
        if item.kind == "name" and item.name
    ]
    titled = {name.split()[-1].casefold() for name, by_title in names if by_title}
    # Names written as one word, untitled: what a writer calls someone by.
    called = {name.casefold() for name, by_title in names if not by_title and " " not in name}
    named = []
    for address in addresses:
        natural = natural_name(address.name, rules.titles) if "," in address.name else ""
        words = natural.casefold().split() if natural and "," not in natural else []
        surname = words[-1] if words else ""
        # "Menon, Rahul" called "Rahul" and never "Menon": the part after the comma is
        # the one the writer uses, the given name; a one-word given name only, so that
        # the two parts cannot share a word.
        given = len(words) == 2 and words[0] in called and surname not in called
        named.append(Address(natural, address.email) if surname in titled or given else address)
    return tuple(named)


def _encodable(text: str) -> str:
    """``text`` without lone surrogates, which the tokenizer cannot encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


# Where the sentence of a wish ends.
_WISH_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")


def _proxy_wish(folded: str, own: str, rules: Rules) -> bool:
    """Whether someone of the writer's wishes in the mail (``rules.proxy_wish_re``: "my
    colleague would love an intro to ...", "Meine Chefin würde gerne ... kennenlernen"),
    which leaves "me" nobody certain. A need that reaches no one ("Mein Sohn Jonas
    braucht bis zu den Zeugnissen dringend Unterstützung", "my son needs help with
    maths": no word of meeting or introducing in its sentence), beside an ask that
    names the writer ("Könnten Sie mich mit Frau Yilmaz bekannt machen?", "could you
    introduce me to"), is the writer's reason and no wish of another."""
    wishes = (
        list(rules.proxy_wish_re.finditer(folded))
        if may_hold(rules.proxy_wish_needs, folded)
        else []
    )
    if not wishes:
        return False
    for wish in wishes:
        end = _WISH_SENTENCE_END.search(folded, wish.end())
        sentence = folded[wish.start() : end.start() if end else len(folded)]
        if rules.contact_re.search(sentence):
            return True
    return not _asks_for_writer(own, rules)


def _asks_for_writer(own: str, rules: Rules) -> bool:
    """Whether the writer names themselves in an ask: "me", "mich" in a sentence of
    meeting or introducing, or a verb carrying them ("presentarme")."""
    for item in tokenize(own, rules):
        if item.lower in rules.self_verbs:
            return True
        if item.kind != "self":
            continue
        opened = max((m.end() for m in _WISH_SENTENCE_END.finditer(own, 0, item.start)), default=0)
        closed = _WISH_SENTENCE_END.search(own, item.end)
        if rules.contact_re.search(normal_text(own[opened : closed.start() if closed else None])):
            return True
    return False


def _proxy_cued(folded: str, own: str, rules: Rules) -> bool:
    """Whether ``rules.proxy_cue_re`` finds the writer asking for someone else ("on
    behalf of Richard", "Marc's assistant"). Another's errand for the writer
    (``rules.errand_cues``: "Teagasc asked me to pick up a few more farms", "mi jefa me
    pidió que busque proveedores") in a sentence of no meeting or introducing, beside
    an ask naming the writer ("could you connect me w/ Declan"), is the writer's reason:
    the writer is the one to introduce. An errand to meet someone ("Sara asked me to get
    her an intro") or any other cue still makes the writer a go-between."""
    if not (
        may_hold(rules.proxy_cue_needs, folded)
        and _may_find("proxy_cue_re", folded, rules)
        and rules.proxy_cue_re.search(folded)
    ):
        return False
    for cue in rules.proxy_cue_re.finditer(folded):
        if cue.group(0).strip() not in rules.errand_cues:
            return True
        end = _WISH_SENTENCE_END.search(folded, cue.end())
        if rules.contact_re.search(folded[cue.start() : end.start() if end else len(folded)]):
            return True
    return not _asks_for_writer(own, rules)


def _others_named(items: Sequence[Item], requester: Party | None) -> set[str]:
    """The names the items write other than the requester's: the people whose addresses
    a signature block or a quoted thread below may give."""
    writer_key = (requester.name or "").casefold() if requester else ""
    return {
        item.name
        for item in items
        if item.kind == "name" and item.name and item.name.casefold() != writer_key
    }


# The request reader's helpers below are module functions and objects, not functions
# nested in ``_read_all``: the compiled build ties a nested function and the variables it
# reads in a cycle, which only the garbage collector frees, and every request would leave
# its tokens, scenes and readings to it.


def _plain(addresses: tuple[Address, ...], rules: Rules) -> tuple[Address, ...]:
    """People as they are named, without a title or a company ("Dr. Katharina Weber",
    "Jessica Tran | NorthPeak", the Austrian engineer's "DI Johann Gruber" copied in)."""
    plained = [
        (a, plain_name(_without_capital_titles(a.name, rules), rules.titles)) for a in addresses
    ]
    return tuple(a if name == a.name else Address(name, a.email) for a, name in plained)


class _Scenes:
    """What every piece of a mail shares in its scene (``Scene``): the agent, the people
    the mail and the text name, the address book. Each scene is made afresh, as reading
    a piece changes its own."""

    def __init__(
        self,
        agent: str,
        gazetteer: tuple[Address, ...],
        body_names: tuple[Address, ...],
        body_emails: tuple[str, ...],
        book: AddressBook | None,
        text_names: tuple[str, ...],
        titled_names: tuple[str, ...],
        copied: bool,
        third_signed: str,
        lowered: frozenset[str],
        cosigned: frozenset[str],
        informed: frozenset[str],
    ) -> None:
        self.agent = agent
        self.gazetteer = gazetteer
        self.body_names = body_names
        self.body_emails = body_emails
        self.book = book
        self.text_names = text_names
        self.titled_names = titled_names
        self.copied = copied
        self.third_signed = third_signed
        self.lowered = lowered
        self.cosigned = cosigned
        self.informed = informed

    def at(
        self,
        me: Resolved | None,
        recipients: tuple[Address, ...],
        third: Resolved | None,
        forwarded: bool = False,
        text: str = "",
    ) -> Scene:
        """The scene of a piece where "me" is ``me``, ``third`` whom "he" stands for, and
        ``recipients`` the others on the mail."""
        return Scene(
            self.agent,
            me,
            third,
            recipients,
            self.gazetteer,
            self.body_names,
            self.body_emails,
            (),
            self.book,
            self.text_names,
            forwarded=forwarded,
            titled_names=self.titled_names,
            text=text,
            copied=self.copied,
            third_signed=self.third_signed,
            lowered=self.lowered,
            cosigned=self.cosigned,
            informed=self.informed,
        )


class _Resolver:
    """Who a mention is (``resolve_mention``), each in a scene made afresh for it."""

    def __init__(
        self,
        scenes: _Scenes,
        me: Resolved | None,
        recipients: tuple[Address, ...],
        third: Resolved | None,
    ) -> None:
        self.scenes = scenes
        self.me = me
        self.recipients = recipients
        self.third = third

    def __call__(self, item: Item) -> Resolved:
        return resolve_mention(item, self.scenes.at(self.me, self.recipients, self.third))[0]


class _Pieces:
    """The pieces of a mail read for pairs, each when asked: the writer's own text, the
    mail it forwards, the subject. Each reading of the text or the forward is noted, with
    its scene, in ``implied_by`` (and the forward's in ``forwarded_scene``) for the pair
    an ask implies; the subject is read in the light of ``readings``, those read before."""

    def __init__(
        self,
        scenes: _Scenes,
        message: ParsedMessage,
        agent: str,
        rules: Rules,
        own: str,
        own_items: list[Item],
        said: str,
        subject: str,
        subject_items: list[Item],
        forward: Forward | None,
        forward_items: list[Item],
        requester: Party | None,
        me: Resolved | None,
        recipients: tuple[Address, ...],
        third: Resolved | None,
        own_third: Resolved | None,
        unsaid: Resolved | None,
        author: Address | None,
        sender_key: str,
        reply: bool,
        asks_over_agreement: bool,
        implied_by: list[tuple[Reading, Scene]],
        forwarded_scene: list[Scene],
        readings: list[Reading],
    ) -> None:
        self.scenes = scenes
        self.message = message
        self.agent = agent
        self.rules = rules
        self.own = own
        self.own_items = own_items
        self.said = said
        self.subject = subject
        self.subject_items = subject_items
        self.forward = forward
        self.forward_items = forward_items
        self.requester = requester
        self.me = me
        self.recipients = recipients
        self.third = third
        self.own_third = own_third
        self.unsaid = unsaid
        self.author = author
        self.sender_key = sender_key
        self.reply = reply
        self.asks_over_agreement = asks_over_agreement
        self.implied_by = implied_by
        self.forwarded_scene = forwarded_scene
        self.readings = readings

    def read_own(self) -> Reading | None:
        """The writer's own text."""
        message, agent, own_third = self.message, self.agent, self.own_third
        scene_here = self.scenes.at(self.me, self.recipients, own_third, text=self.said)
        scene_here.noting = self.forward is not None and own_third is self.third
        if self.forward is None and _only_copied(message, agent):
            # Written to someone, the agent only copied: the one written to is asked, and
            # is not whom "him" stands for ("Hallo Inês, könntest du ihn mir vorstellen?").
            scene_here.written_to = frozenset(a.email.strip().casefold() for a in message.to)
        reading = read_text(
            self.own,
            self.own_items,
            scene_here,
            "pair",
            self.rules,
            self.reply,
            self.asks_over_agreement,
        )
        # The pair an ask implies is among everyone on the mail, the one written for too.
        unsaid = self.unsaid
        self.implied_by.append((reading, replace(scene_here, me=unsaid) if unsaid else scene_here))
        return reading

    def read_forward(self) -> Reading | None:
        """The forwarded mail, as its author wrote it."""
        forward, author = self.forward, self.author
        if forward is None:
            return None
        forwarded_to = tuple(
            a
            for a in unique_addresses(_plain(forward.to + forward.cc, self.rules), self.agent)
            if not author or a.key != author.key
        )
        scene_here = self.scenes.at(self.third, forwarded_to, self.third, True)
        reading = read_text(forward.body, self.forward_items, scene_here, "pair", self.rules)
        # The forwarder is the one the author asked, not one to introduce.
        asked = {self.sender_key} if self.sender_key else set()
        authored = replace(scene_here, recipients=_without(forwarded_to, asked))
        self.implied_by.append((reading, authored))
        self.forwarded_scene.append(authored)
        return reading

    def read_subject(self) -> Reading | None:
        """The subject, for people known for sure."""
        subject, readings, requester = self.subject, self.readings, self.requester
        # A reply's or a forward's subject names an earlier mail's business, not this one's.
        if subject != self.message.subject.strip() or any(r.vetoed for r in readings):
            return None
        titled = read_text(
            subject,
            self.subject_items,
            self.scenes.at(self.me, self.recipients, self.own_third),
            "subject",
            self.rules,
        )
        # "Planning / Budget" is no pair: a subject counts only for people known for sure.
        titled.pairs = [(a, b) for a, b in titled.pairs if a.certain and b.certain]
        # Subject "Apresentação ao Henrique Barros" over "Gostaria que apresentasse o meu
        # sócio, o Paulo Nogueira, ao Henrique Barros": the body's ask names someone the
        # subject's pair leaves out, so the subject does not say who is to meet.
        asked = {name for r in readings for name in r.asked_names} | {
            item.name.casefold()
            for r in readings
            for _, items in r.intending()
            for item in items
            if item.kind == "name" and item.name
        }
        writer = (requester.name or "") if requester else ""
        titled.pairs = [pair for pair in titled.pairs if not _names_others(asked, pair, writer)]
        return titled


def _read_all(
    message: ParsedMessage,
    requester: Party | None,
    agent: str,
    own: str,
    signed: int,
    forward: Forward | None,
    book: AddressBook | None,
    rules: Rules,
    informed: tuple[Address, ...] = (),
) -> tuple[list[tuple[Resolved, Resolved]], str | None, bool]:
    sender = message.sender
    # The writer as they sign, not as a directory lists them ("Hargreaves, Simon").
    me = party_of(Address(requester.name or "", requester.email or "")) if requester else None
    folded = normal_text(_unlisted(own, signed)) if me is not None else ""
    # "I'm writing on behalf of Richard", "My colleague would love an intro to ...": the
    # one to introduce is not the writer.
    proxy = me is not None and (_proxy_cued(folded, own, rules) or _proxy_wish(folded, own, rules))

    to, cc = _plain(message.to, rules), _plain(message.cc, rules)
    if any("," in a.name for a in (*to, *cc)):
        # "Schmitt, Petra" greeted "Liebe Frau Schmitt": listed surname first, named as
        # the text names her.
        to, cc = _as_titled(to, own, rules), _as_titled(cc, own, rules)
    headers = unique_addresses(
        (*to, *cc, *_plain(message.from_, rules), *_plain(message.reply_to, rules)), agent
    )
    sender_key = sender.key if sender else ""
    recipients = tuple(a for a in unique_addresses((*to, *cc), agent) if a.key != sender_key)
    author = _plain((forward.author,), rules)[0] if forward and forward.author else None
    third = party_of(author) if author and author.email else None
    third_signed = (
        signed_short_name(forward.body, author.name, author.email, rules.closings, rules.greetings)
        if forward is not None and author is not None and author.name and author.email
        else ""
    )
    inner = (
        _plain(forward.to + forward.cc, rules) + ((author,) if author else ()) if forward else ()
    )
    # "... en contact avec <a href="mailto:genevieve@...">Geneviève Tremblay-Paquin</a>"
    # in the HTML part, the name alone in the plain one: known as a header's people are.
    gazetteer = tuple(unique_addresses((*headers, *inner, *linked_addresses(message)), agent))
    # "On Wed, 19 Nov 2025 at 09:41, Ines Duarte <ines@...> wrote:", a quoted "From:"
    # block: people a quoted thread's headers name are known as the mail's own headers'
    # are, each as those headers show them when they name them too.
    # Quote headers stand in the quoted part, which the new text leaves out: a mail whose
    # new text is all of it quotes nothing.
    full = (message.text or "")[:MAX_TEXT_CHARS]
    quoted_headers = (
        quote_headers(full) if forward is not None or own.strip() != full.strip() else []
    )
    quoted = (
        header_people(quoted_headers, rules.forward_labels, rules.name_particles)
        if quoted_headers
        else ()
    )
    if quoted:
        known = {a.key for a in gazetteer}
        # As people write them: "Duarte, Ines" is Ines Duarte.
        shown = (Address(natural_name(a.name, rules.titles), a.email) for a in quoted)
        gazetteer += tuple(a for a in unique_addresses(shown, agent) if a.key not in known)
    # The subject's tokens are read with the text's.
    subject = _encodable(strip_subject_prefixes(message.subject))
    own_tokens, subject_tokens = spacy_tokens_of_two(own, subject)
    own_items = tokenize(own, rules, own_tokens)
    # "intro daniel and mohammed (both cc'd)", "put me in touch w rafael duarte": people
    # the headers or the address book know, written in lower case. The book is asked only
    # for a text that names no one otherwise, as such writers write.
    unnamed = book is not None and not any(item.kind == "name" for item in own_items)
    # "intro dan and mo (both cc'd)": the writer saying those on the mail are copied, a
    # word beginning one of their first names is that one's short name.
    said_copied = (
        bool(recipients)
        and _may_find("copy_cue_re", folded, rules)
        and rules.copy_cue_re.search(folded) is not None
    )
    capitalised = known_in_lower_case(
        own,
        (a.name for a in gazetteer if a.name),
        book if unnamed else None,
        rules,
        [first_word(a) for a in recipients] if said_copied else (),
    )
    if capitalised != own:
        own = capitalised
        own_items = tokenize(own, rules)
    # "Rev Jo Mensah ... jo is revjo.mensah@...": the first name of one named in full,
    # typed in lower case before the address given them.
    copulated = copula_first_names(own, own_items, rules)
    if copulated != own:
        own = copulated
        own_items = tokenize(own, rules)
    # "can u intro me to marco?": a first name alone typed in lower case as an ask's
    # person, where the writer opens the sentence in lower case too.
    lowered, typed_lower = lower_case_first_names(own, own_items, rules, book)
    if lowered != own:
        own = lowered
        own_items = tokenize(own, rules)
    if (
        third is not None
        and author is not None
        and any(item.lower in rules.author_pronoun_words for item in own_items)
    ):
        # "Bitte stellen Sie sie Herrn Dr. Lorenz Baumann vor": in a forward's note, "sie"
        # is the forwarded mail's author, as "this gentleman" is.
        own_items = author_pronouns(
            own,
            own_items,
            rules.author_pronouns,
            rules.mutual_words | rules.them_words,
            rules.name_articles | rules.noun_determiners,
            _names_one(author.name),
        )
    # The text above the signature, as now recased, cut once for every look below.
    said = own[:signed]
    if me is not None and not proxy and stands_in(own, own_items, rules):
        # "Bitte stellen Sie meinen Mann Tobias Krüger (...) vor, nicht mich": someone
        # of the writer's is introduced in the writer's place, the one "me" and "us" are.
        proxy = True
    forward_items = tokenize(forward.body, rules) if forward else []
    # "Claire\n\nP.S. ... introduce me to Hana Sato? ... (hana.sato@...)": a postscript
    # below the signature is the writer's text again, its addresses theirs to give.
    found = postscript_start(own, signed) if signed < len(own) else -1
    # "Thanks\nKwabena\n\nContacts:\nEfua Mensah-Bonsu - efua@...": so is a block of
    # contacts the writer lists there.
    listed = contact_block_start(own, signed, rules) if "@" in own[signed:] else -1
    if listed >= 0 and (found < 0 or listed < found):
        found = listed
    after = found if found >= 0 else len(own)
    before_signature = [item for item in own_items if item.start < signed or item.start >= after]
    body_names, body_emails = written_addresses([*before_signature, *forward_items])
    subject_items = tokenize(subject, rules, subject_tokens)
    text_names = tuple(
        {
            i.name
            for i in (*own_items, *forward_items, *subject_items)
            if i.kind == "name" and i.name
        }
    )
    # "Frau Keller", "Mme Dubois": surnames written after a title.
    titled_names = tuple(
        {i.name for i in (*own_items, *forward_items) if i.kind == "name" and i.name and i.titled}
    )
    # "Professor Eze at ie@..." after "Professor Ikenna Eze": the address is his, named in
    # full.
    body_names = tuple(
        Address(fuller_name(a.name, a.name in titled_names, text_names), a.email)
        for a in body_names
    )
    if "@" in said or "@" in own[after:] or forward is not None:
        # "... Frau Theresa Huber ... Ihre E-Mail-Adresse lautet t.huber@...": an address
        # given in a sentence about someone is theirs (agent.understanding.request_told).
        named_anywhere = (*text_names, *(a.name for a in gazetteer if a.name))
        # The forwarded mail's author, whose address the mail gives: "Samuel (cf.
        # ci-dessous)" over his mail. The sender named in the text is no such one ("A
        # friend told me about Ann Lee, who got a letter from Jo Bell ... Her email is
        # ...", written by Ann Lee herself, still ties nothing).
        author = forward.author if forward is not None else None
        reachable = (author.name,) if author is not None and author.name and author.email else ()
        told = told_addresses(own, before_signature, rules, named_anywhere, reachable)
        if forward is not None:
            in_note = told
            told = told + told_addresses(
                forward.body, forward_items, rules, named_anywhere, reachable
            )
            words = {item.lower for item in forward_items}
            if not words.isdisjoint(rules.your_words | rules.your_after_words):
                # "¿me podrías presentar a tu gestor?" over "Andrés Molina es andres@...":
                # the forwarder's one the note gives an address for.
                writers = {a.email.casefold() for a in (sender, author) if a and a.email}
                theirs = note_contact(before_signature, in_note, writers, rules)
                if theirs is not None:
                    forward_items = your_contact(forward_items, theirs, rules)
        if DASHED_ADDRESS.search(said):
            # "... bekannt zu machen - j.weidinger@...": closing the sentence that names
            # one person without an address, an address spelling them is theirs.
            with_address = [a.name for a in gazetteer if a.name and a.email]
            signer = requester.name if requester and requester.name else ""
            told += dashed_addresses(before_signature, [*with_address, signer], signer, own)
        # A label ends on a colon: most mail writes none above its signature.
        if own.find(":", 0, signed) >= 0 and rules.address_label_re.search(own, 0, signed):
            # "Mme Thi Lan Nguyen - Directrice juridique\nTél. : ... - Courriel :
            # tl.nguyen@...": an address on a labelled line is the one person named there.
            told += labelled_addresses(said, before_signature, rules, named_anywhere)
        body_names = (*body_names, *told)
    if "VCARD" in full or "vcard" in full or CARD_NAMED.search(full):
        # "BEGIN:VCARD ... FN:Sven Lindqvist ... EMAIL;TYPE=INTERNET:sven@...": a card
        # gives its one address to the one it names; so do a card's fields signing a
        # mail ("N:Athman;Omar\n...\nEMAIL;TYPE=WORK:omar.athman@...").
        body_names = (*body_names, *vcard_addresses(full))
    if (
        may_hold(rules.signature_ref_needs, folded)
        and rules.signature_ref_re.search(folded)
        and "@" in full
    ):
        # "Could you connect me with Joseph Lokwang? His contact details are in his
        # signature at the bottom.": the one address of the block below signed by them.
        body_names = (
            *body_names,
            *signature_addresses(full, _others_named(before_signature, requester)),
        )
    if proxy and "@" in full:
        # "I am writing on behalf of my principal, Chief Olumide Adebayo" over his own
        # block below the writer's, "--\nChief Olumide Adebayo, FCILT\n...\n
        # olumide.adebayo@...": the one written for signs the address it holds.
        principals = {item.name for item in named_principals(own, own_items, rules) if item.name}
        body_names = (*body_names, *signed_block_addresses(full, principals))
    if (
        quoted_headers
        and may_hold(rules.thread_ref_needs, folded)
        and rules.thread_ref_re.search(folded)
    ):
        # "Could you introduce Layla to Tomasz ... per the thread below? Both their emails
        # are in there." over "> Omar, nice meeting Tomasz Wierzbicki <tom.w@...>": the
        # address the quoted thread writes after the name of one the writer names.
        body_names = (
            *body_names,
            *thread_addresses(full, _others_named(before_signature, requester), rules),
        )
    if "@" in full and points_below(folded, rules):
        # "Los datos del Dr. Benavente están en el correo de Rodrigo más abajo" over a
        # quoted "> ... del Dr. Ignacio Benavente en Santiago (ibenavente@hipoxia.cl)": the
        # one quoted address spelling one the writer names without an address.
        addressed = {item.name for item in before_signature if item.email and item.name}
        unaddressed = _others_named(before_signature, requester) - addressed
        body_names = (*body_names, *quoted_details(full, unaddressed))
    if "@" in said:
        # "| Ines Alvarez | Solcaja | ines@solcaja.com |": a table row or a list item
        # gives its one person the address it holds, as "Name (address)" does.
        body_names = (*body_names, *row_addresses(said, before_signature))
    if "@" in full:
        # "Please introduce our QA lead Neema Mgaya to ..." over a team's signature, "Neema
        # Mgaya - Quality Assurance Lead - neema.mgaya@...": her line gives her address.
        unaddressed = _others_named(before_signature, requester)
        # A first name alone only where the writer calls a colleague by it ("our
        # battery & storage lead Priya").
        rostered = {name for name in unaddressed if " " in name} | (
            unaddressed & owned_first_names(before_signature, rules)
        )
        body_names = (*body_names, *roster_addresses(full, rostered, rules.titles))

    # "Carmen Ibáñez y Luis Romero" signing Luis's mail, Carmen copied: she asks with him.
    cosigned = (
        _cosigned(own, requester.name, recipients, rules)
        if recipients and requester is not None and requester.name
        else frozenset()
    )

    scenes = _Scenes(
        agent,
        gazetteer,
        body_names,
        body_emails,
        book,
        text_names,
        titled_names,
        said_copied,
        third_signed,
        typed_lower,
        cosigned,
        frozenset(a.email.casefold() for a in informed),
    )

    # Whom "he", "him", "le" stand for in the writer's own text.
    own_third = third
    if (
        third is not None
        and author is not None
        and rules.author_phrase_re.search(normal_text(said)) is not None
        and not any(
            item.kind == "name" and item.name and _names_one(author.name)(item.name)
            for item in own_items
        )
    ):
        # "I'd like to meet the author of this email": the forwarded mail's author, named
        # only by what they wrote, is asked about; the note naming them too ("the author
        # of the message below, Daniel Mensah-Bonsu") makes them certain.
        own_third = doubted(third)
    if own_third is None and me is not None and forward is None:
        # "Podes mo apresentar? Refiro-me ao Oliver Brandt (oliver@...)": the one named
        # right after is whom "him" stands for.
        own_third = _referred(own, own_items, rules, _Resolver(scenes, me, recipients, third))
    unsaid: Resolved | None = None
    if proxy:
        # Who it is goes unsaid in "introduce me", unless the proxy phrase names one
        # whose address is certain ("on behalf of Richard Coleman, who is copied here",
        # "de parte de D. Ignacio Beltrán (ibeltran@...)"): then "me", "he" and "him"
        # are that one. Anyone less certain, and the agent asks rather than guess.
        named = named_principals(own, own_items, rules)
        written_for = principal(
            named,
            _Resolver(scenes, None, recipients, third),
            sender.email if sender else None,
        )
        if written_for is None:
            # "on behalf of Dean Harold Whitaker, who is copied here", Cc "Whitaker,
            # Harold": the word before the name the headers show is what that one is.
            written_for = _headed_principal(named, message, agent, sender, rules)
        if written_for is None and third is not None and third.certain:
            # "Tom below makes the cheese we sell and he'd like an introduction to Gemma
            # Price": a forward's note naming its author, and no one else, before the
            # proxy cue writes for that author.
            written_for = _author_written_for(said, own_items, third, rules)
        unsaid = Resolved(Party(None, None), False)
        me = written_for or unsaid
        if written_for is not None and third is None:
            own_third = written_for
            # "Le agradecería que le presentara a Dña. Carmen Ortiz": "le" is him.
            own_items = [
                replace(item, kind="third")
                if item.kind == "you" and item.lower in rules.proxy_pronouns
                else item
                for item in own_items
            ]
            # "The Dean would like to be introduced to ...": the word heading the
            # principal's name, said again after an article, is that one.
            own_items = _titled_back(own_items, named, written_for, rules)

    reply = bool(message.in_reply_to) or message.subject.strip().casefold().startswith("re")
    # "Yes please, intro me to Sara" sent to the agent alone in answer to someone else's
    # offer asks the agent; in answer to the agent's own question, or copied on a thread
    # among others, agreeing is only agreeing.
    agent_domain = "@" + agent.rpartition("@")[2]
    answers_agent = any(i.casefold().endswith(agent_domain + ">") for i in message.thread_ids)
    asks_over_agreement = reply and not recipients and not answers_agent

    # Who "me" is in each piece read, and who else is on the mail, for the pair an ask
    # implies when no phrasing names one.
    implied_by: list[tuple[Reading, Scene]] = []
    # The forwarded mail as its author wrote it, to the forwarder aside.
    forwarded_scene: list[Scene] = []

    readings: list[Reading] = []
    pieces = _Pieces(
        scenes,
        message,
        agent,
        rules,
        own,
        own_items,
        said,
        subject,
        subject_items,
        forward,
        forward_items,
        requester,
        me,
        recipients,
        third,
        own_third,
        unsaid,
        author,
        sender_key,
        reply,
        asks_over_agreement,
        implied_by,
        forwarded_scene,
        readings,
    )
    read_own, read_forward, read_subject = pieces.read_own, pieces.read_forward, pieces.read_subject

    # The first piece that names pairs gives them, and the first that gives a reason gives
    # the context: once both are known, the later pieces cannot change the answer.
    first_pairs: list[tuple[Resolved, Resolved]] = []
    paired_by = None
    for read in (read_own, read_forward, read_subject):
        reading = read()
        if reading is None:
            continue
        readings.append(reading)
        if not first_pairs:
            first_pairs = distinct_pairs(reading.pairs)
            paired_by = read if first_pairs else None
        if first_pairs and any(r.context for r in readings):
            break
    if paired_by is read_own and any(
        r.party.email and not r.party.name for pair in first_pairs for r in pair
    ):
        # "lucia@... / matias.bensusan@..." under the subject "Presentación: Lucía Ferrer
        # <> Matías Bensusan": an address the text leaves unnamed ("lucia@" could be any
        # Lucía's) is named as the subject's pair names the one at that address.
        first_pairs = _named_by_subject(first_pairs, read_subject)
    triggered = any(r.triggered for r in readings)
    context = next((r.context for r in readings if r.context), None)
    if context is None and paired_by is read_subject:
        # The subject named the pair and said no more; the body says why they should meet,
        # in the writer's own words when the writer is one of the pair ("Bitte um
        # Vorstellung bei Herrn Dr. Albrecht" over "Ich ... suche eine Patentanwaltskanzlei").
        names = {r.party.name.casefold() for pair in first_pairs for r in pair if r.party.name}
        writer = (requester.email or "").casefold() if requester else ""
        by_writer = bool(writer) and any(
            (r.party.email or "").casefold() == writer for pair in first_pairs for r in pair
        )
        context = reason_about(own, own_items, names, rules, by_writer)
    if context is None and paired_by is read_own and forward is not None:
        # "Can you intro Wendy to Kofi? See below.": the forwarded mail says why, and
        # when one of the pair wrote it, in their own words ("We're piloting ...").
        names = {r.party.name.casefold() for pair in first_pairs for r in pair if r.party.name}
        by_one = author is not None and any(
            r.party.email and r.party.email.casefold() == author.email.casefold()
            for pair in first_pairs
            for r in pair
        )
        context = reason_about(forward.body, forward_items, names, rules, by_one)
    if first_pairs:
        unsure = any(r.unsure_third for r in readings)
        filled = None if unsure else _filled(first_pairs, implied_by, rules)
        if (
            filled is None
            and len(first_pairs) == 1
            and all(r.party == Party(None, None) for r in first_pairs[0])
            and forward is None
            and not answers_agent
            and implied_by
        ):
            # "I'm copying my intro agent so it can put you two in touch", to Sam alone:
            # "you two" placed no one, and the mail handing the agent the intro says who.
            handed = _handed_to_agent(
                message, agent, own, own_items, signed, implied_by[0][1], rules
            )
            if handed is not None:
                names = {r.party.name.casefold() for r in handed if r.party.name}
                reason = reason_about(own, own_items, names, rules)
                # What is said of the one handed ("my cousin Rafael Duarte built our whole
                # counter"), not what trails "you two in touch" ("properly (it asks ...)").
                return [handed], reason or context, triggered
        return (filled or first_pairs), context, triggered
    if triggered:
        asked = set().union(*(r.asked_names for r in readings))
        for reading in readings:
            pairs = distinct_pairs(reading.weak_pairs)
            if pairs:
                # "Do you know Lucia? ... an intro, please" holds only if the ask names no one else.
                known = {p.party.name.casefold() for pair in pairs for p in pair if p.party.name}
                if not asked <= known:
                    pairs = [(doubted(a), doubted(b)) for a, b in pairs]
                return pairs, context, triggered
    copied = any(is_agent(a.email, agent) for a in message.cc)
    for implied_pairs in _implied(implied_by, rules, copied):
        implied = implied_pairs[0]
        names = {r.party.name.casefold() for r in implied if r.party.name}
        reason = context or reason_about(own, own_items, names, rules)
        if reason is None and forward is not None:
            reason = reason_about(forward.body, forward_items, names, rules)
        return implied_pairs, reason, triggered
    # The writer, when the mail is their own note to the agent: no forward, no answer to a
    # mail of the agent's, the writer's address known and the agent on To or Cc.
    note_writer = (
        me
        if forward is None
        and not answers_agent
        and me is not None
        and me.party.email
        and any(is_agent(a.email, agent) for a in (*message.to, *message.cc))
        else None
    )
    if (
        note_writer is not None
        and names_agent(normal_text(said), agent, rules)
        and opening_accepts(said)
    ):
        # "Matt, yes please, I'd love that! I've cc'd my intro agent ... Sunita's email is
        # sunita@..." above Matt's "you really should talk to my friend Sunita Rao (...).
        # Want me to put you two in touch?": the writer takes up the offer and hands it to
        # the agent; the pair is the writer and the one offered, not the one written to.
        header, body = quoted_message((message.text or "")[:MAX_TEXT_CHARS])
        offered = (
            _offered(message, header, body, requester, agent, rules)
            if offers_intro(body, rules)
            else None
        )
        person = (
            _given_in_note(offered[0], said, agent, note_writer) if offered is not None else None
        )
        if offered is not None and person is not None:
            return [(note_writer, person)], context or offered[1], True
    own_reading, own_scene = implied_by[0] if implied_by else (None, None)
    if (
        copied
        and forward is None
        and not answers_agent
        and own_scene is not None
        and len(own_scene.recipients) == 2
        and _may_find("copy_cue_re", normal_text(said), rules)
        and rules.copy_cue_re.search(normal_text(said)) is not None
        and _only_copied(message, agent)
    ):
        # To Dev and Ruth, the agent on Cc: "I've copied in that introduction service
        # ..., it'll check with you both first": the two written to.
        above = [item for item in own_items if item.end <= signed]
        noted = copied_note_pair(own, above, own_scene, rules)
        if noted is not None:
            names = {r.party.name.casefold() for r in noted if r.party.name}
            return [noted], context or reason_about(own, own_items, names, rules), True
    if (
        copied
        and forward is None
        and not answers_agent
        and own_scene is not None
        and len(own_scene.recipients) == 2
        and _only_copied(message, agent)
        and rules.them_re.search(normal_text(said)) is not None
    ):
        # To Frau Schmitt and Herr Yilmaz, the agent on Cc: "Ich möchte Sie heute gerne
        # miteinander in Kontakt bringen", "Je souhaiterais vous présenter l'un à l'autre":
        # the two written to.
        above = [item for item in own_items if item.end <= signed]
        mutual = mutual_you_pair(own, above, own_scene, rules)
        if mutual is not None:
            names = {r.party.name.casefold() for r in mutual if r.party.name}
            return [mutual], context or reason_about(own, own_items, names, rules), True
    handed = (
        _handed_to_agent(message, agent, own, own_items, signed, own_scene, rules)
        if forward is None and not answers_agent
        else None
    )
    if handed is not None:
        # To Kenji, the agent on Cc: "I've cc'd our intro agent: it'll check with both of
        # you", Ruth Abernathy (ruth@...) named above; "+intro@introbot.net to handle".
        names = {r.party.name.casefold() for r in handed if r.party.name}
        return [handed], context or reason_about(own, own_items, names, rules), True
    if (
        own_reading is not None
        and own_scene is not None
        and (
            rules.they_modal_re.search(normal_text(said)) is not None
            or any(item.lower in rules.pair_wish_heads for item in own_reading.items)
        )
    ):
        # "Our new curate, Ben Collins ... Joan Whitaker ... I think they should meet":
        # the two named before, one perhaps without an address; "I would very much like
        # the two of them to meet", the writer's wish, the two with addresses.
        above = [item for item in own_reading.items if item.end <= signed]
        meeting = should_meet_pair(above, own_scene, rules)
        if meeting is not None:
            names = {r.party.name.casefold() for r in meeting if r.party.name}
            return [meeting], context or reason_about(own, own_items, names, rules), True
    if (
        own_reading is not None
        and own_scene is not None
        and any(item.lower in rules.pair_wish_clause_heads for item in own_reading.items)
    ):
        # "It would be so nice if Morag Baird and Chidi Okafor knew each other": the
        # writer's wish, the two named in it.
        above = [item for item in own_reading.items if item.end <= signed]
        wished = wished_pair(above, own_scene, rules)
        if wished is not None:
            names = {r.party.name.casefold() for r in wished if r.party.name}
            return [wished], context or reason_about(own, own_items, names, rules), True
    short_handover = forward is not None and forwarded_scene and hands_over(before_signature, rules)
    if (
        forward is not None
        and forwarded_scene
        and (
            short_handover
            or (
                rules.note_handover_re.search(normal_text(said)) is not None
                and _note_hands_over(own, before_signature, rules)
            )
        )
    ):
        # "can you?" above a mail whose author wants to talk with someone it names: the
        # note hands over what the forwarded mail asks. A longer note handing it over
        # ("Could you do the honours here? Dev is one of my candidates and Olivia is the
        # hiring manager - olivia.grant@...") may speak of those two alone.
        wanting = wanting_contact(forward.body, forward_items, rules)
        handed = handed_over_pair(wanting, forwarded_scene[0], rules)
        if handed is not None and (
            short_handover or _names_only(before_signature, handed, requester)
        ):
            names = {r.party.name.casefold() for r in handed if r.party.name}
            reason = context or reason_about(forward.body, forward_items, names, rules, True)
            return [handed], reason, True
        if short_handover:
            # "Unaweza kusaidia hapa?" above "Kama unamjua mtu mzuri, tafadhali
            # tuunganishe": the author, to be put in touch with someone not yet found.
            # The mail's asks, and its sentences with an intro word no ask phrase knows
            # ("Por favor põe-nos em contacto").
            asked_below = [
                [*r.asking, *r.intending()] for r, s in implied_by if s is forwarded_scene[0]
            ]
            sought = someone_sought_pair(
                asked_below[0] if asked_below else [], forwarded_scene[0], rules
            )
            if sought is not None:
                names = {r.party.name.casefold() for r in sought if r.party.name}
                reason = context or reason_about(forward.body, forward_items, names, rules, True)
                return [sought], reason, True
    if (
        forward is not None
        and forwarded_scene
        and rules.note_handover_re.search(normal_text(said)) is not None
    ):
        # "Can you do this one? My friend at Stripe is Chidi Eze, chidi@stripe.com" above
        # a mail asking the forwarder for an intro to their friend at Stripe: its author
        # and the one the note names.
        handed = _contact_handed_over(
            own,
            before_signature,
            forward,
            forward_items,
            agent,
            rules,
            forwarded_scene[0],
            sender.email if sender else "",
        )
        if handed is not None:
            names = {r.party.name.casefold() for r in handed if r.party.name}
            reason = context or reason_about(forward.body, forward_items, names, rules, True)
            return [handed], reason, True
    if any(is_agent(a.email, agent) for a in message.to) and refers_below(said, rules):
        # "Adding the intro bot here. Can you do the one Raj suggests below?": the pair
        # is the writer and the one the quoted mail suggests they meet, if just one.
        authors: tuple[Address, ...] = ()
        if forward is not None:
            body, authors = forward.body, (forward.author,) if forward.author else ()
        else:
            header, body = quoted_message((message.text or "")[:MAX_TEXT_CHARS])
            authors = header_people((header,), rules.forward_labels, rules.name_particles)
        aside = {agent, *(a.email.casefold() for a in (*authors, *message.from_))}
        person = suggested_person(body, rules, aside)
        if person is None or me is None or not me.party.email:
            return [], context, True
        names = {person.party.name.casefold()} if person.party.name else set()
        reason = context or reason_about(body, tokenize(body, rules), names, rules)
        return [(me, person)], reason, True
    if note_writer is not None and short_note(said):
        # "yes please do that!! thank you Tom x" to the agent above Tom's "you should talk
        # to my cousin Sam Patel ... Want me to introduce you?": the writer accepts the
        # intro offered, to the one person the offer names.
        header, body = quoted_message((message.text or "")[:MAX_TEXT_CHARS])
        if not offers_intro(body, rules) or not accepts_offer(said):
            return [], context, triggered
        offered = _offered(message, header, body, requester, agent, rules)
        if offered is None:
            return [], context, True
        person, reason = offered
        return [(note_writer, person)], context or reason, True
    # "Está Fátima Sissoko ... Moussa Keita (...) ... Kadiatou Dembele (...). ¿Podrías
    # ponerlos en contacto?": an ask for "them" among three is an ask all the same.
    unsure = not triggered and any(
        unsure_them([*reading.asking, *reading.intending()], reading.items, scene_here, rules)
        for reading, scene_here in implied_by
    )
    return [], context, triggered or unsure


def _referred(
    own: str, items: Sequence[Item], rules: Rules, resolve: Callable[[Item], Resolved]
) -> Resolved | None:
    """Whom "him", "her" of a sentence stands for when the next sentence opens on one of
    the referent_leads and names one person, with an address: "Podes mo apresentar? Refiro-me
    ao Oliver Brandt (oliver@...)", "¿Me lo presentas? Me refiero a ...", "Tu me le
    présentes ? Je parle de ...", "Could you introduce me to him? I mean ...", "Kannst du
    ihn mir vorstellen? Ich meine ...", "Unaweza kunitambulisha kwake? Namaanisha ...".
    None when the sentence before holds no such pronoun, the lead opens no sentence, or
    names no one, or more than one, or one without a certain address."""
    folded = normal_text(own)
    if rules.referent_gate.isdisjoint(words_in(folded)):
        return None
    if rules.referent_lead_re.search(folded) is None:
        return None
    sentences: list[list[Item]] = [[]]
    for item in items:
        if item.kind == "end":
            sentences.append([])
        else:
            sentences[-1].append(item)
    for before, sentence in pairwise(sentences):
        if not sentence or not any(item.kind == "third" for item in before):
            continue
        opening = own[sentence[0].start :].casefold().replace("\u2019", "'")
        lead = rules.referent_lead_re.match(opening)
        if lead is None:
            continue
        cut = sentence[0].start + lead.end()
        said = own[sentence[0].start : cut]
        named = [
            _past_lead(item, said)
            for item in sentence
            if item.kind in ("name", "email") and item.end > cut
        ]
        people = [resolve(item) for item in named if item.kind == "name"]
        if len(people) != 1 or not people[0].certain or not people[0].party.email:
            return None
        if any(item.kind == "email" and item.email != people[0].party.email for item in named):
            return None
        found = people[0]
        name = next(item.name for item in named if item.kind == "name")
        if (
            name
            and found.party.name
            and found.party.name.casefold().endswith(" " + name.casefold())
        ):
            # The lead read into the name the address is written with ("Namaanisha Oliver
            # Brandt (oliver@...)"): the name is what follows the lead.
            found = Resolved(Party(name, found.party.email), found.certain)
        return found
    return None


def _past_lead(item: Item, lead: str) -> Item:
    """A name item as it reads after the ``lead`` opening its sentence: "Namaanisha Oliver
    Brandt", the lead written with a capital and read into the name, is "Oliver
    Brandt"."""
    if item.kind != "name" or not item.name:
        return item
    words, said = item.name.split(), lead.casefold().split()
    if len(words) <= len(said) or [w.casefold() for w in words[: len(said)]] != said:
        return item
    name = " ".join(words[len(said) :])
    return Item(
        item.kind,
        name.casefold(),
        item.start,
        item.end,
        name,
        item.email,
        item.titled,
        item.gender,
    )


def _handed_to_agent(
    message: ParsedMessage,
    agent: str,
    own: str,
    own_items: Sequence[Item],
    signed: int,
    scene: Scene | None,
    rules: Rules,
) -> tuple[Resolved, Resolved] | None:
    """The pair a sentence of the writer's, above the signature, hands the agent on To or
    Cc (agent.understanding.request_handover), or None; for a mail that is no forward and
    answers no mail of the agent's."""
    if scene is None or not any(is_agent(a.email, agent) for a in (*message.to, *message.cc)):
        return None
    if not names_agent(normal_text(own[:signed]), agent, rules):
        return None
    above = [item for item in own_items if item.end <= signed]
    return handed_over_to_agent(own, above, scene, rules)


def _author_written_for(
    note: str, items: Sequence[Item], author: Resolved, rules: Rules
) -> Resolved | None:
    """The forwarded mail's author, when a forward's note writes for them: before its
    first ``proxy_cues`` phrase ("he'd like an introduction", "il aimerait être
    présenté", "le gustaría conocer", "er möchte gern", "ele gostaria de conhecer",
    "angependa kukutana") the note names the author, by a first name or in full ("Tom
    below makes the cheese we sell and he'd like ..."), and no one else by a first name
    and a surname, a title or an address. Someone else named so there ("My colleague
    Sara Lee would like ..."), or the author unnamed, and who is written for stays
    unsaid."""
    folded = note.lower().replace("\u2019", "'")
    if len(folded) != len(note):
        return None
    cue = rules.proxy_cue_re.search(folded)
    if cue is None:
        return None
    words = set((author.party.name or "").casefold().split())
    email = (author.party.email or "").casefold()
    named = False
    for item in items:
        if item.start >= cue.start():
            break
        if item.kind == "email" or (item.kind == "name" and item.email):
            if (item.email or "").casefold() != email:
                return None
            named = True
        elif item.kind == "name" and item.name:
            if set(item.name.casefold().split()) <= words:
                named = True
            elif item.titled or " " in item.name:
                return None
            # A capitalised word alone ("the Wensleydale-style cheese") names no one.
    return author if named else None


def _note_hands_over(own: str, note: Sequence[Item], rules: Rules) -> bool:
    """Whether a sentence of a forward's note hands the forwarded ask over
    (``note_handovers``: "can you make this happen?", "could you do the honours here?",
    "tu peux t'en occuper ?"), nothing negated in it."""
    handing = False
    start = 0
    for index in range(len(note) + 1):
        if index < len(note) and note[index].kind != "end":
            continue
        sentence, start = note[start:index], index + 1
        if not sentence:
            continue
        said = normal_text(own[sentence[0].start : sentence[-1].end])
        if rules.note_handover_re.search(said) is not None:
            if any(item.lower in rules.negations for item in sentence):
                return False
            handing = True
    return handing


def _names_only(
    note: Sequence[Item],
    pair: tuple[Resolved, Resolved],
    requester: Party | None,
) -> bool:
    """Whether every name a forward's note writes is a word of the pair's names or of the
    writer's ("Dev is one of my candidates and Olivia is the hiring manager"): a note
    naming anyone else ("Olivia is away, Sam Park covers for her") may hand over someone
    other than the one the forwarded mail asks for."""
    known = {
        word
        for name in (pair[0].party.name, pair[1].party.name, requester.name if requester else None)
        if name
        for word in name.casefold().split()
    }
    return all(
        set(item.name.casefold().split()) <= known
        for item in note
        if item.kind == "name" and item.name
    )


def _offered(
    message: ParsedMessage,
    header: str,
    body: str,
    requester: Party | None,
    agent: str,
    rules: Rules,
) -> tuple[Resolved, str | None] | None:
    """The one person a quoted mail's ``body`` offers its reader an intro to
    (``offered_person``), besides everyone on the thread, and why they should meet as
    the offer tells it; None for no one or several."""
    authors = header_people((header,), rules.forward_labels, rules.name_particles)
    on_thread = (*authors, *message.from_, *message.to, *message.cc)
    aside = {agent, *(a.email.casefold() for a in on_thread)}
    writer_name = requester.name if requester else None
    known = {n.casefold() for n in (writer_name, *(a.name for a in on_thread)) if n}
    if len(authors) == 1 and authors[0].name:
        # "Matt\nThe Kiln Shop, Hebden Bridge": the offer's author's signature names the
        # author's shop and town, no one offered.
        body = body[: signature_start(body, authors[0].name)]
    person = offered_person(body, rules, aside, known)
    if person is None:
        return None
    names = {person.party.name.casefold()} if person.party.name else set()
    body_items = tokenize(body, rules)
    reason = reason_about(body, body_items, names, rules)
    if reason is None and person.party.name:
        reason = reason_after(body, body_items, person.party.name, rules)
    return person, reason


def _given_in_note(person: Resolved, note: str, agent: str, me: Resolved) -> Resolved | None:
    """``person``, the one offered, as a note taking up the offer leaves them: every
    address the note writes, the agent's and the writer's aside, must be theirs ("Sunita's
    email is sunita@... according to your note below"); one written for someone offered
    without one, the note naming them by their first name, is theirs. Any other address
    in the note is someone else's, and None."""
    mine = (me.party.email or "").casefold()
    written = {found.group(0).casefold().rstrip(".") for found in addresses_in(note)}
    written -= {agent, mine}
    email = (person.party.email or "").casefold()
    if not written or written == {email}:
        return person
    name = (person.party.name or "").split()
    if email or len(written) != 1 or not name:
        return None
    if name[0].casefold() not in normal_text(note).replace("'", " ").split():
        return None
    (given,) = written
    return Resolved(Party(person.party.name, given), True)


def _contact_handed_over(
    own: str,
    note: Sequence[Item],
    forward: Forward,
    forward_items: Sequence[Item],
    agent: str,
    rules: Rules,
    scene: Scene,
    forwarder: str,
) -> tuple[Resolved, Resolved] | None:
    """The pair a forward's note hands over with the one it names: a sentence of the note
    hands the forwarded ask over (``note_handovers``: "can you make this happen?", "tu
    peux t'en occuper ?", "¿podés hacer que pase?", "consegue fazer essa ponte?",
    "kannst du das übernehmen?", "unaweza kushughulikia hili?"), nothing negated in it,
    and names the forwarder's one for it (``named_contact``: "my contact at Stripe is
    Chidi Eze, chidi@..."), while the forwarded mail, its author's, asks after someone
    (an intro word, ``someone_cues``: "do you know someone at", "conocés a alguien", or a
    wish to talk) for no one else (no ``proxy_cues``). The pair is that author,
    ``scene.me``, and the one named, certain with the address the note gives them."""
    me = scene.me
    if me is None or not me.party.email:
        return None
    if not _note_hands_over(own, note, rules):
        return None
    asked = normal_text(forward.body)
    if _may_find("proxy_cue_re", asked, rules) and rules.proxy_cue_re.search(asked) is not None:
        return None
    if (
        rules.trigger_re.search(asked) is None
        and rules.someone_re.search(asked) is None
        and not wanting_contact(forward.body, forward_items, rules)
    ):
        return None
    writers = (agent, forwarder, me.party.email, *(a.email for a in scene.recipients if a.email))
    named = named_contact(own, note, rules, writers)
    if named is None:
        return None
    item, email = named
    name = item.name or ""
    if email:
        if email.casefold() in {w.casefold() for w in writers}:
            return None
        return me, party_of(Address(name, email))
    return me, doubted(resolve_mention(item, scene)[0])


def _implied(
    implied_by: list[tuple[Reading, Scene]], rules: Rules, copied: bool = False
) -> Iterator[list[tuple[Resolved, Resolved]]]:
    """The pairs the asks of each piece read imply (agent.understanding.request_implied),
    the one of a plea for "them" with a second pair told after it that "they should meet
    as well" ("... so please introduce the two of them. And Kenji Watanabe (...) and
    Alicia Brandt (...) keep hitting the same problems, so they should meet as well")."""
    for reading, scene_here in implied_by:
        implied = implied_pair(reading.asking, scene_here, rules, copied, reading.items)
        if implied is None:
            # An intro word no ask phrase knows ("¿Nos pones en contacto?") implies a pair
            # only where its sentence pleads or asks, never as copied intake alone.
            intending = reading.intending()
            implied = (
                implied_pair(intending, scene_here, rules, items=reading.items)
                if intending
                else None
            )
            if implied is None and (reading.asking or intending):
                # "Pourriez-vous les mettre en contact ?": the two named before, one
                # perhaps without an address.
                asked = sorted([*reading.asking, *intending], key=lambda s: s[1][0].start)
                pleaded = named_pair_at(asked, reading.items, scene_here, rules)
                if pleaded is not None:
                    further = _told_after(pleaded[1], reading, scene_here, rules)
                    first = {(r.party.email or "").casefold() for r in pleaded[0]}
                    yield [
                        pleaded[0],
                        *(
                            p
                            for p in further
                            if not first & {(r.party.email or "").casefold() for r in p} - {""}
                        ),
                    ]
                    continue
        if implied is not None:
            yield [implied]


def _told_after(
    end: int, reading: Reading, scene: Scene, rules: Rules
) -> list[tuple[Resolved, Resolved]]:
    """A second pair told after a plea ending at ``end`` (see ``_implied``): the two
    named after the plea, before a "they should meet" of theirs, looked for only where
    one of ``they_modals`` follows the plea."""
    after = [item for item in reading.items if item.start >= end]
    words = {item.lower for item in after}
    if not any(modal[0] in words for modal in rules.they_modals):
        return []
    further = should_meet_pair(after, scene, rules, named_within=True)
    return [further] if further is not None else []


def _filled(
    pairs: list[tuple[Resolved, Resolved]], implied_by: list[tuple[Reading, Scene]], rules: Rules
) -> list[tuple[Resolved, Resolved]] | None:
    """The one pair found, with a party it could not place ("mit ihm", a name without an
    address) taken from the pair the ask implies, when that pair holds whatever was
    placed: "ich habe Herrn von Hohenberg in Kopie gesetzt. Könnten Sie mich bitte mit
    ihm bekannt machen?" None when there is nothing to fill or no pair agrees. A party
    nothing placed is never the writer, who is placed whenever written of: "¿Me harías
    el favor de ponerla en contacto con Carmen Delgado (...)?" asks for "her", whoever
    she is, not for the writer the "me" of the plea implies."""
    if len(pairs) != 1 or all(r.party.email for r in pairs[0]):
        return None
    writers = [scene.me.party for _, scene in implied_by if scene.me is not None]
    placed = [found for found in pairs[0] if found.party != Party(None, None)]
    for implied, *_ in _implied(implied_by, rules):
        if all(any(_agrees(found, one) for one in implied) for found in pairs[0]) and all(
            any(found.party == one.party for found in placed)
            for one in implied
            if one.party in writers
        ):
            return [implied]
    return None


def _agrees(found: Resolved, implied: Resolved) -> bool:
    """Whether what a found party says of someone fits the implied party: the same
    address, the same first name, or nothing said at all. A surname alone ("Yilmaz")
    could be anyone of that family, so it fits no one."""
    if found.party.email:
        return (implied.party.email or "").casefold() == found.party.email.casefold()
    if found.party.name:
        said = found.party.name.casefold().split()
        named = (implied.party.name or "").casefold().split()
        return bool(said and named) and said == named[: len(said)]
    return True


def _names_others(asked: set[str], pair: tuple[Resolved, Resolved], writer: str) -> bool:
    """Whether the names of asking sentences (case-folded) hold someone named in full who
    is neither of ``pair`` nor the writer, each compared by their first name. A single
    capitalised word may open a sentence ("Pus o agente em cópia"): no one for sure."""
    known = {
        name.casefold().split()[0]
        for name in (pair[0].party.name, pair[1].party.name, writer)
        if name and name.split()
    }
    return any(len(name.split()) > 1 and name.split()[0] not in known for name in asked)


def _cosigned(
    own: str, writer: str, recipients: tuple[Address, ...], rules: Rules
) -> frozenset[str]:
    """The addresses (folded) of those on the mail who sign it with the writer
    (``cosigners``): each named on the signing line by their first name, or by their
    first name and more words of the name the headers give them."""
    names = cosigners(own, writer, rules.conjunctions)
    if not names:
        return frozenset()
    found = set()
    for address in recipients:
        shown = without_accents(address.name.casefold()).split()
        for name in names:
            said = without_accents(name.casefold()).split()
            if shown and said[0] == shown[0] and all(word in shown for word in said):
                found.add(address.email.casefold())
    return frozenset(found)


def _names_one(full: str) -> Callable[[str], bool]:
    """Whether a name written in a text ("Chloé", "Yilmaz", "Elif Yilmaz") is of the one
    named ``full`` in the headers: each of its words one of that name's, accents aside."""
    words = set(without_accents(full.casefold()).split())

    def named(name: str) -> bool:
        said = without_accents(name.casefold()).split()
        return bool(said and words) and all(word in words for word in said)

    return named


def _without(addresses: tuple[Address, ...], keys: set[str]) -> tuple[Address, ...]:
    return tuple(a for a in addresses if a.key not in keys)
