"""Mail commands: status, cancel (an intro id or the thread) and help, in several languages."""

from __future__ import annotations

import pytest

from agent.understanding.commands import (
    asks_how_to_use,
    detect_command,
    strip_subject_prefixes,
)


@pytest.mark.parametrize(
    ("subject", "text", "command"),
    [
        ("status", "status", "status"),
        ("", "What's the status of my intros? Haven't heard back.", "status"),
        ("", "Hi there - status of #c0ffee? Thanks", "status"),
        ("hi", "How does this work?", "help"),
        ("question", "Hi! What can you do?", "help"),
        ("Hilfe", "Hilfe", "help"),
        ("", "Statut de mes demandes, s'il vous plaît ?", "status"),
        ("", "Alguma novidade sobre as minhas apresentações?", "status"),
        ("", "Msaada", "help"),
        ("", "CANCEL. Stacy changed her mind.", "cancel"),
        ("", "I'd like to withdraw my request, the deal fell through.", "cancel"),
    ],
)
def test_commands_are_recognised(subject: str, text: str, command: str) -> None:
    found = detect_command(subject, text, in_reply_to=False)
    assert found is not None
    assert found.command == command


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Help with an intro", "Could you introduce me to Bob Lee <bob@lee.example>? Thanks!"),
        ("", "Can you help me get an intro to Carol? She runs the lab."),
        ("", "Stop by our booth at the fair on Thursday, we would love to show you the demo."),
        ("status", " ".join(["word"] * 60)),
    ],
)
def test_requests_and_long_mail_are_not_commands(subject: str, text: str) -> None:
    assert detect_command(subject, text, in_reply_to=False) is None


def test_cancel_names_an_intro_id_else_the_thread() -> None:
    by_id = detect_command("", "Cancel #A1B2C3 please", in_reply_to=True)
    assert by_id is not None and by_id.target == "#a1b2c3"
    in_subject = detect_command("Re: intro #9f3e21", "stop this one pls", in_reply_to=True)
    assert in_subject is not None and in_subject.target == "#9f3e21"
    thread = detect_command("Re: your intro", "Please cancel this intro.", in_reply_to=True)
    assert thread is not None and thread.target == "thread"
    nothing = detect_command("", "cancel", in_reply_to=False)
    assert nothing is not None and nothing.target is None


def test_subject_prefixes_in_several_languages_are_removed() -> None:
    assert strip_subject_prefixes("Re: Fwd: AW: WG: hello") == "hello"
    assert strip_subject_prefixes("RE[2]: TR: bonjour") == "bonjour"


@pytest.mark.parametrize(
    "text",
    [
        "Actually, please cancel this one.",
        "Sorry - turns out Victor and I already know each other. Please drop this intro.",
        "No longer needed, thanks - Selin reached out directly. You can cancel it.",
        "Bonjour, en fait vous pouvez annuler cette demande, merci.",
        "Thanks for trying. Lo siento, cancela la solicitud por favor.",
    ],
)
def test_a_cancel_in_a_thread_may_follow_other_sentences(text: str) -> None:
    found = detect_command("Re: Your intro to Victor Ng", text, in_reply_to=True)
    assert found is not None
    assert (found.command, found.target) == ("cancel", "thread")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks! Stop by our booth at the fair on Thursday.",
        "Great news. Please don't cancel, I still want to meet her.",
        "Looking forward to it. Should I cancel my other call?",
        "Happy to meet. Cancel my 3pm slot and use it for this call instead.",
    ],
)
def test_later_sentences_in_a_thread_cancel_only_the_intro(text: str) -> None:
    assert detect_command("Re: Your intro to Victor Ng", text, in_reply_to=True) is None


def test_later_sentences_outside_a_thread_are_no_command() -> None:
    assert detect_command("", "Thanks for everything. Please cancel it.", in_reply_to=False) is None


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("So - what happened to my intro to Ravi? Nothing yet.", "status"),
        ("Hello, did anything happen with my request for Ana?", "status"),
        ("Bonjour, où en est la présentation à Karim ? Merci d'avance.", "status"),
        ("Salut ! Des nouvelles ? Je n'ai rien reçu.", "status"),
        ("Hola, ¿qué pasó con mi solicitud para Pedro?", "status"),
        ("Hallo, was ist aus meiner Anfrage geworden?", "status"),
        ("Oi, o que aconteceu com meu pedido para a Bia?", "status"),
        ("Habari, ombi langu limefikia wapi?", "status"),
        ("Please call this off - she took another job.", "cancel"),
        ("Hola, cancela la solicitud #a1b2c3: ya hablamos por teléfono.", "cancel"),
        ("Annulez ma demande #a1b2c3 ; on s'est vus au salon.", "cancel"),
        ("I'm new here. What should I send you?", "help"),
        ("Hi, a friend told me about this. What exactly can I send you?", "help"),
    ],
)
def test_status_questions_cancels_before_a_colon_and_newcomers_asking(
    text: str, command: str
) -> None:
    """A status question about what became of an intro, a cancel ended by a colon or
    semicolon (with French spacing), and a newcomer asking what to send."""
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == command


def test_a_request_after_a_newcomer_sentence_is_no_command() -> None:
    assert detect_command("", "I'm new here. Can you introduce me to Bob Lee?", False) is None
    text = "So what happened was: Ana left and Bob took over the lab at Sanger."
    assert detect_command("", text, False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi - any luck with the intro to Maya Chen (maya@chen.example)?",
        "Just checking in on my intro to Maya Chen (maya@chen.example). Has she replied?",
        "Has she replied yet? The one to Maya Chen, I mean.",
        "Have you heard back from Maya?",
        "Bonjour, avez-vous eu des nouvelles de Maya Chen pour la présentation ?",
        "Hola, ¿hubo respuesta de Maya Chen sobre la presentación?",
        "Oi, teve resposta de Maya Chen?",
        "Hallo, gibt es eine Antwort von Maya Chen?",
    ],
)
def test_asking_after_an_intro_already_requested_is_status(text: str) -> None:
    """A follow-up on an intro asked before names its person, often with an address;
    it asks for no new intro."""
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag,\n\ndie Vorstellung mit Herrn Kaya können Sie streichen - wir kennen uns.",
        "Die Anfrage zu Frau Lang kannst du stornieren.",
        "Hi, the intro to Bob Lee can be cancelled, we met at the fair.",
        "Bonjour, la demande pour Paul peut être annulée.",
        "La presentación con Ana se puede cancelar.",
        "Bom dia, a apresentação ao Rui pode ser cancelada.",
    ],
)
def test_a_cancel_whose_verb_comes_last(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Können Sie mich mit Herrn Kaya bekannt machen? Den Termin danach können Sie streichen.",
        "Could you introduce me to Bob Lee (bob@lee.io)? The old call can be cancelled.",
    ],
)
def test_a_cancel_ending_a_later_sentence_is_no_command(text: str) -> None:
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Has Jonas said anything yet about meeting me? No rush.",
        "Did Maya ever get back to you about the intro?",
        "Has Maya Chen replied yet?",
        "Still nothing from Priscilla on my end - is she just slow, or did she say no?",
        "Hola, ¿sabes algo de Lucía? Hace diez días que lo pedí.",
        "E aí, a Carolina já respondeu sobre a apresentação?",
        "Est-ce que Paul a répondu ?",
        "Hat Frau Lang schon geantwortet?",
    ],
)
def test_asking_whether_someone_answered_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Has this ever worked for anyone? Could you introduce me to Bob (bob@lee.example)?",
        "Did you ever get to meet Bob Lee? He is great.",
    ],
)
def test_a_question_with_no_one_answering_is_no_status(text: str) -> None:
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Pode desconsiderar o meu pedido de apresentação ao Renato Lima, já resolvi.",
        "Finalement, on peut oublier ma demande pour Mme Perrin.",
        "Olvida mi solicitud para conocer a Ana Ruiz, ya lo resolví.",
        "Please disregard my request for an intro to Tom Lee.",
    ],
)
def test_disregarding_a_request_is_cancel(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Just wondering whether my ask about Priya Nair went anywhere.",
        "Did my request for Bob go anywhere?",
        "¿En qué quedó lo de Ramiro?",
        "Je, ombi langu la kukutanishwa na Bw. Kiprono limefika wapi?",
        "Em que ficou o pedido do Rui?",
        "Où en est ma demande pour Paul ?",
    ],
)
def test_asking_where_a_request_got_to_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Hi, at what stage is my introduction to Ravi Menon?",
        "Le escribo para consultar en qué estado se encuentra la presentación que solicitamos"
        " entre D. Rafael Montoya y Dña. Carmen Saldaña. ¿Han respondido ambos?",
        "Bonjour, à quel stade en est la mise en relation avec Paul ?",
        "Hallo, in welchem Stadium befindet sich die Vorstellung mit Frau Weber?",
        "Olá, em que estado se encontra a apresentação à Ana?",
        "Habari, utambulisho wangu na Juma umefikia hatua gani?",
    ],
)
def test_asking_at_what_stage_an_intro_is_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"
    # The stage of something else asks nothing.
    assert detect_command("", "Hi Tom, at what stage is your thesis?", in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Herr Dr. Pichler lässt höflich anfragen, wie der Stand bezüglich der Vorstellung bei"
        " Frau Notarin Mag. Weinberger ist.",
        "Hat sich Frau Mag. Weinberger bereits gemeldet?",
        "Could you tell me the status regarding my introduction to Dr Okafor?",
        "Pourriez-vous me faire le point concernant la présentation à Maître Roussel ?",
        "¿Me podría indicar el estado respecto de la presentación al Sr. Ruiz?",
        "Poderia informar-me o ponto de situação relativamente à apresentação ao Dr. Meireles?",
        "Naomba kujua hali ilivyo kuhusu utambulisho wangu kwa Bw. Kimaro.",
    ],
)
def test_asking_the_status_regarding_an_intro_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"
    # The status regarding something else asks nothing.
    assert detect_command("", "Er fragt, wie der Stand bezüglich des Budgets ist.", False) is None
    assert detect_command("", "The status regarding the budget?", in_reply_to=False) is None


