"""A name the HTML part links to an address ("<a href="mailto:genevieve@...">Geneviève
Tremblay-Paquin</a>") while the plain-text part writes the name alone is known with that
address, as a header's people are; a link whose text is no name, or one the plain text
shows with its address, adds nothing."""

from __future__ import annotations

from email.message import EmailMessage

from agent.message import parse_message
from agent.understanding.request_links import linked_addresses
from agent.understanding.request_model import Party
from agent.understanding.requests import understand_request

AGENT = "intro@introbot.net"
_SENDER = "Sylvain Bélanger <sylvain@erablierebelanger.example>"


def _mail(plain: str, html: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = _SENDER
    message["To"] = AGENT
    message["Subject"] = "Présentation"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message


def test_a_name_linked_to_an_address_in_the_html_part_is_known_with_it() -> None:
    plain = (
        "Bonjour,\n\nJ'aimerais ça que vous me mettiez en contact avec Geneviève "
        "Tremblay-Paquin, la cheffe du Bistro La Chaudière à Montréal. Elle cherche du "
        "sirop.\n\nMerci ben gros!\n\nSylvain Bélanger"
    )
    html = (
        "<html><body><div>Bonjour,</div><div><br></div><div>J'aimerais ça que vous me "
        'mettiez en contact avec <a href="mailto:genevieve@bistro.example">Genevi&egrave;ve '
        "Tremblay-Paquin</a>, la cheffe du Bistro La Chaudière à Montréal. Elle cherche du "
        "sirop.</div><div>Merci ben gros!</div><div>Sylvain Bélanger</div></body></html>"
    )
    result = understand_request(parse_message(_mail(plain, html).as_bytes()), AGENT)
    assert result.kind == "intro_request"
    assert result.b == Party("Geneviève Tremblay-Paquin", "genevieve@bistro.example")
    assert result.confident


def test_an_english_link_on_a_name_is_read_too() -> None:
    plain = "Hi,\n\nCould you introduce me to Dana Whitfield? She roasts coffee.\n\nThanks\nSylvain"
    html = (
        '<p>Hi,</p><p>Could you introduce me to <a href="mailto:dana@roastery.example?'
        'subject=hello">Dana Whitfield</a>? She roasts coffee.</p><p>Thanks<br>Sylvain</p>'
    )
    result = understand_request(parse_message(_mail(plain, html).as_bytes()), AGENT)
    assert result.b == Party("Dana Whitfield", "dana@roastery.example")
    assert result.confident


def test_links_the_plain_text_shows_or_that_name_no_one_add_nothing() -> None:
    plain = "Write to Dana Whitfield <dana@roastery.example> or to the office."
    html = (
        '<p>Write to <a href="mailto:dana@roastery.example">Dana Whitfield</a> or to '
        '<a href="mailto:office@roastery.example">office@roastery.example</a>.</p>'
    )
    message = parse_message(_mail(plain, html).as_bytes())
    assert linked_addresses(message) == ()


def test_a_name_without_a_link_stays_without_an_address() -> None:
    plain = "Hi,\n\nCould you introduce me to Dana Whitfield? She roasts coffee.\n\nThanks\nSylvain"
    html = "<p>Hi,</p><p>Could you introduce me to Dana Whitfield? She roasts coffee.</p>"
    result = understand_request(parse_message(_mail(plain, html).as_bytes()), AGENT)
    assert result.kind == "intro_request"
    assert not result.confident
