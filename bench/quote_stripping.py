"""Measure quote stripping on the public golden sets.

Each set states the visible reply its upstream expects (see the corpora's
MANIFEST.md). A file counts as an exact match when our new text equals that reply
after trailing whitespace is removed from every line and surrounding blank lines
are dropped. talon's expected replies are defined as quote removal alone (its
signatures are tested separately upstream), so talon is measured with signature
stripping off; every other set with it on.

When email-reply-parser or mail-parser-reply (PyPI) can be imported, they are
measured the same way for comparison; they need not be project dependencies:
``pip install --target /tmp/cmp email-reply-parser mail-parser-reply`` and run
with ``PYTHONPATH=/tmp/cmp``.

A sign-off followed, at the end of the reply, by a signature block (a name line,
then one to five short lines of title, company or contact details, all written in
capitals or not words at all: "Regards, / John Doe / CEO @ Acme !") is cut with the
block, as crisp email_with_regards.txt expects and as talon's signature samples
delimit a signature (a name, then title, company, e-mail, phone, web address). A
sign-off above a bare name ("Best regards, / //Jef", "Best regards / Some One" in
discourse) is how the writer signs by hand and stays, as discourse expects (talon's
samples count "Thank you, / Noam" as a signature too; they are not a golden set here).

Some sets contradict each other on the same construct, so no one rule passes them all:

- a "-Name" line closing the reply: crisp email_1.txt keeps it visible, github
  email_1_1.txt (the same body) hides it, as github email_1_3.txt does for the body of
  crisp email_3.txt (which keeps it);
- text below a quote with a header: github email_1_2.txt ("Hi, / On ... wrote: /
  > quote / more text") shows only "Hi,", while discourse embedded_email_7.txt and
  embedded_email_17.txt (the same shape) keep the text below the quote and drop only
  the header line, as zapier's partial check of email_1_2.txt (github's body) does.

The rules follow github there, which is why crisp stays at 48 of 50 and discourse
misses those two files. discourse spam_1.txt is all quote and expects nothing; a
message that is all quote is shown whole unless ``inline=True`` is asked for (see
extract_new_text), so it is missed too.

Run: .venv/bin/python bench/quote_stripping.py [--show-failures]
"""

from __future__ import annotations

import email
import email.policy
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from agent.understanding.quotes import extract_new_text  # noqa: E402


@dataclass(frozen=True)
class Case:
    """One golden file: its input body and the visible reply upstream expects."""

    name: str
    body: str
    expected: str


