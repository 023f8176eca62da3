"""A status question opening a longer mail about the intro between two people, the very
next sentence telling the writer asked for it ("Any news on the introduction between
Pastor Okafor and Mrs. Whitfield? I asked you about it two weeks ago ...", "Je vous l'ai
demandé", "Te lo pedí", "Ich hatte Sie darum gebeten", "Pedi-lhe isso", "Nilikuomba"):
the intro is the writer's own, as "the intro I asked you for" says in one sentence, and
the mail asks how it stands. It was read as a new request for the two named."""

from __future__ import annotations

import pytest

from agent.understanding.commands import opening_command
from tests.agent.understanding.test_requests import understand

_ASKED_AFTER = [
    "Hello,\n\nAny news on the introduction between Pastor Daniel Okafor and the school"
    " librarian, Mrs. Whitfield? I asked you about it nearly two weeks ago (about the"
    " summer reading programme for the parish kids) and neither of them has heard anything"
    " from you so far.\n\nMany thanks,\nGrace Adeyemi\nParish office",
    "Bonjour,\n\nDu nouveau concernant la mise en relation entre le pasteur Daniel Okafor"
    " et la bibliothécaire de l'école, Mme Whitfield ? Je vous l'ai demandé il y a presque"
    " deux semaines (pour le programme de lecture d'été des enfants de la paroisse) et aucun"
    " des deux n'a eu de nouvelles de votre part.\n\nMerci beaucoup,\nGrace Adeyemi",
    "Hola,\n\n¿Alguna novedad sobre la presentación entre el pastor Daniel Okafor y la"
    " bibliotecaria del colegio, la Sra. Whitfield? Te lo pedí hace casi dos semanas (por el"
    " programa de lectura de verano para los niños de la parroquia) y ninguno de los dos ha"
    " sabido nada de ti.\n\nMuchas gracias,\nGrace Adeyemi",
    "Hallo,\n\ngibt es etwas Neues zur Vorstellung zwischen Pfarrer Daniel Okafor und der"
    " Schulbibliothekarin Frau Whitfield? Ich hatte Sie vor fast zwei Wochen darum gebeten"
    " (wegen des Sommerleseprogramms für die Kinder der Gemeinde) und keiner von beiden hat"
    " bisher etwas von Ihnen gehört.\n\nVielen Dank,\nGrace Adeyemi",
    "Olá,\n\nAlguma novidade sobre a apresentação entre o pastor Daniel Okafor e a"
    " bibliotecária da escola, a Sra. Whitfield? Pedi-lhe isso há quase duas semanas (por"
    " causa do programa de leitura de verão para as crianças da paróquia) e nenhum dos dois"
    " recebeu notícias suas até agora.\n\nMuito obrigada,\nGrace Adeyemi",
    "Habari,\n\nKuna habari yoyote kuhusu utambulisho kati ya Mchungaji Daniel Okafor na"
    " mkutubi wa shule, Bi. Whitfield? Nilikuomba kuhusu hilo karibu wiki mbili zilizopita"
    " (kuhusu programu ya kusoma ya likizo kwa watoto wa parokia) na hakuna kati yao"
    " aliyesikia chochote kutoka kwako.\n\nAsante sana,\nGrace Adeyemi",
]


@pytest.mark.parametrize("text", _ASKED_AFTER)
def test_the_ask_told_right_after_makes_the_question_status(text: str) -> None:
    assert opening_command(text) == "status"
    result = understand(text, subject="status?")
    assert result.kind == "command"
    assert result.command == "status"


def test_a_new_ask_after_it_is_still_read_as_one() -> None:
    # The ask told after the question, then a new one: the new ask is the mail's.
    text = (
        "Hello,\n\nAny news on the introduction between Pastor Daniel Okafor and the school"
        " librarian, Mrs. Whitfield? I asked you about it nearly two weeks ago. While you are"
        " at it, could you also introduce me to Nadia Rahman? She runs the food bank at the"
        " community centre and we want to plan a joint Saturday morning together.\n\n"
        "Many thanks,\nGrace Adeyemi"
    )
    assert opening_command(text) is None
    assert understand(text).kind == "intro_request"


def test_a_question_with_no_ask_told_after_it_names_no_own_intro() -> None:
    # Nothing tells the intro was the writer's, nor names whom it is with: the longer mail
    # is not read as status by its opening question alone. Naming whom it is with, or the
    # two it is between, is enough to read it as status.
    text = (
        "Hello,\n\nAny news on the introduction? The parish kids have been reading all"
        " summer and the programme has grown to forty children, which is more than we"
        " ever hoped for when we started it in May.\n\nMany thanks,\nGrace Adeyemi"
    )
    assert opening_command(text) is None
