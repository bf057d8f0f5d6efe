"""REST half of the fake: /api/v10 routes, request recording, rate-limit headers.

discord.py parses a body as JSON only when Content-Type is exactly
``application/json`` (aiohttp's ``json_response`` appends ``; charset=utf-8``),
so every JSON answer here is built by :func:`json_response`.
"""

from __future__ import annotations

import copy
import hashlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, hdrs, web

from .models import (
    PERM_READ_MESSAGE_HISTORY,
    PERM_SEND_MESSAGES,
    PERM_VIEW_CHANNEL,
    iso_now,
)
from .records import (
    EPHEMERAL_FLAG,
    InteractionRecord,
    InteractionResponseRecord,
    RecordedFile,
    RecordedMessage,
    RecordedRequest,
)
from .validation import validate_autocomplete, validate_commands, validate_message

if TYPE_CHECKING:
    from .models import FakeChannel, FakeGuild
    from .server import FakeDiscord

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

RECORD_KEY = web.RequestKey("fake_record", RecordedRequest)

LOADING_FLAG = 1 << 7
MESSAGE_TYPE_DEFAULT = 0
MESSAGE_TYPE_REPLY = 19
MESSAGE_TYPE_CHAT_INPUT_COMMAND = 20

CALLBACK_PONG = 1
CALLBACK_MESSAGE = 4
CALLBACK_DEFERRED_MESSAGE = 5
CALLBACK_DEFERRED_UPDATE = 6
CALLBACK_UPDATE_MESSAGE = 7
CALLBACK_AUTOCOMPLETE = 8
CALLBACK_MODAL = 9

_EDITABLE_FIELDS = ("content", "embeds", "components", "flags", "allowed_mentions", "poll")


