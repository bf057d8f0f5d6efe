"""Small talk, conversations that point back, and speaking up only when asked."""

from __future__ import annotations

import pytest

from bot.engine import Answer, Engine
from bot.engine.normalise import fold
from bot.knowledge import load
from tests.banks.check import load_chatter

KNOWLEDGE = load()
REVIEWER = KNOWLEDGE.facts["review"]["author"]
ARTICLE_AUTHOR = KNOWLEDGE.facts["source_article"]["author"]


def talk(engine: Engine, *messages: str, language: str | None = None) -> list[Answer]:
    answers, context = [], None
    for message in messages:
        answer = engine.answer(message, language, context)
        context = answer.context
        answers.append(answer)
    return answers


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("hi", "en"), ("thanks!", "en"), ("ok bye", "en"), ("nice one", "en"),
        ("are you a bot", "en"), ("who are you", "en"), ("this bot is useless", "en"),
        ("exit", "en"), ("hola", "es"), ("gracias wey", "es"), ("quien eres", "es"),
        ("eres un bot?", "es"), ("adios", "es"), ("sale bye", "es"),
        ("ok cool thanks for the cast", "en"), ("gracias por lo del estreno", "es"),
        ("wait really?", "en"), ("omg", "en"), ("neta? ok", "es"), ("que fuerte", "es"),
        ("lol my bad", "en"), ("you're a bot right?", "en"), ("sos un bot?", "es"),
        ("are you sure?", "en"), ("¿estás seguro?", "es"), ("thanks, have a good one", "en"),
        ("vale, eres muy útil", "es"), ("vale, me has ayudado mucho", "es"),
        ("brb", "en"), ("one sec", "en"), ("ahorita vuelvo", "es"),
        # a remark about nothing the sources know: talked to in kind, not declined
        ("my cat is sleeping on my keyboard", "en"), ("hace un calor horrible hoy", "es"),
    ],
)  # fmt: skip
def test_small_talk_is_answered_in_kind(engine: Engine, message: str, language: str):
    answer = engine.answer(message)
    assert not answer.declined  # never logged as an unanswered question
    assert (answer.intent or "").startswith("smalltalk")
    assert answer.language == language
    assert not answer.sources  # no fact dump
    assert not engine.answer(message, unaddressed=True).volunteer


@pytest.mark.parametrize(
    "message",
    [
        "ok how many are there then",
        "thanks, when was that",
        "neta todo paso por culpa de la DEA??",
        "really? it came out in 2020?",
        "season 2 va a salir or nah",  # "salir" is also "leave"; a tag asks
        # a topic the sources are silent on, an either/or, a question word, a fact's
        # word: no remark to talk to in kind
        "presupuesto de la serie",
        "the us agency involved was it fbi or cia",
        "que otras pelis ha hecho",
        "la culpa fue de la dea o del gobierno mexicano",
    ],
)
def test_small_talk_answers_no_question(engine: Engine, message: str):
    """A question word asking for a kind small talk does not give, or a claim to check,
    is not small talk."""
    answer = engine.answer(message)
    assert not (answer.intent or "").startswith("smalltalk"), answer.text


def test_small_talk_keeps_the_conversation(engine: Engine):
    *_, answer = talk(engine, "what did the review say", "thanks!", "who wrote it?")
    assert REVIEWER in answer.text
    *_, answer = talk(engine, "what did the review say", "ugh so hot today", "who wrote it?")
    assert REVIEWER in answer.text


def test_one_reply_to_small_talk_and_none_beside_an_answer(engine: Engine):
    assert engine.answer("thanks, that's all").text.count("\n") == 0
    answer = engine.answer("thanks! who plays Irene?")
    assert not (answer.intent or "").startswith("smalltalk")


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        ("what did the review say", "who wrote it?", REVIEWER),
        ("what is it based on", "who wrote that?", ARTICLE_AUTHOR),
        ("que dice la reseña", "quien la escribio?", REVIEWER),
        ("en que se basa la serie", "quien lo escribio?", ARTICLE_AUTHOR),
    ],
)
def test_it_points_at_the_work_last_talked_about(
    engine: Engine, first: str, follow_up: str, expected: str
):
    assert expected in talk(engine, first, follow_up)[-1].text