def test_wondering_about_a_request_and_asking_one_is_no_status() -> None:
    text = "Just wondering if my request is a good fit - could you introduce me to Bob Ray?"
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Is the Bob thing still happening?", "status"),
        ("Est-ce que ça avance pour Bob ?", "status"),
        ("¿Hay novedades sobre Bob?", "status"),
        ("Gibt's was Neues wegen Bob?", "status"),
        ("Let's not do the Bob intro after all.", "cancel"),
        ("Mejor no hagamos lo de Bob.", "cancel"),
        ("Lassen wir das mit Bob lieber.", "cancel"),
        ("Melhor não fazer a apresentação com o Bob.", "cancel"),
        ("Tuachane na suala la Bob.", "cancel"),
        ("Laissons tomber pour Bob finalement.", "cancel"),
    ],
)
def test_indirect_status_and_cancel(text: str, command: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == command


def test_news_of_ones_own_with_an_ask_is_no_status() -> None:
    text = "Hay novedades en mi empresa y me encantaría conocer a Bob Ray."
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("E a apresentação com o Bob, saiu?", "status"),
        ("Como ficou aquela apresentação com o Bob?", "status"),
        ("Vipi kuhusu utambulisho na Bob?", "status"),
        ("Hat sich bei Bob schon was getan?", "status"),
        ("Qu'en est-il de la mise en relation avec Bob ?", "status"),
        ("Did Bob ever say yes?", "status"),
        ("Hakuna haja tena ya kunitambulisha kwa Bob.", "cancel"),
        ("Não precisa mais me apresentar ao Bob.", "cancel"),
        ("Ya no hace falta que me presentes a Bob.", "cancel"),
        ("Plus besoin de me présenter Bob.", "cancel"),
        ("Die Vorstellung mit Bob ist nicht mehr nötig.", "cancel"),
        ("No need for the Bob intro anymore.", "cancel"),
    ],
)
def test_more_indirect_status_and_cancel(text: str, command: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == command


def test_no_longer_needing_something_else_is_no_cancel() -> None:
    text = "Plus besoin de vous présenter, mais pourriez-vous me présenter Bob Ray ?"
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi - please scrap the Greg/Olivia intro I sent on Monday. Greg has left Finch.",
        "Hey, just forget the intro to Dana, she already emailed me.",
        "Hello, we need to call off the intro with Priya Nair.",
        "Bonjour, merci d'annuler la mise en relation avec M. Dupont.",
        "Pouvez-vous annuler ma demande de présentation à Claire Martin ?",
        "Quiero anular mi solicitud de presentación a Marta.",
        "Hallo,\n\nbitte die Vorstellung zwischen mir und Herrn Krüger abbrechen, wir kennen uns.",
        "Guten Tag, ich möchte meine Anfrage wegen Jonas Weber absagen.",
        "Brechen Sie bitte die Vorstellung mit Frau Lang ab.",
        "Quero desistir do pedido para conhecer o Rui Costa.",
        "Tafadhali ghairi ombi langu la utambulisho kwa Bw. Otieno.",
    ],
)
def test_a_cancel_verb_governing_an_intro_noun_is_cancel(text: str) -> None:
    """In any sentence and word order: the verb first, the verb last (German), or split
    around what it governs ("brechen ... ab")."""
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Je voulais savoir où en était ma demande de mise en relation avec Mme Lefèvre.",
        "Hi, what's happening with my request for an intro to Bob?",
        "I wanted to check where my intro request for Tom stands.",
        "Hola, ¿qué pasa con mi solicitud de presentación a Pedro?",
        "Hallo, wie ist der Stand meiner Anfrage zu Herrn Meyer?",
        "Gostaria de saber como anda o meu pedido para a Bia.",
        "Vipi kuhusu ombi langu la kutambulishwa kwa Juma?",
        "Habari, ombi langu la utambulisho kwa Bw. Kiprono limefikia wapi?",
    ],
)
def test_asking_how_an_intro_stands_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Please don't cancel the intro with Bob, I still want to meet him.",
        "Bitte die Vorstellung mit Herrn Krüger nicht abbrechen.",
        "Ne pas annuler la présentation avec Paul, svp.",
        "Por favor no canceles la presentación con Jorge.",
        "Por favor não cancele o pedido da Joana.",
        "Could you drop Bob Lee (bob@lee.io) a quick intro to me?",
        "I am travelling next week. Please cancel the intro call with Bob.",
    ],
)
def test_a_negated_cancel_or_another_object_is_no_cancel(text: str) -> None:
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Any news on my intro to Maya? Also, could you introduce me to Carol Diaz (carol@diaz.io)?",
        "Please cancel the intro to Bob and introduce me to Carol Diaz (carol@diaz.io).",
        "Où en est ma demande pour Paul ? Pouvez-vous aussi me présenter Claire Roy"
        " (claire@roy.fr) ?",
        "Bitte die Anfrage zu Herrn Vogel stornieren. Können Sie mich mit Frau Lang"
        " (lang@firma.de) bekannt machen?",
    ],
)
def test_a_mail_asking_for_a_new_intro_is_no_command(text: str) -> None:
    """Status or cancel of one intro beside a new ask with a named party: the request is
    read, not the command."""
    assert detect_command("", text, in_reply_to=False) is None


def test_what_follows_the_intro_noun_names_the_old_request() -> None:
    text = "Please withdraw my request to be introduced to Bob Lee, we have met."
    found = detect_command("", text, in_reply_to=False)
    assert found is not None and found.command == "cancel"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Boa tarde,\n\nPeço que cancelem este pedido. O Sr. Antunes decidiu adiar.", "thread"),
        (
            "Peço que cancelem o meu pedido de apresentação ao Rui Costa.",
            "o meu pedido de apresentação ao Rui Costa",
        ),
        (
            "Les pido que anulen mi solicitud de presentación a Marta.",
            "mi solicitud de presentación a Marta",
        ),
        ("Le pido que cancele esta solicitud, gracias.", "thread"),
        ("Je vous demande d'annuler cette demande, merci.", "thread"),
        ("Ich bitte Sie, diese Anfrage zu stornieren.", "thread"),
        ("I'd ask that you cancel this request.", "thread"),
        ("Naomba mfute ombi hili.", "thread"),
    ],
)
def test_a_cancel_asked_for_in_the_subjunctive(text: str, target: str) -> None:
    """A cancel asked for with the verb in the subjunctive or after "ask that" ("peço que
    cancelem", "le pido que cancele", "je vous demande d'annuler") is a cancel verb
    governing an intro noun like any other. In a reply it is the thread's intro, unless
    it names someone the subject does not: then what it names, which may be another."""
    found = detect_command("Re: Pedido", text, in_reply_to=True)
    assert found is not None
    assert (found.command, found.target) == ("cancel", target)


