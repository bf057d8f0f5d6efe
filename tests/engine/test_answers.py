"""Table-driven checks of every kind of fact, built from the fact base itself.

The questions are phrased here; the expected values come from knowledge/, so a
fan correcting a fact file does not have to edit the tests.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.normalise import fold
from bot.knowledge import Knowledge, load

KNOWLEDGE = load()
EPISODES = KNOWLEDGE.episodes
NAMED_CAST = [member for member in KNOWLEDGE.cast if member.character]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]


def said(answer_text: str, fact: str) -> bool:
    return fold(fact) in fold(answer_text)


def answered(engine: Engine, question: str, *facts: str) -> None:
    answer = engine.answer(question)
    assert not answer.declined, f"{question!r} was declined: {answer.text}"
    for fact in facts:
        assert said(answer.text, fact), f"{question!r}: {fact!r} not in {answer.text!r}"
    assert answer.sources, f"{question!r}: answer names no source"


@pytest.mark.parametrize("episode", EPISODES, ids=lambda e: f"ep{e.number}")
@pytest.mark.parametrize(
    "form",
    ["what is episode {n} called", "ep{n}?", "Episode {word} title", "s1e{n}", "{ord} episode"],
)
def test_episode_by_number(engine: Engine, episode, form: str) -> None:
    words = ["one", "two", "three", "four", "five", "six"]
    question = form.format(
        n=episode.number, word=words[episode.number - 1], ord=ORDINALS[episode.number - 1]
    )
    answered(engine, question, episode.title)


@pytest.mark.parametrize("episode", EPISODES, ids=lambda e: f"ep{e.number}")
def test_episode_by_title(engine: Engine, episode) -> None:
    question = f"which episode is {episode.title.lower().rstrip('.')}"
    if episode.title.rstrip(".") == "Somos":
        question = "which number is the episode called Somos"
    answer = engine.answer(question)
    assert not answer.declined
    assert f"episode {episode.number}" in answer.text.lower()


def test_last_episode_is_the_highest_number(engine: Engine) -> None:
    answered(engine, "what's the last episode called?", EPISODES[-1].title)
    answered(engine, "the finale", EPISODES[-1].title)


@pytest.mark.parametrize("member", NAMED_CAST, ids=lambda m: m.actor)
def test_who_plays_character(engine: Engine, member) -> None:
    answered(engine, f"who plays {member.character}?", member.actor)
    answered(engine, f"quién hace de {member.character}", member.actor)


@pytest.mark.parametrize("member", NAMED_CAST, ids=lambda m: m.actor)
def test_who_does_actor_play(engine: Engine, member) -> None:
    answered(engine, f"who does {member.actor} play?", member.character)


@pytest.mark.parametrize("member", NAMED_CAST, ids=lambda m: m.actor)
def test_names_without_accents_and_in_odd_case(engine: Engine, member) -> None:
    plain = fold(member.character).upper()
    answered(engine, f"WHO PLAYS {plain}", member.actor)


def test_unnamed_role_is_described_not_invented(engine: Engine) -> None:
    silva = next(member for member in KNOWLEDGE.cast if member.character is None)
    answer = engine.answer(f"who does {silva.actor} play")
    assert silva.description and silva.description in answer.text
    assert "don't name" in answer.text


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("when did somos come out", ["30 June 2021", "Netflix"]),
        ("release date?", ["2021"]),
        ("where can i stream it", ["Netflix"]),
        ("how many episodes are there", ["six"]),
        ("how many seasons does it have", ["one season"]),
        ("is there going to be a season 2", ["June 2022", "neither renewed nor cancelled", "2023"]),
        ("has it been cancelled?", ["neither renewed nor cancelled"]),
        ("who created the show", ["James Schamus"]),
        ("who wrote it", ["Monika Revilla", "Fernanda Melchor"]),
        ("who directed somos", ["James Schamus"]),
        ("who did the cinematography", ["Ignacio Prieto"]),
        ("what is it based on", ["Ginger Thompson", "ProPublica", "2017"]),
        ("which news organisation ran the investigation it's built on?", ["ProPublica"]),
        ("is it a true story", ["How the U.S. triggered a massacre in Mexico"]),
        ("what's the plot", ["Allende", "2011", "Los Zetas", "DEA"]),
        ("did the reviewer enjoy it", ["gripping"]),
        ("would you recommend it", ["not to everybody", "crime drama"]),
        ("what are the weaknesses", ["manipulative", "repetitive"]),
        ("what did the review praise", ["residents"]),
        ("is it violent", ["trigger"]),
        ("how's the acting", ["untrained", "Armando Silva"]),
        ("who stars in it", ["Mercedes Hernández", "Jero Medina"]),
        ("who wrote the review", ["Rony Patra"]),
        ("what did schamus say in his blog post", ["25 May 2021"]),
        ("what are your sources", ["Rony Patra", "June 2022"]),
    ],
)
def test_each_kind_of_fact(engine: Engine, question: str, facts: list[str]) -> None:
    answered(engine, question, *facts)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what is the opener called", KNOWLEDGE.episodes[0].title),
        ("who plyas irene", "Iliana Donatlán"),
        ("epsiode 4", "A Walk with Wolves"),
        ("was it renwed", "neither renewed"),
        ("who is shamus", "James Schamus"),
        ("cinematograpy?", "Ignacio Prieto"),
        ("will there be a secnod season", "2023"),
        ("qe dia se estreno?", "2021"),  # chat spellings of question words
        ("ke dia salio?", "2021"),
        ("el antepenultimo como se yama", KNOWLEDGE.episodes[-3].title),  # spelt by sound
        ("cuantos capitulos kedan despues del 5", KNOWLEDGE.episodes[-1].title),
    ],
)
def test_typos(engine: Engine, question: str, fact: str) -> None:
    answered(engine, question, fact)


def test_two_questions_in_one_message(engine: Engine) -> None:
    answer = engine.answer("who plays irene and who plays chema?")
    assert said(answer.text, "Iliana Donatlán") and said(answer.text, "Everardo Arzate")
    assert answer.intents == ("person", "person")
    answer = engine.answer("When did it come out? Is there a season 2?")
    assert said(answer.text, "30 June 2021") and said(answer.text, "2023")
    assert set(answer.intents) == {"release", "renewal"}


def test_one_answerable_and_one_unknown_question(engine: Engine) -> None:
    answer = engine.answer("who plays irene, and where was it filmed?")
    assert not answer.declined
    assert said(answer.text, "Iliana Donatlán") and "filmed" in answer.text


@pytest.mark.parametrize("member", NAMED_CAST[:3], ids=lambda m: m.actor)
@pytest.mark.parametrize(
    "message",
    [
        "how old is {actor}? they look about 16",
        "cuantos años tiene {actor}? se ve bien joven",
        "where was it filmed? {actor} was great in it",
    ],
)
def test_a_remark_beside_a_question_is_not_answered(engine: Engine, member, message) -> None:
    """Only the clauses that ask are answered: the remark is the asker's context."""
    answer = engine.answer(message.format(actor=member.actor))
    assert answer.declined, answer.text
    assert not said(answer.text, member.character), answer.text


