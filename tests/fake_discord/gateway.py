"""The fake gateway: websocket sessions, IDENTIFY/RESUME/heartbeats and dispatch."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web

from .models import INTENT_GUILD_MEMBERS, INTENT_GUILD_PRESENCES, shard_for_guild
from .records import GatewayFrame, IdentifyRecord

if TYPE_CHECKING:
    from .server import FakeDiscord

_log = logging.getLogger(__name__)

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE_UPDATE = 3
OP_VOICE_STATE_UPDATE = 4
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_GUILD_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

CLOSE_UNKNOWN_ERROR = 4000
CLOSE_DECODE_ERROR = 4002
CLOSE_NOT_AUTHENTICATED = 4003
CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_ALREADY_AUTHENTICATED = 4005
CLOSE_INVALID_SHARD = 4010
CLOSE_DISALLOWED_INTENTS = 4014


class GatewayConnection:
    """One websocket connection from the bot."""

    def __init__(
        self,
        ws: web.WebSocketResponse,
        path: str,
        query: dict[str, str],
        compressor: Any,
    ) -> None:
        self.ws = ws
        self.path = path
        self.query = query
        self._compressor = compressor
        self.session: GatewaySession | None = None
        self.heartbeats = 0
        self.close_code: int | None = None

    @property
    def closed(self) -> bool:
        return self.ws.closed

    @property
    def shard_id(self) -> int | None:
        return self.session.shard_id if self.session else None

    async def send_frame(self, frame: dict[str, Any]) -> None:
        text = json.dumps(frame, separators=(",", ":"))
        if self._compressor is not None:
            data = self._compressor.compress(text.encode()) + self._compressor.flush(
                zlib.Z_SYNC_FLUSH
            )
            await self.ws.send_bytes(data)
        else:
            await self.ws.send_str(text)


@dataclass
class GatewaySession:
    """An identified gateway session; survives reconnects (for RESUME)."""

    session_id: str
    shard_id: int
    shard_count: int
    intents: int
    token: str
    seq: int = 0
    backlog: list[dict[str, Any]] = field(default_factory=list)
    connection: GatewayConnection | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    invalidated: bool = False

    @property
    def connected(self) -> bool:
        return self.connection is not None and not self.connection.closed


class GatewayServer:
    """Websocket endpoint and session bookkeeping of the fake."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.connections: list[GatewayConnection] = []
        self.sessions: dict[str, GatewaySession] = {}
        self.shard_sessions: dict[int, GatewaySession] = {}

    # ------------------------------------------------------------------ queries

    @property
    def open_connections(self) -> list[GatewayConnection]:
        return [c for c in self.connections if not c.closed]

    def shard_count(self) -> int:
        counts = {s.shard_count for s in self.shard_sessions.values() if not s.invalidated}
        if not counts:
            return self.fake.shard_count
        if len(counts) > 1:
            raise RuntimeError(f"bot sessions disagree on shard count: {sorted(counts)}")
        return counts.pop()

    def session_for_shard(self, shard_id: int) -> GatewaySession:
        session = self.shard_sessions.get(shard_id)
        if session is None or session.invalidated:
            known = sorted(self.shard_sessions)
            raise LookupError(f"no bot session identified for shard {shard_id} (known: {known})")
        return session

    def shard_for(self, guild_id: int | None) -> int:
        if guild_id is None:
            return 0
        return shard_for_guild(guild_id, self.shard_count())

    # ----------------------------------------------------------------- sending

    async def dispatch(self, session: GatewaySession, event: str, data: Any) -> int:
        """Send a DISPATCH on a session (kept in its backlog for RESUME)."""
        async with session.lock:
            session.seq += 1
            frame = {"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data}
            session.backlog.append(frame)
            self.fake._record_frame(
                GatewayFrame("out", OP_DISPATCH, event, session.seq, data, session.shard_id)
            )
            connection = session.connection
            if connection is not None and not connection.closed:
                try:
                    await connection.send_frame(frame)
                except (ConnectionResetError, RuntimeError, aiohttp.ClientError) as exc:
                    _log.debug(
                        "dispatch of %s to shard %s failed: %r", event, session.shard_id, exc
                    )
            return session.seq

    async def send_op(self, connection: GatewayConnection, op: int, data: Any) -> None:
        frame = {"op": op, "d": data, "s": None, "t": None}
        self.fake._record_frame(GatewayFrame("out", op, None, None, data, connection.shard_id))
        await connection.send_frame(frame)

    async def close_connection(self, connection: GatewayConnection, code: int, reason: str) -> None:
        connection.close_code = code
        await connection.ws.close(code=code, message=reason.encode())

    # ------------------------------------------------------------ the endpoint

    async def handle(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        query = dict(request.query)
        compressor = None
        if self.fake.compress_frames and query.get("compress") == "zlib-stream":
            compressor = zlib.compressobj()
        connection = GatewayConnection(ws, request.path, query, compressor)
        self.connections.append(connection)
        self.fake._notify()
        try:
            await self.send_op(
                connection,
                OP_HELLO,
                {
                    "heartbeat_interval": int(self.fake.heartbeat_interval * 1000),
                    "_trace": ["fake-discord-gateway"],
                },
            )
            async for message in ws:
                if message.type is aiohttp.WSMsgType.TEXT:
                    try:
                        frame = json.loads(message.data)
                    except ValueError:
                        await self.close_connection(connection, CLOSE_DECODE_ERROR, "Decode error.")
                        break
                    await self._on_frame(connection, frame)
                elif message.type is aiohttp.WSMsgType.BINARY:
                    self.fake._record_frame(
                        GatewayFrame("in", None, None, None, message.data, connection.shard_id)
                    )
                else:
                    break
        finally:
            session = connection.session
            if session is not None and session.connection is connection:
                session.connection = None
            self.fake._notify()
        return ws

    async def _on_frame(self, connection: GatewayConnection, frame: dict[str, Any]) -> None:
        op = frame.get("op")
        data = frame.get("d")
        self.fake._record_frame(GatewayFrame("in", op, None, None, data, connection.shard_id))
        if op == OP_HEARTBEAT:
            connection.heartbeats += 1
            await self.send_op(connection, OP_HEARTBEAT_ACK, None)
        elif op == OP_IDENTIFY:
            await self._identify(connection, data or {})
        elif op == OP_RESUME:
            await self._resume(connection, data or {})
        elif op == OP_REQUEST_GUILD_MEMBERS:
            await self._request_members(connection, data or {})
        elif op == OP_PRESENCE_UPDATE:
            self.fake.presence_updates.append(data)
        self.fake._notify()

    async def _identify(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        fake = self.fake
        if connection.session is not None:
            await self.close_connection(
                connection, CLOSE_ALREADY_AUTHENTICATED, "Already authenticated."
            )
            return
        token = str(data.get("token", ""))
        if fake.expected_token is not None and token != fake.expected_token:
            await self.close_connection(
                connection, CLOSE_AUTHENTICATION_FAILED, "Authentication failed."
            )
            return
        shard = data.get("shard")
        shard_id, shard_count = (int(shard[0]), int(shard[1])) if shard else (0, 1)
        if shard_count < 1 or not 0 <= shard_id < shard_count:
            await self.close_connection(connection, CLOSE_INVALID_SHARD, "Invalid shard.")
            return
        intents = int(data.get("intents") or 0)
        if intents & fake.disallowed_intents:
            await self.close_connection(
                connection, CLOSE_DISALLOWED_INTENTS, "Disallowed intent(s)."
            )
            return

        session = GatewaySession(
            session_id=secrets.token_hex(16),
            shard_id=shard_id,
            shard_count=shard_count,
            intents=intents,
            token=token,
            connection=connection,
        )
        previous = self.shard_sessions.get(shard_id)
        if previous is not None and previous.connection not in (None, connection):
            previous.invalidated = True
        self.sessions[session.session_id] = session
        self.shard_sessions[shard_id] = session
        connection.session = session
        fake.identifies.append(
            IdentifyRecord(
                token=token,
                intents=data.get("intents"),
                shard=list(shard) if shard else None,
                properties=dict(data.get("properties") or {}),
                presence=data.get("presence"),
                large_threshold=data.get("large_threshold"),
                raw=data,
                session_id=session.session_id,
                path=connection.path,
                query=connection.query,
            )
        )

        guilds = [
            g
            for g in fake.guilds.values()
            if g.bot_installed and shard_for_guild(g.id, shard_count) == shard_id
        ]
        ready: dict[str, Any] = {
            "v": 10,
            "user": fake.bot_user_payload(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": fake.resume_gateway_url,
            "application": {"id": str(fake.application_id), "flags": fake.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["fake"],
            "user_settings": {},
            "auth": {},
            "_trace": ["fake-discord-gateway"],
        }
        if shard:
            ready["shard"] = [shard_id, shard_count]
        await self.dispatch(session, "READY", ready)
        for guild in guilds:
            payload = guild.to_payload()
            if not intents & INTENT_GUILD_PRESENCES:
                # Like Discord: without GUILD_PRESENCES, GUILD_CREATE carries only the bot
                # member; bots with GUILD_MEMBERS then chunk the rest via op 8.
                payload["members"] = [
                    m.to_payload() for m in guild.members.values() if m.user.id == fake.bot_user.id
                ]
            await self.dispatch(session, "GUILD_CREATE", payload)

    async def _resume(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        session = self.sessions.get(str(data.get("session_id")))
        token = str(data.get("token", ""))
        if session is None or session.invalidated or session.token != token:
            await self.send_op(connection, OP_INVALID_SESSION, False)
            return
        self.fake.resumes.append(dict(data))
        last_seq = int(data.get("seq") or 0)
        async with session.lock:
            old = session.connection
            session.connection = connection
            connection.session = session
            for frame in session.backlog:
                if frame["s"] > last_seq:
                    self.fake._record_frame(
                        GatewayFrame(
                            "replay",
                            OP_DISPATCH,
                            frame["t"],
                            frame["s"],
                            frame["d"],
                            session.shard_id,
                        )
                    )
                    await connection.send_frame(frame)
        if old is not None and old is not connection and not old.closed:
            await self.close_connection(old, CLOSE_UNKNOWN_ERROR, "Session resumed elsewhere.")
        await self.dispatch(session, "RESUMED", {"_trace": ["fake-discord-gateway"]})

    async def _request_members(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        session = connection.session
        if session is None:
            await self.close_connection(connection, CLOSE_NOT_AUTHENTICATED, "Not authenticated.")
            return
        self.fake.member_requests.append(dict(data))
        guild_ids = data.get("guild_id")
        if not isinstance(guild_ids, list):
            guild_ids = [guild_ids]
        query = data.get("query")
        limit = int(data.get("limit") or 0)
        user_ids = {int(u) for u in data.get("user_ids") or []}
        for raw_id in guild_ids:
            guild = self.fake.guilds.get(int(raw_id))
            if guild is None:
                continue
            members = list(guild.members.values())
            if user_ids:
                not_found = [str(u) for u in user_ids if u not in guild.members]
                members = [m for m in members if m.user.id in user_ids]
            else:
                not_found = []
                if query:
                    lowered = str(query).lower()
                    members = [m for m in members if m.user.username.lower().startswith(lowered)]
                elif not session.intents & INTENT_GUILD_MEMBERS:
                    members = []
            if limit:
                members = members[:limit]
            payload: dict[str, Any] = {
                "guild_id": str(guild.id),
                "members": [m.to_payload() for m in members],
                "chunk_index": 0,
                "chunk_count": 1,
                "not_found": not_found,
                "presences": [],
            }
            if data.get("nonce") is not None:
                payload["nonce"] = data["nonce"]
            await self.dispatch(session, "GUILD_MEMBERS_CHUNK", payload)

    # ------------------------------------------------------------ fault seams

    async def send_reconnect(self, shard_id: int) -> None:
        session = self.session_for_shard(shard_id)
        if session.connection is not None:
            await self.send_op(session.connection, OP_RECONNECT, None)

    async def invalidate(self, shard_id: int, *, resumable: bool) -> None:
        session = self.session_for_shard(shard_id)
        if not resumable:
            session.invalidated = True
        if session.connection is not None:
            await self.send_op(session.connection, OP_INVALID_SESSION, resumable)

    async def drop(self, shard_id: int, code: int) -> None:
        session = self.session_for_shard(shard_id)
        if session.connection is not None:
            await self.close_connection(session.connection, code, "Dropped by test.")

    async def close_all(self) -> None:
        for connection in self.open_connections:
            with contextlib.suppress(TimeoutError, ConnectionResetError, RuntimeError):
                await asyncio.wait_for(
                    self.close_connection(connection, 1001, "Fake Discord shutting down."), 2.0
                )
