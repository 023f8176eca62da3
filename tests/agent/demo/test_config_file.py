"""The sandbox's config is a valid config that sends to the sandbox on loopback."""

from __future__ import annotations

from pathlib import Path

from agent.config import load_config
from agent.demo.config_file import sandbox_config


def test_the_config_loads_and_points_at_the_sandbox(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    store = tmp_path / "store.json"
    path.write_text(
        sandbox_config(agent="intros@x.test", domain="x.test", smtp_port=2525, store=store)
    )
    config = load_config(path)
    assert config.agent.address == "intros@x.test"
    assert (config.smtp.host, config.smtp.port, config.smtp.security) == (
        "127.0.0.1",
        2525,
        "none",
    )
    assert config.smtp.is_loopback and config.smtp.secret is None
    assert config.store.path == store
    assert config.policy.allowed_requesters == ("*@x.test",)