@dataclass(frozen=True)
class SetScore:
    """How one golden set fared."""

    name: str
    files: int
    exact: int
    failures: tuple[str, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.exact / self.files if self.files else 0.0


def normalise(text: str) -> str:
    """Trailing whitespace off every line, surrounding blank lines off the whole."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def _first_plain_part(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    content = part.get_content()
    return content if isinstance(content, str) else ""


def talon_cases(corpora: Path) -> list[Case]:
    """talon standard_replies: every .eml with its expected visible reply."""
    root = corpora / "talon"
    expectations = json.loads((root / "expectations.json").read_text(encoding="utf-8"))
    return [
        Case(name, _first_plain_part((root / name).read_bytes()), entry["visible_reply"])
        for name, entry in sorted(expectations["standard_replies"].items())
    ]


def discourse_cases(corpora: Path) -> list[Case]:
    """discourse email_reply_trimmer: emails/NAME against trimmed/NAME."""
    root = corpora / "discourse-email_reply_trimmer"
    return [
        Case(
            path.name,
            path.read_text(encoding="utf-8"),
            (root / "trimmed" / path.name).read_text(encoding="utf-8"),
        )
        for path in sorted((root / "emails").glob("*.txt"))
    ]


def github_cases(corpora: Path, folder: str = "github-email_reply_parser") -> list[Case]:
    """github email_reply_parser: the files with an exact expected visible reply."""
    root = corpora / folder
    expectations = json.loads((root / "expectations.json").read_text(encoding="utf-8"))
    return [
        Case(name, (root / name).read_text(encoding="utf-8"), entry["visible_reply"])
        for name, entry in sorted(expectations.items())
        if isinstance(entry, dict) and "visible_reply" in entry
    ]


def crisp_cases(corpora: Path) -> list[Case]:
    """crisp email_reply_parser: the files whose first block or reply is stated exactly."""
    root = corpora / "crisp-email-reply-parser"
    expectations = json.loads((root / "expectations.json").read_text(encoding="utf-8"))
    common = expectations["_common_reply"]
    cases = []
    for name, entry in sorted(expectations.items()):
        if not isinstance(entry, dict):
            continue
        for key in ("visible_reply", "first_block_exact", "first_block"):
            if key in entry:
                expected = common if entry[key] == "COMMON_REPLY" else entry[key]
                body = (root / name).read_text(encoding="utf-8")
                cases.append(Case(name, body, expected))
                break
    return cases


def talon_html_cases(corpora: Path) -> list[Case]:
    """talon html_replies, turned to text by the agent's own HTML renderer."""
    from agent.html_text import html_to_text

    root = corpora / "talon"
    expectations = json.loads((root / "expectations.json").read_text(encoding="utf-8"))
    return [
        Case(
            name,
            html_to_text((root / name).read_text(encoding="utf-8", errors="replace")),
            entry["visible_reply_as_text"],
        )
        for name, entry in sorted(expectations["html_replies"].items())
    ]


def zapier_cases(corpora: Path) -> list[Case]:
    """zapier email-reply-parser: the files with an exact expected visible reply."""
    return github_cases(corpora, "zapier-email-reply-parser")


GOLDEN_SETS: dict[str, tuple[Callable[[Path], list[Case]], bool]] = {
    # set name -> (loader, strip signatures)
    "talon standard_replies": (talon_cases, False),
    "discourse email_reply_trimmer": (discourse_cases, True),
    "github email_reply_parser": (github_cases, True),
    "crisp email_reply_parser": (crisp_cases, True),
    "zapier email-reply-parser": (zapier_cases, True),
    "talon html_replies (as text)": (talon_html_cases, True),
}
# talon states its HTML expectations without regard to whitespace.
LOOSE_SETS = frozenset({"talon html_replies (as text)"})

# Partial expectations ("starts with", "contains", "must not contain") per folder.
_STARTS = ("visible_reply_starts_with", "first_block_starts_with", "first_segment_starts_with")
_CONTAINS = ("visible_reply_contains", "first_block_contains", "reply_contains")
_MUST_NOT = ("reply_must_not_contain",)
CHECKED_FOLDERS = (
    "github-email_reply_parser",
    "crisp-email-reply-parser",
    "zapier-email-reply-parser",
)


def _as_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def partial_checks(corpora: Path, folder: str) -> tuple[int, int, tuple[str, ...]]:
    """(passed, total, failed names) for a folder's partial expectations."""
    root = corpora / folder
    expectations = json.loads((root / "expectations.json").read_text(encoding="utf-8"))
    passed = total = 0
    failed: list[str] = []
    for name, entry in sorted(expectations.items()):
        if not isinstance(entry, dict) or not (root / name).is_file():
            continue
        new = extract_new_text((root / name).read_text(encoding="utf-8"))
        checks = [new.startswith(v) for k in _STARTS if k in entry for v in _as_list(entry[k])]
        checks += [v in new for k in _CONTAINS if k in entry for v in _as_list(entry[k])]
        checks += [v not in new for k in _MUST_NOT if k in entry for v in _as_list(entry[k])]
        total += len(checks)
        passed += sum(checks)
        if not all(checks):
            failed.append(name)
    return passed, total, tuple(failed)


def score_set(
    name: str, corpora: Path, extract: Callable[[str, bool], str] | None = None
) -> SetScore:
    """Run one golden set through an extractor (ours by default)."""
    loader, strip = GOLDEN_SETS[name]
    cases = loader(corpora)
    run = extract or (lambda body, s: extract_new_text(body, strip_signature=s))
    same = (
        (lambda a, b: a.split() == b.split())
        if name in LOOSE_SETS
        else (lambda a, b: normalise(a) == normalise(b))
    )
    failures = tuple(case.name for case in cases if not same(run(case.body, strip), case.expected))
    return SetScore(name, len(cases), len(cases) - len(failures), failures)


def _library_extractors() -> list[tuple[str, Callable[[str, bool], str]]]:
    """PyPI reply parsers to compare with, those that are installed."""
    found: list[tuple[str, Callable[[str, bool], str]]] = []
    try:
        from email_reply_parser import EmailReplyParser  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:

        def github_port(body: str, strip: bool) -> str:
            return str(EmailReplyParser.parse_reply(body))

        found.append(("email-reply-parser 0.5 (PyPI)", github_port))
    try:
        from mailparser_reply import EmailReplyParser as Multilingual  # type: ignore[import-not-found]
        from mailparser_reply.constants import MAIL_LANGUAGES  # type: ignore[import-not-found]
    except ImportError:
        pass
    else:
        parser = Multilingual(languages=list(MAIL_LANGUAGES))

        def multilingual(body: str, strip: bool) -> str:
            return str(parser.parse_reply(body) or "")

        found.append(("mail-parser-reply (PyPI)", multilingual))
    return found


def _timing(corpora: Path) -> str:
    traps = [
        corpora / "github-email_reply_parser" / "pathological.txt",
        corpora / "github-email_reply_parser" / "email_long_quote.txt",
        corpora
        / "discourse-email_reply_trimmer"
        / "matchers"
        / "does_not_contain_embedded_email.txt",
    ]
    parts = []
    for trap in traps:
        body = trap.read_text(encoding="utf-8", errors="replace")
        started = time.perf_counter()
        extract_new_text(body)
        parts.append(f"{trap.name} {1000 * (time.perf_counter() - started):.1f} ms")
    return "; ".join(parts)


def main(argv: list[str]) -> int:
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}")
        return 1
    show = "--show-failures" in argv
    extractors: list[tuple[str, Callable[[str, bool], str] | None]] = [("ours", None)]
    extractors.extend(_library_extractors())
    for label, extract in extractors:
        print(f"== {label}")
        scores = [score_set(name, CORPORA, extract) for name in GOLDEN_SETS]
        for s in scores:
            print(f"{s.name:32} files {s.files:3}  exact {s.exact:3}  {s.percent:5.1f}%")
            if show and s.failures:
                print("   failed:", ", ".join(s.failures))
        files = sum(s.files for s in scores)
        exact = sum(s.exact for s in scores)
        worst = min(scores, key=lambda s: s.percent)
        print(
            f"summary [{label}]: {exact}/{files} exact ({100 * exact / files:.1f}%), "
            f"lowest set {worst.name} {worst.percent:.1f}%"
        )
    for folder in CHECKED_FOLDERS:
        passed, total, failed = partial_checks(CORPORA, folder)
        print(f"partial checks {folder}: {passed}/{total}", *failed)
    print("traps:", _timing(CORPORA))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
