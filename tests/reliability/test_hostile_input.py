"""Whatever arrives, the engine neither stops nor loses it: every corpus file, generated
and mutated messages, all through the whole pipeline (parse, route, core, store, outbox)
with the mail edges in memory; and the core's state machine under random event runs.

"Nothing lost" means every message delivered to the inbox leaves it, to Processed or to
Quarantine, within the passes the poison cap allows, and no exception escapes a pass.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import run_state_machine_as_test

from agent.engine.ingest import POISON_CAP
from agent.engine.tables import PROCESSED
from agent.message import parse_message
from tests.agent.core.test_transition_machine import IntroductionMachine
from tests.agent.engine.harness import AGENT, World, mail

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared" / "corpora"
EXAMPLES = 25


def corpus_files() -> list[Path]:
    if not CORPORA.is_dir():
        return []
    return sorted(p for p in CORPORA.rglob("*") if p.is_file())


def mail_files() -> list[Path]:
    return [p for p in corpus_files() if p.suffix in (".eml", ".msg", ".raw", ".mbox")]


def drain(world: World, delivered: int) -> None:
    """Passes until the inbox is empty (the poison cap bounds them); all mail accounted."""
    for _ in range(POISON_CAP + 1):
        world.run(timedelta(minutes=5))
        if not world.source.inbox:
            break
    assert world.source.inbox == {}
    assert len(world.source.processed) + len(world.source.quarantine) == delivered


def test_every_corpus_file_goes_through_the_whole_pipeline(tmp_path: Path) -> None:
    files = corpus_files()
    if not files:
        pytest.skip(f"no corpora at {CORPORA}")
    world = World(tmp_path)
    try:
        for path in files:
            world.source.deliver(path.read_bytes())
        drain(world, len(files))
    finally:
        world.store.close()
    assert len(files) > 1000


def as_from_requester(raw: bytes) -> bytes:
    """``raw`` with its From and To (if any) replaced: an allowed requester writes to the
    agent, so the mail is read as a request or a command, not dropped at the door."""
    head, sep, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = [
        line
        for line in head.split(b"\n")
        if not line.lower().startswith((b"from:", b"to:", b"sender:"))
    ]
    ours = [b"From: Ann Lee <ann@example.test>", b"To: " + AGENT.encode()]
    return b"\n".join(ours + lines) + (sep or b"\n\n") + body


def test_every_corpus_mail_read_as_a_request_goes_through_the_whole_pipeline(
    tmp_path: Path,
) -> None:
    files = mail_files()
    if not files:
        pytest.skip(f"no corpora at {CORPORA}")
    world = World(tmp_path)
    try:
        for path in files:
            world.source.deliver(as_from_requester(path.read_bytes()))
        drain(world, len(files))
        # Most got past the robot rules to the request reader (the rest are bounces,
        # lists and the like, recorded as such): the understanding read them.
        records = world.store.all(PROCESSED).values()
        read = [r for r in records if r["action"] != "ignored" or r["detail"] == "not a request"]
        assert len(read) > len(records) // 2
    finally:
        world.store.close()


ADDRESSES = [
    "Ann Lee <ann@example.test>",
    "alice@example.test",
    "Bob <bob@example.test>",
    AGENT,
    "intros+0123abcd@example.test",
    "stranger@elsewhere.test",
    "MAILER-DAEMON@example.test",
    "",
    "<>",
    '"=?utf-8?q?x=0D=0ABcc:_a@b?=" <c@d>',
]
HEADERS = [
    "Auto-Submitted",
    "Precedence",
    "List-Id",
    "In-Reply-To",
    "References",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Authentication-Results",
    "Message-ID",
    "Subject",
    "X-Failed-Recipients",
]
BODIES = [
    "Please introduce Alice <alice@example.test> to Bob <bob@example.test>.",
    "yes",
    "status",
    "cancel #i00001",
    "no thanks",
]

header_value = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["auto-replied", "bulk", "<x@y>", "multipart/report; boundary=b", "base64"]),
)
generated_mail = st.builds(
    lambda sender, to, subject, body, extra: _generated(sender, to, subject, body, extra),
    st.sampled_from(ADDRESSES),
    st.sampled_from(ADDRESSES),
    st.text(max_size=60),
    st.one_of(st.sampled_from(BODIES), st.text(max_size=400)),
    st.lists(st.tuples(st.sampled_from(HEADERS), header_value), max_size=4),
)


def _generated(
    sender: str, to: str, subject: str, body: str, extra: list[tuple[str, str]]
) -> bytes:
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}"]
    lines += [f"{name}: {value}" for name, value in extra]
    text = "\r\n".join(lines) + "\r\n\r\n" + body
    return text.encode("utf-8", "surrogatepass")


# Written once: a Message-ID drawn inside a strategy would make the examples random.
WELL_FORMED = mail("Ann Lee <ann@example.test>", AGENT, "Intro", BODIES[0])


@st.composite
def mutated_mail(draw: st.DrawFn) -> bytes:
    """A corpus message (or a well-formed request) cut, spliced, flipped or padded."""
    files = mail_files()
    raw = draw(st.sampled_from(files)).read_bytes()[:20000] if files else WELL_FORMED
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(raw)))
        kind = draw(st.sampled_from(["cut", "insert", "flip", "repeat"]))
        if kind == "cut":
            raw = raw[:at]
        elif kind == "insert":
            raw = raw[:at] + draw(st.binary(max_size=40)) + raw[at:]
        elif kind == "flip" and at < len(raw):
            raw = raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1 :]
        elif kind == "repeat":
            raw = raw[:at] + raw[at : at + 200] * draw(st.integers(2, 20)) + raw[at:]
    return raw


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def run_messages(messages: list[bytes]) -> None:
    for raw in messages:
        parse_message(raw)  # never raises, whatever the bytes
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        try:
            for raw in messages:
                world.source.deliver(raw)
            drain(world, len(messages))
        finally:
            world.store.close()


@FUZZ
@given(st.lists(generated_mail, min_size=1, max_size=5))
def test_generated_messages_never_escape_or_get_lost(messages: list[bytes]) -> None:
    run_messages(messages)


@FUZZ
@given(st.lists(mutated_mail(), min_size=1, max_size=4))
def test_mutated_corpus_messages_never_escape_or_get_lost(messages: list[bytes]) -> None:
    run_messages(messages)


def test_transition_state_machine_keeps_its_invariants() -> None:
    # The machine itself lives with the core's tests; here it runs as a reliability check.
    run_state_machine_as_test(
        IntroductionMachine,
        settings=settings(max_examples=EXAMPLES, stateful_step_count=30, deadline=None),
    )