@pytest.mark.parametrize(
    "text",
    [
        "Peço que não cancelem este pedido.",
        "Je vous demande de ne pas annuler cette demande.",
        "Le pido que no cancele esta solicitud.",
        "Peço que cancelem a reunião de amanhã.",
    ],
)
def test_a_subjunctive_negated_or_of_something_else_is_no_cancel(text: str) -> None:
    assert detect_command("Re: Pedido", text, in_reply_to=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hi - a friend set me up with this. What do I actually need to send you to get an"
        " intro made? Just both emails in the body, or do I cc them?",
        "Do I cc both people, or just send you their emails? What format do you want?",
        "Un ami m'a donné votre adresse. Comment ça marche exactement ? Je dois mettre les"
        " deux personnes en copie, ou il suffit de vous écrire leurs noms ?",
        "Qu'est-ce que je dois vous envoyer pour obtenir une présentation ?",
        "Una amiga me pasó tu dirección. ¿Cómo funciona exactamente? ¿Tengo que poner a las"
        " dos personas en copia?",
        "¿Qué tengo que enviarte para conseguir una presentación?",
        "Ein Kollege hat mir Ihre Adresse gegeben. Wie funktioniert das genau? Muss ich beide"
        " in CC setzen?",
        "Was muss ich Ihnen schicken, damit Sie jemanden vorstellen?",
        "Um amigo me passou o seu endereço. Como funciona exatamente? Tenho que colocar as duas"
        " pessoas em cópia?",
        "O que preciso enviar para conseguir uma apresentação?",
        "Rafiki alinipa anwani yako. Inafanyaje kazi hasa? Niwaweke wote wawili kwenye cc?",
    ],
)
def test_asking_what_to_send_or_whom_to_copy_is_help(text: str) -> None:
    """What to send, whom to copy, how it works: a question how to use the agent, even
    with intro words in it ("to get an intro made"), softeners left aside ("actually",
    "exactement", "genau")."""
    assert asks_how_to_use(text)


@pytest.mark.parametrize(
    "text",
    [
        "How does Ann know Bob? Could you introduce me to him?",
        "How does it work? Could you introduce me to Bob Ray?",
        "Comment ça marche chez Bob Ray ? Pouvez-vous me le présenter ?",
        "Bob told me how it works at his firm. Any chance of an intro?",
    ],
)
def test_a_how_question_beside_an_ask_or_about_someone_is_no_help(text: str) -> None:
    """A "how does" about someone else, or a help phrase alone beside words asking for an
    intro, leaves the mail to the request reading."""
    assert not asks_how_to_use(text)


@pytest.mark.parametrize(
    "text",
    [
        "What can I ask of this service exactly? Does it also work for intros between"
        " colleagues, or is it only for external people?",
        "Hi there, is this service only for external contacts?",
        "What can I use this service for?",
        "Qu'est-ce que je peux demander à ce service ? Ça marche aussi pour des présentations"
        " entre collègues du même bureau ?",
        "Est-ce que ça fonctionne aussi pour des collègues internes ?",
        "¿Qué puedo pedirle a este servicio? ¿Funciona también para presentaciones entre"
        " compañeros de la misma oficina?",
        "¿Esto es solo para personas externas?",
        "Hallo, was kann ich bei diesem Dienst anfragen? Funktioniert das auch für Vorstellungen"
        " unter Kollegen im selben Büro?",
        "Ist das nur für externe Kontakte?",
        "O que posso pedir exatamente a este serviço? Funciona também para apresentações entre"
        " colegas do mesmo escritório, ou só com pessoas externas?",
        "Para que serve este serviço?",
        "Habari, huduma hii inafanyaje kazi? Inafanya kazi pia kwa utambulisho kati ya wenzangu"
        " wa ofisi moja?",
        "Naweza kuomba nini kwa huduma hii?",
    ],
)
def test_asking_what_the_service_is_for_is_help(text: str) -> None:
    """What one may ask of the service, whether it also works for colleagues, whether it is
    only for external people: a question about the agent in a mail asking no intro."""
    assert asks_how_to_use(text)


@pytest.mark.parametrize(
    "text",
    [
        "Does Ann also work for Acme?",
        "Does it also work for you if we move to Friday?",
        "Funciona também para mim, obrigado.",
        "Ça marche aussi pour moi.",
        "Funktioniert das auch für dich am Montag?",
        "A Ana também trabalha para a Acme?",
        "Is it only for lunch or dinner too? See you Friday.",
        "Is this only for external people? Please introduce me to Carol Diaz.",
        "¿Funciona también para compañeros? Preséntame a Juan Pérez, por favor.",
        "Funktioniert das auch für Kollegen? Bitte stellen Sie mich Jonas Weber vor.",
    ],
)
def test_a_scope_question_about_someone_or_beside_an_ask_is_no_help(text: str) -> None:
    """Whether someone works for a firm, whether a day works for a person, or a question
    about the service beside words asking for an intro, is no question for help."""
    assert not asks_how_to_use(text)


@pytest.mark.parametrize(
    ("text", "reply", "command"),
    [
        (
            "Wiki iliyopita niliomba utambulisho na Bw. Salim Juma. Je, kuna habari yoyote?",
            False,
            "status",
        ),
        (
            "Last week I asked for an intro to Sam Jones. Any news? Has he replied yet?",
            False,
            "status",
        ),
        ("Last week I asked you to introduce me to Sam Jones. Any news?", False, "status"),
        (
            "La semaine dernière, j'ai demandé une mise en relation avec M. Juma. Des nouvelles ?",
            False,
            "status",
        ),
        (
            "La semana pasada pedí una presentación con el Sr. Juma. ¿Alguna novedad?",
            False,
            "status",
        ),
        (
            "Letzte Woche habe ich um eine Vorstellung bei Herrn Juma gebeten. Gibt es schon"
            " Neuigkeiten?",
            False,
            "status",
        ),
        ("Na semana passada pedi uma apresentação ao Sr. Juma. Alguma novidade?", False, "status"),
        (
            "gibt es hierzu schon etwas Neues? Herr Brandt fragt nach, ob sie geantwortet hat.",
            True,
            "status",
        ),
        ("Thanks. Des nouvelles à ce sujet ?", True, "status"),
        ("Kuna habari yoyote kuhusu hili? Juma anauliza.", True, "status"),
        ("Mejor déjalo, por favor. Tomás me acaba de escribir por LinkedIn.", True, "cancel"),
        ("Lass es lieber, wir haben uns schon getroffen.", True, "cancel"),
        ("Actually, let's not. He just joined a competitor.", True, "cancel"),
        ("Mieux vaut laisser tomber, merci.", True, "cancel"),
        ("Thanks for trying. Deixa pra lá.", True, "cancel"),
        ("Acha tu, tumeshaonana.", True, "cancel"),
    ],
)
def test_a_bare_news_question_or_drop_it_is_a_command(text: str, reply: bool, command: str) -> None:
    """A news question alone is status in a thread or beside an intro asked for before;
    a bare "drop it" cancels the intro a thread is about."""
    found = detect_command("Re: intro" if reply else "", text, in_reply_to=reply)
    assert found is not None
    assert found.command == command


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("Any news on this? Also please introduce me to Carol Diaz (carol@diaz.io).", True),
        ("Any news? Also, please introduce me to Carol Diaz (carol@diaz.io).", False),
        ("Hi Ann, I requested a demo last week. Any news?", False),
        ("J'ai demandé un devis la semaine dernière. Des nouvelles ?", False),
        ("Lass es mich wissen, wenn er antwortet.", True),
        ("Leave it with me, I'll ask him myself first.", True),
        ("Drop it in my calendar when he replies.", True),
        ("Great. Let's not rush it, he's busy until Friday.", True),
        ("Déjalo para la semana que viene si puedes.", True),
        ("Drop it in my calendar when he replies.", False),
        ("Thanks for the deck. Drop it.", False),
    ],
)
def test_news_beside_a_new_ask_or_a_longer_drop_it_is_no_command(text: str, reply: bool) -> None:
    """A new ask is read as one; news of something else, a "let me know" or a "drop it"
    with more to it, or outside a thread a bare "drop it" after something else, are no
    command."""
    assert detect_command("Re: intro" if reply else "", text, in_reply_to=reply) is None


@pytest.mark.parametrize(
    "text",
    [
        "Forget it.",
        "Mejor déjalo, por favor.",
        "Drop it.",
        "Laisse tomber, merci.",
        "Lass es lieber.",
        "Deixa pra lá.",
        "Acha tu.",
    ],
)
def test_a_bare_drop_it_opening_a_mail_outside_a_thread_cancels_nothing_named(text: str) -> None:
    """Outside a thread, "forget it" opening a mail is a cancel naming nothing: the writer
    is told no intro was found to cancel and how to name one, as for any bare cancel."""
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert (found.command, found.target) == ("cancel", None)


