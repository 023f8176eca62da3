"""After a yes said in an earlier sentence, the writer's whereabouts, a "but" and the
writer to be reached or free after them (own_reaches: "but reachable by phone", "mais
disponible ensuite", "lakini simu inafanya kazi"), the other perhaps invited to call
(call_invites: "elle peut m'appeler directement"), turn against nothing: the "but"
bears on the news of the writer's time, not on the introduction. Who the writer is with
there (companions: "na wageni", "with clients") and a time before the whereabouts
("Wiki hii niko Arusha") may stand in the note. A "but" that bears on the introduction,
a condition, a doubt or a negation in that sentence, or a yes in it, still doubts."""

from __future__ import annotations

import pytest

from agent.understanding.replies import classify_text

REACHES = [
    "Oui, volontiers. Je suis en déplacement à Lyon jusqu'à jeudi mais disponible ensuite,"
    " elle peut m'appeler directement.",
    "Oui, avec plaisir. Cette semaine je suis à Nantes avec des clients mais joignable.",
    "Sawa kabisa, tuunganishe tu. Wiki hii niko Arusha na wageni lakini simu inafanya kazi.",
    "Ndiyo, nitambulishe. Niko safarini hadi Ijumaa lakini napatikana kwa simu.",
    "Yes, go ahead. I'm in Leeds with clients until Thursday but reachable by phone.",
    "Happy to, go ahead. I'm travelling until Friday but available after that, she can call"
    " me directly.",
    "Sure, please do. This week I'm in Glasgow but my phone works.",
    "Sí, claro. Estoy en Sevilla con clientes hasta el jueves pero disponible después, puede"
    " llamarme directamente.",
    "Ja, gern. Ich bin bis Donnerstag in Köln bei Kunden, aber danach erreichbar, sie kann"
    " mich direkt anrufen.",
    "Ja, gerne. Ich bin auf Dienstreise, aber telefonisch erreichbar.",
    "Sim, claro. Estou em Recife com clientes até quinta, mas disponível depois, ela pode me"
    " ligar diretamente.",
    "Com prazer! Estou viajando até quinta, mas o celular funciona.",
]


@pytest.mark.parametrize("text", REACHES)
def test_the_writer_reachable_after_their_whereabouts_is_a_note(text: str) -> None:
    assert classify_text(text) == "yes"


DOUBTS = [
    # The "but" bears on the introduction.
    "Oui, mais pas avant mars.",
    "yes but only after I've checked with my boss",
    "ndiyo lakini si sasa",
    # A condition, a doubt or a purpose after the reachable writer.
    "Yes. I'm in Leeds until Thursday but reachable if it's urgent.",
    "Yes. I'm in Leeds until Thursday but available after I've checked with my boss.",
    "Yes. I'm travelling but available after the introduction is confirmed.",
    "Oui. Je suis en déplacement mais disponible ensuite pour en parler avant de décider.",
    "Oui. Je suis en déplacement mais disponible ensuite si c'est sérieux.",
    "Oui. Je suis en déplacement mais disponible ensuite, elle peut m'appeler pour qu'on en"
    " discute avant.",
    "Ndiyo. Wiki hii niko Arusha lakini napatikana kama ni dharura.",
    "Sí. Estoy de viaje pero localizable, aunque no sé si me interesa.",
    "Ja. Ich bin in Köln, aber erreichbar, wenn es dringend ist.",
    "Sim. Estou em Recife, mas disponível depois de falar com meu chefe.",
    # A negation or a refusal after the whereabouts.
    "Ndiyo. Niko Arusha na wageni lakini simu haifanyi kazi.",
    "Ndiyo. Niko Arusha na wageni lakini sina muda.",
    "Yes. I'm in Leeds with no signal but reachable later.",
    "Yes. Next week I'm in Leeds but reachable, though I'd rather not meet him.",
    # No yes, a doubt for a yes, the yes's own sentence.
    "I'm in Leeds until Thursday but reachable by phone.",
    "Maybe. I'm in Leeds until Thursday but reachable by phone.",
    "Yes, I'm in Leeds until Thursday but reachable by phone.",
]


@pytest.mark.parametrize("text", DOUBTS)
def test_a_but_on_the_introduction_or_a_doubt_still_doubts(text: str) -> None:
    assert classify_text(text) in ("unclear", "no")


REFUSALS = [
    "No. I'm in Leeds until Thursday but reachable by phone.",
    "Thanks but no. I'm travelling until Friday but available after that.",
    "Non merci. Je suis en déplacement mais joignable.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_beside_the_note_still_refuses(text: str) -> None:
    assert classify_text(text) == "no"
