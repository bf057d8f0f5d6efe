"""Load: questions through the fake Discord gateway to `somos-bot run`, as fast as it takes them.

Run: .venv/bin/python -m bench.load   (--questions 1000 --window 50)

The bot runs exactly as shipped, in its own process, pointed at the fake
Discord of the tests. Questions (the English question banks) come from 100
people in 50 channels and DMs, as mentions. Two passes: one question at a
time (the time a lone asker waits), then `--questions` with up to `--window`
awaiting a reply (throughput; the wait then includes the queue). Prints
replies per second, p50/p99 time from the gateway event to the reply reaching
the API, and the bot process's memory idle and at its peak, next to the
engine alone answering the same questions in one process (the baseline).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bot.engine import Engine
from tests.banks.check import load_bank
from tests.discord.process import run_environment
from tests.fake_discord import FakeChannel, FakeDiscord, FakeUser

TOKEN = "load-test-token"
PEOPLE = 100
CHANNELS = 50
DM_EVERY = 10  # one question in ten is a DM
LONE_QUESTIONS = 200


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


async def start_bot(fake: FakeDiscord, folder: Path) -> asyncio.subprocess.Process:
    env = run_environment(
        fake,
        TOKEN,
        folder / "load.sqlite3",
        LOG_LEVEL="WARNING",
        USER_RATE="1000000",
        CHANNEL_RATE="1000000",
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


async def measure(count: int, window: int) -> None:
    bank = [q.text for name in ("en.toml", "en_holdout.toml") for q in load_bank(name)]
    questions = [bank[n % len(bank)] for n in range(count)]
    async with FakeDiscord(expected_token=TOKEN) as fake:
        guild = fake.add_guild("Load")
        channels = [fake.add_channel(guild, f"room-{n}") for n in range(CHANNELS + 12)]
        people = [fake.add_user(f"fan{n}") for n in range(PEOPLE)]
        for person in people:
            fake.add_member(guild, person)
        with tempfile.TemporaryDirectory() as folder:
            process = await start_bot(fake, Path(folder))
            try:
                # Each pass in its own channels, so no answer points back to another pass.
                warm = Load(fake, people, channels[-2:])
                await warm.run(["who plays Irene?"] * 20, window)  # ready, and warmed up
                idle_kib = memory_kib(process.pid, "VmRSS")
                alone = Load(fake, people, channels[-12:-2])
                await alone.run(questions[:LONE_QUESTIONS], window=1)
                cpu_before = cpu_seconds(process.pid)
                load = Load(fake, people, channels[:CHANNELS])
                elapsed = await load.run(questions, window)
                cpu = cpu_seconds(process.pid) - cpu_before
                peak_kib = memory_kib(process.pid, "VmHWM")
            finally:
                process.terminate()
                await process.wait()
    lone_ms = latencies_ms(fake, alone)
    print(f"one at a time, p50 / p99      {statistics.median(lone_ms):.1f} / "
          f"{percentile(lone_ms, 0.99):.1f} ms  ({len(lone_ms)} questions)")  # fmt: skip
    report(fake, load, questions, elapsed, cpu, idle_kib, peak_kib)


def latencies_ms(fake: FakeDiscord, load: Load) -> list[float]:
    """Gateway event to reply, for each reply to a question of this pass."""
    return [
        (reply.request.timestamp - load.sent_at[reply.reference_id]) * 1000
        for reply in fake.sent_messages
        if reply.reference_id in load.sent_at
    ]


def report(
    fake: FakeDiscord,
    load: Load,
    questions: list[str],
    elapsed: float,
    cpu: float,
    idle_kib: int,
    peak_kib: int,
) -> None:
    replies = fake.sent_messages[load.first_reply :]
    per_question = Counter(reply.reference_id for reply in replies)
    waits = latencies_ms(fake, load)
    pointers = sum("just a moment ago" in (reply.content or "") for reply in replies)
    engine = Engine.from_directory()
    started = time.perf_counter()
    for text in questions:
        engine.answer(text)
    engine_rate = len(questions) / (time.perf_counter() - started)
    rate = len(replies) / elapsed
    lost = len(load.sent_at) - len(per_question)
    doubled = sum(count > 1 for count in per_question.values())
    print(f"questions sent                {len(questions)} ({len(load.sent_at)} recorded)")
    print(f"replies                       {len(replies)} (lost {lost}, doubled {doubled}, "
          f"{pointers} pointers to an earlier answer)")  # fmt: skip
    print(f"replies per second            {rate:,.0f}  (wall {elapsed:.2f} s)")
    print(f"under load, p50 / p99         {statistics.median(waits):.1f} / "
          f"{percentile(waits, 0.99):.1f} ms  ({load.window} awaiting a reply)")  # fmt: skip
    print(f"bot CPU per question          {cpu / len(questions) * 1000:.2f} ms")
    print(f"bot memory idle / peak        {idle_kib / 1024:.0f} / {peak_kib / 1024:.0f} MiB "
          f"({peak_kib / idle_kib:.2f}x)")  # fmt: skip
    print(f"engine alone, per second      {engine_rate:,.0f}  "
          f"(the bot end to end is {engine_rate / rate:.0f}x slower)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--window", type=int, default=50, help="questions awaiting a reply")
    args = parser.parse_args()
    asyncio.run(measure(args.questions, args.window))


if __name__ == "__main__":
    main()