@pytest.mark.parametrize(
    "text",
    [
        "Any news from the conference? I'd love an intro to Carol Diaz (carol@diaz.io).",
        "Des nouvelles du salon ? J'aimerais une mise en relation avec Claire Dubois.",
        "¿Novedades de la conferencia? Me encantaría una presentación a Lucía Gómez.",
        "Gibt es Neuigkeiten von der Messe? Ich hätte gern eine Vorstellung bei Jonas Weber.",
        "Alguma novidade da conferência? Adoraria uma apresentação ao Rui Costa.",
        "Kuna habari kutoka kwenye mkutano? Naomba utambulisho kwa Bw. Juma Said.",
        "I'd love an intro to Carol Diaz (carol@diaz.io). Any news on your side?",
    ],
)
def test_an_intro_asked_for_as_a_noun_is_a_new_ask(text: str) -> None:
    """An intro asked for as a noun ("I'd love an intro to Carol") is a new ask, as
    "introduce me to Carol" is."""
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Any news on my intro to Maya? I asked for an intro to her last week.",
        "La semaine dernière, j'ai demandé une mise en relation avec M. Juma. Des nouvelles ?",
        "Letzte Woche habe ich um eine Vorstellung bei Herrn Juma gebeten. Neuigkeiten?",
    ],
)
def test_an_intro_asked_for_before_as_a_noun_is_no_new_ask(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Any news? We launched our new product today!",
        "Des nouvelles ? Nous avons lancé notre nouveau produit aujourd'hui !",
        "¿Novedades? ¡Hoy lanzamos nuestro nuevo producto!",
        "Neuigkeiten? Wir haben heute unser neues Produkt gestartet!",
        "Novidades? Lançamos hoje o nosso novo produto!",
        "Kuna habari? Tumezindua bidhaa yetu mpya leo!",
    ],
)
def test_a_news_question_beside_news_of_something_else_is_no_status(text: str) -> None:
    """Outside a thread, "Any news?" followed by something that is no intro asks nothing
    of the agent."""
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    ("subject", "text", "reply"),
    [
        ("", "Any news?", False),
        ("", "Hi,\n\nAny news?\n\nThanks,\nAnn", False),
        ("", "Des nouvelles ?\n\nMerci,\nAnn", False),
        ("", "Any update? Has Bob replied yet?", False),
        ("", "Any news? I haven't heard back from Bob.", False),
        ("", "Alguma novidade? Ainda não recebi nada.", False),
        ("", "Kuna habari? Bado sijapata jibu.", False),
        ("My intro to Bob", "Any news?\n\nAnn", False),
        ("Re: Bob", "Any news? We launched our new product today, by the way.", True),
    ],
)
def test_a_news_question_alone_about_an_intro_or_in_a_thread_is_status(
    subject: str, text: str, reply: bool
) -> None:
    found = detect_command(subject, text, in_reply_to=reply)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    ("subject", "text", "reply"),
    [
        ("Re: my intro to Bob", "Where are we at? Any reply yet?", True),
        ("My requests", "Hi, where are we at with it? Has anyone replied yet?", False),
        (
            "Mes demandes",
            "J'ai demandé trois mises en relation le mois dernier et je n'ai aucune nouvelle. "
            "On en est où ? Est-ce que quelqu'un a répondu ?",
            False,
        ),
        ("Mes demandes", "Bonjour, ça avance ? Quelqu'un a répondu ?\n\nMerci", False),
        ("Re: tu presentación con Laura", "¿En qué quedó? ¿Alguien contestó?", True),
        ("Mis solicitudes", "Hola, ¿alguien contestó ya?", False),
        ("Meine Anfragen", "Hallo, wie ist der Stand? Hat schon jemand geantwortet?", False),
        (
            "Re: Ihre Anfrage: Vorstellung Klaus Berger",
            "gibt es hier schon einen Stand? Hat Herr Berger schon zugestimmt oder ist die "
            "Anfrage noch offen?",
            False,
        ),
        ("Meus pedidos", "Em que pé está? Alguém respondeu?", False),
        ("Re: utambulisho", "Imefika wapi? Kuna aliyejibu?", True),
        ("", "Niliomba utambulisho kwa Bw. Juma wiki iliyopita. Kuna aliyejibu?", False),
    ],
)
def test_where_things_stand_or_whether_anyone_answered_is_status(
    subject: str, text: str, reply: bool
) -> None:
    """Colloquial "where are we with it" and "has anyone answered" questions are status in
    a thread, or beside a subject or sentence naming the writer's intros."""
    found = detect_command(subject, text, in_reply_to=reply)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    ("subject", "text", "reply"),
    [
        ("Re: intro", "Has she agreed yet?", True),
        ("", "Has Maria Lopez already agreed?", False),
        ("Re: présentation", "Est-ce que Paul Girard a déjà accepté ?", True),
        ("Re: presentación", "¿Ya aceptó Laura?", True),
        ("", "Hat Herr Berger schon zugestimmt?", False),
        ("Re: Vorstellung", "Danke. Hat er schon zugestimmt?", True),
        ("Re: apresentação", "A Bia já aceitou?", True),
        ("Re: utambulisho", "Je, ameshakubali?", True),
        ("Re: utambulisho", "Habari. Ameshakubali tayari?", True),
    ],
)
def test_asking_whether_a_party_said_yes_is_status(subject: str, text: str, reply: bool) -> None:
    found = detect_command(subject, text, in_reply_to=reply)
    assert found is not None
    assert found.command == "status"


_BUDGET = (
    "Bonjour Paul, merci pour la réunion de mardi. Nous avons revu le planning avec l'équipe"
    " et la livraison reste prévue pour fin mars, sous réserve des validations du client. On"
    " en est où du budget ? Il faudrait aussi confirmer la salle pour le séminaire de"
    " printemps et la liste des invités.\n\nBien à vous,\nClaire"
)


@pytest.mark.parametrize(
    ("subject", "text", "reply"),
    [
        ("Budget", "Bonjour Paul, on en est où du budget ?", False),
        ("Budget", _BUDGET, False),
        (
            "Projekt",
            "Hallo Jens, gibt es schon einen Stand? Hat Herr Berger schon zugestimmt?",
            False,
        ),
        ("", "Where are we at? The launch is on Friday.", False),
        ("", "¿En qué quedó? El partido terminó tarde.", False),
        ("", "Em que pé está? A obra atrasou de novo.", False),
        ("Re: intro", "Where are we at? Also, could you introduce me to Carol Diaz?", True),
        (
            "Mes demandes",
            "On en est où ? Et pouvez-vous me présenter à Claire Dubois ?",
            False,
        ),
        (
            "Meine Anfragen",
            "Wie ist der Stand? Könnten Sie mich auch Frau Lena Vogt vorstellen?",
            False,
        ),
        ("Re: intro", "Il a accepté. Merci !", True),
    ],
)
def test_where_things_stand_about_something_else_or_with_an_ask_is_no_status(
    subject: str, text: str, reply: bool
) -> None:
    """The same questions about something else, outside a thread naming no intro, in a
    longer mail, beside a new ask, or said as news ("Il a accepté"), are no command."""
    found = detect_command(subject, text, in_reply_to=reply)
    assert found is None or found.command != "status"


_WHY = {
    "en": " I sent it about a week ago and haven't heard anything back. No rush, I just want to"
    " make sure it didn't get lost - our distribution review is on the 20th and it would be"
    " great to have spoken to her before then.\n\nThanks,\nEthan",
    "fr": " Je l'ai envoyée il y a une semaine et je n'ai rien reçu depuis. Rien d'urgent, je"
    " veux juste m'assurer qu'elle ne s'est pas perdue : notre comité se réunit le 20 et ce"
    " serait bien de lui avoir parlé avant.\n\nMerci,\nAnn",
    "es": " La envié hace una semana y no he recibido nada. No hay prisa, solo quiero"
    " asegurarme de que no se perdió, porque nuestra revisión es el día 20 y me encantaría"
    " haber hablado con él antes.\n\nGracias,\nAnn",
    "de": " Ich habe sie vor einer Woche geschickt und noch nichts gehört. Keine Eile, ich"
    " möchte nur sichergehen, dass sie nicht verloren gegangen ist, denn unsere Prüfung ist"
    " am 20. und es wäre schön, vorher mit ihm gesprochen zu haben.\n\nDanke,\nAnn",
    "pt": " Enviei há uma semana e ainda não recebi nada. Sem pressa, só quero ter certeza de"
    " que não se perdeu, porque a nossa revisão é no dia 20 e seria ótimo ter falado com ela"
    " antes disso.\n\nObrigada,\nAnn",
    "sw": " Nililituma wiki moja iliyopita na sijapata jibu lolote bado. Hakuna haraka, nataka"
    " tu kuhakikisha halijapotea kwa sababu mkutano wetu ni tarehe 20 na ingekuwa vizuri"
    " kuzungumza naye kabla ya hapo.\n\nAsante,\nAnn",
}


@pytest.mark.parametrize(
    ("opening", "language", "command"),
    [
        ("Any news on my request to meet Paula Grant?", "en", "status"),
        ("Des nouvelles de ma demande de mise en relation avec Paul Girard ?", "fr", "status"),
        ("¿Hay novedades sobre mi solicitud para conocer a Pedro Gómez?", "es", "status"),
        ("wie ist der Stand meiner Anfrage zu Herrn Jonas Weber?", "de", "status"),
        ("Alguma novidade sobre o meu pedido para conhecer a Bia Santos?", "pt", "status"),
        ("Ombi langu la utambulisho kwa Bw. Juma Said limefikia wapi?", "sw", "status"),
        ("Please cancel my request to meet Paula Grant.", "en", "cancel"),
        ("Merci d'annuler ma demande de mise en relation avec Paul Girard.", "fr", "cancel"),
        ("Bitte brechen Sie meine Anfrage zu Herrn Jonas Weber ab.", "de", "cancel"),
    ],
)
def test_a_longer_mail_opening_with_a_status_or_cancel_of_ones_request(
    opening: str, language: str, command: str
) -> None:
    """A status or cancel of the writer's own request may open a longer mail saying why."""
    text = "Hi,\n\n" + opening + _WHY[language]
    assert len(text.split()) > 40
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == command


