"""The core's lifecycle policy and how it is made from the configuration."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.config import LifecycleSection
from agent.core.policy import Policy


def test_policy_from_the_lifecycle_section_copies_every_rule() -> None:
    section = LifecycleSection(
        ask="sequential",
        reminder_after_days=2.5,
        max_reminders=1,
        expire_after_days=10.0,
        requester_copy="bcc",
    )
    assert Policy.from_lifecycle(section) == Policy("sequential", 2.5, 1, 10.0, "bcc")


def test_defaults_match_the_configuration_defaults() -> None:
    assert Policy.from_lifecycle(LifecycleSection()) == Policy()
    assert Policy().reminder_after == timedelta(days=3)
    assert Policy().expire_after == timedelta(days=14)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"ask": "all"},
        {"requester_copy": "to"},
        {"reminder_after_days": 0},
        {"expire_after_days": -1},
        {"max_reminders": -1},
    ],
)
def test_policy_refuses_nonsense(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Policy(**kwargs)  # type: ignore[arg-type]