def test_that_one_after_another_show_is_not_about_somos(engine: Engine):
    *_, answer = talk(engine, "is it like narcos?", "how many seasons does that one have?")
    assert answer.declined


def test_naming_the_show_takes_a_pronoun_back_from_another_show(engine: Engine):
    """After Narcos, "y Somos, dónde la veo?": "la" is Somos, named in the message."""
    platform = KNOWLEDGE.facts["watch"]["platform"]
    for question in ("y somos donde la veo", "ok and somos, where can i watch it"):
        answer = talk(engine, "se parece a narcos?", question)[-1]
        assert not answer.declined and platform in answer.text, answer.text


def test_spanish_pronouns_point_at_the_person(engine: Engine):
    chayo = next(m for m in KNOWLEDGE.cast if m.character == "Doña Chayo")
    *_, answer = talk(engine, "quien es doña chayo", "y quien la interpreta?")
    assert chayo.actor in answer.text and answer.intent == "person"


def test_a_declined_episode_stays_the_conversations_episode(engine: Engine):
    episodes = KNOWLEDGE.episodes
    declined, before, first = talk(
        engine, "what happens in episode 5", "what about the one before", "and the first one"
    )
    assert declined.declined
    assert episodes[3].title in before.text
    assert episodes[0].title in first.text


def test_a_new_topic_is_read_on_its_own(engine: Engine):
    *_, answer = talk(engine, "who plays Irene?", "when did it come out?")
    assert str(KNOWLEDGE.facts["release"]["date"].year) in answer.text


def test_he_is_the_person_the_last_answer_was_about(engine: Engine):
    director = next(p for p in KNOWLEDGE.people if "director" in p.credits)
    *_, answer = talk(engine, "who created the show?", "did he also direct it?")
    assert fold(answer.text).startswith("yes") and director.name in answer.text


def test_fan_chatter_is_never_volunteered(engine: Engine):
    volunteered = [
        line for line in load_chatter() if engine.answer(line, unaddressed=True).volunteer
    ]
    assert not volunteered


def test_a_bare_phrase_beside_a_remark_is_not_volunteered(engine: Engine):
    """ "ep 3 title" alone asks; the same phrase as the topic of a remark ("el titulo del
    cap 3, tell the moon to come, esta bien poetico") is chat about it."""
    third = KNOWLEDGE.episodes[2]
    remark = f"el titulo del cap 3, {third.title.lower()}, esta bien poetico y bien triste"
    assert not engine.answer(remark, unaddressed=True).volunteer
    assert engine.answer("el titulo del cap 3", unaddressed=True).volunteer


@pytest.mark.parametrize(
    "question",
    ["is there a season 2?", "is it worth watching?", "who plays Irene?", "ep 6 title",
     "cuando salio somos?"],
)  # fmt: skip
def test_real_questions_are_volunteered(engine: Engine, question: str):
    assert engine.answer(question, unaddressed=True).volunteer


@pytest.mark.parametrize(
    "line", ["watching ep 2 now", "i just finished episode 6 omg", "lol this show made me cry",
             "did you finish it yet?", "que fuerte"],
)  # fmt: skip
def test_remarks_are_not_volunteered(engine: Engine, line: str):
    assert not engine.answer(line, unaddressed=True).volunteer


def test_thanks_beside_a_remark_is_small_talk(engine: Engine):
    """ "ok gonna go cry now, thanks": the remark asks nothing; the thanks is the reply."""
    answer = engine.answer("ok gonna go cry now, thanks")
    assert (answer.intent or "").startswith("smalltalk"), answer.text


