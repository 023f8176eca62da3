"""Replies that say a yes a careful reader would still not act on: a yes for a fee, a
shrug ("fine, whatever"), a yes only told of ("I would have said yes a year ago"), a
yes to being taken off a list, a yes for a colleague or
for "him", a word of yes trailing off ("ok…"),
a yes to another matter beside "let me think", a yes taken back as a
joke, a French condition elided before its subject ("dès qu'il")."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

YES_FOR_A_FEE = [
    ("Happy to, for a fee of course.", "unclear"),
    ("Sure, against a fee.", "unclear"),
    ("Avec plaisir, moyennant rémunération bien sûr.", "unclear"),
    ("Oui, contre rémunération.", "unclear"),
    ("Con gusto, a cambio de una tarifa, claro.", "unclear"),
    ("Sí, previo pago.", "unclear"),
    ("Gerne, gegen Honorar natürlich.", "unclear"),
    ("Ja, gegen Bezahlung.", "unclear"),
    ("Com prazer, mediante pagamento, claro.", "unclear"),
    ("Ningefurahi, kwa malipo bila shaka.", "unclear"),
    # A yes that asks for nothing in return, or speaks of a paid bill, still says yes.
    ("Happy to. The fee for the audit is paid, by the way.", "yes"),
    ("Avec plaisir, gratuitement bien sûr.", "yes"),
    ("Gerne, natürlich.", "yes"),
    ("Com prazer, claro.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), YES_FOR_A_FEE)
def test_a_yes_for_a_fee_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# Indifference is no consent: the writer lets it happen without agreeing to it.
A_SHRUG = [
    ("Fine, whatever.", "unclear"),
    ("Sure, whatevs.", "unclear"),
    ("Bien sûr, de toute façon, peu importe.", "unclear"),
    ("Vale, me da igual.", "unclear"),
    ("Bueno, lo que sea.", "unclear"),
    ("Na gut, ist mir egal.", "unclear"),
    ("Ja, wenn es sein muss.", "unclear"),
    ("Tá bom, tanto faz.", "unclear"),
    ("Sawa, vyovyote vile.", "unclear"),
    ("Sawa, sijali.", "unclear"),
    # Any day being fine is a yes.
    ("Oui, peu importe le jour, avec plaisir.", "yes"),
    ("Sí, con gusto, da igual el día.", "yes"),
    ("Ja gerne, egal wann.", "yes"),
    ("Sim, com prazer, tanto faz o dia.", "yes"),
    ("Sawa, nitafurahi kukutana naye.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_SHRUG)
def test_a_shrug_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# A yes only told of, said once or that would have been said, is not said now.
A_YES_TOLD_OF = [
    ("I would have said yes a year ago.", "unclear"),
    ("J'aurais dit oui il y a un an.", "unclear"),
    ("Il y a un an, je vous aurais dit que oui.", "unclear"),
    ("Hace un año habría dicho que sí.", "unclear"),
    ("Antes le habría dicho sí.", "unclear"),
    ("Vor einem Jahr hätte ich ja gesagt.", "unclear"),
    ("Há um ano eu teria dito que sim.", "unclear"),
    ("Mwaka jana ningesema ndiyo.", "unclear"),
    # Saying yes now is a yes.
    ("Oui, je dis oui avec plaisir.", "yes"),
    ("Sí, digo que sí, con gusto.", "yes"),
    ("Sim, digo que sim, com prazer.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_TOLD_OF)
def test_a_yes_told_of_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "Yes please remove me": the yes asks to be left out.
A_YES_TO_LEAVE_THE_LIST = [
    ("Yes please take me off your list.", "unclear"),
    ("Oui, merci de me retirer de cette liste.", "unclear"),
    ("Oui, supprimez-moi de vos contacts.", "unclear"),
    ("Sí, por favor, elimíname de esta lista.", "unclear"),
    ("Sí, sácame de la lista, gracias.", "unclear"),
    ("Ja bitte, nehmen Sie mich von der Liste.", "unclear"),
    ("Ja, bitte streichen Sie mich aus dem Verteiler.", "unclear"),
    ("Sim, tirem-me da lista, por favor.", "unclear"),
    ("Ndiyo, tafadhali nitoe kwenye orodha hii.", "unclear"),
    # Asking to be put on a list is still a yes.
    ("Yes please, and add me to your list for next time.", "yes"),
    ("Oui, avec plaisir, ajoutez-moi à la liste.", "yes"),
    ("Sí, con gusto, apúntame en la lista.", "yes"),
    ("Ja gerne, setzen Sie mich auf die Liste.", "yes"),
    ("Sim, com prazer, coloquem-me na lista.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_TO_LEAVE_THE_LIST)
def test_a_yes_to_leave_the_list_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "Yes, my colleague Mia would love to": the yes is the colleague's, not the writer's.
A_YES_FOR_A_COLLEAGUE = [
    ("Yes, my colleague Mia would love to.", "unclear"),
    ("Sure, my business partner Tom would be happy to meet her.", "unclear"),
    ("Yes. My wife would love to meet her.", "unclear"),
    ("Oui, ma collègue Mia serait ravie.", "unclear"),
    ("Oui, mon collègue Paul serait ravi.", "unclear"),
    ("Sí, mi colega Mía estaría encantada.", "unclear"),
    ("Ja, meine Kollegin Mia würde sich freuen.", "unclear"),
    ("Sim, a minha colega Mia adoraria.", "unclear"),
    ("Sim, o meu colega Paulo adoraria.", "unclear"),
    ("Ndiyo, mwenzangu Mia angefurahi.", "unclear"),
    # The writer's own yes, a colleague beside it, still says yes.
    ("Yes - and please cc my co-founder Leila on the intro.", "yes"),
    ("Happy to. My colleague Mia is in copy.", "yes"),
    ("Ja, gerne. Meine Kollegin Mia ist in Kopie.", "yes"),
    ("Ndiyo, nitafurahi. Mwenzangu Juma yuko kwenye nakala.", "yes"),
    ("Yes, my colleague and I would love to meet her.", "yes"),
    ("Oui, mon collègue et moi serions ravis.", "yes"),
    ("Sí, mi colega y yo estaríamos encantados.", "yes"),
    ("Ja, mein Kollege und ich freuen uns gerne.", "yes"),
    ("Sim, o meu colega e eu adoraríamos.", "yes"),
    ("Ndiyo, mwenzangu na mimi tutafurahi.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_FOR_A_COLLEAGUE)
def test_a_yes_for_a_colleague_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "Yes, he'd love to": a bare yes opening another's yes answers for them.
A_BARE_YES_FOR_ANOTHER = [
    ("Yes, he would love to.", "unclear"),
    ("Yes, she'd be happy to meet him.", "unclear"),
    ("Sure, they'd be glad to.", "unclear"),
    ("Sí, ella estaría encantada.", "unclear"),
    ("Sim, ele adoraria.", "unclear"),
    # The writer's own yes beside it still says yes.
    ("Yes, I'd love to, and I'm sure he'd be glad too.", "yes"),
    ("Yes, happy to. He'd be glad to meet you too.", "yes"),
    ("Sí, me encantaría, y creo que ella estaría encantada.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_BARE_YES_FOR_ANOTHER)
def test_a_bare_yes_for_another_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "ok…": a word or two of yes trailing off hesitates.
A_YES_TRAILING_OFF = [
    ("ok…", "unclear"),
    ("Sure...", "unclear"),
    ("Ok...\n\nAnn", "unclear"),
    ("D'accord…", "unclear"),
    ("Vale…", "unclear"),
    ("Ja...", "unclear"),
    ("Sim...", "unclear"),
    ("Sawa…", "unclear"),
    # A yes said out, or the ellipsis inside it, still says yes; a no stays a no.
    ("ok", "yes"),
    ("Yes, happy to...", "yes"),
    ("Sure... happy to!", "yes"),
    ("Oui, avec plaisir...", "yes"),
    ("Ja gerne, sehr gerne...", "yes"),
    ("No...", "no"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_TRAILING_OFF)
def test_a_yes_trailing_off_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "Yes, the invoice is paid. About the intro: let me think": the yes answers the other
# matter, the introduction waits.
A_YES_ELSEWHERE_AND_LET_ME_THINK = [
    ("Yes, the invoice is paid. About the intro: let me think.", "unclear"),
    ("Oui, la facture est payée. Pour la présentation, je vais réfléchir.", "unclear"),
    ("Sí, la factura está pagada. Sobre la presentación, déjame pensarlo.", "unclear"),
    ("Ja, die Rechnung ist bezahlt. Zur Vorstellung: ich überlege es mir noch.", "unclear"),
    ("Sim, a fatura está paga. Sobre a apresentação, deixa-me pensar.", "unclear"),
    ("Deixa-me pensar nisso.", "unclear"),
    ("Ndiyo, ankara imelipwa. Kuhusu utambulisho, niache nifikirie.", "unclear"),
    # Without the thinking over, a yes stands.
    ("Sim, com prazer.", "yes"),
    ("Sim, a fatura está paga, e com prazer quanto à apresentação.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_ELSEWHERE_AND_LET_ME_THINK)
def test_a_yes_elsewhere_and_let_me_think_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# "Yes! Just kidding": a yes taken back as a joke is no yes.
A_YES_IN_JEST = [
    ("Absolutely. Kidding!", "unclear"),
    ("Yes! jk", "unclear"),
    ("Oui, je plaisante.", "unclear"),
    ("Sí, claro... es broma.", "unclear"),
    ("Ja klar... war nur ein Witz.", "unclear"),
    ("Sim... brincadeira.", "unclear"),
    ("Ndiyo... natania tu.", "unclear"),
    # Setting jokes aside says the yes in earnest.
    ("Joking aside, yes, I'd love to.", "yes"),
    ("I'm not kidding, happy to!", "yes"),
    ("Blague à part, oui avec plaisir.", "yes"),
    ("Bromas aparte, sí, encantado.", "yes"),
    ("Spaß beiseite: ja, gerne.", "yes"),
    ("Brincadeiras à parte, sim, com prazer.", "yes"),
    ("Bila utani, ndiyo nitafurahi.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_YES_IN_JEST)
def test_a_yes_in_jest_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer


# French elides "que" before its subject: "dès qu'il", "pourvu qu'elle" are conditions as
# "dès que", "pourvu que" are.
A_FRENCH_ELIDED_CONDITION = [
    ("Avec plaisir, dès qu'il aura signé le contrat.", "unclear"),
    ("Oui, une fois qu'elle aura signé l'accord de confidentialité.", "unclear"),
    ("Oui, tant qu'on se voit en visio.", "unclear"),
    ("D'accord, pourvu qu'il signe le contrat.", "unclear"),
    # Not a condition: still yes.
    ("Avec plaisir, dès que possible.", "yes"),
    ("Oui, avec plaisir, qu'il m'écrive quand il veut.", "yes"),
]


@pytest.mark.parametrize(("text", "answer"), A_FRENCH_ELIDED_CONDITION)
def test_a_french_elided_condition_is_unclear(text: str, answer: str) -> None:
    assert classify_text(text) == answer