def test_mention_markup_is_no_punctuation(engine: Engine) -> None:
    """The "!" of "<@!123>" splits nothing: both questions after it are answered."""
    answer = engine.answer("<@!884422117> who created it and who did the cinematography?")
    assert said(answer.text, "James Schamus") and said(answer.text, "Ignacio Prieto")


def test_a_question_word_after_a_preposition_asks(engine: Engine) -> None:
    member = NAMED_CAST[-1]
    answer = engine.answer(f"{fold(member.actor)} sale en somos? de quien hace")
    assert said(answer.text, member.character), answer.text


OUT_OF_SCOPE = [
    "where was it filmed",
    "filming locations?",
    "what's the imdb rating",
    "rotten tomatoes score",
    "how long is each episode",
    "what's the runtime of episode 2",
    "is there a season 3",
    "when is season 4 coming",
    "what's the weather in allende today",
    "what's the weather like",
    "who composed the music",
    "what song plays at the end of episode 6",
    "how much did it cost to make",
    "did it win any emmys",
    "how old is mercedes hernandez",
    "what is the age rating",
    "is it dubbed in english",
    "who dies at the end",
    "how does it end",
    "who produced it",
    "what does somos mean",
    "is there a trailer",
    "who plays the mayor",
    "what happens in episode 3",
    "what's episode 9 called",
    "who won the world cup",
    "how do i bake bread",
    "what is the capital of france",
    "tell me a joke",
    "what other shows has jero medina been in",
    "is jero medina married",
    "how many people watched it",
    "will there be a somos movie",
    "asdfghjkl",
    "🙂🙂🙂",
]


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_is_declined(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.declined, f"{question!r} answered: {answer.text}"
    assert not answer.sources


def test_decline_says_what_it_can_answer(engine: Engine) -> None:
    answer = engine.answer("what is the capital of france")
    assert "episodes" in answer.text and "cast" in answer.text
    assert "Try:" in answer.text


def test_unknown_role_is_declined_by_name(engine: Engine) -> None:
    answer = engine.answer("who plays the dea agent")
    assert answer.declined and "that character or role" in answer.text


def test_relation_between_characters_is_declined(engine: Engine) -> None:
    answer = engine.answer("is chema benjamin's brother")
    assert answer.declined and "related" in answer.text


@pytest.mark.parametrize(
    "question", ["que relacion tienen {a} y {b} en la serie?", "how are {a} and {b} connected?"]
)
def test_two_names_joined_in_one_question_are_not_two_questions(engine: Engine, question) -> None:
    """ "¿Qué relación tienen Benjamín y Érika?": the second name is not a question of
    its own that gets a confident card while the relation is declined."""
    a, b = NAMED_CAST[0], NAMED_CAST[1]
    answer = engine.answer(question.format(a=a.character, b=b.character))
    assert answer.declined, answer.text


def test_near_miss_offers_suggestions(engine: Engine) -> None:
    answer = engine.answer("whats the population of allende")
    assert answer.declined
    assert 1 <= len(answer.suggestions) <= 3
    assert all(s in answer.text for s in answer.suggestions)


def test_never_repeats_the_sources_errors(engine: Engine, knowledge: Knowledge) -> None:
    wrong = [wrong for source in knowledge.sources.values() for wrong, _ in source.errata]
    questions = [
        "how many seasons",
        "how many episodes in total",
        "what is episode 1 called",
        "list the episodes",
        "who plays dona chayo",
        "what is it based on",
        "will it be renewed",
    ]
    for question in questions:
        text = engine.answer(question).text
        assert "six seasons" not in text.lower()
        assert "Álvaro" not in text
        for phrase in wrong:
            assert phrase not in text, f"{question!r} repeats {phrase!r}"


def test_time_sensitive_answer_carries_its_date(engine: Engine) -> None:
    answer = engine.answer("season 2?")
    assert answer.as_of is not None and answer.as_of.year == 2022
    assert "As of June 2022" in answer.text
    assert "as of June 2022" in engine.credit(answer)


def test_result_is_structured(engine: Engine) -> None:
    data = engine.answer("who plays irene").to_dict()
    assert data["intent"] == "person"
    assert data["declined"] is False
    assert 0.7 <= data["confidence"] <= 1.0
    assert data["sources"] == ["article"]
    assert set(data) >= {"question", "text", "declined", "intent", "confidence", "sources"}


@pytest.mark.parametrize(
    "markup",
    [
        "<@123456789> who plays irene",
        "<@!123> who plays irene",
        "who plays irene <:wave:123>",
        "**who plays irene**",
        "||who plays irene||",
        "who plays irene 🤔🤔",
        "Who plays IRENE???",
    ],
)
def test_markup_emoji_and_mentions_are_ignored(engine: Engine, markup: str) -> None:
    answered(engine, markup, "Iliana Donatlán")


@pytest.mark.parametrize("episode", EPISODES[:3], ids=lambda e: f"ep{e.number}")
def test_what_happens_in_an_episode_is_declined_in_spanish_too(engine: Engine, episode) -> None:
    answer = engine.answer(f"que pasa en el capitulo {episode.number}")
    assert answer.declined, answer.text


def test_filmed_in_spanish_is_filming_not_a_film(engine: Engine) -> None:
    answer = engine.answer("donde se filmo")
    assert answer.declined and answer.intent == "filming", answer


@pytest.mark.parametrize(
    "question", ["que cosas malas le encontro la reseña", "en que año nacio {name}"]
)
def test_spanish_words_of_no_substance_are_not_english_typos(engine: Engine, question) -> None:
    """ "Cosas" is no typo of "costs", "nació" asks a birth: their Spanish readings."""
    person = KNOWLEDGE.people[0]
    answer = engine.answer(question.format(name=person.name))
    assert answer.intent not in ("budget",), answer
    if "nacio" in question:
        assert answer.declined and answer.intent == "age", answer


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("does it have a happy ending?", "tiene final feliz?"),
        ("is it scary?", "es de miedo?"),
        ("what platform is it on?", "que canal la pasa?"),
        ("is there a part 2?", "hay segunda parte?"),
    ],
)
def test_spanish_reads_as_english_does(engine: Engine, english: str, spanish: str) -> None:
    """The same question in either language reaches the same topic."""
    assert engine.answer(english).intents == engine.answer(spanish).intents
    assert engine.answer(spanish).intents, spanish


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("los capitulos de somos salieron uno por semana?", "no"),
        ("the episodes of somos came out one per week?", "no"),
        ("somos son 6 capitulos en una sola temporada?", "si"),
    ],
)
def test_the_show_after_its_episodes_is_the_show(engine: Engine, question, first) -> None:
    """ "Los capítulos de Somos": the show, not episode 6's title; and the claim is read."""
    answer = engine.answer(question)
    assert fold(answer.text).startswith(first), answer.text
    assert f"“{EPISODES[-1].title}”" not in answer.text, answer.text


