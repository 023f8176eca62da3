"""The ordered table of the phrases a reply's reading sets aside: the first rule to claim
a phrase keeps it, a rule sees only the phrases still free, and whole readings leave the
evidence of the rule that comes first."""

from __future__ import annotations

from agent.message import ParsedMessage, parse_message
from agent.understanding.replies import classify_reply
from agent.understanding.reply_phrases import Phrase
from agent.understanding.reply_skips import COUNTED_HEDGE, NOTED, Skips

PHRASES = (
    Phrase("yes", 0, 1, "yes"),
    Phrase("hedge", 2, 3, "if"),
    Phrase("no", 4, 5, "no"),
    Phrase("hedge", 4, 6, "no doubt"),
)


def reply(body: str) -> ParsedMessage:
    head = (
        "From: Carla Diaz <carla@example.com>\nTo: intro@example.org\n"
        "Subject: Re: Would you like an introduction to Daniel Kessler? [#f6c3]\n"
        'Message-ID: <r1@example.com>\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
    )
    return parse_message(f"{head}\n{body}\n".replace("\n", "\r\n").encode())


def test_the_first_claim_wins() -> None:
    skips = Skips(PHRASES)
    skips.claim([1], "type")
    skips.claim([1, 2], "hedge", COUNTED_HEDGE)
    assert skips.claimed == {1: ("type", NOTED), 2: ("hedge", COUNTED_HEDGE)}


def test_free_leaves_out_the_claimed_and_other_labels() -> None:
    skips = Skips(PHRASES)
    skips.claim([3], "")
    assert skips.free() == [(0, PHRASES[0]), (1, PHRASES[1]), (2, PHRASES[2])]
    assert skips.free("hedge") == [(1, PHRASES[1])]
    assert skips.free("no", "yes") == [(0, PHRASES[0]), (2, PHRASES[2])]


def test_starts_claims_every_free_phrase_at_a_start_of_the_labels_given() -> None:
    skips = Skips(PHRASES)
    skips.starts(frozenset({4}), "small-talk", "hedge")
    skips.starts(frozenset({0, 4}), "past-role")
    skips.starts(frozenset(), "never")
    assert skips.claimed == {
        3: ("small-talk", NOTED),
        0: ("past-role", NOTED),
        2: ("past-role", NOTED),
    }


def test_a_readings_evidence_keeps_the_phrases_order() -> None:
    # The offer of the writer's time is set aside first, then the other's wish inside
    # it, then the offer to look at what the other sends; the yeses between them count.
    verdict = classify_reply(
        reply(
            "Yes please. I'm on site Mondays, so Tuesday afternoons are best if he'd like a"
            " call. Happy to look at the drawings beforehand if he sends them through."
        )
    )
    assert verdict.answer == "yes"
    assert verdict.evidence == (
        "yes:yes please",
        "availability:if",
        "offer-wish:he'd like",
        "yes:happy to",
        "review-offer:if",
    )
