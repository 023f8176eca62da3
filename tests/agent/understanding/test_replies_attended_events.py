"""A yes whose sentence names the writer's own event ("Yes, I'll be at Leo's birthday on
Saturday", "Oui, je viens à l'anniversaire", "Sí, voy a la fiesta", "Ja, ich komme zur
Feier", "Sim, vou no aniversário do Léo", "Ndiyo, nitakuja kwenye sherehe") answers an
invitation to that event, another matter: no yes to the introduction. A yes whose
sentence speaks of the introduction or a meeting, or names the one asked about ("Yes,
I'll be glad to meet her at the party", "Sim, vou sim adorar conhecer a Julia"), or a
yes of another sentence, still answers."""

from __future__ import annotations

import pytest

from agent.understanding.replies import read_answer


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'll be at Leo's birthday on Saturday, count me in! I'll bring the cake.",
        "Yes, we're coming to the barbecue on Sunday.",
        "Oui, je viens à l'anniversaire de Léo samedi, je prends le gâteau.",
        "Oui, on sera à la fête samedi !",
        "Sí, voy a la fiesta de Leo el sábado, cuenta conmigo.",
        "Sí, vamos al cumpleaños de Leo, llevo la tarta.",
        "Ja, ich komme zur Feier am Samstag, ich bringe den Kuchen mit.",
        "Ja klar, wir sind beim Geburtstag von Leo dabei.",
        "Oi Carla!!! Sim, vou sim no aniversário do Léo no sábado, pode contar comigo 🎉 levo o"
        " pudim. Bjs",
        "Sim, vamos à festa no sábado!",
        "Ndiyo, nitakuja kwenye sherehe ya Leo Jumamosi.",
        "Ndiyo, tutakuja harusini Jumamosi.",
    ],
)
def test_a_yes_to_the_writers_own_event_answers_another_matter(text: str) -> None:
    answer, evidence = read_answer(text, asked="Julia Souza")
    assert answer != "yes", evidence


@pytest.mark.parametrize(
    "text",
    [
        "Sim, vou sim adorar conhecer a Julia",
        "Yes, I'll be glad to meet her on Saturday",
        "Sí, voy a escribirle",
        "Yes, happy to meet her at the wedding.",
        "Ja, gerne, wir können uns auf der Feier kennenlernen.",
        "Oui avec plaisir, je serai ravie de la rencontrer à la fête.",
        "Sí, claro, podemos conocernos en la fiesta.",
        "Ndiyo, nitafurahi kukutana naye kwenye sherehe.",
        "Yes, Julia can find me at the birthday on Saturday.",
        "Sim, pode apresentar! E sim, vou à festa do Léo.",
        "Sim, vou no aniversário do Léo. E sim, pode apresentar.",
        "Yes please, go ahead. See you at the barbecue!",
        # Every language's events are read at once: "party" would be the English "other
        # party" too, so it is none of them.
        "Yes, go ahead. Happy for you to share my email with the other party.",
    ],
)
def test_a_yes_about_the_introduction_still_answers(text: str) -> None:
    answer, evidence = read_answer(text, asked="Julia Souza")
    assert answer == "yes", evidence