def test_an_answer_about_the_show_makes_it_the_show_again(engine: Engine):
    """After season 2 talk, "how many episodes did the first season have?" is about the
    show; "where can I stream it?" then asks where to watch the show."""
    *_, answer = talk(
        engine, "will there be a season 2?", "how many episodes did the first season have?",
        "where can i stream it",
    )  # fmt: skip
    assert not answer.declined and KNOWLEDGE.facts["watch"]["platform"] in answer.text


@pytest.mark.parametrize(
    "messages",
    [
        ("qué onda con la temporada 2?", "ya la confirmaron o q"),
        ("qué onda con la temporada 2?? ya la confirmaron o q",),
    ],
)
def test_a_topicless_yes_no_after_a_work_is_of_that_work(engine: Engine, messages):
    """ "¿Ya la confirmaron o qué?" after season 2: the object pronoun before the verb
    is the work; the tag makes it a yes/no question, answered "No" with the facts."""
    answer = talk(engine, *messages)[-1]
    assert fold(answer.text).startswith("no:"), answer.text


def test_a_conditional_plot_after_season_2_is_season_2s(engine: Engine):
    """ "¿De qué trataría?" after season 2: a plot that would be is the next season's,
    which nothing is known of; "y la primera temporada, dónde la veo?" names its own."""
    answers = talk(
        engine, "netflix dijo algo de la temporada 2?", "de que trataria?",
        "ok, y la primera temporada donde se puede ver?",
    )  # fmt: skip
    assert answers[1].declined and answers[1].intent == "renewal_plot", answers[1]
    assert not answers[2].declined, answers[2].text


def test_all_episodes_the_same_day_is_a_yes(engine: Engine):
    answers = talk(engine, "cuando salio somos", "salieron todos los caps ese dia?")
    assert fold(answers[1].text).startswith("si:"), answers[1].text


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("hey, what kind of questions can you answer?", "en"),
        ("what questions can i ask you", "en"),
        ("que tipo de preguntas puedo hacer?", "es"),
        ("que te puedo preguntar", "es"),
    ],
)
def test_asking_what_it_can_answer_is_help(engine: Engine, message: str, language: str):
    """ "What kind of questions can you answer?" asks what the bot does, not what kind
    of show Somos. is."""
    answer = engine.answer(message)
    assert answer.intents == ("help",) and answer.language == language, answer.intents


@pytest.mark.parametrize("first", ["the massacre was done by the DEA?", "who is in the cast?"])
def test_what_can_you_do_after_a_topic_is_still_help(engine: Engine, first: str):
    """ "What can you do?" closes on "do", as "what does he do?" does, but asks about
    the bot: help, not the last question again."""
    answer = talk(engine, first, "what can you do?")[-1]
    assert answer.intents == ("help",), answer.intents


def test_and_the_author_after_a_work_asks_no_yes_or_no(engine: Engine):
    *_, answer = talk(engine, "what is the show based on", "and the journalist?")
    assert not answer.text.lower().startswith(("yes", "sí", "no:"))
    assert KNOWLEDGE.facts["source_article"]["author"] in answer.text


def test_an_unsaid_subject_after_a_second_season_is_that_season(engine: Engine):
    *_, answer = talk(engine, "cuando sale la temporada 2", "de que va a tratar?")
    assert answer.intent == "renewal_plot" and answer.declined, answer.text


def test_and_the_date_asks_the_last_answers_date_in_spanish_too(engine: Engine):
    post = KNOWLEDGE.facts["blog_post"]
    *_, answer = talk(engine, "james schamus escribio un blog?", "y la fecha?")
    assert not answer.declined and str(post["date"].year) in answer.text, answer.text


def test_what_the_reviewer_thought_of_something_is_the_reviews_word_on_it(engine: Engine):
    *_, answer = talk(engine, "que dice la reseña", "y que le parecio el reparto?")
    assert answer.intent == "performances", answer.text


def test_a_question_of_the_show_after_a_second_season_is_still_of_the_show(engine: Engine):
    *_, answer = talk(engine, "¿va a haber segunda temporada?", "¿es buena?")
    assert answer.intent != "renewal", answer.text


