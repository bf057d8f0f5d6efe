"""Self-test of the fake Discord with a real discord.ext.commands.Bot defined here."""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from . import (
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeUser,
)

TOPICS = ["alpha", "beta", "gamma", "delta"]


def make_intents(*, message_content: bool = True, members: bool = True) -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = message_content
    intents.members = members
    return intents


class ButtonView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)

    @discord.ui.button(label="Press", custom_id="press-me")
    async def press(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_message("pressed", ephemeral=True)
        # discord.py's Client.close() does not cancel pending View timeout tasks.
        self.stop()


def add_test_commands(bot: commands.Bot) -> None:
    @bot.command()
    async def ping(ctx: commands.Context) -> None:
        await ctx.reply("pong")

    @bot.command()
    async def button(ctx: commands.Context) -> None:
        await ctx.send("click below", view=ButtonView())

    @bot.hybrid_command(name="topic", description="Look up a topic")
    @app_commands.describe(name="Topic name")
    async def topic(ctx: commands.Context, name: str) -> None:
        await ctx.send(f"topic: {name}")

    @topic.autocomplete("name")
    async def topic_autocomplete(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=t, value=t) for t in TOPICS if current.lower() in t]

    @bot.tree.command(name="slow", description="Defers, then follows up")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.edit_original_response(content="done thinking")
        await interaction.followup.send("and a followup")

    @bot.event
    async def on_message(message: discord.Message) -> None:
        if message.author.bot:
            return
        if bot.user in message.mentions:
            await message.channel.send(f"hello {message.author.mention}")
            return
        await bot.process_commands(message)


def make_bot(cls: type[commands.Bot] = commands.Bot, **kwargs: object) -> commands.Bot:
    options: dict[str, object] = {
        "command_prefix": "!",
        "intents": make_intents(),
        "help_command": None,
        # discord.py waits this long after the last GUILD_CREATE before on_ready (default 2s).
        "guild_ready_timeout": 0.1,
    }
    options.update(kwargs)
    bot = cls(**options)  # type: ignore[arg-type]
    add_test_commands(bot)
    return bot


class NoWaitShardedBot(commands.AutoShardedBot):
    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # The default sleeps 5 seconds before every non-initial IDENTIFY.
        return None


@dataclass
class World:
    guild: FakeGuild
    channel: FakeChannel
    alice: FakeUser


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    tasks_before = asyncio.all_tasks()
    async with FakeDiscord() as server:
        yield server
    assert server.unknown_requests == [], [r.path for r in server.unknown_requests]
    current = asyncio.current_task()
    leaked = [t for t in asyncio.all_tasks() - tasks_before if not t.done() and t is not current]
    assert leaked == []


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    guild = fake.add_guild("Somos Fans")
    channel = fake.add_channel(guild, "general")
    alice = fake.add_user("alice")
    fake.add_member(guild, alice)
    return World(guild, channel, alice)


