"""The log filter on crafted records: tokens and people's words go, the rest stays."""

from __future__ import annotations

import ast
import io
import json
import logging
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cli import setup_logging
from bot.logsafety import REDACTED, SafeLogFilter

BOT_TOKEN = "fake-token-ZXhhbXBsZS1zZWNyZXQ"
# The shape of a real bot token (not a real one), which the filter is not told about.
OTHER_BOT_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"
INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ"


def record(msg: object, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord(
        "discord.gateway", logging.DEBUG, __file__, 1, msg, args or None, exc_info
    )


def safe(rec: logging.LogRecord) -> str:
    """What a handler with the filter writes for the record."""
    assert SafeLogFilter([BOT_TOKEN]).filter(rec) is True  # never drops a record
    assert rec.args is None and rec.exc_info is None
    return logging.Formatter("%(name)s %(message)s").format(rec)


def test_an_interaction_dump_keeps_the_event_and_ids_but_not_the_token_or_the_question():
    payload = {
        "op": 0,
        "t": "INTERACTION_CREATE",
        "s": 5,
        "d": {
            "id": "1001",
            "token": INTERACTION_TOKEN,
            "data": {"name": "ask", "options": [{"name": "question", "value": "my secret"}]},
        },
    }
    line = safe(record("For Shard ID %s: WebSocket Event: %s", 0, payload))
    assert INTERACTION_TOKEN not in line and "my secret" not in line
    assert "INTERACTION_CREATE" in line and "'1001'" in line and "'ask'" in line
    assert f"'token': '{REDACTED}'" in line and f"'value': '{REDACTED}'" in line


@pytest.mark.parametrize(
    "content",
    ["plain words", "it's mine", "both ' and \" quotes", "a\nnewline and a \\ backslash"],
)
def test_a_message_dump_loses_every_content_whatever_its_quotes(content: str):
    payload = {
        "t": "MESSAGE_UPDATE",
        "d": {
            "id": "2002",
            "content": content,
            "referenced_message": {"id": "2001", "content": content + " again"},
            "embeds": [{"title": content, "description": content, "footer": {"text": "Source"}}],
        },
    }
    line = safe(record("WebSocket Event: %s", payload))
    assert content not in line and repr(content)[1:-1] not in line
    assert ast.literal_eval(line.split("Event: ", 1)[1]) == {
        "t": "MESSAGE_UPDATE",
        "d": {
            "id": "2002",
            "content": REDACTED,
            "referenced_message": {"id": "2001", "content": REDACTED},
            "embeds": [{"title": REDACTED, "description": REDACTED, "footer": {"text": "Source"}}],
        },
    }


def test_empty_content_is_kept_it_says_the_intent_is_missing():
    line = safe(record("WebSocket Event: %s", {"t": "MESSAGE_CREATE", "d": {"content": ""}}))
    assert "'content': ''" in line


def test_http_lines_lose_tokens_in_urls_and_text_in_json_bodies():
    body = json.dumps({"type": 4, "data": {"content": "you asked: my secret", "flags": 64}})
    line = safe(
        record(
            "%s %s with %s has returned %s",
            "POST",
            f"https://discord.com/api/v10/interactions/1001/{INTERACTION_TOKEN}/callback",
            body,
            204,
        )
    )
    assert INTERACTION_TOKEN not in line and "my secret" not in line
    assert f"/interactions/1001/{REDACTED}/callback" in line
    assert '"flags": 64' in line and "has returned 204" in line
    followup = safe(
        record("PATCH https://discord.com/api/v10/webhooks/77/some-other-token/messages/@original")
    )
    assert followup.endswith(f"/webhooks/77/{REDACTED}/messages/@original")


def test_the_bot_token_goes_wherever_it_appears():
    lines = [
        safe(record("logging in with %s", BOT_TOKEN)),
        safe(record(f"token {BOT_TOKEN} in the message itself")),
        safe(record("headers %s", {"Authorization": f"Bot {BOT_TOKEN}"})),
        safe(record("headers %s", {"Authorization": f"Bot {OTHER_BOT_TOKEN}"})),
        safe(record("IDENTIFY %s", {"op": 2, "d": {"token": "another-secret", "intents": 1}})),
        safe(record("a stray token %s", OTHER_BOT_TOKEN)),
        safe(record("and an interaction's %s", INTERACTION_TOKEN)),
    ]
    for line in lines:
        assert REDACTED in line
        for secret in (BOT_TOKEN, OTHER_BOT_TOKEN, "another-secret", INTERACTION_TOKEN):
            assert secret not in line
    assert "'intents': 1" in lines[4]


def test_a_traceback_is_kept_without_the_token_in_it():
    try:
        raise RuntimeError(f"POST /interactions/1/{INTERACTION_TOKEN}/callback failed")
    except RuntimeError as error:
        line = safe(record("Command %s failed", "ask", exc=error))
    assert "Traceback (most recent call last)" in line and "RuntimeError" in line
    assert INTERACTION_TOKEN not in line and "/interactions/1/[redacted]/callback" in line


class Unprintable:
    def __str__(self) -> str:
        raise ValueError("no")


def test_the_filter_never_raises_and_never_leaks_what_it_cannot_format():
    mismatched = record("%d questions from %s", "not a number", BOT_TOKEN)
    line = safe(mismatched)
    assert line.startswith("discord.gateway %d questions from %s [arguments withheld")
    assert BOT_TOKEN not in line
    withheld = safe(record(Unprintable()))
    assert "was withheld" in withheld and "discord.gateway" in withheld


@given(st.text(min_size=1))
def test_any_content_is_redacted_in_reprs_and_json(content: str):
    event = {"t": "MESSAGE_CREATE", "d": {"id": "3003", "content": content, "nonce": "n"}}
    expected = {"t": "MESSAGE_CREATE", "d": {"id": "3003", "content": REDACTED, "nonce": "n"}}
    redact = SafeLogFilter().redact
    assert ast.literal_eval(redact(repr(event))) == expected
    assert json.loads(redact(json.dumps(event))) == expected
    assert json.loads(redact(json.dumps(event, ensure_ascii=False))) == expected


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    """The handler `somos-bot run` installs, writing here; removed afterwards."""
    root = logging.getLogger()
    level = root.level
    out = io.StringIO()
    handler = setup_logging("DEBUG", secrets=[BOT_TOKEN], stream=out)
    try:
        yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def test_the_run_handler_filters_every_logger_at_every_level(stream: io.StringIO):
    logging.getLogger("discord.http").debug("GET /users/@me with Bot %s", BOT_TOKEN)
    logging.getLogger("bot.exts.questions").warning("token=%s", BOT_TOKEN)
    logging.getLogger("asyncio").error("content: %s", {"content": "my secret"})
    written = stream.getvalue()
    assert written.count("\n") == 3
    assert BOT_TOKEN not in written and "my secret" not in written
    assert "discord.http" in written and "bot.exts.questions" in written and "asyncio" in written
