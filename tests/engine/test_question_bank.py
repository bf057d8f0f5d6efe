"""The question and conversation banks, written from the sources only, independently of
the engine, by separate sessions in different styles.

Each bank has a floor on the share answered right and a ceiling on the share
answered but wrong: a wrong answer costs more than an honest "I don't know", so it
is counted apart. The floors and ceilings are what the engine reaches today (see the
README's table), so that a change that makes it worse fails here.
"""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.banks.check import Score, judge, load_bank, load_conversations

# bank: (fewest questions, least share right, most share answered but wrong)
BANKS = {
    "en.toml": (150, 0.99, 0.01),
    "en_holdout.toml": (150, 0.98, 0.01),
    "es.toml": (60, 0.99, 0.01),
    "es_holdout.toml": (60, 1.00, 0.01),
    "chat_en.toml": (100, 0.96, 0.01),
    "chat_en_holdout.toml": (50, 0.91, 0.02),
    "chat_es.toml": (90, 0.94, 0.01),
    "chat_es_holdout.toml": (50, 0.85, 0.02),
    "terse.toml": (
        90,
        0.97,
        0.02,
    ),  # "propublica article year and author": the year alone (0767a3f)
    "terse_holdout.toml": (45, 1.00, 0.01),
    "fresh.toml": (60, 0.96, 0.01),
    "fresh_holdout.toml": (30, 0.90, 0.01),
    "yesno.toml": (40, 0.95, 0.01),
    "yesno_holdout.toml": (20, 0.85, 0.01),
    "discord.toml": (100, 0.94, 0.01),  # "transa" read as "translation" had made one right
    "discord_holdout.toml": (50, 0.94, 0.01),
    "halfremembered.toml": (80, 0.97, 0.01),
    "halfremembered_holdout.toml": (40, 0.92, 0.01),
    "phone.toml": (80, 0.97, 0.01),
    "phone_holdout.toml": (40, 0.97, 0.01),
    "paraphrase.toml": (80, 0.85, 0.02),
    "paraphrase_holdout.toml": (40, 0.87, 0.01),
    "formal.toml": (70, 0.98, 0.01),
    "formal_holdout.toml": (35, 0.88, 0.06),
    "buried.toml": (80, 0.98, 0.01),
    "buried_holdout.toml": (40, 1.00, 0.01),
    "newcomers.toml": (80, 0.98, 0.01),
    "newcomers_holdout.toml": (40, 0.92, 0.03),
    "negated.toml": (80, 0.96, 0.03),
    "negated_holdout.toml": (40, 0.92, 0.01),  # a "which episode?" right only by "seis"
    "trivia.toml": (80, 0.98, 0.02),
    "trivia_holdout.toml": (40, 0.97, 0.01),
    "dictated.toml": (80, 0.96, 0.01),
    "dictated_holdout.toml": (40, 1.00, 0.01),
    "sceptical.toml": (80, 0.96, 0.03),
    "sceptical_holdout.toml": (40, 0.82, 0.05),
    "latenight.toml": (80, 0.88, 0.05),
    "latenight_holdout.toml": (40, 0.85, 0.08),
    "learners.toml": (100, 0.97, 0.02),
    "learners_holdout.toml": (50, 1.00, 0.01),
    "describers.toml": (100, 0.87, 0.04),
    "describers_holdout.toml": (50, 0.84, 0.08),
    "traps.toml": (100, 0.96, 0.02),
    "traps_holdout.toml": (50, 0.98, 0.02),
    "slang.toml": (100, 0.93, 0.02),
    "slang_holdout.toml": (50, 0.88, 0.08),
    "kinds.toml": (100, 0.88, 0.02),
    "kinds_holdout.toml": (50, 0.92, 0.02),
    "offmap.toml": (100, 0.93, 0.04),
    "offmap_holdout.toml": (50, 0.94, 0.04),
    "echo.toml": (100, 0.81, 0.06),
    "echo_holdout.toml": (50, 0.82, 0.06),
    "roundabout.toml": (100, 0.86, 0.07),
    "roundabout_holdout.toml": (50, 0.88, 0.02),
    "markup.toml": (100, 0.98, 0.01),
    "markup_holdout.toml": (50, 0.94, 0.02),
    "compare.toml": (100, 0.82, 0.07),
    "compare_holdout.toml": (50, 0.92, 0.04),
    "packed.toml": (100, 0.89, 0.04),
    "packed_holdout.toml": (50, 0.86, 0.06),
    "timely.toml": (100, 0.78, 0.03),
    "timely_holdout.toml": (50, 0.86, 0.02),
    "numbers.toml": (100, 0.90, 0.03),
    "numbers_holdout.toml": (50, 0.86, 0.06),
    "finale.toml": (100, 0.92, 0.05),
    "finale_holdout.toml": (50, 0.90, 0.06),
    "credits.toml": (100, 0.96, 0.03),
    "credits_holdout.toml": (50, 0.98, 0.02),
    "texting.toml": (100, 0.97, 0.01),
    "texting_holdout.toml": (50, 0.96, 0.02),
    "details.toml": (100, 0.99, 0.01),
    "details_holdout.toml": (50, 0.90, 0.01),
    "indirect.toml": (100, 0.92, 0.01),
    "indirect_holdout.toml": (50, 0.92, 0.04),
    "varieties.toml": (100, 0.87, 0.04),
    "varieties_holdout.toml": (50, 0.90, 0.04),
    "spanglish.toml": (100, 0.96, 0.01),
    "spanglish_holdout.toml": (50, 0.96, 0.01),
    "history.toml": (100, 0.90, 0.05),
    "history_holdout.toml": (50, 0.84, 0.12),
}
# conversations bank: (fewest conversations, least share right end to end, most turns wrong)
CONVERSATIONS = {
    "conversations.toml": (45, 0.90, 0.01),
    "conversations_holdout.toml": (25, 0.80, 0.04),
    "conversations2.toml": (30, 0.90, 0.01),
    "conversations2_holdout.toml": (15, 0.86, 0.01),  # "did he say …?" after the cinematographer
    "conversations3.toml": (24, 0.75, 0.02),
    "conversations3_holdout.toml": (12, 0.91, 0.03),
    "conversations4.toml": (24, 0.79, 0.01),
    "conversations4_holdout.toml": (12, 0.75, 0.04),
    "conversations5.toml": (26, 0.88, 0.01),  # one "No:" lost to the cited article (eb217cb)
    "conversations5_holdout.toml": (13, 0.84, 0.04),
    "conversations6.toml": (30, 0.80, 0.03),
    "conversations6_holdout.toml": (15, 0.93, 0.02),
    "conversations7.toml": (30, 0.80, 0.04),
    "conversations7_holdout.toml": (15, 0.86, 0.02),
    "conversations8.toml": (30, 0.66, 0.03),
    "conversations8_holdout.toml": (15, 0.66, 0.02),
    "watching.toml": (30, 0.90, 0.01),
    "watching_holdout.toml": (15, 0.66, 0.04),
    "recommending.toml": (30, 0.80, 0.01),
    "recommending_holdout.toml": (15, 0.73, 0.03),
    "relaying.toml": (30, 0.80, 0.01),
    "relaying_holdout.toml": (15, 0.86, 0.01),
    "essay.toml": (30, 0.73, 0.03),
    "essay_holdout.toml": (15, 0.46, 0.08),
    "elliptical.toml": (32, 0.87, 0.03),
    "elliptical_holdout.toml": (16, 0.75, 0.08),
    "repairs.toml": (32, 0.50, 0.06),
    "repairs_holdout.toml": (16, 0.68, 0.02),
    "quiz.toml": (40, 0.75, 0.01),
    "quiz_holdout.toml": (20, 0.70, 0.06),
    "settle.toml": (30, 0.66, 0.01),
    "settle_holdout.toml": (15, 0.73, 0.04),
    "drilldown.toml": (32, 0.87, 0.01),
    "drilldown_holdout.toml": (16, 0.81, 0.04),
    "juggling.toml": (32, 0.62, 0.13),
    "juggling_holdout.toml": (16, 0.75, 0.08),
    "pushback.toml": (32, 0.96, 0.01),
    "pushback_holdout.toml": (16, 0.81, 0.02),
    "leaning.toml": (32, 0.93, 0.01),
    "leaning_holdout.toml": (16, 0.75, 0.06),
    "callbacks.toml": (44, 0.59, 0.07),
    "callbacks_holdout.toml": (22, 0.81, 0.03),
    "wander.toml": (44, 0.75, 0.03),
    "wander_holdout.toml": (22, 0.77, 0.08),
    "switching.toml": (44, 0.79, 0.03),
    "switching_holdout.toml": (22, 0.59, 0.04),
}