@pytest.mark.parametrize(
    "text",
    [
        # A new ask, by a verb or a noun, or a written address.
        "Any news on my request to meet Paula Grant? I sent it about a week ago. Also, could you"
        " introduce me to Carol Diaz? She runs operations at Diaz and we are looking at a"
        " partnership for the spring, which would help a lot with our plans.",
        "Any news on my request to meet Paula Grant? I sent it about a week ago. While I have"
        " you, I'd love to meet Carol Diaz (carol@diaz.io) as well - she runs operations at Diaz"
        " and we are looking at a partnership for the spring.",
        "Des nouvelles de ma demande de mise en relation avec Paul Girard ? Je l'ai envoyée il y"
        " a une semaine. Par ailleurs, j'aimerais beaucoup une mise en relation avec Claire"
        " Dubois, qui dirige les opérations chez Dubois : nous envisageons un partenariat.",
        # Not one's own, or negated.
        "Hi all, any news on the request for proposals? The committee meets on the 20th and we"
        " still need the budget figures from finance, the venue shortlist and the speaker list"
        " before then. Please send whatever you have by Friday, so that I can put the pack"
        " together over the weekend.",
        "Please don't cancel my request to meet Paula Grant. I know it has been a while, but she"
        " told me at the fair that she was travelling until the end of the month and would get"
        " back to you afterwards. We are still very keen on the partnership for the spring.",
    ],
)
def test_a_longer_mail_with_an_ask_or_no_opening_command_is_no_command(text: str) -> None:
    assert len(text.split()) > 40
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "Hola, porfa cancela lo de Javier Morales, mis papás ya contrataron a otro"
            " arquitecto. ¡Gracias de todos modos!",
            False,
        ),
        ("Porfa cancela lo de la presentación con Javier Morales Pérez, ya no la necesito.", False),
        ("Oye, mejor anula lo de Javier Morales Pérez, ya lo resolvimos.", False),
        ("Buenas, ¿puedes cancelar el tema de Javier Morales? Ya no hace falta.", False),
        ("Pfv olvida lo de Javier, ya encontré a alguien.", True),
        ("Stp annule le truc avec Julien Morel, on s'est finalement parlé au salon.", False),
        ("Bonjour, merci d'annuler ce qui concerne Julien Morel, ce n'est plus nécessaire.", False),
        ("Stp oublie l'histoire avec Julien, on s'est vus entre-temps.", True),
        ("Bitte streich das mit Jonas Weber, hat sich erledigt.", False),
        ("Hallo, bitte die Sache mit Jonas Weber abbrechen, wir kennen uns schon.", False),
        ("Kannst du das mit Frau Keller stornieren? Danke!", False),
        ("Pfv cancela aquilo do João Pereira, já resolvemos por outro lado.", False),
        ("Oi, pode cancelar a cena da Mariana Costa? Obrigada!", False),
        ("Por favor, esquece aquilo da apresentação com o João Pereira, já nos falamos.", False),
        ("Pls cancel the thing with Mark Evans, we sorted it out ourselves.", False),
        ("Hey, please scrap the Mark Evans thing, we met at a conference last week.", False),
        ("Pls forget the Mark thing, we already met.", True),
        ("Tafadhali futa mambo ya Juma Mwangi, tumeshaonana.", False),
        ("Habari, tafadhali sitisha mambo ya utambulisho na Bw. Salim Juma, asante.", False),
        ("Tafadhali achana na mambo ya Juma, tumeshaongea.", True),
    ],
)
def test_a_cancel_of_the_thing_with_someone_cancels(text: str, reply: bool) -> None:
    """A cancel verb may govern "the thing with" a person instead of an intro noun; the
    target is that thing as written ("lo de Javier Morales"), in a thread too, where the
    thread's intro is cancelled only when it holds the one named."""
    found = detect_command("", text, in_reply_to=reply)
    assert found is not None
    assert found.command == "cancel"
    assert found.target is not None
    assert found.target in text


@pytest.mark.parametrize(
    "text",
    [
        # The thing named is no person nor intro: a day, a caterer, someone written to.
        "Cancela lo de mañana, nos vemos el jueves.",
        "Annule le truc de demain, on se voit jeudi.",
        "Bitte streich das mit Montag, wir sehen uns am Donnerstag.",
        "Bitte streich das mit Ihnen, ich rufe an.",
        "Cancela aquilo de amanhã, nos vemos na quinta.",
        "Cancel the Friday thing, see you Monday.",
        "Please cancel the thing with the caterer, we'll do it ourselves.",
        "Tafadhali futa mambo ya kesho, tutaonana Alhamisi.",
        # Negated.
        "No canceles lo de Javier Morales, todavía me interesa.",
        "N'annule pas le truc avec Julien Morel, ça m'intéresse toujours.",
        "Bitte das mit Jonas Weber nicht abbrechen, das ist mir wichtig.",
        "Não cancela aquilo do João Pereira, ainda tenho interesse.",
        "Please don't cancel the thing with Mark Evans, I'm still keen.",
        # A new ask in another sentence.
        "Porfa cancela lo de Javier Morales. ¿Me podrías presentar a Lucía Gómez?",
        "Stp annule le truc avec Julien Morel. Peux-tu me présenter à Claire Dubois ?",
        "Pls cancel the thing with Mark Evans. Also, could you introduce me to Carol Diaz?",
    ],
)
@pytest.mark.parametrize("reply", [False, True])
def test_the_thing_with_no_one_negated_or_beside_an_ask_is_no_cancel(
    text: str, reply: bool
) -> None:
    assert detect_command("", text, in_reply_to=reply) is None


