"""Addresses a mail's HTML part gives as links that its plain-text part leaves out.

Apple Mail and some webmails write a person's name as a link to write to them ("... en
contact avec <a href="mailto:genevieve@...">Geneviève Tremblay-Paquin</a>, la cheffe
...") and, in the plain-text part beside it, the name alone. The reader of the mail sees
the name and, a click away, its address: the link ties the two as "Name <address>"
written out does. ``linked_addresses`` gives those people, each with their address,
where the plain text shows the name and not the address; they are known to the request
as the people of the mail's headers are.

The HTML is read with ``str.find`` and anchored matches only, in one forward pass over
at most ``MAX_LINKS`` links, each link's text looked for within ``MAX_LINK_TEXT``
characters: hostile markup costs no more than its length.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import unquote

from agent.message import Address, ParsedMessage

# The links read, and how far a link's text may run to its closing tag.
MAX_LINKS = 20
MAX_LINK_TEXT = 200
_MAILTO = "mailto:"
_ADDRESS = re.compile(r"[\w.+'%-]+@[\w-]+(?:\.[\w-]+)+")
_TAG = re.compile(r"<[^<>]{0,200}>")


def linked_addresses(message: ParsedMessage) -> tuple[Address, ...]:
    """The people the HTML part links by name to an address ("<a
    href="mailto:genevieve@...">Geneviève Tremblay-Paquin</a>") whose name the plain-text
    part writes without that address; none where the text was made from the HTML, which
    shows every link's address already."""
    html = message.html
    if not html or message.text_from_html or _MAILTO not in html:
        return ()
    text = message.text or ""
    folded = text.casefold()
    found: list[Address] = []
    at = html.find(_MAILTO)
    links = 0
    while at >= 0 and links < MAX_LINKS:
        links += 1
        address = _ADDRESS.match(html, at + len(_MAILTO))
        close = html.find(">", at)
        if address is not None and close >= 0:
            end = html.find("</", close, close + MAX_LINK_TEXT)
            if end >= 0:
                shown = " ".join(unescape(_TAG.sub("", html[close + 1 : end])).split())
                email = unquote(address.group(0))
                if shown and "@" not in shown and shown in text and email.casefold() not in folded:
                    found.append(Address(shown, email))
        at = html.find(_MAILTO, at + len(_MAILTO))
    return tuple(found)
