"""Load: questions through the fake Discord gateway to `somos-bot run`, as fast as it takes them.

Run: .venv/bin/python -m bench.load   (--questions 1000 --window 50)
Against another checkout, interleaved:
     .venv/bin/python -m bench.load --against ../base --rounds 5 --questions 3000
Where the bot's time goes (needs py-spy):
     .venv/bin/python -m bench.load --questions 20000 --profile bot.txt

The bot runs exactly as shipped, in its own process, pointed at the fake
Discord of the tests. Questions (the English question banks) come from 100
people in 50 channels and DMs, as mentions. Two passes: one question at a
time (the time a lone asker waits), then `--questions` with up to `--window`
awaiting a reply (throughput; the wait then includes the queue). Prints
replies per second, p50/p99 time from the gateway event to the reply reaching
the API, and the bot process's memory idle and at its peak, next to the
engine alone answering the same questions in one process (the baseline).

With `--against DIR` the bot of another checkout of the project (an older commit,
say) runs too, in turns with this one, `--rounds` times each, the order swapped every
round; the fake Discord and the questions are the same for both, and each figure is
given as the best of the rounds and as the ratio of this checkout's to the other's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.profile import summary
from bot.engine import Engine
from tests.banks.check import load_bank
from tests.discord.process import run_environment
from tests.fake_discord import FakeChannel, FakeDiscord, FakeUser

TOKEN = "load-test-token"
PEOPLE = 100
CHANNELS = 50
DM_EVERY = 10  # one question in ten is a DM
LONE_QUESTIONS = 200
HERE = Path(__file__).resolve().parents[1]  # this checkout: its bot is the one measured


@dataclass(frozen=True)
class Figures:
    """One pass of one bot: what `report` prints, and what `--against` compares."""

    rate: float  # replies per second
    cpu_ms: float  # bot CPU per question
    fake_cpu_ms: float  # this process's (the fake Discord's and the askers') per question
    idle_mib: float
    peak_mib: float
    lone_p50_ms: float
    load_p50_ms: float
    load_p99_ms: float


def memory_kib(pid: int, field: str) -> int:
    """VmRSS (now) or VmHWM (peak) of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def start_bot(fake: FakeDiscord, folder: Path, checkout: Path) -> asyncio.subprocess.Process:
    """`somos-bot run` of the project in `checkout` (first on its import path)."""
    env = run_environment(
        fake,
        TOKEN,
        folder / "load.sqlite3",
        LOG_LEVEL="WARNING",
        USER_RATE="1000000",
        CHANNEL_RATE="1000000",
        PYTHONPATH=str(checkout),
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=folder, env=env, stderr=asyncio.subprocess.PIPE
    )
    await fake.wait_for_identifies(1, timeout=60)
    return process


class Load:
    def __init__(
        self, fake: FakeDiscord, people: list[FakeUser], channels: list[FakeChannel]
    ) -> None:
        self.fake = fake
        self.people = people
        self.channels = channels
        self.sent_at: dict[int, float] = {}
        self.first_reply = len(fake.sent_messages)
        self.window = 1

    def replies(self) -> int:
        return len(self.fake.sent_messages) - self.first_reply

    async def ask(self, number: int, text: str) -> None:
        person = self.people[number % len(self.people)]
        if number % DM_EVERY == 0:
            sent = await self.fake.send_dm(person, text)
        else:
            channel = self.channels[number % len(self.channels)]
            mention = f"<@{self.fake.bot_user.id}> {text}"
            sent = await self.fake.send_message(channel, person, mention)
        self.sent_at[int(sent["id"])] = time.monotonic()

    async def run(self, questions: list[str], window: int) -> float:
        self.window = window
        started = time.monotonic()
        for number, text in enumerate(questions):
            if number - self.replies() >= window:
                await self.fake.wait_until(
                    lambda n=number: n - self.replies() < window, timeout=60, what="a reply"
                )
            await self.ask(number, text)
        await self.fake.wait_until(
            lambda: self.replies() >= len(questions), timeout=120, what="every reply"
        )
        return time.monotonic() - started


