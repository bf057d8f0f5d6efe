"""FakeDiscord: an in-process fake of Discord's REST API and gateway for tests.

Typical use::

    async with FakeDiscord() as fake:
        guild = fake.add_guild("Test guild")
        channel = fake.add_channel(guild, "general")
        alice = fake.add_user("alice")
        fake.add_member(guild, alice)
        async with fake.run_bot(bot):
            await fake.send_message(channel, alice, "!ping")
            [reply] = await fake.wait_for_messages(1)
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import re
import secrets
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from .faults import FaultInjector
from .gateway import GatewayServer, GatewaySession
from .models import (
    CHANNEL_DM,
    CHANNEL_GROUP_DM,
    CHANNEL_TEXT,
    DEFAULT_PERMISSIONS,
    INTENT_DIRECT_MESSAGES,
    INTENT_GUILD_MESSAGES,
    INTENT_MESSAGE_CONTENT,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    SnowflakeGenerator,
    iso_now,
)
from .records import (
    GatewayFrame,
    IdentifyRecord,
    InteractionRecord,
    InteractionResponseRecord,
    RecordedMessage,
    RecordedRequest,
)
from .rest import RestApi

_log = logging.getLogger(__name__)

T = TypeVar("T")

API_PREFIX = "/api/v10"
GATEWAY_PATH = "/gateway"
RESUME_GATEWAY_PATH = "/resume-gateway"
NONCE_WINDOW = 300.0  # seconds a message create's enforced nonce is remembered

INTERACTION_PING = 1
INTERACTION_APPLICATION_COMMAND = 2
INTERACTION_MESSAGE_COMPONENT = 3
INTERACTION_AUTOCOMPLETE = 4
INTERACTION_MODAL_SUBMIT = 5

# Names discord.py gives its fire-and-forget tasks (events, app commands, views).
_BOT_TASK_PREFIXES = ("discord.py: ", "CommandTree-invoker", "discord-ui-view-dispatch-")

_MENTION_USER = re.compile(r"<@!?(\d+)>")
_MENTION_ROLE = re.compile(r"<@&(\d+)>")


def _lookup(table: Mapping[int, T], key: int, what: str) -> T:
    """Public helpers also take plain ids; an unknown one is the test's mistake."""
    try:
        return table[int(key)]
    except KeyError:
        raise LookupError(f"unknown {what} {key}") from None


@dataclass
class _Waiter:
    predicate: Callable[[], Any]
    future: asyncio.Future[Any]


@dataclass
class DroppedEvent:
    """An event the fake did not deliver because the bot lacks the intent."""

    event: str
    shard_id: int
    reason: str
    data: dict[str, Any]