def test_what_most_of_the_cast_are_settles_nothing_of_one_of_them(engine: Engine):
    member = next(m for m in KNOWLEDGE.cast if m.character)
    *_, answer = talk(engine, f"who plays {member.character}?", "is she a trained actress?")
    assert answer.declined and not answer.text.startswith(("Yes", "No")), answer.text


def test_a_question_with_its_own_subject_is_not_about_the_last_person(engine: Engine):
    member = next(m for m in KNOWLEDGE.cast if m.character)
    *_, answer = talk(
        engine,
        f"who plays {member.character}?",
        "isn't the DEA to blame for the massacre according to the review?",
    )
    assert answer.intent == "story" and member.actor not in answer.text, answer.text
    # (the critic as who liked it: of the topic just answered, not of its holder)
    *_, answer = talk(engine, "quien hizo la fotografia", "y al crítico le gustó?")
    assert answer.intent == "cinematography" and answer.text.startswith("Sí"), answer.text


def test_a_source_asked_about_is_not_where_the_last_person_appears(engine: Engine):
    *_, answer = talk(engine, "who shot it?", "was the review positive?")
    assert answer.intent == "review_balance" and not answer.text.startswith("Yes"), answer.text
    member = next(m for m in KNOWLEDGE.cast if m.character)
    *_, answer = talk(engine, f"who plays {member.character}?", "la reseña la menciona?")
    assert answer.text.startswith(("Sí", "No")), answer.text


def test_the_other_one_is_the_rest_of_a_pair_just_named(engine: Engine):
    stars = [m for m in KNOWLEDGE.cast if m.star]
    assert len(stars) == 2
    first, other = stars
    *_, answer = talk(
        engine, "who are the stars of Somos?", f"who does {first.actor} play?", "and the other one?"
    )
    assert other.actor in answer.text and first.actor not in answer.text, answer.text


def test_a_goodbye_after_an_episode_steps_to_no_episode(engine: Engine):
    """ "vale, hasta luego" after the last episode: "luego" ("later", "next") is a goodbye's
    word here, not a step to the episode after."""
    first = engine.answer("como se llama el ultimo capitulo?")
    answer = engine.answer("vale, hasta luego", context=first.context)
    assert answer.intent == "smalltalk_bye", answer.text


def test_a_value_put_forward_as_the_answer_is_checked_against_it(engine: Engine):
    """After a question, "was it X?", "i thought it was X", "nel, yo creo q es X", "no
    manches, yo leí que fue en <year>" put X forward as its answer: "No" with the answer
    where the answer does not hold X, "Yes" where it does; a message that goes on past X
    in words of its own ("is X mentioned in the review?") or asks of someone talked about
    is read as its own question."""
    first, other = KNOWLEDGE.cast[0], KNOWLEDGE.cast[2]
    who_plays = f"who plays {first.character}?"
    for said, outcome in (
        (f"was it {other.actor}?", "no"),
        (f"i thought it was {other.actor}", "no"),
        (f"i thought it was {first.actor}", "yes"),
    ):
        answer = talk(engine, who_plays, said)[-1]
        assert answer.outcome == outcome, (said, answer.text)
        assert first.actor in answer.text, answer.text
    answer = talk(
        engine,
        f"quien hace de {first.character}?",
        f"nel, yo creo q es {other.actor}",
        language="es",
    )[-1]
    assert answer.outcome == "no" and first.actor in answer.text, answer.text
    year = KNOWLEDGE.facts["release"]["date"].year
    for said, outcome in (
        (f"no manches, yo lei q fue en {year + 1}", "no"),
        (f"fue en {year}", "yes"),
    ):
        answer = talk(engine, "cuando salio?", said, language="es")[-1]
        assert answer.outcome == outcome and str(year) in answer.text, (said, answer.text)
    cartel = KNOWLEDGE.facts["story"]["cartel"]
    answer = talk(
        engine, "which cartel carried out the massacre?", "no way, it was the Sinaloa cartel"
    )[-1]
    assert answer.outcome == "no" and cartel in answer.text, answer.text
    # (its own question, not a value for the last answer)
    assert (
        talk(engine, who_plays, f"is {other.actor} mentioned in the review?")[-1].outcome != "yes"
    )
    assert talk(engine, "where can i watch it?", "is it on prime too")[-1].outcome != "no"