async def test_startup_requests_and_identify(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        assert bot.user is not None and bot.user.id == fake.bot_user.id
        assert bot.application_id == fake.application_id
        cached = bot.get_guild(world.guild.id)
        assert cached is not None and cached.name == "Somos Fans"
        assert cached.get_channel(world.channel.id) is not None
        assert cached.me is not None
        assert cached.get_member(world.alice.id) is not None
        assert cached.owner_id == fake.owner.id
        assert (await bot.application_info()).owner.id == fake.owner.id
    routes = [r.route for r in fake.requests]
    assert routes[:2] == ["GET /users/@me", "GET /oauth2/applications/@me"]
    [identify] = fake.identifies
    assert identify.token == "fake-token"
    assert identify.intents == make_intents().value
    assert identify.shard is None
    assert identify.query["encoding"] == "json"
    assert identify.query["v"] == "10"
    assert "Authorization" not in fake.requests[0].headers
    # discord.py heartbeats right after HELLO, then IDENTIFYs
    assert [f.op for f in fake.frames if f.direction == "in"][:2] == [1, 2]
    # members intent => discord.py chunked the guild at start-up over op 8
    assert [int(r["guild_id"]) for r in fake.member_requests] == [world.guild.id]


async def test_prefix_command_answered(fake: FakeDiscord, world: World) -> None:
    async with fake.run_bot(make_bot()):
        sent = await fake.send_message(world.channel, world.alice, "!ping")
        [reply] = await fake.wait_for_messages(1, timeout=5)
    assert reply.content == "pong"
    assert reply.channel_id == world.channel.id
    assert reply.reference_id == int(sent["id"])
    assert reply.request.headers["Content-Type"] == "application/json"


async def test_mention_answered(fake: FakeDiscord, world: World) -> None:
    async with fake.run_bot(make_bot()):
        await fake.send_message(world.channel, world.alice, f"{fake.bot_user.mention} hi there")
        [reply] = await fake.wait_for_messages(1)
    assert reply.content == f"hello {world.alice.mention}"


async def test_dm_prefix_command(fake: FakeDiscord, world: World) -> None:
    async with fake.run_bot(make_bot()) as bot:
        await fake.send_dm(world.alice, "!ping")
        [reply] = await fake.wait_for_messages(1)
        assert reply.channel_id == fake.dm_channel(world.alice).id
        user = bot.get_user(world.alice.id)
        assert user is not None
        start = len(fake.sent_messages)
        await user.send("a direct message")  # POST /users/@me/channels, then the message
        dm = await fake.wait_for_message(start=start)
    assert dm.content == "a direct message"
    assert dm.channel_id == fake.dm_channel(world.alice).id


async def test_slash_command_registered_after_sync(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        guild = discord.Object(world.guild.id)
        bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
    names = sorted(c["name"] for c in fake.commands(world.guild))
    assert names == ["slow", "topic"]
    assert sorted(c.name for c in synced) == names
    topic = next(c for c in fake.commands(world.guild) if c["name"] == "topic")
    assert topic["options"][0]["name"] == "name"
    assert topic["options"][0]["autocomplete"] is True
    assert {c.id for c in synced} == {int(c["id"]) for c in fake.commands(world.guild)}
    assert fake.commands() == []  # nothing global
    [(scope, payload)] = fake.command_syncs
    assert scope == world.guild.id and len(payload) == 2


async def test_slash_command_interaction_answered(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        guild = discord.Object(world.guild.id)
        bot.tree.copy_global_to(guild=guild)
        await bot.tree.sync(guild=guild)
        interaction = await fake.send_slash_command(
            "topic", {"name": "beta"}, user=world.alice, channel=world.channel
        )
        response = await fake.wait_for_interaction_response(interaction.id)
    assert response.type == 4
    assert response.content == "topic: beta"
    assert not response.ephemeral
    assert interaction.payload["data"]["guild_id"] == str(world.guild.id)


async def test_autocomplete_answered_with_choices(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        await bot.tree.sync()
        interaction = await fake.send_autocomplete(
            "topic", {"name": "ta"}, "name", user=world.alice, channel=world.channel
        )
        response = await fake.wait_for_interaction_response(interaction.id)
    assert response.type == 8
    assert response.choices == [
        {"name": "beta", "value": "beta"},
        {"name": "delta", "value": "delta"},
    ]


async def test_deferred_response_edit_and_followup(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        await bot.tree.sync()
        interaction = await fake.send_slash_command("slow", user=world.alice, channel=world.channel)
        record = await fake.wait_for_interaction(interaction.id, lambda r: bool(r.followups))
    assert record.response is not None and record.response.type == 5
    assert [e.content for e in record.edits] == ["done thinking"]
    assert record.final_content() == "done thinking"
    assert [f.content for f in record.followups] == ["and a followup"]


async def test_component_click(fake: FakeDiscord, world: World) -> None:
    async with fake.run_bot(make_bot()):
        await fake.send_message(world.channel, world.alice, "!button")
        [with_view] = await fake.wait_for_messages(1)
        assert with_view.components[0]["components"][0]["custom_id"] == "press-me"
        interaction = await fake.send_component_interaction(with_view, "press-me", user=world.alice)
        response = await fake.wait_for_interaction_response(interaction.id)
    assert response.type == 4
    assert response.content == "pressed"
    assert response.ephemeral


async def test_sharded_bot_identifies_each_shard(fake: FakeDiscord) -> None:
    fake.shard_count = 2
    alice = fake.add_user("alice")
    channels = []
    for shard_id in (0, 1):
        guild = fake.add_guild(f"guild-{shard_id}", shard_id=shard_id)
        fake.add_member(guild, alice)
        channels.append(fake.add_channel(guild, "general"))
    bot = make_bot(NoWaitShardedBot, shard_count=2)
    async with fake.run_bot(bot):
        assert sorted(i.shard for i in fake.identifies) == [[0, 2], [1, 2]]
        assert len(bot.guilds) == 2
        for shard_id, channel in enumerate(channels):
            start = len(fake.sent_messages)
            await fake.send_message(channel, alice, "!ping")
            reply = await fake.wait_for_message(start=start)
            assert reply.channel_id == channel.id
            [event] = [
                f
                for f in fake.frames
                if f.t == "MESSAGE_CREATE"
                and f.d["channel_id"] == str(channel.id)
                and f.d["author"]["id"] == str(alice.id)
            ]
            assert event.shard_id == shard_id
    # shard_count was given, so discord.py never asked /gateway/bot
    assert fake.requests_to("GET", "/gateway/bot") == []


async def test_sharded_bot_asks_gateway_bot(fake: FakeDiscord) -> None:
    fake.shard_count = 2
    bot = make_bot(NoWaitShardedBot)
    async with fake.run_bot(bot):
        assert bot.shard_count == 2
    assert len(fake.requests_to("GET", "/gateway/bot")) == 1
    assert sorted(i.shard for i in fake.identifies) == [[0, 2], [1, 2]]
    assert {i.path for i in fake.identifies} == {"/gateway"}


async def test_bot_close_is_clean(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    tasks_before = asyncio.all_tasks()
    async with fake.run_bot(bot):
        await fake.send_message(world.channel, world.alice, "!ping")
        await fake.wait_for_messages(1)
    assert bot.is_closed()
    assert fake.gateway.open_connections == []
    leaked = [t for t in asyncio.all_tasks() - tasks_before if not t.done()]
    assert leaked == []
    for thread in threading.enumerate():
        if thread.name.startswith("keep-alive-handler"):
            thread.join(timeout=2)
            assert not thread.is_alive()


async def test_rate_limited_post_is_retried(fake: FakeDiscord, world: World) -> None:
    rule = fake.faults.fail_next("POST", r"/channels/\d+/messages", status=429, retry_after=0.05)
    async with fake.run_bot(make_bot()):
        await fake.send_message(world.channel, world.alice, "!ping")
        [reply] = await fake.wait_for_messages(1)
    assert reply.content == "pong"
    posts = fake.requests_to("POST", "/channels/{channel_id}/messages")
    assert [p.status for p in posts] == [429, 200]
    assert rule.exhausted


async def test_enforced_nonce_returns_the_first_message(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        first = await channel.send("once", nonce=1234)
        again = await channel.send("once more?", nonce=1234)
        other = await channel.send("another", nonce=5678)
        plain = await channel.send("no nonce given")  # discord.py picks a fresh one
    assert again.id == first.id and again.content == "once"
    assert len({first.id, other.id, plain.id}) == 3
    assert [m.content for m in fake.sent_messages] == ["once", "another", "no nonce given"]
    posts = fake.requests_to("POST", "/channels/{channel_id}/messages")
    assert all(p.json["enforce_nonce"] is True for p in posts)


async def test_nonce_is_only_enforced_when_asked(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        route = discord.http.Route(
            "POST", "/channels/{channel_id}/messages", channel_id=world.channel.id
        )
        body = {"content": "hi", "nonce": "42"}
        first = await bot.http.request(route, json=body)
        second = await bot.http.request(route, json=body)
    assert first["id"] != second["id"] and len(fake.sent_messages) == 2


async def test_fault_after_handling_creates_the_message(fake: FakeDiscord, world: World) -> None:
    rule = fake.faults.fail_next("POST", "/channels/{channel_id}/messages", status=503, after=True)
    bot = make_bot()
    async with fake.run_bot(bot):
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.DiscordServerError) as failed:
            await channel.send("did it arrive?", nonce=99)
        assert failed.value.status == 503
        [created] = fake.sent_messages  # it did: Discord failed after doing the work
        retried = await channel.send("did it arrive?", nonce=99)
    assert retried.id == created.id and len(fake.sent_messages) == 1
    assert rule.exhausted and rule.describe().startswith("503 after handling")


async def test_disconnect_fault_gives_no_answer(fake: FakeDiscord, world: World) -> None:
    fake.faults.fail_next("POST", "/channels/{channel_id}/messages", disconnect=True)
    fake.faults.fail_next("POST", "/channels/{channel_id}/messages", disconnect=True, after=True)
    bot = make_bot()
    async with fake.run_bot(bot):
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(aiohttp.ClientConnectionError):
            await channel.send("lost on the way", nonce=1)
        assert fake.sent_messages == []
        with pytest.raises(aiohttp.ClientConnectionError):
            await channel.send("made, but no answer", nonce=2)
        [made] = fake.sent_messages
        assert (await channel.send("made, but no answer", nonce=2)).id == made.id
    assert all(rule.exhausted for rule in fake.faults.rules)


async def test_reconnect_resumes_and_replays(fake: FakeDiscord, world: World) -> None:
    async with fake.run_bot(make_bot()):
        await fake.request_reconnect(0)
        # sent while the bot may be reconnecting: kept in the session backlog, replayed on RESUME
        await fake.send_message(world.channel, world.alice, "!ping")
        await fake.wait_until(lambda: fake.resumes, what="RESUME")
        [reply] = await fake.wait_for_messages(1)
    assert reply.content == "pong"
    assert len(fake.identifies) == 1
    assert len(fake.resumes) == 1
    # the MESSAGE_CREATE queued behind op 7 was lost with the old socket and replayed
    assert [f.t for f in fake.frames if f.direction == "replay"] == ["MESSAGE_CREATE"]


async def test_compressed_frames() -> None:
    async with FakeDiscord(compress_frames=True) as fake:
        guild = fake.add_guild()
        channel = fake.add_channel(guild, "general")
        alice = fake.add_user("alice")
        fake.add_member(guild, alice)
        async with fake.run_bot(make_bot()):
            await fake.send_message(channel, alice, "!ping")
            [reply] = await fake.wait_for_messages(1)
        assert reply.content == "pong"
        assert fake.identifies[0].query["compress"] in ("zlib-stream", "zstd-stream")


async def test_message_content_intent_enforced(fake: FakeDiscord, world: World) -> None:
    bot = make_bot(intents=make_intents(message_content=False, members=False))
    seen: list[str] = []
    got_two = asyncio.Event()

    @bot.listen("on_message")
    async def remember(message: discord.Message) -> None:
        if not message.author.bot:
            seen.append(message.content)
            if len(seen) == 2:
                got_two.set()

    async with fake.run_bot(bot):
        await fake.send_message(world.channel, world.alice, "!ping")
        await fake.send_message(world.channel, world.alice, f"{fake.bot_user.mention} hey")
        await asyncio.wait_for(got_two.wait(), 5)
        [reply] = await fake.wait_for_messages(1)  # only the mention was answered
    assert reply.content == f"hello {world.alice.mention}"
    assert seen == ["", f"{fake.bot_user.mention} hey"]
    assert fake.member_requests == []


async def test_payload_validation_and_unknown_route(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.HTTPException) as too_long:
            await channel.send("x" * 2001)
        assert too_long.value.status == 400 and too_long.value.code == 50035
        with pytest.raises(discord.NotFound):
            await bot.http.request(discord.http.Route("GET", "/does/not/exist"))
    [unknown] = fake.unknown_requests
    assert unknown.path == "/does/not/exist" and unknown.status == 404
    fake.requests.remove(unknown)  # the fixture asserts there are no unknown routes


async def test_message_edit_reaction_typing_delete(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        message = await channel.send("first", embed=discord.Embed(title="t", description="d"))
        edited = await message.edit(content="second")
        await message.add_reaction("\N{THUMBS UP SIGN}")
        await channel.typing()
        fetched = await channel.fetch_message(message.id)
        await message.delete()
        await fake.wait_until(
            lambda: [f for f in fake.frames if f.t == "MESSAGE_DELETE"], what="MESSAGE_DELETE echo"
        )
    assert edited.content == "second" and fetched.content == "second"
    [sent] = fake.sent_messages
    assert sent.embeds[0]["title"] == "t"
    assert [e.payload["content"] for e in fake.edited_messages] == ["second"]
    assert fake.reactions == [("add", world.channel.id, message.id, "\N{THUMBS UP SIGN}")]
    assert fake.typing == [world.channel.id]
    assert fake.deleted_messages == [(world.channel.id, message.id)]
    echoed = [
        f.t for f in fake.frames if f.direction == "out" and f.t and f.t.startswith("MESSAGE")
    ]
    assert echoed == ["MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE"]


async def test_file_upload_is_recorded(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        message = await channel.send("see file", file=discord.File(io.BytesIO(b"hello"), "a.txt"))
    [sent] = fake.sent_messages
    assert sent.payload["content"] == "see file"
    assert [(f.filename, f.data) for f in sent.files] == [("a.txt", b"hello")]
    assert message.attachments[0].filename == "a.txt" and message.attachments[0].size == 5


async def test_wrong_token_fails_login() -> None:
    async with FakeDiscord(expected_token="right-token") as fake:
        with pytest.raises(discord.LoginFailure):
            async with fake.run_bot(make_bot(), "wrong-token"):
                pass
        assert fake.requests[0].status == 401


async def test_disallowed_intents_close_4014() -> None:
    async with FakeDiscord(disallowed_intents=discord.Intents(message_content=True).value) as fake:
        with pytest.raises(discord.PrivilegedIntentsRequired):
            async with fake.run_bot(make_bot()):
                pass


async def test_late_interaction_response_is_rejected(world: World, fake: FakeDiscord) -> None:
    fake.interaction_deadline = 0.0
    bot = make_bot()
    async with fake.run_bot(bot):
        await bot.tree.sync()
        await fake.send_slash_command(
            "topic", {"name": "x"}, user=world.alice, channel=world.channel
        )
        late = await fake.wait_for_request(
            "POST", "/interactions/{interaction_id}/{token}/callback"
        )
    assert late.status == 404 and late.response["code"] == 10062


async def test_slash_command_in_dm(fake: FakeDiscord, world: World) -> None:
    bot = make_bot()
    async with fake.run_bot(bot):
        await bot.tree.sync()  # global
        dm = fake.dm_channel(world.alice)
        interaction = await fake.send_slash_command(
            "topic", {"name": "dm"}, user=world.alice, channel=dm
        )
        response = await fake.wait_for_interaction_response(interaction.id)
    assert response.content == "topic: dm"
    assert "guild_id" not in interaction.payload
    assert interaction.payload["user"]["id"] == str(world.alice.id)
    assert interaction.shard_id == 0


def test_command_localizations_are_validated_like_discord():
    from tests.fake_discord.validation import validate_commands

    def command(**fields):
        return [{"name": "ask", "description": "Ask", "type": 1, **fields}]

    assert validate_commands(command(name_localizations={"es-ES": "preguntar"})) is None
    for bad in (
        {"name_localizations": {"es": "preguntar"}},  # not a locale Discord knows
        {"name_localizations": {"es-ES": "Preguntar Algo"}},  # capitals and a space
        {"description_localizations": {"es-419": "x" * 101}},
        {"options": [{"name": "q", "description": "d", "type": 3,
                      "name_localizations": {"es-ES": ""}}]},
    ):  # fmt: skip
        body = validate_commands(command(**bad))
        assert body is not None and body["code"] == 50035, bad
