"""A possessive typed without its apostrophe before an address word ("Tylers email is
tyler@...") gives the address of the one the text names by that first name, as "Tyler's
email is" does (``unmarked_possessive_words``); a first name ending in "s" ("Charles"),
or a word that is no listed first name ("The Wilsons email is"), is left as written."""

from __future__ import annotations

from agent.understanding.request_model import Party
from agent.understanding.request_rules import load_rules
from agent.understanding.request_slips import apostrophed_possessives
from tests.agent.understanding.test_requests import understand


def test_unmarked_possessive_gives_the_named_one_the_address() -> None:
    result = understand(
        "My nephew Ethan Blake finishes at the vet school in June and wants to keep"
        " bees. I would like him to meet Mrs. Edna Frost who keeps forty hives.\n\n"
        "Ethans email is ethanb07@mail.example\n\nI do not have Ednas email.\n\n"
        "Kind regards,\nAnn Lee"
    )
    assert result.kind == "intro_request"
    assert Party("Ethan Blake", "ethanb07@mail.example") in (result.a, result.b)
    assert not result.confident


def test_apostrophe_put_back_only_for_a_first_name_the_text_names() -> None:
    rules = load_rules()
    text = "Ethan Blake wants bees. Ethans email is c@b.example"
    assert apostrophed_possessives(text, rules) == (
        "Ethan Blake wants bees. Ethan's email is c@b.example"
    )
    for kept in (
        "Please introduce me to Charles Dunn. Charles email is cd@d.example",
        "Please introduce me to Ruth Ellison. The Wilsons email is w@w.example",
        # Ethan is named nowhere else: whose the address is stays as written.
        "Please introduce me to Ruth Ellison. Ethans email is c@b.example",
        "Ethan Blake wants bees. Ethans farm is at c@b.example",
    ):
        assert apostrophed_possessives(kept, rules) == kept
