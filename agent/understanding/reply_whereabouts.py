"""Notes after a yes on the writer's own time, whereabouts and replying.

Notes on the writer's own time beside a go-ahead, where they are ("I'm on site till 6"),
how fast they reply, when they will reply to the other, and stretches out of reach of
mail.
"""

from __future__ import annotations

from agent.understanding.reply_deferrals import _dated
from agent.understanding.reply_negation import _negated, _negated_after, _yes_sentences
from agent.understanding.reply_others import _INNER_CAPITAL
from agent.understanding.reply_phrases import Phrase, PhraseBook, Reading, normalise
from agent.understanding.reply_words import (
    _covered,
    _followed_in_clause,
    _holds_gapped,
    _is_date,
    _is_word,
    _said_in_order,
    _sentence_end,
    _sentence_start,
    _time_word,
    _word_is,
)


def _own_notes(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the notes on the writer's own time beside a go-ahead now start: "Yes - please
    do, I've got room from December.", "Happy to - I'm travelling until the 12th so I may
    be slow to respond, but do go ahead and connect us.", "Volontiers ! ... je lui
    répondrai à mon retour mais vous pouvez nous mettre en contact dès maintenant."

    A note is one of the own_timings or a deferral lead with a date after it, in a
    stretch bounded by pauses and contrasts whose subject, the first met going back from
    it there, is the writer (own_subjects); one of the go_aheads, not negated, stands in
    the reply outside that stretch. A contrast that opens the stretch of one of the
    own_timings after a go-ahead is the note's too ("Please go ahead - though I'm on
    nights till Sunday so might be slow to reply"). "Please do, from December.", "Please
    do introduce us in January.", "Please do, but only when I'm back." and "Please do,
    but please wait until after the 15th" hold none."""
    goes = [
        p
        for p in reading.phrases
        if p.label == "yes"
        and (p.text in book.go_aheads or p.text in book.permission_leads)
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]
    if not goes:
        return frozenset()
    bounds = {p.start for p in reading.phrases if p.label == "contrast"}
    out: set[int] = set()
    for phrase in reading.phrases:
        if not (
            (phrase.label == "hedge" and phrase.text in book.own_timings)
            or (phrase.label == "deferral" and _dated(reading, phrase, book))
        ):
            continue
        start = phrase.start
        while start > 0 and not reading.breaks[start - 1] and start - 1 not in bounds:
            start -= 1
        end = phrase.end
        while end < len(reading.tokens) and not reading.breaks[end] and end not in bounds:
            end += 1
        at = next(
            (
                i
                for i in range(phrase.start - 1, start - 1, -1)
                if reading.tokens[i] in book.own_subjects
                or reading.tokens[i] in book.thing_subjects
                or reading.tokens[i] in book.other_subjects
            ),
            None,
        )
        if at is not None:
            at = _object_of_own(reading, book, at, start)
        subject = None if at is None else reading.tokens[at]
        inside = [g for g in goes if start <= g.start < end]
        if inside and not _opened_after(inside, at, phrase, book, subject):
            continue
        if (
            subject in book.own_subjects
            or phrase.text in book.own_verb_timings
            or (subject is None and _talk_before(reading, book, phrase, start))
        ):
            # "... y tardaré en responder": a verb of the first person names the writer.
            out.add(phrase.start)
            if (
                phrase.label == "hedge"
                and start - 1 in bounds
                and any(g.end <= start - 1 for g in goes)
            ):
                # "Go ahead, though I might be slow to reply": the contrast opening a
                # note on the writer's replying sets that pace against the go-ahead,
                # and limits nothing it allows.
                out.add(start - 1)
    return frozenset(out)


# How many words may stand between the writer and what their verb is done to ("I'll
# pick it up", "I'll look into it").
_OBJECT_REACH = 3


def _object_of_own(reading: Reading, book: PhraseBook, at: int, start: int) -> int:
    """Where the subject of the note is, given the subject word met first going back
    from it at ``at``: a thing word with no verb joined to it ("it", "das", "isso", not
    "it's") that the writer's subject stands a few words before, in the stretch from
    ``start``, is the object of the writer's verb ("I'll pick it up properly when I'm
    back", "I'll look into it"), and the writer the subject; any other
    word is the subject itself."""
    token = reading.tokens[at]
    if token not in book.thing_subjects or "'" in token:
        return at
    for i in range(at - 1, max(start, at - 1 - _OBJECT_REACH) - 1, -1):
        word = reading.tokens[i]
        if word in book.own_subjects:
            return i
        if word in book.thing_subjects or word in book.other_subjects or not word.isalpha():
            return at
    return at


def _opened_after(
    inside: list[Phrase], at: int | None, phrase: Phrase, book: PhraseBook, subject: str | None
) -> bool:
    """Whether the note ``phrase``, in a stretch that also holds the go-aheads
    ``inside`` (no pause between them: a dictated "go ahead and connect us I'm driving
    right now so I'll follow up properly when I get back"), opens a clause of its own
    after them: the writer is its subject (the note's own verb, "respondo quando",
    "nitajibu nikirudi", or else the word at ``at``), standing after every go-ahead.
    "Go ahead and connect us when I get back" and "pode nos apresentar quando eu
    voltar" time the go-ahead itself, and doubt it."""
    if phrase.text in book.own_verb_timings:
        opening = phrase.start
    elif subject in book.own_subjects and at is not None:
        opening = at
    else:
        return False
    return all(g.end <= opening for g in inside)


def _talk_before(reading: Reading, book: PhraseBook, phrase: Phrase, start: int) -> bool:
    """Whether the dated deferral ``phrase``, in a stretch from ``start`` that names no
    subject, goes on a yes to talking that opens its sentence, its subject the writer
    left unsaid: "Happy to talk type rating prep with him, realistically from the 18th
    when I'm home" is when the writer can talk. The yes holds one of the meeting_words
    ("happy to talk") or one within ``_TALK_AFTER_YES`` words after it ("encantado de
    hablar", "nitafurahi kuzungumza"), is not negated, and nothing but neutral
    phrases stands between it and the deferral. "He's happy to talk from the 18th" opens
    with another subject; "Happy to talk, but maybe from the 18th" doubts."""
    opening = _sentence_start(reading, phrase.start)
    before = [p for p in reading.phrases if opening <= p.start and p.end <= phrase.start]
    talk = next((p for p in before if p.label == "yes"), None)
    if talk is None:
        return False
    if any(_is_word(reading, i) for i in range(opening, talk.start)):
        return False
    if _negated(reading, talk, book) or _negated_after(reading, talk, book):
        return False
    if any(p is not talk and p.label != "neutral" for p in before):
        return False
    # The talking may follow the yes ("encantado de hablar", "nitafurahi kuzungumza").
    words = [reading.tokens[i] for i in range(talk.start, phrase.start) if _is_word(reading, i)]
    said = f" {' '.join(words[: len(talk.text.split()) + _TALK_AFTER_YES])} "
    return any(f" {w} " in said for w in book.meeting_words)


# How many words after a yes may name the talking it is to ("encantado de hablar").
_TALK_AFTER_YES = 2


def _whereabouts_notes(reading: Reading, book: PhraseBook, written: str) -> frozenset[int]:
    """Where the contrasts and doubts of the writer's notes on their own whereabouts and
    replying start, after a yes said in an earlier sentence: "No problem, go ahead. I'm
    on site till 6 but will reply tonight", "Ja, gerne. Ich bin allerdings ab dem 20.11.
    im Urlaub, am besten melden wir uns also vorher.", "Ndiyo. Niko safarini Arusha
    wiki hii, lakini nitajibu jioni."

    A note is a sentence with a contrast that opens with the writer's whereabouts
    (own_whereabouts, words in order, the writer their subject: "I'm on site", "je suis
    en déplacement", "niko safarini"; or a place named: "I'm in Arusha this week", see
    ``_place``) and, after both, names the writer's replying
    (own_replies: "will reply", "je vous réponds", "nitajibu"), says the writer can be
    reached or is free after it (own_reaches: "but reachable by phone", "mais disponible
    ensuite", "lakini simu inafanya kazi") or offers a call in its place (own_offers: "je
    peux faire un appel", "I can do a call"), followed only by reply_fillers, date_words,
    time words and numbers ("tonight", "jioni", "also vorher") and the other invited to
    call (call_invites: "elle peut m'appeler directement"), with only the writer or such
    words between the contrast and it; only a time, or one word closed by a comma
    opening the sentence (the one addressed: "Renata, tô em reunião até umas 16h mas
    depois fico livre"), may stand before the whereabouts ("Wiki hii niko Arusha na
    wageni lakini ..."). Its sentence
    (a date's dot ends none: "ab dem 20.11. im Urlaub") holds no yes, refusal,
    question, condition, negation or intro_stems outside the whereabouts themselves (the
    writer "in meetings" names no meeting with the other), and no doubt but the
    replying, one of the own_timings or a deferral lead: "Yes. I'm away, but will reply
    with my decision",
    "Yes, but I'm away so maybe later", "Yes. I'm travelling, but my boss will reply"
    and "Sure, I'm on site till 6 but will reply tonight" (the yes's own sentence)
    still doubt."""
    tokens = reading.tokens
    # "I'm in" answers only closing its clause: in "I'm in Arusha" it is the whereabouts.
    placed = {
        p.start
        for p in reading.phrases
        if p.text in book.closing_only and _followed_in_clause(reading, p.end)
    }
    yes_sentences = [
        _sentence_start(reading, p.start)
        for p in reading.phrases
        if p.label == "yes"
        and p.start not in placed
        and not _negated(reading, p, book)
        and not _negated_after(reading, p, book)
    ]
    if not yes_sentences:
        return frozenset()
    out: set[int] = set()
    for contrast in reading.phrases:
        if contrast.label != "contrast":
            continue
        start = _sentence_start(reading, contrast.start)
        end = _sentence_end(reading, start)
        while (
            end + 1 < len(tokens)
            and tokens[end] == "."
            and any(ch.isdigit() for ch in tokens[end - 1])
            and "\n" not in tokens[end + 1]
        ):
            # "ab dem 20.11. im Urlaub": a date's dot ends no sentence.
            end = _sentence_end(reading, end + 1)
        if min(yes_sentences) >= start or start in yes_sentences:
            continue
        words = tokens[start:end]
        # "Niko Marsabit hadi Ijumaa, mtandao si mzuri lakini nitajibu": the
        # network failing where the writer is, told before the turn; its negation is the
        # network's.
        lack = _lack_clause(reading, start, contrast, book)
        told = lack[1] if lack else frozenset()
        if "?" in words or any(
            book.is_negator(tokens[i]) for i in range(start, end) if i not in told
        ):
            continue
        stop = lack[0] if lack else contrast.start
        lack_at = lack[0] if lack else -1
        # A time told inside the whereabouts ("ich bin allerdings ab Montag eine Woche im
        # Urlaub") puts no distance between its words.
        away = (
            _said_in_order(
                reading,
                start,
                end,
                book.own_whereabouts,
                lambda t: _time_word(t, book) or _is_date(t, book),
            )
            or _place(reading, start, stop, book, written)
            or _place(
                reading, start, _inner_reach_pause(reading, start, contrast, book), book, written
            )
        )
        if away is None or not all(
            _time_word(reading.tokens[i], book)
            or reading.tokens[i] in book.place_links
            or _addressed_word(reading, start, i)
            for i in range(start, away[0][0])
            if _is_word(reading, i)
        ):
            # "Wiki hii niko Arusha ...", "This week I'm in Leeds ...": only a time may
            # stand before the whereabouts.
            continue
        turned = max(away[0][1], contrast.end)
        reply = _said_in_order(reading, turned, end, book.own_replies) or _said_in_order(
            reading, turned, end, book.own_reaches
        )
        if reply is None and away[0][1] < contrast.start:
            # "Bin abends im Proberaum, Handy ist aber immer an": a German contrast stands
            # inside the clause it turns, among the reach's own words.
            inner = _said_in_order(reading, away[0][1], end, book.own_reaches)
            if inner is not None and inner[0][0] < contrast.start < inner[0][1]:
                reply = inner
        offer = None
        if reply is None:
            offer = reply = _said_in_order(reading, turned, end, book.own_offers)
        if reply is None:
            continue
        # "... mais disponible ensuite, elle peut m'appeler directement": the other invited
        # to call the writer, after the replying.
        invite = _said_in_order(reading, reply[0][1], end, book.call_invites)
        skipped = set(range(*invite[0])) if invite else set()
        # The reply or call, read whole, sets no condition ("on peut se parler": no "se",
        # "if"); nothing else in the sentence may.
        # A word of "if" inside the network's clause, not opening it, is none ("mtandao
        # si mzuri": the Swahili "is not").
        outside = (
            *(tokens[i] for i in range(start, reply[0][0]) if i not in told or i - 1 == lack_at),
            *tokens[reply[0][1] : end],
        )
        if not book.conditionals.isdisjoint(outside):
            continue
        # The call offered names a meeting, and the channel after it may ("por teléfono");
        # so do the writer reached by phone and the other invited to call; nothing else in
        # the sentence may.
        # The whereabouts are the writer's own ("I'm in meetings till 4", "tô em
        # reunião"), no meeting with the other.
        named = skipped | set(range(*away[0]))
        rest = (
            " ".join(tokens[i] for i in range(start, offer[0][0]) if i not in named)
            if offer
            else " ".join(
                tokens[i]
                for i in range(start, end)
                if i not in named and not reply[0][0] <= i < reply[0][1]
            )
        )
        if any(stem in rest for stem in book.intro_stems):
            continue
        between = [tokens[i] for i in range(contrast.end, reply[0][0]) if _is_word(reading, i)]
        after = [
            tokens[i] for i in range(reply[0][1], end) if _is_word(reading, i) and i not in skipped
        ]
        if contrast.end > away[0][1] and any(t not in book.own_subjects for t in between):
            continue
        if not all(
            t in book.reply_fillers
            or t in book.time_words
            or _is_date(t, book)
            or t in book.own_subjects
            for t in after
        ):
            continue
        inside = [p for p in reading.phrases if start <= p.start < end]
        if not all(
            p.label in ("contrast", "neutral")
            or p.label == "deferral"
            or (p.label == "hedge" and p.text in book.own_timings)
            or (p.label == "hedge" and reply[0][0] <= p.start < reply[0][1])
            or (p.label in ("hedge", "no") and p.start in told)
            or p.start in placed
            for p in inside
        ):
            continue
        out.update(p.start for p in inside if p.label != "neutral")
    return frozenset(out)


def _addressed_word(reading: Reading, start: int, index: int) -> bool:
    """Whether the word at ``index`` is the one word opening the sentence from ``start``,
    a comma right after it ("Renata, ...", the one addressed)."""
    words = [i for i in range(start, index + 1) if _is_word(reading, i)]
    after = next(
        (i for i in range(index + 1, len(reading.tokens)) if reading.tokens[i].strip()), None
    )
    return words == [index] and after is not None and reading.tokens[after] == ","


# How many words the clause telling of the writer's network may hold ("la señal no es
# muy buena").
_LACK_WORDS = 6


def _lack_clause(
    reading: Reading, start: int, contrast: Phrase, book: PhraseBook
) -> tuple[int, frozenset[int]] | None:
    """The clause right before a note's contrast, in the sentence from ``start``, that
    tells of the writer's means of being reached failing where they are ("Niko Marsabit
    hadi Ijumaa, mtandao si mzuri lakini nitajibu", "I'm in Turkana till the 15th,
    the signal isn't great but I'll reply"), as the comma that opens it and its tokens:
    from the last comma before the contrast, at most ``_LACK_WORDS`` words, naming one of
    the reach_lacks and no channel beside it (contact_choice_words: "no calls" rules a
    way of reaching the writer out, which is no lack). Its negation and doubt bear on the
    network, not on the yes. None when there is none."""
    tokens = reading.tokens
    # The comma a German contrast follows closes the clause ("das Netz ist nicht gut,
    # aber ich melde mich").
    close = contrast.start
    while close - 1 > start and (tokens[close - 1] == "," or not tokens[close - 1].strip()):
        close -= 1
    comma = next((i for i in range(close - 1, start, -1) if tokens[i] == ","), None)
    if comma is None:
        return None
    words = [tokens[i] for i in range(comma + 1, close) if _is_word(reading, i)]
    if (
        len(words) > _LACK_WORDS
        or not any(w in book.reach_lacks for w in words)
        or any(w in book.contact_choice_words and w not in book.reach_lacks for w in words)
        # "... can't meet on this network but ...": a refusal or a meeting is no lack.
        or any(w in book.meeting_words for w in words)
        or _said_in_order(reading, comma + 1, close, book.refusal_words) is not None
        or any(
            comma < p.start < close
            and p.label not in ("hedge", "neutral")
            and not _inner_negator(reading, p, close, book)
            for p in reading.phrases
        )
    ):
        return None
    return comma, frozenset(range(comma + 1, close))


def _inner_negator(reading: Reading, phrase: Phrase, stop: int, book: PhraseBook) -> bool:
    """Whether a refusal read in a clause ending at ``stop`` is a bare negator inside it,
    words of the clause after it ("la señal no es muy buena", "o sinal não é bom"): it
    negates what the clause says of the network; a "no" that closes it ("señal, no")
    may answer."""
    return (
        phrase.label == "no"
        and phrase.end - phrase.start == 1
        and book.is_negator(reading.tokens[phrase.start])
        and any(_is_word(reading, i) for i in range(phrase.end, stop))
    )


def _whereabouts_lacks(reading: Reading, turns: frozenset[int], book: PhraseBook) -> frozenset[int]:
    """The tokens of the clauses telling of the writer's network failing (see
    ``_lack_clause``) inside the notes on the writer's whereabouts whose contrasts start
    at one of ``turns`` (see ``_whereabouts_notes``): their negators ("the signal isn't
    great") bear on the network, not on the yes."""
    out: set[int] = set()
    for phrase in reading.phrases:
        if phrase.label == "contrast" and phrase.start in turns:
            lack = _lack_clause(reading, _sentence_start(reading, phrase.start), phrase, book)
            if lack is not None:
                out.update(lack[1])
    return frozenset(out)


def _inner_reach_pause(reading: Reading, start: int, contrast: Phrase, book: PhraseBook) -> int:
    """The comma before the writer's reach that a German contrast stands inside, in the
    sentence from ``start`` ("Bin abends im Proberaum, Handy ist aber immer an": the comma
    after "Proberaum"), where the place told before it ends; ``start`` when there is none."""
    end = _sentence_end(reading, start)
    inner = _said_in_order(reading, start, end, book.own_reaches)
    if inner is None or not inner[0][0] < contrast.start < inner[0][1]:
        return start
    before = inner[0][0] - 1
    while before > start and not reading.tokens[before].strip():
        before -= 1
    return before if reading.tokens[before] == "," else start


def _place(
    reading: Reading, start: int, stop: int, book: PhraseBook, written: str
) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The writer's whereabouts told by a place, in a sentence from ``start`` whose
    contrast starts at ``stop``: one of the place_leads, words in order ("I'm in", "je
    suis à", "ich bin ... in", "niko"), with a name written with a capital right after it,
    in no phrase ("I'm in Arusha", "Ich bin diese Woche in Köln", "Niko Arusha"), and
    before the contrast nothing but time words, dates, reply_fillers, place_links and
    companions ("this week", "until Friday", "hadi Ijumaa", "na wageni", "with clients"),
    as the lead's and the name's token range
    and words; None when there is none ("I'm in two minds", "Ich bin in Sorge, weil ...", a
    state among the place_states: "Ich bin in Sorge, aber ...")."""
    # "Bin unter der Woche abends meistens im Proberaum": times and links between the
    # lead's words do not count towards the few others allowed.
    lead = _said_in_order(
        reading,
        start,
        stop,
        book.place_leads,
        lambda t: t in book.time_words or t in book.place_links or _is_date(t, book),
    )
    if lead is None:
        return None
    at = lead[0][1]
    if at >= stop or not _is_word(reading, at) or _covered(reading, at):
        return None
    places = {normalise(m.group()) for m in _INNER_CAPITAL.finditer(written)}
    name = reading.tokens[at]
    if name not in places or name in book.date_words or name in book.place_states:
        return None
    for i in (*range(lead[0][0], at), *range(at + 1, stop)):
        token = reading.tokens[i]
        if (
            _is_word(reading, i)
            and token not in lead[1]
            and token not in book.time_words
            and token not in book.reply_fillers
            and token not in book.place_links
            and token not in book.companions
            and not _is_date(token, book)
        ):
            return None
    return (lead[0][0], at + 1), (*lead[1], name)


def _slow_reply_notes(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """Where the notes on how fast the writer replies start, in a sentence on their
    whereabouts after a yes said in an earlier one: "Yes please. I'm at a trade fair in
    Frankfurt until the 19th so replies might be slow, but I'd be glad to talk to Keiko
    any time after that."

    A note is one of the own_timings that holds one of the reply_notes ("replies might
    be slow", "je risque de répondre lentement", "puede que tarde en responder", "ich
    antworte eventuell langsam", "posso demorar a responder", "huenda nikachelewa
    kujibu"), after the own_whereabouts its sentence opens with; the sentence holds no
    question mark, condition or negation, and nothing else but contrasts, neutral
    phrases, deferrals and, after a contrast that follows the note, a yes. "Sure, I'm
    travelling so replies might be slow" (the yes's own sentence), "... so replies might
    be slow, but maybe after that" and "... but only if he is serious" still doubt."""
    tokens = reading.tokens
    yes_sentences = _yes_sentences(reading, book)
    if not yes_sentences:
        return frozenset()
    out: set[int] = set()
    for note in reading.phrases:
        if note.label != "hedge" or note.text not in book.own_timings:
            continue
        if not any(_holds_gapped(tokens[note.start : note.end], n) for n in book.reply_notes):
            continue
        start = _sentence_start(reading, note.start)
        end = _sentence_end(reading, start)
        if min(yes_sentences) >= start:
            continue
        words = tokens[start:end]
        if (
            "?" in words
            or not book.conditionals.isdisjoint(words)
            or any(book.is_negator(t) for t in words)
        ):
            continue
        away = _said_in_order(reading, start, note.start, book.own_whereabouts)
        first = next((i for i in range(start, end) if _is_word(reading, i)), -1)
        if away is None or away[0][0] != first:
            continue
        inside = [p for p in reading.phrases if start <= p.start < end and p is not note]
        turn = next((p.start for p in inside if p.label == "contrast" and p.start >= note.end), end)
        if all(
            p.label in ("contrast", "neutral", "deferral")
            or (
                p.label == "yes"
                and p.start > turn
                and not _negated(reading, p, book)
                and not _negated_after(reading, p, book)
            )
            for p in inside
        ):
            out.add(note.start)
    return frozenset(out)


def _other_reply_notes(
    reading: Reading, book: PhraseBook, names: frozenset[str] = frozenset()
) -> frozenset[int]:
    """Where the doubts of the writer's notes on when they will reply to the other start,
    in a sentence after one that says yes: "Yes, sure. I'll reply to him when I'm back.",
    "Fair warning that I'm writing up my thesis, so I might take a couple of days to
    reply to her, but I'm definitely interested.", "Ndiyo. Nitamjibu nikirudi ofisini."

    A note is a sentence that names the writer replying to the other, its words in a row
    (other_replies: "reply to her", "lui répondrai", "antworte ihm", "responder a ele",
    "nitamjibu"), and times it before its turn (a contrast after the reply, or its end)
    by one of the own_timings ("when I'm back", "à mon retour", "nikirudi") or by one of
    the reply_modals ("might", "eventuell") before the reply, one of the reply_delays
    between them ("a couple of days"). Outside those and the hedges inside the reply
    ("le responderé", "ich antworte"), the sentence holds no question mark, condition or
    negation; after the reply and before the turn only reply_fillers, time words, dates
    and the writer; and no phrase but contrasts, neutral ones, asides, deferrals and,
    after the turn, a yes. The other is named in the third person, replied to, not
    decided on: "I'll reply to you when I'm back", "I'll decide when I'm back", "Sure. I
    might reply to her", "... when I'm back, if he's still keen", "... when I'm back and
    decide then" and "Sure, I'll reply to him when I'm back" (the yes's own sentence)
    still doubt. A contrast from the timing to the reply, only the writer, reply_fillers
    and reply_certainties between ("I might be slow to reply but I'll definitely get back
    to him"), is part of the note; the one asked about named stands for "him" ("slow to
    answer Imogen"), one of the reply_name_links (an article, or a preposition fused with
    one) in place of the preposition before the pronoun where the name takes an article
    ("talvez eu demore um pouquinho pra responder o Diego", "responder ao Diego" for
    "responder a ele"), and named right after a reply whose verb already names them
    ("nitamjibu Amina"). A contrast that turns to the reply, only the writer,
    reply_certainties and reply_fillers between, from the delay or from what keeps the
    writer busy ("I'm on call this week but I'll reply to her when I get a chance"), is
    part of the note too."""
    tokens = reading.tokens
    yes_sentences = _yes_sentences(reading, book)
    if not yes_sentences:
        return frozenset()
    first = min(yes_sentences)
    # "slow to answer Imogen": the one asked about named where a pronoun would stand;
    # "responder ao Diego", "responder o Diego": where the name takes an article, one of
    # the reply_name_links stands for the preposition before the pronoun ("a ele").
    replies = book.other_replies
    if names and not names.isdisjoint(tokens):
        replies = {
            lead: (
                *found,
                *((*w[:-1], n) for w in found if w[-1] in book.reply_gap_others for n in names),
                *(
                    (*w[:-2], link, n)
                    for w in found
                    if len(w) > 2 and w[-1] in book.reply_gap_others
                    for link in book.reply_name_links
                    for n in names
                ),
            )
            for lead, found in replies.items()
        }
    out: set[int] = set()
    run_on = _run_on(reading)
    for start in sorted({_sentence_start(reading, p.start) for p in reading.phrases}):
        if start < first or (start == first and not run_on):
            continue
        end = _sentence_end(reading, start)
        reply = _said_in_order(reading, start, end, replies)
        if reply is None:
            continue
        a, b = reply[0]
        inside = [p for p in reading.phrases if start <= p.start < end]
        # A dictated reply has no sentences: the yeses before the reply stand for the
        # sentence that says yes, when there are several of them ("sawa bila shaka mpe
        # namba yangu nitampigia jioni ..."); "sawa nitamjibu nikirudi" still doubts, as
        # "Sure, I'll reply to him when I'm back" does.
        said_before = [p for p in inside if p.label == "yes" and p.end <= a]
        if start == first and len(said_before) < _RUN_ON_YESES:
            continue
        turn = next((p.start for p in inside if p.label == "contrast" and p.start >= b), end)
        if run_on:
            # "... nikimaliza safari ya airport asante dada fatma": the thanks closes the
            # note, and the words after it sign off.
            turn = next((p.start for p in inside if p.label == "neutral" and p.start >= b), turn)
        in_reply = [
            p
            for p in inside
            if p.label == "hedge" and p.start < b and p.end > a and p.text not in book.own_timings
        ]
        if b - a != len(reply[1]) and not _timed_inside(reading, reply, inside, book):
            continue
        timings = [
            p
            for p in inside
            if p.label == "hedge"
            and p.start < turn
            and p not in in_reply
            and (
                p.text in book.own_timings
                or (
                    p.text in book.reply_modals
                    and p.end <= a
                    and not book.reply_delays.isdisjoint(tokens[p.end : a])
                )
            )
        ]
        if not timings:
            continue
        # "talvez eu demore um pouquinho pra responder o Diego, mas respondo", "I may be
        # slow to reply to her, but I will.": a turn after the reply to the reply itself
        # goes on with the same note.
        reaffirmed = _reply_reaffirmed(reading, turn, end, replies, book)
        if not all(
            p.label in ("contrast", "neutral", "aside", "deferral")
            or p in timings
            or p in in_reply
            or p.start in reaffirmed
            # "I'm in the last stretch of thesis writing": no "I'm in!".
            or (p.text in book.closing_only and _followed_in_clause(reading, p.end))
            or (
                p.label == "yes"
                and (
                    p.start > turn
                    or _clause_before(reading, p, a)
                    or (start == first and p in said_before)
                )
                and not _negated(reading, p, book)
                and not _negated_after(reading, p, book)
            )
            for p in inside
        ):
            continue
        # "wenn ich zurück bin" holds a "wenn": the timing's words are read whole.
        read = {i for p in (*timings, *in_reply) for i in range(p.start, p.end)}
        read.update(range(a, b))
        read.update(_timing_objects(reading, timings, turn, book))
        if start == first:
            # "bila shaka": the yeses were read with their own negators.
            read.update(i for p in said_before for i in range(p.start, p.end))
        rest = [i for i in range(start, end) if i not in read]
        if (
            any(tokens[i] == "?" for i in rest)
            or any(tokens[i] in book.conditionals for i in rest)
            or any(book.negates_at(reading, i) for i in rest)
        ):
            continue
        # "nitamjibu Amina nikipata nafasi": the one asked about named after a reply
        # whose verb already names them is the same one replied to.
        if not all(
            tokens[i] in book.reply_fillers
            or tokens[i] in book.own_subjects
            or tokens[i] in names
            or _time_word(tokens[i], book)
            for i in range(b, turn)
            if i not in read and _is_word(reading, i)
        ):
            continue
        out.update(p.start for p in (*timings, *in_reply))
        out.update(reaffirmed)
        # "I might be a little slow to reply but I'll definitely get back to him", "Niko
        # zamu ya usiku wiki hii lakini nitamjibu nikipata nafasi": a turn to the reply
        # itself, from the delay or from what keeps the writer busy, only the writer and
        # words of certainty between, goes on with the same note.
        out.update(
            p.start
            for p in inside
            if p.label == "contrast"
            and p.end <= a
            and all(
                tokens[i] in book.own_subjects
                or tokens[i] in book.reply_certainties
                or tokens[i] in book.reply_fillers
                for i in range(p.end, a)
                if _is_word(reading, i)
            )
        )
    return frozenset(out)


# How many yeses before the reply stand for the sentence that says yes in a dictated
# reply ("sawa bila shaka mpe namba yangu").
_RUN_ON_YESES = 2
# How many words after a timing may name what the writer finishes or comes back from
# ("nikimaliza safari ya airport", "when I'm back from Lisbon").
_TIMING_OBJECT = 3


def _run_on(reading: Reading) -> bool:
    """Whether the reply is dictated in one run: no pause, mark or line break stands
    between its first word and its last."""
    words = [i for i in range(len(reading.tokens)) if _is_word(reading, i)]
    return bool(words) and not any(reading.breaks[i] for i in range(words[0], words[-1]))


def _timing_objects(
    reading: Reading, timings: list[Phrase], turn: int, book: PhraseBook
) -> set[int]:
    """The words right after each timing, up to ``_TIMING_OBJECT`` and before the turn,
    that name what the writer finishes or comes back from ("nikimaliza safari ya
    airport", "when I'm back from Lisbon"): plain words in no phrase, none a negator,
    a condition, a joiner or one of the reach_stops (a doubt, a decision: "nikimaliza
    kufikiria", when I finish thinking); one of those leaves no object read at all, so
    the sentence is read as before ("when I'm back and decide then" goes on to a
    decision)."""
    out: set[int] = set()
    for timing in timings:
        at, taken = timing.end, 0
        while at < turn and taken < _TIMING_OBJECT:
            if not _is_word(reading, at):
                at += 1
                continue
            token = reading.tokens[at]
            if (
                book.negates_at(reading, at)
                or token in book.conditionals
                or token in book.joiners
                or token in book.reach_stops
                or token.startswith(book.reach_stop_stems)
                or any(p.start <= at < p.end for p in reading.phrases)
            ):
                return set()
            out.add(at)
            taken += 1
            at += 1
    return out


def _reply_reaffirmed(
    reading: Reading,
    turn: int,
    end: int,
    replies: dict[str, tuple[tuple[str, ...], ...]],
    book: PhraseBook,
) -> frozenset[int]:
    """Where the contrast at ``turn`` and the phrases of the writer's replying after it
    start, when from it to the sentence's ``end`` the writer only says they will reply
    after all: "..., mas respondo", "..., but I will.", "..., aber ich antworte
    bestimmt", "..., lakini nitajibu". Besides the replying (own_replies, or the reply to
    the other again), only the writer, reply_certainties and reply_fillers stand there,
    one of the replying or the certainties at least, and no phrase but neutral ones,
    hedges inside the replying and certainties that are yeses ("definitely"); "..., but
    only if he is serious" and "..., but I'm not sure" turn to something else."""
    contrast = next((p for p in reading.phrases if p.start == turn and p.label == "contrast"), None)
    if contrast is None:
        return frozenset()
    said: set[int] = set()
    for phrases in (book.own_replies, replies):
        found = _said_in_order(reading, contrast.end, end, phrases)
        if found is not None:
            said.update(range(*found[0]))
    words = [i for i in range(contrast.end, end) if _is_word(reading, i) and i not in said]
    if not all(
        reading.tokens[i] in book.own_subjects
        or reading.tokens[i] in book.reply_certainties
        or reading.tokens[i] in book.reply_fillers
        for i in words
    ):
        return frozenset()
    if not said and not any(reading.tokens[i] in book.reply_certainties for i in words):
        return frozenset()
    inside = [p for p in reading.phrases if contrast.end <= p.start < end]
    if not all(
        p.label == "neutral"
        or (p.label == "hedge" and p.start in said)
        # "but I'll definitely get back to her": a certainty that is also a yes.
        or (p.label == "yes" and p.text in book.reply_certainties)
        for p in inside
    ):
        return frozenset()
    return frozenset({contrast.start, *(p.start for p in inside if p.label == "hedge")})


def _reply_gaps(reading: Reading, book: PhraseBook) -> frozenset[int]:
    """The phrases and negators of the writer's notes on being out of reach of mail for a
    time, after a sentence that says yes: "I'm on nights until Thursday so I won't be
    answering much during the day", "En revanche je ne pourrai pas répondre avant lundi",
    "Ich bin allerdings bis Dienstag auf Dienstreise und komme kaum an meine Mails".

    A note is a sentence that holds one of the reply_gaps (words in order: "I won't be
    answering", "je ne pourrai pas répondre", "no podré contestar", "komme kaum an meine
    Mails", "não vou conseguir responder", "sitaweza kujibu") and a time, a date or the
    writer's whereabouts; no question mark, condition, intro_stems or meeting_words; none
    of the reply_gap_others (the other: "her", "ihm") from the gap to its clause's end; and no
    phrase but contrasts, neutral ones, deferrals, own_timings and those inside the gap,
    nor a negator outside it. "Yes. I won't be answering her mails." and "Yes. I won't be
    answering if he is a recruiter" still doubt.

    In the yes's own sentence, a gap is such a note only as the whole of what a contrast
    turns to (see ``_turned_to_gap``): "Sure, but I won't be able to reply until May",
    "Claro, pero no podré responder hasta mayo", "Gern, aber ich kann erst im Mai
    antworten" are yes, while "Sure, but I won't be able to take this on until May" names
    no gap and "Sure, but I won't be able to reply to her until May" names the other."""
    tokens = reading.tokens
    yes_sentences = _yes_sentences(reading, book)
    if not yes_sentences:
        return frozenset()
    first = min(yes_sentences)
    out: set[int] = set()
    for start in sorted(
        {_sentence_start(reading, i) for i, t in enumerate(tokens) if t in book.reply_gaps}
    ):
        if start < first:
            continue
        end = _sentence_end(reading, start)
        gap = _said_in_order(reading, start, end, book.reply_gaps)
        if gap is None:
            continue
        (a, b), _ = gap
        # The yes of the gap's own sentence, kept as it is when a contrast turns from it
        # to the gap alone; any other yes there leaves the sentence to the other rules.
        turn = _turned_to_gap(reading, start, end, (a, b), book)
        if start in yes_sentences and turn is None:
            continue
        words = tokens[start:end]
        text = f" {' '.join(words)} "
        if (
            "?" in words
            # "Eso sí, no podré contestar ...": the "si" of a contrast is no condition.
            or any(
                tokens[i] in book.conditionals and not _covered(reading, i)
                for i in range(start, end)
            )
            or any(stem in text for stem in book.intro_stems)
            or any(f" {w} " in text for w in book.meeting_words)
        ):
            continue
        clause_end = b
        while clause_end < end and not reading.breaks[clause_end]:
            clause_end += 1
        if not book.reply_gap_others.isdisjoint(tokens[a:clause_end]):
            continue
        timed = any(_time_word(t, book) for t in words) or (
            _said_in_order(reading, start, end, book.own_whereabouts) is not None
        )
        if not timed:
            continue
        inside = [p for p in reading.phrases if start <= p.start < end]
        if not all(
            p.label in ("contrast", "neutral", "deferral")
            or (p.label == "hedge" and p.text in book.own_timings)
            or (p.start < b and p.end > a)
            or (turn is not None and p.label == "yes" and p.end <= turn)
            for p in inside
        ):
            continue
        negators = [i for i in range(start, end) if book.negates_at(reading, i)]
        if any(not a <= i < b and not _covered(reading, i) for i in negators):
            continue
        # The yes itself stays counted: only the turn and the note are read as a note.
        out.update(p.start for p in inside if p.label != "yes")
        out.update(negators)
        out.update(range(a, b))
    return frozenset(out)


def _turned_to_gap(
    reading: Reading, start: int, end: int, gap: tuple[int, int], book: PhraseBook
) -> int | None:
    """Where the contrast starts that turns a yes of its sentence to a note on being out
    of reach of mail, when that note is all it turns to: the yes before the contrast,
    only the writer (own_subjects) between the contrast and the gap, and after the gap
    to the sentence's end only times, dates, deferral leads, place_links and
    before_words, a date among them or in the gap ("until May", "avant mai", "hasta
    mayo", "im Mai", "for the rest of the week"). None otherwise ("Sure, but I won't be
    able to reply before I've talked to my boss", "Sure, but I won't be able to
    reply.")."""
    a, b = gap
    tokens = reading.tokens
    turns = [
        p
        for p in reading.phrases
        if p.label == "contrast"
        and start <= p.start
        and p.end <= a
        and any(q.label == "yes" and start <= q.start and q.end <= p.start for q in reading.phrases)
    ]
    if not turns:
        return None
    turn = max(turns, key=lambda p: p.start)
    if any(_is_word(reading, i) and tokens[i] not in book.own_subjects for i in range(turn.end, a)):
        return None
    deferred = {i for p in reading.phrases if p.label == "deferral" for i in range(p.start, p.end)}
    after = [i for i in range(b, end) if _is_word(reading, i)]
    # The date may stand inside the gap: "ich kann erst im Mai antworten".
    if not any(_is_date(tokens[i], book) for i in range(a, end)) or any(
        not _time_word(tokens[i], book)
        and tokens[i] not in book.place_links
        and tokens[i] not in book.before_words
        and i not in deferred
        for i in after
    ):
        return None
    return turn.start


def _timed_inside(
    reading: Reading,
    reply: tuple[tuple[int, int], tuple[str, ...]],
    inside: list[Phrase],
    book: PhraseBook,
) -> bool:
    """Whether the words between the reply's own ("ich melde mich dann nach meiner
    Rückkehr bei ihm") are only one of the own_timings, time words and reply_fillers:
    the German verb and its object take the timing between them."""
    (a, b), words = reply
    timed = {i for p in inside if p.text in book.own_timings for i in range(p.start, p.end)}
    if not timed or not a < min(timed) < b:
        return False
    wanted = list(words)
    for i in range(a, b):
        if not _is_word(reading, i) or i in timed:
            continue
        if wanted and _word_is(reading.tokens[i], wanted[0]):
            wanted.pop(0)
        elif not (_time_word(reading.tokens[i], book) or reading.tokens[i] in book.reply_fillers):
            return False
    return not wanted


def _clause_before(reading: Reading, phrase: Phrase, reply_start: int) -> bool:
    """Whether ``phrase`` stands in a clause of its own before the reply's, a comma
    between ("Er kann mir aber gerne schon vorher schreiben, ich melde mich ...")."""
    return phrase.end <= reply_start and "," in reading.tokens[phrase.end : reply_start]