class FakeDiscord:
    """A fake Discord (REST + gateway) on 127.0.0.1 with a random free port."""

    def __init__(
        self,
        *,
        bot_name: str = "FakeBot",
        bot_id: int | None = None,
        application_id: int | None = None,
        owner_id: int | None = None,
        shard_count: int = 1,
        heartbeat_interval: float = 41.25,
        expected_token: str | None = None,
        disallowed_intents: int = 0,
        application_flags: int = 0,
        compress_frames: bool = False,
        enforce_intents: bool = True,
        echo_bot_messages: bool = True,
        validate_payloads: bool = True,
        interaction_deadline: float | None = None,
    ) -> None:
        """Configure the fake; nothing listens until :meth:`start`.

        ``expected_token``: when set, other tokens get 401 / gateway close 4004.
        ``disallowed_intents``: intent bits whose IDENTIFY gets close 4014.
        ``compress_frames``: send zlib-stream binary frames when the bot asks
        for ``compress=zlib-stream`` (otherwise plain JSON text frames).
        ``enforce_intents``: drop MESSAGE_CREATE without GUILD_MESSAGES /
        DIRECT_MESSAGES and blank message content without MESSAGE_CONTENT, as
        Discord does.
        ``echo_bot_messages``: dispatch MESSAGE_CREATE/UPDATE/DELETE for the
        bot's own REST message operations, as Discord does.
        ``interaction_deadline``: seconds after which an interaction callback
        answers 404 Unknown interaction (Discord: 3); None disables it.
        """
        self.snowflakes = SnowflakeGenerator()
        self.bot_user = FakeUser(
            id=bot_id or self.snowflakes.next(), username=bot_name, global_name=None, bot=True
        )
        self.application_id: int = application_id or self.bot_user.id
        self.shard_count = shard_count
        self.heartbeat_interval = heartbeat_interval
        self.expected_token = expected_token
        self.disallowed_intents = disallowed_intents
        self.application_flags = application_flags
        self.compress_frames = compress_frames
        self.enforce_intents = enforce_intents
        self.echo_bot_messages = echo_bot_messages
        self.validate_payloads = validate_payloads
        self.interaction_deadline = interaction_deadline

        # configured world
        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user}
        self.guilds: dict[int, FakeGuild] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.dm_channels: dict[int, FakeChannel] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.owner = self.add_user("app-owner", id=owner_id)

        # records
        self.requests: list[RecordedRequest] = []
        self.identifies: list[IdentifyRecord] = []
        self.resumes: list[dict[str, Any]] = []
        self.frames: list[GatewayFrame] = []
        self.presence_updates: list[Any] = []
        self.member_requests: list[dict[str, Any]] = []
        self.sent_messages: list[RecordedMessage] = []
        self.edited_messages: list[RecordedMessage] = []
        self.deleted_messages: list[tuple[int, int]] = []
        self.typing: list[int] = []
        self.reactions: list[tuple[str, int, int, str]] = []
        self.user_messages: list[dict[str, Any]] = []
        self.dropped_events: list[DroppedEvent] = []
        self.synced_commands: dict[int | None, list[dict[str, Any]]] = {}
        self.command_syncs: list[tuple[int | None, list[dict[str, Any]]]] = []
        self.interactions: dict[int, InteractionRecord] = {}
        # (channel id, nonce) -> (when, message id) of messages created with enforce_nonce
        self._nonces: dict[tuple[int, str], tuple[float, int]] = {}
        self._command_ids: dict[tuple[int | None, int, str], int] = {}

        self.faults = FaultInjector()
        self.gateway = GatewayServer(self)
        self.rest = RestApi(self)

        self._waiters: list[_Waiter] = []
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # ================================================================ lifecycle

    async def start(self) -> None:
        """Start listening on 127.0.0.1:<random free port>."""
        if self._runner is not None:
            raise RuntimeError("FakeDiscord already started")
        app = web.Application(middlewares=[self.rest.middleware], client_max_size=64 * 1024 * 1024)
        app.router.add_get(GATEWAY_PATH, self.gateway.handle)
        app.router.add_get(RESUME_GATEWAY_PATH, self.gateway.handle)
        self.rest.add_routes(app.router, API_PREFIX)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=2.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        self._port = runner.addresses[0][1]

    async def stop(self) -> None:
        """Close every websocket and stop the server. Idempotent."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        await self.gateway.close_all()
        await runner.cleanup()
        for waiter in self._waiters:
            if not waiter.future.done():
                waiter.future.cancel()
        self._waiters.clear()

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeDiscord is not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """Value for ``discord.http.Route.BASE``."""
        return f"{self.base_url}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """Value for ``DiscordWebSocket.DEFAULT_GATEWAY`` (and /gateway/bot's url)."""
        return f"ws://127.0.0.1:{self.port}{GATEWAY_PATH}"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{RESUME_GATEWAY_PATH}"

    @contextlib.contextmanager
    def patch_discord(self) -> Iterator[None]:
        """Point discord.py (process-wide) at this fake; restores on exit."""
        route = discord.http.Route
        ws_class = discord.gateway.DiscordWebSocket
        old_base, old_gateway = route.BASE, ws_class.DEFAULT_GATEWAY
        route.BASE = self.api_base
        ws_class.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            route.BASE = old_base
            ws_class.DEFAULT_GATEWAY = old_gateway

    @contextlib.asynccontextmanager
    async def run_bot(
        self,
        bot: discord.Client,
        token: str = "fake-token",
        *,
        ready_timeout: float = 10.0,
        close_timeout: float = 10.0,
        drain_timeout: float = 2.0,
    ) -> AsyncIterator[discord.Client]:
        """Run ``bot.start(token)`` against the fake until the bot is ready.

        On exit: discord.py's in-flight handler tasks get ``drain_timeout``
        seconds to finish, the bot is closed, its task awaited, and the fake
        waits until the bot's websockets are gone. Errors of the bot task propagate.
        """
        with self.patch_discord():
            task = asyncio.create_task(bot.start(token), name="fake-discord-bot")
            try:
                await self.wait_for_bot_ready(bot, task, timeout=ready_timeout)
                yield bot
            finally:
                await self.close_bot(bot, task, timeout=close_timeout, drain_timeout=drain_timeout)

    async def wait_for_bot_ready(
        self, bot: discord.Client, task: asyncio.Task[Any], *, timeout: float = 10.0
    ) -> None:
        """Wait until ``bot`` (started as ``task``) is ready; raise if it dies first."""
        deadline = time.monotonic() + timeout
        task.add_done_callback(lambda _t: self._notify())
        start = len(self.requests)

        def login_started() -> bool:
            return task.done() or any(r.route == "GET /users/@me" for r in self.requests[start:])

        # Client._ready exists once login began (it is created just before GET /users/@me).
        await self.wait_until(login_started, timeout=timeout, what="the bot to log in")
        if not task.done():
            waiter = asyncio.ensure_future(bot.wait_until_ready())
            remaining = max(0.01, deadline - time.monotonic())
            done, _ = await asyncio.wait(
                {task, waiter}, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
            )
            if waiter not in done:
                waiter.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await waiter
        if task.done():
            task.result()  # re-raises the bot's error (LoginFailure, PrivilegedIntentsRequired)
            raise RuntimeError("bot.start() returned before the bot became ready")
        if not bot.is_ready():
            raise TimeoutError(f"bot not ready after {timeout}s; {self.describe()}")

    async def drain_bot_tasks(self, timeout: float = 2.0) -> list[asyncio.Task[Any]]:
        """Wait for discord.py's in-flight event/command/view tasks; return stragglers.

        discord.py runs every event handler, app command and view callback as a
        fire-and-forget task that ``Client.close()`` neither awaits nor cancels.
        """
        current = asyncio.current_task()
        pending = [
            t
            for t in asyncio.all_tasks()
            if t is not current and not t.done() and t.get_name().startswith(_BOT_TASK_PREFIXES)
        ]
        if not pending:
            return []
        _, still = await asyncio.wait(pending, timeout=timeout)
        if still:
            _log.warning("bot tasks still running at shutdown: %s", [t.get_name() for t in still])
        return list(still)

    async def close_bot(
        self,
        bot: discord.Client,
        task: asyncio.Task[Any],
        *,
        timeout: float = 10.0,
        drain_timeout: float = 2.0,
    ) -> None:
        """Drain the bot's handler tasks, close it, await start() and its websockets' end."""
        if not task.done():
            await self.drain_bot_tasks(drain_timeout)
        try:
            await asyncio.wait_for(bot.close(), timeout)
            await asyncio.wait_for(asyncio.shield(task), timeout)
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        await self.wait_until(
            lambda: not self.gateway.open_connections,
            timeout=timeout,
            what="the bot's websockets to close",
        )

    # ============================================================ configuration

    def new_id(self) -> int:
        return self.snowflakes.next()

    def message_with_nonce(self, channel_id: int, nonce: str) -> dict[str, Any] | None:
        """The message created in the channel with this enforced nonce within
        NONCE_WINDOW seconds (Discord: "the past few minutes"), if it still exists."""
        found = self._nonces.get((channel_id, nonce))
        if found is None or time.monotonic() - found[0] > NONCE_WINDOW:
            return None
        return self.messages.get(found[1])

    def remember_nonce(self, channel_id: int, nonce: str, message_id: int) -> None:
        self._nonces[(channel_id, nonce)] = (time.monotonic(), message_id)

    def add_user(
        self,
        username: str,
        *,
        id: int | None = None,
        bot: bool = False,
        global_name: str | None = None,
    ) -> FakeUser:
        user = FakeUser(id=id or self.new_id(), username=username, global_name=global_name, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(
        self,
        name: str = "Test Guild",
        *,
        id: int | None = None,
        owner: FakeUser | int | None = None,
        shard_id: int | None = None,
        everyone_permissions: int = DEFAULT_PERMISSIONS,
        bot_permissions: int = DEFAULT_PERMISSIONS,
        features: Sequence[str] = (),
        bot_installed: bool = True,
    ) -> FakeGuild:
        """Create a guild the bot is in (with @everyone, a bot role and the bot member).

        ``bot_installed=False``: a guild the bot is not in, reached only by interactions
        from a user's own install of the app (no gateway events, REST answers 403).

        ``shard_id`` picks an id that lands on that shard of ``self.shard_count``.
        """
        if id is None:
            id = self.snowflakes.next(shard_id=shard_id, shard_count=self.shard_count)
        owner_user = self._user(owner) if owner is not None else self.owner
        guild = FakeGuild(
            id=id,
            name=name,
            owner_id=owner_user.id,
            features=list(features),
            bot_installed=bot_installed,
        )
        guild.roles[id] = FakeRole(id=id, name="@everyone", permissions=everyone_permissions)
        if bot_installed:
            bot_role = FakeRole(
                id=self.new_id(),
                name=self.bot_user.username,
                permissions=bot_permissions,
                position=1,
                managed=True,
                bot_id=self.bot_user.id,
            )
            guild.roles[bot_role.id] = bot_role
            guild.members[self.bot_user.id] = FakeMember(self.bot_user, roles=[bot_role.id])
        guild.members[owner_user.id] = FakeMember(owner_user)
        self.guilds[id] = guild
        return guild

    def add_channel(
        self,
        guild: FakeGuild | int,
        name: str,
        *,
        id: int | None = None,
        type: int = CHANNEL_TEXT,
        topic: str | None = None,
        parent: FakeChannel | int | None = None,
        nsfw: bool = False,
    ) -> FakeChannel:
        g = self._guild(guild)
        channel = FakeChannel(
            id=id or self.new_id(),
            name=name,
            type=type,
            guild_id=g.id,
            position=len(g.channels),
            topic=topic,
            parent_id=parent.id if isinstance(parent, FakeChannel) else parent,
            nsfw=nsfw,
        )
        g.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    def add_role(
        self,
        guild: FakeGuild | int,
        name: str,
        *,
        permissions: int = 0,
        id: int | None = None,
        mentionable: bool = True,
    ) -> FakeRole:
        g = self._guild(guild)
        role = FakeRole(
            id=id or self.new_id(),
            name=name,
            permissions=permissions,
            position=len(g.roles),
            mentionable=mentionable,
        )
        g.roles[role.id] = role
        return role

    def add_member(
        self,
        guild: FakeGuild | int,
        user: FakeUser | int,
        *,
        roles: Sequence[FakeRole | int] = (),
        nick: str | None = None,
    ) -> FakeMember:
        g = self._guild(guild)
        u = self._user(user)
        member = FakeMember(
            u, roles=[r.id if isinstance(r, FakeRole) else r for r in roles], nick=nick
        )
        g.members[u.id] = member
        return member

    def dm_channel(self, user: FakeUser | int) -> FakeChannel:
        """The DM channel between the bot and ``user`` (created on first use)."""
        u = self._user(user)
        channel = self.dm_channels.get(u.id)
        if channel is None:
            channel = FakeChannel(id=self.new_id(), name=None, type=CHANNEL_DM, recipients=[u])
            self.dm_channels[u.id] = channel
            self.channels[channel.id] = channel
        return channel

    def add_private_channel(
        self, *users: FakeUser | int, group: bool = False, name: str | None = None
    ) -> FakeChannel:
        """A DM between users (two) or a group DM, without the bot: it sees them only
        through interactions from a user's own install of the app."""
        members = [self._user(user) for user in users]
        channel = FakeChannel(
            id=self.new_id(),
            name=name,
            type=CHANNEL_GROUP_DM if group else CHANNEL_DM,
            recipients=members,
        )
        self.channels[channel.id] = channel
        return channel

    def is_bot_dm(self, channel: FakeChannel) -> bool:
        """Whether `channel` is a DM between the bot and a user."""
        return any(dm.id == channel.id for dm in self.dm_channels.values())

    def bot_user_payload(self) -> dict[str, Any]:
        payload = self.bot_user.to_payload()
        payload.update(verified=True, mfa_enabled=False, email=None, locale="en-US")
        return payload

    def application_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "owner": self.owner.to_payload(),
            "team": None,
            "flags": self.application_flags,
            "bot": self.bot_user.to_payload(),
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "tags": [],
            "approximate_guild_count": len(self.guilds),
        }

    # ================================================================= waiting

    def _notify(self) -> None:
        """Re-evaluate every waiter's predicate (called on each recorded change)."""
        for waiter in list(self._waiters):
            if waiter.future.done():
                continue
            try:
                result = waiter.predicate()
            except Exception as exc:
                waiter.future.set_exception(exc)
            else:
                if result:
                    waiter.future.set_result(result)

    async def wait_until(
        self, predicate: Callable[[], T], *, timeout: float = 5.0, what: str = "condition"
    ) -> T:
        """Wait until ``predicate()`` is truthy; return its value.

        Re-evaluated whenever the fake records something (requests, frames,
        connections). Raises TimeoutError with a summary of what was recorded.
        """
        result = predicate()
        if result:
            return result
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        waiter = _Waiter(predicate, future)
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise TimeoutError(
                f"timed out after {timeout}s waiting for {what}; {self.describe()}"
            ) from None
        finally:
            self._waiters.remove(waiter)

    def describe(self) -> str:
        """Short summary of recorded activity (used in timeout messages)."""
        routes = [
            f"{r.route or r.method + ' ' + r.path} -> {r.status}" for r in self.requests[-15:]
        ]
        unknown = [r.path for r in self.unknown_requests]
        return (
            f"requests(last 15)={routes}, identifies={len(self.identifies)}, "
            f"open_ws={len(self.gateway.open_connections)}, "
            f"sent_messages={len(self.sent_messages)}, "
            f"interactions={len(self.interactions)}, unknown={unknown}"
        )

    async def wait_for_messages(
        self,
        n: int = 1,
        *,
        timeout: float = 5.0,
        channel_id: int | None = None,
        start: int = 0,
    ) -> list[RecordedMessage]:
        """Wait until the bot has created ``n`` channel messages (POST /channels/{id}/messages).

        Counts ``self.sent_messages[start:]`` (optionally only in ``channel_id``);
        returns the first ``n`` of them.
        """

        def found() -> list[RecordedMessage] | None:
            matching = [
                m
                for m in self.sent_messages[start:]
                if channel_id is None or m.channel_id == channel_id
            ]
            return matching[:n] if len(matching) >= n else None

        return await self.wait_until(found, timeout=timeout, what=f"{n} bot message(s)")

    async def wait_for_message(
        self,
        predicate: Callable[[RecordedMessage], bool] | None = None,
        *,
        channel_id: int | None = None,
        start: int = 0,
        timeout: float = 5.0,
    ) -> RecordedMessage:
        """Wait for the first bot channel message (from ``start``) matching ``predicate``."""

        def found() -> RecordedMessage | None:
            for message in self.sent_messages[start:]:
                if channel_id is not None and message.channel_id != channel_id:
                    continue
                if predicate is None or predicate(message):
                    return message
            return None

        return await self.wait_until(found, timeout=timeout, what="a matching bot message")

    async def wait_for_interaction_response(
        self, interaction_id: int, *, timeout: float = 5.0
    ) -> InteractionResponseRecord:
        """Wait for the bot's callback (initial response) to an interaction."""
        record = self.interactions[int(interaction_id)]
        return await self.wait_until(
            lambda: record.response,
            timeout=timeout,
            what=f"a response to interaction {interaction_id}",
        )

    async def wait_for_interaction(
        self,
        interaction_id: int,
        predicate: Callable[[InteractionRecord], bool],
        *,
        timeout: float = 5.0,
    ) -> InteractionRecord:
        """Wait until ``predicate(record)`` holds, e.g. ``lambda r: r.followups``."""
        record = self.interactions[int(interaction_id)]
        return await self.wait_until(
            lambda: record if predicate(record) else None,
            timeout=timeout,
            what=f"interaction {interaction_id} condition",
        )

    async def wait_for_identifies(
        self, n: int = 1, *, timeout: float = 5.0
    ) -> list[IdentifyRecord]:
        return await self.wait_until(
            lambda: self.identifies[:n] if len(self.identifies) >= n else None,
            timeout=timeout,
            what=f"{n} IDENTIFY(s)",
        )

    async def wait_for_request(
        self,
        method: str | None,
        path: str,
        *,
        start: int = 0,
        timeout: float = 5.0,
    ) -> RecordedRequest:
        """Wait for a REST request; ``path`` is a regex (fullmatch) or a route template."""

        def found() -> RecordedRequest | None:
            return next(
                (
                    r
                    for r in self.requests[start:]
                    if r.status is not None and r.matches(method, path)
                ),
                None,
            )

        return await self.wait_until(found, timeout=timeout, what=f"request {method} {path}")

    # ================================================================= records

    @property
    def unknown_requests(self) -> list[RecordedRequest]:
        """Requests to routes the fake does not implement (answered 404)."""
        return [r for r in self.requests if r.route is None]

    def requests_to(self, method: str | None, path: str) -> list[RecordedRequest]:
        """Recorded requests by method and regex/route template."""
        return [r for r in self.requests if r.matches(method, path)]

    def identifies_by_shard(self) -> dict[int, list[IdentifyRecord]]:
        out: dict[int, list[IdentifyRecord]] = {}
        for record in self.identifies:
            out.setdefault(record.shard_id, []).append(record)
        return out

    def commands(self, guild: FakeGuild | int | None = None) -> list[dict[str, Any]]:
        """Currently registered commands (global when ``guild`` is None)."""
        key = None if guild is None else self._guild_id(guild)
        return list(self.synced_commands.get(key, []))

    def interaction(self, interaction_id: int) -> InteractionRecord:
        return self.interactions[int(interaction_id)]

    def _record_frame(self, frame: GatewayFrame) -> None:
        self.frames.append(frame)

    # ============================================================== dispatching

    async def dispatch(
        self,
        event: str,
        data: Any,
        *,
        shard_id: int | None = None,
        guild_id: int | None = None,
    ) -> int:
        """Send any DISPATCH event; routed by ``shard_id`` or ``guild_id`` (else shard 0)."""
        if shard_id is None:
            shard_id = self.gateway.shard_for(guild_id)
        session = self.gateway.session_for_shard(shard_id)
        seq = await self.gateway.dispatch(session, event, data)
        self._notify()
        return seq

    async def send_message(
        self,
        channel: FakeChannel | int,
        author: FakeUser | int,
        content: str = "",
        *,
        mentions: Sequence[FakeUser | int] | None = None,
        mention_roles: Sequence[FakeRole | int] | None = None,
        embeds: Sequence[dict[str, Any]] = (),
        attachments: Sequence[dict[str, Any]] = (),
        reference: int | None = None,
        guild_id: int | None = None,
        message_id: int | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Dispatch MESSAGE_CREATE as if ``author`` posted in ``channel``.

        Mentions default to the ``<@id>`` / ``<@&id>`` found in ``content``.
        Returns the full message payload (before intent filtering).
        """
        ch = self._channel(channel)
        user = self._user(author)
        gid = guild_id if guild_id is not None else ch.guild_id
        guild = self.guilds.get(gid) if gid is not None else None
        if gid is not None and guild is None:
            raise LookupError(f"unknown guild {gid}")
        if guild is not None and user.id not in guild.members:
            raise ValueError(
                f"{user.username} is not a member of {guild.name}; call fake.add_member() first"
            )
        if mentions is None:
            mentioned_users = [
                self.users[int(i)] for i in _MENTION_USER.findall(content) if int(i) in self.users
            ]
        else:
            mentioned_users = [self._user(u) for u in mentions]
        if mention_roles is None:
            role_ids = [int(i) for i in _MENTION_ROLE.findall(content)]
        else:
            role_ids = [r.id if isinstance(r, FakeRole) else int(r) for r in mention_roles]

        message: dict[str, Any] = {
            "id": str(message_id or self.new_id()),
            "channel_id": str(ch.id),
            "author": user.to_payload(),
            "content": content,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in content,
            "mentions": [self._mention_payload(guild, u) for u in mentioned_users],
            "mention_roles": [str(r) for r in role_ids],
            "attachments": list(attachments),
            "embeds": list(embeds),
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        if guild is not None:
            message["guild_id"] = str(guild.id)
            message["member"] = guild.members[user.id].to_payload(include_user=False)
        if reference is not None:
            message["type"] = 19
            message.update(self._reply_fields(reference, ch.id, guild.id if guild else None))
        if extra:
            message.update(extra)
        self.messages[int(message["id"])] = message
        self.user_messages.append(message)
        if (guild is None and self.is_bot_dm(ch)) or (guild is not None and guild.bot_installed):
            await self._dispatch_message_event("MESSAGE_CREATE", message, strict=True)
        return message

    async def send_dm(self, author: FakeUser | int, content: str, **kwargs: Any) -> dict[str, Any]:
        """Dispatch a MESSAGE_CREATE in the DM channel between ``author`` and the bot."""
        return await self.send_message(self.dm_channel(author), author, content, **kwargs)

    async def send_interaction(
        self,
        type: int,
        data: dict[str, Any] | None,
        *,
        user: FakeUser | int,
        channel: FakeChannel | int,
        guild_id: int | None = None,
        message: dict[str, Any] | None = None,
        permissions: int | None = None,
        app_permissions: int | None = None,
        locale: str = "en-US",
        extra: Mapping[str, Any] | None = None,
        user_install: bool = False,
    ) -> InteractionRecord:
        """Dispatch a raw INTERACTION_CREATE; see the typed helpers below.

        ``user_install``: the command comes from the user's own install of the app
        (authorizing_integration_owners names the user, not the guild); needed in a
        guild the bot is not in and in DMs and group DMs without the bot.
        """
        ch = self._channel(channel)
        u = self._user(user)
        gid = guild_id if guild_id is not None else ch.guild_id
        interaction_id = self.new_id()
        token = f"fake-interaction-token-{interaction_id}-{secrets.token_hex(8)}"
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": type,
            "token": token,
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel_id": str(ch.id),
            "channel": ch.to_payload(),
        }
        if data is not None:
            payload["data"] = data
        if message is not None:
            payload["message"] = message
        if gid is not None:
            guild = self._guild(gid)
            member = guild.members.get(u.id)
            if member is None:
                raise ValueError(
                    f"{u.username} is not a member of {guild.name}; call fake.add_member() first"
                )
            member_payload = member.to_payload()
            member_payload["permissions"] = str(
                permissions if permissions is not None else guild.member_permissions(u.id)
            )
            payload.update(
                guild_id=str(guild.id),
                guild={
                    "id": str(guild.id),
                    "locale": guild.preferred_locale,
                    "features": guild.features,
                },
                guild_locale=guild.preferred_locale,
                member=member_payload,
                context=0,
                authorizing_integration_owners=(
                    {"1": str(u.id)} if user_install else {"0": str(guild.id)}
                ),
                app_permissions=str(
                    app_permissions
                    if app_permissions is not None
                    else guild.member_permissions(self.bot_user.id)
                ),
            )
        else:
            payload.update(
                user=u.to_payload(),
                # 1: the bot's own DM; 2: a DM or group DM of users, without the bot
                context=1 if self.is_bot_dm(ch) else 2,
                authorizing_integration_owners={"1": str(u.id)}
                if user_install
                else {"0": str(u.id)},
                app_permissions=str(
                    app_permissions if app_permissions is not None else DEFAULT_PERMISSIONS
                ),
            )
        if extra:
            payload.update(extra)
        shard_id = self.gateway.shard_for(gid)
        record = InteractionRecord(
            id=interaction_id, token=token, type=type, payload=payload, shard_id=shard_id
        )
        if message is not None and type == INTERACTION_MESSAGE_COMPONENT:
            record.original_message = self.messages.get(int(message["id"]))
        self.interactions[interaction_id] = record
        await self.dispatch("INTERACTION_CREATE", payload, shard_id=shard_id)
        return record

    async def send_slash_command(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: FakeUser | int,
        channel: FakeChannel | int,
        guild_id: int | None = None,
        permissions: int | None = None,
        locale: str = "en-US",
        command_type: int = 1,
        user_install: bool = False,
    ) -> InteractionRecord:
        """Dispatch an application command (interaction type 2).

        ``name`` may contain spaces for subcommands ("group sub"). Option types
        come from the registered command when it was synced, else from the
        Python values (str, int, bool, float, FakeUser, FakeChannel, FakeRole).
        """
        return await self._command_interaction(
            INTERACTION_APPLICATION_COMMAND,
            name,
            options,
            None,
            user=user,
            channel=channel,
            guild_id=guild_id,
            permissions=permissions,
            locale=locale,
            command_type=command_type,
            user_install=user_install,
        )

    async def send_autocomplete(
        self,
        name: str,
        options: Mapping[str, Any],
        focused: str,
        *,
        user: FakeUser | int,
        channel: FakeChannel | int,
        guild_id: int | None = None,
        permissions: int | None = None,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """Dispatch an autocomplete request (interaction type 4) for option ``focused``."""
        return await self._command_interaction(
            INTERACTION_AUTOCOMPLETE,
            name,
            options,
            focused,
            user=user,
            channel=channel,
            guild_id=guild_id,
            permissions=permissions,
            locale=locale,
            command_type=1,
        )

    async def send_message_command(
        self,
        name: str,
        message: dict[str, Any],
        *,
        user: FakeUser | int,
        user_install: bool = False,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """Dispatch a message context-menu command (interaction type 2, command type 3)
        on ``message`` (a payload from :meth:`send_message`), as Discord resolves it."""
        channel = self._channel(int(message["channel_id"]))
        gid = int(message["guild_id"]) if message.get("guild_id") else None
        found = self.find_command(name, gid, 3)
        self.check_offered(found[0] if found else None, channel, gid, user_install)
        data: dict[str, Any] = {
            "id": found[0]["id"] if found else str(self._command_id(gid, 3, name)),
            "name": name,
            "type": 3,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}},
        }
        if found and found[1] is not None:
            data["guild_id"] = str(found[1])
        return await self.send_interaction(
            INTERACTION_APPLICATION_COMMAND,
            data,
            user=user,
            channel=channel,
            guild_id=gid,
            locale=locale,
            user_install=user_install,
        )

    async def send_component_interaction(
        self,
        message: dict[str, Any] | RecordedMessage | int,
        custom_id: str,
        *,
        user: FakeUser | int,
        component_type: int = 2,
        values: Sequence[str] | None = None,
        permissions: int | None = None,
        locale: str = "en-US",
        user_install: bool = False,
    ) -> InteractionRecord:
        """Dispatch a component click/selection (interaction type 3) on a stored message."""
        if isinstance(message, RecordedMessage):
            message_payload = self.messages.get(message.id, message.message)
        elif isinstance(message, int):
            message_payload = self.messages[message]
        else:
            message_payload = message
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = list(values)
        channel_id = int(message_payload["channel_id"])
        guild_id = message_payload.get("guild_id")
        return await self.send_interaction(
            INTERACTION_MESSAGE_COMPONENT,
            data,
            user=user,
            channel=channel_id,
            guild_id=int(guild_id) if guild_id else None,
            message=message_payload,
            permissions=permissions,
            locale=locale,
            user_install=user_install,
        )

    # ----------------------------------------------------------- gateway faults

    async def request_reconnect(self, shard_id: int = 0) -> None:
        """Send op 7 RECONNECT; discord.py then reconnects and RESUMEs."""
        await self.gateway.send_reconnect(shard_id)

    async def invalidate_session(self, shard_id: int = 0, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION (note: discord.py re-IDENTIFYs after its 5s hook)."""
        await self.gateway.invalidate(shard_id, resumable=resumable)

    async def drop_connection(self, shard_id: int = 0, *, code: int = 4000) -> None:
        """Close the shard's websocket from the server side with ``code``."""
        await self.gateway.drop(shard_id, code)

    # ================================================================ internals

    def _user(self, user: FakeUser | int) -> FakeUser:
        return user if isinstance(user, FakeUser) else _lookup(self.users, user, "user")

    def _guild(self, guild: FakeGuild | int) -> FakeGuild:
        return guild if isinstance(guild, FakeGuild) else _lookup(self.guilds, guild, "guild")

    def _guild_id(self, guild: FakeGuild | int) -> int:
        return guild.id if isinstance(guild, FakeGuild) else int(guild)

    def _channel(self, channel: FakeChannel | int) -> FakeChannel:
        if isinstance(channel, FakeChannel):
            return channel
        return _lookup(self.channels, channel, "channel")

    def _mention_payload(self, guild: FakeGuild | None, user: FakeUser) -> dict[str, Any]:
        payload = user.to_payload()
        if guild is not None and user.id in guild.members:
            payload["member"] = guild.members[user.id].to_payload(include_user=False)
        return payload

    def _reply_fields(
        self, message_id: int | str, channel_id: int, guild_id: int | None
    ) -> dict[str, Any]:
        """The fields a reply carries, whether the test or the bot sends it."""
        fields: dict[str, Any] = {
            "message_reference": {
                "type": 0,
                "message_id": str(message_id),
                "channel_id": str(channel_id),
                **({"guild_id": str(guild_id)} if guild_id else {}),
            }
        }
        referenced = self.messages.get(int(message_id))
        if referenced is not None:
            # One level deep, as Discord does.
            fields["referenced_message"] = {
                k: v for k, v in referenced.items() if k != "referenced_message"
            }
        return fields

    def _filter_for_session(
        self, session: GatewaySession, event: str, message: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Apply Discord's intent rules to a message event for one session."""
        if not self.enforce_intents:
            return message
        in_guild = "guild_id" in message
        needed = INTENT_GUILD_MESSAGES if in_guild else INTENT_DIRECT_MESSAGES
        if event != "MESSAGE_DELETE" and not session.intents & needed:
            self.dropped_events.append(
                DroppedEvent(
                    event, session.shard_id, "missing GUILD_MESSAGES/DIRECT_MESSAGES", message
                )
            )
            return None
        if event == "MESSAGE_DELETE" and not session.intents & needed:
            return None
        if session.intents & INTENT_MESSAGE_CONTENT or not in_guild or event == "MESSAGE_DELETE":
            return message
        author_id = int((message.get("author") or {}).get("id", 0))
        mentioned = any(int(m["id"]) == self.bot_user.id for m in message.get("mentions") or [])
        if author_id == self.bot_user.id or mentioned:
            return message
        blanked = copy.deepcopy(message)
        blanked.update(content="", embeds=[], attachments=[], components=[])
        blanked.pop("poll", None)
        return blanked

    async def _dispatch_message_event(
        self, event: str, message: dict[str, Any], *, strict: bool
    ) -> None:
        """Dispatch a message event to the right shard (DMs go to shard 0).

        ``strict``: raise if no bot session exists for that shard (test-side
        sends); echoes of the bot's own REST calls are skipped silently.
        """
        guild_id = int(message["guild_id"]) if message.get("guild_id") else None
        shard_id = self.gateway.shard_for(guild_id)
        try:
            session = self.gateway.session_for_shard(shard_id)
        except LookupError:
            if strict:
                raise
            return
        filtered = self._filter_for_session(session, event, message)
        if filtered is not None:
            await self.gateway.dispatch(session, event, filtered)
        self._notify()

    # ----------------------------------------------------- command interactions

    def find_command(
        self, name: str, guild_id: int | None, command_type: int = 1
    ) -> tuple[dict[str, Any], int | None] | None:
        """Registered command by root name: guild commands first, then global."""
        scopes: list[int | None] = [guild_id, None] if guild_id is not None else [None]
        for scope in scopes:
            for command in self.synced_commands.get(scope, []):
                if command["name"] == name and int(command.get("type", 1)) == command_type:
                    return command, scope
        return None

    def check_offered(
        self,
        command: dict[str, Any] | None,
        channel: FakeChannel,
        guild_id: int | None,
        user_install: bool,
    ) -> None:
        """Refuse (as Discord would, by never offering it) a registered command used in a
        context or from an install its ``contexts`` / ``integration_types`` leave out."""
        if command is None:
            return
        context = 0 if guild_id is not None else 1 if self.is_bot_dm(channel) else 2
        install = 1 if user_install else 0
        contexts = command.get("contexts")
        installs = command.get("integration_types") or [0]
        if (contexts is not None and context not in contexts) or install not in installs:
            raise ValueError(
                f"Discord does not offer {command['name']!r} in context {context} "
                f"from integration type {install} (it allows {contexts} and {installs})"
            )

    def _command_id(self, guild_id: int | None, command_type: int, name: str) -> int:
        key = (guild_id, command_type, name)
        if key not in self._command_ids:
            self._command_ids[key] = self.new_id()
        return self._command_ids[key]

    def _option_payload(
        self,
        name: str,
        value: Any,
        definition: dict[str, Any] | None,
        resolved: dict[str, dict[str, Any]],
        guild: FakeGuild | None,
        focused: bool,
    ) -> dict[str, Any]:
        opt_type = int(definition["type"]) if definition else None
        if isinstance(value, FakeUser):
            opt_type = opt_type or 6
            resolved.setdefault("users", {})[str(value.id)] = value.to_payload()
            if guild is not None and value.id in guild.members:
                member = guild.members[value.id].to_payload(include_user=False)
                member["permissions"] = str(guild.member_permissions(value.id))
                resolved.setdefault("members", {})[str(value.id)] = member
            value = str(value.id)
        elif isinstance(value, FakeChannel):
            opt_type = opt_type or 7
            channel = value.to_payload()
            channel["permissions"] = str(DEFAULT_PERMISSIONS)
            resolved.setdefault("channels", {})[str(value.id)] = channel
            value = str(value.id)
        elif isinstance(value, FakeRole):
            opt_type = opt_type or 8
            resolved.setdefault("roles", {})[str(value.id)] = value.to_payload()
            value = str(value.id)
        elif opt_type is None:
            if isinstance(value, bool):
                opt_type = 5
            elif isinstance(value, int):
                opt_type = 4
            elif isinstance(value, float):
                opt_type = 10
            else:
                opt_type = 3
        option: dict[str, Any] = {"name": name, "type": opt_type, "value": value}
        if focused:
            option["focused"] = True
            option["value"] = str(value)
        return option

    async def _command_interaction(
        self,
        interaction_type: int,
        name: str,
        options: Mapping[str, Any] | None,
        focused: str | None,
        *,
        user: FakeUser | int,
        channel: FakeChannel | int,
        guild_id: int | None,
        permissions: int | None,
        locale: str,
        command_type: int,
        user_install: bool = False,
    ) -> InteractionRecord:
        ch = self._channel(channel)
        gid = guild_id if guild_id is not None else ch.guild_id
        guild = self.guilds.get(gid) if gid is not None else None
        root, *path = name.split()
        found = self.find_command(root, gid, command_type)
        definition: dict[str, Any] | None = found[0] if found else None
        scope = found[1] if found else None
        self.check_offered(definition, ch, gid, user_install)
        # Walk subcommand groups in the registered definition.
        leaf_defs: list[dict[str, Any]] = (
            list(definition.get("options") or []) if definition else []
        )
        for part in path:
            nxt = next((o for o in leaf_defs if o.get("name") == part), None)
            leaf_defs = list(nxt.get("options") or []) if nxt else []
        resolved: dict[str, dict[str, Any]] = {}
        leaf = [
            self._option_payload(
                opt_name,
                value,
                next((d for d in leaf_defs if d.get("name") == opt_name), None),
                resolved,
                guild,
                focused == opt_name,
            )
            for opt_name, value in (options or {}).items()
        ]
        nested: list[dict[str, Any]] = leaf
        for index in range(len(path) - 1, -1, -1):
            nested = [
                {
                    "name": path[index],
                    "type": 1 if index == len(path) - 1 else 2,
                    "options": nested,
                }
            ]
        data: dict[str, Any] = {
            "id": definition["id"]
            if definition
            else str(self._command_id(gid, command_type, root)),
            "name": root,
            "type": command_type,
            "options": nested,
        }
        if resolved:
            data["resolved"] = resolved
        if scope is not None:
            data["guild_id"] = str(scope)
        return await self.send_interaction(
            interaction_type,
            data,
            user=user,
            channel=ch,
            guild_id=gid,
            permissions=permissions,
            locale=locale,
            user_install=user_install,
        )
