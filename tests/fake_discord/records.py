"""What the fake records about the bot's behaviour, for tests to assert on."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

EPHEMERAL_FLAG = 1 << 6


def path_matches(pattern: str, path: str, route: str | None) -> bool:
    """How tests name requests: a route template with "{...}" (compared with the
    matched route, e.g. "POST /channels/{channel_id}/messages") or a regex that
    must fullmatch the path after /api/v10."""
    if "{" in pattern:
        return route is not None and route.split(" ", 1)[-1] == pattern
    return re.fullmatch(pattern, path) is not None


@dataclass
class RecordedFile:
    field_name: str
    filename: str
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One REST request the bot made (headers exclude Authorization)."""

    method: str
    path: str  # relative to /api/v10, e.g. "/channels/1/messages"
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    form: dict[str, str]
    files: list[RecordedFile]
    raw_body: bytes
    route: str | None  # e.g. "POST /channels/{channel_id}/messages"; None = unknown route
    authenticated: bool
    timestamp: float = field(default_factory=time.monotonic)
    status: int | None = None
    response: Any = None
    fault: str | None = None  # description of an injected fault, if any

    def matches(self, method: str | None, path: str) -> bool:
        """``method`` None matches any; ``path`` as in :func:`path_matches`."""
        if method is not None and self.method != method.upper():
            return False
        return path_matches(path, self.path, self.route)


class MessageBodyFields:
    """Typed, None-safe reads of a message body's fields, for records that hold one.

    Discord omits or nulls empty fields; tests want "" / [] / 0 instead.
    """

    def _body(self) -> dict[str, Any]:
        raise NotImplementedError

    @property
    def content(self) -> str:
        return self._body().get("content") or ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list(self._body().get("embeds") or [])

    @property
    def components(self) -> list[dict[str, Any]]:
        return list(self._body().get("components") or [])

    @property
    def flags(self) -> int:
        return int(self._body().get("flags") or 0)


@dataclass
class RecordedMessage(MessageBodyFields):
    """A message the bot created or edited through REST."""

    kind: str  # "channel", "edit", "followup", "edit_original", "edit_followup"
    channel_id: int
    payload: dict[str, Any]  # the JSON body (or multipart payload_json) the bot sent
    files: list[RecordedFile]
    message: dict[str, Any]  # the message object the fake answered with
    request: RecordedRequest
    interaction_id: int | None = None

    def _body(self) -> dict[str, Any]:
        return self.message

    @property
    def id(self) -> int:
        return int(self.message["id"])

    @property
    def reference_id(self) -> int | None:
        ref = self.payload.get("message_reference")
        if ref and ref.get("message_id") is not None:
            return int(ref["message_id"])
        return None


@dataclass
class InteractionResponseRecord(MessageBodyFields):
    """One POST /interactions/{id}/{token}/callback."""

    interaction_id: int
    # 1 pong, 4 message, 5 deferred message, 6 deferred update, 7 update,
    # 8 autocomplete result, 9 modal
    type: int
    data: dict[str, Any]
    files: list[RecordedFile]
    request: RecordedRequest
    message: dict[str, Any] | None = None  # the message it created/updated, if any

    def _body(self) -> dict[str, Any]:
        return self.data

    @property
    def choices(self) -> list[dict[str, Any]]:
        return list(self.data.get("choices") or [])

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL_FLAG)


@dataclass
class InteractionRecord:
    """An interaction the fake dispatched, and everything the bot did with it."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]
    shard_id: int
    dispatched_at: float = field(default_factory=time.monotonic)
    responses: list[InteractionResponseRecord] = field(default_factory=list)
    edits: list[RecordedMessage] = field(default_factory=list)  # PATCH @original
    followups: list[RecordedMessage] = field(default_factory=list)
    original_message: dict[str, Any] | None = None
    original_deleted: bool = False

    @property
    def response(self) -> InteractionResponseRecord | None:
        return self.responses[0] if self.responses else None

    def final_content(self) -> str:
        """The text a user would finally see in the original response."""
        if self.original_message is not None:
            return self.original_message.get("content") or ""
        return self.response.content if self.response else ""


@dataclass
class IdentifyRecord:
    token: str
    intents: int | None
    shard: list[int] | None
    properties: dict[str, Any]
    presence: dict[str, Any] | None
    large_threshold: int | None
    raw: dict[str, Any]
    session_id: str
    path: str
    query: dict[str, str]

    @property
    def shard_id(self) -> int:
        return self.shard[0] if self.shard else 0

    @property
    def shard_count(self) -> int:
        return self.shard[1] if self.shard else 1


@dataclass
class GatewayFrame:
    """A gateway frame: received from the bot ("in"), sent to it ("out"), or
    re-sent from the session backlog after a RESUME ("replay")."""

    direction: str
    op: int | None
    t: str | None
    s: int | None
    d: Any
    shard_id: int | None
    timestamp: float = field(default_factory=time.monotonic)
