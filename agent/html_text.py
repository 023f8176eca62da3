"""HTML mail bodies rendered as readable plain text, with the standard library alone.

``html_to_text`` keeps the shape a reader sees: block elements and ``<br>`` become line
breaks, list items get "- " or "1. " markers, table rows become lines, and
``<blockquote>`` content comes out as "> " quoted lines, so that quote stripping later
treats an HTML reply like a plain-text one. Scripts, styles, the document head and
comments are dropped; entities are decoded. Malformed markup never raises: whatever
the tokenizer cannot follow is still reduced to its text.

The markup is read by a small tokenizer of our own rather than ``html.parser``: on this
Python the standard parser takes quadratic time on unterminated constructs (90 KB of
"<a " took 110 s, 80 KB of "<!--" 6 s), and a mail agent parses hostile HTML. The
tokenizer makes one forward pass with ``str.find``; entities are decoded by
``html.unescape``.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import unquote

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
_TAG = re.compile(r"<[^<>]*>")
_BLANK_RUN = re.compile(r"\n{3,}")
_TAG_NAME = re.compile(r"[a-zA-Z][^\s/>]*")
_ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
# Elements whose content is raw text up to their end tag, never markup.
_RAW_TEXT = frozenset({"script", "style", "xmp", "textarea", "title"})
# Attributes are read only where they matter; parsing every style="" would cost time.
_ATTRIBUTES_WANTED = frozenset({"img", "p", "a"})
# A link to write to someone: "mailto:ann@example.org?subject=hi".
_MAILTO = re.compile(r"\s*mailto:([^?\s]+@[^?\s]+)", re.IGNORECASE)
# Quote and list depth shown; deeper nesting is drawn at this depth, so that hostile
# markup cannot make every output line as long as the input.
_MAX_NESTING = 12
# A quoted ">" inside an attribute value ends the tag early; this many are looked past.
_QUOTED_GT_LIMIT = 4


class _TextBuilder:
    """Collects the visible text of a document, line by line."""

    def __init__(self) -> None:
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
        # The address of an open mailto link, and where its text starts.
        self._mailto: tuple[str, int, int] | None = None

    # -- output -------------------------------------------------------------------

    def _prefix(self) -> str:
        return "> " * min(self._quote, _MAX_NESTING)

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
        depth = min(len(self._lists) - 1, _MAX_NESTING)
        indent = "  " * max(depth, 0) if self._pending_marker else ""
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
        elif tag == "a":
            link = _MAILTO.match(unquote(dict(attrs).get("href") or ""))
            address = link.group(1) if link else ""
            self._mailto = (address, len(self.lines), len(self._words)) if address else None

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
        elif tag == "a" and self._mailto is not None:
            self._close_mailto(*self._mailto)
            self._mailto = None

    def _close_mailto(self, address: str, lines: int, words: int) -> None:
        """After a mailto link's text, its address, as a plain-text client shows it
        ("Ann Lee <ann@example.org>"), unless the text is the address already: a
        reader sees both, and who a name is may rest on it."""
        shown = "".join(self._words[words:] if len(self.lines) == lines else self._words)
        if shown.strip() and address.casefold() not in shown.casefold():
            self._words.append(f" <{address}>")

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


def _attributes(text: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for name, value in _ATTRIBUTE.findall(text):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.append((name.lower(), unescape(value) if value else None))
    return found


def _tag_end(html: str, start: int) -> int:
    """The index of the ">" closing the tag opened at ``start``, or -1."""
    end = html.find(">", start)
    for _ in range(_QUOTED_GT_LIMIT):
        if end < 0 or html.count('"', start, end) % 2 == 0:
            break
        end = html.find(">", end + 1)
    return end


def _tokenize(html: str, builder: _TextBuilder) -> None:
    """Feed ``html`` to ``builder`` in one forward pass; linear in the input size."""
    lower = html.lower()
    size = len(html)
    pos = 0
    while pos < size:
        lt = html.find("<", pos)
        if lt < 0:
            builder.handle_data(unescape(html[pos:]))
            return
        if lt > pos:
            builder.handle_data(unescape(html[pos:lt]))
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            pos = size if end < 0 else end + 3
            continue
        nxt = html[lt + 1 : lt + 2]
        if nxt in ("/", "!", "?") or (nxt.isascii() and nxt.isalpha()):
            end = _tag_end(html, lt + 1)
            if end < 0:
                # Nothing after can close a tag: the rest is text, as browsers show it.
                builder.handle_data(unescape(html[lt:]))
                return
            pos = end + 1
            if nxt == "!" or nxt == "?":
                continue
            if nxt == "/":
                name_match = _TAG_NAME.match(html, lt + 2, end)
                if name_match:
                    builder.handle_endtag(name_match.group().lower())
                continue
            name_match = _TAG_NAME.match(html, lt + 1, end)
            if name_match is None:  # pragma: no cover - nxt is a letter
                continue
            tag = name_match.group().lower()
            inner = html[name_match.end() : end]
            attrs = _attributes(inner) if tag in _ATTRIBUTES_WANTED else []
            if inner.rstrip().endswith("/"):
                builder.handle_startendtag(tag, attrs)
                continue
            builder.handle_starttag(tag, attrs)
            if tag in _RAW_TEXT:
                close = lower.find(f"</{tag}", pos)
                text_end = size if close < 0 else close
                builder.handle_data(html[pos:text_end])
                if close < 0:
                    return
                gt = html.find(">", close)
                pos = size if gt < 0 else gt + 1
                builder.handle_endtag(tag)
            continue
        # A "<" that opens nothing is text.
        builder.handle_data("<")
        pos = lt + 1


def html_to_text(html: str) -> str:
    """Render an HTML document or fragment as plain text; never raises on bad markup."""
    if not html:
        return ""
    builder = _TextBuilder()
    try:
        _tokenize(html, builder)
        return builder.text()
    except Exception:
        # The tokenizer is total, but a bug on pathological markup must not lose the
        # message: fall back to plain tag stripping.
        return _strip_tags(html)
