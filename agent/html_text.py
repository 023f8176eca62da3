"""HTML mail bodies rendered as readable plain text, with the standard library alone.

``html_to_text`` keeps the shape a reader sees: block elements and ``<br>`` become line
breaks, list items get "- " or "1. " markers, table rows become lines, and
``<blockquote>`` content comes out as "> " quoted lines, so that quote stripping later
treats an HTML reply like a plain-text one. Scripts, styles, the document head and
comments are dropped; entities are decoded. Malformed markup never raises: whatever
the parser cannot follow is still reduced to its text.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

__all__ = ["html_to_text"]

# Elements that start and end a line of their own.
_LINE_ELEMENTS = frozenset(
    {
        "address",
        "article",
        "aside",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "li",
        "main",
        "nav",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
    }
)
# Elements that stand apart from their neighbours by a blank line.
_PARAGRAPH_ELEMENTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol"})
# Elements whose content is never shown to the reader.
_HIDDEN_ELEMENTS = frozenset({"script", "style", "head", "title", "template", "xml"})
_CELL_ELEMENTS = frozenset({"td", "th"})
# Outlook's own plain-text alternative draws a rule as this line; quote stripping knows it.
_RULE = "________________________________"
_SPACE_RUN = re.compile(r"[ \t\n\r\f\v\u00a0]+")
# Invisible marks that editors sprinkle into text (Windows Mail puts LRMs around every
# date part); they would only get in the way of matching words. ZWJ and ZWNJ carry
# meaning in some scripts and emoji, so they stay.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200e\u200f\u2060\ufeff]")
_TAG = re.compile(r"<[^>]*>")
_BLANK_RUN = re.compile(r"\n{3,}")
_NEVER_SHOWN = re.compile(
    r"<!--.*?-->|<(head|style|script)\b[^>]*>.*?</\1\s*>",
    re.DOTALL | re.IGNORECASE,
)


class _TextBuilder(HTMLParser):
    """Collects the visible text of a document, line by line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._words: list[str] = []
        self._hidden = 0
        self._pre = 0
        self._quote = 0
        # One entry per open list: None for <ul>, the next number for <ol>.
        self._lists: list[int | None] = []
        self._pending_marker = ""
        self._pending_blank = False
        # Open Word-style paragraphs (see _is_word_paragraph).
        self._word_paragraphs = 0

    # -- output -------------------------------------------------------------------

    def _prefix(self) -> str:
        return "> " * self._quote

    def _flush(self) -> None:
        """End the current line, if it holds anything."""
        raw = "".join(self._words)
        self._words = []
        text = raw.rstrip() if self._pre else raw.strip()
        if not text and not self._pending_marker:
            if "\u00a0" in raw:
                # A line holding only &nbsp; is how Outlook and others write a blank line.
                self._flush_blank()
            return
        if self._pending_blank and self.lines:
            self._blank_line()
        self._pending_blank = False
        indent = "  " * max(len(self._lists) - 1, 0) if self._pending_marker else ""
        self.lines.append(f"{self._prefix()}{indent}{self._pending_marker}{text}".rstrip())
        self._pending_marker = ""

    def _blank_line(self) -> None:
        blank = self._prefix().rstrip()
        if self.lines and self.lines[-1] == blank:
            return
        self.lines.append(blank)

    def _paragraph_break(self) -> None:
        self._flush()
        self._pending_blank = True

    # -- parser callbacks ---------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # A document that never closes its head must still show its body.
            self._hidden = 0
            return
        if tag in _HIDDEN_ELEMENTS:
            self._hidden += 1
            return
        if self._hidden:
            return
        if tag == "br":
            if self._words or self._pending_marker:
                self._flush()
            elif not self._pre:
                # An empty line made of <br>s is a visible blank line.
                self._flush_blank()
            else:
                self.lines.append(self._prefix().rstrip())
        elif tag == "hr":
            self._flush()
            self.lines.append(f"{self._prefix()}{_RULE}")
        elif tag == "blockquote":
            self._flush()
            self._quote += 1
        elif tag in ("ul", "ol"):
            if self._lists:
                # A nested list continues its parent item's block.
                self._flush()
            else:
                self._paragraph_break()
            self._lists.append(None if tag == "ul" else 1)
        elif tag == "li":
            self._flush()
            self._pending_marker = self._next_marker()
        elif tag == "pre":
            self._paragraph_break()
            self._pre += 1
        elif tag == "p" and _is_word_paragraph(attrs):
            self._flush()
            self._word_paragraphs += 1
        elif tag in _PARAGRAPH_ELEMENTS:
            self._paragraph_break()
        elif tag in _LINE_ELEMENTS:
            self._flush()
        elif tag in _CELL_ELEMENTS:
            if self._words:
                self._words.append(" ")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self.handle_data(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <img/> are complete in themselves; a self-closed <div/> is not
        # an opening that a later end tag would close, so hidden depth is left alone.
        if tag in _HIDDEN_ELEMENTS:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_ELEMENTS:
            self._hidden = max(self._hidden - 1, 0)
            return
        if self._hidden:
            return
        if tag == "blockquote":
            self._flush()
            if self._quote:
                self._quote -= 1
            self._pending_blank = True
        elif tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
            self._pending_blank = not self._lists
        elif tag == "pre":
            self._flush()
            self._pre = max(self._pre - 1, 0)
            self._pending_blank = True
        elif tag == "p" and self._word_paragraphs:
            self._flush()
            self._word_paragraphs -= 1
        elif tag in _PARAGRAPH_ELEMENTS:
            self._paragraph_break()
        elif tag in _LINE_ELEMENTS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._hidden or not data:
            return
        data = _INVISIBLE.sub("", data)
        if self._pre:
            first, *rest = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            self._words.append(first)
            for line in rest:
                self._flush_pre()
                self._words.append(line)
            return
        text = _SPACE_RUN.sub(" ", data)
        if "\u00a0" in data and not text.strip():
            # Kept so that _flush can tell an &nbsp;-only line from an empty one.
            self._words.append("\u00a0")
            return
        if not self._words or self._words[-1].endswith((" ", "\u00a0")):
            text = text.lstrip(" ")
        if text:
            self._words.append(text)

    # -- helpers ------------------------------------------------------------------

    def _flush_pre(self) -> None:
        text = "".join(self._words).rstrip()
        self._words = []
        if self._pending_blank and self.lines:
            self._blank_line()
        self._pending_blank = False
        self.lines.append(f"{self._prefix()}{text}".rstrip())

    def _flush_blank(self) -> None:
        self._pending_blank = False
        self.lines.append(self._prefix().rstrip())

    def _next_marker(self) -> str:
        if not self._lists:
            return "- "
        number = self._lists[-1]
        if number is None:
            return "- "
        self._lists[-1] = number + 1
        return f"{number}. "

    def text(self) -> str:
        self._flush()
        return _tidy("\n".join(self.lines))


def _is_word_paragraph(attrs: list[tuple[str, str | None]]) -> bool:
    """Outlook's paragraphs have no margin: each is one line, and blank lines are
    written as paragraphs holding &nbsp;."""
    return any(name == "class" and "mso" in (value or "").lower() for name, value in attrs)


def _tidy(text: str) -> str:
    """Trim trailing space on each line and keep at most one blank line in a row."""
    lines = [line.rstrip() for line in text.split("\n")]
    joined = "\n".join(lines).strip("\n")
    return _BLANK_RUN.sub("\n\n", joined)


def _strip_tags(html: str) -> str:
    """The crude fallback: tags removed, entities decoded, space collapsed per line."""
    text = unescape(_TAG.sub(" ", html))
    lines = (_SPACE_RUN.sub(" ", line).strip() for line in text.splitlines())
    return _tidy("\n".join(lines))


def html_to_text(html: str) -> str:
    """Render an HTML document or fragment as plain text; never raises on bad markup."""
    if not html:
        return ""
    builder = _TextBuilder()
    try:
        # Cutting what is never shown before parsing saves html.parser most of its work
        # on Outlook mail, whose head and conditional comments outweigh the text.
        builder.feed(_NEVER_SHOWN.sub(" ", html))
        builder.close()
        return builder.text()
    except Exception:
        # html.parser is lenient, but an internal assertion on pathological markup must
        # not lose the message: fall back to plain tag stripping.
        return _strip_tags(html)