def test_which_year_a_work_is_from_is_asked_of_the_work_talked_about(engine: Engine):
    """ "¿y de qué año es?" after the source article: its year ("de qué año" asks which
    year, not "of what" something is, as "¿es gerente de qué?" does)."""
    year = str(KNOWLEDGE.facts["source_article"]["year"])
    for follow_up in ("y de q año es?", "¿y de qué año es?"):
        *_, answer = talk(engine, "en q esta basada la serie?", follow_up, language="es")
        assert answer.outcome == "answer" and year in answer.text, answer.text
    member = next(m for m in KNOWLEDGE.cast if m.character is None and m.description)
    answer = talk(engine, f"{member.actor} es gerente de qué?", language="es")[-1]
    assert answer.outcome == "unsaid", answer.text  # (the sources don't say of what)


def test_he_or_she_said_to_be_someone_named_is_checked(engine: Engine):
    """ "Is he Isidro Linares?", "is he the one playing …?", "¿y ella es Irene?" after
    someone else: "No" with both; after that character's own actor: "Yes". "Is he
    related to Benjamín?" asks something else of the two (not settled by who they are)."""
    uncredited = next(m for m in KNOWLEDGE.cast if m.character is None)
    member, other = [m for m in KNOWLEDGE.cast if m.character][:2]
    for said in (
        f"is he {member.character}?",
        f"is he the one playing {member.character}?",
        f"does he play {member.character}?",
    ):
        answer = talk(engine, f"who does {uncredited.actor} play?", said)[-1]
        assert answer.outcome == "no" and member.actor in answer.text, (said, answer.text)
    answer = talk(
        engine, f"quien hace de {other.character}?", f"y ella es {member.character}?", language="es"
    )[-1]
    assert answer.outcome == "no", answer.text
    answer = talk(engine, f"who plays {member.character}?", f"is he {member.actor}?")[-1]
    assert answer.outcome == "yes", answer.text
    answer = talk(engine, f"who plays {member.character}?", f"is he related to {other.character}?")[
        -1
    ]
    assert answer.outcome not in ("yes", "no"), answer.text


def test_a_name_no_fact_holds_put_forward_for_a_title_is_denied(engine: Engine):
    """ "¿No es Álvaro?" after the first episode's title (the article's stray word after
    it): "No", and the title; in one message too ("y el primero cómo se llama, ¿no es
    Álvaro?"). A remark after an answer ("the camerawork in the finale is insane") is no
    such claim."""
    first = KNOWLEDGE.episodes[0]
    stray = "alvaro"
    assert stray not in fold(first.title)
    *_, answer = talk(engine, "como se llama el primer capitulo?", f"no es {stray}?", language="es")
    assert answer.outcome == "no" and first.title in answer.text, answer.text
    answer = engine.answer(f"y el primero como se llama, no es {stray}?", "es")
    assert answer.outcome == "no" and first.title in answer.text, answer.text
    answer = engine.answer("who was the DP? the camerawork in the finale is insane")
    assert answer.outcome == "answer", answer.text


def test_helping_to_write_is_writing_and_the_source_asked_is_the_facts_own(engine: Engine):
    """ "¿Alguien más le ayudó a escribirla?", "did anyone else help write it?" ask the
    writers, not the bot's help; "¿de dónde lo sacas?" after the premiere date names the
    source of the date (the article), not every source of the answer."""
    writers = [p.name for p in KNOWLEDGE.people if "writer" in p.credits]
    *_, answer = talk(
        engine, "quien dirigio la serie?", "y alguien mas le ayudo a escribirla?", language="es"
    )
    assert all(name in answer.text for name in writers), answer.text
    *_, answer = talk(engine, "who directed it?", "did anyone else help write it?")
    assert all(name in answer.text for name in writers), answer.text
    assert KNOWLEDGE.facts["release"].sources == ("article",)
    review = KNOWLEDGE.sources["review"]
    *_, answer = talk(engine, "q dia se estreno?", "de donde lo sacas?", language="es")
    assert KNOWLEDGE.sources["article"].title in answer.text, answer.text
    assert review.author not in answer.text, answer.text