def questions_for(count: int) -> list[str]:
    bank = [q.text for name in ("en.toml", "en_holdout.toml") for q in load_bank(name)]
    return [bank[n % len(bank)] for n in range(count)]


async def measure(
    questions: list[str], window: int, checkout: Path, show: bool, profile: Path | None = None
) -> Figures:
    """One bot, started afresh: a warm-up, the lone pass, then the loaded pass (recorded
    into `profile` by py-spy, if given)."""
    async with FakeDiscord(expected_token=TOKEN) as fake:
        guild = fake.add_guild("Load")
        channels = [fake.add_channel(guild, f"room-{n}") for n in range(CHANNELS + 12)]
        people = [fake.add_user(f"fan{n}") for n in range(PEOPLE)]
        for person in people:
            fake.add_member(guild, person)
        with tempfile.TemporaryDirectory() as folder:
            process = await start_bot(fake, Path(folder), checkout)
            try:
                # Each pass in its own channels, so no answer points back to another pass.
                warm = Load(fake, people, channels[-2:])
                await warm.run(["who plays Irene?"] * 20, window)  # ready, and warmed up
                idle_kib = memory_kib(process.pid, "VmRSS")
                alone = Load(fake, people, channels[-12:-2])
                await alone.run(questions[:LONE_QUESTIONS], window=1)
                spy = await record(process.pid, profile) if profile else None
                cpu_before, fake_before = cpu_seconds(process.pid), time.process_time()
                load = Load(fake, people, channels[:CHANNELS])
                elapsed = await load.run(questions, window)
                if spy is not None:
                    spy.send_signal(signal.SIGINT)  # py-spy writes the profile and ends
                    await spy.wait()
                cpu = cpu_seconds(process.pid) - cpu_before
                fake_cpu = time.process_time() - fake_before
                peak_kib = memory_kib(process.pid, "VmHWM")
            finally:
                process.terminate()
                await process.wait()
    lone_ms = latencies_ms(fake, alone)
    waits = latencies_ms(fake, load)
    figures = Figures(
        rate=load.replies() / elapsed,
        cpu_ms=cpu / len(questions) * 1000,
        fake_cpu_ms=fake_cpu / len(questions) * 1000,
        idle_mib=idle_kib / 1024,
        peak_mib=peak_kib / 1024,
        lone_p50_ms=statistics.median(lone_ms),
        load_p50_ms=statistics.median(waits),
        load_p99_ms=percentile(waits, 0.99),
    )
    if show:
        print(f"one at a time, p50 / p99      {statistics.median(lone_ms):.1f} / "
              f"{percentile(lone_ms, 0.99):.1f} ms  ({len(lone_ms)} questions)")  # fmt: skip
        report(fake, load, questions, elapsed, figures)
        if profile is not None:
            print(summary(profile))
    return figures


async def record(pid: int, profile: Path) -> asyncio.subprocess.Process:
    """py-spy recording process `pid` into `profile` until it is sent SIGINT."""
    spy = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).with_name("py-spy")),
        *("record", "--gil", "--rate", "1000", "--format", "raw"),
        *("--pid", str(pid), "--output", str(profile)),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await asyncio.sleep(1)  # attached
    return spy


def latencies_ms(fake: FakeDiscord, load: Load) -> list[float]:
    """Gateway event to reply, for each reply to a question of this pass."""
    return [
        (reply.request.timestamp - load.sent_at[reply.reference_id]) * 1000
        for reply in fake.sent_messages
        if reply.reference_id in load.sent_at
    ]


