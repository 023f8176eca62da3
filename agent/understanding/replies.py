"""Understanding an answer to the opt-in question: yes, no, unclear, or a robot.

The rule is never to guess: a wrong "yes" introduces people who did not agree, so
anything short of a plain yes from a person is "no", "unclear" or "auto_reply".

1. A program's mail (rules/robots.py: Auto-Submitted, Precedence, List-*, delivery
   reports, MAILER-DAEMON, no-reply) is ``auto_reply`` whatever it says.
2. Only the new text counts (agent.understanding.quotes, inline answers
   included): the question quoted below, with its "reply yes or no", is never
   read as an answer; neither is a legal footer, a name signed on the last line
   or a line repeating the mail's own subject ("Re: Would you like ...?"), nor a
   quoted motto below a signature block ("Saludos,\n Javier Morales\n Director\n
   \"Lo que no se mide, no se puede mejorar.\"").
   When the new text is empty, or only a phone's footer ("Sent from my iPhone"),
   a few words added to the agent's subject outside
   its own words ("Re: Would you like ...? [#1a2b] - yes") are the answer.
3. Out-of-office and bounce wording above the writer's signature makes the reply
   ``auto_reply``; wording a person might also use ("I'm on holiday") only when
   the text answers nothing, and leave ("on parental leave") unless the text
   refuses in the person's words ("I'd love to, but I'm off on parental leave ...");
   never when it names the one asked about as someone to meet ("I would imagine
   she'd be open to meeting Mr Lindqvist ... She is back on 2 June"), nor when the
   writer stops short after a yes ("Yes! Oh wait, hang on. ... I'm on maternity leave
   from a week Monday"): a person wrote it, and a yes beside a leave stays unclear;
   nor when a yes held to a time is weighed against the writer's own leave, with a no
   for the case it fails ("Ndiyo, lakini tu kama ni kabla ya Ijumaa. ... niko likizo ...
   Kama hawezi kabla ya hapo, basi hapana kwa sasa"): unclear.
4. A stretch marked as about another matter ("Unrelated, but while I have you: no,
   I won't make the offsite") is set aside to the end of its paragraph, and so is
   a note to someone copied in ("Ravi - copying you so it's on your radar ...").
5. The phrases found (agent.understanding.reply_phrases) decide:

   - a summing-up that opens a sentence ("So, long story short: yes, please do
     introduce us") decides with the answer after it, whatever doubts came before; in
     a long mail only a turn back to the question does ("Anyway, I have gone on long
     enough. Yes, by all means pass my details to Miss Castell");
   - a question back, a condition or a hedge leaves a yes unclear, but "if I can"
     closing a sentence that offers help is modesty ("Happy to help Daniel if I
     can"), knowing someone's work is praise ("ihre Arbeiten kenne ich"), and
     after a yes, the writer's time offered for the other to call ("I'm around
     most afternoons if he wants a call") is no condition on the yes, nor is an
     assistant who will arrange the meeting ("My assistant will set up a time"), nor
     a time named by the introduction itself ("once you've made the introduction"),
     nor a way to reach the writer offered ("If it's easier, my WhatsApp is ..."),
     nor a wish about when to meet ("if Marta could suggest a time ..., perfect"), nor
     a time named by the meeting having happened ("we can sort that out once we've
     spoken"), nor the other's wish to learn what the writer offers to tell ("if he
     wants to know about the old elevator I'm the man to ask"); and a year a deferral
     lead names in a clause told in the past dates a story ("We lent two pieces to
     Osaka in 2019"), no put-off;
   - small talk beside a clear yes, in a sentence with no yes of its own, doubts
     nothing: a clause told in the past ("please tell Dan his barbecue place was spot
     on, we've been twice already", "je n'ai jamais retrouvé les mêmes au marché") or a
     note on the writer's own replying ("so my replies may be a bit slower", "Te
     contesto entre líneas"), unless its sentence speaks of the introduction, a
     meeting, the question or the one asked about, or sets a condition;
   - news of the writer's own business after a yes ("We already host a good number
     of Scandinavian groups", "Please tell Henrik we no longer run the sunset boat trips
     ourselves") doubts nothing (agent.understanding.reply_business); "We already have
     a guide" and "We no longer take on new clients" still do;
   - a question of idle curiosity after a yes, asking how the introduction came about
     ("Yes please!! Out of curiosity, how did Priyanka come across my stuff?"), is no
     condition; "Just curious, is she a recruiter?" still asks;
   - a condition only on the offer still standing ("Yes, if it's still on the table
     I'd be glad to meet Tomasz") is no condition on the yes, unless another joins it;
   - the one asked accepting, in the third person, says yes only where the writer
     relays it ("He asked me to confirm that he accepts the introduction"), not where
     the writer guesses ("I think he accepts the introduction"); so does any yes said
     of someone else ("I'm sure he would be glad to meet her", "Creo que estaría
     encantado", "Ich glaube, er ist einverstanden");
   - a group's agreement relayed ("The committee agrees: yes.", "Der Vorstand ist
     einverstanden, also ja", "Kamati imekubali, kwa hiyo ndiyo") is theirs, not the
     writer's consent (agent.understanding.reply_group_verdicts): unclear, unless the
     writer agrees too ("The committee agrees, and I'd be glad to meet Owen");
   - after the writer's own refusal, what is said of a colleague pointed to ("This isn't
     something I'd be interested in personally, but my colleague Dana ... might well
     be", "Meine Kollegin ... hätte vielleicht Interesse") is not the answer;
   - where nothing says yes, a refusal said of someone else ("O Rui já não faz parte
     da nossa equipa", "He no longer works here") is none of the writer's, unless the
     writer relays it ("He has asked me to let you know that he has to decline");
   - a negated yes ("not interested") is a no; a negated no ("I wouldn't say
     no") is unclear; so is a refusal after "otherwise" ("only if it's about
     hiring, otherwise not"), which declines one branch of a condition;
   - a question saying the writer cannot refuse ("I can hardly say no to Raj, can
     I?"), or its reason before it ("Ana never sends me anyone dull, so how could I say
     no?"), is read as nothing before a yes in a later sentence;
   - beside a yes, "never" and its kin restrict it ("Never on Fridays", "Nunca
     los viernes"), unless a past or perfect verb makes its clause a story ("we
     never actually managed a proper chat", "Wir haben uns nie getroffen");
   - after the last "but", an explicit no is the answer ("I'd love to, but I can't" is no), unless
     a condition stands between, after a yes ("sim ... mas só se a obra for aqui para os lados de
     Gaia, para Braga já não vou": unclear), and any other clause leaves a yes unclear ("glad to;
     however, I'm about to go on leave"); a contrast closing its sentence opens nothing ("Please
     thank Oliver for me though!"), but a "but" closing it after an answer leaves a thought unsaid
     ("yes but", "Oui mais...", "Ja, aber -"): unclear; a later contrast that only weighs down the
     writer's own maybe, after that refusal ("P.S. If Ewan's still looking in the spring I might
     be free, but honestly don't hold anything for me"), turns nothing, and the refusal decides;
   - after a yes and a contrast, the writer's own absence with an apology in that
     sentence or the next refuses ("would love to but I'm out on mat leave til March.
     sorry!!"); without the apology it puts the yes off: unclear;
   - a refusal after a condition in its sentence, below a yes said outright ("Yes,
     happy to talk about the grant. ... so if that's the main thing I'm probably not
     the right person"), declines one purpose and accepts another: unclear;
   - otherwise yes and no together are unclear;
   - after a yes, an inability or a preference against meeting, in any later
     sentence ("I'd love to. I'm not able to this week.", "Ndiyo. Afadhali
     tusikutane."), stands against it, and any other negation no phrase reads
     ("Sure. I don't really see the point anymore.") leaves it unclear;
   - a plea for understanding ("Ich bitte um Ihr Verständnis") closes a refusal
     only where nothing says yes;
   - being busy, then taking time to think it over ("Bit snowed under with the
     Christmas menu, I'll have a think and get back to you next week"), is no answer
     yet: unclear;
   - praise words ("great") answer only when they open a sentence, and a long
     mail must say yes near its start;
   - a word that answers only alone ("Y", "sip", "poa"), on the first line by itself,
     answers above the rest as "yes" would there ("Y / slammed til close, after 11 is
     best lol"), the rest still deciding ("Y / but not now" is no yes);
   - a long mail of news left unclear is read again without the news around its
     go-ahead (agent.understanding.reply_news: "The big oven packed in on Monday ... /
     Yes of course, I'd love to meet Femi ..."), news that names nothing of the
     introduction and refuses, doubts, conditions and asks nothing.
6. A yes whose sentence names a person to meet who is not the one the introduction
   is about ("Oh yes, I'd love to meet Anna!" asked about Daniel Kessler) answers
   nothing about that one: unclear (agent.understanding.reply_names).

"Maybe later", "not now" and "another time" are read as no, consistently: they
decline the introduction as offered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from agent.message import ParsedMessage
from agent.understanding.quotes import (
    extract_new_text,
    is_device_footer,
    marked_answers_quoted,
    postscript_start,
    without_mottos,
    written_below_signature_line,
)
from agent.understanding.reply_addressed import addendum_retraction, addressed_refusal
from agent.understanding.reply_asides import (
    _ADDRESSED,
    _VOCATIVE_ANYWHERE,
    _addressed_asides,
    _conditioned_on_other,
    _scheduling_note,
)
from agent.understanding.reply_below import bare_negation, prose_below, without_own_mail
from agent.understanding.reply_bookings import (
    names_booking,
    read_booking_fallbacks,
    read_booking_hands,
)
from agent.understanding.reply_bracketed_yes import _bracketed_yeses
from agent.understanding.reply_business import _business_dates, _business_news
from agent.understanding.reply_busy_heads_ups import busy_heads_ups
from agent.understanding.reply_busy_laters import busy_laters
from agent.understanding.reply_channel_only import channel_only_turns
from agent.understanding.reply_conditions import (
    _approximate_hours,
    _condition_goes_on,
    _conditional_refusal,
    _conditioned_branches,
    _granted_condition,
    _greeting_conditions,
    _harmless_tail,
    _likenesses,
    _meeting_condition,
    _other_branch,
    _pending,
    _relayed_conditions,
    _since_past,
    _split_branch,
    manner_alternatives,
)
from agent.understanding.reply_deferrals import (
    _asked_again,
    _business_notes,
    _come_backs,
    _date_after,
    _date_follows,
    _dated,
    _later_alone,
    _later_time,
    _meeting_limit_spans,
    _past_span,
    _praised_timings,
    _put_off_questions,
    _refrained_till,
    _timing_fits,
    _year_told,
    avoided_laters,
)
from agent.understanding.reply_descriptions import described_things
from agent.understanding.reply_digits import digit_slips
from agent.understanding.reply_events import (
    _agreed_times,
    _arranged_appointments,
    _attended_events,
    _done_reports,
    _other_matter_yeses,
)
from agent.understanding.reply_greeted import greets_another, passed_on
from agent.understanding.reply_group_verdicts import group_verdicts
from agent.understanding.reply_held_answers import _held_for_answer
from agent.understanding.reply_known import _known_asides
from agent.understanding.reply_known_names import _knows_by_name
from agent.understanding.reply_lacks import lack_conditions
from agent.understanding.reply_listed_terms import listed_terms
from agent.understanding.reply_misread_yes import misread_yes
from agent.understanding.reply_mockery import (
    _ironic_verdicts,
    _mock_reasons,
    _mocked,
    _rhetorical_refusals,
    _why_nots,
)
from agent.understanding.reply_modesty import (
    _courtesy_close,
    _data_caveats,
    _knows_and_asks,
    _knows_lost_touch,
    _knows_theirs,
    _knows_work,
    _modest,
    _modest_doubt,
    _modest_mind,
    _own_skills,
    _skill_turns,
    _talk_limits,
    _tool_unease,
    _useful_note,
)
from agent.understanding.reply_names import asked_about, named_others, names_asked_about
from agent.understanding.reply_need_reasons import need_reasons
from agent.understanding.reply_negation import (
    _NEGATION_REACH,
    _bare_nevers,
    _contraction,
    _echoed_negation,
    _figure_correction,
    _format_choice,
    _negated,
    _negated_after,
    _negates,
    _negation_after,
    _past_stories,
    _refusal_restated,
)
from agent.understanding.reply_news import NEWS_MIN_WORDS, news_set_aside
from agent.understanding.reply_offers import (
    _bonus_condition,
    _booking_conditions,
    _contact_offers,
    _copied_writer,
    _copy_asks,
    _grateful_intro,
    _knowledge_offer,
    _logistics,
    _look_offers,
    _material_offer,
    _offered_time,
    _open_invitation,
    _review_offer,
    _time_wish,
    _visit_talk,
    _welcomed_visit,
    clash_offers,
)
from agent.understanding.reply_other_matters import (
    answer_before_other_matters,
    refusal_before_other_matters,
)
from agent.understanding.reply_other_ways import other_way_offered
from agent.understanding.reply_others import (
    _capitalised_names,
    _confirmed_yeses,
    _others_offered,
    _others_refusals,
    _others_yes,
    _permissions,
    _referred,
    _regards,
    _relay_hedges,
    _relayed,
    _relayed_others_hedges,
    _third_parties,
    _written_names,
)
from agent.understanding.reply_phone_privacy import phone_withheld
from agent.understanding.reply_phrases import (
    SENTENCE_ENDS,
    Phrase,
    PhraseBook,
    Reading,
    autoreply_book,
    normalise,
    phrase_book,
)
from agent.understanding.reply_prices import _price_exclusions
from agent.understanding.reply_principles import lifted_principles, objection_reasons
from agent.understanding.reply_questions import (
    _answered_choices,
    _contact_choices,
    _curiosity,
    _other_questions,
    _paragraph_span,
    _referral_asks,
    _relative_word,
    _relatives,
    _reply_form_asks,
    _robot_questions,
    _self_answered,
    _trade_questions,
)
from agent.understanding.reply_reach import (
    _availability_notes,
    _filled_availability,
    _free_from_hour,
    _mailbox_notes,
    _reach_notes,
    _time_guess,
)
from agent.understanding.reply_reasons import (
    echoed_reason_words,
    lines_above_question,
    reason_text,
)
from agent.understanding.reply_refusals import (
    _after_refusal,
    _apologised_absence,
    _closing_refusal,
    _conceded_complaints,
    _consolations,
    _determiner,
    _determiner_inside,
    _dismayed,
    _held_refusal,
    _inability,
    _intensifies_busy_state,
    _maybe_turns,
    _number_abbreviation,
    _obvious_corrections,
    _refused_before,
    _told_as_habit,
    _word_part,
    overran,
)
from agent.understanding.reply_reported import reported_doubts
from agent.understanding.reply_skips import COUNTED_HEDGE, COUNTED_REFUSAL, NOTED, Skips
from agent.understanding.reply_slots import declined_times, names_the_times, suited_time_yeses
from agent.understanding.reply_small_talk import (
    _past_roles,
    _reaffirmed_indifference,
    _small_talk,
    _tallied_work,
)
from agent.understanding.reply_subject import _without_subject_lines, subject_answer
from agent.understanding.reply_time_limits import time_limited_yeses
from agent.understanding.reply_timed_reasons import timed_reasons
from agent.understanding.reply_verdicts import final_verdict
from agent.understanding.reply_weather_talk import _weather_turns
from agent.understanding.reply_whereabouts import (
    _other_reply_notes,
    _own_notes,
    _reply_gaps,
    _slow_reply_notes,
    _whereabouts_lacks,
    _whereabouts_notes,
)
from agent.understanding.reply_words import (
    _PARAGRAPHS,
    _PUNCTUATION,
    _clause_bounds,
    _covered,
    _followed_in_clause,
    _holds,
    _is_word,
    _name_words,
    _paragraph,
    _preferred_hour,
    _said_in_order,
    _sentence_end,
    _sentence_start,
    _sentences,
    _spoken_hour,
    _unelided,
    _worded_in_clause,
)
from agent.understanding.signatures import signature_start
from rules.robots import robot_rule

__all__ = ["Answer", "ReplyVerdict", "classify_reply", "classify_text", "read_answer"]

Answer = Literal["yes", "no", "unclear", "auto_reply"]
TextAnswer = Literal["yes", "no", "unclear"]

# An answer is short; reading further only adds other people's words and cost.
_MAX_CHARS = 2000
# A reply longer than this is read as an answer only if it says yes early on.
_LONG_TEXT_WORDS = 200
_EARLY_WORDS = 60
# Slips are corrected only in a reply of a few words, where nothing else was recognised.
_MAX_TYPO_WORDS = 8


@dataclass(frozen=True)
class ReplyVerdict:
    """What a reply answers, the new text it was read from, and why."""

    answer: Answer
    text: str
    # The phrases and rules that decided, e.g. ("yes:happy to",) or ("rule:precedence",).
    evidence: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, str]:
        """The verdict as stored and logged."""
        return {"answer": self.answer, "text": self.text}


def _without_boilerplate(text: str, book: PhraseBook) -> str:
    # Legal footers ("If you are not the intended recipient ...") are full of
    # conditions and negations that say nothing about the answer.
    kept = [p for p in _PARAGRAPHS.split(text) if not _disclaims(p, book)]
    return "\n\n".join(kept)


def _disclaims(paragraph: str, book: PhraseBook) -> bool:
    """Whether the paragraph holds a disclaimer marker, other than inside a word that
    names confidentiality as a rule the writer follows (disclaimer_exceptions: "notre
    charte de confidentialité", "due to confidentiality rules"): a refusal that cites
    it is the writer's own, no footer."""
    for marker in book.disclaimers:
        # Most paragraphs hold no marker: a substring test spares the search.
        if marker not in paragraph:
            continue
        for found in re.finditer(re.escape(marker), paragraph):
            if _word_at(paragraph, found.start(), found.end()) not in book.disclaimer_exceptions:
                return True
    return False


def _word_at(text: str, start: int, end: int) -> str:
    """The whole word that the stretch from ``start`` to ``end`` lies in."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _without_other_matters(text: str, book: PhraseBook) -> tuple[str, tuple[str, ...]]:
    """The text without the stretches marked as about another matter, and their markers.

    A marker (topic_shifts) opening a sentence, with a pause after it ("Unrelated, but
    while I have you: no, I won't make the Lisbon offsite after all.", "Ganz anderes
    Thema: ...", "Por cierto, otra cosa: ...") sets aside the rest of its paragraph,
    which answers another question. Not when nothing stands before it to answer this
    one, nor when the stretch speaks of the introduction or a meeting (intro_stems:
    "On another note, I'd rather not meet her").
    """
    if book.topic_shifts is None:
        return text, ()
    kept: list[str] = []
    markers: list[str] = []
    at = 0
    for found in book.topic_shifts.finditer(text):
        start = found.start("marker")
        if start < at:
            continue
        gap = _PARAGRAPHS.search(text, found.end())
        end = gap.start() if gap else len(text)
        stretch = text[start:end]
        if not _PUNCTUATION.sub("", text[:start]) or any(
            stem in stretch for stem in book.intro_stems
        ):
            continue
        kept.append(text[at:start])
        markers.append(found.group("marker"))
        at = end
    if not markers:
        return text, ()
    kept.append(text[at:])
    return "".join(kept), tuple(markers)


# One capital letter and its dot, an initial closing a signed name ("VG K.").
_INITIAL = re.compile(r"[^\W\d_]\.")


def _without_closing_name(text: str, book: PhraseBook) -> str:
    """The text without a name signed on its last line ("Thanks!\n\nSafi").

    Names can be answer words in another language (Safi, Haya, Sim); a last line
    of one or two capitalised words, below anything but a greeting, is a name, and so
    is one capitalised word with an initial after it ("VG K.", "Anna P.").
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return text
    words = lines[-1].split()
    if len(words) == 2 and words[1][0].isupper() and _INITIAL.fullmatch(words[1]):
        # "VG K.", "Anna P.": a name closed by an initial; a lone "Y." answers.
        words = words[:1]
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return text
    if len(words) == 2 and _whole_answer(lines[-1], book):
        # "... / YES PLEASE / Pat": two words that are one answer together, a name never.
        return text
    stripped = text.strip()
    if not any(ch.islower() for ch in stripped) and not re.search(
        rf"\n[ \t]*\n[ \t]*{re.escape(lines[-1])}$", stripped
    ):
        # Written all in capitals, every line looks like a name: one goes on with the
        # sentence above it ("SI\nME INTERESA\nLO HABLAMOS") unless a blank line sets it
        # apart ("...\n\nMARUJA").
        return text
    previous = _PUNCTUATION.sub(" ", normalise(lines[-2])).strip()
    if any(previous == g or previous.startswith(f"{g} ") for g in book.greetings):
        return text
    return text.strip()[: text.strip().rfind(lines[-1])]


def _whole_answer(line: str, book: PhraseBook) -> bool:
    """Whether ``line`` is all one yes or no phrase ("YES PLEASE", "No thanks")."""
    reading = book.read(normalise(line))
    last = max((i for i, t in enumerate(reading.tokens) if t.strip()), default=-1)
    return any(
        p.label in ("yes", "no") and p.start == 0 and p.end == last + 1 for p in reading.phrases
    )


@dataclass
class _Signals:
    """Where each kind of phrase was found (token positions)."""

    yes: list[int] = field(default_factory=list)
    # Explicit refusals ("no", "I can't") and negated yeses ("not interested").
    no: list[int] = field(default_factory=list)
    negated_yes: list[int] = field(default_factory=list)
    contrasts: list[int] = field(default_factory=list)
    hedges: int = 0
    questions: int = 0
    # A negated refusal ("I wouldn't say no"): leaning, not answering.
    double_negatives: int = 0
    words_after_contrast: int = 0
    # Where "it depends" stands ("Kommt darauf an, in welcher Phase er ist"), and whether
    # a contrast follows the last one.
    depends: list[int] = field(default_factory=list)
    # Refusals waiting on something to happen ("I can't agree until I've got sign-off").
    pending: int = 0
    # Where each condition that restricts stands ("só se", "only if"): a refusal after
    # one, past the last contrast, may decline only the branch the condition leaves out.
    conditions: list[int] = field(default_factory=list)


def read_answer(
    text: str, names: frozenset[str] = frozenset(), asked: str = ""
) -> tuple[TextAnswer, tuple[str, ...]]:
    """The answer a reply's new text gives (see ``_answer``), unclear when a yes has a
    key-slip of a negator shortly before it in its clause (negator_slips: "ok, nit
    interested", "sure, npt now"), or right after it where the negator would leave no
    yes ("ok bo", "Ok bo thanks": see ``_slip_after``): it may be a "not" or a "no"
    mistyped, and a yes is never guessed. A slip with no yes after it ("Yes, happy to.
    Nit picking aside...") and a word of the lists ("not", "nor") are read as they are.

    A long mail of news left unclear is read again without its news (reply_news: "The
    big oven packed in on Monday ... / Yes of course, I'd love to meet Femi ..."), and
    says yes if what is left does. A reply left unclear whose paragraph refusing is
    followed only by paragraphs about another matter (reply_other_matters: "Nein, das
    möchte ich nicht übernehmen. / Wie geht es eigentlich eurem Garten?") is read again
    up to that paragraph, and says no if that does."""
    answer, evidence = _read_plain(text, names, asked)
    if answer == "unclear" and "\n" in text.strip():
        # "Nein, das möchte ich nicht übernehmen. / Wie geht es eigentlich eurem
        # Garten?": a refusal stands beside paragraphs about another matter.
        aside = refusal_before_other_matters(text, phrase_book(), asked, _read_plain)
        if aside is not None:
            heard, told = _read_plain(aside[0], names, asked)
            if heard == "no":
                return heard, (f"other-matters:{aside[1]}", *told)
    if answer == "unclear" and len(text.split()) >= NEWS_MIN_WORDS:
        news = news_set_aside(text, phrase_book(), asked, _read_plain)
        if news is not None:
            heard, told = read_answer(news[0], names, asked)
            if heard == "yes":
                return heard, (f"news-aside:{news[1]}", *told)
    return answer, evidence


def _read_plain(
    text: str, names: frozenset[str] = frozenset(), asked: str = ""
) -> tuple[TextAnswer, tuple[str, ...]]:
    """``read_answer`` without setting news aside: the answer and the slips."""
    answer, evidence = _answer(text, names, asked)
    if answer != "yes":
        return answer, evidence
    book = phrase_book()
    # "Sure, happy to introduce you to him.": a yes to making the introduction oneself,
    # the question misread; no consent to be introduced.
    if book.misread_acts:
        act = misread_yes(book.read(normalise(text)), book, asked)
        if act is not None:
            return "unclear", (*evidence, f"misread-yes:{act}")
    words = frozenset(re.findall(r"[^\W\d_]+", normalise(text)))
    if not book.character_words.isdisjoint(words):
        asked_of = _character_condition(book.read(normalise(text)), book)
        if asked_of is not None:
            return "unclear", (*evidence, f"character-condition:{asked_of}")
    if book.negator_slips.keys().isdisjoint(re.findall(r"[^\W\d_]+", text.lower())):
        return answer, evidence
    normalised = normalise(text)
    reading = book.read(normalised)
    for phrase in reading.phrases:
        if phrase.label != "yes":
            continue
        i, reach = phrase.start - 1, 0
        while i >= 0 and reach < _NEGATION_REACH and not reading.breaks[i]:
            token = reading.tokens[i]
            if token in book.negator_slips:
                return "unclear", (*evidence, f"slip:{token}->{book.negator_slips[token]}")
            reach += bool(token.strip())
            i -= 1
        slipped = _slip_after(reading, normalised, phrase, book, names, asked)
        if slipped is not None:
            return "unclear", (*evidence, slipped)
    return answer, evidence


# How many words after an "if" may ask who the other is ("if she's really legit").
_CHARACTER_REACH = 5


def _character_condition(reading: Reading, book: PhraseBook) -> str | None:
    """The character_conditions word an "if" asks of someone, within a few words of it in
    its clause, or None: "Sure! If he's legit he's welcome to drop by Friday" asks
    whether he is legit, whatever the sentence goes on to offer, so no rule that reads
    an "if" as arranging the meeting may leave a yes standing beside it."""
    tokens = reading.tokens
    for i, token in enumerate(tokens):
        if token not in book.conditionals:
            continue
        j, reach = i + 1, 0
        while j < len(tokens) and reach < _CHARACTER_REACH and not reading.breaks[j - 1]:
            for condition in book.character_conditions:
                if tuple(tokens[j : j + len(condition)]) == condition:
                    return " ".join(condition)
            reach += bool(tokens[j].strip())
            j += 1
    return None


def _slip_after(
    reading: Reading,
    normalised: str,
    phrase: Phrase,
    book: PhraseBook,
    names: frozenset[str],
    asked: str,
) -> str | None:
    """The slip, as evidence, when the word right after a yes (a comma or a dash
    between at most) is a key-slip of a negator that, put in its place, no longer leaves
    a yes: "ok bo" is "ok no", "Ok bo thanks" "ok no thanks". "ok bo problem" ("no
    problem") still says yes."""
    i = phrase.end
    while i < len(reading.tokens) and reading.tokens[i] in _SLIP_PAUSES:
        i += 1
    if i >= len(reading.tokens) or reading.tokens[i] not in book.negator_slips:
        return None
    token = reading.tokens[i]
    negator = book.negator_slips[token]
    start = reading.offsets[i]
    corrected = normalised[:start] + negator + normalised[start + len(token) :]
    if _answer(corrected, names, asked)[0] == "yes":
        return None
    return f"slip:{token}->{negator}"


# What may stand between a yes and a slipped negator after it: "ok, bo thanks".
_SLIP_PAUSES = frozenset({",", "-", "\u2013", "\u2014"})


def _answer(
    text: str, names: frozenset[str] = frozenset(), asked: str = ""
) -> tuple[TextAnswer, tuple[str, ...]]:
    """``_answer_undrawn`` of the text with each refusal word typed with a digit for a
    letter written in letters ("n0 thx" is "no thx", "n0t interested" "not interested":
    see reply_digits). A typo never makes a yes: where the text so read would say yes
    and the text as written does not ("n0t a problem" alone), it is read as written."""
    slipped = digit_slips(text, phrase_book())
    if slipped is None:
        return _answer_undrawn(text, names, asked)
    heard, told = _answer_undrawn(slipped[0], names, asked)
    if heard == "yes":
        answer, evidence = _answer_undrawn(text, names, asked)
        if answer != "yes":
            return answer, evidence
    return heard, (*slipped[1], *told)


def _answer_undrawn(
    text: str, names: frozenset[str] = frozenset(), asked: str = ""
) -> tuple[TextAnswer, tuple[str, ...]]:
    """``_answer_drawn_in`` of the text with each answer word a writer drew out written
    plainly ("SIMMMM 🔥🔥🔥" is "sim 🔥🔥🔥", "noooo" "no": see ``PhraseBook.undrawn``),
    wherever it stands, so that a yes shouted and then taken back ("SIMMMM / pera, ...
    passo") is read as the yes it is."""
    if _DRAWN_RUN_IN.search(text) is None:
        return _answer_drawn_in(text, names, asked)
    book = phrase_book()
    drawn: list[str] = []

    def plain(found: re.Match[str]) -> str:
        word = book.undrawn(found.group().lower())
        if word is None:
            return found.group()
        drawn.append(f"drawn:{found.group().lower()}->{word}")
        return word

    text = _DRAWN_WORD.sub(plain, text)
    answer, evidence = _answer_drawn_in(text, names, asked)
    return answer, (*drawn, *evidence)


# A word with a letter written three or more times running ("SIMMMM", "noooo").
_DRAWN_WORD = re.compile(r"[^\W\d_]*([^\W\d_])\1\1[^\W\d_]*")
# A letter written three times running, which every such word holds: looked for first,
# as trying the word's pattern at each letter costs far more.
_DRAWN_RUN_IN = re.compile(r"([^\W\d_])\1\1")


def _answer_drawn_in(
    text: str, names: frozenset[str] = frozenset(), asked: str = ""
) -> tuple[TextAnswer, tuple[str, ...]]:
    """The answer a reply's new text gives, with the phrases that decided it; ``asked``
    names the one the introduction is about, when known.

    A short reply in which nothing at all is recognised is read once more with its
    slips corrected ("sur, go ahaed"): each unknown word that is one swapped or one
    missing letter away from exactly one answer word. ``names`` are the people the mail
    itself names (normalised words: "mark", "jones"), read as names wherever they stand
    ("Yes. Mark would be happy to.").
    """
    book = phrase_book()
    text = _emoji_stops(text)
    if "…" in text or ".." in text:
        trailing = _TRAILING_OFF.search(_without_closing_name(text, book))
        if trailing is not None and len(trailing.group(1).split()) <= _TRAILING_WORDS:
            # "ok…", "D'accord...", "Sawa…": a word of yes trailing off hesitates.
            answer, evidence = read_answer(trailing.group(1), names)
            if answer == "yes":
                return "unclear", ("hedge:...", *evidence)
    normalised = normalise(text)
    misdirected = _misdirected(normalised, book)
    if misdirected is not None:
        rest, note = misdirected
        answer, evidence = read_answer(rest, names, asked)
        answered = any(e.startswith(("yes:", "no:", "negated:")) for e in evidence)
        return (answer if answered else "unclear"), (f"misdirected:{note}", *evidence)
    # "No thanks. / Wait, I just reread it properly. ... yes, I'm happy to talk to her":
    # the writer answering anew after a pause or a rereading.
    # A new no is read after the take-backs and second thoughts, which name it better.
    reconsidered = _reconsidered(normalise(_without_closing_name(text, book)), book)
    if reconsidered is not None and reconsidered[0] == "yes":
        return reconsidered
    retracted = _retracted(normalised, book)
    if retracted is not None:
        rest, lead = retracted
        answer, evidence = read_answer(rest, names)
        answered = any(e.startswith(("yes:", "no:", "negated:")) for e in evidence)
        return (answer if answered else "unclear"), (f"retracted:{lead}", *evidence)
    # "... Mejor no, gracias.\n\nVale": the name signed below a yes taken back is no
    # yes after it, as it is none where the reply is read whole.
    unsigned = normalise(_without_closing_name(text, book))
    corrected = (
        _self_corrected(unsigned, book)
        or _second_thought(unsigned, book)
        or _identity_check(unsigned, book)
        or _second_thought(unsigned, book, recognised=True)
    )
    if corrected is not None:
        return corrected
    # "Volontiers ... Ah non, attends ... Donc finalement c'est non, désolé.": the verdict
    # after the writer thought aloud is the answer.
    verdict = final_verdict(unsigned, book, read_answer)
    if verdict is not None:
        return "no", verdict
    if reconsidered is not None:
        return reconsidered
    # "ja, gerne ... / Nachtrag, 21:40: ... Also bitte doch nicht": taken back below.
    taken_back = addendum_retraction(normalised, book, read_answer, _reasoned_refusal)
    if taken_back is not None:
        return "no", taken_back
    # "it has to be a no to the introduction ... yes, please keep sending me the
    # fixtures": the refusal names what it answers; the yes answers something else.
    addressed = addressed_refusal(normalised, book, read_answer, asked)
    if addressed is not None:
        return "no", addressed
    # A slipped negator ("nto interested") is corrected whatever the length: left as it
    # is, the yes after it would stand.
    negations = _corrected(text, book, lambda word: book.is_negator(word))
    if negations is not None:
        text = negations[0]
    answer, evidence = _read_answer(text, names=names, asked=asked)
    fixed = negations[1] if negations else ()
    if evidence or len(text.split()) > _MAX_TYPO_WORDS:
        return answer, (*fixed, *evidence)
    slips = _corrected(text, book, lambda word: True)
    if slips is None:
        return answer, (*fixed, *evidence)
    answer, evidence = _read_answer(slips[0], names=names, asked=asked)
    return answer, (*fixed, *slips[1], *evidence)


# A reply of this many words or fewer that trails off ("ok…", "Na gut...") hesitates.
_TRAILING_WORDS = 2
_TRAILING_OFF = re.compile(r"\A\s*(\S(?:.*\S)?)\s*(?:\.{2,}|…)[\s.…]*\Z", re.DOTALL)

# A retraction names what it takes back within this many words after its lead.
_RETRACTION_REACH = 5
_RETRACTION_PAUSE = re.compile(r"[.,;:!?\n]|\s[-\u2013\u2014]\s")


def _false_friends(reading: Reading, text: str, book: PhraseBook) -> Reading:
    """The reading with each yes that is a false friend of the language the reply is
    plainly written in read as the plain word it is there: Portuguese "já" (already),
    not German "ja", in "Agradeço imenso, mas desta vez vou passar. Já tenho demasiados
    projetos em mãos"; Spanish "haya", not Swahili "haya", in "Espero que haya otra
    ocasión". So is a contrast: Portuguese "mais" (more), not French "mais" (but), in
    "de dia eu respondo mais rápido". One written with the accent of its own language
    wherever it stands ("Já volto a falar contigo") is that language's word whatever the
    reply's. So is a hedge: English "note", not French "noté" (noted, agreeing to
    nothing), in "Yes, go ahead. Note we are at sea until the 20th". A yes phrase that
    holds one among other words ("ja gerne") stays a yes."""
    plain = set(book.plain_words(reading.tokens))
    for folded, accented in book.accented_friends.items():
        if folded in reading.tokens and _all_accented(text, folded, accented):
            plain.add(folded)
    if not plain:
        return reading
    return replace(
        reading,
        phrases=tuple(
            Phrase("neutral", p.start, p.end, p.text)
            if p.label in ("yes", "contrast", "hedge") and p.text in plain
            else p
            for p in reading.phrases
        ),
    )


def _own_time_forms(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each verb outside every phrase that says the writer's own time
    by its form (own_time_shapes: Swahili "nitakapopata", "when I get", "tutakaporudi")
    read as a hedge, as "once I have a moment" is: "Ndiyo, mara nitakapopata nafasi"
    waits on the writer. The other's time ("mara atakaponitafuta") is none."""
    found = [
        Phrase("hedge", i, i + 1, token)
        for i, token in enumerate(reading.tokens)
        if book.own_time_forms.fullmatch(token) and not _covered(reading, i)
    ]
    if not found:
        return reading
    phrases = sorted([*reading.phrases, *found], key=lambda p: p.start)
    return replace(reading, phrases=tuple(phrases))


def _consulted(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each approval (approvals: "run it past", "check with") right after
    one of the consulted_leads ("until I'd", "until I had") read as neutral: "I didn't
    want to say anything until I'd run it past the trustees" tells an approval sought
    already, the pluperfect a past clause's, and leaves none to come. "until I've run it
    past them" and "I'd run it past them first" still wait on it."""
    tokens = reading.tokens

    def led(start: int) -> bool:
        words = [t for t in tokens[:start] if t.strip()]
        return any(tuple(words[len(words) - len(lead) :]) == lead for lead in book.consulted_leads)

    return replace(
        reading,
        phrases=tuple(
            replace(p, label="neutral")
            if p.label == "hedge" and p.text in book.approvals and led(p.start)
            else p
            for p in reading.phrases
        ),
    )


def _conditional_forms(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each verb outside every phrase whose form sets a negated
    condition (negated_conditional_shapes: Swahili "asipokubali", "if he does not
    agree") read as a hedge, as "if" is: "Ndiyo, ninaweza kukutana naye. Asiposaini
    mkataba, sitakutana naye." is a yes on a condition, and its refusal one for the
    other case. The "-ki-" forms ("akisaini", "if he signs") also say "while" and offer
    ("Jioni ni bora akitaka kupiga simu"): they only mark a branch (see
    reply_conditions)."""
    found = [
        Phrase("hedge", i, i + 1, token)
        for i, token in enumerate(reading.tokens)
        if book.is_negated_conditional_form(token) and not _covered(reading, i)
    ]
    if not found:
        return reading
    phrases = sorted([*reading.phrases, *found], key=lambda p: p.start)
    return replace(reading, phrases=tuple(phrases))


def _misdirected(normalised: str, book: PhraseBook) -> tuple[str, str] | None:
    """The text after a note that what came before it went astray, and the note; None
    when the text holds none.

    "Yes!! 7:30 is perfect, I'll bring the wine. Ugh, sorry - that was meant for my
    sister, wrong window. I'll look at your actual question properly tonight.": a note
    that the text was meant for someone else, sent to the wrong place, sent by mistake
    or too soon (misdirections: "wrong window", "c'était pour ma", "me equivoqué de
    chat", "falsches Fenster", "enviei por engano", "kimakosa"), or asks for it to be
    ignored, closing its clause (misdirected_pointers: "ignore that", "ignoriere das",
    "puuza hiyo"), with no negator before it in its clause, takes back everything up to
    the end of its sentence, the yes with it: the rest answers, and a rest that answers
    nothing ("I'll look at your question tonight", "je te réponds ce soir") is unclear.
    "Yes, please ignore that typo" (a pointer going on in its clause) and "Yes, happy to!
    Sorry for the slow reply" hold none."""
    if book.misdirection_pattern is None:
        return None
    for match in book.misdirection_pattern.finditer(normalised):
        pauses = [p.end() for p in _RETRACTION_PAUSE.finditer(normalised[: match.start()])]
        before = re.findall(r"[\w'-]+", normalised[pauses[-1] if pauses else 0 : match.start()])
        # "Don't ignore that": negated, it takes nothing back.
        if any(book.is_negator(w) or w.endswith("'") for w in before):
            continue
        if match.group("pointer"):
            # "Scratch that - please don't make the intro": a pointer closes its clause,
            # and what the writer goes on to say in its sentence is the new answer.
            return normalised[match.end() :], match.group()
        end = _SENTENCE_END.search(normalised, match.end())
        return (normalised[end.end() :] if end else ""), match.group()
    return None


# Where a sentence ends: what a misdirection note takes back runs to here.
_SENTENCE_END = re.compile(r"[.!?\n]")


def _retracted(normalised: str, book: PhraseBook) -> tuple[str, str] | None:
    """The text without a correction of an earlier answer, and the correction's lead;
    None when it holds none.

    "Please disregard the yes I sent this morning. ... so the answer has to be no": a
    retraction lead (retraction_leads: "disregard", "oubliez", "olvida", "vergessen
    Sie", "desconsidere", "puuza"), no negator just before or after it, with one of
    the retracted_things ("yes", "earlier", "message", "précédent") among the few words
    after it before a pause, takes back an earlier answer: its stretch, from the
    pause before it to the next, is left out, and the rest answers. So is an answer the
    writer leaned to first, told in the past ("my first instinct was to say no", "j'allais
    dire non"), unless its sentence asks ("Como é que eu ia dizer não ao Raj, né?")."""
    if not book.retraction_leads:
        return None
    for match in book.retraction_pattern.finditer(normalised):
        after = normalised[match.end() :]
        pause = _RETRACTION_PAUSE.search(after)
        stretch = after[: pause.start() if pause else len(after)]
        words = re.findall(r"[\w'-]+", stretch)
        # "forget none of it" negates; "Eu ia dizer não" names the answer left.
        if not words or (book.is_negator(words[0]) and words[0] not in book.retracted_things):
            continue
        if not any(w in book.retracted_things for w in words[:_RETRACTION_REACH]):
            continue
        closing = re.search(r"[.!?\n]", after)
        if closing is not None and closing.group() == "?":
            # "Como é que eu ia dizer não ao Raj, né?": asked, not told.
            continue
        pauses = [p.end() for p in _RETRACTION_PAUSE.finditer(normalised[: match.start()])]
        start = pauses[-1] if pauses else 0
        before = re.findall(r"[\w'-]+", normalised[start : match.start()])
        if any(book.is_negator(w) or w.endswith("'") for w in before):
            continue
        end = match.end() + (pause.start() if pause else len(after))
        return normalised[:start] + " " + normalised[end:], match.group()
    return None


def _self_corrected(normalised: str, book: PhraseBook) -> tuple[TextAnswer, tuple[str, ...]] | None:
    """A yes taken back by a correction to no; None when the text holds none.

    "Yes - actually no, sorry": a correction marker (self_corrections: "actually",
    "en fait", "en realidad", "eigentlich", "na verdade", "kwa kweli") after a pause,
    right before a refusal word (corrected_answers) that a pause follows, takes back a
    yes before it: when the text before it says yes and the text from the refusal word
    on refuses with nothing that doubts or asks, the answer is no. A correction toward
    yes is not read so ("Maybe later. Actually, yes, go ahead now." stays unclear), nor
    one that hesitates ("Yes. Actually no. Let me think.")."""
    if book.self_correction_pattern is None:
        return None
    for found in book.self_correction_pattern.finditer(normalised):
        before = normalised[: found.start()]
        if not _PUNCTUATION.sub("", before) or read_answer(before)[0] != "yes":
            continue
        answer, evidence = read_answer(normalised[found.start("answer") :])
        if answer == "no" and not any(e.startswith(("hedge:", "question:")) for e in evidence):
            return answer, (f"corrected:{found.group('marker')}", *evidence)
    return None


def _reconsidered(normalised: str, book: PhraseBook) -> tuple[TextAnswer, tuple[str, ...]] | None:
    """The new answer of a writer who answers twice, the second time after a pause or a
    rereading; None when the text holds none.

    "No thanks, I'm retired. / Wait, I just reread it properly. ... yes, I'm happy to
    talk to her.", "não, valeu / pera, li direito agora ... então sim, pode apresentar",
    "Oui, pourquoi pas. ... J'en ai parlé à mon mari et, réflexion faite, je préfère ne
    pas donner suite.", "Ndiyo, karibu. / Aaa ngoja kwanza. Nimefikiri tena, ... Kwa
    sasa hapana": a pause or a rereading (second_thought_pauses, reconsiderations:
    "wait", "pera", "espera", "attends", "warte", "ngoja", "having reread", "réflexion
    faite", "pensándolo bien", "nach nochmaligem Lesen", "relendo", "nimesoma tena"),
    opening a sentence or a clause and closing its clause, below a text that answers
    (a yes or a no in it), leaves the answer to what follows it when that answers
    otherwise than the text before it did, and plainly: nothing after it doubts or
    asks, and a new yes has no refusal or negation beside it. "No. Wait, is he the
    one from Acme? Then yes." and "No thanks. Having reread it, maybe." are read whole.
    """
    if book.reconsideration_pattern is None:
        return None
    for found in book.reconsideration_pattern.finditer(normalised):
        before = normalised[: found.start()]
        if not _PUNCTUATION.sub("", before):
            continue
        first, told = read_answer(before)
        if not any(e.startswith(("yes:", "no:")) for e in told):
            continue
        answer, evidence = read_answer(normalised[found.end() :])
        if answer == "unclear" or answer == first:
            continue
        if any(e.startswith(("hedge:", "question:")) for e in evidence):
            continue
        if answer == "yes" and any(e.startswith(("no:", "negated:")) for e in evidence):
            continue
        turn = found.group("pause") or found.group("reread")
        return answer, (f"reconsidered:{turn}", *evidence)
    return None


def _second_thought(
    normalised: str, book: PhraseBook, recognised: bool = False
) -> tuple[TextAnswer, tuple[str, ...]] | None:
    """A yes taken back after the writer stops short; None when the text holds none.

    "Yes! Sounds great, I'd love to talk to her. ...actually, hang on. I just checked my
    contract ... So I'd better say no, sorry.": a pause (second_thought_pauses: "hang
    on", "attendez", "espera", "Moment mal", "espera aí", "subiri kidogo"), one of the
    self_corrections before it at most, or a refusal word cried out ("Ay no, espera",
    "Oh no, wait", "Ach nee, warte": corrected_answers), opening a sentence (or a line
    after an addendum's label: "Nachtrag, 10 Minuten später: Moment - ...",
    addendum_leads) and closing it or its clause, below a text that reads yes, leaves
    the answer to what follows it: no, when that refuses with nothing that doubts or
    asks. Anything else after it ("Yes. Hang on, is he in sales?", "Sure - wait, let me
    check with my wife") leaves the reply read whole. With ``recognised``, each sentence
    after the pause that asks who the other is ("Wait. I have just seen the name. Is this
    the same Peter who ...?") is the writer recognising them, left out of what decides."""
    if book.second_thought_pattern is None:
        return None
    for found in book.second_thought_pattern.finditer(normalised):
        rest = normalised[found.end() :]
        if recognised:
            # "Wait. I have just seen the name properly. Is this the same Peter who ...?
            # ... So I am withdrawing that yes. No, I don't want ...": the writer asking
            # who the other is, in a sentence of its own, recognises them; the rest
            # decides. Without such a question the pause was read already.
            asked = _without_identity_questions(rest, book)
            if asked == rest:
                continue
            rest = asked
        before = normalised[: found.start()]
        if not _PUNCTUATION.sub("", before) or read_answer(before)[0] != "yes":
            continue
        answer, evidence = read_answer(rest)
        if answer != "no":
            continue
        if not any(e.startswith(("hedge:", "question:")) for e in evidence) or _bounded_refusal(
            evidence, book
        ):
            return answer, (f"second-thought:{found.group('pause')}", *evidence)
        reasoned = _reasoned_refusal(rest)
        if reasoned is not None:
            return "no", (f"second-thought:{found.group('pause')}", *reasoned)
    return None


def _without_identity_questions(text: str, book: PhraseBook) -> str:
    """``text`` without the sentences that ask who the other is (identity_questions with
    one of the identity_links: "Is this the same Peter Kamau who was going round
    Karatina?"), each left as a full stop; ``text`` itself when it asks none. The writer's
    own answer to such a question in the sentence right after it (identity_confirmations:
    "just checked their site and yeah, it is.", "oui, c'est lui", "ndiyo ni yeye") says who
    the other is, not yes to the introduction, and is left out too."""
    if book.identity_question_pattern is None:
        return text
    kept: list[str] = []
    at = 0
    for found in book.identity_question_pattern.finditer(text):
        words = re.findall(r"[\w'-]+", found.group("question"))
        if not any(
            w in book.identity_links or w.startswith(book.identity_link_stems) for w in words
        ):
            continue
        kept.append(text[at : found.start()])
        kept.append(".")
        at = found.end()
        answer = _SENTENCE_CLOSE.search(text, at)
        end = answer.end() if answer is not None else len(text)
        if book.identity_confirmation_pattern is not None:
            kept.append(book.identity_confirmation_pattern.sub("", text[at:end], count=1))
            at = end
    kept.append(text[at:])
    return "".join(kept)


# The end of the sentence after a question: its closing mark or line break.
_SENTENCE_CLOSE = re.compile(r"[.!?\n\u2026]")


def _bounded_refusal(evidence: tuple[str, ...], book: PhraseBook) -> bool:
    """Whether the only doubts in ``evidence`` are how long a refusal before them holds
    (refusal_whiles: "c'est non : ... je ne peux pas le rencontrer tant que le dossier
    est ouvert", "it's a no, I can't meet him as long as the bid is open"): after a yes
    taken back, the refusal stands; a question, another hedge ("no, unless ...") or a
    "tant que" before any refusal still doubts. A second pause before the refusal
    ("Attendez, j'ai répondu trop vite : c'est non") only stops short again."""
    refused = False
    for e in evidence:
        hedge = e[len("hedge:") :] if e.startswith("hedge:") else None
        if e.startswith("no:"):
            refused = True
        elif e.startswith("question:") or (
            hedge is not None
            and not (refused and hedge in book.refusal_whiles)
            and not (not refused and hedge in book.second_thought_pauses)
        ):
            return False
    return refused


def _identity_check(normalised: str, book: PhraseBook) -> tuple[TextAnswer, tuple[str, ...]] | None:
    """A yes taken back once the writer recognises the other; None when the text holds
    none.

    "Sure, no problem / Wait is this Kevin Naidoo from Bluff Container Services?? If so
    rather not. We're still waiting on R180k ...": a pause as ``_second_thought`` finds
    it, an interjection before it at most ("Aaah ngoja"), opening a question about who
    the other is (identity_questions: "is this the", "c'est le", "es el", "ist das",
    "é o", "ni yule"), with something in it that ties it to a person (identity_links:
    "from", "who", "same", "de", "von", "wa"), below a text that reads yes, leaves the
    answer to what follows the question: a condition that points back at it (if
    so", "if yes", "si c'est le cas", "wenn ja", "se sim", "kama ndiyo") is the writer's
    own recognition and is left out, and the rest is no when it refuses with nothing
    that doubts or asks, or refuses after sentences that tell why. Anything else ("Yes!
    Wait, is this the Ryan from Doha? If so, even better!", "... If not, no.") leaves
    the reply read whole; this never reads a yes."""
    if book.identity_check_pattern is None:
        return None
    for found in book.identity_check_pattern.finditer(normalised):
        before = normalised[: found.start()]
        if not _PUNCTUATION.sub("", before) or read_answer(before)[0] != "yes":
            continue
        words = re.findall(r"[\w'-]+", found.group("question"))
        if not any(
            w in book.identity_links or w.startswith(book.identity_link_stems) for w in words
        ):
            continue
        rest = normalised[found.end() :]
        if book.identity_condition_pattern is not None:
            rest = book.identity_condition_pattern.sub("", rest, count=1)
        answer, evidence = read_answer(rest)
        if answer != "no":
            continue
        note = f"identity-check:{found.group('pause')}"
        if not any(e.startswith(("hedge:", "question:")) for e in evidence):
            return answer, (note, *evidence)
        reasoned = _reasoned_refusal(rest)
        if reasoned is not None:
            return "no", (note, *reasoned)
    return None


def _stopped_short(normalised: str) -> str | None:
    """The pause of a writer who stops short after a yes ("Yes! Oh wait, hang on."), or
    None: one of the second_thought_pauses, as ``_second_thought`` finds them, below a
    text that reads yes. No notice stops itself short: beside leave wording it shows a
    person, whose answer is read as it stands, a yes left unclear."""
    book = phrase_book()
    if book.second_thought_pattern is None:
        return None
    for found in book.second_thought_pattern.finditer(normalised):
        before = normalised[: found.start()]
        if _PUNCTUATION.sub("", before) and read_answer(before)[0] == "yes":
            return found.group("pause")
    return None


_SENTENCE_OPENINGS = re.compile(r"[.!?\n]\s*(?=\w)")


def _reasoned_refusal(rest: str) -> tuple[str, ...] | None:
    """The evidence of a refusal that closes ``rest`` after sentences that tell why ("We're
    in a patent dispute with them and legal would have my head if I took a meeting. So
    I'll have to decline, sorry."): from the first sentence on which the text refuses with
    nothing that doubts or asks, the sentences before it saying no yes and asking
    nothing, whatever doubts they tell; None otherwise ("Hang on, if he's a recruiter,
    then no" doubts in the refusal's own sentence, "I'll check my calendar. No, Tuesday is
    out, but Wednesday is." turns it)."""
    for opening in _SENTENCE_OPENINGS.finditer(rest):
        head, tail = rest[: opening.end()], rest[opening.end() :]
        answer, evidence = read_answer(tail)
        if answer != "no" or any(
            e.startswith(("hedge:", "question:", "contrast:")) for e in evidence
        ):
            # "No, Tuesday is out, but Wednesday is.": a refusal turned is no refusal.
            continue
        told = read_answer(head)[1]
        if "?" in head or any(e.startswith(("yes:", "question:")) for e in told):
            return None
        return (*(f"reason:{e}" for e in told), *evidence)
    return None


def _corrected(
    text: str, book: PhraseBook, wanted: Callable[[str], bool]
) -> tuple[str, tuple[str, ...]] | None:
    """``text`` with each slip of a wanted answer word corrected, and what was fixed;
    None when nothing was."""
    pieces: list[str] = []
    fixes: list[str] = []
    first = True
    for raw in re.split(r"(\W+)", text):
        token = normalise(raw)
        # A capital inside the text starts a name ("Thanks Ann!"), which is no slip.
        name = raw[:1].isupper() and not first
        first = first and not raw.isalpha()
        fixed = book.correct_typo(token) if token.isalpha() and not name else None
        if fixed and wanted(fixed):
            pieces.append(fixed)
            fixes.append(f"typo:{token}->{fixed}")
        else:
            pieces.append(token)
    return ("".join(pieces), tuple(fixes)) if fixes else None


# A line this long, broken before a word in lower case, was wrapped by the mail client.
_MIN_WRAPPED_CHARS = 60
_WRAPPED = re.compile(
    rf"(?m)^(?P<line>[^\n]{{{_MIN_WRAPPED_CHARS},}}[^\n.!?:;,\s])[ \t]*\n"
    r"(?=[ \t]*(?:[a-zß-öø-ÿ]|I(?:['\u2019]|[ \t])))"
)


# In a text written all in capitals, a line that ends on a word (no stop, comma or colon)
# before a line that opens with one, no blank line between.
_CAPS_WRAPPED = re.compile(r"(?m)^(?P<line>[^\n]*[^\W_])[ \t]*\n(?=[ \t]*[^\W\d_])")
# A text with fewer letters than this is too short to tell it is written in capitals.
_MIN_CAPS_LETTERS = 12


def _unwrapped(text: str) -> str:
    """The text with the line breaks a mail client put inside its sentences joined: a
    line of at least ``_MIN_WRAPPED_CHARS`` characters that ends on no stop, comma or
    colon, before a line that opens with a word in lower case ("Meu WhatsApp é +55 ...
    se", then "for mais fácil pra ela.") or with English "I" ("... until the 24th, but",
    then "I will answer."), goes on in the next; a short line ("Yes", then
    "happy to") or one that closes a sentence keeps its break.

    A text written all in capitals, as on a tablet in large letters, shows no case to
    tell a new sentence by, and its writer breaks lines short where the screen ends:
    there any line that ends on a word goes on in the next line that opens with one
    ("JA GERNE.\nDIE FRAU PETERSEN SOLL\nMICH ANRUFEN\nICH BIN ABER NUR\nVORMITTAGS ZU
    HAUSE" reads as "JA GERNE. DIE FRAU PETERSEN SOLL MICH ANRUFEN ICH BIN ABER NUR
    VORMITTAGS ZU HAUSE"); a stop, a comma, a colon or a blank line keeps its break, and
    so does a line that opens with an answer, read alone, which starts a sentence of its
    own ("YES HAPPY TO\nNO CALLS PLEASE\nEMAIL ONLY"), and a line that is a refusal
    whole, which ends one ("NO\nPROBLEM IS I AM AWAY" refuses)."""
    if "\n" not in text:
        return text
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= _MIN_CAPS_LETTERS and not any(c.islower() for c in letters):
        book = phrase_book()

        def join(found: re.Match[str]) -> str:
            rest = text[found.end() :].split("\n", 1)[0]
            opening = book.read(normalise(rest)).phrases
            if any(p.start == 0 and p.label in ("yes", "no") for p in opening):
                return found.group(0)
            # "NO\nPROBLEM IS I AM AWAY": a refusal that is its whole line ends there.
            line = book.read(normalise(found.group("line")))
            words = [i for i, t in enumerate(line.tokens) if t.strip()]
            if words and any(
                p.label == "no" and p.start <= words[0] and p.end > words[-1] for p in line.phrases
            ):
                return found.group(0)
            return f"{found.group('line')} "

        return _CAPS_WRAPPED.sub(join, text)
    return _WRAPPED.sub(r"\g<line> ", text)


# A word after a space, where a dictated comma stands between two words.
_WORD_AFTER = re.compile(r" [^\W_]")


def _emoji_stops(text: str) -> str:
    """The text with a full stop after each emoji (or run of them) that stands between
    the last word of one sentence and the capital opening the next, as the writer's own
    stop: "Kei Problem, chasch gern mache 👍 Bi ab Mäntig wieder im Internat aber am Abig
    erreichbar." is two sentences, the yes and a note on when the writer is reachable,
    whose "aber" turns within the note and not against the yes. A word in small letters
    after the emoji goes on with the sentence ("Yes 👍 but not before May"), and a text
    written all in capitals shows no capital to tell a sentence by."""
    if text.isascii() or not any(c.islower() for c in text):
        return text

    def stop(found: re.Match[str]) -> str:
        return f"{found.group(1)}." if found.group(2).isupper() else found.group(1)

    return _EMOJI_BETWEEN.sub(stop, text)


# Emoji after a word and a space, before a space and a letter: the pictographs, the
# older symbols and dingbats, with their joiners, selectors and skin tones.
_EMOJI_BETWEEN = re.compile(
    "(?<=[^\\W_])([ \t]+[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+)"
    "(?=[ \t]+([^\\W\\d_]))"
)


def _dictated(normalised: str, book: PhraseBook) -> str:
    """The text with the marks voice dictation wrote out as words put back: in a text
    that holds one of the dictated_commas as a word ("vírgula", "comma", "Komma"), each
    of them and of the dictated_stops ("ponto", "period", "full stop", "Punkt") between
    two words is the mark it names, and a dictated stop closing its line after a word
    ("... auf der A7 Richtung Kassel Punkt\nsorry diktiert") a full stop: "sim pode
    apresentar sim com certeza vírgula fala pra ela que eu tô em Salvador até março
    ponto a gente treina ..." is read as the sentences it dictates. A text with no
    dictated comma is read as written ("a ponto de", "Punkt zehn"); a dictated comma
    closing its line is left as a word. A text with no written mark at all that opens
    with an answer and a dictated stop right after it ("Ja gerne Punkt bin bis Freitag
    auf Tour ... Punkt Gruß") is dictated too (see ``_opens_dictated``)."""
    if book.dictated_commas.isdisjoint(normalised.split()) and not _opens_dictated(
        normalised, book
    ):
        return normalised

    def mark(found: re.Match[str]) -> str:
        word = found.group(1)
        if word in book.dictated_stops:
            return "."
        goes_on = _WORD_AFTER.match(normalised, found.end()) is not None
        return "," if goes_on else found.group(0)

    return book.dictated_marks.sub(mark, normalised)


# A mark written in a text: where one stands, the writer typed their own pauses.
_WRITTEN_MARK = re.compile(r"[.,;:!?\u2026]")


def _opens_dictated(normalised: str, book: PhraseBook) -> bool:
    """Whether a text with no dictated comma was dictated all the same: it holds no
    written mark at all, and its first words are an answer (a yes or a refusal, read
    whole) closed by one of the dictated_stops before the next word ("ja gerne Punkt bin
    bis Freitag auf Tour", "yes happy to full stop ...", "sim pode ser ponto ..."). No
    one types the word for a stop right after their answer; a stop word later in the
    text, or after anything but an answer, is read as written ("Sí hasta cierto punto",
    "ja bis Punkt zehn"), as is a text with a typed mark anywhere."""
    if _WRITTEN_MARK.search(normalised):
        return False
    found = book.dictated_marks.search(normalised)
    if found is None or found.group(1) not in book.dictated_stops:
        return False
    if _WORD_AFTER.match(normalised, found.end()) is None:
        return False
    head = normalised[: found.start()].strip()
    if not head or "\n" in head:
        return False
    reading = book.read(head)
    answered = {
        k for p in reading.phrases if p.label in ("yes", "no") for k in range(p.start, p.end)
    }
    words = [i for i, t in enumerate(reading.tokens) if t.strip()]
    return bool(words) and all(i in answered for i in words)


def _lifted_connectives(normalised: str, book: PhraseBook) -> str:
    """The text with a connective set between commas right after a one-word refusal
    that is a negator and the word it negates moved before them: "não sou, contudo, a
    pessoa indicada" is read as "contudo, não sou a pessoa indicada", "no soy, sin
    embargo, la persona indicada" as "sin embargo, no soy la persona indicada". The
    negator goes with its verb, a clause the lists may read whole, and is no bare "no"
    left alone by the commas. "Não, contudo, agradeço" (a pause right after the
    negator) is read as written."""
    if "," not in normalised:
        return normalised
    return book.parenthetic_negations.sub(r"\3, \1 \2 ", normalised)


def _read_answer(
    text: str, conclude: bool = True, names: frozenset[str] = frozenset(), asked: str = ""
) -> tuple[TextAnswer, tuple[str, ...]]:
    book = phrase_book()
    normalised = _without_boilerplate(
        normalise(_unwrapped(_without_closing_name(text[:_MAX_CHARS], book))), book
    )
    normalised = _dictated(normalised, book)
    normalised = _lifted_connectives(normalised, book)
    normalised, shifted = _without_other_matters(normalised, book)
    bare = _PUNCTUATION.sub(" ", normalised).strip()
    if not bare:
        return "unclear", ("empty",)
    # "Yes?" asks; only an unquestioned word answers on its own.
    word = book.bare_word(bare) if len(bare) <= 40 else bare
    if "?" not in normalised and (bare in book.alone_yes or word in book.alone_yes):
        return "yes", (f"yes:{bare}",)
    if bare in book.alone_no or word in book.alone_no:
        return "no", (f"no:{bare}",)
    if "?" not in normalised and " " in bare and not book.busy_firsts.isdisjoint(bare.split()):
        # "Y - sorry, back to back calls today.", "👍 (in a board mtg, more later)".
        hurried = _hurried_yes(bare, book)
        if hurried is not None:
            return "yes", hurried
    head, _, rest = normalised.strip().partition("\n")
    head = _PUNCTUATION.sub(" ", head).strip()
    if (
        rest.strip()
        and head in book.alone_yes
        and "?" not in normalised.strip().split("\n")[0]
        and not any(p.label == "yes" for p in book.read(head).phrases)
    ):
        # "Y\n\nslammed til close, after 11 is best lol": a word that answers only alone,
        # on the first line by itself, answers above the rest as "yes" would there; what
        # the rest says still decides ("Y\n\nbut not now" is no yes).
        answer, told = _read_answer(f"yes\n{rest}", conclude, names, asked)
        if answer == "yes":
            return answer, (f"yes:{head}", *told[1:])
    reading = book.read(normalised)
    listed = 0
    if ":" in reading.tokens and not book.term_leads.isdisjoint(reading.tokens):
        # "I am content to be introduced, on the following understanding: / 1. ...":
        # terms of the contact listed under a yes refuse nothing.
        reading, listed = listed_terms(reading, book)
    if not book.false_friends.isdisjoint(reading.tokens):
        reading = _false_friends(reading, text, book)
    if "?" in normalised and not book.again_lead_firsts.isdisjoint(reading.tokens):
        # "Can you ask me again in September? Not now though, sorry": the introduction
        # put off, asked as a question, asks nothing back; it doubts as a wait does.
        reading = _asked_again(reading, book)
    # "I write my NP exam in February": a one-word yes after a possessive, a word after
    # it in its clause, names a thing the writer has ("my NP exam"), no answer.
    if any(p.label == "yes" and _possessed(reading, p, book) for p in reading.phrases):
        reading = replace(
            reading,
            phrases=tuple(
                replace(p, label="neutral")
                if p.label == "yes" and _possessed(reading, p, book)
                else p
                for p in reading.phrases
            ),
        )
    if not book.elliptic_negations.isdisjoint(reading.tokens):
        reading = _elliptic_remarks(reading, book)
    if book.own_time_forms.search(normalised):
        reading = _own_time_forms(reading, book)
    if any(book.is_negated_conditional_form(token) for token in reading.tokens):
        reading = _conditional_forms(reading, book)
    if book.consulted_leads:
        reading = _consulted(reading, book)
    if not book.why_not_firsts.isdisjoint(reading.tokens):
        reading = _why_nots(reading, book)
    if not book.lack_outcomes.isdisjoint(reading.tokens) and "," in reading.tokens:
        # "No deck, no meeting": a condition, no refusal.
        reading = lack_conditions(reading, book)
    if (
        "?" not in normalised
        and any(
            p.label == "question" and p.text in book.relative_questions for p in reading.phrases
        )
        and any(p.label == "no" for p in reading.phrases)
    ):
        reading = _relatives(reading, book)
    if not book.chosen_doubts.keys().isdisjoint(reading.tokens):
        reading = _chosen_doubts(reading, book)
    # "exactly the sort of thing I'd like to see more of": a thing described, no answer.
    reading = described_things(reading, book)
    if not book.likenesses.keys().isdisjoint(reading.tokens):
        reading = _likenesses(reading, book, text, names)
    if not book.approximations.keys().isdisjoint(reading.tokens):
        # "Ndiyo, nipigie kama saa mbili usiku": around eight, no "if".
        reading = _approximate_hours(reading, book)
    if not book.tool_words.isdisjoint(reading.tokens) and not book.tool_skills.isdisjoint(
        reading.tokens
    ):
        # "je ne suis pas très à l'aise avec tous ces courriels": how the writer manages
        # mail, no negation of the yes.
        reading = _tool_unease(reading, book)
    if not book.negated_filler_heads.isdisjoint(reading.tokens):
        # "je suis pas mal libre à partir de janvier": "quite free", no negation.
        reading = _filled_availability(reading, book)
    if not (book.withhold_verbs | book.withhold_negatives).isdisjoint(reading.tokens):
        # "Yes, happy to meet Leo! Only thing - please don't give him my mobile": the
        # agent passes on email addresses only, so the phone number kept back after a
        # yes is a note on privacy.
        reading = phone_withheld(reading, book)
    if any(p.text in book.data_limits for p in reading.phrases):
        # "I can't share any of the line-list data": what the talk can cover.
        reading = _data_caveats(reading, book)
    if not book.topic_leads.isdisjoint(reading.tokens):
        # "Einzige Einschränkung: Über unsere laufende Studie kann ich nichts erzählen":
        # what the talk can cover.
        reading = _talk_limits(reading, book)
    if any(p.label == "neutral" and p.text in book.own_skills for p in reading.phrases):
        reading = _own_skills(reading, book)
    mocked_yeses: tuple[str, ...] = ()
    if not book.mock_leads.keys().isdisjoint(reading.tokens):
        reading, mocked_yeses = _mocked(reading, book)
    done: tuple[str, ...] = ()
    if not book.done_reports.keys().isdisjoint(reading.tokens) and any(
        p.label == "yes" and p.text in book.confirmations for p in reading.phrases
    ):
        reading, done = _done_reports(reading, book)
    mocked: tuple[str, ...] = ()
    if not book.mock_firsts.isdisjoint(reading.tokens):
        reading, mocked = _mock_reasons(reading, book)
    verdicts: tuple[str, ...] = ()
    if not book.mock_verdicts.keys().isdisjoint(reading.tokens):
        # "Ah, claro, mais um cara com uma ideia de app ...? Proposta irrecusável 🙃 /
        # Não, obrigada.": a paragraph of mockery, then the refusal.
        reading, verdicts = _ironic_verdicts(reading, book)
    regards: tuple[str, ...] = ()
    if not book.regards.keys().isdisjoint(reading.tokens):
        reading, regards = _regards(reading, book)
    if "*" in reading.tokens:
        # "aber neun - *nein natürlich, blöde Autokorrektur": the "natürlich" says the
        # correction is obvious, no yes.
        reading = _obvious_corrections(reading, book)
    if any(p.label == "yes" and p.text in book.do_supports for p in reading.phrases):
        reading = _supported_verbs(reading, book)
    if any(p.label == "deferral" for p in reading.phrases):
        # A deferral lead with no date after it ("in person", "im Moment") puts nothing off;
        # an hour said in words is a time as "9 Uhr" is ("aber nicht vor neun").
        reading = replace(
            reading,
            phrases=tuple(
                p
                for p in reading.phrases
                if p.label != "deferral"
                or (
                    _date_follows(reading, p, book)
                    and not _past_span(reading, p, book)
                    and not _year_told(reading, p, book)
                    # "after 2 is best": when the writer is easiest to reach.
                    and not _preferred_hour(reading, p.end, book)
                )
                or _spoken_hour(reading, p.end, book)
            ),
        )
    if any(p.text in book.meeting_limits for p in reading.phrases):
        # "Par contre pas de rendez-vous avant la fin des playoffs, donc pas avant la
        # mi-mai": when the meeting may be, with a date; without one ("no meeting before
        # I've spoken to him") its negation is read as any other.
        reading = replace(
            reading,
            phrases=tuple(
                p
                for p in reading.phrases
                if p.text not in book.meeting_limits or _date_after(reading, p, book)
            ),
        )
    if any(p.label == "hedge" and p.text in book.principle_hedges for p in reading.phrases):
        # "Grundsätzlich ja - und da ich ... keinerlei Einwände sehe": the reservation of
        # "in principle" lifted in its sentence; read once a "nach" or "après"
        # with no date after it puts nothing off.
        reading = lifted_principles(reading, book)
    business: tuple[str, ...] = ()
    if (
        not book.business_words.isdisjoint(reading.tokens)
        and any(p.label == "deferral" for p in reading.phrases)
    ) or any(_later_time(reading, p, book) for p in reading.phrases):
        # "Ja, ... gern. Das passt gut, wir nehmen ab Januar wieder neue Mandanten an.":
        # a date in a note on the writer's business, no yes put off; "Hospital
        # procurement is exactly where we want to be next year": the writer's plans dated.
        reading, business = _business_notes(reading, book)
    fitted: tuple[str, ...] = ()
    if not book.timing_fit_firsts.isdisjoint(reading.tokens) and any(
        p.label == "deferral" for p in reading.phrases
    ):
        # "yes please!! ... I'm submitting in June so the timing is perfect": a date that
        # tells why now suits, no yes put off.
        reading, fitted = _timing_fits(reading, book)
    if not book.timing_praise_firsts.isdisjoint(reading.tokens) and any(
        p.label == "no" for p in reading.phrases
    ):
        # "Yes - the timing is great, we're planning next year's programme now": a later
        # time naming what the writer is busy with, no yes put off.
        reading, praised = _praised_timings(reading, book)
        fitted = (*fitted, *praised)
    if any(
        p.label == "yes" and p.text.rsplit(" ", 1)[-1] in book.accented_yes for p in reading.phrases
    ):
        # "claro que si me pagan voy": the unaccented "si" that closes the yes opens
        # a condition on it.
        reading = _open_if_yeses(reading, text, book)
    if not book.yes_time_limit_firsts.isdisjoint(reading.tokens):
        # "Yes, for now": a yes limited in time, which may be taken back.
        reading = time_limited_yeses(reading, book)
    if any(
        (p.label == "contrast" and p.text in book.accented_words)
        or (p.label == "hedge" and p.text in book.accented_yes)
        for p in reading.phrases
    ):
        reading = _accented(reading, text, book)
    if not book.known_words.isdisjoint(reading.tokens) and any(
        p.label == "contrast" and p.text in book.known_contrasts for p in reading.phrases
    ):
        # "..., was Herrn Keller aber bekannt sein dürfte": a caveat the other knows.
        reading = _known_asides(reading, book)
    rhetorical: tuple[str, ...] = ()
    if "?" in normalised and not book.cannot_refuse_firsts.isdisjoint(reading.tokens):
        reading, rhetorical = _rhetorical_refusals(reading, book)
    if any(p.label == "hedge" and p.text in book.own_confirmations for p in reading.phrases):
        reading = _confirmed_yeses(reading, book)
    someone_else: tuple[str, ...] = ()
    if any(p.label == "relayed" for p in reading.phrases):
        if any(p.label == "hedge" for p in reading.phrases):
            reading = _relay_hedges(reading, book)
        reading, someone_else = _relayed(reading, book)
    if any(p.label == "question" and p.text in book.permission_leads for p in reading.phrases):
        # "den Kontakt können Sie trotzdem gleich herstellen": permission, not a question.
        reading = _permissions(reading, book, frozenset(re.findall(r"\w+", normalise(asked))))
    grouped: tuple[str, ...] = ()
    if not book.group_agreement_firsts.isdisjoint(reading.tokens):
        # "The committee agrees: yes.", "Der Vorstand ist einverstanden, also ja": a
        # group's yes relayed, not the writer's; read before the people answered for, so
        # that "Oui, avec plaisir. Le comité est d'accord aussi." keeps the writer's yes.
        reading, grouped = group_verdicts(reading, book)
    pointed = any(p.label == "hedge" and p.text in book.third_parties for p in reading.phrases)
    if pointed or (
        any(p.label == "no" for p in reading.phrases)
        and not book.referral_titles.isdisjoint(reading.tokens)
    ):
        # "Meine Kollegin ... hätte vielleicht Interesse", "Vielleicht ist Dr. Yilmaz
        # ansprechbar": someone else pointed to after a refusal (a title looked for only
        # where something refuses).
        reading = _referred(reading, book)
    if any(first in reading.tokens for first in book.anyone_elses):
        # "Not for me, thanks. ... Happy to help with somebody else though": a yes to
        # meeting someone else after a refusal.
        reading = _others_offered(reading, book)
    if pointed or not book.people_nouns.isdisjoint(reading.tokens):
        # "Ja, ihr Team ist dabei": people named as someone's, answered for.
        reading = _third_parties(reading, book)
    names = _written_names(text, reading, book, names)
    if names or not book.subject_words.isdisjoint(reading.tokens):
        if any(p.label == "hedge" for p in reading.phrases):
            # "I write on behalf of Mr Bankole. ... He has instructed me to confirm that
            # he is happy to be introduced": the framing of a relayed yes doubts nothing.
            reading = _relayed_others_hedges(reading, book, names)
        reading, of_others = _others_yes(reading, book, names)
        someone_else = (*someone_else, *of_others)
    if any(link in normalised for link in book.booking_links):
        # "Have Felix grab whatever slot suits him here: <link>", "Il peut réserver un
        # créneau ici : <link>": the other handed a booking page, a yes; read after the
        # yeses of others, as its subject is the other by design.
        reading = read_booking_hands(reading, book, asked)
        reading = read_booking_fallbacks(reading, book)
    mailbox: tuple[str, ...] = ()
    if any(p.label == "no" for p in reading.phrases) and not book.mailbox_lasts.isdisjoint(
        reading.tokens
    ):
        # "Please do not send things to this address after Sunday": where to write.
        reading, mailbox = _mailbox_notes(reading, book)
    refused_for: tuple[str, ...] = ()
    if any(p.label == "no" for p in reading.phrases):
        # "O Rui já não faz parte da nossa equipa": a colleague telling of another.
        reading, refused_for = _others_refusals(text, reading, book, names)
    if conclude and reading.conclusions:
        concluded = _concluded(normalised, reading, book, len(text.split()), asked=asked)
        if concluded is not None:
            return concluded
    if conclude and asked and not book.matter_leads.keys().isdisjoint(reading.tokens):
        # "Ah, y lo de Marta: sí, claro, me encantaría conocerla": the matter asked about,
        # named, and its answer.
        marker = _matter_marker(reading, book, asked)
        if marker is not None:
            concluded = _concluded(
                normalised, reading, book, len(text.split()), marker, asked=asked
            )
            if concluded is not None:
                return concluded
    signals = _Signals()
    evidence: list[str] = [
        *(f"rhetorical:{said}" for said in rhetorical),
        *(f"mock:{said}" for said in mocked),
        *(f"mock-verdict:{said}" for said in verdicts),
        *(f"someone-else:{said}" for said in someone_else),
        *(f"group-verdict:{said}" for said in grouped),
        *(f"others-refusal:{said}" for said in refused_for),
        *(f"other-matter:{marker}" for marker in shifted),
        *(f"business-note:{said}" for said in business),
        *(f"timing-fits:{said}" for said in fitted),
        *(f"regards:{said}" for said in regards),
        *(f"mailbox-note:{said}" for said in mailbox),
        *(f"mocked:{said}" for said in mocked_yeses),
        *(f"done-report:{said}" for said in done),
        *((f"listed-terms:{listed}",) if listed else ()),
    ]
    contrasts: list[Phrase] = []
    turns: dict[int, int] = {}
    manner: frozenset[int] = frozenset()
    if any(p.text in book.alternatives for p in reading.phrases):
        # "if I pretended otherwise, so I'll decline": how, not the other branch.
        reading, manner = manner_alternatives(reading, book)
    alternatives = [
        p.start for p in reading.phrases if p.text in book.alternatives and p.start not in manner
    ]
    # The alternatives after a condition in their sentence ("Only if he's local,
    # otherwise ..."): the other branch of it, which may go on in a later sentence.
    branched = {
        start
        for start in alternatives
        if any(
            q.label == "hedge"
            and q.text not in book.alternatives
            and _sentence_start(reading, start) <= q.start < start
            for q in reading.phrases
        )
    }
    others = [p.text for p in reading.phrases if p.label == "other"]
    if others:
        evidence.append(f"other:{others[0]}")
    # The paragraphs that hold another matter ("that's my new address", "we moved").
    other_paragraphs = (
        {_paragraph(reading, p.start) for p in reading.phrases if p.label == "other"}
        if others
        else set()
    )
    asides = _aside_stretches(reading)
    # "Sí, adelante. Mi inglés escrito no es muy bueno, pero por teléfono nos entendemos
    # bien": a "but" that turns against the writer's modesty about a language.
    skill_turns = (
        _skill_turns(reading, book)
        if any(p.label == "neutral" and p.text in book.own_skills for p in reading.phrases)
        else []
    )
    conceded = _conceded_complaints(reading, book)
    says_yes = any(
        p.label == "yes" and not _negated(reading, p, book) and not _negated_after(reading, p, book)
        for p in reading.phrases
    )
    # "Sim, vou sim no aniversário do Léo no sábado": a yes to the writer's own event.
    attending = (
        _attended_events(reading, book, asked)
        if says_yes and not book.event_words.isdisjoint(_unelided(reading.tokens))
        else frozenset()
    )
    # "Yes!! Thursday works for me. 7:30 at Casa Lucia.": a bare yes to a time and a
    # place for another appointment, which the question never proposed.
    if (
        says_yes
        and not book.venue_leads.isdisjoint(reading.tokens)
        and any(t[:1].isdigit() for t in reading.tokens)
    ):
        attending = attending | _arranged_appointments(reading, book, asked)
    # "Yes, Tuesday at 7 is fine for me!": a bare yes to a time of day the question never
    # proposed.
    if says_yes and any(t[:1].isdigit() for t in reading.tokens):
        attending = attending | _agreed_times(reading, book, asked)
    # "Sure - heads up though, I'm slow on email this month": a note on when or how to
    # reach the writer after the yes, whose doubts and negations bear on the contact only.
    reached = (
        _reach_notes(reading, book, attending)
        if says_yes
        and (
            "?" in normalised
            or any(p.label not in ("yes", "neutral") for p in reading.phrases)
            or any(book.is_negator(t) for t in reading.tokens)
        )
        else frozenset()
    )
    # "Yes happy to. I don't drive after dark so daytime please": a negated reason for a
    # time of day preferred, a note on when to meet.
    timed = (
        timed_reasons(reading, book)
        if says_yes and any(book.negates_at(reading, i) for i in range(len(reading.tokens)))
        else frozenset()
    )
    # "Pode apresentar sim! A gente tá precisando muito de foto melhor, as do celular não
    # estão vendendo nada": a negated reason the writer needs what the other offers.
    needs = (
        need_reasons(reading, book)
        if says_yes
        and not {need[0] for need in book.own_needs}.isdisjoint(reading.tokens)
        and any(book.negates_at(reading, i) for i in range(len(reading.tokens)))
        else frozenset()
    )
    # "Marta and I ... never actually managed a proper chat": a never-word telling of
    # the past, no restriction on the yes.
    stories = (
        _past_stories(reading, book)
        if says_yes and not book.never_words.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Yes, definitely! I've illustrated two gardening titles already": past work told.
    tallied = (
        _tallied_work(reading, book, asked)
        if says_yes and not book.already_words.isdisjoint(reading.tokens)
        else frozenset()
    )
    # Hedges that are logistics after a yes: a time named by the introduction itself
    # ("once you've made the introduction"), the scheduling handed to an assistant.
    logistics = (
        _logistics(reading, book)
        if says_yes
        and any(
            p.label == "hedge"
            and (
                p.text in book.delegates
                or p.text in book.intro_times
                or p.text in book.channel_limits
                or p.text in book.slot_fits
                or p.text in book.alternatives
            )
            for p in reading.phrases
        )
        else {}
    )
    # "Sim, pode apresentar. Se for mais prático, meu WhatsApp é ...": a way to reach
    # the writer offered after the yes.
    contacts = (
        _contact_offers(reading, book)
        if says_yes and not book.contact_words.isdisjoint(reading.tokens)
        else []
    )
    # "Yes. Tell him to ignore my out-of-office if he catches me at sea": an "if" inside
    # a message passed on to the other.
    relayed = (
        _relayed_conditions(reading, book)
        if says_yes and not book.relay_firsts.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Yes - please do, I've got room from December.": the writer's own time beside a
    # go-ahead now.
    notes = (
        _own_notes(reading, book)
        if says_yes
        and any(
            p.label == "deferral" or (p.label == "hedge" and p.text in book.own_timings)
            for p in reading.phrases
        )
        else frozenset()
    )
    # "No problem, go ahead. I'm on site till 6 but will reply tonight": a turn inside
    # the writer's note on their whereabouts and replying, after the yes.
    own_turns = (
        _whereabouts_notes(reading, book, text)
        if says_yes
        and not book.whereabouts_firsts.isdisjoint(reading.tokens)
        and not (
            book.own_replies.keys() | book.own_offers.keys() | book.own_reaches.keys()
        ).isdisjoint(reading.tokens)
        and any(p.label == "contrast" for p in reading.phrases)
        else frozenset()
    )
    # "... Niko Marsabit hadi Ijumaa, mtandao si mzuri lakini nitajibu": the
    # network failing where the writer is, told in such a note; its negators are the
    # network's.
    lacks = _whereabouts_lacks(reading, own_turns, book) if own_turns else frozenset()
    # "Ja, gerne. Ich war ... auf der Neptunwerft, als Schweißer und später als Meister.":
    # "later" in a career told, no put-off.
    roles = (
        _past_roles(reading, book)
        if says_yes
        and not book.role_links.isdisjoint(reading.tokens)
        and any(p.text in book.put_offs for p in reading.phrases)
        else frozenset()
    )
    # "Yes please. I'm at a trade fair until the 19th so replies might be slow, but I'd be
    # glad to talk to Keiko after that": how fast the writer replies, beside where they are.
    if (
        says_yes
        and not book.own_whereabouts.keys().isdisjoint(reading.tokens)
        and any(p.label == "hedge" and p.text in book.own_timings for p in reading.phrases)
    ):
        own_turns = own_turns | _slow_reply_notes(reading, book)
    # "Thursday at 3pm. If that clashes with his rehearsals, Friday morning works too":
    # another time offered should the first not fit, no condition on the yes.
    clashes: tuple[frozenset[int], list[tuple[int, int]]] = (
        clash_offers(reading, book)
        if says_yes and not book.conditionals.isdisjoint(reading.tokens)
        else (frozenset(), [])
    )
    # "Yes, happy to. I'm on nights until Thursday so I won't be answering much": the
    # writer out of reach of mail for a time.
    gaps = (
        _reply_gaps(reading, book)
        if says_yes and not book.reply_gaps.keys().isdisjoint(reading.tokens)
        else frozenset()
    )
    # "je ne vois aucun obstacle : le sujet ne touche à aucune négociation": why nothing
    # stands in the way, its negation no doubt.
    reasons = (
        objection_reasons(reading, book) if says_yes and ":" in reading.tokens else frozenset()
    )
    # "Yes, sure. I'll reply to him when I'm back.": when the writer answers the other.
    reply_times = (
        _other_reply_notes(reading, book, _name_words(asked))
        if says_yes and not book.other_replies.keys().isdisjoint(reading.tokens)
        else frozenset()
    )
    # "We finally got the roof fixed ... we've been twice already. Anyway, yes": small
    # talk, whose doubts and negations bear on nothing asked.
    small_talk = (
        _small_talk(reading, book, asked)
        if says_yes
        and (
            any(p.label in ("hedge", "no", "contrast") for p in reading.phrases)
            or any(book.is_negator(t) for t in reading.tokens)
        )
        else frozenset()
    )
    # "Yes, by all means connect us. We already host a good number of Scandinavian
    # groups": news of the writer's own business, whose "already" or "no longer"
    # doubts and refuses nothing asked.
    own_news = (
        _business_news(reading, book, asked)
        if says_yes
        and (
            any(p.label in ("hedge", "no") for p in reading.phrases)
            or any(book.is_negator(t) for t in reading.tokens)
        )
        else frozenset()
    )
    small_talk |= own_news
    # "Dave mentioned on Sunday that he might be sending something like this. YES I
    # would be very happy to meet Colin": what someone else said they might do, told
    # before the answer, hedges no answer.
    if says_yes and any(p.label == "hedge" for p in reading.phrases):
        small_talk |= reported_doubts(reading, book, asked)
    # "Yes, put me in touch. I'm free most Thursday evenings, or half term but that's ages
    # away": a turn or a time word inside a note on when to reach the writer.
    availability_notes = (
        _availability_notes(reading, book)
        if says_yes and any(p.label in ("hedge", "contrast", "deferral") for p in reading.phrases)
        else frozenset()
    )
    # "Hi Sam (or whoever reads this - is this one of those robot things? Ha)": the mail
    # itself asked about, before the answer.
    robots = (
        _robot_questions(reading, book)
        if "?" in normalised and not book.robot_words.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Oh and if you speak to Claire tell her I've still got her cake tin!": a greeting
    # passed on to someone else, on meeting them.
    greetings = (
        _greeting_conditions(reading, book, names, asked)
        if says_yes and names and not book.conditionals.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Yes please!! Out of curiosity, how did Priyanka come across my stuff?": idle
    # curiosity, no condition.
    curious = (
        _curiosity(reading, book)
        if says_yes and "?" in normalised and not book.curiosity_firsts.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Oui, avec plaisir ! J'espère que c'est bien comme ça qu'il faut faire ?": how to
    # use the mail asked about, nothing of the introduction.
    form_asks = (
        _reply_form_asks(reading, book, asked) if says_yes and "?" in normalised else frozenset()
    )
    # "But I can't. ... Maybe ask Luc on 7 South?": someone else suggested after a refusal.
    referrals = (
        _referral_asks(reading, book, _capitalised_names(text, reading, book, names), asked)
        if "?" in normalised and any(p.label in ("no", "yes") for p in reading.phrases)
        else frozenset()
    )
    # "Passt, gern! Meldet er sich bei mir oder soll ich ihm schreiben? Ist mir beides
    # recht.": a choice offered and answered with either, no question back.
    choices = (
        _answered_choices(reading, book)
        if says_yes and "?" in normalised and not book.choice_words.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "yes!! wait who is this ... oh nvm i see coach hughes is the one who sent it lol.
    # ok yeah go ahead": questions the writer answered before saying yes.
    self_answered = (
        _self_answered(reading, book)
        if not book.self_answers.keys().isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Yes, please go ahead. Will James get my mobile number or only my email?": a choice
    # of how the other and the writer reach each other, no question of the consent.
    contact_choices = (
        _contact_choices(reading, book)
        if says_yes
        and "?" in normalised
        and not book.choice_words.isdisjoint(reading.tokens)
        and not book.contact_choice_words.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Yes, delighted! ... Does she need a tasting box as well? We do those for €25.": what
    # the other wants to buy asked beside the writer's prices, no question of the consent.
    trade_asks = (
        _trade_questions(reading, book)
        if says_yes and "?" in normalised and not book.price_marks.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Yes please. Could you copy my EA, Tom Reyes (...), when you make the intro?": the
    # writer's assistant copied in on the introduction, no question of the consent; so is
    # the writer, an assistant writing for the one asked ("Could you please copy me when
    # the introduction goes out?").
    copies = (
        _copy_asks(reading, book)
        if says_yes
        and (
            not book.copy_writers.isdisjoint(reading.tokens)
            or any(p.label == "hedge" and p.text in book.delegates for p in reading.phrases)
        )
        else frozenset()
    )
    if says_yes and not book.grateful_firsts.isdisjoint(reading.tokens):
        # "She would be grateful if any follow-up regarding scheduling could be copied to
        # me": the writer copied in, no condition on the yes.
        copies |= _copied_writer(reading, book)
    # "Sure thing. Easiest is if Marcus grabs a slot straight in my calendar: <link>":
    # how the meeting is booked, no condition.
    bookings = (
        _booking_conditions(reading, book)
        if says_yes and any(link in normalised for link in book.booking_links)
        else frozenset()
    )
    # "Feel free to circle back in the spring": not now, ask again later.
    later = _come_backs(reading, book) if not book.later_words.isdisjoint(reading.tokens) else []
    # "Peut-être l'année prochaine ?", "Maybe next year?": a put-off said tentatively,
    # whose question mark asks nothing back.
    put_off_asks = _put_off_questions(reading, book) if "?" in normalised else frozenset()
    # "Sure, next month.", "Oui, le mois prochain.": the yes waits for a later time.
    alone = (
        _later_alone(reading, book, later)
        if says_yes and not book.deferred_words.isdisjoint(reading.tokens)
        else []
    )
    # "To avoid any misunderstanding later, two points": a later time in a clause of
    # avoiding tells when a trouble might come, and puts nothing off.
    avoided = (
        avoided_laters(reading, book)
        if says_yes and not book.avoid_words.isdisjoint(reading.tokens)
        else frozenset()
    )
    # "Sí, pero mejor más adelante, quizá en enero.": "later" with a date after it puts
    # the yes off to that date.
    put_off = (
        frozenset(
            p.start
            for p in reading.phrases
            if p.label == "no" and p.text in book.put_offs and _date_after(reading, p, book)
        )
        if says_yes
        else frozenset()
    )
    # "please don't send anything along ... until the first week of December": asked to
    # wait for a date, not to refuse.
    refrained = frozenset(
        p.start for p in reading.phrases if p.label == "no" and _refrained_till(reading, p, book)
    )
    # A yes put off to a date: being busy, in a later sentence, tells why it waits
    # ("... quizá en enero. Ahora mismo estoy a tope."); the end of the first sentence
    # that puts it off.
    waits = -1
    if says_yes and any(
        p.label == "no" and p.text in book.busy_complaints for p in reading.phrases
    ):
        waiting = [
            *put_off,
            *(at for at, _ in alone),
            *(
                p.start
                for p in reading.phrases
                if p.label == "deferral" and p.start not in notes and _dated(reading, p, book)
            ),
        ]
        if waiting:
            waits = _sentence_end(reading, min(waiting))
    # "But I honestly can't take on another board seat ... Happy to suggest a couple of
    # other names": something else offered in the refusal's place.
    consoling = (
        _consolations(reading, book)
        if (
            not book.consolation_words.isdisjoint(reading.tokens)
            # "..., que llame a la oficina sin problema": a reassurance after a refusal.
            or any(p.label == "yes" and " " in p.text for p in reading.phrases)
            # "... I would be delighted to hear from him once the volume is out": contact
            # welcome at a later point, after a refusal.
            or any(p.label == "hedge" and p.text in book.intro_times for p in reading.phrases)
            # "If she ever pivots, happy to take a look then": a yes waiting for a change.
            or any(then[-1] in reading.tokens for then in book.later_thens)
        )
        and any(p.label == "no" for p in reading.phrases)
        else frozenset()
    )
    # The phrases set aside before any is read as an answer, a doubt or a question, rule
    # by rule: the first rule to claim a phrase decides what it leaves in the evidence
    # and what it still counts (see reply_skips).
    skips = Skips(reading.phrases)
    # "Thursday 3pm works 👍", "Jeudi 15h me va": a time said to suit and nothing else
    # may answer another mail, as the question proposed no time; "Quinta às 15h não dá,
    # tô de plantão" turns down the slot, not the introduction.
    if any(t[:1].isdigit() for t in reading.tokens):
        if says_yes:
            skips.starts(suited_time_yeses(reading, book, asked), "time-only", "yes")
        skips.starts(declined_times(reading, book), "time-declined", "no")
    # "Thursday at 3pm. If that clashes with his rehearsals, Friday morning works too":
    # another time offered should the first not fit, no condition on the yes.
    skips.starts(clashes[0], "slot")
    # "Yes, but only by email", "Oui, mais uniquement par écrit": a yes limited to a
    # channel of contact, whose "but" and "only" are how the contact goes.
    if says_yes:
        skips.starts(channel_only_turns(reading, book), "channel-only", "hedge", "contrast")
    # "Yes, if I'm slow to reply, ask someone else": what follows the "if" is a
    # condition after all.
    skips.claim(
        [
            i
            for i, p in skips.free("neutral")
            if p.text in book.slow_reply_ifs and not _harmless_tail(reading, p, book)
        ],
        "hedge",
        COUNTED_HEDGE,
    )
    if other_paragraphs:
        # "Yes, that's my new address": the yes confirms the other matter. In a
        # paragraph of its own ("It has been a mad autumn: we moved the studio ...
        # / Oh, and Priya, of course. Yes, I'd really like to meet her.") it answers.
        skips.claim(
            [
                i
                for i, p in skips.free("yes")
                if p.text in book.confirmations and _paragraph(reading, p.start) in other_paragraphs
            ],
            "confirms",
        )
    if others:
        # "Ja, gerne! Dienstag passt für die Vorstandssitzung.": yeses that agree to
        # another matter's time, and a yes alone before them, answer that matter.
        matter_yeses = _other_matter_yeses(reading, book, asked)
        skips.claim([i for i, p in skips.free("yes") if p.start in matter_yeses], "confirms")
    if attending:
        # "Yes, I'll be at Leo's birthday on Saturday": the yes answers an invitation
        # to the event its sentence names, not the question about the introduction.
        skips.claim(
            [i for i, p in skips.free("yes") if _sentence_start(reading, p.start) in attending],
            "event",
        )
    if contacts:
        # "If it's easier, my WhatsApp is ...": a channel offered, not a condition.
        skips.claim(
            [i for i, p in skips.free() if any(a <= p.start < b for a, b in contacts)],
            "contact-offer",
        )
    if later:
        # "Feel free to circle back in the spring", "Frag gerne im Frühjahr nochmal":
        # the yes invites asking again later, which declines for now.
        skips.claim(
            [
                i
                for i, p in skips.free("yes")
                if p.text not in book.eager_requests
                and any(a <= p.start < b for a, b, _, _ in later)
            ],
            "invites-later",
        )
    # "no ano que vem": "in the", before a date.
    skips.claim(
        [
            i
            for i, p in skips.free("no")
            if p.end - p.start == 1 and _contraction(reading, p.start, book)
        ],
        "contraction",
    )
    # "una llamada, no un café": the format of the meeting chosen, no refusal.
    skips.claim(
        [
            i
            for i, p in skips.free("no")
            if p.end - p.start == 1 and _format_choice(reading, p.start, book)
        ],
        "format-choice",
    )
    if stories:
        # "We have never met", "n'avons jamais eu l'occasion": a story, not "never".
        skips.claim(
            [i for i, p in skips.free() if p.start in stories and p.end - p.start == 1],
            "past-story",
        )
    # "Happy to suggest other names", "happy to explain over coffee": an offer in the
    # refusal's place, no yes to the introduction.
    skips.starts(consoling, "consolation")
    # "Happy to suggest a couple of other angels if she wants": the offer's own
    # condition, on the other's wish, doubts no refusal.
    skips.starts(_offer_conditions(reading, consoling, book), "")
    # "I've illustrated two gardening titles already": experience, not "I already have
    # one".
    skips.starts(tallied, "past-work")
    # "We already host a good number of groups", "we no longer run the boat trips
    # ourselves": the writer's business told, no doubt.
    skips.claim(
        [
            i
            for i, p in skips.free("hedge", "no")
            if p.start in own_news
            and (p.text in book.already_words or p.text in book.no_longer_words)
        ],
        "business-news",
    )
    # "I'm in court all week" is no "I'm in!", "I'll manage the scheduling" no "Thanks,
    # but I'll manage.": nothing left in the evidence. A refusal closes its clause before
    # an emoji too ("passo 🙏"); a yes is read so only when plainly closed.
    skips.claim(
        [
            i
            for i, p in skips.free("yes", "no")
            if p.text in book.closing_only
            and (
                _worded_in_clause(reading, p.end)
                if p.label == "no"
                else _followed_in_clause(reading, p.end)
            )
        ],
        "",
    )
    # "Não passa meu contato não": the second "não" repeats the first, which refuses.
    skips.claim([i for i, p in skips.free("no") if _echoed_negation(reading, p, book)], "echo")
    # "oh no sorry, it got buried ... yes pls!": dismay at a late reply, no refusal.
    skips.claim([i for i, p in skips.free("no") if _dismayed(reading, p, book)], "dismay")
    # "na wakati mwingine barua zinapotea": "sometimes", no "another time".
    skips.claim([i for i, p in skips.free("no") if _told_as_habit(reading, p, book)], "habit")
    # "Ich bitte um Ihr Verständnis", "thank you for your understanding" close a refusal;
    # beside a yes they ask patience for something else ("Happy to! I'm slow on email,
    # thanks for your understanding").
    skips.claim(
        [i for i, p in skips.free("no") if p.text in book.refusal_closings],
        "" if says_yes else "refusal-closing",
        NOTED if says_yes else COUNTED_REFUSAL,
    )
    # "Niko safarini Arusha wiki hii, lakini nitajibu jioni.": where the writer is, and
    # when they will reply; the yes before it stands.
    skips.starts(own_turns, "own-whereabouts")
    # "Sure, though honestly I'm swamped this month": a yes, then a complaint of being
    # busy, conceded; the yes stands.
    skips.starts(conceded, "conceded")
    # "Sure, go ahead. I'm swamped this week though, next week is better": busy now, the
    # meeting better a little later; the yes stands.
    skips.starts(busy_laters(reading, book), "busy-later")
    # "Sure, go ahead. I'm swamped this week though.": a heads-up of being busy for now,
    # in a sentence after the yes; the yes stands.
    skips.starts(busy_heads_ups(reading, book), "busy-heads-up")
    # "les négociations ont, comme souvent, débordé sur le week-end": what overran, told;
    # no one busy.
    if not book.event_auxiliaries.isdisjoint(reading.tokens):
        skips.claim(
            [
                i
                for i, p in skips.free("no")
                if p.text in book.busy_complaints and overran(reading, p, book)
            ],
            "",
        )
    # "Encantado, adelante. ... me da lo mismo, no es nada personal ...: sigue siendo sí":
    # indifference to a detail, the yes said again after it.
    if says_yes and any(p.text in book.reaffirmations for p in reading.phrases):
        skips.starts(_reaffirmed_indifference(reading, book), "reaffirmed", "hedge")
    skips.starts(avoided, "avoided-later", "no")
    # "Sí, pero mejor más adelante, quizá en enero": later, at a date, not never.
    skips.starts(put_off, "put-off", effect=COUNTED_HEDGE)
    skips.starts(refrained, "wait-till", effect=COUNTED_HEDGE)
    if waits >= 0:
        # "... quizá en enero. Ahora mismo estoy a tope con la temporada.": why it waits.
        skips.claim(
            [i for i, p in skips.free("no") if p.text in book.busy_complaints and waits < p.start],
            "busy-till-then",
            COUNTED_HEDGE,
        )
    # "No te olvides de decirle que en noviembre estoy a tope": a reminder, "don't
    # forget", no refusal.
    skips.claim(
        [
            i
            for i, p in skips.free("no")
            if p.end - p.start == 1
            and book.is_negator(p.text)
            and book.unforgets_at(reading, p.start)
        ],
        "not-forgotten",
    )
    # "a non-compete", "a no-show": the first part of a hyphenated word.
    skips.claim([i for i, p in skips.free("no") if _word_part(reading, p)], "word-part")
    # "my mobile no. +91 ...", "mi nº de teléfono": a number, not a refusal.
    skips.claim(
        [i for i, p in skips.free("no") if _number_abbreviation(reading, p, book)], "number"
    )
    # "als Schweißer und später als Meister": the second role of a career told.
    skips.starts(roles, "past-role")
    # "¿Esto es automático?": the opening mark of a question about the mail.
    skips.starts(robots, "robot-question", "question")
    # "if you speak to Claire tell her I've still got her cake tin": the condition is on
    # passing a greeting on, not on the yes.
    skips.starts(greetings, "greeting")
    # "I'm free most Thursday evenings, or half term but that's ages away", "Best time to
    # catch me is after 2pm once the morning rush is done": when to reach the writer, not
    # when the yes holds.
    skips.starts(availability_notes, "availability-note")
    if says_yes and book.time_guesses:
        # "... he is travelling for most of November, so early December is likely": after a
        # yes, a guess at when the meeting falls doubts nothing of the yes.
        skips.claim(
            [
                i
                for i, p in skips.free("hedge")
                if p.text in book.time_guesses and _time_guess(reading, p, book)
            ],
            "time-guess",
        )
    if small_talk:
        # "... we've been twice already. Anyway, to your actual question: yes": a doubt
        # or a negation in small talk bears on nothing asked.
        skips.claim(
            [
                i
                for i, p in skips.free("contrast", "hedge", "no")
                if p.start in small_talk
                and (
                    p.label == "contrast"
                    or (
                        p.label == "hedge"
                        and p.text not in book.guessed_yes
                        # "Yes, I'd love to... said no one ever": mockery, not news.
                        and p.text not in book.mock_tags
                        # "Sí, claro. Le pregunto a mi marido.": someone else asked
                        # first is no news of the writer's life.
                        and p.text not in book.approvals
                    )
                    or (
                        p.label == "no"
                        and (p.text in book.never_words or _negated(reading, p, book))
                    )
                )
            ],
            "small-talk",
        )
    if not says_yes:
        # "another quick intro to someone who's hiring": a relative pronoun. Beside a yes
        # it may name whom the yes is for ("happy to meet anyone who's serious").
        skips.claim(
            [i for i, p in skips.free("question") if _relative_word(reading, p, book)],
            "relative",
        )
    # "Out of curiosity, how did Priyanka come across my stuff?": no condition.
    skips.starts(curious, "curiosity", "question")
    # "Did I do this right?": the reply's form asked about, no question back.
    # Only the ask's own hedges stand there ("é assim que se responde": "assim que").
    skips.starts(form_asks, "reply-form", "question", "hedge")
    # "¿Has probado con Luc?": the opening mark of a referral asks nothing either.
    skips.starts(referrals, "referral", "question")
    # "Easiest is if Marcus grabs a slot straight in my calendar: <link>".
    skips.starts(bookings, "booking", "hedge", "contrast")
    # "Could you copy my EA when you make the intro?": who is copied in, not a question
    # or a condition.
    skips.starts(copies, "copy-ask", "question", "hedge", "deferral")
    # "Meldet er sich bei mir oder soll ich ihm schreiben? Ist mir beides recht."
    skips.starts(choices, "answered-choice", "question")
    # "wait who is this ... oh nvm i see ...": asked, then answered by the writer.
    skips.starts(self_answered, "self-answered", "question")
    # "Meldet sich Herr Neumann bei mir, oder soll ich auf ihn zugehen?": who reaches
    # whom, and how.
    skips.starts(contact_choices, "contact-choice")
    # "Ella sabe cuántas docenas por día necesita?" beside "a $9.500 la docena".
    skips.starts(trade_asks, "trade-question", "question")
    # "I might take a couple of days to reply to her, but I'm definitely interested":
    # when the writer will answer the other, a contact agreed to.
    skips.starts(reply_times, "reply-time")
    # "Ich bin allerdings bis Dienstag auf Dienstreise und komme kaum an meine Mails":
    # when the writer reads mail again, no condition on the yes.
    skips.starts(gaps, "reply-gap")
    # "Happy to - I'm travelling until the 12th so I may be slow to respond, but do go
    # ahead and connect us": a note on the writer's own time, not a condition.
    skips.starts(notes, "own-time")
    # "Are you coming down for the Christmas market?": a question on another matter.
    elsewhere = (
        _other_questions(reading, book, asked)
        if "?" in normalised
        and (
            others
            or not book.gathering_words.isdisjoint(_unelided(reading.tokens))
            or not book.see_you_firsts.isdisjoint(reading.tokens)
        )
        else frozenset()
    )
    business_dates = (
        _business_dates(reading, book, asked)
        if says_yes and skips.free("deferral")
        else frozenset()
    )
    # Every deferral left: "anaweza kunipigia any time after 10" is when to call, in a
    # note; one in a question on another matter times that matter ("on se voit à la
    # soirée des anciens en janvier ?"); one with a date doubts; any other leaves nothing
    # in the evidence.
    for i, p in skips.free("deferral"):
        if p.start in reached:
            skips.claim((i,), "reach-note")
        elif any(_sentence_start(reading, q) <= p.start < q for q in elsewhere):
            skips.claim((i,), "")
        elif p.start in logistics:
            # "Thursday 3pm works for me, otherwise any weekday from 6.15": another
            # time offered for the meeting agreed to.
            skips.claim((i,), logistics[p.start])
        elif p.start in business_dates:
            # "gerne, das passt sogar gut - wir schreiben die Linie im Juni aus": when
            # the writer's business does something, not when to meet.
            skips.claim((i,), "business-date")
        elif _free_from_hour(reading, p, book):
            # "ok pour moi, par contre ... dispo plutôt le soir après 18h": the hour the
            # writer's evenings free up, a practical note, no date putting the yes off.
            skips.claim((i,), "free-hour")
        elif _dated(reading, p, book):
            skips.claim((i,), "deferral", COUNTED_HEDGE)
        else:
            skips.claim((i,), "")
    # "someone who has built this kind of team": a type, not "somewhat".
    skips.claim(
        [
            i
            for i, p in skips.free("hedge")
            if p.text in book.type_words and _names_type(reading, p, book)
        ],
        "type",
    )
    # "Tô procurando algo nessa linha desde que saí da consultoria": since, no condition.
    skips.claim(
        [
            i
            for i, p in skips.free("hedge")
            if p.text in book.since_leads and _since_past(reading, p, book)
        ],
        "since",
    )
    # "Se ela indicou é porque vale a pena": a condition granted as a fact, no doubt.
    skips.claim(
        [i for i, p in skips.free("hedge") if _granted_condition(reading, p, book)], "granted"
    )
    # "Yes, happy to. My assistant will set up a time once you've made the introduction":
    # who arranges the meeting, and when the introduction is made; each leaves its own
    # label.
    for i, p in skips.free("hedge") if logistics else []:
        if p.start in logistics:
            skips.claim((i,), logistics[p.start])
    # "Please introduce us, I'd like to hear more": eagerness, not doubt.
    skips.claim(
        [i for i, p in skips.free("hedge", "question") if _eager(reading, p, book)], "eager"
    )
    # "Happy to help Daniel if I can.": modesty about being of use, not a condition on the
    # yes.
    skips.claim(
        [
            i
            for i, p in skips.free("hedge")
            if _modest(reading, p, book)
            or _modest_doubt(reading, p, book)
            or _modest_mind(reading, p, book)
        ],
        "modesty",
    )
    # "Please pass on my email, if you don't mind.": a courtesy to the reader.
    skips.claim(
        [i for i, p in skips.free("hedge") if _courtesy_close(reading, p, book)], "courtesy"
    )
    # "Yes. I'd be grateful if you could introduce us": the "if" asks for the
    # introduction the yes agreed to, no condition on it.
    skips.claim(
        [i for i, p in skips.free("hedge") if _grateful_intro(reading, p, book)], "grateful"
    )
    # "My portfolio is at martak.studio if she wants a look first": the writer's own
    # thing offered to the other, no condition on the yes.
    if not book.look_offer_firsts.isdisjoint(reading.tokens):
        skips.starts(_look_offers(reading, book), "look-offer", "hedge")
    # "I'm at the meeting in Plymouth 3-5 Nov if that's useful": something offered that
    # may help, after a yes, no condition on it.
    skips.claim(
        [i for i, p in skips.free("hedge") if _useful_note(reading, p, book)], "useful-note"
    )
    # "Yes, if it's still on the table I'd be glad to meet Tomasz": the offer standing is
    # what the introduction is; nothing else is asked of it.
    skips.claim(
        [
            i
            for i, p in skips.free("hedge")
            if p.text in book.standing_offers and not _condition_goes_on(reading, p, book)
        ],
        "offer-standing",
    )
    # "Gerne; ihre Arbeiten zur Bodenmikrobiologie kenne ich.": knowing someone's work is
    # praise, not the doubt of knowing them already.
    skips.claim([i for i, p in skips.free("hedge") if _knows_work(reading, p, book)], "known-work")
    # "YES I KNOW DEREK'S WIFE FROM THE WI": knowing the other's family is no knowing of
    # the other, whom the introduction still brings.
    skips.claim(
        [i for i, p in skips.free("hedge") if _knows_theirs(reading, p, book)], "known-theirs"
    )
    # "Sí, a Marta la conozco de nombre. Adelante.": someone known only by name, not
    # met; the knowing doubts nothing.
    skips.claim(
        [i for i, p in skips.free("hedge") if _knows_by_name(reading, p, book)], "known-by-name"
    )
    # "Oh I already know Alice! We ... completely lost touch": someone known and lost
    # sight of, whom the introduction brings back; the knowing doubts nothing.
    skips.claim(
        [i for i, p in skips.free("hedge") if _knows_lost_touch(reading, p, book)], "lost-touch"
    )
    # "Yes, I know Linfield a little ... so yes, by all means, introduce us", asked about
    # Sanjay Rao: someone else known, and the introduction asked for; no doubt.
    skips.claim(
        [i for i, p in skips.free("hedge") if _knows_and_asks(reading, p, book, names, asked)],
        "known-asked",
    )
    # The next five rules are tried phrase by phrase, as a hedge inside an offer of the
    # writer's time is known only once the phrases before it are read. From the "if" of
    # each offer to the end of the meeting it names:
    offers: list[tuple[int, int]] = []
    for i, p in skips.free():
        if p.label == "hedge" and any(a < p.start and p.end <= b for a, b in offers):
            # "I'm free Tuesday if she'd like to chat": the other's wish inside the offer.
            skips.claim((i,), "offer-wish")
        elif p.start in relayed:
            # "So yes, I'd be delighted - tell him to ignore my out-of-office if he
            # catches me at sea": what the other is to do, and when, not the consent.
            skips.claim((i,), "relayed")
        elif p.label != "hedge":
            continue
        elif _review_offer(reading, p, book):
            # "Yes please. Happy to look at the drawings beforehand if he sends them
            # through": the writer offers to look over what the other sends, after a yes.
            skips.claim((i,), "review-offer")
        elif _material_offer(reading, p, book):
            # "No problem, go ahead. If Aisha has a deck she can attach it to the intro":
            # what the other may send along, offered after a yes, no condition on it.
            skips.claim((i,), "material-offer")
        elif _knowledge_offer(reading, p, book):
            # "yes you can go ahead and put us in touch, ... and if he wants to know about
            # the old elevator I'm the man to ask": what the writer knows, offered.
            skips.claim((i,), "knowledge-offer")
        elif _welcomed_visit(reading, p, book):
            # "Ndiyo, niunganishe naye. ... Na kama atakuja Mombasa mwenyewe, karibu sana":
            # the other welcomed on a visit, an invitation beside the consent.
            skips.claim((i,), "welcomed-visit")
        elif _open_invitation(reading, p, book):
            # "Aye, happy to be introduced. ... If he wants to see a drill night he can
            # just turn up at the station": the other's wish met by leave to come by.
            skips.claim((i,), "open-invitation")
        elif _visit_talk(reading, p, book):
            # "Oui bien sûr ... Si Mme Diallo peut passer à Sandaga un samedi on discute
            # tranquillement": the other coming by, then a talk, after a yes.
            skips.claim((i,), "visit-talk")
        elif _bonus_condition(reading, p, book):
            # "Sim, pode fazer a apresentação. ... mas se ele arriscar o português, melhor
            # ainda!": a condition that, met, only adds to the yes before it; a contrast
            # right before it turns to that addition, not from the yes.
            turned = [
                j
                for j, q in skips.free("contrast")
                if q.end <= p.start and not any(_is_word(reading, k) for k in range(q.end, p.start))
            ]
            skips.claim((i, *turned), "bonus-condition")
        elif _time_wish(reading, p, book):
            # "Please do introduce us. ... so if Marta could suggest a time either side of
            # that, perfect": a wish about when to meet, the consent given before it.
            skips.claim((i,), "time-wish")
        elif (offer := _offered_time(reading, p, book, text)) is not None:
            # "Sure, why not. I'm around most afternoons if he wants a call": the writer's
            # time offered for the other to take up, not a condition on the yes.
            offers.append(offer)
            skips.claim((i,), "availability")
    # "Mornings are better if Marta wants to set up a call": the condition is the
    # preference's, not the consent's.
    skips.claim(
        [i for i, p in skips.free("hedge") if _meeting_condition(reading, p, asides, book)],
        "aside-condition",
    )
    if reached:
        # "... heads up though, I'm slow on email. If I go quiet, just nudge me", "par
        # contre m'appeler pas avant 11h": how and when to reach the writer, no doubt of
        # the yes before it.
        skips.claim(
            [
                i
                for i, p in skips.free()
                if p.start in reached
                and (
                    p.label in ("hedge", "contrast", "question", "deferral", "no", "aside")
                    or (
                        p.label == "yes"
                        and (_negated(reading, p, book) or _negated_after(reading, p, book))
                    )
                )
            ],
            "reach-note",
        )
    if timed:
        # "No conduzco de noche, así que mejor de día": the bare negator of the reason.
        skips.claim([i for i, p in skips.free("no") if p.start in timed], "time-reason")
    if needs:
        # "..., as do celular não estão vendendo nada": the bare negator of the reason.
        skips.claim([i for i, p in skips.free("no") if p.start in needs], "need-reason")
    # "I'd love to, but I can't: my visa runs out in May (yes, really).": a yes in
    # brackets owning up to the writer's own aside, after a refusal.
    skips.starts(_bracketed_yeses(reading), "bracketed-yes", "yes")
    # "I'll put this to him and get back to you with his answer. Please don't pass
    # anything on for now.": nothing to be done until the answer comes; no refusal yet.
    skips.starts(_held_for_answer(reading, book), "held-for-answer", "no", effect=COUNTED_HEDGE)
    # "Sawa, endelea. Nairobi baridi lakini poa": a turn inside a remark on the weather,
    # after a yes.
    skips.starts(_weather_turns(reading, book, asked), "weather-talk", "contrast")
    # Where each phrase that answers, doubts or asks stands.
    counted: list[int] = []
    for i, phrase in enumerate(reading.phrases):
        skip = skips.claimed.get(i)
        if skip is not None:
            label, effect = skip
            if effect == COUNTED_HEDGE:
                signals.hedges += 1
                counted.append(phrase.start)
            elif effect == COUNTED_REFUSAL:
                counted.append(phrase.start)
                signals.no.append(phrase.start)
            if label:
                evidence.append(f"{label}:{phrase.text}")
            continue
        state = (
            phrase.label == "yes"
            and phrase.text in book.refusal_intensifiers
            and _intensifies_busy_state(reading, phrase, book)
        )
        if state and not _refused_before(reading, phrase, book):
            # "Desemba nimejaa kabisa", "December I'm totally booked": "completely" says
            # how full, and agrees to nothing.
            evidence.append(f"busy-state:{phrase.text}")
            continue
        if phrase.label in ("yes", "no", "hedge", "question"):
            counted.append(phrase.start)
        negated = phrase.label in ("yes", "no") and _negated(reading, phrase, book)
        if phrase.label == "yes" and _negated_after(reading, phrase, book):
            negated = True
        if state or (
            phrase.label == "yes"
            and phrase.text in book.refusal_intensifiers
            and _after_refusal(reading, phrase)
        ):
            # "Hapana asante, sina nafasi kabisa": "at all" after the refusal strengthens
            # it, as "completely" does a state of being full after one ("Hapana asante,
            # sina nafasi. Desemba nimejaa kabisa.").
            negated = True
        refusal = phrase.label == "no" or (phrase.label == "yes" and negated)
        if refusal and _pending(reading, phrase, book):
            # "in principle yes, but I can't actually agree until I've got sign-off": not
            # yet, waiting on something to happen, no refusal.
            signals.hedges += 1
            signals.pending += 1
            evidence.append(f"pending:{phrase.text}")
        elif refusal and _other_branch(reading, phrase, book):
            # "If it's a real partnership, fine. If she's pitching services, I'll pass":
            # the refusal is one branch of a condition whose other branch does not refuse.
            signals.hedges += 1
            evidence.append(f"branch:{phrase.text}")
        elif refusal and _conditional_refusal(reading, phrase, book):
            # "Yes, I'm happy to talk to Jun about the grant. I don't do portfolio
            # reviews though, so if that's the main thing I'm probably not the right
            # person": a refusal on a condition, after a yes said outright in an
            # earlier sentence, declines one purpose and accepts another.
            signals.hedges += 1
            evidence.append(f"conditional-refusal:{phrase.text}")
        elif refusal and _conditioned_branches(reading, phrase, book):
            # "yes if it's about the reseller partnership, but if he's trying to sell me
            # software I'm not interested": a yes on one condition, a refusal on another.
            signals.hedges += 1
            evidence.append(f"conditioned-refusal:{phrase.text}")
        elif refusal and _split_branch(reading, phrase, book):
            # "für Beratung ja, für eine Festanstellung eher nicht", "it depends on what
            # he wants, probably not": a refusal for one purpose beside a yes for another,
            # or of what the answer depends on.
            signals.hedges += 1
            evidence.append(f"split-branch:{phrase.text}")
        elif refusal and any(
            start < phrase.start
            and (_sentence_start(reading, phrase.start) <= start or start in branched)
            for start in alternatives
        ):
            # "Only if it's about hiring, otherwise not": the refusal is the other
            # branch of a condition, so the reply answers only on a condition. An
            # "otherwise" with no condition before it in its sentence tells what would
            # follow, and a refusal in a later sentence is no branch of it: "... keine
            # neuen Anfragen mehr anzunehmen - sonst leidet die Arbeit. Deshalb muss ich
            # leider absagen." refuses.
            signals.hedges += 1
            evidence.append(f"alternative:{phrase.text}")
        elif phrase.label == "yes" and negated:
            signals.negated_yes.append(phrase.start)
            evidence.append(f"negated:{phrase.text}")
        elif phrase.label == "yes":
            signals.yes.append(phrase.start)
            evidence.append(f"yes:{phrase.text}")
        elif (
            phrase.label == "no"
            and negated
            and not _negates(phrase, book)
            and not _refusal_restated(reading, phrase, book)
        ):
            signals.double_negatives += 1
            evidence.append(f"negated:{phrase.text}")
        elif (
            phrase.label == "no"
            and phrase.end - phrase.start == 1
            and _figure_correction(reading, phrase.start)
        ):
            # "Mi móvil es 600 123 421, no 600 123 412": a typo put right, no refusal.
            evidence.append(f"figure-correction:{phrase.text}")
        elif phrase.label == "no" and _determiner(reading, phrase, book):
            # "Yes, but no calls please": a restriction on the yes, not a refusal.
            signals.hedges += 1
            evidence.append(f"hedge:{phrase.text}")
        elif phrase.label == "no" and _determiner_inside(reading, phrase, book):
            # "She's on a silent retreat with no phone until Sunday": "no" before a noun.
            evidence.append(f"determiner:{phrase.text}")
        elif phrase.label == "no":
            signals.no.append(phrase.start)
            evidence.append(f"no:{phrase.text}")
        elif phrase.label == "contrast":
            if phrase.text in book.open_contrasts and _unfinished(reading, phrase):
                # "yes but", "Oui mais...", "Ja, aber -": a "but" closing its sentence
                # leaves the thought after it unsaid.
                signals.hedges += 1
                evidence.append(f"unfinished:{phrase.text}")
                continue
            if signals.no and _kept_in_mind(reading, phrase, book):
                # "I'm afraid I'll have to pass on this one, but do keep me in mind for
                # the future": a refusal's closing wish, no turn against it.
                evidence.append(f"keep-in-mind:{phrase.text}")
                continue
            if signals.no and _joined_closing(reading, phrase, book):
                # "I'd love to but I can't ... Thanks for thinking of me though, and good
                # luck with the camp": after a refusal, a contrast closing its clause
                # before a joined wish that answers nothing turns nothing.
                evidence.append(f"closing-contrast:{phrase.text}")
                continue
            turn = _turn(reading, phrase)
            if turn is None:
                # "Please thank Oliver for me though!": a contrast closing its sentence
                # opens nothing after it.
                evidence.append(f"closing-contrast:{phrase.text}")
                continue
            signals.contrasts.append(turn)
            turns[phrase.start] = turn
            evidence.append(f"contrast:{phrase.text}")
            contrasts.append(phrase)
        elif phrase.label == "hedge" and phrase.text in book.awaited_answers:
            # "Before I can say yes I need to run his fund through our conflicts check":
            # the yes is named as still to come, and a refusal beside it only holds the
            # answer back ("please don't pass on my details yet"): not yet an answer.
            signals.hedges += 1
            signals.pending += 1
            evidence.append(f"pending:{phrase.text}")
        elif phrase.label == "hedge" and phrase.text in book.guessed_yes:
            # "creo que sí", "ich glaube schon": a yes guessed at doubts, yet leans to yes,
            # so that a refusal beside it leaves the reply unclear.
            signals.hedges += 1
            signals.yes.append(phrase.start)
            evidence.append(f"guessed:{phrase.text}")
        elif phrase.label == "hedge":
            signals.hedges += 1
            if _only_condition(reading, phrase, book):
                signals.conditions.append(phrase.start)
            if phrase.text in book.depends and not any(
                p.label == "no" and _sentence_start(reading, phrase.start) <= p.start < phrase.start
                for p in reading.phrases
            ):
                # "No thanks, it depends on the funding and we have none": a refusal
                # before it in its sentence is the answer, the rest its reason.
                signals.depends.append(phrase.start)
            evidence.append(f"hedge:{phrase.text}")
        elif phrase.label == "question" and phrase.start in elsewhere:
            evidence.append(f"other-question:{phrase.text}")
        elif phrase.label == "question" and phrase.start in put_off_asks:
            evidence.append(f"put-off-question:{phrase.text}")
        elif phrase.label == "question":
            signals.questions += 1
            evidence.append(f"question:{phrase.text}")
    if says_yes and not book.never_words.isdisjoint(reading.tokens):
        # "Nunca los viernes. Sí, preséntanos.": a never-word no phrase reads restricts
        # the yes as "Never on Fridays" does, unless it tells of the past.
        for i in _bare_nevers(reading, book, stories | small_talk, other_paragraphs):
            signals.hedges += 1
            counted.append(i)
            evidence.append(f"never:{reading.tokens[i]}")
    for _, _, at, said in later:
        signals.no.append(at)
        counted.append(at)
        evidence.append(f"later:{said}")
    if alone:
        for at, said in alone:
            signals.hedges += 1
            counted.append(at)
            evidence.append(f"later-time:{said}")
    for i in sorted(robots):
        if reading.tokens[i] == "?":
            evidence.append(f"robot-question:{reading.tokens[i]}")
    for i in sorted(referrals):
        if reading.tokens[i] == "?" and not _covered(reading, i):
            evidence.append("referral:?")
    # A question mark outside a known phrase ("why not?" is one) asks something back.
    if any(
        tok == "?"
        and not _covered(reading, i)
        and i not in curious
        and i not in form_asks
        and i not in choices
        and i not in self_answered
        and i not in contact_choices
        and i not in trade_asks
        and i not in copies
        and i not in elsewhere
        and i not in referrals
        and i not in robots
        and i not in reached
        and i not in put_off_asks
        for i, tok in enumerate(reading.tokens)
    ):
        signals.questions += 1
        evidence.append("question:?")
    if any(reading.tokens[i] == "?" for i in put_off_asks):
        evidence.append("put-off-question:?")
    if contact_choices and any(
        tok == "?" and i in contact_choices and not _covered(reading, i)
        for i, tok in enumerate(reading.tokens)
    ):
        evidence.append("contact-choice:?")
    for phrase in contrasts:
        inability = _inability(reading, phrase, book)
        if inability is not None and inability[0] not in signals.no:
            # "würde ich gern, aber ich schaffe es im Moment einfach nicht": not
            # managing it, said after the "but", refuses as "I can't" does.
            signals.no.append(inability[0])
            counted.append(inability[0])
            evidence.append(f"inability:{inability[1]}")
    for phrase in contrasts:
        absence = _apologised_absence(reading, phrase, book)
        if absence is not None and absence[0] not in signals.no:
            # "would love to but I'm out on mat leave til March. sorry!!": away, and
            # sorry for it, after the "but": a refusal.
            signals.no.append(absence[0])
            counted.append(absence[0])
            evidence.append(f"away-sorry:{absence[1]}")
    for phrase in contrasts:
        # "Yes, though mornings are better for me": a contrast whose sentence goes on
        # with a practical preference or a caveat about the outcome, and nothing that
        # answers, doubts or asks, restricts nothing.
        stretch = next(((a, b) for a, b in asides if a == phrase.start), None)
        if stretch and not any(stretch[0] < i < stretch[1] for i in counted):
            signals.contrasts.remove(turns[phrase.start])
            evidence.append(f"aside:{phrase.text}")
    for turn in _maybe_turns(reading, contrasts, turns, signals.no, signals.yes):
        # "..., but I can't. ... P.S. If Ewan's still looking in the spring I might be free,
        # but honestly don't hold anything for me": a turn against the writer's own maybe,
        # after a refusal; the refusal after the earlier turn still decides.
        if turn in signals.contrasts:
            signals.contrasts.remove(turn)
            evidence.append(f"maybe-turn:{reading.tokens[turn]}")
    for start, end in skill_turns:
        # "... no es muy bueno, pero por teléfono nos entendemos bien": with nothing after
        # it that answers, doubts or asks, the turn leaves the yes before it standing.
        if turns.get(start) in signals.contrasts and not any(start < i < end for i in counted):
            signals.contrasts.remove(turns[start])
            evidence.append(f"own-skill:{reading.tokens[start]}")
    if (
        signals.questions
        and signals.no
        and not (signals.yes or signals.hedges or signals.double_negatives)
    ):
        # "Schon wieder? Ich habe ... schon gesagt, dass ich keine weiteren Kontakte
        # möchte. Nein.": a bare refusal closing the reply after a statement answers.
        refused = _closing_refusal(reading, book)
        if refused is not None and refused in signals.no:
            signals.questions = 0
            evidence.append(f"closing-refusal:{reading.tokens[refused]}")
    said_yes = list(signals.yes)
    _drop_late_yes(reading, signals, evidence, len(text.split()), book, asked)
    turn = max(signals.contrasts, default=len(reading.tokens))
    signals.words_after_contrast = sum(
        1 for i in range(turn + 1, len(reading.tokens)) if _is_word(reading, i)
    )
    answer = _decide(signals)
    if answer == "no" and not signals.yes and _weighed_late(reading, said_yes, signals):
        # "So I won't say no, and I can't quite say yes.", late in a long letter: the
        # yes set aside as a story's was weighed against the refusal beside it.
        answer = "unclear"
        evidence.append("late-yes-beside-refusal")
    if answer == "no":
        # "Yes, in principle ... - no, I can't commit before March. Let me have a think":
        # a refusal not yet made, or made only for someone else ("I can't accept
        # invitations on her behalf").
        held = _held_refusal(reading, signals.no + signals.negated_yes, signals.yes, book)
        if held is None:
            # "email meu eu não passo pra ninguém não ... Mas se a moça quiser vir aqui na
            # fazenda ...": the channel refused, another way to meet offered.
            held = other_way_offered(reading, signals.no + signals.negated_yes, signals.yes, book)
        if held is not None:
            answer = "unclear"
            evidence.append(held)
    if answer == "yes":
        # "pas de rendez-vous avant la fin des playoffs, donc pas avant la mi-mai": the
        # negation that says again when the meeting may be was read with the limit.
        limits = (
            _meeting_limit_spans(reading, book)
            if any(p.text in book.meeting_limits for p in reading.phrases)
            else []
        )
        # "Kitanda ni Tsh 850,000 bila godoro": an item left out of a price.
        priced = (
            _price_exclusions(reading, book)
            if not book.price_marks.isdisjoint(reading.tokens)
            else frozenset()
        )
        # Only a yes can be taken back: what follows it is read once more.
        answer = _after_yes(
            reading,
            signals,
            evidence,
            other_paragraphs,
            book,
            [*contacts, *limits, *clashes[1]],
            stories | small_talk | priced,
            gaps | reached | timed | needs | reasons | lacks,
        )
    return answer, tuple(evidence)


def _hurried_yes(bare: str, book: PhraseBook) -> tuple[str, ...] | None:
    """The evidence of a short yes said in a hurry, None for anything else.

    A reply (as bare words) that opens with a short yes (an alone_yes word, "Y", "k",
    or up to three words read as yes, "yes", "👍", "Ja klar, gerne") and holds nothing
    else but the writer busy at the moment (busy_notes, at least one: "back to back
    calls", "in a board mtg", "im Termin"), apologies and brevity_words ("today", "more
    later", "melde mich später ausführlicher") is a yes: "Y - sorry, back to back calls
    today.", "👍 (in a board mtg, more later)", "Ja klar, gerne! Sitze grad im Termin,
    melde mich später ausführlicher.". "Y - but later", "👍 maybe", "Yes but in a
    meeting", "Y, in a meeting, will decide later" and "👍 more later" are none."""
    words = bare.split()
    # Most replies tell of no busy moment: the opening is read only in one that does.
    if not any(f" {note} " in f" {bare} " for note in book.busy_notes):
        return None
    if words[0] in book.false_friends and words[0] in book.plain_words(words):
        # "Já - desculpa, estou numa reunião": Portuguese "já", no German "ja".
        return None
    for size in range(1, min(_HURRIED_OPENING, len(words) - 1) + 1):
        found = _hurried_rest(words, size, book)
        if found is not None:
            return found
    return None


# The most words a yes said in a hurry opens with ("Ja klar, gerne!", "Yes of course").
_HURRIED_OPENING = 3


def _hurried_rest(words: list[str], size: int, book: PhraseBook) -> tuple[str, ...] | None:
    """_hurried_yes for an opening of the first size words."""
    first = " ".join(words[:size])
    rest = f" {' '.join(words[size:])} "
    busy: list[str] = []
    for note in book.busy_notes:
        while f" {note} " in rest:
            rest = rest.replace(f" {note} ", " ", 1)
            busy.append(note)
    if not busy:
        return None
    for filler in book.brevity_words:
        while f" {filler} " in rest:
            rest = rest.replace(f" {filler} ", " ", 1)
    if rest.strip():
        return None
    if size > 1 and not _all_yes(first, book):
        # "Sure but / Sent from my phone": every word of a longer opening says yes.
        return None
    if first not in book.alone_yes and _read_answer(first, conclude=False)[0] != "yes":
        return None
    return (f"yes:{first}", *(f"busy-note:{note}" for note in busy))


def _all_yes(words: str, book: PhraseBook) -> bool:
    """Whether every word of ``words`` stands in a yes phrase ("ja klar gerne")."""
    reading = book.read(words)
    said = [(p.start, p.end) for p in reading.phrases if p.label == "yes"]
    return len(said) == len(reading.phrases) and all(
        any(a <= i < b for a, b in said) for i, token in enumerate(reading.tokens) if token.strip()
    )


def _after_yes(
    reading: Reading,
    signals: _Signals,
    evidence: list[str],
    other_paragraphs: set[int],
    book: PhraseBook,
    contacts: list[tuple[int, int]],
    stories: frozenset[int] = frozenset(),
    gaps: frozenset[int] = frozenset(),
) -> TextAnswer:
    """The answer once what follows the first yes is read for a refusal in words the
    phrase lists do not hold as refusals: an inability or a preference against meeting
    (inabilities, meeting_refusals) anywhere after it, with or without a "but": "I'd
    love to. I'm not able to this week.", "Ja.\n\nlieber kein Treffen mit ihm.",
    "Ndiyo.\n\nAfadhali tusikutane." stand against the yes, which leaves the reply
    unclear (or a no after a "but", as any refusal there). Not in a paragraph about
    another matter ("Yes, that's my new address. I'm not able to ...").

    Failing those, any negation after the yes's clause that no phrase reads (a negator
    outside every phrase: "Sure. I don't really see the point anymore.", "Ja, gerne.
    Bitte stell uns nicht vor.", "Sí. Nada de reuniones este mes.") leaves the yes
    unclear, while a yes phrase or a neutral one that negates ("no problem", "why
    not", "no reason not to", "no rush", "don't hesitate", "sin drama") and another
    matter's paragraph or stretch do not, nor does a contact offer, read for its own,
    nor a note on being out of reach of mail (``gaps``: see ``_reply_gaps``).

    A go-ahead that closes the reply in a later paragraph than the first yes (go_aheads:
    "I am content to be introduced. ... 2. I will not be able to discuss the tender. ...
    With those caveats, please go ahead.") is read from: the limits before it are what
    the writer goes ahead with, as they were before a go-ahead said alone."""
    first = min(signals.yes)
    last = max(signals.yes)
    closing = next(p for p in reading.phrases if p.start == last)
    if (
        closing.text in book.go_aheads
        and _paragraph(reading, last) > _paragraph(reading, first)
        and not any(p.start > closing.start for p in reading.phrases)
    ):
        first = last
    start = next(p.end for p in reading.phrases if p.start == first)
    tokens = reading.tokens
    refusing = not book.refusal_words.keys().isdisjoint(tokens[start:])
    for at, end in _sentences(reading, start) if refusing else ():
        found = _said_in_order(reading, at, end, book.refusal_words)
        if (
            found is not None
            and _paragraph(reading, found[0][0]) not in other_paragraphs
            and found[0][0] not in gaps
            and not _read_whole(reading, found[0])
        ):
            signals.no.append(found[0][0])
            evidence.append(f"refusal-after-yes:{' '.join(found[1])}")
            return _decide(signals)
    negation = _negation_after(reading, start, other_paragraphs, book, contacts, stories | gaps)
    if negation is not None:
        signals.hedges += 1
        evidence.append(f"negation-after-yes:{tokens[negation]}")
    return _decide(signals)


def _only_condition(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a hedge is a condition that restricts: a conditional with one of the
    only_words in it or among the two words before it ("só se", "solo si", "nur wenn",
    "seulement si", "only if"). "but if he's selling software" conditions a refusal
    instead, and sets no limit on a yes."""
    words = phrase.text.split()
    if book.conditionals.isdisjoint(words):
        return False
    before = [reading.tokens[i] for i in range(max(0, phrase.start - 4), phrase.start)]
    before = [t for t in before if t.strip()][-2:]
    return not book.only_words.isdisjoint([*words, *before])


def _read_whole(reading: Reading, span: tuple[int, int]) -> bool:
    """Whether a refusal's words all stand inside one neutral phrase, read whole: "Ja!
    Ich kann es nicht glauben, danke" is delight, no "ich kann ... nicht"."""
    return any(
        p.label == "neutral" and p.start <= span[0] and span[1] <= p.end for p in reading.phrases
    )


# How many words may open a sentence before its summing-up ("And so, long story short").
_MAX_CONCLUSION_LEADS = 3


def _opens_conclusion(reading: Reading, marker: Phrase, book: PhraseBook) -> bool:
    """Whether a summing-up opens its sentence, after at most a few leading words ("So,
    long story short"), and is followed by a pause or an answer: "time is in short
    supply" sums nothing up."""
    i = marker.start - 1
    leads = 0
    while i >= 0:
        token = reading.tokens[i]
        if token in SENTENCE_ENDS or "\n" in token:
            break
        if token.strip() and not reading.breaks[i]:
            leads += 1
            if token not in book.conclusion_leads or leads > _MAX_CONCLUSION_LEADS:
                return False
        i -= 1
    after = marker.end
    while after < len(reading.tokens) and not reading.tokens[after].strip():
        after += 1
    if after >= len(reading.tokens):
        return False
    return reading.breaks[after] or any(
        p.start == after and p.label in ("yes", "no") for p in reading.phrases
    )


def _matter_marker(reading: Reading, book: PhraseBook, asked: str) -> Phrase | None:
    """The last turn to the matter asked about that opens its sentence, as a phrase: one
    of the matter_leads ("lo de", "as for", "quant à", "kuhusu"), right after it words of
    the name of the one asked about, and a pause or an answer after those ("Ah, y lo de
    Marta: sí, claro"); None when there is none. A title may stand before the name, with
    its dot ("Kuhusu Bw. Otieno: ndiyo"). Another's name ("lo de Nuria:") turns to
    another matter."""
    words = normalise(asked).replace("-", " ").split()
    if not words:
        return None
    names = frozenset(w for w in words if len(w) > 1)
    tokens = reading.tokens
    found = None
    for i, token in enumerate(tokens):
        for lead in book.matter_leads.get(token, ()):
            if tokens[i : i + len(lead)] != lead:
                continue
            at = i + len(lead)
            # A title before the name, its dot too ("Kuhusu Bw. Otieno:", "as for Mr. Lee").
            while at < len(tokens) and tokens[at] in book.name_titles:
                at += 1 + (at + 1 < len(tokens) and tokens[at + 1] == ".")
            while at < len(tokens) and tokens[at] in names:
                at += 1
            # The first or last name, not a particle of it ("de" of "Marta de la Fuente").
            if not {words[0], words[-1]}.intersection(tokens[i + len(lead) : at]):
                continue
            marker = Phrase("neutral", i, at, " ".join(tokens[i:at]))
            if _opens_conclusion(reading, marker, book):
                found = marker
            break
    return found


def _concluded(
    normalised: str,
    reading: Reading,
    book: PhraseBook,
    length: int,
    matter: Phrase | None = None,
    asked: str = "",
) -> tuple[TextAnswer, tuple[str, ...]] | None:
    """The answer after the last summing-up that opens a sentence ("So, long story
    short: yes, please do introduce us"), which decides whatever doubts came before it;
    None when there is none, when it answers nothing, when a question was asked before
    it, or in a mail too long to be read for a late yes unless it turns back to the
    question (question_returns: "to answer your question", "I have gone on long enough")
    or the sentence it opens names the one asked about ("Anyway, yes of course I'll talk
    to Samir", "Anyway, about Dale Pruitt: yes"): no newsletter or story names the one
    the agent asked about. The tail is read knowing who that is.

    A yes there must be one of its own ("yes, please", "happy to") or stand alone ("Long
    story short: yes."): a bare "yes" going on with something else ("So yes, I'm wary")
    confirms that, not the introduction.

    One of the resolutions ("Having thought it over, yes, please do introduce us") resolves
    the doubts told before it the same way, and decides only for a yes: "Yes. On
    reflection, no. Let me think about it." is read whole.

    After a turn to the matter asked ("Anyway, about Ruth - yes, I'd be glad ..."), the
    paragraph it opens answers when every paragraph after it talks of another matter
    (reply_other_matters: "Now, the other thing I wanted to ask you - are you still
    doing the Thursday walking group? ... If it has I might come along")."""
    marker = matter or next(
        (c for c in reversed(reading.conclusions) if _opens_conclusion(reading, c, book)), None
    )
    if marker is None:
        return None
    if (
        length > _LONG_TEXT_WORDS
        and (matter or marker.text not in book.question_returns)
        and not _names_asked(reading, marker.start, asked)
    ):
        # A long mail's late yes answers only after a turn back to the question ("Anyway,
        # I have gone on long enough. Yes, by all means ..."), as a newsletter makes none.
        return None
    cut = reading.offsets[marker.start]
    robots = _robot_questions(reading, book) if "?" in normalised[:cut] else frozenset()
    if any(t == "?" and i not in robots for i, t in enumerate(reading.tokens[: marker.start])):
        return None
    tail = normalised[cut:]
    answer, evidence = _read_answer(tail, conclude=False, asked=asked)
    if answer != "yes":
        # "so yeah, gonna say no": the summing-up's bare "yeah" leads to the answer
        # after it, as "so" alone would; it confirms nothing.
        refused = _refused_after_lead(normalised, reading, marker, book, asked)
        if refused is not None:
            answer, evidence = refused
    if matter is not None and answer != "yes":
        # "Anyway, about Ruth - yes, I'd be glad ... / Now, the other thing I wanted to
        # ask you - are you still doing the Thursday walking group?": the paragraph the
        # turn opens answers, when the paragraphs after it talk of another matter.
        first = answer_before_other_matters(tail, book, asked, _read_plain)
        if first is not None:
            heard, told = _read_answer(first[0], conclude=False, asked=asked)
            if heard == "yes":
                answer, evidence = heard, (*told, f"other-matters:{first[1]}")
    if not any(e.startswith(("yes:", "no:", "negated:", "hedge:", "question:")) for e in evidence):
        return None
    resolved = tuple(t for t in reading.tokens[marker.start : marker.end] if t.strip())
    if answer != "yes" and resolved in book.resolutions:
        # "Yes. On reflection, no. Let me think about it.": a resolution decides for a
        # yes only; anything else is read whole, as a correction or a doubt.
        return None
    found = (f"conclusion:{marker.text}", *evidence)
    if answer != "yes":
        return answer, found
    own = any(
        e.startswith("yes:") and e.removeprefix("yes:") not in book.confirmations for e in evidence
    )
    if own or _alone(book.read(tail), marker.end - marker.start):
        return "yes", found
    return "unclear", (*found, "conclusion-confirms")


def _refused_after_lead(
    normalised: str, reading: Reading, marker: Phrase, book: PhraseBook, asked: str
) -> tuple[TextAnswer, tuple[str, ...]] | None:
    """The refusal read after a summing-up that ends in a bare confirmation ("so yeah",
    "donc ouais", "hivyo ndiyo"), when what is left of the text refuses with nothing that
    says yes, doubts or asks: "so yeah, gonna say no 🙏" is no. None otherwise: "So yes,
    I'm wary" refuses nothing and is read as before."""
    words = marker.text.split()
    if not words or words[-1] not in book.confirmations or marker.end >= len(reading.tokens):
        return None
    heard, told = _read_answer(
        normalised[reading.offsets[marker.end] :], conclude=False, asked=asked
    )
    if heard != "no" or any(e.startswith(("yes:", "hedge:", "question:")) for e in told):
        return None
    return heard, told


def _names_asked(reading: Reading, start: int, asked: str) -> bool:
    """Whether the sentence that opens at ``start`` names the one asked about (their
    first or last name: "Anyway yes, of course, put me in touch with Joanne")."""
    words = normalise(asked).replace("-", " ").split()
    if not words:
        return False
    end = _sentence_end(reading, start)
    return not {words[0], words[-1]}.isdisjoint(reading.tokens[start:end])


def _elliptic_remarks(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each one-word yes read as neutral that one of the
    elliptic_negations ("haven't", "didn't", "wasn't") follows right after and that
    closes the clause: "hope you've recovered from that night, I certainly haven't" and
    "I sure didn't!" answer small talk in the past, and neither the intensifier nor the
    negation answers whether the writer would like the introduction. A present or
    future one ("I certainly don't", "I certainly won't") refuses, and one that goes on
    in its clause ("I certainly haven't got time for this") is read as before."""
    tokens = reading.tokens

    def elliptic(phrase: Phrase) -> bool:
        after = phrase.end
        closes = after + 1 >= len(tokens) or reading.breaks[after + 1]
        return (
            phrase.label == "yes"
            and phrase.end - phrase.start == 1
            and after < len(tokens)
            and not reading.breaks[after]
            and tokens[after] in book.elliptic_negations
            and closes
        )

    return replace(
        reading,
        phrases=tuple(replace(p, label="neutral") if elliptic(p) else p for p in reading.phrases),
    )


def _possessed(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a one-word yes stands right after a possessive in its clause, with a word
    after it there: a noun it abbreviates or modifies ("I write my NP exam in February",
    "their OK button"), not the writer's answer. "You have my yes." closes its clause and
    still answers, and "np thanks" has no possessive before it."""
    if phrase.end - phrase.start != 1:
        return False
    before = phrase.start - 1
    while before >= 0 and not reading.tokens[before].strip() and not reading.breaks[before]:
        before -= 1
    return (
        before >= 0
        and not reading.breaks[before]
        and (
            reading.tokens[before] in book.own_possessives
            or reading.tokens[before] in book.other_possessives
        )
        and _followed_in_clause(reading, phrase.end)
    )


def _alone(reading: Reading, skip: int) -> bool:
    """Whether every word after the first ``skip`` tokens is in a yes."""
    return all(
        any(p.label == "yes" and p.start <= i < p.end for p in reading.phrases)
        for i in range(skip, len(reading.tokens))
        if _is_word(reading, i)
    )


def _eager(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether wanting to know more follows an explicit request in its sentence, with
    nothing between that contrasts, doubts, refuses or asks, and no "first" after it:
    "please introduce us, I'd like to hear more", but not "yes, but I'd like to hear
    more first" or "maybe, I'd like to hear more"."""
    if phrase.text not in book.eager_more:
        return False
    start = _sentence_start(reading, phrase.start)
    end = _sentence_end(reading, phrase.end)
    requests = [
        p.start
        for p in reading.phrases
        if p.label == "yes" and p.text in book.eager_requests and start <= p.start < phrase.start
    ]
    if not requests:
        return False
    between = [
        p
        for p in reading.phrases
        if min(requests) < p.start < phrase.start and p.label not in ("yes", "neutral", "aside")
    ]
    if between:
        return False
    return not any(t in book.before_words for t in reading.tokens[phrase.end : end])


def _all_accented(text: str, folded: str, accented: str) -> bool:
    """Whether ``text`` writes a word with its accent ("más", "já") wherever it says it."""
    said = re.findall(rf"(?<!\w){re.escape(folded)}(?!\w)", normalise(text))
    written = re.findall(rf"(?<!\w){re.escape(accented)}(?!\w)", text.lower())
    return bool(said) and len(written) == len(said)


def _open_if_yeses(reading: Reading, text: str, book: PhraseBook) -> Reading:
    """The reading with a condition where a yes closes on one of the accented_yes
    written without its accent and a word follows it in its clause: "claro que si me
    pagan voy" and "claro que si el horario me va bien" say "of course, if ...", and
    nothing tells them from the emphatic "claro que sí puede venir" but the accent, so
    they doubt. "Claro que si!", "Claro que si, con gusto." and "claro que si" closing
    its line stay yes, and so does every such yes of a text that writes the accent
    wherever it says the word ("Claro que sí puede venir")."""
    tokens, breaks = reading.tokens, reading.breaks
    added: list[Phrase] = []
    for p in reading.phrases:
        last = p.text.rsplit(" ", 1)[-1]
        if p.label != "yes" or last not in book.accented_yes or p.end - p.start < 2:
            # A bare "si" is read as "if" or yes by the hedges' own rules.
            continue
        if _all_accented(text, last, book.accented_yes[last]):
            continue
        after = p.end
        while after < len(tokens) and not tokens[after].strip() and not breaks[after]:
            after += 1
        if after < len(tokens) and not breaks[after] and tokens[after].isalpha():
            added.append(Phrase("hedge", p.end - 1, p.end, last))
    if not added:
        return reading
    return replace(
        reading, phrases=tuple(sorted((*reading.phrases, *added), key=lambda q: q.start))
    )


def _accented(reading: Reading, text: str, book: PhraseBook) -> Reading:
    """The reading without the contrasts that are an accented word of another language
    folded onto them: Spanish "más" (more) is Portuguese "mas" (but) once its accent is
    gone. When every such word of the text bears its accent ("bastante más rápido"),
    none is a contrast; one written without it ("sim, mas não agora") keeps them all.
    So with the conditions that are an accented yes folded onto "if", right after one
    of the accented_yes_leads: Spanish "que sí" before a word ("claro q sí miss") holds
    no "si" (if). "Sí, pero si me pagan" keeps its "si", and so does "sí" after any
    other word ("Sí me confirmas la hora, lo vemos"): a phone may put the accent on "if".
    """
    dropped: set[tuple[str, str]] = set()
    for label, words in (("contrast", book.accented_words), ("hedge", book.accented_yes)):
        for folded, accented in words.items():
            if _all_accented(text, folded, accented):
                dropped.add((label, folded))
    if not dropped:
        return reading

    def kept(p: Phrase) -> bool:
        if (p.label, p.text) not in dropped:
            return True
        return p.label == "hedge" and (
            p.start == 0 or reading.tokens[p.start - 1] not in book.accented_yes_leads
        )

    return replace(reading, phrases=tuple(p for p in reading.phrases if kept(p)))


def _names_type(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether "kind of" or "sort of" names a type: right after one of the
    type_determiners in its clause ("built this kind of team", "exactly that sort of
    partner", "the same kind of work", "my favourite kind of headache") and right before
    a word that may be a noun and opens no answer ("my kind of yes" is hedged), with
    no determiner of its own, in a clause that says more than that ("Yes, that sort of
    thing." may answer "sort of"). "That kind of works", "this kind of makes sense",
    "that kind of worked", "I kind of want to", "kind of busy" and "this kind of a mess"
    still doubt."""
    tokens = reading.tokens
    before = phrase.start - 1
    while before >= 0 and not tokens[before].strip():
        before -= 1
    after = phrase.end
    while after < len(tokens) and not tokens[after].strip():
        after += 1
    if not (
        before >= 0
        and not reading.breaks[before]
        and tokens[before] in book.type_determiners
        and after < len(tokens)
        and not reading.breaks[after]
        and book.may_be_noun(tokens[after])
        # "That's my kind of yes" is a yes hedged, no type.
        and not any(p.start == after and p.label in ("yes", "no") for p in reading.phrases)
    ):
        return False
    start, end = _clause_bounds(reading, before, after + 1)
    return any(_is_word(reading, i) for i in (*range(start, before), *range(after + 1, end)))


def _chosen_doubts(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with the doubts and questions read as neutral that wonder why the
    writer was chosen (chosen_doubts, words in order, a few others between, in one
    sentence: "I'm not sure why Karen thought of me", "je ne sais pas trop pourquoi
    Claire a pensé à moi", "no sé muy bien por qué Ana pensó en mí"): modesty about the
    choice, no doubt about the answer. "I'm not sure why we'd meet" and "I'm not sure
    she thought of me" doubt as before."""
    spans: list[tuple[int, int]] = []
    for at, end in _sentences(reading):
        found = _said_in_order(reading, at, end, book.chosen_doubts)
        if found is not None:
            spans.append(found[0])
    if not spans:
        return reading
    return replace(
        reading,
        phrases=tuple(
            replace(p, label="neutral")
            if p.label in ("hedge", "question") and any(p.start < b and p.end > a for a, b in spans)
            else p
            for p in reading.phrases
        ),
    )


def _supported_verbs(reading: Reading, book: PhraseBook) -> Reading:
    """The reading with each do-support yes (do_supports: "please do") that runs, no pause
    between, into a verb other than a go-ahead one read as nothing: "Please do send me her
    CV first", "Please do tell Anna I said hi" and "Please do let Ana know I'm away" ask
    for that deed and answer nothing. Before a pause, an emoji or one of the
    do_support_followers ("so", "it", "introduce", "connect", "pass", "share") the yes
    stands: "Please do.", "Please do so", "Please do pass on my email"."""
    tokens = reading.tokens

    def runs_on(phrase: Phrase) -> bool:
        after = phrase.end
        return (
            phrase.label == "yes"
            and phrase.text in book.do_supports
            and after < len(tokens)
            and not reading.breaks[after - 1]
            and tokens[after].isalpha()
            and tokens[after] not in book.do_support_followers
        )

    return replace(
        reading,
        phrases=tuple(
            Phrase("neutral", p.start, p.end, p.text) if runs_on(p) else p for p in reading.phrases
        ),
    )


def _aside_stretches(reading: Reading) -> list[tuple[int, int]]:
    """From each contrast to its sentence's end, where that holds an aside ("but
    mornings are better", "though I can't promise anything"); a colon ends no such
    sentence ("Eso sí, aviso de antemano: contesto los correos con bastante retraso")."""
    out = []
    for phrase in reading.phrases:
        if phrase.label != "contrast":
            continue
        end = _sentence_end(reading, phrase.end)
        while end < len(reading.tokens) and reading.tokens[end] == ":":
            end = _sentence_end(reading, end + 1)
        if any(p.label == "aside" and phrase.end <= p.start < end for p in reading.phrases):
            out.append((phrase.start, end))
    return out


def _weighed_late(reading: Reading, said_yes: list[int], signals: _Signals) -> bool:
    """Whether a yes set aside as late in a long mail (see ``_drop_late_yes``) shares its
    sentence with a refusal and, kept, would leave the answer open: "So I won't say no,
    and I can't quite say yes." A late "I'd love to, but I can't" still refuses, kept
    or not."""
    if not said_yes:
        return False
    refusals = {_sentence_start(reading, i) for i in (*signals.no, *signals.negated_yes)}
    if not any(_sentence_start(reading, i) in refusals for i in said_yes):
        return False
    return _decide(replace(signals, yes=said_yes)) == "unclear"


def _drop_late_yes(
    reading: Reading,
    signals: _Signals,
    evidence: list[str],
    length: int,
    book: PhraseBook,
    asked: str = "",
) -> None:
    """A long mail is no answer to a yes/no question unless it says yes early.

    A newsletter or a story can hold a "happy to" or a "ja" somewhere; an answer
    says so near its start, or in a postscript that names the one asked about: a
    paragraph opened by one of the addendum_leads ("P.S. Kindly do the needful and
    connect me with Mr. Vikram Joshi at the earliest") is the writer turning back to the
    question after a long letter, and its yeses are kept (the rest's doubts still
    count). A postscript that names no one asked about ("P.S. happy to help with the
    raffle too") is set aside as any late yes is.
    """
    if length <= _LONG_TEXT_WORDS or not signals.yes:
        return
    words = [i for i in range(len(reading.tokens)) if _is_word(reading, i)]
    early = words[min(_EARLY_WORDS, len(words)) - 1]
    if min(signals.yes) > early:
        kept = [i for i in signals.yes if _in_named_postscript(reading, i, book, asked)]
        signals.yes[:] = kept
        evidence.append("postscript-yes" if kept else "late-yes-ignored")


def _in_named_postscript(reading: Reading, index: int, book: PhraseBook, asked: str) -> bool:
    """Whether the token stands in a paragraph that opens with one of the
    addendum_leads ("P.S.", "PS:", "Edit:") and names the one asked about, first or last
    name, anywhere in it (a title's stop may cut its sentence: "Mr. Vikram Joshi")."""
    names = normalise(asked).replace("-", " ").split()
    if not names:
        return False
    tokens = reading.tokens
    start, end = _paragraph_span(reading, index, index)
    first = next((i for i in range(start, end) if _is_word(reading, i)), None)
    if first is None or _UNDOTTED.sub("", tokens[first]) not in book.postscript_leads:
        return False
    return not {names[0], names[-1]}.isdisjoint(tokens[start:end])


# The stops and hyphens of an addendum's label ("p.s", "p.-s."): "ps" as written bare.
_UNDOTTED = re.compile(r"[.\s-]")


def _kept_in_mind(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether the contrast ``phrase`` only opens a wish to be asked another time, to its
    sentence's end: one of the refusal_keeps ("keep me in mind", "n'hésitez pas à me
    recontacter", "tenme en cuenta", "denken Sie gerne an mich", "lembre-se de mim",
    "niulize tena") with no phrase in the stretch but neutral ones, deferrals and
    refusals ("but maybe another time"). After a refusal it closes the refusal: "I'd
    love to. However, ... I'll have to pass on this one, but do keep me in mind for the
    future" is no, while "but keep me in mind if he's in town" sets a condition."""
    end = _sentence_end(reading, phrase.end)
    words = tuple(t for t in reading.tokens[phrase.end : end] if t.strip())
    if not any(
        words[k : k + len(keep)] == keep
        for keep in book.refusal_keeps
        for k in range(len(words) - len(keep) + 1)
    ):
        return False
    return not any(
        phrase.end <= p.start < end and p.label not in ("neutral", "deferral", "no")
        for p in reading.phrases
    )


def _turn(reading: Reading, phrase: Phrase) -> int | None:
    """Where the contrast a phrase marks begins: at the phrase, or, for one that ends
    a clause holding a refusal ("Sure, I saw this. I'll have to decline though."), at
    the start of that clause, which is what stands against what came before. None for
    one that ends its sentence with no refusal in its clause ("Please thank Oliver for
    me though!", "Danke trotzdem!"): it opens nothing after it."""
    after = phrase.end
    while after < len(reading.tokens) and not reading.tokens[after].strip():
        after += 1
    if after < len(reading.tokens) and not reading.breaks[after]:
        return phrase.start
    start = phrase.start
    while start > 0 and not reading.breaks[start - 1]:
        start -= 1
    if not any(p.label == "no" and start <= p.start < phrase.start for p in reading.phrases):
        # Only a refusal in the clause is turned against the yes before it ("Happy
        # to! I'm on holiday until Monday though." still says yes).
        ends = after >= len(reading.tokens) or (
            reading.tokens[after] in SENTENCE_ENDS or "\n" in reading.tokens[after]
        )
        return None if ends else phrase.start
    # The token before the clause: a "no" inside the clause then follows the turn.
    return max(start - 1, 0)


def _joined_closing(reading: Reading, phrase: Phrase, book: PhraseBook) -> bool:
    """Whether a contrast closes its clause right before a comma and one of the joiners
    ("Thanks for thinking of me though, and good luck with the camp"), with no refusal
    in its clause and no phrase at all in the rest of its sentence: the wish joined on
    answers nothing for the contrast to open. One with anything of the lists after it
    ("I'm away though, and not back till May") turns as before."""
    tokens = reading.tokens
    comma = phrase.end
    while comma < len(tokens) and not tokens[comma].strip():
        comma += 1
    if comma >= len(tokens) or tokens[comma].strip() != ",":
        return False
    joiner = comma + 1
    while joiner < len(tokens) and not tokens[joiner].strip():
        joiner += 1
    if joiner >= len(tokens) or tokens[joiner] not in book.joiners:
        return False
    start = phrase.start
    while start > 0 and not reading.breaks[start - 1]:
        start -= 1
    end = _sentence_end(reading, joiner)
    return not any(
        (p.label == "no" and start <= p.start < phrase.start) or phrase.end <= p.start < end
        for p in reading.phrases
    )


# A "but" left unfinished follows at most this many words outside phrases in its
# sentence: "Yes I'd love to meet her but", not "... que eu vejo mais" (pt "more").
_UNFINISHED_LEAD_WORDS = 3


def _unfinished(reading: Reading, phrase: Phrase) -> bool:
    """Whether nothing but punctuation follows a phrase to its sentence's end ("yes but",
    "Oui, mais...", "Yes but -"), the end of the text or a line's end closing it, and
    what stands before it in its sentence is an answer and a few words at most."""
    start = _sentence_start(reading, phrase.start)
    lead = sum(
        1 for i in range(start, phrase.start) if _is_word(reading, i) and not _covered(reading, i)
    )
    if lead > _UNFINISHED_LEAD_WORDS:
        return False
    for i in range(phrase.end, len(reading.tokens)):
        token = reading.tokens[i]
        if token in SENTENCE_ENDS or "\n" in token:
            return True
        if _is_word(reading, i):
            return False
    return True


# How many words an offer's condition may run to ("if she wants", "if that's useful").
_OFFER_CONDITION_WORDS = 4


def _offer_conditions(
    reading: Reading, consoling: frozenset[int], book: PhraseBook
) -> frozenset[int]:
    """Where the conditions start that close the clause of an offer made in a refusal's
    place (see ``_consolations``): one of the conditionals after the offer in its
    clause, a few words to the clause's end with no negator ("Happy to suggest a
    couple of other angels who'd be a better fit if she wants", "if that helps"). The
    condition is the offer's, not the answer's; "Happy to suggest other names if he's
    not a recruiter" is read as before."""
    if not consoling:
        return frozenset()
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label != "hedge" or phrase.text not in book.conditionals:
            continue
        first, last = _clause_bounds(reading, phrase.start, phrase.end)
        if not any(first <= c < phrase.start for c in consoling):
            continue
        words = [i for i in range(phrase.end, last) if _is_word(reading, i)]
        if len(words) > _OFFER_CONDITION_WORDS or any(book.negates_at(reading, i) for i in words):
            continue
        if any(phrase.end <= p.start < last for p in reading.phrases if p.label != "neutral"):
            continue
        out.add(phrase.start)
    return frozenset(out)


def _decide(s: _Signals) -> TextAnswer:
    if s.questions or s.pending:
        # A refusal waiting on something to happen ("I can't agree until I've got
        # sign-off. Please don't pass my details on in the meantime.") is not yet an answer.
        return "unclear"
    yes, no = s.yes, s.no + s.negated_yes
    if s.contrasts:
        turn = max(s.contrasts)
        # "I'd love to, but I can't": an explicit refusal after the last "but",
        # with no yes after it, is the answer.
        refusals = [i for i in s.no if i > turn]
        if refusals and not any(i > turn for i in yes):
            # "sim pode passar o meu contacto mas só se a obra for aqui para os lados de
            # Gaia, para Braga já não vou": after a yes, a condition past the turn and then
            # a refusal declines only the branch the condition leaves out.
            if yes and any(turn <= c < min(refusals) for c in s.conditions):
                return "unclear"
            return "no"
        # "Glad to; however, I'm about to go on leave": a restriction follows the
        # yes; whatever it says, the yes no longer stands on its own.
        if yes and max(yes) < turn and s.words_after_contrast >= 2:
            return "unclear"
    if s.double_negatives or (yes and (s.hedges or no)):
        return "unclear"
    if no and s.depends and not any(c > max(s.depends) for c in s.contrasts):
        # "Medizintechnik machen wir eigentlich nicht mehr. Kommt darauf an, in welcher
        # Phase er ist. Ab Series A eventuell, Pre-Seed auf keinen Fall.": an answer that
        # depends on something refuses only some cases; "It depends, but honestly no"
        # still refuses.
        return "unclear"
    if no:
        return "no"
    if yes:
        return "yes"
    return "unclear"


def classify_text(text: str) -> TextAnswer:
    """yes, no or unclear for the new text of a reply (quotes already removed)."""
    return read_answer(text)[0]


def classify_reply(message: ParsedMessage) -> ReplyVerdict:
    """What a reply to the opt-in question answers.

    A yes given to a question the quoted reason asks is no answer to the opt-in one
    (reply_reasons): written inside the quote above the opt-in question ("Yes, we
    still do" under "Why: Amara asked whether your clinic still accepts referrals"),
    or a bare confirmation that says that question's words again ("Yes, I'll be in
    Lisbon Tuesday through Thursday" under "... if you'll be at Web Summit in
    Lisbon"): unclear. The other way round, a yes under the opt-in question beside an
    answer to the reason that only scopes it stands (``_answered_under_question``)."""
    verdict = _classify_reply(message)
    if (
        verdict.answer == "unclear"
        and verdict.evidence
        and all(e.startswith("time-only:") for e in verdict.evidence)
        and names_the_times(reason_text(message.text, phrase_book()), verdict.text, phrase_book())
    ):
        # "Donnerstag 15 Uhr passt" under "sie schlägt Donnerstag, 15 Uhr vor": the
        # slot the reason proposes, accepted, accepts the call it is for.
        return ReplyVerdict("yes", verdict.text, ("reason-time", *verdict.evidence))
    if verdict.answer == "yes" and _CONTINUED_BELOW not in verdict.evidence:
        # Prose below the signature already read with the answer takes nothing back twice.
        taken_back = _taken_back_below(verdict.text, message)
        if taken_back:
            return ReplyVerdict("unclear", verdict.text, (*verdict.evidence, *taken_back))
    if verdict.answer == "unclear" and ">" in message.text:
        # "> Reason: Marta is hiring ... / Happy to share what we learned. To be clear
        # though, I'm not looking for a new role. / > Would you like the introduction? /
        # Yes, go ahead.": each inline answer answers the line it stands under.
        under = _answered_under_question(message) or _refused_under_question(message)
        if under is not None:
            return replace(under, text=verdict.text)
    if verdict.answer == "unclear":
        # The same for answers marked inside an unmarked quote after a note ("Réponses
        # dans le texte ci-dessous", then "==> Non, pas pour l'instant" under the quoted
        # question): read as if the quote were ">"-quoted around them.
        under = _under_question_marked(message)
        if under is not None:
            return replace(under, text=verdict.text)
    if verdict.answer != "yes" or ">" not in message.text:
        return verdict
    book = phrase_book()
    above = lines_above_question(message.text, book)
    if above:
        lines = message.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        kept = "\n".join(line for k, line in enumerate(lines) if k not in set(above))
        under = _classify_reply(replace(message, text=kept))
        if under.answer != "yes":
            return ReplyVerdict("unclear", verdict.text, ("above-question", *verdict.evidence))
    yeses = [e[len("yes:") :] for e in verdict.evidence]
    if verdict.evidence and all(
        e.startswith("yes:") and y in book.confirmations
        for e, y in zip(verdict.evidence, yeses, strict=True)
    ):
        text = normalise(verdict.text)
        at = re.search(rf"(?<!\w){re.escape(yeses[0])}(?!\w)", text)
        echoed = echoed_reason_words(message.text, text[at.start() :], book) if at else set()
        if echoed:
            return ReplyVerdict(
                "unclear",
                verdict.text,
                (*verdict.evidence, *(f"reason-echo:{w}" for w in sorted(echoed))),
            )
    return verdict


# What an inline answer to the quoted reason may hold beside the writer's yes there: the
# evidence kinds read_answer gives for answers, turns and small talk.
_REASON_ANSWER_KINDS = frozenset(
    {"yes", "no", "contrast", "closing-contrast", "small-talk", "modesty", "known-work"}
)


def _inline_above_question(
    message: ParsedMessage, book: PhraseBook
) -> tuple[list[str], list[int], str] | None:
    """The reply's lines, the indexes of those the writer wrote under the quoted reason
    and above the quoted opt-in question, and their text; None when there are none."""
    above = lines_above_question(message.text, book)
    if not above:
        return None
    lines = message.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines, above, "\n".join(lines[k] for k in above)


def _answered_under_question(message: ParsedMessage) -> ReplyVerdict | None:
    """A yes, when inline answers say yes under the quoted opt-in question ("> Would you
    like the introduction? / Yes, go ahead.") and what the writer wrote under the quoted
    reason, above it, only scopes the yes: it says a yes of its own ("Happy to share what
    we learned moving off Airflow") and refuses nothing but things it names that are
    neither the introduction, a meeting, the one asked about nor anyone else ("I'm not
    looking for a new role"). None otherwise: a bare refusal above ("No.", "Not
    interested"), one of a meeting ("I won't meet her") or of a person ("I'd rather not
    talk to him"), a question, a doubt or no yes there leave the reply unclear."""
    book = phrase_book()
    inline = _inline_above_question(message, book)
    if inline is None:
        return None
    lines, above, said = inline
    answer, evidence = read_answer(said)
    if answer == "yes" or not any(e.startswith("yes:") for e in evidence):
        return None
    if any(e.split(":", 1)[0] not in _REASON_ANSWER_KINDS for e in evidence):
        return None
    names = _name_words(asked_about(message.subject, message.text))
    reading = book.read(normalise(said))
    for phrase in reading.phrases:
        if phrase.label != "no":
            continue
        end = phrase.end
        while end < len(reading.tokens) and not reading.breaks[end]:
            end += 1
        words = tuple(t for t in reading.tokens[phrase.end : end] if t.strip())
        text = " ".join(words)
        if (
            not words
            or not names.isdisjoint(words)
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in f" {text} " for w in book.meeting_words)
            or any(_holds(words, w) for w in book.bearing_words)
        ):
            return None
    kept = "\n".join(line for k, line in enumerate(lines) if k not in set(above))
    under = _classify_reply(replace(message, text=kept))
    if under.answer != "yes":
        return None
    return ReplyVerdict(
        "yes", under.text, ("under-question", *under.evidence, *(f"above:{e}" for e in evidence))
    )


def _refused_under_question(message: ParsedMessage) -> ReplyVerdict | None:
    """A no, when inline answers refuse under the quoted opt-in question ("> Möchten Sie
    vorgestellt werden? / Nein, danke. Ich bin bis Ende März im Forschungsfreisemester")
    and what the writer wrote under the quoted reason, above it, answers that reason, not
    the question: no refusal, question or doubt of its own, and no yes whose clause names
    the one asked about, the introduction or a meeting ("Ja, von der Firma habe ich schon
    gehört" under "Grund: Nils baut eine Legal-Tech-Plattform"). The answer under the
    question decides. None otherwise: "Ja, gerne kennenlernen" above a "Nein" below says
    both and stays unclear."""
    book = phrase_book()
    inline = _inline_above_question(message, book)
    if inline is None:
        return None
    lines, above, said = inline
    _, evidence = read_answer(said)
    if any(
        e.split(":", 1)[0] not in _REASON_ANSWER_KINDS - {"no"}
        # "Yes, I've heard of the company.": having heard of them answers the reason.
        and not (e.startswith("hedge:") and e[len("hedge:") :] in book.hearsay_hedges)
        for e in evidence
    ):
        return None
    names = _name_words(asked_about(message.subject, message.text))
    reading = book.read(normalise(said))
    words = tuple(t for t in reading.tokens if t.strip())
    text = f" {' '.join(words)} "
    yeses = [p for p in reading.phrases if p.label == "yes"]
    if yeses and (
        # "Oui, je connais Delphine de nom": a bare confirmation beside the name confirms
        # something of the one asked about (the reason's words); a yes of its own beside
        # it ("Ja, Nils würde ich gern kennenlernen") says yes to them.
        (not names.isdisjoint(words) and any(p.text not in book.confirmations for p in yeses))
        or any(stem in text for stem in book.intro_stems)
        or any(f" {w} " in text for w in book.meeting_words)
    ):
        # "Ja, ein Treffen wäre schön" above: a yes beside the matter says both.
        return None
    kept = "\n".join(line for k, line in enumerate(lines) if k not in set(above))
    under = _classify_reply(replace(message, text=kept))
    if under.answer != "no" or not any(e.startswith("no:") for e in under.evidence):
        return None
    return ReplyVerdict(
        "no", under.text, ("under-question", *under.evidence, *(f"above:{e}" for e in evidence))
    )


def _under_question_marked(message: ParsedMessage) -> ReplyVerdict | None:
    """What the writer's answers marked inside an unmarked quote say when each is read
    under the quoted line it stands below (``_answered_under_question``,
    ``_refused_under_question``); None without such answers or when they say both."""
    writer = message.sender.name if message.sender else ""
    quoted = marked_answers_quoted(message.text, writer)
    if quoted is None:
        return None
    marked = replace(message, text=quoted)
    return _answered_under_question(marked) or _refused_under_question(marked)


# "Hapana, sitaki." holds one lower-case word; "Helen Ward" and "No. 0123456" none.
_LINE_PROSE_WORDS = 1
_TAKING_BACK = ("no:", "negated:", "corrected:", "retracted:", "misdirected:")


def _taken_back_below(text: str, message: ParsedMessage) -> tuple[str, ...]:
    """The refusals, negations, corrections and words taking back what was said ("scratch
    that", "olvida lo anterior") in the prose ``text`` holds below the writer's signature
    (reply_below), each marked as found there."""
    writer = message.sender.name if message.sender else ""
    below = without_own_mail(prose_below(text, signature_start(text, writer)))
    # Text under a signature delimiter or a "Sent from my phone" line was cut before
    # the reading ("Yes / Sent from my iPhone / Wait, no. Not interested."): a short
    # sentence there, even a bare "No.", is the writer's again. Footers and signature
    # details take nothing back, so one lower-case word or none makes prose there.
    under_line = prose_below(
        written_below_signature_line(message.text, writer),
        0,
        min_words=_LINE_PROSE_WORDS,
        unread=True,
    )
    below = "\n\n".join(part for part in (below, under_line) if part)
    if not below:
        return ()
    _, told = read_answer(below)
    taken = tuple(f"below-signature:{e}" for e in told if e.startswith(_TAKING_BACK))
    if not taken and bare_negation(under_line):
        # "Yes / Sent from my iPhone / Don't.": alone, a bare "Don't." answers nothing.
        return ("below-signature:negated:bare",)
    return taken


# The evidence of a reply read on below the writer's signature (see _corrected_below).
_CONTINUED_BELOW = "continued-below"
# Evidence of an answer taken back in so many words later in the same text ("ignore
# that", "disregard my last").
_CORRECTIONS = ("misdirected:", "retracted:")


def _corrected_below(signed: str, text: str, writer: str) -> str | None:
    """``signed`` (the text above the writer's signature) with the prose written below
    it (see ``prose_below``) when that prose takes back what was said above and answers
    anew ("No thanks. / Alun / --- hang on, ignore that. ... Of course, yes, happy to
    talk to him."): the later answer is the answer, read with the earlier one as the
    take-back reads it; None when the prose takes nothing back in so many words, the
    signed text already holds the take-back, or says yes: a yes taken back below stays
    unclear ("Oui, volontiers. / Nic / Oublie ce que je viens de dire, je préfère ne
    pas")."""
    below = without_own_mail(prose_below(text, signature_start(text, writer)))
    if not below or not signed.strip():
        return None
    above, told_above = read_answer(signed)
    if above == "yes" or any(e.startswith(_CORRECTIONS) for e in told_above):
        # A yes taken back below is left unclear (see ``_taken_back_below``).
        return None
    joined = f"{signed}\n\n{below}"
    told = read_answer(joined)[1]
    return joined if told and told[0].startswith(_CORRECTIONS) else None


def _with_postscripts(text: str, cut: int, writer: str) -> str:
    """The text above the writer's signature at ``cut``, with each postscript below it
    ("Best,\nRuth\n\nPS: yes to the intro, of course.", "Un abrazo,\nMarta\n\nP.D.: No,
    gracias"): the writer's own text again, read as if written above the sign-off, up to
    the name that may sign it in turn."""
    signed = text[:cut]
    at = postscript_start(text, cut) if cut < len(text) else -1
    while at >= 0:
        rest = text[at:]
        end = signature_start(rest, writer)
        signed = f"{signed}\n\n{rest[:end].strip()}"
        at = postscript_start(text, at + end) if end < len(rest) else -1
    return signed


def _classify_reply(message: ParsedMessage) -> ReplyVerdict:
    """What a reply to the opt-in question answers, read from its new text."""
    writer = message.sender.name if message.sender else ""
    new_text = without_mottos(
        _without_subject_lines(
            extract_new_text(message.text, inline=True, writer=writer), message.subject
        )
    )
    rule = robot_rule(message)
    if rule is not None:
        return ReplyVerdict("auto_reply", new_text, (f"rule:{rule.name}",))
    robots = autoreply_book()
    subject = robots.find("subject", normalise(message.subject))
    if subject is not None:
        return ReplyVerdict("auto_reply", new_text, (f"autoreply-subject:{subject}",))
    # "Please do not reply to this address" under a signed "Yes." is the writer's
    # signature, neither a robot's notice nor a refusal.
    signed = _with_postscripts(new_text, signature_start(new_text, writer), writer)
    normalised = normalise(new_text[:_MAX_CHARS])
    strong = robots.find("strong", normalise(signed[:_MAX_CHARS]))
    if strong is None and not _PUNCTUATION.sub("", new_text):
        # A helpdesk's notice may open with its own "reply above this line", so that
        # nothing is left as new text: a robot's wording anywhere in it still tells.
        strong = robots.find("strong", normalise(message.text[:_MAX_CHARS]))
    others_away = None
    if (
        strong is not None
        and signed.strip()
        and robots.find("strong", normalise(signed[:_MAX_CHARS]), own=True) is None
    ):
        # "In principle yes, but my boss must sign off. She's out of office until
        # Monday": robot wording said of someone else ("he is", "my boss is", "il est")
        # is a person's, whose yes beside it still waits for that one.
        others_away, strong = strong, None
    if strong is not None and _told_beside_go_ahead(signed, strong, message):
        # "ja, gerne - bitte stellen Sie den Kontakt her. ... ich melde mich dann nach
        # meiner Rückkehr bei ihm": a notice's return wording that a person also writes,
        # beside a go-ahead no robot writes, or beside the writer's own yes naming the
        # one asked about ("Ndiyo, nipo tayari kabisa! ... nitafurahi sana kuzungumza na
        # Dr. Achieng ... nitajibu nikirudi"), is the person's own note.
        strong = None
    if strong is not None and _trip_beside_own_yes(signed, message):
        # "Oui, volontiers ! Je serais ravie d'échanger avec Camille. Je suis en
        # déplacement jusqu'au 14 novembre, mais disponible ensuite.": a trip told beside
        # the writer's own yes to the one asked about, which no notice writes.
        strong = None
    if strong is not None and _leave_beside_go_ahead(signed, message):
        # "Je suis en congé jusqu'au 3, mais oui, ravie de rencontrer Erik. Allez-y,
        # mettez-nous en contact.": the writer's own leave beside their go-ahead to
        # introduce them to the one asked about, named, which no notice writes.
        strong = None
    if strong is not None and _leave_beside_opening_yes(signed, message):
        # "Oui, avec plaisir ! Je suis en congés du 3 au 14, je lui écrirai en rentrant.":
        # a holiday told after a yes that answers the question in its first words, and
        # beside the one asked about or a reply to them, which no notice writes.
        strong = None
    if strong is not None and _leave_after_opening_refusal(signed):
        # "J'aurais adoré, mais je ne peux vraiment pas. Je suis en congé sabbatique à
        # Montréal jusqu'en juillet": a refusal in the writer's own words, then the
        # leave as its reason, which no notice writes.
        strong = None
    if strong is not None and _leave_weighed_against_yes(signed):
        # "Ndiyo, lakini tu kama ni kabla ya Ijumaa. Kuanzia Jumamosi niko likizo ...
        # Kama hawezi kabla ya hapo, basi hapana kwa sasa.": a yes held to a time and a
        # no for otherwise, weighed against the writer's own leave, which no notice writes.
        strong = None
    booked = strong is not None and _booked_before_leave(signed, strong, message)
    if booked:
        # "Have Felix grab whatever slot suits him here: <link> / On sabbatical in Lisbon
        # till June so the diary is unusually empty": a booking page handed to the one
        # asked about, named, before the leave is told, which no notice writes.
        strong = None
    if strong is not None:
        return ReplyVerdict("auto_reply", new_text, (f"autoreply:{strong}",))
    dated = _dated_notice(signed) if others_away is None and not booked else None
    if dated is not None:
        # "Ich bin vom 10.11. bis einschließlich 28.11. im Urlaub und lese in dieser Zeit
        # keine Mails. ... Ja, die Zentrale ist ganz normal besetzt.": a dated absence
        # and no mail read is a notice, whose bare "Ja" is about its own business.
        return ReplyVerdict("auto_reply", new_text, (f"autoreply-dated:{dated}",))
    absence = None if booked else robots.find("absence", normalise(signed[:_MAX_CHARS]))
    if absence is not None:
        # "I'd love to, but I'm off on parental leave from Friday and won't be taking on
        # anything new. Sorry!": leave given as the reason for a refusal is a person's;
        # beside anything else ("Yes, someone will respond") it is a robot's notice.
        answer, evidence = read_answer(signed if signed.strip() else new_text)
        # "I'm on sick leave and can't reply at the moment" refuses the mail, not the
        # introduction: that is the notice itself.
        unanswering = robots.find("unanswering", normalised)
        refused = any(e.startswith(("no:", "away-sorry:")) for e in evidence)
        if answer == "no" and not unanswering and refused:
            return ReplyVerdict(answer, new_text, (*evidence, f"refusal-despite:{absence}"))
        handed = robots.hand_off(normalised)
        if handed is not None:
            # "Dr. Lee is on parental leave; I've forwarded your message to her deputy":
            # a person passing the mail on, who answers nothing yet.
            said = "unclear" if answer == "yes" else answer
            return ReplyVerdict(said, new_text, (*evidence, f"hand-off:{handed}"))
        if robots.find("absence", normalise(signed[:_MAX_CHARS]), own=True) is None:
            # "Yes, but my boss is on parental leave": leave said of someone else is
            # told by a person, whose yes beside it still waits for that one.
            said = "unclear" if answer == "yes" else answer
            return ReplyVerdict(said, new_text, (*evidence, f"others-away:{absence}"))
        stopped = _stopped_short(normalise(signed if signed.strip() else new_text))
        if stopped is not None:
            # "Yes! Oh wait, hang on. I just looked at the dates and I'm on maternity leave
            # from a week Monday": a person taking a yes back on seeing the leave.
            said = "unclear" if answer == "yes" else answer
            return ReplyVerdict(said, new_text, (*evidence, f"stopped-short:{stopped}"))
        if not _names_the_other(signed if signed.strip() else new_text, message):
            return ReplyVerdict("auto_reply", new_text, (f"autoreply:{absence}",))
        if answer == "yes" and _goes_ahead(evidence):
            # "I'm on annual leave until the 14th ... yes, I'd like to meet Ines. Please go
            # ahead and I'll pick it up properly when I'm back": the writer's own leave
            # beside their go-ahead to make the introduction now, read as a yes with every
            # doubt weighed, and the one asked about named, which no notice writes.
            return ReplyVerdict("yes", new_text, (*evidence, f"go-ahead-on-leave:{absence}"))
        # Someone who tells of leave, their own or another's, and names the one asked
        # about: a person, whose yes beside the leave still waits for a check.
        said = "unclear" if answer == "yes" else answer
        return ReplyVerdict(said, new_text, (*evidence, f"names-the-other:{absence}"))
    # "Sent from my iPhone" alone is the app's line, no more the writer's text than an
    # empty body: the subject's answer counts as it does for one.
    if not _PUNCTUATION.sub("", new_text) or (
        len(new_text) <= _MAX_FOOTER_CHARS and is_device_footer(new_text)
    ):
        added = subject_answer(message.subject)
        if added:
            answer, evidence = read_answer(added)
            return ReplyVerdict(answer, new_text, ("subject", *evidence))
    body = signed if signed.strip() else new_text
    # "No thanks. / Alun / --- hang on, ignore that. ... Of course, yes, happy to talk to
    # him.": the writer goes on under their name to take back what they said above it.
    corrected = _corrected_below(body, new_text, writer)
    if corrected is not None:
        body = corrected
    answer, evidence = _read_past_notes(body, message)
    asides: tuple[str, ...] = ()
    if answer == "unclear" and _VOCATIVE_ANYWHERE.search(body):
        # "Yes please, happy to meet Dana. ... Ben - did you ever get the invoice?": a
        # sentence to someone else on other business asks nothing of the writer's answer.
        rest, addressed = _addressed_asides(body, message)
        if addressed:
            heard, told = _read_past_notes(rest, message)
            if heard != "unclear" and any(e.startswith(("yes:", "no:")) for e in told):
                body, answer, asides = rest, heard, tuple(f"aside-to:{n}" for n in addressed)
                evidence = (*asides, *told)
    if answer == "yes" and sum(e.startswith("yes:") for e in evidence) > 1:
        # "Yes. Mark would be happy to.": a yes form after a bare yes may be another's,
        # named where a capital proves nothing; the mail's own names tell.
        known = _mail_names(new_text, message)
        if known:
            answer, evidence = _read_past_notes(body, message, known)
            evidence = (*asides, *evidence)
    if corrected is not None:
        evidence = (_CONTINUED_BELOW, *evidence)
    answered = any(e.startswith(("yes:", "no:", "negated:")) for e in evidence)
    if answer != "yes" and not answered and not _asks_back(signed or new_text):
        # Wording a person may also use ("travelling until the 20th") marks a robot only
        # when the text answers nothing and asks nothing back ("Can we revisit once I'm
        # back?"): a robot asks no question about the matter. A plea for understanding
        # ("I'm away until Monday. Thanks for your understanding.") closes a notice as
        # well as a refusal.
        weak = robots.find("weak", normalised)
        if weak is not None:
            # "Estoy de viaje ... Escríbeme la semana que viene y lo vemos": a person
            # taking the matter up later in their own voice is no robot's notice.
            follow_up = robots.find("follow_ups", normalised)
            if follow_up is not None:
                return ReplyVerdict(answer, new_text, (*evidence, f"follow-up:{follow_up}"))
            # "El Sr. Eduardo está de viaje ... Yo creo que sí le va a interesar, pero no
            # puedo decidir por él": a guess at the answer ("creo que sí", "I believe so")
            # is a person's, answering for someone away; no notice guesses.
            if any(e.startswith("guessed:") for e in evidence) or _guessed_for_another(
                normalised, evidence
            ):
                return ReplyVerdict(answer, new_text, (*evidence, f"guessed-beside:{weak}"))
            # "Grundsätzlich ja, aber ... Der ist diese Woche auf Dienstreise": wording said
            # of someone else ("he is", "my boss is", "il est") is a person's, not a notice.
            if robots.find("weak", normalised, own=True) is None:
                return ReplyVerdict(answer, new_text, (*evidence, f"others-away:{weak}"))
            # "I have passed your message on to Dr. Lee. She will respond as soon as
            # possible.": a person passing the mail on writes no robot's notice.
            handed = robots.hand_off(normalised)
            if handed is not None:
                return ReplyVerdict(answer, new_text, (*evidence, f"hand-off:{handed}"))
            if _names_the_other(signed if signed.strip() else new_text, message):
                return ReplyVerdict(answer, new_text, (*evidence, "names-the-other"))
            return ReplyVerdict("auto_reply", new_text, (*evidence, f"autoreply:{weak}"))
    if answer in ("yes", "no"):
        # "RV: ... / Hola Javi, te reenvío esto ... Yo con la tesis no puedo": a forward
        # written to a colleague, the agent in copy, passes the question on; the writer's
        # words are to the colleague, and the answer is still to come.
        colleague = passed_on(body, message, phrase_book())
        if colleague is not None:
            return ReplyVerdict("unclear", new_text, (*evidence, f"passed-on:{colleague}"))
    if answer == "yes" and others_away is not None:
        return ReplyVerdict("unclear", new_text, (*evidence, f"others-away:{others_away}"))
    if answer == "yes":
        # "Oh yes, I'd love to meet Anna!" asked about Daniel Kessler: a yes to meeting
        # someone else, named, answers nothing about the one asked about.
        other = asked_about(message.subject, message.text)
        for name, sentence in named_others(signed if signed.strip() else new_text, other):
            if read_answer(sentence)[0] == "yes":
                return ReplyVerdict("unclear", new_text, (*evidence, f"meets-another:{name}"))
        # "Dear Margaret, / Yes I can do the 9 to 12 shift at the thrift shop": a yes
        # greeted to someone the mail never names, about nothing of the introduction, is
        # an answer meant for another mail.
        greeted = greets_another(body, message, phrase_book(), other)
        if greeted is not None:
            return ReplyVerdict("unclear", new_text, (*evidence, f"greets-another:{greeted}"))
    return ReplyVerdict(answer, new_text, evidence)


def _goes_ahead(evidence: tuple[str, ...]) -> bool:
    """Whether ``evidence`` holds a yes that is a go-ahead to make the introduction now
    ("please go ahead", "go ahead and connect us", "stellen Sie den Kontakt her")."""
    go_aheads = phrase_book().go_aheads
    return any(e.startswith("yes:") and e[4:] in go_aheads for e in evidence)


def _told_beside_go_ahead(signed: str, strong: str, message: ParsedMessage) -> bool:
    """Whether the robot wording in ``signed`` is only a person's note on their return
    (every such phrase is one of the own_timings: "nach meiner Rückkehr", "upon my
    return", "I will reply when I return") beside a go-ahead to make the introduction
    ("bitte stellen Sie den Kontakt her", "please put us in touch") that is read as a
    yes, or beside a yes in the writer's own words, not a bare confirmation ("nipo
    tayari kabisa", "happy to"), in a text that names the one asked about, which no
    notice knows. "Yes. I will reply when I return." stays a notice. The text is then
    read as any reply, where the return wording still doubts a yes beside it."""
    book = phrase_book()
    if strong not in book.own_timings:
        return False
    normalised = normalise(signed[:_MAX_CHARS])
    rest = normalised
    for timing in book.own_timings:
        if timing in rest:
            rest = rest.replace(timing, " ")
    if autoreply_book().find("strong", rest) is not None:
        return False
    _, evidence = read_answer(signed)
    if _goes_ahead(evidence):
        return True
    own = any(e.startswith("yes:") and e[4:] not in book.confirmations for e in evidence)
    return own and _names_the_other(signed, message)


def _dated_notice(signed: str) -> str | None:
    """The notice's wording, when ``signed`` tells of the writer's own absence (weak,
    absence or trips wording, not said of someone else), dates it (a number after one of
    the date_leads: "vom 10.11. bis 28.11.", "until the 28th") and says no mail is read
    meanwhile (unanswering: "lese in dieser Zeit keine Mails", "won't be reading
    email"): a notice, even without headers and beside a bare "Ja" about its own
    business. None where the text refuses, or says yes in words of the writer's own,
    not a bare confirmation ("Happy to meet her! I'm away from 3 to 9 May and won't be
    reading email"): a person's note beside an answer is read for the answer; nor where
    the writer passes the mail on ("I've forwarded this to ...")."""
    robots = autoreply_book()
    normalised = normalise(signed[:_MAX_CHARS])
    unanswering = robots.find("unanswering", normalised, own=True)
    if unanswering is None or robots.dated(normalised) is None:
        return None
    away = (
        robots.find("weak", normalised, own=True)
        or robots.find("absence", normalised, own=True)
        or robots.find("trips", normalised, own=True)
    )
    if away is None or robots.hand_off(normalised) is not None:
        return None
    answer, evidence = read_answer(signed)
    confirmations = phrase_book().confirmations
    if answer == "no" or any(
        e.startswith("yes:") and e[len("yes:") :] not in confirmations for e in evidence
    ):
        return None
    return f"{away} / {unanswering}"


def _trip_beside_own_yes(signed: str, message: ParsedMessage) -> bool:
    """Whether every notice's wording in ``signed`` is the writer's trip (trips: "je
    suis en déplacement jusqu'au", "I'm on a business trip until", "ich bin auf
    Dienstreise") and the text says yes in words of its own, not a bare confirmation
    ("volontiers", "happy to meet her"), and names the one asked about: a person telling
    where they are beside their answer. "Oui. Je suis en déplacement jusqu'au 12." stays a
    notice, and so does a trip beside other notice wording."""
    robots = autoreply_book()
    normalised = normalise(signed[:_MAX_CHARS])
    if robots.find("trips", normalised) is None:
        return False
    rest = normalised
    while (trip := robots.find("trips", rest)) is not None:
        rest = rest.replace(trip, " ")
    if robots.find("strong", rest) is not None:
        return False
    book = phrase_book()
    _, evidence = read_answer(signed)
    own = any(e.startswith("yes:") and e[4:] not in book.confirmations for e in evidence)
    return own and _names_the_other(signed, message)


# How many words may come before the answer word that opens a reply ("Hola Ana, sí, ...").
_OPENING_WORDS = 3


def _only_own_leave(signed: str, *, unanswered_too: bool) -> bool:
    """Whether every notice's wording in ``signed`` is the writer's own leave or trip
    (leaves, trips: "je suis en congés", "niko likizo"), one leave at least, no other
    notice wording is left (nor, with ``unanswered_too``, mail said to go unread) and
    none is passed on: wording a person also writes, that alone marks no notice."""
    robots = autoreply_book()
    normalised = normalise(signed[:_MAX_CHARS])
    if robots.find("leaves", normalised) is None:
        return False
    rest = normalised
    while (leave := robots.find("leaves", rest) or robots.find("trips", rest)) is not None:
        rest = rest.replace(leave, " ")
    return not (
        robots.find("strong", rest) is not None
        or (unanswered_too and robots.find("unanswering", normalised) is not None)
        or robots.find("absence", normalised) is not None
        or robots.hand_off(normalised) is not None
    )


def _own_leave_opening(signed: str, *, unanswered_too: bool) -> str | None:
    """The first sentence of ``signed`` when every notice's wording in it is the writer's
    own leave or trip (``_only_own_leave``) and that sentence opens with one of the
    confirmations among its first words ("Oui, avec plaisir !", "Ndiyo, lakini tu kama
    ..."), which no notice opens with; else None."""
    if not _only_own_leave(signed, unanswered_too=unanswered_too):
        return None
    book = phrase_book()
    first = re.split(r"[.!?\n]", signed.strip(), maxsplit=1)[0]
    opening = book.read(normalise(first))
    words = [i for i, t in enumerate(opening.tokens) if t.strip() and not opening.breaks[i]]
    if not any(opening.tokens[i] in book.confirmations for i in words[:_OPENING_WORDS]):
        return None
    return first


def _leave_beside_go_ahead(signed: str, message: ParsedMessage) -> bool:
    """Whether ``signed`` is a person's go-ahead beside their own holiday: every notice's
    wording in it is the writer's own leave or trip (see ``_only_own_leave``; no mail
    said to go unread), the text read whole says yes with one of the go_aheads ("Allez-y,
    mettez-nous en contact", "Ponnos en contacto", "Unaweza kututambulisha") and names
    the one asked about, which no notice does. "Je suis en congés jusqu'au 3. Allez-y."
    names no one and stays a notice."""
    if not _only_own_leave(signed, unanswered_too=True):
        return False
    answer, evidence = read_answer(signed)
    return answer == "yes" and _goes_ahead(evidence) and _names_the_other(signed, message)


def _leave_beside_opening_yes(signed: str, message: ParsedMessage) -> bool:
    """Whether ``signed`` is a person's yes beside their own holiday: every notice's
    wording in it is the writer's own leave or trip (leaves: "je suis en congés", "estoy
    de vacaciones", "nach meiner Rückkehr"; trips), no other notice wording is left, no
    mail is said to go unread and none is passed on; its first sentence answers the
    question as a person does, one of the confirmations among its first words and a yes
    in words of its own beside it ("Oui, avec plaisir !", "Sí, encantada.", "Ja,
    gerne!"), which no notice opens with; and the text names the one asked about, speaks
    of the introduction or a meeting (intro_stems, meeting_words), or of replying
    (other_replies, own_replies: "je lui écrirai", "le escribo a la vuelta"). "Oui. Je
    suis en congés du 3 au 14." and "Je suis en congés ... Pour toute urgence, contactez
    ..." stay notices."""
    first = _own_leave_opening(signed, unanswered_too=True)
    if first is None:
        return False
    book = phrase_book()
    normalised = normalise(signed[:_MAX_CHARS])
    answer, evidence = read_answer(first)
    if answer != "yes" or not any(
        e.startswith("yes:") and e[4:] not in book.confirmations for e in evidence
    ):
        return False
    if _names_the_other(signed, message) or any(stem in normalised for stem in book.intro_stems):
        return True
    tokens = tuple(t for t in book.read(normalised).tokens if t.strip())
    if any(f" {w} " in f" {' '.join(tokens)} " for w in book.meeting_words):
        return True
    return any(
        tokens[i : i + len(phrase)] == phrase
        for i, token in enumerate(tokens)
        for replies in (book.other_replies, book.own_replies)
        for phrase in replies.get(token, ())
    )


# The evidence of a no given for the case a condition fails ("if he can't before then,
# then no for now", "si no puede antes, entonces no por ahora").
_CONDITIONED_NO = ("conditioned-refusal:", "conditional-refusal:", "branch:")


def _booked_before_leave(signed: str, strong: str, message: ParsedMessage) -> bool:
    """Whether ``signed`` hands a booking page to the one asked about, named, in the
    sentences before the first that holds the notice's wording ``strong``, and those
    sentences say yes: "Have Felix grab whatever slot suits him here: <link> / On
    sabbatical in Lisbon till June". A notice knows no name; one that offers its
    booking page ("I am on sabbatical until June. To book a slot on my return:
    <link>") tells it after its leave, or names no one, and stays a notice."""
    normalised = normalise(signed[:_MAX_CHARS])
    where = normalised.find(strong)
    if where <= 0:
        return False
    before = normalised[: max(normalised.rfind(end, 0, where) for end in ".!?:\n") + 1]
    if not before.strip():
        return False
    book = phrase_book()
    asked = asked_about(message.subject, message.text)
    if not names_booking(book.read(before), book, asked):
        return False
    return read_answer(before, asked=asked)[0] == "yes"


def _leave_after_opening_refusal(signed: str) -> bool:
    """Whether ``signed`` is a person's refusal beside their own leave: every notice's
    wording in it is the writer's own leave or trip (``_only_own_leave``), no mail is
    said to go unread; its first sentence, past a greeting ("Cher Pieter,"), holds no
    such wording, does not say the writer is away or out of reach (unavailable: "Je ne
    suis pas disponible actuellement." opens a notice) and refuses in the writer's own
    words ("J'aurais adoré, mais je ne peux vraiment pas.", "Ningependa, lakini siwezi
    kabisa.", "Malheureusement non."), which no notice opens with; and the whole text
    reads no. The leave after it is the reason.
    "Je suis en congé jusqu'en juillet. Je ne pourrai pas répondre avant mon retour."
    stays a notice."""
    if not _only_own_leave(signed, unanswered_too=True):
        return False
    book = phrase_book()
    sentences = [s for s in re.split(r"[.!?\n]", signed.strip()) if s.strip()]
    while sentences and _is_greeting(sentences[0], book):
        sentences.pop(0)
    if not sentences:
        return False
    first = normalise(sentences[0])
    robots = autoreply_book()
    if any(robots.find(kind, first) is not None for kind in ("leaves", "trips", "unavailable")):
        # "Je ne suis pas disponible actuellement." opens a notice: the writer away, no
        # refusal of the introduction.
        return False
    opened, said = read_answer(sentences[0])
    if opened != "no" or not any(e.startswith("no:") for e in said):
        return False
    return read_answer(signed)[0] == "no"


def _is_greeting(sentence: str, book: PhraseBook) -> bool:
    """Whether ``sentence`` is a greeting line ("Cher Pieter,", "Habari Zuhura,"): one
    of the greetings and at most a few words after it."""
    words = _PUNCTUATION.sub(" ", normalise(sentence)).split()
    if not words or len(words) > _GREETING_WORDS:
        return False
    joined = " ".join(words)
    return any(joined == g or joined.startswith(f"{g} ") for g in book.greetings)


# "Dear Anne-Sophie Lambert", "Bom dia, Ana Lopes": a greeting and the name it greets.
_GREETING_WORDS = 5


def _leave_weighed_against_yes(signed: str) -> bool:
    """Whether ``signed`` is a person's yes held to a condition beside their own leave:
    every notice's wording in it is the writer's leave or trip (leaves, trips), no other
    notice wording is left and none is passed on; its first sentence opens with one of
    the confirmations and holds it to a condition ("Yes, but only if it's before
    Friday", "Ndiyo, lakini tu kama ni kabla ya Ijumaa", "Sí, pero solo si es antes del
    viernes"); and the text says no for the case the condition fails ("If he can't
    before then, then no for now"). No notice answers the question, let alone weighs
    it; the text is then read as any reply, which leaves such a yes unclear. "Ndiyo.
    Niko likizo hadi tarehe 20." stays a notice."""
    first = _own_leave_opening(signed, unanswered_too=False)
    if first is None:
        return False
    held, said = read_answer(first)
    if held != "unclear" or not any(e.startswith("hedge:") for e in said):
        return False
    _, evidence = read_answer(signed)
    return any(e.startswith(_CONDITIONED_NO) for e in evidence)


def _mail_names(text: str, message: ParsedMessage) -> frozenset[str]:
    """The names the mail gives that ``text`` writes with a capital, normalised: the one
    the introduction is about, as the question names them ("Would you like an
    introduction to Mark Jones?"), the people of its From, To and Cc, and the names in
    the writer's signature ("Assistant to Anna Weber"). Words of answer phrases ("Intro
    Agent") and titles are none."""
    book = phrase_book()
    sources = [asked_about(message.subject, message.text)]
    sources += [a.name for a in (*message.from_, *message.to, *message.cc)]
    writer = message.sender.name if message.sender else ""
    read = set(text.splitlines())
    signed = extract_new_text(message.text, strip_signature=False, inline=True, writer=writer)
    sources += [line for line in signed.splitlines() if line not in read]
    written = set(_CAPITALISED.findall(text))
    words = {w for source in sources for w in _CAPITALISED.findall(source)}
    return frozenset(
        normalise(w)
        for w in words & written
        if not book.is_answer_word(normalise(w)) and normalise(w) not in book.name_titles
    )


# A word written with a capital: "Mark", "Jones", "Émilie".
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b")


def _names_the_other(text: str, message: ParsedMessage) -> bool:
    """Whether the text names the one the introduction is about as someone to meet ("I
    would imagine she'd be open to meeting Mr Lindqvist, but I'm not able to confirm
    anything on her behalf. She is back on 2 June"): a person who read the question
    writes about it, whatever absence they tell of; a robot's notice knows no name."""
    return names_asked_about(text, asked_about(message.subject, message.text))


def _guessed_for_another(normalised: str, evidence: tuple[str, ...]) -> bool:
    """Whether a yes said of someone else stands beside one of the guess_leads: "I'm sure
    Mr. Hartmann would be delighted - he's travelling until Thursday and isn't really
    checking email", a person guessing for someone away, as "I believe so" is; no
    notice guesses."""
    if not any(e.startswith("someone-else:") for e in evidence):
        return False
    return any(
        re.search(rf"(?<!\w){re.escape(lead)}(?!\w)", normalised)
        for lead in phrase_book().guess_lead_texts
    )


def _read_past_notes(
    text: str, message: ParsedMessage, known: frozenset[str] = frozenset()
) -> tuple[TextAnswer, tuple[str, ...]]:
    """The answer the text gives once its notes to someone copied in are set aside.

    A paragraph that opens with the first name of another recipient of the mail (To
    or Cc, not the writer) and a comma, colon or dash, and holds a note of copying them
    in (copy_notes), speaks to them ("Ravi - copying you so it's on your radar. No need
    to do anything yet ...", "Claire, je te mets en copie : si ça se fait, c'est toi qui
    gères le devis."): another matter, whose name is no answer word (French "ravi").
    Not a name found in the quoted mail too (the one who asked is named there), not a
    note that asks something or speaks of the introduction or a meeting (intro_stems:
    "Ravi, copying you: should I meet him?"), and only when the rest answers."""
    sender = message.sender.key if message.sender else ""
    other = asked_about(message.subject, message.text)
    names = {
        normalise(a.name.split()[0])
        for a in (*message.to, *message.cc)
        if a.name.strip() and a.key != sender
    }
    if not names:
        return read_answer(text, known, other)
    book = phrase_book()
    paragraphs = _PARAGRAPHS.split(text)
    notes: list[tuple[int, str]] = []
    whole = ""
    for k, paragraph in enumerate(paragraphs):
        booked = _scheduling_note(paragraph, names, book)
        if booked is not None:
            whole = whole or normalise(message.text)
            if whole.count(normalise(booked)) <= normalise(text).count(normalise(booked)):
                notes.append((k, booked))
                continue
        opening = _ADDRESSED.match(paragraph)
        if opening is None or normalise(opening.group("name")) not in names:
            continue
        folded = normalise(paragraph)
        if (
            "?" in folded
            or not any(note in folded for note in book.copy_notes)
            or any(stem in folded for stem in book.intro_stems)
        ):
            continue
        # "Janet - copying you in. Only if he checks out though.": a condition on the
        # other, not on the matter working out ("si ça se fait", "falls es klappt").
        if _conditioned_on_other(book.read(folded), book):
            continue
        name = normalise(opening.group("name"))
        whole = whole or normalise(message.text)
        if whole.count(name) > normalise(text).count(name):
            continue
        notes.append((k, opening.group("name")))
    if notes:
        skipped = {k for k, _ in notes}
        answer, evidence = read_answer(
            "\n\n".join(p for k, p in enumerate(paragraphs) if k not in skipped), known, other
        )
        if any(e.startswith(("yes:", "no:", "negated:")) for e in evidence):
            return answer, (*(f"note-to:{name}" for _, name in notes), *evidence)
    answer, evidence = read_answer(text, known, other)
    if (
        answer == "unclear"
        and book.calendar_asks is not None
        and book.calendar_asks.search(normalise(text))
    ):
        handed = _handed_to_schedule(text, paragraphs, names, message, book)
        if handed is not None:
            return "yes", (f"schedule-to:{handed}",)
    return answer, evidence


def _handed_to_schedule(
    text: str, paragraphs: list[str], names: set[str], message: ParsedMessage, book: PhraseBook
) -> str | None:
    """The first name of the recipient asked to put the meeting offered in the writer's
    calendar, when the reply does only that; None otherwise.

    A paragraph that opens with the first name of another recipient (To or Cc, not the
    writer, named nowhere in the quoted mail) and a comma, colon or dash, and holds one
    of the calendar_asks ("Kate, please get this on my calendar - 30 mins, Zoom is
    fine."), with no question mark, no negation and no phrase that answers, doubts,
    turns or asks, hands the meeting to them to arrange: a yes, provided the rest of the
    reply answers, doubts and asks nothing. "Kate, please don't get this on my
    calendar", "Kate, if he's legit, get this on my calendar" and "Kate, can you get
    this on my calendar?" stay unclear."""
    assert book.calendar_asks is not None
    whole = normalise(message.text)
    for k, paragraph in enumerate(paragraphs):
        opening = _ADDRESSED.match(paragraph)
        if opening is None:
            continue
        name = normalise(opening.group("name"))
        if name not in names or whole.count(name) > normalise(text).count(name):
            continue
        folded = normalise(paragraph)
        if "?" in folded or not book.calendar_asks.search(folded):
            continue
        reading = book.read(folded[opening.end() :])
        # A deferral lead with no date after it ("en visio") puts nothing off.
        if any(book.is_negator(t) for t in reading.tokens) or any(
            p.label not in ("yes", "neutral")
            and not (p.label == "deferral" and not _date_follows(reading, p, book))
            for p in reading.phrases
        ):
            continue
        rest = "\n\n".join(p for j, p in enumerate(paragraphs) if j != k)
        answer, evidence = read_answer(rest)
        if answer == "unclear" and set(evidence) <= {"empty"}:
            return opening.group("name")
    return None


# A device footer is one short line ("Sent from my iPhone", "Imetumwa kutoka kwa Samsung").
_MAX_FOOTER_CHARS = 80
# A robot's notice may ask a word or three ("Urgent?", "Need help fast?"); a longer
# question is a person's.
_MIN_QUESTION_WORDS = 4
_QUESTIONS = re.compile(r"[^.!?\n]*\?")


def _asks_back(text: str) -> bool:
    """Whether the text asks a question of some length ("Can we revisit once I'm back?")."""
    return any(
        len(_PUNCTUATION.sub(" ", q).split()) >= _MIN_QUESTION_WORDS
        for q in _QUESTIONS.findall(text[:_MAX_CHARS])
    )
