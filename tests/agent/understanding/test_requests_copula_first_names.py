"""A first name typed in lower case before the address it is given ("jo is
revjo.mensah@..."), of someone the mail names in full with capitals ("Rev Jo Mensah"):
the address is that one's, as it is with the capital typed. A first name no one is named
in full by, or two are, stays as typed."""

from __future__ import annotations

import pytest

from agent.understanding.request_copula_names import copula_first_names
from agent.understanding.request_mentions import tokenize
from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from tests.agent.understanding.test_requests import understand


@pytest.mark.parametrize(
    "body",
    [
        "hi can u intro our new vicar Rev Jo Mensah to Rob Hensley the organist - its about a"
        " joint carol service. jo is revjo.mensah@stpeters.example , rob is"
        " rob.hensley@stmarys.example\nthx\nSue",
        "can you connect Rob Hensley with our vicar Rev Jo Mensah pls, rob is"
        " rob.hensley@stmarys.example and jo's revjo.mensah@stpeters.example\nthx\nSue",
    ],
)
def test_a_lower_case_first_name_before_its_address_is_the_one_named(body: str) -> None:
    result = understand(body, sender="Sue Pemberton <sue@icloud.example>")
    assert result.kind == "intro_request"
    assert Party("Jo Mensah", "revjo.mensah@stpeters.example") in (result.a, result.b)
    assert result.confident


@pytest.mark.parametrize(
    "text",
    [
        "tu peux présenter Jo Mensah à Rob Hensley ? jo est revjo.mensah@stpeters.example",
        "me presentas a Jo Mensah con Rob Hensley? jo es revjo.mensah@stpeters.example",
        "kannst du Jo Mensah mit Rob Hensley bekannt machen? jo ist revjo.mensah@x.example",
        "podes apresentar o Jo Mensah ao Rob Hensley? jo é revjo.mensah@stpeters.example",
        "tafadhali mtambulishe Jo Mensah kwa Rob Hensley. jo ni revjo.mensah@x.example",
    ],
)
def test_the_first_name_gets_its_capital_in_each_language(text: str) -> None:
    rules = load_rules()
    recased = copula_first_names(text, tokenize(text, rules), rules)
    assert recased.count("Jo ") == text.count("Jo ") + 1


@pytest.mark.parametrize(
    "text",
    [
        # No one named in full by that first name.
        "can u intro me to Rob Hensley? sam is sam@x.example",
        # Two named in full by it: which one is left open.
        "can u intro Jo Mensah and Jo Okafor to Rob Hensley? jo is jo@x.example",
        # Inside an address, or a word in no such place.
        "intro Jo Mensah to Rob Hensley pls: mail.jo is nice, jo@x.example",
    ],
)
def test_no_first_name_is_given_its_capital_otherwise(text: str) -> None:
    rules = load_rules()
    recased = copula_first_names(text, tokenize(text, rules), rules)
    assert recased.count("Jo") == text.count("Jo")
    assert recased.count("Sam") == text.count("Sam")