def json_response(
    data: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A JSON response whose Content-Type is exactly ``application/json``."""
    all_headers = {"Content-Type": "application/json"}
    if headers:
        all_headers.update(headers)
    return web.Response(
        status=status, body=json.dumps(data, separators=(",", ":")).encode(), headers=all_headers
    )


def error_response(status: int, code: int, message: str, **extra: Any) -> web.Response:
    return json_response({"message": message, "code": code, **extra}, status=status)


def no_content() -> web.Response:
    return web.Response(status=204)


def _int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


def _path_id(request: web.Request, name: str) -> int:
    """The snowflake in path segment ``name``; 0 (no such object) when it is not a number."""
    return _int(request.match_info[name]) or 0


class Rejected(Exception):
    """Raised by a lookup or validation helper to answer the request with ``response``.

    Lets handlers read as the happy path; the middleware turns it into the answer.
    """

    def __init__(self, response: web.Response) -> None:
        super().__init__(response.status)
        self.response = response


def not_found(code: int, message: str) -> Rejected:
    return Rejected(error_response(404, code, message))


class RestApi:
    """Registers the REST routes on the fake's aiohttp application."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.prefix = ""

    # ============================================================== plumbing

    def add_routes(self, router: web.UrlDispatcher, prefix: str) -> None:
        self.prefix = prefix
        channel_message = "/channels/{channel_id}/messages/{message_id}"
        webhook = "/webhooks/{application_id}/{token}"
        routes: dict[str, dict[str, Handler]] = {
            "/gateway": {"GET": self.get_gateway},
            "/gateway/bot": {"GET": self.get_gateway_bot},
            "/users/@me": {"GET": self.get_user},
            "/users/{user_id}": {"GET": self.get_user},
            "/users/@me/channels": {"POST": self.create_dm},
            "/oauth2/applications/@me": {"GET": self.get_application},
            "/applications/@me": {"GET": self.get_application},
            "/channels/{channel_id}": {"GET": self.get_channel},
            "/channels/{channel_id}/messages": {
                "GET": self.get_messages,
                "POST": self.create_message,
            },
            channel_message: {
                "GET": self.get_message,
                "PATCH": self.edit_message,
                "DELETE": self.delete_message,
            },
            channel_message + "/reactions/{emoji}/@me": {
                "PUT": self.add_reaction,
                "DELETE": self.remove_reaction,
            },
            "/channels/{channel_id}/typing": {"POST": self.typing},
            "/guilds/{guild_id}": {"GET": self.get_guild},
            "/guilds/{guild_id}/channels": {"GET": self.get_guild_channels},
            "/guilds/{guild_id}/members/{user_id}": {"GET": self.get_member},
            **self._command_routes("/applications/{application_id}"),
            # Ahead of the guild ".../commands/{command_id}" route, which would match it too.
            "/applications/{application_id}/guilds/{guild_id}/commands/permissions": {
                "GET": self.get_command_permissions
            },
            **self._command_routes("/applications/{application_id}/guilds/{guild_id}"),
            "/interactions/{interaction_id}/{token}/callback": {"POST": self.interaction_callback},
            webhook: {"POST": self.create_followup},
            webhook + "/messages/{message_id}": {
                "GET": self.get_webhook_message,
                "PATCH": self.edit_webhook_message,
                "DELETE": self.delete_webhook_message,
            },
        }
        for path, handlers in routes.items():
            for method, handler in handlers.items():
                router.add_route(method, prefix + path, handler)
        router.add_route("*", prefix + "/{tail:.*}", self.unknown_route, name="fake-unknown")

    def _command_routes(self, scope: str) -> dict[str, dict[str, Handler]]:
        """Global and guild commands share handlers; only the path prefix differs."""
        return {
            scope + "/commands": {
                "GET": self.get_commands,
                "PUT": self.put_commands,
                "POST": self.post_command,
            },
            scope + "/commands/{command_id}": {
                "GET": self.get_command,
                "PATCH": self.patch_command,
                "DELETE": self.delete_command,
            },
        }

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith(self.prefix + "/"):
            return await handler(request)
        fake = self.fake
        record = await self._record(request)
        fake.requests.append(record)
        request[RECORD_KEY] = record
        try:
            rule = fake.faults.match(record.method, record.path, record.route)
            if rule is not None and not rule.after:
                record.fault = rule.describe()
                response: web.StreamResponse = await fake.faults.respond(rule, request)
            elif self._needs_auth(record) and not self._auth_ok(request):
                response = error_response(401, 0, "401: Unauthorized")
            else:
                response = await handler(request)
                if 200 <= response.status < 300:
                    self._add_ratelimit_headers(response, record)
                if rule is not None:  # the work is done, and the client is told it failed
                    record.fault = rule.describe()
                    response = await fake.faults.respond(rule, request)
        except Rejected as rejected:
            response = rejected.response
        except web.HTTPException as exc:
            response = error_response(exc.status, 0, f"{exc.status}: {exc.reason}")
        record.status = response.status
        if isinstance(response, web.Response) and response.body:
            try:
                record.response = json.loads(bytes(response.body))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                record.response = None
        fake._notify()
        return response

    async def _record(self, request: web.Request) -> RecordedRequest:
        json_body: Any = None
        form: dict[str, str] = {}
        files: list[RecordedFile] = []
        raw = b""
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):
                    continue
                data = bytes(await part.read())
                if part.filename:
                    files.append(
                        RecordedFile(
                            field_name=part.name or "",
                            filename=part.filename,
                            content_type=part.headers.get(hdrs.CONTENT_TYPE),
                            data=data,
                        )
                    )
                else:
                    form[part.name or ""] = data.decode("utf-8", "replace")
            if "payload_json" in form:
                json_body = json.loads(form["payload_json"])
        else:
            raw = await request.read()
            if raw:
                try:
                    json_body = json.loads(raw)
                except ValueError:
                    json_body = None
        route: str | None = None
        match_route = request.match_info.route
        if match_route.name != "fake-unknown" and match_route.resource is not None:
            canonical = match_route.resource.canonical
            route = f"{request.method} {canonical[len(self.prefix) :]}"
        return RecordedRequest(
            method=request.method,
            path=request.path[len(self.prefix) :],
            query=dict(request.query),
            headers={k: v for k, v in request.headers.items() if k.lower() != "authorization"},
            json=json_body,
            form=form,
            files=files,
            raw_body=raw,
            route=route,
            authenticated=hdrs.AUTHORIZATION in request.headers,
        )

    @staticmethod
    def _needs_auth(record: RecordedRequest) -> bool:
        return not record.path.startswith(("/interactions/", "/webhooks/"))

    def _auth_ok(self, request: web.Request) -> bool:
        header = request.headers.get(hdrs.AUTHORIZATION, "")
        if not header.startswith("Bot "):
            return False
        expected = self.fake.expected_token
        return expected is None or header[4:] == expected

    @staticmethod
    def _add_ratelimit_headers(response: web.StreamResponse, record: RecordedRequest) -> None:
        bucket = hashlib.sha1((record.route or record.path).encode()).hexdigest()[:16]
        response.headers.update(
            {
                "X-RateLimit-Limit": "50",
                "X-RateLimit-Remaining": "49",
                "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
                "X-RateLimit-Reset-After": "1.000",
                "X-RateLimit-Bucket": bucket,
            }
        )

    @staticmethod
    def _record_of(request: web.Request) -> RecordedRequest:
        return request[RECORD_KEY]

    def _refuse_invalid(
        self, validate: Callable[..., dict[str, Any] | None], *args: Any, **kwargs: Any
    ) -> None:
        """Answer 400 with Discord's error body when validation is on and finds a problem."""
        if self.fake.validate_payloads:
            problem = validate(*args, **kwargs)
            if problem:
                raise Rejected(json_response(problem, status=400))

    def _message_payload(self, record: RecordedRequest, *, editing: bool = False) -> dict[str, Any]:
        """The message body the bot sent, refused the way Discord would refuse it."""
        payload: dict[str, Any] = record.json or {}
        self._refuse_invalid(
            validate_message, payload, file_count=len(record.files), editing=editing
        )
        return payload

    async def _announce(self, event: str, data: dict[str, Any]) -> None:
        """Wake waiters, then echo the bot's own change over its gateway, as Discord does."""
        self.fake._notify()
        if self.fake.echo_bot_messages:
            await self.fake._dispatch_message_event(event, data, strict=False)

    # ============================================================== unknown

    async def unknown_route(self, request: web.Request) -> web.StreamResponse:
        return error_response(404, 0, "404: Not Found")

    # ======================================================= gateway / users

    async def get_gateway(self, request: web.Request) -> web.StreamResponse:
        return json_response({"url": self.fake.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.StreamResponse:
        return json_response(
            {
                "url": self.fake.gateway_url,
                "shards": self.fake.shard_count,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": 1,
                },
            }
        )

    async def get_user(self, request: web.Request) -> web.StreamResponse:
        raw = request.match_info.get("user_id", "@me")
        if raw == "@me":
            return json_response(self.fake.bot_user_payload())
        user = self.fake.users.get(_int(raw) or 0)
        if user is None:
            raise not_found(10013, "Unknown User")
        return json_response(user.to_payload())

    async def get_application(self, request: web.Request) -> web.StreamResponse:
        return json_response(self.fake.application_payload())

    async def create_dm(self, request: web.Request) -> web.StreamResponse:
        body = self._record_of(request).json or {}
        user = self.fake.users.get(_int(str(body.get("recipient_id", ""))) or 0)
        if user is None or user.id == self.fake.bot_user.id:
            return error_response(400, 50033, "Invalid Recipient(s)")
        return json_response(self.fake.dm_channel(user).to_payload())

    # ============================================================== channels

    def _channel(self, request: web.Request) -> FakeChannel:
        channel = self.fake.channels.get(_path_id(request, "channel_id"))
        if channel is None:
            raise not_found(10003, "Unknown Channel")
        guild = self.fake.guilds.get(channel.guild_id) if channel.guild_id else None
        private = channel.guild_id is None and not self.fake.is_bot_dm(channel)
        if (guild is not None and not guild.bot_installed) or private:
            raise Rejected(error_response(403, 50001, "Missing Access"))
        return channel

    def _stored_message(self, request: web.Request) -> dict[str, Any]:
        """The message in the path; Discord says Unknown Message for a wrong channel too."""
        channel = self.fake.channels.get(_path_id(request, "channel_id"))
        message = self.fake.messages.get(_path_id(request, "message_id"))
        if channel is None or message is None or int(message["channel_id"]) != channel.id:
            raise not_found(10008, "Unknown Message")
        return message

    def _delete_stored(self, message: dict[str, Any]) -> None:
        self.fake.messages.pop(int(message["id"]), None)
        self.fake.deleted_messages.append((int(message["channel_id"]), int(message["id"])))

    async def get_channel(self, request: web.Request) -> web.StreamResponse:
        return json_response(self._channel(request).to_payload())

    async def get_messages(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel(request)
        limit = _int(request.query.get("limit", "50")) or 50
        found = [m for m in self.fake.messages.values() if int(m["channel_id"]) == channel.id]
        found.sort(key=lambda m: int(m["id"]), reverse=True)
        return json_response(found[:limit])

    async def get_message(self, request: web.Request) -> web.StreamResponse:
        return json_response(self._stored_message(request))

    def build_bot_message(
        self,
        channel_id: int,
        payload: dict[str, Any],
        files: list[RecordedFile],
        *,
        message_type: int = MESSAGE_TYPE_DEFAULT,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A full message object authored by the bot."""
        fake = self.fake
        channel = fake.channels.get(channel_id)
        guild = fake.guilds.get(channel.guild_id) if channel and channel.guild_id else None
        message_id = fake.new_id()
        content = payload.get("content") or ""
        mentions = []
        for raw in _mentioned_ids(content):
            user = fake.users.get(raw)
            if user is not None:
                mentions.append(fake._mention_payload(guild, user))
        message: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": fake.bot_user.to_payload(),
            "content": content,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": bool(payload.get("tts", False)),
            "mention_everyone": False,
            "mentions": mentions,
            "mention_roles": [],
            "attachments": self._attachments(channel_id, payload, files),
            "embeds": copy.deepcopy(payload.get("embeds") or []),
            "pinned": False,
            "type": message_type,
            "flags": int(payload.get("flags") or 0),
            "components": copy.deepcopy(payload.get("components") or []),
        }
        if payload.get("nonce") is not None:
            message["nonce"] = payload["nonce"]
        if payload.get("poll") is not None:
            message["poll"] = copy.deepcopy(payload["poll"])
        if guild is not None:
            message["guild_id"] = str(guild.id)
            bot_member = guild.members.get(fake.bot_user.id)
            if bot_member is not None:
                message["member"] = bot_member.to_payload(include_user=False)
        if extra:
            message.update(extra)
        return message

    def _attachments(
        self, channel_id: int, payload: dict[str, Any], files: list[RecordedFile]
    ) -> list[dict[str, Any]]:
        out = []
        described = {str(a.get("id")): a for a in payload.get("attachments") or []}
        for index, file in enumerate(files):
            attachment_id = self.fake.new_id()
            meta = described.get(str(index), {})
            url = f"{self.fake.base_url}/attachments/{channel_id}/{attachment_id}/{file.filename}"
            out.append(
                {
                    "id": str(attachment_id),
                    "filename": file.filename,
                    "size": len(file.data),
                    "url": url,
                    "proxy_url": url,
                    "content_type": file.content_type,
                    "description": meta.get("description"),
                }
            )
        return out

    async def create_message(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        record = self._record_of(request)
        channel = self._channel(request)
        payload = self._message_payload(record)
        extra: dict[str, Any] = {}
        message_type = MESSAGE_TYPE_DEFAULT
        reference = payload.get("message_reference")
        refused = self._missing_send_permission(channel, replying=bool(reference))
        if refused is not None:
            return refused
        nonce = self._enforced_nonce(payload)
        if nonce is not None and (earlier := fake.message_with_nonce(channel.id, nonce)):
            return json_response(earlier)  # Discord returns the first message, makes no other
        if reference and reference.get("message_id") is not None:
            referenced = fake.messages.get(int(reference["message_id"]))
            if referenced is None and reference.get("fail_if_not_exists", True):
                return json_response(
                    {
                        "code": 50035,
                        "errors": {
                            "message_reference": {
                                "_errors": [
                                    {
                                        "code": "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
                                        "message": "Unknown message",
                                    }
                                ]
                            }
                        },
                        "message": "Invalid Form Body",
                    },
                    status=400,
                )
            message_type = MESSAGE_TYPE_REPLY
            extra = fake._reply_fields(reference["message_id"], channel.id, channel.guild_id)
        message = self.build_bot_message(
            channel.id, payload, record.files, message_type=message_type, extra=extra
        )
        fake.messages[int(message["id"])] = message
        if nonce is not None:
            fake.remember_nonce(channel.id, nonce, int(message["id"]))
        fake.sent_messages.append(_recorded_message("channel", message, payload, record))
        await self._announce("MESSAGE_CREATE", message)
        return json_response(message)

    @staticmethod
    def _enforced_nonce(payload: dict[str, Any]) -> str | None:
        """The nonce Discord checks for uniqueness: only with ``enforce_nonce: true``."""
        nonce = payload.get("nonce")
        if nonce is None or payload.get("enforce_nonce") is not True:
            return None
        return str(nonce)

    def _missing_send_permission(
        self, channel: FakeChannel, *, replying: bool
    ) -> web.StreamResponse | None:
        """Discord's 403s for a bot that may not post here, or not reply (guild level only)."""
        guild = self.fake.guilds.get(channel.guild_id) if channel.guild_id else None
        if guild is None:
            return None
        permissions = guild.member_permissions(self.fake.bot_user.id)
        needed = PERM_VIEW_CHANNEL | PERM_SEND_MESSAGES
        if permissions & needed != needed:
            return json_response({"code": 50013, "message": "Missing Permissions"}, status=403)
        if replying and not permissions & PERM_READ_MESSAGE_HISTORY:
            message = "Cannot reply without permission to read message history"
            return json_response({"code": 160002, "message": message}, status=403)
        return None

    def _apply_edit(
        self, message: dict[str, Any], payload: dict[str, Any], files: list[RecordedFile]
    ) -> None:
        for key in _EDITABLE_FIELDS:
            if key in payload and key != "allowed_mentions":
                message[key] = copy.deepcopy(payload[key]) if payload[key] is not None else None
        if message.get("content") is None:
            message["content"] = ""
        if message.get("embeds") is None:
            message["embeds"] = []
        if message.get("components") is None:
            message["components"] = []
        if "attachments" in payload or files:
            kept_ids = {str(a.get("id")) for a in payload.get("attachments") or []}
            kept = [a for a in message.get("attachments") or [] if a["id"] in kept_ids]
            message["attachments"] = kept + self._attachments(
                int(message["channel_id"]), payload, files
            )
        message["edited_timestamp"] = iso_now()

    async def edit_message(self, request: web.Request) -> web.StreamResponse:
        record = self._record_of(request)
        message = self._stored_message(request)
        if int(message["author"]["id"]) != self.fake.bot_user.id:
            return error_response(403, 50005, "Cannot edit a message authored by another user")
        payload = self._message_payload(record, editing=True)
        self._apply_edit(message, payload, record.files)
        self.fake.edited_messages.append(_recorded_message("edit", message, payload, record))
        await self._announce("MESSAGE_UPDATE", message)
        return json_response(message)

    async def delete_message(self, request: web.Request) -> web.StreamResponse:
        message = self._stored_message(request)
        self._delete_stored(message)
        event = {"id": message["id"], "channel_id": message["channel_id"]}
        if message.get("guild_id"):
            event["guild_id"] = message["guild_id"]
        await self._announce("MESSAGE_DELETE", event)
        return no_content()

    async def add_reaction(self, request: web.Request) -> web.StreamResponse:
        return self._reaction(request, "add")

    async def remove_reaction(self, request: web.Request) -> web.StreamResponse:
        return self._reaction(request, "remove")

    def _reaction(self, request: web.Request, action: str) -> web.StreamResponse:
        message = self._stored_message(request)
        self.fake.reactions.append(
            (action, int(message["channel_id"]), int(message["id"]), request.match_info["emoji"])
        )
        return no_content()

    async def typing(self, request: web.Request) -> web.StreamResponse:
        self.fake.typing.append(self._channel(request).id)
        return no_content()

    # ================================================================ guilds

    def _guild(self, request: web.Request) -> FakeGuild:
        guild = self.fake.guilds.get(_path_id(request, "guild_id"))
        if guild is None:
            raise not_found(10004, "Unknown Guild")
        if not guild.bot_installed:
            raise Rejected(error_response(403, 50001, "Missing Access"))
        return guild

    async def get_guild(self, request: web.Request) -> web.StreamResponse:
        payload = self._guild(request).to_payload()
        for key in ("channels", "members", "threads", "presences", "voice_states", "joined_at"):
            payload.pop(key, None)
        return json_response(payload)

    async def get_guild_channels(self, request: web.Request) -> web.StreamResponse:
        return json_response([c.to_payload() for c in self._guild(request).channels.values()])

    async def get_member(self, request: web.Request) -> web.StreamResponse:
        member = self._guild(request).members.get(_path_id(request, "user_id"))
        if member is None:
            raise not_found(10007, "Unknown Member")
        return json_response(member.to_payload())

    # ==================================================== application commands

    def _command_scope(self, request: web.Request) -> int | None:
        """The guild of a guild-command route, None for a global one.

        Another application's commands, or an unknown guild's, answer 403.
        """
        raw_guild = request.match_info.get("guild_id")
        guild_id = None if raw_guild is None else _int(raw_guild)
        other_app = _int(request.match_info["application_id"]) != self.fake.application_id
        if other_app or (raw_guild is not None and guild_id not in self.fake.guilds):
            raise Rejected(error_response(403, 50001, "Missing Access"))
        return guild_id

    def _store_command(self, body: dict[str, Any], guild_id: int | None) -> dict[str, Any]:
        fake = self.fake
        command_type = int(body.get("type", 1))
        command = copy.deepcopy(body)
        command["id"] = str(fake._command_id(guild_id, command_type, str(body.get("name"))))
        command["application_id"] = str(fake.application_id)
        command["version"] = str(fake.new_id())
        command["type"] = command_type
        command.setdefault("description", "")
        command.setdefault("options", [])
        command.setdefault("default_member_permissions", None)
        command.setdefault("nsfw", False)
        command.setdefault("name_localizations", None)
        command.setdefault("description_localizations", None)
        if guild_id is not None:
            command["guild_id"] = str(guild_id)
        else:
            command.setdefault("integration_types", [0])
            command.setdefault("contexts", None)
        return command

    async def get_commands(self, request: web.Request) -> web.StreamResponse:
        return json_response(self.fake.synced_commands.get(self._command_scope(request), []))

    async def put_commands(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        scope = self._command_scope(request)
        body = self._record_of(request).json
        self._refuse_invalid(validate_commands, body)
        stored = [self._store_command(c, scope) for c in body or []]
        fake.synced_commands[scope] = stored
        fake.command_syncs.append((scope, copy.deepcopy(body or [])))
        return json_response(stored)

    async def post_command(self, request: web.Request) -> web.StreamResponse:
        scope = self._command_scope(request)
        body = self._record_of(request).json or {}
        self._refuse_invalid(validate_commands, [body])
        command = self._store_command(body, scope)
        current = self.fake.synced_commands.setdefault(scope, [])
        existing = next((i for i, c in enumerate(current) if c["id"] == command["id"]), None)
        if existing is None:
            current.append(command)
            return json_response(command, status=201)
        current[existing] = command
        return json_response(command)

    def _command(self, request: web.Request, scope: int | None) -> dict[str, Any]:
        wanted = request.match_info["command_id"]
        command = next(
            (c for c in self.fake.synced_commands.get(scope, []) if c["id"] == wanted), None
        )
        if command is None:
            raise not_found(10063, "Unknown application command")
        return command

    async def get_command(self, request: web.Request) -> web.StreamResponse:
        return json_response(self._command(request, self._command_scope(request)))

    async def patch_command(self, request: web.Request) -> web.StreamResponse:
        command = self._command(request, self._command_scope(request))
        body = self._record_of(request).json or {}
        command.update(copy.deepcopy(body))
        command["version"] = str(self.fake.new_id())
        return json_response(command)

    async def delete_command(self, request: web.Request) -> web.StreamResponse:
        scope = self._command_scope(request)
        self.fake.synced_commands[scope].remove(self._command(request, scope))
        return no_content()

    async def get_command_permissions(self, request: web.Request) -> web.StreamResponse:
        self._command_scope(request)
        return json_response([])

    # ============================================================ interactions

    def _interaction(self, request: web.Request) -> InteractionRecord:
        """The interaction in the path; a wrong token or a missed deadline make it unknown."""
        interaction = self.fake.interactions.get(_path_id(request, "interaction_id"))
        deadline = self.fake.interaction_deadline
        if (
            interaction is None
            or interaction.token != request.match_info["token"]
            or (deadline is not None and time.monotonic() - interaction.dispatched_at > deadline)
        ):
            raise not_found(10062, "Unknown interaction")
        return interaction

    def _webhook_author(self) -> dict[str, Any]:
        """Marks a message as sent through the application's interaction webhook."""
        application_id = str(self.fake.application_id)
        return {"webhook_id": application_id, "application_id": application_id}

    async def interaction_callback(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        record = self._record_of(request)
        interaction = self._interaction(request)
        if interaction.responses:
            return error_response(400, 40060, "Interaction has already been acknowledged.")
        body: dict[str, Any] = record.json or {}
        callback_type = int(body.get("type", 0))
        data: dict[str, Any] = body.get("data") or {}
        if callback_type in (CALLBACK_MESSAGE, CALLBACK_UPDATE_MESSAGE):
            editing = callback_type == CALLBACK_UPDATE_MESSAGE
            self._refuse_invalid(
                validate_message, data, file_count=len(record.files), editing=editing
            )
        elif callback_type == CALLBACK_AUTOCOMPLETE:
            self._refuse_invalid(validate_autocomplete, data)
        channel_id = int(interaction.payload["channel_id"])
        message: dict[str, Any] | None = None
        if callback_type in (CALLBACK_MESSAGE, CALLBACK_DEFERRED_MESSAGE):
            msg_payload = dict(data)
            if callback_type == CALLBACK_DEFERRED_MESSAGE:
                msg_payload = {"flags": int(data.get("flags") or 0) | LOADING_FLAG}
            message = self.build_bot_message(
                channel_id,
                msg_payload,
                record.files,
                message_type=MESSAGE_TYPE_CHAT_INPUT_COMMAND,
                extra=self._webhook_author(),
            )
            interaction.original_message = message
            fake.messages[int(message["id"])] = message
        elif callback_type == CALLBACK_UPDATE_MESSAGE and interaction.original_message is not None:
            message = interaction.original_message
            self._apply_edit(message, data, record.files)
        response_record = InteractionResponseRecord(
            interaction_id=interaction.id,
            type=callback_type,
            data=data,
            files=record.files,
            request=record,
            message=message,
        )
        interaction.responses.append(response_record)
        fake._notify()
        answer: dict[str, Any] = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.type,
                "response_message_loading": callback_type == CALLBACK_DEFERRED_MESSAGE,
                "response_message_ephemeral": bool(int(data.get("flags") or 0) & EPHEMERAL_FLAG),
            }
        }
        if message is not None:
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": callback_type, "message": message}
        return json_response(answer)

    def _webhook_interaction(
        self, request: web.Request, *, answered: bool = False
    ) -> InteractionRecord:
        """The interaction whose token is in the webhook path, else 404 Unknown Webhook.

        ``answered``: follow-ups exist only after the initial response.
        """
        fake = self.fake
        token = request.match_info["token"]
        interaction = None
        if _int(request.match_info["application_id"]) == fake.application_id:
            interaction = next((i for i in fake.interactions.values() if i.token == token), None)
        if interaction is None or (answered and not interaction.responses):
            raise not_found(10015, "Unknown Webhook")
        return interaction

    def _webhook_message(self, request: web.Request) -> tuple[InteractionRecord, dict[str, Any]]:
        """The interaction and its message (``@original`` or a follow-up id) in the path."""
        interaction = self._webhook_interaction(request)
        raw = request.match_info["message_id"]
        if raw == "@original":
            message = None if interaction.original_deleted else interaction.original_message
        else:
            wanted = _int(raw)
            message = next(
                (self.fake.messages.get(f.id) for f in interaction.followups if f.id == wanted),
                None,
            )
        if message is None:
            raise not_found(10008, "Unknown Message")
        return interaction, message

    async def create_followup(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        record = self._record_of(request)
        interaction = self._webhook_interaction(request, answered=True)
        payload = self._message_payload(record)
        message = self.build_bot_message(
            int(interaction.payload["channel_id"]),
            payload,
            record.files,
            message_type=MESSAGE_TYPE_DEFAULT,
            extra=self._webhook_author(),
        )
        fake.messages[int(message["id"])] = message
        interaction.followups.append(
            _recorded_message("followup", message, payload, record, interaction.id)
        )
        fake._notify()
        if request.query.get("wait", "").lower() in ("1", "true"):
            return json_response(message)
        return no_content()

    async def get_webhook_message(self, request: web.Request) -> web.StreamResponse:
        _, message = self._webhook_message(request)
        return json_response(message)

    async def edit_webhook_message(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        record = self._record_of(request)
        interaction, message = self._webhook_message(request)
        payload = self._message_payload(record, editing=True)
        self._apply_edit(message, payload, record.files)
        if "flags" not in payload:
            message["flags"] = int(message.get("flags") or 0) & ~LOADING_FLAG
        is_original = request.match_info["message_id"] == "@original"
        recorded = _recorded_message(
            "edit_original" if is_original else "edit_followup",
            message,
            payload,
            record,
            interaction.id,
        )
        if is_original:
            interaction.edits.append(recorded)
        else:
            fake.edited_messages.append(recorded)
        fake._notify()
        return json_response(message)

    async def delete_webhook_message(self, request: web.Request) -> web.StreamResponse:
        interaction, message = self._webhook_message(request)
        self._delete_stored(message)
        if request.match_info["message_id"] == "@original":
            interaction.original_deleted = True
        self.fake._notify()
        return no_content()


def _recorded_message(
    kind: str,
    message: dict[str, Any],
    payload: dict[str, Any],
    record: RecordedRequest,
    interaction_id: int | None = None,
) -> RecordedMessage:
    """What tests see of a message the bot created or edited through ``record``."""
    return RecordedMessage(
        kind,
        int(message["channel_id"]),
        payload,
        record.files,
        message,
        record,
        interaction_id=interaction_id,
    )


def _mentioned_ids(content: str) -> list[int]:
    out: list[int] = []
    index = 0
    while True:
        start = content.find("<@", index)
        if start < 0:
            return out
        end = content.find(">", start)
        if end < 0:
            return out
        inner = content[start + 2 : end].lstrip("!")
        if inner.isdigit():
            out.append(int(inner))
        index = end + 1
