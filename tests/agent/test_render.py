"""Tests of agent/render.py: built-in templates, user overrides, and loud failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.render import BUILTIN, Renderer, TemplateError

OPT_IN = {
    "agent_name": "Intro Agent",
    "agent_address": "intros@example.test",
    "intro_id": "a1b2c3",
    "requester_name": "Ann",
    "a_name": "Alice",
    "b_name": "Bob",
    "party_name": "Alice",
    "other_name": "Bob",
    "context": "Bob is hiring <data> engineers & more",
    "n": 0,
}


def test_builtin_opt_in_has_subject_text_and_escaped_html() -> None:
    mail = Renderer().render("opt_in", OPT_IN)
    assert mail.subject == "Would you like an introduction to Bob? [#a1b2c3]"
    assert "Ann would like to introduce you to Bob." in mail.text
    assert "Bob is hiring <data> engineers & more" in mail.text
    assert mail.html is not None
    assert "Bob is hiring &lt;data&gt; engineers &amp; more" in mail.html
    assert "<script" not in mail.html


def test_a_user_template_overrides_one_mail_only(tmp_path: Path) -> None:
    (tmp_path / "opt_in.txt").write_text(
        "Subject: {{ requester_name }} wants you to meet {{ other_name }}\n\nHi {{ party_name }}!\n"
    )
    renderer = Renderer(tmp_path)
    mail = renderer.render("opt_in", OPT_IN)
    assert mail.subject == "Ann wants you to meet Bob"
    assert mail.text == "Hi Alice!\n"
    # Other kinds still come from the built-in folder.
    assert renderer.render("reminder", OPT_IN).subject.startswith("Reminder:")


def test_a_template_naming_an_unknown_variable_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "opt_in.txt").write_text("Subject: hi {{ nobody }}\n\nbody\n")
    with pytest.raises(TemplateError, match=r"opt_in\.txt"):
        Renderer(tmp_path).render("opt_in", OPT_IN)


def test_a_template_without_a_subject_line_is_refused(tmp_path: Path) -> None:
    (tmp_path / "opt_in.txt").write_text("Hello\n\nbody\n")
    with pytest.raises(TemplateError, match="must start with 'Subject:"):
        Renderer(tmp_path).render("opt_in", OPT_IN)
    with pytest.raises(TemplateError, match=r"no template missing\.txt"):
        Renderer(tmp_path).render("missing", OPT_IN)


def test_every_builtin_template_starts_with_a_subject() -> None:
    names = sorted(p.name for p in BUILTIN.glob("*.txt"))
    assert "opt_in.txt" in names and "introduction.txt" in names
    for name in names:
        assert (BUILTIN / name).read_text().startswith("Subject: "), name