@pytest.mark.parametrize(
    ("text", "reply", "command"),
    [
        ("Porfa cancela.", False, "cancel"),
        ("Porfa olvídalo.", True, "cancel"),
        ("Stp annule.", False, "cancel"),
        ("Stp laisse tomber.", True, "cancel"),
        ("Bitte schön stornieren.", False, "cancel"),
        ("Pfv cancela.", False, "cancel"),
        ("Pfv esquece.", True, "cancel"),
        ("Plz cancel.", False, "cancel"),
        ("Plz forget it.", True, "cancel"),
        ("Tafadhalini ghairi.", False, "cancel"),
        ("Pfv, status?", False, "status"),
    ],
)
def test_a_casual_plea_before_a_command_is_passed_over(
    text: str, reply: bool, command: str
) -> None:
    found = detect_command("", text, in_reply_to=reply)
    assert found is not None
    assert found.command == command


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # A split verb's particle alone after the clause saying what the intro is.
        (
            "Sehr geehrte Damen und Herren,\n\nbitte ziehen Sie meine Anfrage, Frau Dr. "
            "Schubert mit Herrn Prof. Brandt bekannt zu machen, zurück. Frau Dr. Schubert "
            "hat sich inzwischen anders entschieden.",
            False,
        ),
        ("Nehmen Sie bitte meine Bitte, mich Herrn Weber vorzustellen, zurück. Danke!", False),
        ("Sagen Sie das Treffen mit Herrn Dr. Krüger, das wir für Mai planten, bitte ab.", False),
        ("Stellen Sie die Vorstellung mit Frau Lange bitte ein. Sie hat keine Zeit.", False),
        ("Blasen Sie die Sache mit Herrn Yilmaz, um die ich Sie bat, ab.", True),
        ("Ich ziehe meine Anfrage zurück, Herr Weber hat sich schon gemeldet.", False),
        (
            "Hallo,\nich ziehe meine Anfrage, Frau Keller mit Herrn Brandt zu vernetzen, zurück.",
            False,
        ),
        # The verb last, alone after the clause, or after a modal.
        (
            "Ich möchte meine Anfrage, Frau Keller mit Herrn Brandt bekannt zu machen, "
            "zurückziehen.",
            False,
        ),
        (
            "Meine Anfrage, Frau Keller mit Herrn Brandt bekannt zu machen, möchte ich "
            "zurückziehen.",
            False,
        ),
        ("Bitte die Vorstellung mit Frau Dr. Schubert abbrechen.", False),
        ("Lassen Sie es bitte bleiben.", True),
        ("Please call the intro with Dr. Lee off, he moved on.", False),
    ],
)
def test_a_split_cancel_verb_ending_its_sentence_after_a_long_object_cancels(
    text: str, reply: bool
) -> None:
    found = detect_command("", text, in_reply_to=reply)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        # "ziehen ... um" is moving house; "zurückgezogen" tells of someone else.
        "Könnten Sie Frau Keller mit Herrn Brandt bekannt machen? Ich ziehe nächste Woche "
        "nach Berlin um.",
        "Er hat sich aus dem Projekt zurückgezogen, bitte stellen Sie mich Frau Zimmermann vor.",
        # Negated, or a new ask beside it.
        "Ziehen Sie meine Anfrage, Frau Keller mit Herrn Brandt bekannt zu machen, bitte "
        "nicht zurück.",
        "Ziehen Sie meine Anfrage, Frau Keller vorzustellen, zurück und stellen Sie mich "
        "Herrn Brandt vor.",
        "Ich ziehe meine Anfrage zu Herrn Weber zurück. Stellen Sie mich bitte Frau Keller vor.",
        # The noun of another clause, a verb last after more than a modal.
        "Danke für die Vorstellung, leider ist Herr Brandt krank, wir müssen jetzt absagen.",
        "Bitte den Termin mit Herrn Weber absagen.",
        "Ich ziehe nach Hamburg, die Vorstellung mit Herrn Weber war toll, danke zurück.",
    ],
)
def test_a_split_verb_of_something_else_negated_or_beside_an_ask_is_no_cancel(text: str) -> None:
    for reply in (False, True):
        found = detect_command("", text, in_reply_to=reply)
        assert found is None or found.command != "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Stornieren Sie die Vorstellung mit Dr. Lee, stellen Sie mich stattdessen Frau Keller vor.",
        "Please call the intro with Dr. Lee off, could you introduce me to Carol Diaz instead?",
    ],
)
def test_a_cancel_read_past_an_abbreviation_beside_an_ask_in_its_sentence_is_no_command(
    text: str,
) -> None:
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Re: Présentation à Mathieu Gagnon",
            "Allô,\n\nLa présentation avec Mathieu Gagnon, c'est fini: il a quitté Desjardins "
            "la semaine passée. Peux-tu l'annuler? Merci!\n\nMathilde",
        ),
        (
            "",
            "Pour la présentation à Julie Roy : elle a changé de poste. Pourriez-vous l'annuler ?",
        ),
        ("", "Lo de la presentación con Javier Morales ya no aplica. ¿Puedes cancelarla?"),
        ("", "Die Vorstellung mit Herrn Krüger hat sich erledigt. Kannst du sie stornieren?"),
        ("", "Sobre a apresentação ao João Pereira: ele saiu da empresa. Podes cancelá-la?"),
        ("", "About my intro request for Dana Lee: she left the company. Can you cancel it?"),
        ("Utambulisho na Bw. Salim Juma", "Salim ameondoka kampuni. Unaweza kuighairi?"),
    ],
)
@pytest.mark.parametrize("reply", [False, True])
def test_a_cancel_of_it_beside_an_intro_named_cancels(subject: str, text: str, reply: bool) -> None:
    found = detect_command(subject, text, in_reply_to=reply)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        # A booking, in a mail naming no intro.
        "J'ai réservé une table chez Toqué pour jeudi. Peux-tu l'annuler?",
        "I booked a table at Nopa for Friday. Can you cancel it?",
        "Reservé una mesa para el viernes. ¿Puedes cancelarla?",
        # A new ask beside it.
        "Thanks for the intro to Bob. Can you cancel it? Could you introduce me to Carol Diaz?",
        "La présentation avec Paul ne sert plus. Peux-tu l'annuler ? Présente-moi plutôt à Anne.",
    ],
)
def test_a_cancel_of_it_naming_no_intro_or_beside_an_ask_is_no_cancel(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Laisse faire la présentation avec Mathieu Gagnon, il a quitté Desjardins.",
        "Finalement, laissez faire ma demande de mise en relation avec Julie Roy.",
        "Bonjour! Tu peux laisser faire la présentation à Marc Tremblay, merci.",
    ],
)
@pytest.mark.parametrize("reply", [False, True])
def test_quebec_laisse_faire_the_intro_cancels(text: str, reply: bool) -> None:
    found = detect_command("", text, in_reply_to=reply)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Laisse faire, je vais lui écrire moi-même.",
        "Laissez faire, je m'en occupe. Bonne journée!",
    ],
)
@pytest.mark.parametrize("reply", [False, True])
def test_laisse_faire_governing_no_intro_is_no_command(text: str, reply: bool) -> None:
    assert detect_command("", text, in_reply_to=reply) is None


def test_swahili_acha_before_a_subjunctive_is_let_not_cancel() -> None:
    # "Acha nijitambulishe" is "let me introduce myself"; "Acha." and "Acha utambulisho
    # wangu" still cancel.
    assert detect_command("Habari", "Acha nijitambulishe: mimi ni Mariana.", False) is None
    assert detect_command("Habari", "Acha tukutane wiki ijayo.", False) is None
    for text in ("Acha.", "Acha utambulisho wangu na Juma."):
        found = detect_command("Re: utambulisho", text, True)
        assert found is not None and found.command == "cancel", text


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "any news?",
            "Hi, two weeks ago I asked you to introduce me to the buyer at Greenleaf Markets."
            " Has she replied yet? Just want to know where things stand.\n\nInes",
        ),
        (
            "",
            "About a week ago I asked you to introduce me to the lady who runs the choir."
            " Just wondering where things are up to.",
        ),
        ("", "I asked you to introduce me to Bob Lee last week, has he replied?"),
        (
            "",
            "Bonjour, il y a deux semaines je vous ai demandé de me présenter à la directrice"
            " de l'école. Est-ce qu'elle a répondu ? Je voudrais savoir où en sont les choses.",
        ),
        (
            "",
            "Hola, hace dos semanas te pedí que me presentaras a la dueña de la panadería."
            " ¿Ya contestó? Solo quiero saber en qué punto está.",
        ),
        (
            "",
            "Hallo, vor zwei Wochen hatte ich Sie gebeten, mich der Leiterin des Chors"
            " vorzustellen. Hat sie sich gemeldet? Ich wollte nur wissen, wie der Stand ist.",
        ),
        (
            "",
            "Olá, há duas semanas pedi-lhe que me apresentasse à dona da padaria. Ela já"
            " respondeu? Só queria saber em que pé está.",
        ),
        (
            "",
            "Habari, wiki mbili zilizopita nilikuomba unitambulishe kwa mama anayeendesha"
            " kikundi cha kusuka. Je amejibu? Nataka kujua mambo yamefikia wapi.",
        ),
        ("", "¿En qué punto está mi solicitud de presentación con Ramón Ibarra?"),
        ("", "Em que ponto está o meu pedido de apresentação com a Rita Lopes?"),
    ],
)
def test_asking_how_an_ask_told_of_stands_is_status(subject: str, text: str) -> None:
    """An ask told of in the past and a question how it stands or whether the one asked
    for answered ask for status, not for the intro again."""
    found = detect_command(subject, text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks ago I asked you to introduce me to Dana Fox. Has she replied? Also, could"
        " you introduce me to Carol Diaz?",
        "Could you introduce me to Carol Diaz? I asked around and nobody knows where things stand.",
        "Hace dos semanas te pedí que me presentaras a Ana. ¿Podrías también presentarme a"
        " Luis Gómez?",
        "Ich hatte Sie gebeten, mich Frau Vogt vorzustellen. Könnten Sie mich auch mit Herrn"
        " Kaya bekannt machen?",
        "Two weeks ago I asked you to introduce me to Dana Fox, thanks. She was lovely.",
    ],
)
def test_an_ask_told_of_beside_a_new_ask_or_no_question_is_no_status(text: str) -> None:
    """Beside a new ask, or with no question how it stands, an ask told of is no status."""
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command != "status"