def test_a_spanish_word_of_no_substance_is_no_english_typo(engine: Engine) -> None:
    answer = engine.answer("de que trata la serie en corto, pa convencer a mi novia")
    assert answer.intents == ("story",), answer


def test_stars_as_a_score_are_a_rating_and_as_the_leads_the_stars(engine: Engine):
    """ "Some stars out of 5", "¿cuántas estrellas le dio?" ask a score, which the sources
    don't give; "las estrellas de la serie" are its leads."""
    for question, language in (
        ("come on, it must give it some stars out of 5", "en"),
        ("cuantas estrellas le dio la reseña?", "es"),
    ):
        answer = engine.answer(question, language)
        assert answer.declined and answer.intent == "rating", answer.text
    answer = engine.answer("quienes son las estrellas de la serie?", "es")
    stars = [m.actor for m in KNOWLEDGE.cast if m.star]
    assert stars and all(star in answer.text for star in stars), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did the review come out before or after the season 2 article?",
        "was the review written before or after the show came out?",
        "which came first, the review or the propublica article",
        "¿la reseña salió antes o después del estreno?",
    ],
)
def test_the_order_of_a_work_the_sources_do_not_date_is_not_known(
    engine: Engine, question: str
) -> None:
    """The review has no date in the sources: put in order beside another thing, the
    answer says they don't say, and never passes the premiere's date off as its own."""
    answer = engine.answer(question)
    assert answer.declined, answer.text
    assert "30 June 2021" not in answer.text and "30 de junio" not in answer.text