@pytest.mark.parametrize(
    ("follow_up", "language"),
    [("source?", "en"), ("how do you know?", "en"), ("fuente?", "es"), ("como sabes?", "es")],
)
def test_a_bare_ask_for_the_source_names_the_last_answers_source(
    engine: Engine, follow_up: str, language: str
):
    """ "source?", "¿cómo sabes?" after an answer: which source says it. ("the source of
    the show" in a sentence is still the source article, not this.)"""
    question = "who wrote the review?" if language == "en" else "quien escribio la reseña?"
    answers = talk(engine, question, follow_up, language=language)
    assert not answers[-1].declined and "review" in answers[-1].sources, answers[-1].text
    assert fold(REVIEWER) in fold(answers[-1].text)
    alone = engine.answer("what's the source of the show?", "en")
    assert alone.intent != "said_where", alone.text


def test_a_person_asked_in_general_of_what_her_description_says(engine: Engine):
    """ "Has she won anything?", "¿y qué premio ganó?" after the journalist: her
    description ("Pulitzer award-winning") answers; not of someone whose doesn't, nor
    "anything else she wrote" of an author (a credit says she writes, nothing more)."""
    journalist = next(p for p in KNOWLEDGE.people if p.name == ARTICLE_AUTHOR)
    prize = journalist.title.split()[0]
    for follow_up, language in (("has she won anything?", "en"), ("y que premio gano?", "es")):
        answers = talk(engine, f"who is {ARTICLE_AUTHOR}", follow_up, language=language)
        assert fold(prize) in fold(answers[-1].text), (follow_up, answers[-1].text)
    others = [m for m in KNOWLEDGE.cast if m.character]
    answers = talk(engine, f"who plays {others[0].character}", "has she won anything?")
    assert answers[-1].declined, answers[-1].text
    author = next(p for p in KNOWLEDGE.people if p.title and "author" in p.title.lower())
    answers = talk(engine, f"who is {author.name}", "has she written anything else?")
    assert answers[-1].declined, answers[-1].text


@pytest.mark.parametrize(
    ("turns", "language"),
    [
        (("what does the review say about the cast?", "and what about doña chayo?",
          "and {name}, the one you mentioned before, what role does he have?"), "en"),
        (("que dice la reseña del reparto?", "y doña chayo que tal?",
          "y {name}, el que mencionaste antes, que papel tiene?"), "es"),
    ],
)  # fmt: skip
def test_an_aside_pointing_back_at_a_name_is_the_name(
    engine: Engine, turns: tuple[str, ...], language: str
):
    """ "y Silva, el que mencionaste antes, ¿qué papel tiene?": the aside only points back
    at the one named; the question is about them, one question, not the whole cast."""
    rated = [m for m in KNOWLEDGE.cast if m.performance and not m.character]
    member = rated[0]
    surname = member.actor.split()[-1]
    *before, last = turns
    answers = talk(engine, *before, last.format(name=surname), language=language)
    text = fold(answers[-1].text)
    assert fold(member.actor) in text and not answers[-1].declined, answers[-1].text
    others = [m.actor for m in KNOWLEDGE.cast if m is not member and not m.performance]
    assert not any(fold(actor) in text for actor in others), answers[-1].text