# Banks whose unanswerable asks are mostly one part of a message that also asks something
# the sources answer (then only the answered part is checked): fewer wholly declined.
MOSTLY_MIXED = {"packed": 0.12}


@pytest.mark.parametrize("bank", BANKS)
def test_bank_passes(engine: Engine, bank: str) -> None:
    questions = load_bank(bank)
    _, least_right, most_wrong = BANKS[bank]
    verdicts, failures = [], []
    for question in questions:
        answer = engine.answer(question.text)
        verdict, why = judge(question, answer)
        verdicts.append(verdict)
        if verdict != "right":
            failures.append(f"[{verdict}] {question.text!r}: {why}")
    for failure in failures:
        print(failure)
    score = Score.of(verdicts)
    print(f"{bank}: {score}")
    assert score.right_share >= least_right, "\n".join(failures)
    assert score.wrong_share <= most_wrong, "\n".join(f for f in failures if "[wrong]" in f)


@pytest.mark.parametrize("bank", BANKS)
def test_bank_is_big_and_varied_enough(bank: str) -> None:
    """Big enough, every question distinct, and, as written (the bank with its holdout,
    split at random), at least 15% asking what the sources don't give."""
    questions = load_bank(bank)
    assert len(questions) >= BANKS[bank][0]
    assert len({q.text.casefold() for q in questions}) == len(questions)
    written = bank.removesuffix(".toml").removesuffix("_holdout")
    whole = [q for part in (f"{written}.toml", f"{written}_holdout.toml") for q in load_bank(part)]
    least = MOSTLY_MIXED.get(written, 0.15)
    assert sum(q.declined for q in whole) >= len(whole) * least, f"{bank}: too few declined"


@pytest.mark.parametrize("bank", CONVERSATIONS)
def test_conversation_bank(engine: Engine, bank: str) -> None:
    """Each conversation is one person's, turn after turn, with its context; it is
    right when every turn is."""
    conversations = load_conversations(bank)
    fewest, least_right, most_wrong = CONVERSATIONS[bank]
    assert len(conversations) >= fewest
    whole, verdicts, failures = 0, [], []
    for conversation in conversations:
        context, right = None, True
        for turn in conversation.turns:
            answer = engine.answer(turn.text, conversation.language, context)
            context = answer.context
            verdict, why = judge(turn, answer)
            verdicts.append(verdict)
            if verdict != "right":
                right = False
                failures.append(f"[{verdict}] {turn.text!r}: {why}")
        whole += right
    for failure in failures:
        print(failure)
    score = Score.of(verdicts)
    print(f"{bank}: {whole}/{len(conversations)} conversations right; turns: {score}")
    assert whole / len(conversations) >= least_right
    assert score.wrong_share <= most_wrong
