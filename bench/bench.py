"""Benchmark: our engine next to the simple alternatives, on the tests' question banks.

Run: .venv/bin/python -m bench.bench   (add --plot for the scale plot, needs '.[bench]')

Everything is measured in one run on one machine, and compared as ratios, so
the figures hold on a noisy machine. Latencies are per question, in-process,
after a warm-up; throughput is single-threaded (one core).
"""

from __future__ import annotations

import argparse
import difflib
import gc
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.engine import Answer, Engine
from bot.knowledge import DEFAULT_DIR, load
from tests.banks.check import Question, Score, judge, load_bank
from tests.engine.test_choices import made_up
from tests.engine.test_cost import search

# Every question bank: FAQ-style (en, es), chatty (chat_*), terse with typos (terse*).
BANKS = (
    "en.toml", "en_holdout.toml", "es.toml", "es_holdout.toml", "chat_en.toml",
    "chat_en_holdout.toml", "chat_es.toml", "chat_es_holdout.toml", "terse.toml",
    "terse_holdout.toml",
)  # fmt: skip
WORST_REPEATS = 5  # each question's time is the least of this many runs
ROUNDS = 5
SCALES = (1, 10, 100, 1000)
FAQ_CUTOFF_DIFFLIB = 0.6  # difflib's own default
FAQ_CUTOFF_RAPIDFUZZ = 75.0


@dataclass(frozen=True)
class Timing:
    median_us: float
    p99_us: float
    max_us: float
    per_second: float


def time_each(answer: Callable[[str], object], questions: Sequence[str]) -> Timing:
    """Per-question latency over ROUNDS passes after one warm-up pass."""
    for question in questions:
        answer(question)
    samples = []
    gc.collect()
    started = time.perf_counter()
    for _ in range(ROUNDS):
        for question in questions:
            begin = time.perf_counter_ns()
            answer(question)
            samples.append((time.perf_counter_ns() - begin) / 1000)
    elapsed = time.perf_counter() - started
    samples.sort()
    return Timing(
        median_us=statistics.median(samples),
        p99_us=samples[int(len(samples) * 0.99) - 1],
        max_us=samples[-1],
        per_second=len(samples) / elapsed,
    )


class FlatFaq:
    """What a server owner might set up instead: the same facts as question -> answer pairs."""

    def __init__(self, engine: Engine) -> None:
        pairs: dict[str, Answer] = {}
        knowledge = engine.knowledge
        language = knowledge.languages["en"]
        for intent in knowledge.intents:
            if intent.answerable and intent.name in language.examples:
                example = language.examples[intent.name]
                if "{" not in example:
                    pairs[example.replace("{show}", "Somos.")] = engine.topic(intent.name)
        for episode in knowledge.episodes:
            answer = engine.topic("episode", episode=episode)
            pairs[f"What is episode {episode.number} called?"] = answer
            pairs[f"Which episode is {episode.title}?"] = answer
        for member in knowledge.cast:
            answer = engine.topic("person", person=engine.find_person(member.actor))
            pairs[f"Who does {member.actor} play?"] = answer
            if member.character:
                pairs[f"Who plays {member.character}?"] = answer
        self.phrasings = list(pairs)
        self.answers = pairs
        self.declined = Answer("", "I don't know.", True, (), 0.0, ())

    def difflib(self, question: str) -> Answer:
        found = difflib.get_close_matches(question, self.phrasings, n=1, cutoff=FAQ_CUTOFF_DIFFLIB)
        return self.answers[found[0]] if found else self.declined

    def rapidfuzz(self, question: str) -> Answer:
        found = process.extractOne(
            question, self.phrasings, scorer=fuzz.WRatio, score_cutoff=FAQ_CUTOFF_RAPIDFUZZ
        )
        return self.answers[found[0]] if found else self.declined


def score(answer: Callable[[str], Answer], questions: Sequence[Question]) -> Score:
    """Right, answered but wrong, and missed: a wrong answer is counted apart."""
    return Score.of(judge(q, answer(q.text))[0] for q in questions)