@pytest.mark.parametrize(
    "text",
    [
        "No need to go ahead with this any more, ta - bumped into Morven at the school gate"
        " this morning and we've sorted it between us.\n\nStuart",
        "Thanks, but no need to go ahead - we met at the conference.",
        "Plus besoin, on s'est croisés au marché hier. Merci !",
        "Merci, mais ce n'est plus nécessaire : on s'est vus hier.",
        "Gracias, pero ya no hace falta. Coincidimos en la reunión del colegio.",
        "Danke, das hat sich erledigt. Wir haben uns gestern getroffen.",
        "Já não é preciso, encontrámo-nos ontem na escola.",
        "Hakuna haja tena, tumekutana shuleni leo asubuhi.",
    ],
)
def test_no_longer_needing_the_intro_in_a_thread_cancels_it(text: str) -> None:
    """In a reply, saying the intro is no longer needed cancels the thread's intro."""
    found = detect_command("Re: Checking with Morven Gillies", text, in_reply_to=True)
    assert found is not None
    assert (found.command, found.target) == ("cancel", "thread")


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("No need to go ahead with Morven, but please introduce me to Ann Lee.", True),
        ("No need to go ahead with Morven but could you introduce me to Ann Lee instead?", True),
        ("Thanks! We've sorted it between us, but could you also introduce me to Carol?", True),
        ("If there's no need to go ahead, just let me know.", True),
        ("Is there no need to go ahead?", True),
        ("Wenn es nicht mehr nötig ist, sag Bescheid.", True),
        ("Se já não é preciso, avisa-me.", True),
        ("Plus besoin, on s'est croisés au marché hier. Merci !", False),
    ],
)
def test_no_longer_needing_beside_an_ask_in_a_condition_or_outside_a_thread_is_no_cancel(
    text: str, reply: bool
) -> None:
    """Beside a new ask, in a condition or a question, or outside a thread, it cancels
    nothing."""
    found = detect_command("", text, in_reply_to=reply)
    assert found is None or found.command != "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Boa noite.\n\nO meu genro deu-me este endereço. Como é que isto funciona? Tenho de pôr"
        " as duas pessoas em cópia ou basta escrever o nome delas?\n\nObrigado.\nSérgio Bastos",
        "Tenho de pôr a Rita em cópia? Ou basta escrever os nomes?",
        "My son-in-law gave me this address. Do I have to copy both people or is it enough to"
        " write their names?",
        "Mon gendre m'a donné cette adresse. Est-ce que je dois mettre les deux personnes en"
        " copie ou suffit-il d'écrire leur nom ?",
        "Mi yerno me dio esta dirección. ¿Hay que poner a las dos personas en copia o basta con"
        " escribir sus nombres?",
        "Mein Schwiegersohn hat mir diese Adresse gegeben. Muss ich beide in Kopie nehmen oder"
        " reicht es, die Namen zu schreiben?",
        "Mkwe wangu alinipa anwani hii. Niwaweke wote wawili kwenye cc au inatosha kuandika"
        " majina?",
    ],
)
def test_whether_to_copy_people_or_write_their_names_is_help(text: str) -> None:
    """Whether to copy both people or only write their names, and how it works, in the
    ways each language puts it ("Como é que isto funciona?", "tenho de pôr", "basta
    escrever o nome delas"), ask how to use the agent."""
    assert asks_how_to_use(text)


def test_writing_a_name_on_something_else_is_no_help() -> None:
    assert not asks_how_to_use("Basta escrever o nome no formulário da escola, obrigado.")