@pytest.mark.parametrize(
    ("messages", "said"),
    [
        (["did the show come out before or after the ProPublica article?"], "came after"),
        (["which came first, the article or the show?"], "came before"),
        (["¿la serie salió antes o después del artículo de ProPublica?"], "después"),
        (["when was the blog post?", "was that before or after the premiere?"], "came before"),
        (["what was the ProPublica article?", "was that before or after the massacre?"], "after"),
    ],
)
def test_before_or_after_is_said_of_what_the_question_is_about(
    engine: Engine, messages: list[str], said: str
) -> None:
    """ "Before or after …?" is answered of the thing asked about, named first: the
    show came after the article, not "the article came before the show"."""
    context = None
    for message in messages:
        answer = engine.answer(message, None, context)
        context = answer.context
    assert said in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["what did the critic like the most?", "¿qué fue lo que más le gustó al crítico?"]
)
def test_what_the_reviewer_liked_is_the_reviews_strengths(engine: Engine, question: str):
    answer = engine.answer(question)
    assert answer.intent == "review_strengths", answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is Benjamín a star?", "Yes"),
        ("is Doña Chayo one of the stars?", "Yes"),
        ("¿Irene es protagonista?", "No"),
    ],
)
def test_a_star_asked_of_a_character_is_of_the_part(
    engine: Engine, question: str, opening: str
) -> None:
    """The stars are the actors; asked of the character, it is the part they play."""
    assert engine.answer(question).text.startswith(opening)


def test_a_characters_actor_asked_tersely_is_no_yes_or_no(engine: Engine):
    assert not engine.answer("paquito's actor??").text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question",
    ["whats Armando Silva's character called", "whats the name of his character, Armando Silva"],
)
def test_the_name_of_a_part_the_sources_leave_unnamed_is_not_given(engine: Engine, question: str):
    """Armando Silva's part has no name in the sources: asked for it, the reply says so
    (declined, with what they do say), in any spelling of "what"."""
    answer = engine.answer(question)
    assert answer.declined and "Armando Silva" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("list me all the episode titles, I'm making a watch checklist", "episode_list"),
        ("dime quién creó la serie, estoy haciendo un reporte sobre el reparto", "creators"),
    ],
)
def test_the_askers_own_situation_naming_a_topic_is_left_out(
    engine: Engine, question: str, intent: str
) -> None:
    """A stretch about the asker ("I'm making a watch checklist") that names a topic of
    its own is left unread where the request beside it is understood alone."""
    answer = engine.answer(question)
    assert answer.intent == intent and not answer.declined, answer.text


def test_the_stars_are_named_in_the_order_the_source_names_them(engine: Engine) -> None:
    """The article: "The series stars Mercedes Hernández and Jero Medina"."""
    text = engine.answer("who are the stars?").text
    assert text.index("Mercedes Hernández") < text.index("Jero Medina"), text


@pytest.mark.parametrize(
    "question",
    [
        "which two actors does the season 2 article say star in the series?",
        "Which two performers does the Season 2 piece name as the leads?",
    ],
)
def test_a_topic_of_people_asked_of_a_source_wins_over_its_summary(
    engine: Engine, question: str
) -> None:
    answer = engine.answer(question)
    assert answer.intent == "stars", answer.text


@pytest.mark.parametrize(
    "question", ["does it have several seasons?", "¿somos tiene varias temporadas?"]
)
def test_several_claims_more_than_one(engine: Engine, question: str) -> None:
    answer = engine.answer(question)
    assert answer.text.startswith("No") and not answer.declined, answer.text
