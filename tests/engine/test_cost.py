"""No message can make the engine read much: a seeded search for costly messages.

The cost of a message is counted as the engine counts it: each matcher read costs
READ_COST plus its words (a join of two questions reads its words twice); time is
the benchmark's business
(`bench/bench.py` reports the slowest questions), this is the bound behind it.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bot.engine import MAX_READ_WORDS, MAX_WORDS, READ_COST, Engine
from bot.engine.normalise import MAX_CHARS

PIECES = [
    "who plays irene", "who dies", "finale", "what is episode 3 called", "quien muere",
    "el final", "when did it come out", "is there a season 2", "who plays chema",
    "and", "y", "e", ",", "?", "!", ";", "what about", "the one after", "lol", "who",
    "is it", "or", "o", "ep 1", "somos", "narcos", "?!", "\n",
]  # fmt: skip
SEED = 20261129
TRIES = 400


def cost(engine: Engine, message: str) -> int:
    """What reading `message` cost, in the engine's units (READ_COST a read, plus its words)."""
    read = engine._matcher.read
    words = [0]

    def counted(tokens):
        words[0] += READ_COST + len(tokens)
        return read(tokens)

    engine._matcher.read = counted  # type: ignore[method-assign]
    try:
        engine.answer(message)
    finally:
        engine._matcher.read = read  # type: ignore[method-assign]
    return words[0]


def search(measure: Callable[[str], float], tries: int = TRIES) -> tuple[float, str]:
    """The costliest message found, by `measure`, in a seeded search that keeps growing
    the worst message found so far (or starts again from pieces)."""
    chance = random.Random(SEED)
    worst, worst_message = 0.0, ""
    for _ in range(tries):
        base = worst_message if chance.random() < 0.7 else ""
        pieces = [chance.choice(PIECES) for _ in range(chance.randint(1, 40))]
        message = (base + " " + " ".join(pieces))[:MAX_CHARS]
        spent = measure(message)
        if spent > worst:
            worst, worst_message = spent, message
    return worst, worst_message


def test_the_costliest_message_found_stays_within_the_bound(engine: Engine):
    worst, worst_message = search(lambda message: cost(engine, message))
    # joins and follow-ups spend the message's budget; the read that empties it may
    # overdraw it by one clause at most
    assert worst <= MAX_READ_WORDS + READ_COST + MAX_WORDS, (worst, worst_message)


def test_building_the_engine_grows_no_faster_than_the_facts(tmp_path):
    """With many episodes and characters, the example questions the general decline
    picks from repeat over the product of their counts; only a bounded number of those
    declines is written when the engine is built."""
    # (imported here: bench.bench imports this module's search)
    from bench.bench import grown_copy
    from bot.engine import compose
    from bot.knowledge import load

    knowledge = load(grown_copy(30, tmp_path))
    engine = Engine(knowledge)
    composer = engine._composers["en"]
    assert len(composer._general) <= compose.GENERAL_WRITTEN_AT_LOAD
    assert engine.answer("qwertyuiop").declined
