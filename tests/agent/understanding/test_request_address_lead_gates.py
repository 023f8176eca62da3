"""The gates of the two regexes a lead before an address must be the whole of
(``Rules.address_lead_gate``, ``Rules.named_address_lead_gate``): a folded lead whose
words hold every word of none of the leads is one neither regex matches. Checked on each
lead of the rules written out and on random runs of the leads' words."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.understanding.request_rules import admits, load_rules
from agent.understanding.request_tokens import normal_text, words_in

_RULES = load_rules()
_RULES_DIR = Path(__file__).resolve().parents[3] / "rules" / "requests"


def _leads() -> list[str]:
    leads: set[str] = set()
    for path in sorted(_RULES_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        leads |= {normal_text(p) for p in data.get("address_leads", ())}
    return sorted(leads)


_LEADS = _leads()


def _lead_admits(text: str) -> tuple[bool, bool]:
    """Whether the gate of the leads with a name, and of those without, lets ``text`` by."""
    words = words_in(text)
    return (
        admits(_RULES.named_address_lead_gate, words, text),
        admits(_RULES.address_lead_gate, words, text),
    )


def test_each_lead_written_out_is_matched_and_passes_its_gate() -> None:
    matched = 0
    for lead in _LEADS:
        text = normal_text(lead.replace("*", "ann lee"))
        named, plain = _lead_admits(text)
        if _RULES.address_lead_re.fullmatch(text) is not None:
            assert plain, text
            matched += 1
        if _RULES.named_address_lead_re.fullmatch(text) is not None:
            assert named, text
            matched += 1
    assert matched > len(_LEADS) // 2


_LEAD_PIECES = sorted(
    {word for lead in _LEADS for word in lead.split()} | {"ann", "lee", "the", "x", "according"}
)


@settings(max_examples=2500, deadline=None)
@given(
    words=st.lists(st.sampled_from(_LEAD_PIECES), min_size=1, max_size=7),
    close=st.sampled_from(["", ":", " -", " :"]),
)
def test_random_leads_matched_pass_their_gate(words: list[str], close: str) -> None:
    text = normal_text(" ".join(words) + close)
    named, plain = _lead_admits(text)
    if _RULES.address_lead_re.fullmatch(text) is not None:
        assert plain, text
    if _RULES.named_address_lead_re.fullmatch(text) is not None:
        assert named, text
