"""A shard cluster: two `somos-bot run` processes, each with its own shards of one
SHARD_COUNT (and its own folder, as on two machines), against the fake Discord API and
one PostgreSQL server. A setting changed through one process is in force after the
shards are redistributed, and `somos-bot report` sees the unanswered questions of both.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

from tests.discord.process import run_environment
from tests.fake_discord import FakeChannel, FakeDiscord, FakeGuild, FakeUser
from tests.postgres import PASSWORD

TOKEN = "fake-token-Y2x1c3Rlci1zZWNyZXQ"
MANAGE_GUILD = 1 << 5
ROOT = Path(__file__).resolve().parents[2]


@asynccontextmanager
async def cluster(
    fake: FakeDiscord, url: str, folder: Path, splits: list[str], dev_guild: FakeGuild
) -> AsyncIterator[dict[str, str]]:
    """One `somos-bot run` per split of SHARD_IDS, each in its own folder (machine0,
    machine1…), all connected; yields, then stops them and fills in each one's output."""
    outputs: dict[str, str] = {}
    already = len(fake.identifies)
    async with AsyncExitStack() as stack:
        processes = []
        for number, shard_ids in enumerate(splits):
            home = folder / f"machine{number}"
            home.mkdir(exist_ok=True)
            env = run_environment(
                fake, TOKEN, home / "own.sqlite3",
                DATABASE_URL=url, SHARD_COUNT=str(fake.shard_count), SHARD_IDS=shard_ids,
                DEV_GUILD_ID=str(dev_guild.id),
            )  # fmt: skip
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=home, env=env,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
            stack.push_async_callback(_stopped, process, outputs, home.name)
            processes.append(process)
        await fake.wait_for_identifies(already + fake.shard_count, timeout=30)
        await asyncio.sleep(0.5)  # READY and GUILD_CREATE reach the bots
        yield outputs


async def _stopped(process: asyncio.subprocess.Process, outputs: dict[str, str], name: str) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), timeout=10)
        except TimeoutError:
            process.kill()
            await process.wait()
    assert process.stdout is not None
    outputs[name] = (await process.stdout.read()).decode()
    assert process.returncode == 0, outputs[name]


async def ask(fake: FakeDiscord, channel: FakeChannel, user: FakeUser, text: str) -> str:
    before = len(fake.sent_messages)
    await fake.send_message(channel, user, f"<@{fake.bot_user.id}> {text}")
    [reply] = (await fake.wait_for_messages(before + 1, timeout=10))[before:]
    return reply.embeds[0]["description"] if reply.embeds else reply.content


def shard_of(fake: FakeDiscord, guild: FakeGuild) -> int:
    return (guild.id >> 22) % fake.shard_count


async def test_two_processes_share_settings_and_the_unanswered_log(
    postgres_url: str, tmp_path: Path
):
    async with FakeDiscord(expected_token=TOKEN, shard_count=2) as fake:
        first = fake.add_guild("on shard 0", shard_id=0)
        second = fake.add_guild("on shard 1", shard_id=1)
        assert (shard_of(fake, first), shard_of(fake, second)) == (0, 1)
        general = {guild.id: fake.add_channel(guild, "general") for guild in (first, second)}
        alice, bob = fake.add_user("alice"), fake.add_user("bob")
        for guild in (first, second):
            fake.add_member(guild, alice)
            fake.add_member(guild, bob)

        async with cluster(fake, postgres_url, tmp_path, ["0", "1"], first) as before:
            # shard 0, and so the first server, is the first process's
            changed = await fake.send_slash_command(
                "settings language", {"language": "es"}, user=alice,
                channel=general[first.id], permissions=MANAGE_GUILD,
            )  # fmt: skip
            await fake.wait_for_interaction(changed.id, lambda r: bool(r.followups))
            await ask(fake, general[first.id], bob, "where was it filmed?")
            await ask(fake, general[second.id], bob, "what did imdb rate it?")
            await asyncio.sleep(0.3)  # the log is written after the reply

        # redistributed: the first server's shard now runs in the other process
        async with cluster(fake, postgres_url, tmp_path, ["1", "0"], first) as after:
            episode = await ask(fake, general[first.id], alice, "ep 2")
            other = await ask(fake, general[second.id], alice, "ep 2")
    assert sorted(tuple(record.shard or ()) for record in fake.identifies) == [
        (0, 2), (0, 2), (1, 2), (1, 2),
    ]  # fmt: skip
    assert "Shard ID 0 has connected" in before["machine0"]
    assert "Shard ID 0 has connected" in after["machine1"]  # moved to the other process
    assert "Shard ID 0 has connected" not in after["machine0"]
    assert episode.startswith("El episodio 2 de Somos."), episode  # the setting held
    assert other.startswith("Episode 2 of Somos."), other  # only where it was set

    report = subprocess.run(
        [sys.executable, "-m", "bot", "report"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={**os.environ, "DATABASE_URL": postgres_url, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("2 unanswered questions")
    assert "where was it filmed?" in report.stdout and "what did imdb rate it?" in report.stdout
    for output in [*before.values(), *after.values(), report.stdout + report.stderr]:
        assert "Traceback" not in output and PASSWORD not in output, output
