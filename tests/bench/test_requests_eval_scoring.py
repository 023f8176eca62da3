"""How the request evaluation scores a case, on labels written here (no mail needed)."""

from __future__ import annotations

from typing import Any

from bench import requests_eval


def _result(kind: str, command: str | None = None, **parties: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "requester": {"name": "Ann", "email": "ann@x.test"},
        "a": parties.get("a"),
        "b": parties.get("b"),
        "context": "",
        "confident": parties.get("confident", False),
        "more": [],
        "command": command,
    }


ALICE = {"name": "Alice", "email": "alice@x.test"}
BOB = {"name": "Bob", "email": "bob@x.test"}


def _report(*cases: tuple[dict[str, Any], dict[str, Any]]) -> requests_eval.Report:
    report = requests_eval.Report(cases=len(cases))
    names = ["kind", "command", "requester.name", "requester.email", "context", "more"]
    names += ["a.name", "a.email", "b.name", "b.email"]
    report.fields = {name: requests_eval.Tally() for name in names}
    for n, (got, want) in enumerate(cases):
        requests_eval._score_one(report, f"case{n}", got, want)
    return report


def test_every_mail_counts_a_negative_left_alone_and_a_command_obeyed() -> None:
    request = _result("intro_request", a=ALICE, b=BOB, confident=True)
    report = _report(
        (request, request),
        (_result("not_a_request"), _result("not_a_request")),
        (_result("command", "status"), _result("command", "status")),
        # Asked about when it could have been acted on: not confident and right.
        (_result("intro_request", a=ALICE, b=BOB), request),
    )
    assert report.confident_right == 1 and report.others_right == 2
    assert report.confident_right_share == 0.5
    assert report.confident_right_of_all == 0.75


def test_a_wrong_command_or_a_missed_negative_is_not_right() -> None:
    report = _report(
        (_result("command", "cancel"), _result("command", "status")),
        (_result("command", "help"), _result("not_a_request")),
        (_result("intro_request", a=ALICE, b=BOB, confident=True), _result("not_a_request")),
    )
    assert report.others_right == 0
    assert report.confident_right_of_all == 0.0
    assert len(report.wrong_confident) == 1
