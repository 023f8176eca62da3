"""The registry of robot rules."""

from __future__ import annotations

from rules.robots import ROBOT_RULES, robot_rule
from tests.rules.robot_mail import PERSON, message


def test_every_rule_has_a_distinct_name_and_a_reason() -> None:
    names = [rule.name for rule in ROBOT_RULES]
    assert len(names) == len(set(names)) >= 6
    assert all(rule.reason for rule in ROBOT_RULES)


def test_a_person_matches_no_rule() -> None:
    assert robot_rule(message(PERSON)) is None


def test_the_first_matching_rule_is_named() -> None:
    rule = robot_rule(message(f"{PERSON}\nAuto-Submitted: auto-replied\nPrecedence: bulk"))
    assert rule is not None and rule.name == "auto-submitted"
