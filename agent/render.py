"""Render the agent's mails from Jinja2 templates a user can override, file by file.

Each mail kind has ``NAME.txt`` (first line ``Subject: ...``, a blank line, then the
plain-text body) and may have ``NAME.html`` (the HTML body); without one, the HTML part
is the text's paragraphs in ``_layout.html``, so one file is enough to change a mail.
Templates in the configured ``lifecycle.templates_dir`` win over the built-in ones in
``agent/templates``. HTML is autoescaped; undefined variables are errors, so a
template that names something the agent does not provide fails in tests, not in a
person's inbox. Templates are read once per process (a running daemon picks up an
edited template when it restarts), so a busy pass does not look at the disk per mail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from agent.errors import AgentError

BUILTIN = Path(__file__).parent / "templates"


class TemplateError(AgentError):
    """A mail template is missing or does not render."""


@dataclass(frozen=True)
class RenderedMail:
    """A mail's subject and bodies, as the templates wrote them."""

    subject: str
    text: str
    html: str | None


class Renderer:
    """Renders mail kinds from the override folder first, then the built-in templates."""

    def __init__(self, override_dir: Path | None = None) -> None:
        folders = [str(override_dir)] if override_dir else []
        folders.append(str(BUILTIN))
        loader = jinja2.FileSystemLoader(folders)
        self._text = jinja2.Environment(
            loader=loader,
            autoescape=False,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self._html = jinja2.Environment(
            loader=loader,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        # Kinds with no HTML template of their own; Jinja does not cache a miss.
        self._no_html: set[str] = set()

    def render(self, kind: str, context: Mapping[str, Any]) -> RenderedMail:
        """Render ``kind``; raise ``TemplateError`` naming the template on any failure."""
        try:
            text = self._text.get_template(f"{kind}.txt").render(context)
        except jinja2.TemplateNotFound:
            raise TemplateError(f"no template {kind}.txt") from None
        except jinja2.TemplateError as exc:
            raise TemplateError(f"template {kind}.txt: {exc}") from None
        head, sep, body = text.partition("\n\n")
        if not sep or not head.startswith("Subject:") or "\n" in head:
            raise TemplateError(
                f"template {kind}.txt must start with 'Subject: ...' and a blank line"
            )
        subject = head[len("Subject:") :].strip()
        body = body.strip("\n") + "\n"
        if kind not in self._no_html:
            try:
                html = self._html.get_template(f"{kind}.html").render(context)
            except jinja2.TemplateNotFound:
                self._no_html.add(kind)
            except jinja2.TemplateError as exc:
                raise TemplateError(f"template {kind}.html: {exc}") from None
            else:
                return RenderedMail(subject=subject, text=body, html=html)
        paragraphs = [p.strip("\n") for p in body.split("\n\n") if p.strip()]
        html = self._render_layout(subject, paragraphs)
        return RenderedMail(subject=subject, text=body, html=html)

    def _render_layout(self, subject: str, paragraphs: list[str]) -> str:
        try:
            template = self._html.get_template("_layout.html")
            return template.render(subject=subject, paragraphs=paragraphs)
        except jinja2.TemplateError as exc:
            raise TemplateError(f"template _layout.html: {exc}") from None
