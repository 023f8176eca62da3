"""The compiled build is used only while it matches the sources, and then it is used."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import agent.understanding.requests
from agent import compiled
from agent.compiled import EXT_SUFFIX, FINGERPRINT, activate, fingerprint, folder, status


def _write_build(where: Path, sources: dict[str, str], suffix: str = EXT_SUFFIX) -> None:
    """A build folder with one extension file and the record ``build`` writes."""
    name = f"agent/message{suffix}"
    (where / "agent").mkdir(parents=True)
    (where / name).write_bytes(b"")
    record = {"ext_suffix": suffix, "sources": sources, "files": [name]}
    (where / FINGERPRINT).write_text(json.dumps(record), encoding="utf-8")


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    """``activate`` may change ``sys.path`` and the module's record: both restored after."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(compiled, "_active", compiled.in_use())


def test_the_fingerprint_covers_the_parser_and_every_understanding_module() -> None:
    names = set(fingerprint())
    assert "agent/message.py" in names
    assert "agent/understanding/requests.py" in names
    assert "agent/understanding/replies.py" in names
    assert all(name.endswith(".py") for name in names)


def test_no_build_is_reported(tmp_path: Path) -> None:
    fresh, said = status(tmp_path / "nothing")
    assert not fresh
    assert said.startswith("no build at ")


def test_a_build_for_another_python_is_not_used(tmp_path: Path) -> None:
    _write_build(tmp_path, fingerprint(), suffix=".cpython-39-x.so")
    assert status(tmp_path) == (False, f"the build at {tmp_path} is for another Python")


def test_a_build_of_edited_sources_is_not_used(tmp_path: Path) -> None:
    sources = fingerprint()
    sources["agent/understanding/requests.py"] = "0" * 64
    _write_build(tmp_path, sources)
    fresh, said = status(tmp_path)
    assert not fresh
    assert "stale" in said


def test_a_build_without_a_module_added_since_is_not_used(tmp_path: Path) -> None:
    sources = fingerprint()
    sources.pop("agent/understanding/replies.py")
    _write_build(tmp_path, sources)
    assert not status(tmp_path)[0]


def test_a_build_whose_extension_is_gone_is_not_used(tmp_path: Path) -> None:
    _write_build(tmp_path, fingerprint())
    (tmp_path / "agent" / f"message{EXT_SUFFIX}").unlink()
    assert status(tmp_path) == (False, f"the build at {tmp_path} is incomplete")


def test_a_matching_build_goes_before_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated: None
) -> None:
    _write_build(tmp_path, fingerprint())
    monkeypatch.setenv(compiled.ENV, str(tmp_path))
    package_path = ["/the/sources/agent"]
    assert activate(package_path) == tmp_path
    assert package_path == [str(tmp_path / "agent"), "/the/sources/agent"]
    assert sys.path[-1] == str(tmp_path)
    assert compiled.in_use() == tmp_path


def test_a_stale_build_leaves_the_sources_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated: None
) -> None:
    _write_build(tmp_path, {"agent/message.py": "0" * 64})
    monkeypatch.setenv(compiled.ENV, str(tmp_path))
    package_path = ["/the/sources/agent"]
    before = list(sys.path)
    assert activate(package_path) is None
    assert package_path == ["/the/sources/agent"]
    assert sys.path == before


def test_the_build_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENV, "0")
    assert folder() is None
    assert status() == (False, f"turned off ({compiled.ENV}=0)")


def test_the_build_reads_mail_when_it_matches_the_sources() -> None:
    fresh, said = status()
    if not fresh:
        pytest.skip(f"no compiled build to check here: {said}")
    # The process imported ``agent`` with the build in place: mail is read by it.
    assert compiled.in_use() == folder()
    assert agent.understanding.requests.__file__ is not None
    assert agent.understanding.requests.__file__.endswith(EXT_SUFFIX)
