"""Tests of agent/engine/admin.py through the CLI: list, show, cancel and forget."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from agent.cli import cli
from agent.engine.tables import INTROS
from tests.agent.engine.harness import AGENT, World, mail


def config_for(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[agent]
address = "{AGENT}"
[imap]
host = "127.0.0.1"
security = "none"
username = "{AGENT}"
password = "unused"
[smtp]
host = "127.0.0.1"
security = "none"
username = "{AGENT}"
[store]
path = "store.json"
[policy]
allowed_requesters = ["*@example.test"]
"""
    )
    return path


def made_intro(tmp_path: Path) -> Path:
    world = World(tmp_path)
    world.source.deliver(
        mail(
            "Ann Lee <ann@example.test>",
            AGENT,
            "intro",
            "Please introduce Alice <alice@example.test> to Bob <bob@example.test>; Bob is hiring.",
        )
    )
    world.run()
    world.answer("alice@example.test", world.last_to("alice@example.test"), "Yes, gladly.")
    world.run()
    world.store.close()
    return config_for(tmp_path)


def test_list_and_show(tmp_path: Path) -> None:
    config = made_intro(tmp_path)
    runner = CliRunner()
    listed = runner.invoke(cli, ["list", "--config", str(config)])
    assert listed.exit_code == 0, listed.output
    assert "i00001" in listed.output and "awaiting_parties" in listed.output
    assert "waiting on: b" in listed.output
    as_json = runner.invoke(cli, ["list", "--json", "--config", str(config)])
    row = json.loads(as_json.output.splitlines()[0])
    assert row["a"]["consent"] == "yes" and row["b"]["consent"] == "asked"
    shown = runner.invoke(cli, ["show", "i00001", "--config", str(config)])
    assert shown.exit_code == 0
    assert "words: 'Yes, gladly.'" in shown.output
    assert "requested" in shown.output
    missing = runner.invoke(cli, ["show", "nope", "--config", str(config)])
    assert missing.exit_code == 1


def test_cancel_queues_notes_and_closes(tmp_path: Path) -> None:
    config = made_intro(tmp_path)
    runner = CliRunner()
    done = runner.invoke(cli, ["cancel", "#i00001", "--config", str(config)])
    assert done.exit_code == 0, done.output
    assert "cancelled #i00001" in done.output
    again = runner.invoke(cli, ["cancel", "i00001", "--config", str(config)])
    assert again.exit_code == 1 and "already cancelled" in again.output


def test_forget_scrubs_closed_and_refuses_open(tmp_path: Path) -> None:
    config = made_intro(tmp_path)
    runner = CliRunner()
    refused = runner.invoke(cli, ["forget", "alice@example.test", "--config", str(config)])
    assert refused.exit_code == 1 and "still in open introductions i00001" in refused.output
    runner.invoke(cli, ["cancel", "i00001", "--config", str(config)])
    sender = World(tmp_path)
    sender.now = datetime.now(UTC)  # the CLI queued the notes on the real clock
    sender.run()  # the closing notes go out
    assert "will not go ahead" in sender.last_to("alice@example.test").text
    sender.store.close()
    done = runner.invoke(cli, ["forget", "alice@example.test", "--config", str(config)])
    assert done.exit_code == 0 and "1 closed introduction" in done.output
    world_store = World(tmp_path).store
    try:
        doc = world_store.get(INTROS, "i00001")
        assert doc is not None and "alice@example.test" not in json.dumps(doc)
        assert "Yes, gladly." not in json.dumps(doc)
        assert doc["b"]["person"]["email"] == "bob@example.test"
    finally:
        world_store.close()
    # Nor do the store's files on disk, journal and backups included.
    files = sorted(tmp_path.glob("store.json*"))
    assert files
    for path in files:
        text = path.read_text()
        assert "Yes, gladly." not in text, path.name
        assert "alice@example.test" not in text, path.name
