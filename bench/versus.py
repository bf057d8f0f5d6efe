"""Two checkouts of the project, measured in turns: the figures the performance work is
judged by, as this checkout's over the other's.

Run: .venv/bin/python -m bench.versus ../base   (--rounds 3)

Each round runs `python -m bench.versus --figures` once for each checkout (the order
swapped every round), with that checkout first on the import path, so both are timed
by the same code on the same machine moments apart. A question's time is the least of
all its runs (`bench.bench.WORST_REPEATS` a round, every round), which takes out most of
a noisy machine's spikes; the median and p99 are over those least times. The scale
figures are each the least over the rounds: `load()` of the fact base grown 1000x, the
median and p99 of the questions against it, and one autocomplete keystroke and one
command look-up (`/episode`, `/cast`) against it and against the real one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
SCALE = 1000
TYPED = ("ir", "irene", "kalo", "3", "narcos", "dona chay", "the")  # autocomplete inputs
LOOKED_UP = ("3", "la masacre", "Irene", "chema", "kalox", "nobody at all")  # commands


def figures() -> dict[str, Any]:
    """This process's checkout (first on the path), measured once."""
    from bench.bench import BANKS, WORST_REPEATS, FlatFaq, grown_copy, least_of_runs
    from bot.engine import Engine
    from bot.knowledge import load
    from tests.banks.check import load_bank

    texts = [q.text for name in BANKS for q in load_bank(name)]
    engine = Engine(load())
    faq = FlatFaq(engine)
    result: dict[str, Any] = {}
    for name, answer in (("engine", engine.answer), ("extractOne", faq.rapidfuzz)):
        for text in texts:
            answer(text)
        result[name] = [least_of_runs(answer, text) for text in texts]
    with tempfile.TemporaryDirectory() as folder:
        for scale in (1, SCALE):
            directory = grown_copy(scale, Path(folder))
            begin = time.perf_counter()
            knowledge = load(directory)
            result[f"load_ms {scale}"] = (time.perf_counter() - begin) * 1000
            grown = Engine(knowledge)
            for text in texts:
                grown.answer(text)
            result[f"engine {scale}"] = [least_of_runs(grown.answer, text) for text in texts]
            result[f"autocomplete_us {scale}"] = _least_total(
                lambda e=grown: (
                    [e.episode_choices(t) for t in TYPED] + [e.person_choices(t) for t in TYPED]
                ),
                WORST_REPEATS,
            ) / (2 * len(TYPED))
            result[f"command_us {scale}"] = _least_total(
                lambda e=grown: (
                    [e.find_episode(t) for t in LOOKED_UP] + [e.find_person(t) for t in LOOKED_UP]
                ),
                WORST_REPEATS,
            ) / (2 * len(LOOKED_UP))
    return result


def _least_total(run: Callable[[], object], repeats: int) -> float:
    """µs of `run()`, the least of `repeats` runs after one to warm up."""
    run()
    best = float("inf")
    for _ in range(repeats):
        begin = time.perf_counter_ns()
        run()
        best = min(best, (time.perf_counter_ns() - begin) / 1000)
    return best


def measure(checkout: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    code = f"import runpy; runpy.run_path({str(Path(__file__).resolve())!r}, run_name='__main__')"
    out = subprocess.check_output([sys.executable, "-c", code, "--figures"], env=env, cwd=checkout)
    return json.loads(out)


def combine(runs: list[dict[str, Any]]) -> dict[str, float]:
    """Each question's least time over the runs, then the figures of those."""
    summary: dict[str, float] = {}
    for key, value in runs[0].items():
        if isinstance(value, list):
            least = sorted(min(run[key][i] for run in runs) for i in range(len(value)))
            median = statistics.median(least)
            summary[f"{key} median µs"] = median
            summary[f"{key} p99 µs"] = least[int(len(least) * 0.99) - 1]
            summary[f"{key} slowest / median"] = least[-1] / median
        else:
            summary[key] = min(run[key] for run in runs)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, nargs="?", help="the other checkout")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--figures", action="store_true", help="measure this one (JSON)")
    args = parser.parse_args()
    if args.figures:
        print(json.dumps(figures()))
        return
    other = args.other.resolve()
    runs: dict[Path, list[dict[str, Any]]] = {HERE: [], other: []}
    for number in range(args.rounds):
        for checkout in (other, HERE) if number % 2 == 0 else (HERE, other):
            runs[checkout].append(measure(checkout))
            print(f"round {number + 1}: {checkout} measured", file=sys.stderr)
    theirs, ours = combine(runs[other]), combine(runs[HERE])
    print(f"{args.rounds} rounds each, interleaved; least of every run of each question\n")
    print(f"| figure | {other} | {HERE} | this / other |")
    print("| --- | ---: | ---: | ---: |")
    for key in theirs:
        print(f"| {key} | {theirs[key]:,.2f} | {ours[key]:,.2f} | {ours[key] / theirs[key]:.2f}x |")
    for summary, where in ((theirs, other), (ours, HERE)):
        ratio = summary["engine median µs"] / summary["extractOne median µs"]
        print(f"\n{where}: engine median / extractOne median {ratio:.2f}x;", end=" ")
        print(f"at {SCALE}x / at 1x: median", end=" ")
        print(
            f"{summary[f'engine {SCALE} median µs'] / theirs['engine 1 median µs']:.2f}x,", end=" "
        )
        print(f"p99 {summary[f'engine {SCALE} p99 µs'] / theirs['engine 1 p99 µs']:.2f}x,", end=" ")
        auto = summary[f"autocomplete_us {SCALE}"] / theirs["autocomplete_us 1"]
        command = summary[f"command_us {SCALE}"] / theirs["command_us 1"]
        print(f"autocomplete {auto:.2f}x, commands {command:.2f}x (of the other's 1x)", end="")
    print()


if __name__ == "__main__":
    main()
