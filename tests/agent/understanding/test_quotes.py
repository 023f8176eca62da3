"""Finding the new text of a reply in each client's quoting style."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import agent
import rules as rules_package
from agent.understanding.quotes import extract_new_text, written_below_signature_line

QUESTION = (
    "Ann would like to introduce you to Bob, who is hiring data engineers.\n"
    "Would you like the introduction? Reply yes or no."
)


def quoted(text: str, prefix: str = "> ") -> str:
    return "\n".join(f"{prefix}{line}".rstrip() for line in text.split("\n"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Gmail, with the header wrapped over two lines.
        (
            "Yes please!\n\nOn Mon, Mar 3, 2025 at 9:14 AM Intro Agent <\nintro@example.org> "
            f"wrote:\n\n{quoted(QUESTION)}\n",
            "Yes please!",
        ),
        # Apple Mail / iOS, with the device line.
        (
            f"Sure\n\nSent from my iPhone\n\n> On 3 Mar 2025, at 09:14, Intro Agent "
            f"<intro@example.org> wrote:\n>\n{quoted(QUESTION)}\n",
            "Sure",
        ),
        # Outlook desktop.
        (
            "No thank you.\n\n-----Original Message-----\nFrom: Intro Agent "
            "<intro@example.org>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Carla\n"
            f"Subject: Introduction to Bob\n\n{QUESTION}\n",
            "No thank you.",
        ),
        # Outlook on the web: a rule, then a From/Sent/To/Subject block.
        (
            "happy to\n\n________________________________\nFrom: Intro Agent "
            "<intro@example.org>\nSent: 03 March 2025 09:14\nTo: Dan <dan@example.com>\n"
            f"Subject: Introduction\n\n{QUESTION}\n",
            "happy to",
        ),
        # Thunderbird.
        (
            f"Ok.\n\nOn 03/03/2025 09:14, Intro Agent wrote:\n{quoted(QUESTION)}\n",
            "Ok.",
        ),
        # French Gmail, header over two lines.
        (
            "Oui, volontiers.\n\nLe lun. 3 mars 2025 à 09:14, Intro Agent <intro@example.org>\n"
            f"a écrit :\n\n{quoted(QUESTION)}\n",
            "Oui, volontiers.",
        ),
        (
            "Claro que sí\n\nEl lun, 3 mar 2025 a las 9:14, Intro Agent "
            f"(<intro@example.org>) escribió:\n{quoted(QUESTION)}\n",
            "Claro que sí",
        ),
        (
            "Nein danke\n\nAm Mo., 3. März 2025 um 09:14 Uhr schrieb Intro Agent "
            f"<intro@example.org>:\n{quoted(QUESTION)}\n",
            "Nein danke",
        ),
        (
            "Sim, pode ser\n\nEm seg., 3 de mar. de 2025 às 09:14, Intro Agent "
            f"<intro@example.org> escreveu:\n{quoted(QUESTION)}\n",
            "Sim, pode ser",
        ),
        (
            "Ja hoor\n\nOp ma 3 mrt 2025 om 09:14 schreef Intro Agent "
            f"<intro@example.org>:\n{quoted(QUESTION)}\n",
            "Ja hoor",
        ),
        (
            "Sì\n\nIl giorno lun 3 mar 2025 alle ore 09:14 Intro Agent "
            f"<intro@example.org> ha scritto:\n{quoted(QUESTION)}\n",
            "Sì",
        ),
        (
            "Tak\n\nW dniu 3.03.2025 o 09:14, Intro Agent <intro@example.org> "
            f"pisze:\n{quoted(QUESTION)}\n",
            "Tak",
        ),
        # German Outlook block without a separator.
        (
            "Gerne!\n\nVon: Intro Agent <intro@example.org>\nGesendet: Montag, 3. März 2025 "
            f"09:14\nAn: Eva\nBetreff: Vorstellung\n\n{QUESTION}\n",
            "Gerne!",
        ),
        # Signature below the RFC 3676 delimiter.
        (
            f"yes\n\n-- \nFrank Miller\nCTO, Example Ltd\n\n> {QUESTION}\n",
            "yes",
        ),
    ],
)
def test_top_posted_replies(body: str, expected: str) -> None:
    assert extract_new_text(body) == expected
    assert extract_new_text(body, inline=True) == expected


def test_bottom_posting_takes_the_text_below_the_quote() -> None:
    body = (
        f"On Mon, Mar 3, 2025 at 9:14 AM Intro Agent wrote:\n{quoted(QUESTION)}\n\nYes, go ahead."
    )
    assert extract_new_text(body) == "Yes, go ahead."
    assert extract_new_text(body, inline=True) == "Yes, go ahead."


def test_inline_answer_keeps_only_the_unquoted_lines() -> None:
    body = f"Hi,\n\n{quoted(QUESTION)}\n\nNo, not at the moment.\n\n> Thanks, Intro Agent\n"
    assert extract_new_text(body, inline=True) == "Hi,\n\nNo, not at the moment."
    # As displayed, the answer keeps the quote it answers.
    assert "> Would you like" in extract_new_text(body)


def test_a_yes_only_in_the_quote_is_not_new_text() -> None:
    body = "\n\nOn Mon, Mar 3, 2025, Intro Agent <intro@example.org> wrote:\n> Reply yes or no.\n"
    assert extract_new_text(body, inline=True) == ""


def test_a_reply_starting_with_on_is_not_a_quote_header() -> None:
    body = "On second thought, yes.\n\nOn Mon, Mar 3, 2025 at 9:14 AM Ann wrote:\n> question"
    assert extract_new_text(body) == "On second thought, yes."


def test_wrote_inside_a_url_is_not_a_quote_header() -> None:
    body = "See https://example.com/she-wrote: it is fine.\nYes."
    assert extract_new_text(body) == body


def test_mid_line_dashes_are_not_a_signature() -> None:
    body = "Yes -- but only by email.\nThanks"
    assert extract_new_text(body) == body


def test_sent_from_in_a_sentence_is_kept() -> None:
    body = "Yes.\n\nSent from my desk, which is easier than my phone."
    assert extract_new_text(body) == body


def test_device_lines_in_several_languages_are_dropped() -> None:
    for line in (
        "Envoyé de mon iPhone",
        "Enviado desde mi iPhone",
        "Von meinem iPhone gesendet",
        "Enviado do meu iPhone",
        "Get Outlook for Android",
    ):
        assert extract_new_text(f"yes\n\n{line}") == "yes"


def test_the_mobile_outlook_footer_is_dropped_in_each_language() -> None:
    for line in (
        "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Outlook f\u00fcr iOS beziehen<https://aka.ms/o0ukef>",
        "Outlook f\u00fcr Android herunterladen",
        "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
        "T\u00e9l\u00e9charger Outlook pour iOS<https://aka.ms/o0ukef>",
        "Obter o Outlook para Android<https://aka.ms/AAb9ysg>",
        "Baixe o Outlook para iOS",
        "Obtener [Outlook para iOS](https://aka.ms/o0ukef)",
    ):
        assert extract_new_text(f"yes\n\n{line}") == "yes"
    # A sentence about the app is the writer's own.
    body = "yes\n\nObtener Outlook para Android fue lo mejor que hice este a\u00f1o."
    assert extract_new_text(body) == body


def test_crlf_line_endings() -> None:
    body = "Yes\r\n\r\nOn Mon, Mar 3, 2025 at 9:14 AM Ann <a@example.org> wrote:\r\n> q\r\n"
    assert extract_new_text(body) == "Yes"


def test_long_pathological_lines_are_handled() -> None:
    # A backtracking pattern would hang here; the suite's timeout catches that, and
    # bench/quote_stripping.py measures the speed.
    bodies = [
        "On " + "a" * 200_000 + "\n" * 3,
        ("On 1 2 3 " * 30_000) + "wrote",
        ">" * 100_000,
        ("From: x\n" * 5_000) + "wrote:",
        ("a@b " * 50_000) + ":",
    ]
    for body in bodies:
        assert len(extract_new_text(body)) <= len(body)
        assert len(extract_new_text(body, inline=True)) <= len(body)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("On wrote:>-_\n @<a1.,From Sent")), max_size=300))
def test_new_text_is_made_of_input_lines(body: str) -> None:
    lines = {line.rstrip() for line in body.replace("\r", "\n").split("\n")}
    for inline in (False, True):
        new = extract_new_text(body, inline=inline)
        assert all(line in lines for line in new.split("\n") if line)
        if inline:
            assert not any(line.lstrip().startswith(">") for line in new.split("\n"))


@pytest.mark.parametrize(
    "header",
    [
        "pon., 3 mar 2025 o 09:14 Intro Agent <intro@example.org> napisał(a):",
        "Den mån 3 mars 2025 kl 09:14 skrev Intro Agent <intro@example.org>:",
        "пн, 3 мар. 2025 \u0433. в 09:14, Intro Agent <intro@example.org>:",
        "2025年3月3日(月) 9:14 Intro Agent <intro@example.org>:",
        "Intro Agent <intro@example.org> 于2025年3月3日周一 09:14写道\uff1a",
        "Intro Agent <intro@example.org> wrote on 03/03/2025 09:14:15 AM:",
        "Mnamo Jumatatu, 3 Machi 2025 saa 09:14, Intro Agent <intro@example.org> aliandika:",
        "------- Original Message -------\nOn Monday, March 3rd, 2025 at 9:14 AM, Intro Agent"
        " <intro@example.org> wrote:",
        "----- Original Message -----\nFrom: Intro Agent <intro@example.org>\nTo: Carla\n"
        "Sent: Monday, March 3, 2025 9:14 AM\nSubject: Intro",
        "Od: Intro Agent <intro@example.org>\nWysłano: poniedziałek, 3 marca 2025 09:14\n"
        "Do: Carla\nTemat: Intro",
        "Da: Intro Agent <intro@example.org>\nInviato: lunedì 3 marzo 2025 09:14\nA: Carla\n"
        "Oggetto: Intro",
        "From: Intro Agent <intro@example.org>\nDate: Monday, 3 March 2025 at 09:14\n"
        "To: Carla <c@example.com>\nSubject: Intro",
        # A Swahili Samsung header, and a Swahili Outlook one.
        "-------- Ujumbe asilia --------\nKutoka: Intro Agent <intro@example.org>\n"
        "Tarehe: 12/08/2025 07:00 (GMT+03:00)\nKwa: carla@example.com\nMada: Intro",
        "Kutoka: Intro Agent <intro@example.org>\nImetumwa: Jumanne, 18 Novemba 2025 09:12\n"
        "Kwa: Carla <c@example.com>\nMada: Intro",
    ],
)
def test_more_clients_and_languages(header: str) -> None:
    body = f"Tak, chętnie.\n\n{header}\n> Would you like the introduction?\n"
    assert extract_new_text(body, inline=True) == "Tak, chętnie."


def test_swahili_field_words_in_the_writers_text_start_no_quote() -> None:
    # "Kutoka" (from) and "Kwa" (to) are everyday words: without a "From:" line followed
    # by two other fields they are the writer's text.
    body = "Ndiyo, karibu.\nKutoka: Moshi\nKwa: shamba la kahawa\n"
    assert extract_new_text(body, inline=True) == body.strip()


def test_yahoo_fields_with_no_break_space_before_the_colon() -> None:
    body = (
        "oui merci\n\n      De : Intro Agent <intro@example.org>\n"
        " \u00c0\u00a0: Carla <c@example.fr>\n"
        " Envoy\u00e9 le : lundi 3 mars 2025 09h14\n Objet\u00a0: Mise en relation\n\nBonjour"
    )
    assert extract_new_text(body, inline=True) == "oui merci"


def test_rule_words_start_with_a_non_blank() -> None:
    # The patterns built from these lists skip leading blanks possessively, which is
    # only right while no entry itself starts with a blank (or a quote mark).
    rules = Path(__file__).resolve().parents[3] / "rules" / "quotes"
    headers = json.loads((rules / "headers.json").read_text(encoding="utf-8"))
    signatures = json.loads((rules / "signatures.json").read_text(encoding="utf-8"))
    fields = [name for names in headers["fields"].values() for name in names]
    entries = [
        *headers["openers"],
        *headers["separators"],
        *fields,
        *signatures["delimiters"],
        *signatures["devices"],
        *signatures["sign_offs"],
    ]
    assert len(entries) > 50
    for entry in entries:
        assert entry, "empty rule entry"
        assert not entry[0].isspace(), entry
        assert not entry.startswith(("\\s", "\\t", ">", "[ ")), entry


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A sign-off, a blank line, then a name and a title: a signature block.
        (
            "Happy to help with that.\n\nKind regards,\n\nNora Lind\nCTO @ Fjordline\n",
            "Happy to help with that.",
        ),
        # Name, title, company, phone and address right below the sign-off.
        (
            "Count me in.\n\nBest,\nOmar Haddad\nHead of Growth, Palmtree Labs\n"
            "+44 20 7946 0000\nomar@palmtree.example",
            "Count me in.",
        ),
        # A name particle and a localized sign-off.
        (
            "Gerne, bitte vorstellen.\n\nMit freundlichen Grüßen\nJana van der Berg\n"
            "Geschäftsführerin | Beispiel GmbH",
            "Gerne, bitte vorstellen.",
        ),
        # The signature block sits above the quote.
        (
            "Yes, go ahead.\n\nCheers,\nPia Moreno\nFounder, Cala Studio\n\n"
            f"On Mon, Mar 3, 2025 at 9:14 AM Intro Agent <intro@example.org> wrote:\n"
            f"{quoted(QUESTION)}\n",
            "Yes, go ahead.",
        ),
    ],
)
def test_a_sign_off_above_a_signature_block_is_the_signature(body: str, expected: str) -> None:
    assert extract_new_text(body) == expected
    assert extract_new_text(body, inline=True) == expected
    # Without signature stripping the block stays.
    assert extract_new_text(body, strip_signature=False).startswith(f"{expected}\n")


@pytest.mark.parametrize(
    "body",
    [
        # A sign-off above a bare name is signed by hand and stays.
        "Happy to help.\n\nBest regards,\n\nNora",
        "Happy to help.\n\nThanks,\nNora Lind",
        # A postscript, a question or prose below the name is part of the message.
        "Happy to help.\n\nThanks,\nNora Lind\nP.S. Tuesday works for me",
        "Happy to help.\n\nThanks,\nNora Lind\nPS: Tuesday works",
        "Happy to help.\n\nThanks,\nNora Lind\nCould Bob Call Me?",
        "Happy to help.\n\nThanks,\nNora Lind\nI can meet on Tuesday",
        # A name and title with no sign-off above them.
        "Happy to help.\n\nNora Lind\nCTO, Fjordline",
        # More than a name and five detail lines is not a signature block.
        "Happy to help.\n\nRegards,\nNora Lind\nA\nB\nC\nD\nE\nF",
        # A sign-off that is not a line of its own.
        "Happy to help, thanks.\nNora Lind\nCTO, Fjordline",
    ],
)
def test_what_is_not_a_signature_block_stays(body: str) -> None:
    assert extract_new_text(body) == body


def test_a_mail_that_is_only_a_signature_block_is_kept() -> None:
    body = "Regards,\nNora Lind\nCTO, Fjordline"
    assert extract_new_text(body) == body
    body = "--\nRegards,\n\nNora Lind\nCTO, Fjordline"
    assert extract_new_text(body) == body


def test_headers_in_capitals_are_found() -> None:
    # The words are matched without regard to case, their first letters included.
    wrote = "YES\n\nON MON, MAR 3, 2025 AT 9:14 AM ANN <ANN@EXAMPLE.ORG> WROTE:\n> Q\n"
    assert extract_new_text(wrote) == "YES"
    outlook = "Sure\n\nFROM: Ann <ann@example.org>\nSENT: Monday\nTO: Bob\nSUBJECT: Intro\n\nQ"
    assert extract_new_text(outlook) == "Sure"


_OUTLOOK_INLINE = (
    "{note}\n\nCamille\n\n________________________________\n"
    "De : Intro Agent <intro@example.org>\nEnvoyé : lundi 17 novembre 2025 09:12\n"
    "À : Camille Roussel <camille.roussel@example.fr>\n"
    "Objet : Would you like an introduction to Julien Besson? [#45a6]\n\n"
    'Hello Camille,\n\nWould you like the introduction? Just reply "yes" or "no".\n'
    "{mark} Oui, avec plaisir.\n\nNothing is shared before both of you say yes.\n"
)


@pytest.mark.parametrize(
    ("note", "mark", "expected"),
    [
        # A note that the answers are in the text, and the writer's mark inside the
        # quote: the marked line is new text, in the note's place.
        (
            "Réponse dans le texte ci-dessous.",
            "[Camille R.]",
            "Réponse dans le texte ci-dessous.\nOui, avec plaisir.\n\nCamille",
        ),
        ("See my answers below.", "[CR]", "See my answers below.\nOui, avec plaisir.\n\nCamille"),
        ("Antworten im Text.", "[C.R.]", "Antworten im Text.\nOui, avec plaisir.\n\nCamille"),
        ("Respuestas en el texto.", "[Camille Roussel]", None),
        ("Le contesto entre líneas.", "[CR]", None),
        ("Je vous réponds dans le texte.", "[CR]", None),
        ("Ich antworte im Text.", "[CR]", None),
        ("Respondo ao longo do texto.", "[CR]", None),
        ("Answering inline.", "[CR]", None),
        ("Nimejibu ndani ya ujumbe.", "[CR]", None),
        ("Respostas no texto.", "[Camille]", None),
        ("Majibu hapa chini.", "[Camille R.]", None),
        # Someone else's mark, or no note: the quote stays the quote.
        (
            "Réponse dans le texte ci-dessous.",
            "[Julien B.]",
            "Réponse dans le texte ci-dessous.\n\nCamille",
        ),
        ("Merci !", "[Camille R.]", "Merci !\n\nCamille"),
    ],
)
def test_answers_marked_inside_an_outlook_quote(note: str, mark: str, expected: str | None) -> None:
    body = _OUTLOOK_INLINE.format(note=note, mark=mark)
    found = extract_new_text(body, inline=True, writer="Camille Roussel")
    assert found == (expected or f"{note}\nOui, avec plaisir.\n\nCamille")
    # Without the writer's name, and for display, nothing inside the quote is read.
    assert "Oui" not in extract_new_text(body, inline=True)
    assert "Oui" not in extract_new_text(body)


@pytest.mark.parametrize(
    ("note", "mark", "writer"),
    [
        # A directory's "Surname, Given" name: the initials are signed given name first.
        ("Answers inline below in [DH].", "[DH]", "Hirsch, Daniel"),
        ("Réponses dans le texte.", "[DH]", "Hirsch, Daniel"),
        ("Respuestas en el texto.", "[Daniel]", "Hirsch, Daniel"),
        ("Antworten im Text.", "[D.H.]", "Hirsch, Daniel"),
        ("Respostas no texto.", "[HD]", "Hirsch, Daniel"),
        ("Majibu hapa chini.", "[DH]", "Hirsch, Daniel"),
        # The note shows the mark: lines opening with it are the writer's, whatever
        # name the From header gives.
        ("Answers inline below in [Dan].", "[Dan]", "Hirsch, Daniel"),
        ("Réponses dans le texte [CR].", "[CR]", "Secrétariat"),
        ("Respuestas en el texto, marcadas [Cami].", "[Cami]", "Oficina"),
        ("Antworten im Text, markiert mit [KR].", "[KR]", "Büro"),
        ("Respostas no texto [Cami].", "[Cami]", "Escritório"),
        ("Majibu hapa chini [CR].", "[CR]", "Ofisi"),
    ],
)
def test_answers_marked_with_a_mark_the_note_shows_or_surname_first_initials(
    note: str, mark: str, writer: str
) -> None:
    body = _OUTLOOK_INLINE.format(note=note, mark=mark)
    found = extract_new_text(body, inline=True, writer=writer)
    assert found == f"{note}\nOui, avec plaisir.\n\nCamille"


@pytest.mark.parametrize(
    ("note", "mark", "writer"),
    [
        # A mark the note does not show, of no name of the writer's, is someone else's.
        ("Answers inline below in [DH].", "[JB]", "Hirsch, Daniel"),
        ("Réponses dans le texte.", "[JB]", "Hirsch, Daniel"),
        # Letters after a comma are no given name: "[RN]" is no mark of the writer's.
        ("Answers inline.", "[RN]", "Kezia Baptiste, RN"),
        # A mark shown without a note announces nothing.
        ("Thanks [DH]", "[DH]", "Hirsch, Daniel"),
    ],
)
def test_other_marks_stay_in_the_quote(note: str, mark: str, writer: str) -> None:
    body = _OUTLOOK_INLINE.format(note=note, mark=mark)
    assert "Oui" not in extract_new_text(body, inline=True, writer=writer)


def test_answers_between_quoted_lines_go_in_the_notes_place() -> None:
    body = (
        "See my answers below.\n\nAnn\n\n"
        "On Mon, 10 Nov 2025 at 09:12, Intro Agent <intro@example.org> wrote:\n"
        '> Would you like the introduction? Just reply "yes" or "no".\n'
        "Yes, happy to.\n>\n> Nothing is shared before both of you say yes.\n"
    )
    assert (
        extract_new_text(body, inline=True, writer="Ann Lee")
        == "See my answers below.\nYes, happy to.\n\nAnn"
    )
    assert extract_new_text(body, inline=True) == "See my answers below.\n\nAnn\n\nYes, happy to."


@pytest.mark.parametrize(
    ("note", "mark"),
    [
        # A note that names the colour the answers are typed in still announces them.
        ("Hi - answer inline below in blue.", "[CR]"),
        ("See my reply in red below.", "[Camille]"),
        ("Réponse en rouge ci-dessous.", "[C.R.]"),
        ("Mi respuesta en azul abajo.", "[CR]"),
        ("Meine Antwort in Rot unten.", "[CR]"),
        ("Minha resposta em vermelho abaixo.", "[CR]"),
        ("Jibu langu kwa rangi nyekundu hapa chini.", "[CR]"),
        # Unmarked, typed right under the quoted question (its colour lost as text).
        ("Hi - answer inline below in blue.", ""),
        ("Respuestas entre líneas.", ""),
        ("Réponses dans le texte.", ""),
        ("Respostas no corpo do e-mail.", ""),
    ],
)
def test_answers_announced_in_a_colour_are_read(note: str, mark: str) -> None:
    body = _OUTLOOK_INLINE.format(note=note, mark=mark).replace("\n ", "\n")
    found = extract_new_text(body, inline=True, writer="Camille Roussel")
    assert found == f"{note}\nOui, avec plaisir.\n\nCamille"


@pytest.mark.parametrize(
    ("note", "body"),
    [
        # No note: the line under the question stays part of the quote.
        ("Merci !", _OUTLOOK_INLINE.format(note="Merci !", mark="")),
        # A colour named without a note announces nothing.
        ("I marked it in red.", _OUTLOOK_INLINE.format(note="I marked it in red.", mark="")),
        # The question cut by wrapping: its end is no answer.
        (
            "Answers inline.",
            _OUTLOOK_INLINE.format(note="Answers inline.", mark="").replace(
                'Just reply "yes" or "no".\n Oui, avec plaisir.', 'Just reply "yes" or\n"no".'
            ),
        ),
        # The mail's own next line, its blank line dropped, is no answer.
        (
            "Answers inline.",
            _OUTLOOK_INLINE.format(note="Answers inline.", mark="").replace(
                " Oui, avec plaisir.\n\n", ""
            ),
        ),
    ],
)
def test_the_quoted_question_mail_is_never_an_answer(note: str, body: str) -> None:
    found = extract_new_text(body, inline=True, writer="Camille Roussel")
    assert found == f"{note}\n\nCamille"


def test_the_question_lines_are_the_question_mails() -> None:
    template = (Path(agent.__file__).parent / "templates" / "opt_in.txt").read_text("utf-8")
    inline = Path(rules_package.__file__).parent / "quotes" / "inline.json"
    rules = json.loads(inline.read_text("utf-8"))
    for line in [*rules["own_questions"], *rules["own_lines"]]:
        assert line in template


def test_written_below_signature_line_stops_at_a_rule_an_address_or_a_quote() -> None:
    # What stands below a device line or delimiter, up to an unmarked quote's rule or
    # header, mottos in quotation marks left out.
    text = (
        "Yes.\n\nSent from my iPhone\n\nWait, no.\n\n-------- Message --------\n"
        "From: Intro <intro@example.org>\n\nReply yes or no."
    )
    assert written_below_signature_line(text) == "Wait, no."
    assert written_below_signature_line('Yes.\n-- \nAnn Lee\n"Say no to spam."') == "Ann Lee"
    assert written_below_signature_line("Yes.\n\nOn Mon, Ann <a@b.example> wrote:\n> No") == ""
    assert written_below_signature_line("Yes, happy to.") == ""