@pytest.mark.parametrize(
    "text",
    [
        "Salut,\n\nPis, ça avance-tu mon affaire? Ça fait une semaine que j'ai demandé d'être "
        "présenté au gars de la coop de sirop pis j'ai encore rien reçu. Tu peux me dire où c'en "
        "est?\n\nGuillaume",
        "So, how's my thing coming along? It's been a week since I asked to be introduced to the "
        "guy at the maple co-op and I still haven't received anything. Can you tell me where "
        "it's at?",
        "Oye, ¿cómo va lo mío? Hace una semana pedí que me presentaran al señor de la "
        "cooperativa y todavía no he recibido nada. ¿Me dices en qué va?",
        "Na, tut sich was bei meiner Sache? Vor einer Woche habe ich darum gebeten, dem Typen "
        "von der Genossenschaft vorgestellt zu werden, und noch nichts bekommen. Kannst du mir "
        "sagen, wie weit das ist?",
        "E aí, andou o meu assunto? Faz uma semana que pedi para ser apresentado ao rapaz da "
        "cooperativa e ainda não recebi nada. Pode me dizer como é que está isso?",
        "Vipi, jambo langu limefika wapi? Wiki moja iliyopita niliomba kutambulishwa kwa jamaa "
        "wa ushirika na bado sijapata kitu. Unaweza kuniambia imefikia wapi?",
    ],
)
def test_status_asked_of_an_intro_asked_for_in_the_passive(text: str) -> None:
    """An ask told in the passive ("j'ai demandé d'être présenté", "I asked to be
    introduced", "pedí que me presentaran", "vorgestellt zu werden", "pedi para ser
    apresentado", "niliomba kutambulishwa"), then "où c'en est", "where it's at"."""
    found = detect_command("ma demande", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "Boa tarde,\n\nPeço desculpa pelo incómodo, mas gostaria de cancelar o pedido que vos "
        "enviei ontem para me apresentarem à Sra. Margarida Leitão. Houve uma mudança de planos "
        "na empresa e, de momento, já não faz sentido.\n\nObrigado pela compreensão,\nJoão Pedro "
        "Carvalho",
        "Sorry for the trouble, but I'd like to cancel the request I sent you yesterday to be "
        "introduced to Ms Margaret Lewis. There has been a change of plans at the company and, "
        "for now, it no longer makes sense.",
        "Désolé du dérangement, mais je voudrais annuler la demande que je vous ai envoyée hier "
        "pour que vous me présentiez à Mme Marguerite Leroy. Il y a eu un changement de plans "
        "dans l'entreprise et, pour le moment, cela n'a plus de sens.",
        "Perdón por la molestia, pero quisiera cancelar la solicitud que te envié ayer para que "
        "me presentaras a la Sra. Margarita León. Hubo un cambio de planes en la empresa y, por "
        "ahora, ya no tiene sentido.",
        "Samahani kwa usumbufu, ningependa kufuta ombi nililokutumia jana la kunitambulisha kwa "
        "Bi. Margaret Lema. Kumekuwa na mabadiliko ya mipango kwenye kampuni na kwa sasa haina "
        "maana tena.",
    ],
)
def test_cancel_of_the_request_sent_before_opening_a_longer_mail(text: str) -> None:
    """The request sent before ("o pedido que vos enviei ontem", "the request I sent you
    yesterday") is the writer's own, as "my request" is, perhaps after an apology."""
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "cancel"


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the trouble, but could you cancel the request Tom sent you yesterday and "
        "introduce me to Ms Margaret Lewis instead? There has been a change of plans at the "
        "company and we would rather meet her team first, if that is all right with you.",
        "Peço desculpa pelo incómodo, mas o pedido que vos enviei ontem continua de pé. "
        "Houve uma mudança de planos na empresa e gostaria de saber se já falaram com ela, "
        "porque o assunto tornou-se urgente para nós esta semana.",
        "Ça fait une semaine que j'ai été présenté au gars de la coop et tout se passe bien, "
        "merci encore, on se voit jeudi pour parler du sirop et des prix de cette année.",
    ],
)
def test_a_request_sent_before_beside_a_new_ask_or_no_command_is_none(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is None or found.command not in ("cancel", "status")


@pytest.mark.parametrize(
    "text",
    [
        "Boa tarde,\n\nUm colega me passou este endereço. Como funciona exatamente? Posso pedir"
        " para vocês apresentarem duas pessoas da minha equipe a fornecedores, ou só dá para"
        " pedir apresentação para mim mesmo?\n\nObrigado,\nRodrigo Matos",
        "Hi, a colleague passed me this address. How does this work exactly? Can I ask you to"
        " introduce two people on my team to our suppliers, or does it only work for intros for"
        " myself?",
        "Bonjour, un collègue m'a donné cette adresse. Comment ça marche exactement ? Puis-je"
        " vous demander de présenter deux personnes de mon équipe à des fournisseurs, ou"
        " seulement moi-même ?",
        "Hola, un colega me pasó esta dirección. ¿Cómo funciona exactamente? ¿Puedo pedirles que"
        " presenten a dos personas de mi equipo a proveedores, o solo a mí mismo?",
        "Guten Tag, ein Kollege hat mir diese Adresse gegeben. Wie funktioniert das genau? Kann"
        " ich Sie bitten, zwei Leute aus meinem Team mit Lieferanten bekannt zu machen, oder"
        " nur mich selbst?",
        "Habari, mwenzangu alinipa anwani hii. Inafanyaje kazi hasa? Naweza kuwaomba"
        " mtambulishe watu wawili wa timu yangu kwa wasambazaji, au ni kwa ajili yangu tu?",
    ],
)
def test_asking_what_the_agent_can_be_asked_to_do_is_help(text: str) -> None:
    """A question whether the agent may be asked to introduce others ("Can I ask you to
    introduce ...?") beside "How does it work exactly?", naming no one with an address,
    asks what the agent can do, in a longer mail too, in each language."""
    assert asks_how_to_use(text)


@pytest.mark.parametrize(
    "text",
    [
        "How does it work? Can I ask you to introduce me to Ann Lee (ann@lee.example)?",
        "How does it work? Can I ask you to introduce two of my colleagues to suppliers? And"
        " please introduce me to Bob Ray.",
        "Can I ask you to introduce two colleagues of mine to our suppliers? Thanks.",
        "Kann ich Sie bitten, zwei Leute aus meinem Team mit Lieferanten bekannt zu machen. Wie"
        " funktioniert das?",
        "Comment ça marche ? Puis-je vous demander de me présenter à Bruno Roy (bruno@b.example) ?",
    ],
)
def test_a_capability_question_with_an_address_another_ask_or_no_how_to_is_no_help(
    text: str,
) -> None:
    """An address written, another sentence asking for an intro, no question how to use the
    agent beside it, or no question mark: the mail is left to the request reading."""
    assert not asks_how_to_use(text)


def test_or_is_the_name_enough_asks_how_to_use() -> None:
    for text in (
        "E preciso mandar o e-mail das pessoas ou basta o nome?",
        "Do I send their email addresses, or is the name enough?",
        "Je dois envoyer leur adresse, ou le nom suffit ?",
        "¿Tengo que mandar su correo o basta el nombre?",
        "Muss ich die Adressen schicken oder genügt der Name?",
        "Nitume barua pepe zao au jina linatosha?",
    ):
        assert asks_how_to_use(text), text


@pytest.mark.parametrize(
    "text",
    [
        "hi, did either of my intros go anywhere? haven't heard a peep from anyone",
        "Has either of my introductions gotten anywhere?",
        "any movement on my intros?",
        "mes mises en relation ont-elles abouti ?",
        "¿avanzó alguna de mis presentaciones?",
        "¿mi solicitud llegó a algo?",
        "hat sich bei meinen Vorstellungen was getan?",
        "alguma das minhas apresentações deu em algo?",
        "o meu pedido avançou?",
        "kuna lolote kuhusu utambulisho wangu?",
    ],
)
def test_asking_whether_an_intro_went_anywhere_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None and found.command == "status", text


@pytest.mark.parametrize(
    "text",
    [
        "did my intro go anywhere? also please introduce me to Bob Ray (bob@ray.example)",
        "Sadly my trip to Lisbon did not go anywhere.",
        "¿Avanzó el proyecto?",
        "Alguma das minhas apresentações pode ser amanhã?",
    ],
)
def test_a_thing_going_anywhere_that_is_no_intro_of_the_writer_is_no_status(text: str) -> None:
    assert detect_command("", text, in_reply_to=False) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Hiya, first time using this! What do I actually send you? Do I need both people's "
        "email addresses, and do they get asked before you connect them?",
        "First time here. Do you ask them first before you introduce us?",
        "C'est la première fois. Est-ce qu'on leur demande avant de les mettre en relation ?",
        "Primera vez que lo uso: ¿qué te mando? ¿Se les pregunta antes de presentarlos?",
        "Erstes Mal hier: was schicke ich Ihnen? Werden die beiden vorher gefragt?",
        "Primeira vez: o que eu te mando? Eles são consultados antes de você apresentar?",
        "Mara ya kwanza: nikutumie nini? Wanaulizwa kwanza kabla ya kutambulishwa?",
    ],
)
def test_asking_what_to_send_or_whether_people_are_asked_first_is_help(text: str) -> None:
    assert asks_how_to_use(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Je, kuna habari yoyote kuhusu ombi langu la kukutana na Baraka Mollel? Nilituma wiki "
        "mbili zilizopita na sijasikia chochote tangu hapo.",
        "Kuna jipya lolote kuhusu ombi langu la kutambulishwa kwa Paula Grant?",
        "Umesikia lolote kuhusu ombi langu la kukutana na Paula Grant? Nilituma wiki iliyopita.",
        "Is there any news about my request to meet Paula Grant? I sent it two weeks ago.",
        "¿Hay alguna novedad sobre mi solicitud de conocer a Paula Grant?",
        "Gibt es Neuigkeiten zu meiner Anfrage, Paula Grant kennenzulernen?",
        "Alguma novidade sobre o meu pedido para conhecer a Paula Grant?",
        "Y a-t-il du nouveau concernant ma demande de rencontrer Paula Grant ?",
    ],
)
def test_any_news_of_my_request_to_meet_someone_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        "hey - what happened with the Lisa thing? haven't heard a peep since I sent it over "
        "last week. did she ever get back to you?",
        "Following up on Karim Haddad: did he ever get back to you?",
        "Je reviens vers vous au sujet de Karim Haddad : est-ce qu'il a fini par répondre ? Je "
        "ne voudrais pas le relancer moi-même si vous êtes déjà dessus.",
        "Vuelvo a escribirle sobre Karim Haddad: ¿al final le ha contestado?",
        "Ich melde mich nochmal wegen Karim Haddad: hat er sich bei Ihnen gemeldet?",
        "Volto a escrever sobre o Karim Haddad: ele chegou a responder?",
        "Nafuatilia kuhusu Karim Haddad: je amekujibu?",
    ],
)
def test_whether_someone_got_back_beside_a_follow_up_or_a_wait_is_status(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert found.command == "status"


@pytest.mark.parametrize(
    "text",
    [
        # Nothing says the question is about an intro.
        "Est-ce qu'il a fini par répondre ?",
        "Did he ever get back to you? We launched our new product today!",
        # A new ask beside it is read as one.
        "Following up on Karim Haddad: did he ever get back to you? Also, could you introduce "
        "me to Ann Lee?",
        "Je reviens vers vous au sujet de Karim Haddad : pourriez-vous me le présenter ?",
    ],
)
def test_whether_someone_got_back_alone_or_beside_a_new_ask_is_no_status(text: str) -> None:
    assert detect_command("", text, in_reply_to=False) is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "You can forget about the Bob intro I asked for last week. Turns out he's just "
            "joined Halvorsen Capital.",
            "the Bob intro",
        ),
        ("Please scrap the Greg/Olivia intro.", "the Greg/Olivia intro"),
        (
            "Merci d'annuler ma demande de mise en relation avec Pierre Vasseur.",
            "ma demande de mise en relation avec Pierre Vasseur",
        ),
        ("Olvídate de lo de Javier Morales, por favor.", "lo de Javier Morales"),
        ("Bitte die Vorstellung mit Herrn Krüger abbrechen.", "die Vorstellung mit Herrn Krüger"),
        (
            "Pode cancelar o pedido de apresentação ao Miguel Antunes.",
            "o pedido de apresentação ao Miguel Antunes",
        ),
        (
            "Tafadhali ghairi ombi langu la kutambulishwa kwa Rehema Kisanga.",
            "ombi langu la kutambulishwa kwa Rehema Kisanga",
        ),
        (
            "Tafadhali ghairi ombi langu la kuunganishwa na Bw. Juma Mwinyi.",
            "ombi langu la kuunganishwa na Bw. Juma Mwinyi",
        ),
    ],
)
def test_a_cancel_names_the_intro_it_governs_with_someone_in_it(text: str, target: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert (found.command, found.target) == ("cancel", target)


@pytest.mark.parametrize(
    "text",
    [
        # The intro named without anyone in it, nor after it in its clause.
        "Please cancel my request, thanks Bob",
        "Merci d'annuler ma demande. Bonne journée, Paul",
    ],
)
def test_a_cancel_naming_no_one_names_no_intro(text: str) -> None:
    found = detect_command("", text, in_reply_to=False)
    assert found is not None
    assert (found.command, found.target) == ("cancel", None)


def test_a_cancel_in_a_thread_names_what_it_names_else_the_thread() -> None:
    found = detect_command("Re: intro", "Please scrap the Greg/Olivia intro.", in_reply_to=True)
    assert found is not None
    assert found.target == "the Greg/Olivia intro"
    found = detect_command("Re: intro", "Please scrap this intro.", in_reply_to=True)
    assert found is not None
    assert found.target == "thread"


def test_forgetting_the_thing_of_a_day_is_no_cancel() -> None:
    assert detect_command("", "Olvídate de lo de mañana, por favor.", in_reply_to=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Kenji, no pongo a Intro en copia, para ponerte en contacto con Ana Ruiz.",
        "Kenji, não coloco o Intro em cópia ainda.",
    ],
)
def test_a_negated_help_question_tells_and_asks_nothing(text: str) -> None:
    """A help question right after a negation ("no pongo * en copia") tells what the
    writer does not do."""
    assert not asks_how_to_use(text)


@pytest.mark.parametrize("text", ["¿Pongo a los dos en copia?", "Coloco os dois em cópia?"])
def test_a_help_question_not_negated_still_asks(text: str) -> None:
    assert asks_how_to_use(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hola Kenji, te pongo a Ana Ruiz en copia.",
        "Te pongo a Ana en copia para que lo veáis.",
        "Tengo que poner a Ana en copia, lo haré mañana.",
        "Je mets Paul en copie pour info.",
        "Coloco a Ana em cópia para acompanhar.",
        "Niwaweke wote kwenye cc sasa.",
    ],
)
def test_a_help_question_that_is_a_statement_too_asks_only_as_a_question(text: str) -> None:
    """ "Pongo * en copia", "je mets * en copie", "coloco * em cópia", "niwaweke * kwenye
    cc" tell what the writer does, without a question mark."""
    assert not asks_how_to_use(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hola, ¿pongo a Ana en copia o basta con su nombre?",
        "Je mets les deux en copie ?",
        "Bom dia. Ponho os dois em cópia?",
        "Niwaweke wote kwenye nakala?",
        "Do I have to put both in copy",
        "Muss ich beide in Kopie setzen",
    ],
)
def test_a_help_question_asks_as_a_question_or_in_a_question_form(text: str) -> None:
    assert asks_how_to_use(text)
