"""The delivery-report rule."""

from __future__ import annotations

from rules.delivery_report import DeliveryReport
from tests.rules.robot_mail import PERSON, message

REPORT = (
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nTo: intro@example.org\n"
    "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"'
)
REPORT_BODY = (
    "--b1\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message "
    "could not be delivered.\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
    "Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\n"
    "Action: failed\r\nStatus: 5.1.1\r\n--b1--\r\n"
)


def test_multipart_report_is_a_report() -> None:
    assert DeliveryReport().check(message(REPORT, REPORT_BODY))


def test_read_receipt_is_a_report() -> None:
    headers = (
        f"{PERSON}\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="r"'
    )
    body = "--r\r\nContent-Type: text/plain\r\n\r\nRead.\r\n--r--\r\n"
    assert DeliveryReport().check(message(headers, body))


def test_ordinary_multipart_is_not_a_report() -> None:
    headers = f'{PERSON}\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="a"'
    body = "--a\r\nContent-Type: text/plain\r\n\r\nyes\r\n--a--\r\n"
    assert not DeliveryReport().check(message(headers, body))


def test_failed_recipients_header_marks_a_bounce() -> None:
    assert DeliveryReport().check(message(f"{PERSON}\nX-Failed-Recipients: bob@example.com"))
