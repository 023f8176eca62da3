"""The mailing-list rule."""

from __future__ import annotations

import pytest

from rules.list_mail import ListMail
from tests.rules.robot_mail import PERSON, message


@pytest.mark.parametrize(
    "header",
    [
        "List-Id: Friends <friends.lists.example.org>",
        "List-Unsubscribe: <mailto:leave@example.org>",
        "List-Post: <mailto:friends@example.org>",
        "X-Mailing-List: friends@example.org",
    ],
)
def test_list_headers_mark_list_mail(header: str) -> None:
    assert ListMail().check(message(f"{PERSON}\n{header}"))


def test_direct_mail_is_not_list_mail() -> None:
    assert not ListMail().check(message(PERSON))
