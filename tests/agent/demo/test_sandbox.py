"""The sandbox runs the real engine: a request by SMTP leads to opt-ins in the mailboxes."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from agent.demo.people import compose, reply
from agent.demo.sandbox import Sandbox
from agent.demo.smtp_server import HOST


def test_a_request_is_processed_and_the_opt_ins_delivered(tmp_path: Path) -> None:
    with Sandbox(tmp_path) as box:
        carol, alice, bob = box.person("Carol"), box.person("Alice"), box.person("Bob")
        box.send(
            compose(
                carol,
                box.agent.header,
                "Intro",
                f"Could you please introduce Alice <{alice.address}> to Bob <{bob.address}>? "
                "Bob is hiring.\n\nCarol",
                box.now(),
                box.domain,
            )
        )
        report = box.run_pass()
        assert report.ingest.processed == 1 and len(report.send.sent) == 3
        (opt_in,) = box.new_mail(alice)
        assert str(opt_in["Subject"]).startswith("Would you like an introduction to Bob?")
        assert bob.address not in opt_in.as_string()
        assert box.new_mail(alice) == []
        assert len(box.new_mail(bob)) == 1 and len(box.new_mail(carol)) == 1
        # The request left the agent's inbox only after it was handled, as over IMAP.
        assert box.boxes.folder(box.agent.address) == {}
        assert len(box.boxes.folder(box.agent.address, "Processed")) == 1
        assert box.config_path.parent == tmp_path and box.config.store.path.is_file()
        assert box.readings == []
        port = box.server.port
    with pytest.raises(OSError), socket.create_connection((HOST, port), timeout=5):
        pass


def test_the_agents_reading_of_an_answer_is_kept(tmp_path: Path) -> None:
    with Sandbox(tmp_path) as box:
        carol, alice, bob = box.person("Carol"), box.person("Alice"), box.person("Bob")
        box.send(
            compose(
                carol,
                box.agent.header,
                "Intro",
                f"Please introduce Alice <{alice.address}> to Bob <{bob.address}>.",
                box.now(),
                box.domain,
            )
        )
        box.run_pass()
        (opt_in,) = box.new_mail(alice)
        box.send(reply(alice, opt_in, "Not right now, thanks.", "outlook", box.now(), box.domain))
        box.run_pass()
        (reading,) = box.readings
        assert (reading.sender, reading.answer) == (alice.address, "no")
        assert reading.text.strip() == "Not right now, thanks."
