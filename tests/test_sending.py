"""The Sender's retry rules, on a stand-in channel: what is tried again, and how often."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import pytest

from bot.sending import Sender


def server_error(status: int) -> discord.DiscordServerError:
    response = SimpleNamespace(status=status, reason="injected")
    return discord.DiscordServerError(response, {"message": "injected", "code": 0})  # type: ignore[arg-type]


class Http:
    """Fails with each of `errors` in turn, then posts; records every nonce it is sent."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.nonces: list[int] = []
        self.payloads: list[dict[str, Any]] = []

    async def send_message(self, channel_id: int, *, params: Any) -> dict[str, Any]:
        self.nonces.append(int(params.payload["nonce"]))
        self.payloads.append(params.payload)
        if self.errors:
            raise self.errors.pop(0)
        return {"id": "555", "channel_id": str(channel_id), "content": params.payload["content"]}


class Channel(discord.PartialMessageable):
    """A channel whose messages go to `Http`."""

    def __init__(self, *errors: Exception) -> None:
        self.http = Http(*errors)
        state = SimpleNamespace(http=self.http, allowed_mentions=None)
        super().__init__(state=state, id=42)  # type: ignore[arg-type]

    @property
    def nonces(self) -> list[int]:
        return self.http.nonces


async def send(channel: Channel) -> str:
    sender = Sender((0.0, 0.0, 0.0))
    sent = await sender.send(channel, content="hi")
    assert sent.channel is channel
    return f"{sent.id} {channel.http.payloads[-1]['content']}"


async def test_passing_failures_are_tried_again_with_one_nonce() -> None:
    channel = Channel(server_error(503), aiohttp.ServerDisconnectedError(), TimeoutError())
    assert await send(channel) == "555 hi"
    assert len(channel.nonces) == 4 and len(set(channel.nonces)) == 1


async def test_it_gives_up_after_four_tries() -> None:
    channel = Channel(*[server_error(503) for _ in range(4)])
    with pytest.raises(discord.DiscordServerError):
        await send(channel)
    assert len(channel.nonces) == 4


@pytest.mark.parametrize("status", [500, 502, 504, 524])
async def test_errors_discord_py_already_retried_are_not_retried_again(status: int) -> None:
    channel = Channel(server_error(status))
    with pytest.raises(discord.DiscordServerError):
        await send(channel)
    assert len(channel.nonces) == 1


async def test_refusals_are_not_retried() -> None:
    response = SimpleNamespace(status=403, reason="Forbidden")
    channel = Channel(discord.Forbidden(response, {"message": "no", "code": 50013}))  # type: ignore[arg-type]
    with pytest.raises(discord.Forbidden):
        await send(channel)
    assert len(channel.nonces) == 1
