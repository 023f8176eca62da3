"""Build the engine's environment from the configuration: who the agent is, whom it obeys.

Kept apart from the routing so tests can build an environment with their own clock,
ids and understanding, and the daemon builds the real one once at start.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from pathlib import Path

from agent.config import Config
from agent.core.policy import Policy
from agent.engine.inbound import AddressLookup, Environment, ReplyReading
from agent.engine.mails import MailSettings
from agent.engine.tables import id_secret
from agent.engine.token_key import TokenKey
from agent.message import ParsedMessage
from agent.render import Renderer
from agent.store.base import Tables
from agent.understanding.request_model import RequestResult
from rules.allowed_requester import AllowedRequester
from rules.authenticated_sender import AuthenticatedSender


def token_key_path(config: Config) -> Path:
    """The token key lives beside the store, outside it: ``STORE.key``."""
    return config.store.path.with_name(config.store.path.name + ".key")


def new_intro_id() -> str:
    """A short id a person can type: six hex digits (the store refuses a clash)."""
    return secrets.token_hex(3)


class DefaultUnderstanding:
    """The project's understanding: spaCy and the rules in ``rules/``, loaded on first use."""

    def robot_reason(self, message: ParsedMessage) -> str | None:
        from rules.robots import robot_rule

        rule = robot_rule(message)
        return None if rule is None else f"{rule.name}: {rule.reason}"

    def is_delivery_report(self, message: ParsedMessage) -> bool:
        from rules.delivery_report import DeliveryReport

        return DeliveryReport().check(message)

    def read_reply(self, message: ParsedMessage) -> ReplyReading:
        from agent.understanding.replies import classify_reply

        return classify_reply(message)

    def read_request(
        self, message: ParsedMessage, agent_address: str, address_book: AddressLookup
    ) -> RequestResult:
        from agent.understanding.requests import understand_request

        return understand_request(message, agent_address, address_book)


def build_environment(config: Config, tables: Tables) -> Environment:
    """The environment the daemon and ``once`` run with."""
    mails = MailSettings(
        address=config.agent.address,
        name=config.agent.name,
        id_secret=id_secret(tables),
        renderer=Renderer(config.lifecycle.templates_dir),
        tokens=TokenKey.load_or_create(token_key_path(config)),
    )
    return Environment(
        agent_address=config.agent.address,
        allowed=AllowedRequester(config.policy.allowed_requesters),
        authenticated=(
            AuthenticatedSender(config.policy.authserv_id) if config.policy.authserv_id else None
        ),
        policy=Policy.from_lifecycle(config.lifecycle),
        mails=mails,
        understanding=DefaultUnderstanding(),
        draw_tokens=mails.tokens.source,
        new_intro_id=new_intro_id,
    )


__all__: Sequence[str] = ("DefaultUnderstanding", "build_environment", "token_key_path")