def least_of_runs(answer: Callable[[str], object], question: str) -> float:
    """`answer(question)`'s time as the least of WORST_REPEATS runs (µs)."""
    best = float("inf")
    for _ in range(WORST_REPEATS):
        begin = time.perf_counter_ns()
        answer(question)
        best = min(best, (time.perf_counter_ns() - begin) / 1000)
    return best


def slowest(answer: Callable[[str], object], questions: Sequence[str]) -> list[tuple[float, str]]:
    """The slowest questions, each timed as the least of WORST_REPEATS runs (µs)."""
    return sorted(((least_of_runs(answer, q), q) for q in questions), reverse=True)[:3]


def crafted_worst(engine: Engine) -> tuple[float, str]:
    """The slowest message the cost test's seeded search finds, timed as the least of
    WORST_REPEATS runs (µs): long chains of questions, joins and follow-ups."""
    return search(lambda message: least_of_runs(engine.answer, message))


def startup() -> tuple[float, float, float]:
    """Seconds from process start to the first answer, minus a bare interpreter's start,
    and the peak resident memory (MiB) of `somos-bot ask`."""

    def run(*args: str) -> tuple[float, float]:
        code = (
            "import resource, subprocess, sys, time; t = time.perf_counter();"
            f"subprocess.run({[sys.executable, *args]!r}, check=True, capture_output=True);"
            "print(time.perf_counter() - t,"
            " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
        )
        best = min(
            tuple(map(float, subprocess.check_output([sys.executable, "-c", code]).split()))
            for _ in range(5)
        )
        return best

    bare, _ = run("-c", "pass")
    asked, peak = run("-m", "bot", "ask", "who plays Irene?")
    bot_code = (
        "import asyncio, pathlib, resource, tempfile; from bot.client import create_bot;"
        "from bot.knowledge import load; from bot.settings import Settings;"
        "db = pathlib.Path(tempfile.mkdtemp()) / 'b.sqlite3';"
        "bot = asyncio.run(create_bot(Settings(database=db), load()));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    resident = float(subprocess.check_output([sys.executable, "-c", bot_code]))
    return asked - bare, peak, resident


def grown_copy(scale: int, into: Path) -> Path:
    """The fact base with `scale` times the episodes and cast, under made-up names."""
    target = into / f"knowledge-{scale}"
    shutil.copytree(DEFAULT_DIR, target)
    if scale == 1:
        return target
    base = load(DEFAULT_DIR)
    total = len(base.episodes) * scale
    _append_entries(
        target / "episodes.toml",
        "episode",
        [
            {
                "number": n,
                "title": f"{made_up(n, 3)} {made_up(n * 7 + 1, 2)} {made_up(n * 13 + 5, 2)}",
            }
            for n in range(len(base.episodes) + 1, total + 1)
        ],
    )
    show = (target / "show.toml").read_text(encoding="utf-8")
    show = show.replace(f"episode_count = {len(base.episodes)}", f"episode_count = {total}")
    (target / "show.toml").write_text(show, encoding="utf-8")
    _append_entries(
        target / "cast.toml",
        "cast",
        [
            {
                "actor": f"{made_up(n, 3)} {made_up(n * 11 + 3, 3)}",
                "character": f"{made_up(n * 5 + 2, 3)} {made_up(n * 17 + 9, 2)}",
            }
            for n in range(len(base.cast) * (scale - 1))
        ],
    )
    return target


def _append_entries(path: Path, table: str, entries: list[dict[str, int | str]]) -> None:
    """Add [[table]] entries (sourced to the article) at the end of a fact file."""
    with path.open("a", encoding="utf-8") as handle:
        for entry in entries:
            fields = "".join(
                f"{key} = {value}\n" if isinstance(value, int) else f'{key} = "{value}"\n'
                for key, value in entry.items()
            )
            handle.write(f'\n[[{table}]]\n{fields}aliases = []\nsources = ["article"]\n')


def scale_run(questions: Sequence[str]) -> list[tuple[int, float, float, float, float]]:
    """(scale, median µs, p99 µs, engine memory MiB, load() ms) for each fact-base size."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for scale in SCALES:
            directory = grown_copy(scale, Path(folder))
            gc.collect()
            loading = min(_seconds(lambda d=directory: load(d)) for _ in range(3)) * 1000
            tracemalloc.start()
            engine = Engine(load(directory))
            memory = tracemalloc.get_traced_memory()[0] / 2**20
            tracemalloc.stop()
            timing = time_each(engine.answer, questions)
            rows.append((scale, timing.median_us, timing.p99_us, memory, loading))
            del engine
    return rows


def _seconds(run: Callable[[], object]) -> float:
    begin = time.perf_counter()
    run()
    return time.perf_counter() - begin


def plot(rows: list[tuple[int, float, float, float, float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scales = [row[0] for row in rows]
    figure, latency = plt.subplots(figsize=(7, 4))
    latency.plot(scales, [r[1] for r in rows], "o-", label="median latency (µs)")
    latency.plot(scales, [r[2] for r in rows], "s--", label="p99 latency (µs)")
    latency.set_xscale("log")
    latency.set_xlabel("fact base size (x the real one)")
    latency.set_ylabel("µs per question")
    memory = latency.twinx()
    memory.plot(scales, [r[3] for r in rows], "^:", color="tab:green", label="engine memory (MiB)")
    memory.set_ylabel("MiB")
    lines = latency.get_legend_handles_labels()
    more = memory.get_legend_handles_labels()
    latency.legend(lines[0] + more[0], lines[1] + more[1], loc="upper left")
    latency.set_title("Somos. bot: latency and memory as the fact base grows")
    figure.tight_layout()
    figure.savefig(path, dpi=120)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plot", type=Path, help="write the scale plot (PNG) here")
    args = parser.parse_args(argv)
    bank = [q for name in BANKS for q in load_bank(name)]
    texts = [q.text for q in bank]
    engine = Engine(load())
    faq = FlatFaq(engine)
    contenders: list[tuple[str, Callable[[str], Answer]]] = [
        ("ours (engine)", engine.answer),
        ("difflib closest match", faq.difflib),
        ("rapidfuzz extractOne", faq.rapidfuzz),
    ]
    print(f"{len(bank)} questions ({sum(q.declined for q in bank)} to decline), {ROUNDS} rounds")
    print(f"FAQ baselines: {len(faq.phrasings)} phrasings built from the same facts\n")
    print("| answerer | median µs | p99 µs | max µs | questions/s | right | answered but wrong |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    timings = {}
    for name, answer in contenders:
        timing = time_each(answer, texts)
        timings[name] = timing
        result = score(answer, bank)
        print(
            f"| {name} | {timing.median_us:.0f} | {timing.p99_us:.0f} | {timing.max_us:.0f} "
            f"| {timing.per_second:,.0f} | {result.right_share:.1%} | {result.wrong_share:.1%} |"
        )
    ours = timings["ours (engine)"]
    for name in ("difflib closest match", "rapidfuzz extractOne"):
        ratio = ours.median_us / timings[name].median_us
        print(f"\nmedian ours / {name}: {ratio:.2f}x", end="")
    print("\n")
    print("slowest questions (least of 5 runs):")
    for micros, question in slowest(engine.answer, texts):
        print(f"  {micros:.0f} µs  {question[:70]!r}")
    micros, message = crafted_worst(engine)
    print(f"slowest crafted message, tests/engine/test_cost.py's search timed: {micros:.0f} µs")
    print(f"  {message[:70]!r}…")
    print()
    seconds, peak, resident = startup()
    print(f"start-up to first answer (somos-bot ask, minus a bare interpreter): {seconds:.3f} s")
    print(f"peak memory of somos-bot ask: {peak:.0f} MiB;", end=" ")
    print(f"a built Discord bot process: {resident:.0f} MiB\n")
    rows = scale_run(texts)
    print("| fact base | median µs | p99 µs | engine memory MiB | load() ms |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for scale, median, p99, memory, loading in rows:
        print(f"| {scale}x | {median:.0f} | {p99:.0f} | {memory:.1f} | {loading:.0f} |")
    print(f"\nmedian at {SCALES[-1]}x / at 1x: {rows[-1][1] / rows[0][1]:.2f}x")
    if args.plot:
        plot(rows, args.plot)
        print(f"plot written to {args.plot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
