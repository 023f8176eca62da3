"""What ``intro-agent demo`` plays: two introductions, or one where you answer yourself.

The scripted demo: Carol asks for Alice and Bob; both are asked privately; Alice answers
from Gmail and Bob from Outlook, both yes; the introduction goes out with Carol copied.
Then Carol asks for Dave and Erin; Dave says yes, Erin declines; Carol is told, Dave
only hears "not this time". The interactive demo lets a person answer as Alice and
shows how the agent read the answer. Every mail is printed as it goes by.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from agent.demo.people import ClientStyle, Person, compose, plain_text, reply
from agent.demo.sandbox import Reading, Sandbox
from agent.demo.smtp_server import HOST
from agent.demo.transcript import mail_block
from agent.engine.admin import all_intros, list_line

Echo = Callable[[str], None]
ReadLine = Callable[[], str | None]

EXIT_OK = 0
EXIT_FAILURE = 1
MAX_ROUNDS = 3


def request_text(requester: Person, first: Person, second: Person, why: str) -> str:
    """A request as a person writes it: both names with their addresses, and why."""
    return (
        f"Hi,\n\nCould you please introduce {first.name.split()[0]} <{first.address}> to "
        f"{second.name.split()[0]} <{second.address}>? {why}\n\n"
        f"Thanks!\n{requester.name.split()[0]}\n"
    )


class Narrator:
    """Prints steps, passes and every new mail of a sandbox."""

    def __init__(self, box: Sandbox, echo: Echo) -> None:
        self.box = box
        self.echo = echo

    def sandbox(self) -> None:
        self.echo(f"Sandbox: SMTP on {HOST}:{self.box.server.port}, config {self.box.config_path}")

    def step(self, text: str) -> None:
        self.echo("")
        self.echo(f"== {text}")

    def mail(self) -> None:
        for number, delivery in self.box.new_deliveries():
            for line in mail_block(number, delivery):
                self.echo(line)

    def agent_pass(self) -> list[Reading]:
        """Run one pass; print what it did, how it read each reply, then the mail it sent."""
        before = len(self.box.readings)
        report = self.box.run_pass()
        self.echo(f"   (agent pass: {report.summary()})")
        readings = self.box.readings[before:]
        for reading in readings:
            self.echo(f"   The agent read {reading.sender}'s answer as: {reading.answer.upper()}")
            self.echo(f"      from the new text it found: {reading.text.strip()!r}")
        self.mail()
        return readings


def ask(box: Sandbox, requester: Person, first: Person, second: Person, why: str) -> None:
    subject = f"Intro: {first.name.split()[0]} and {second.name.split()[0]}"
    box.send(
        compose(
            requester,
            box.agent.header,
            subject,
            request_text(requester, first, second, why),
            box.now(),
            box.domain,
        )
    )


def answer(box: Sandbox, person: Person, text: str, style: ClientStyle) -> None:
    """``person`` answers the newest mail the agent sent them, from a ``style`` client."""
    received = box.new_mail(person)
    if not received:
        raise RuntimeError(f"{person.address} has no mail to answer")
    box.send(reply(person, received[-1], text, style, box.now(), box.domain))


def run_demo(folder: Path, echo: Echo) -> int:
    """The scripted demo; 0 when both introductions ended as they should."""
    started = time.monotonic()
    with Sandbox(folder) as box:
        tell = Narrator(box, echo)
        carol, alice, bob = box.person("Carol"), box.person("Alice"), box.person("Bob")
        dave, erin = box.person("Dave"), box.person("Erin")
        tell.sandbox()

        tell.step("1. Carol asks the agent to introduce Alice and Bob")
        ask(box, carol, alice, bob, "Bob is hiring data engineers and Alice is looking.")
        tell.mail()
        tell.step("The agent reads its inbox and asks Alice and Bob, each privately")
        tell.agent_pass()

        tell.step("Alice answers from Gmail, Bob from Outlook; both quote the question")
        answer(box, alice, "Yes, I'd love that!", "gmail")
        answer(box, bob, "Sure, happy to chat.\n\nBob", "outlook")
        tell.mail()
        tell.step("The agent reads both answers and, with two yeses, introduces them")
        tell.agent_pass()

        tell.step("2. Carol asks for Dave and Erin")
        ask(box, carol, dave, erin, "Dave wants advice on moving to Lisbon; Erin lives there.")
        tell.mail()
        tell.agent_pass()
        tell.step("Dave says yes (Gmail); Erin declines (Outlook)")
        answer(box, dave, "Yes please, that would be great.", "gmail")
        answer(box, erin, "Thanks, but no - I'm not able to take this on right now.", "outlook")
        tell.mail()
        tell.step("The agent tells Carol, and tells Dave only that it will not go ahead")
        tell.agent_pass()

        intros = all_intros(box.store)
        tell.step("Introductions in the store (intro-agent list)")
        for intro in intros:
            echo("   " + list_line(intro))
        statuses = sorted(intro.status for intro in intros)
    echo("")
    echo(f"Demo finished in {time.monotonic() - started:.1f} s.")
    if statuses != ["completed", "declined"]:
        echo(f"Unexpected: the introductions ended as {statuses}, not completed and declined.")
        return EXIT_FAILURE
    return EXIT_OK


def read_answer(echo: Echo, read_line: ReadLine) -> str | None:
    """Lines typed until an empty line or end of input; None when nothing was typed."""
    echo("Type Alice's answer; finish with an empty line (or Ctrl-D):")
    echo("(it is sent as Gmail sends a reply: your words, then the agent's mail quoted)")
    lines: list[str] = []
    while True:
        line = read_line()
        if line is None:
            break
        line = line.rstrip("\r\n")
        if not line and lines:
            break
        if line:
            lines.append(line)
    return "\n".join(lines) if lines else None


def run_interactive(folder: Path, echo: Echo, read_line: ReadLine) -> int:
    """You are Alice: answer the agent's question and see how it reads your answer."""
    with Sandbox(folder) as box:
        tell = Narrator(box, echo)
        carol, alice, bob = box.person("Carol"), box.person("Alice"), box.person("Bob")
        tell.sandbox()
        tell.step("Carol asks the agent to introduce Alice (you) and Bob")
        ask(box, carol, alice, bob, "Bob is hiring data engineers and Alice is looking.")
        tell.mail()
        tell.agent_pass()
        answer(box, bob, "Sure, happy to chat.\n\nBob", "outlook")
        tell.mail()
        tell.step("Bob has answered; the agent will read it with yours. Your mail:")
        for _round in range(MAX_ROUNDS):
            received = box.new_mail(alice)
            if not received:
                echo("The agent sent you nothing more.")
                break
            latest = received[-1]
            echo(f"Subject: {latest['Subject']}")
            for line in plain_text(latest).splitlines():
                echo("   " + line)
            typed = read_answer(echo, read_line)
            if typed is None:
                echo("No answer typed: the demo ends here.")
                return EXIT_FAILURE
            box.send(reply(alice, latest, typed, "gmail", box.now(), box.domain))
            tell.mail()
            mine = [r for r in tell.agent_pass() if r.sender == alice.address]
            if not mine or mine[-1].answer != "unclear":
                break
            tell.step("Your answer was unclear to the agent, so it asked again:")
        for intro in all_intros(box.store):
            echo("   " + list_line(intro))
    return EXIT_OK