@pytest.mark.parametrize(
    ("messages", "wanted", "unwanted"),
    [
        # two people talked about one after the other, then one of them picked
        (
            ["what role does Iliana Donatlán play?", "¿y Caraly Sánchez?",
             "which of them is higher on the cast list?"],
            "Iliana Donatlán", "Caraly",
        ),
        # ... by what holds of one and not the other, asked of each
        (["who stars in Somos?", "and which of them gets a mention in the review?"],
         "Mercedes Hernández", "Jero Medina"),
        (["who plays Benjamín and Chema?", "which of them is a star?"],
         "Jero Medina", "Arzate"),
        (["who plays Benjamín and Chema?", "¿cuál de ellos es protagonista?"],
         "Jero Medina", "Arzate"),
        # two episodes talked about one after the other
        (["what's episode 2 called?", "¿y el 5?", "which of the two comes later?"],
         "Night", "Flies"),
        (["which comes first in the cast list, Jesús Sida or Jero Medina?"],
         "Jero Medina", "Sida"),
    ],
)  # fmt: skip
def test_which_of_the_two_picks_one(
    engine: Engine, messages: list[str], wanted: str, unwanted: str
) -> None:
    *_, answer = talk(engine, *messages)
    assert wanted in answer.text and unwanted not in answer.text, answer.text


def test_a_value_of_a_class_the_last_answer_names_none_of_is_not_denied(engine: Engine):
    """ "Is it available in India?" after where to watch it (Netflix): the answer names
    no country, so it neither holds nor denies one; "it was the Sinaloa cartel" after
    the cartel is still a "No"."""
    *_, answer = talk(engine, "where can I watch Somos?", "is it available in India?")
    assert answer.declined and not answer.text.startswith("No"), answer.text
    *_, answer = talk(engine, "which cartel carried it out?", "no way, it was the Sinaloa cartel")
    assert answer.text.startswith("No") and "Zetas" in answer.text


@pytest.mark.parametrize(
    ("messages", "opening"),
    [
        (["does the review mention Jero Medina?", "and Armando Silva?"], "Yes"),
        (["¿la reseña menciona a Jero Medina?", "¿y a Jesús Sida?"], "No"),
        (["is Jero Medina a star?", "and Armando Silva?"], "No"),
    ],
)
def test_and_someone_asks_the_last_yes_no_question_of_them(
    engine: Engine, messages: list[str], opening: str
) -> None:
    *_, answer = talk(engine, *messages)
    assert answer.text.startswith(opening), answer.text


def test_and_someone_after_a_question_with_its_own_words_is_not_a_yes_or_no(engine: Engine):
    *_, answer = talk(engine, "¿la reseña menciona a Jero Medina?", "¿y de Armando Silva qué dice?")
    assert not answer.text.startswith(("Sí", "No")), answer.text


@pytest.mark.parametrize(
    "messages",
    [
        ["who wrote the original article?", "y que otros articulos ha escrito"],
        ["who wrote the original article?", "¿qué otros reportajes ha escrito ella?"],
        ["what other articles has Ginger Thompson written?"],
    ],
)
def test_someones_other_works_are_what_the_sources_lack(engine: Engine, messages: list[str]):
    """ "Other" before a work's noun in the plural asks for someone's other work."""
    *_, answer = talk(engine, *messages)
    assert answer.declined and answer.intent == "other_work", answer.text


@pytest.mark.parametrize("message", ["just its title, please", "what's its title?"])
def test_its_points_at_the_work_last_talked_about(engine: Engine, message: str):
    *_, answer = talk(engine, "who wrote the season 2 article?", message)
    assert "Season 2: Release date" in answer.text and not answer.declined, answer.text


@pytest.mark.parametrize(
    ("count", "ask", "named"),
    [
        ("how many episodes are there?", "name them all", "Wolves"),
        (
            "¿cuántos personajes hay en la lista de reparto del artículo?",
            "name them all",
            "Paquito",
        ),
        ("cuantos escritores tiene?", "¿cuáles son?", "Revilla"),
    ],
)
def test_name_them_after_a_count_lists_what_was_counted(
    engine: Engine, count: str, ask: str, named: str
) -> None:
    *_, answer = talk(engine, count, ask)
    assert named in answer.text and not answer.declined, answer.text


def test_who_are_they_after_no_count_is_no_list_again(engine: Engine):
    *_, answer = talk(engine, "who wrote the review?", "who are they?")
    assert answer.intent != "review_author" or answer.declined, answer.text