def report(
    fake: FakeDiscord, load: Load, questions: list[str], elapsed: float, figures: Figures
) -> None:
    replies = fake.sent_messages[load.first_reply :]
    per_question = Counter(reply.reference_id for reply in replies)
    pointers = sum("just a moment ago" in (reply.content or "") for reply in replies)
    engine = Engine.from_directory()
    started = time.perf_counter()
    for text in questions:
        engine.answer(text)
    engine_rate = len(questions) / (time.perf_counter() - started)
    lost = len(load.sent_at) - len(per_question)
    doubled = sum(count > 1 for count in per_question.values())
    print(f"questions sent                {len(questions)} ({len(load.sent_at)} recorded)")
    print(f"replies                       {len(replies)} (lost {lost}, doubled {doubled}, "
          f"{pointers} pointers to an earlier answer)")  # fmt: skip
    print(f"replies per second            {figures.rate:,.0f}  (wall {elapsed:.2f} s)")
    print(f"under load, p50 / p99         {figures.load_p50_ms:.1f} / "
          f"{figures.load_p99_ms:.1f} ms  ({load.window} awaiting a reply)")  # fmt: skip
    print(f"bot CPU per question          {figures.cpu_ms:.2f} ms  "
          f"(the fake Discord's: {figures.fake_cpu_ms:.2f} ms)")  # fmt: skip
    print(f"bot memory idle / peak        {figures.idle_mib:.0f} / {figures.peak_mib:.0f} MiB "
          f"({figures.peak_mib / figures.idle_mib:.2f}x)")  # fmt: skip
    print(f"engine alone, per second      {engine_rate:,.0f}  "
          f"(the bot end to end is {engine_rate / figures.rate:.0f}x slower)")  # fmt: skip


async def compare(questions: list[str], window: int, other: Path, rounds: int) -> None:
    """This checkout's bot and `other`'s, in turns, `rounds` passes each."""
    runs: dict[Path, list[Figures]] = {HERE: [], other: []}
    for number in range(rounds):
        order = (other, HERE) if number % 2 == 0 else (HERE, other)
        for checkout in order:
            figures = await measure(questions, window, checkout, show=False)
            runs[checkout].append(figures)
            print(
                f"round {number + 1} {checkout}: {figures.rate:,.0f} replies/s, "
                f"{figures.cpu_ms:.3f} ms CPU a question, peak {figures.peak_mib:.1f} MiB"
            )
    # For each figure: which way is better, and the best of the rounds.
    rows = (
        ("replies per second", "rate", max),
        ("bot CPU per question (ms)", "cpu_ms", min),
        ("the fake Discord's CPU per question (ms)", "fake_cpu_ms", min),
        ("one at a time, p50 (ms)", "lone_p50_ms", min),
        ("under load, p50 (ms)", "load_p50_ms", min),
        ("under load, p99 (ms)", "load_p99_ms", min),
        ("memory idle (MiB)", "idle_mib", min),
        ("memory peak (MiB)", "peak_mib", min),
    )
    print(f"\n{rounds} rounds each, {len(questions)} questions, {window} awaiting a reply; "
          "best of the rounds (median of the rounds)")  # fmt: skip
    print(f"| measure | {other} | {HERE} | this / other |")
    print("| --- | ---: | ---: | ---: |")
    for label, field, best in rows:
        theirs = [getattr(f, field) for f in runs[other]]
        ours = [getattr(f, field) for f in runs[HERE]]
        typical = statistics.median(ours) / statistics.median(theirs)
        print(
            f"| {label} | {best(theirs):,.2f} ({statistics.median(theirs):,.2f}) "
            f"| {best(ours):,.2f} ({statistics.median(ours):,.2f}) "
            f"| {best(ours) / best(theirs):.2f}x ({typical:.2f}x) |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--window", type=int, default=50, help="questions awaiting a reply")
    parser.add_argument("--against", type=Path, help="another checkout's bot to compare with")
    parser.add_argument("--rounds", type=int, default=5, help="passes of each bot (--against)")
    parser.add_argument("--profile", type=Path, help="record the loaded pass here (py-spy)")
    args = parser.parse_args()
    questions = questions_for(args.questions)
    if args.against is None:
        asyncio.run(measure(questions, args.window, HERE, show=True, profile=args.profile))
    else:
        asyncio.run(compare(questions, args.window, args.against.resolve(), args.rounds))


if __name__ == "__main__":
    main()
