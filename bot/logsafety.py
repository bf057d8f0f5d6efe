"""Log records made safe to keep: no tokens, and none of the words people wrote.

At DEBUG, discord.py dumps every gateway event and every HTTP body it sends or
receives. Those carry interaction tokens (each lets whoever holds it reply as
the bot for 15 minutes), the text of people's messages and slash command
options, and the bot's replies, whose titles echo the question. `SafeLogFilter`
sits on the handler `somos-bot run` logs through, so every record, at every
level and from every logger, is rewritten before it is written: the message
is formatted, the secrets and people's words in it are replaced with
``[redacted]``, and the rest (event names, ids, routes, status codes) is kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

REDACTED = "[redacted]"

# Fields whose string values are secrets or people's words, wherever they appear in a
# Python repr or in JSON: "token" (INTERACTION_CREATE, IDENTIFY), "content" (messages,
# and message objects embedded in other payloads), "value" (slash command options,
# autocomplete input, modal fields), "title" and "description" (embeds: replies echo the
# question in the title). Empty strings are kept: an empty "content" says something
# useful (the Message Content intent is missing) and nothing private.
PRIVATE_FIELDS = ("token", "content", "value", "title", "description")
_QUOTED = r"'(?:[^'\\]|\\.)+'|\"(?:[^\"\\]|\\.)+\""
_PRIVATE_FIELD = re.compile(
    rf"(?P<key>(?P<quote>['\"])(?:{'|'.join(PRIVATE_FIELDS)})(?P=quote)\s*:\s*)"
    rf"(?P<value>{_QUOTED})",
    re.DOTALL,
)
# Interaction and webhook tokens in URLs: /interactions/<id>/<token>/callback and
# /webhooks/<application or webhook id>/<token>[/messages/...].
_TOKEN_IN_PATH = re.compile(r"(?P<path>/(?:interactions|webhooks)/\d+/)[^/\s'\"?#]+")
# Token shapes, for tokens the filter was not told about: a bot token
# (<id>.<timestamp>.<hmac>), an interaction token (base64 of "interaction:..."), and
# whatever follows "Bot " or "Bearer " in an Authorization header.
_TOKEN_SHAPES = re.compile(
    r"(?<![\w.-])[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}"
    r"|aW50ZXJhY3Rpb246[\w-]+"
    r"|(?<=\bBot )[\w.-]{20,}"
    r"|(?<=\bBearer )[\w.-]{20,}"
)
_TRACEBACKS = logging.Formatter()


class SafeLogFilter(logging.Filter):
    """Rewrites each record so that it holds no token and no user's words; drops nothing.

    `secrets` are strings never to be written as they are (the bot token). The filter
    never raises: a record it cannot make safe is replaced by a line saying so.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets = sorted({secret for secret in secrets if secret}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        text = _PRIVATE_FIELD.sub(_redact_field, text)
        text = _TOKEN_IN_PATH.sub(rf"\g<path>{REDACTED}", text)
        return _TOKEN_SHAPES.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            self._make_safe(record)
        except Exception:  # a broken filter must not take logging down, nor leak
            _withhold(record)
        return True

    def _make_safe(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # arguments that do not fit the message: keep the message only
            message = f"{record.msg} [arguments withheld: they do not fit the message]"
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info:
            # Formatters (discord.py's colour one among them) format exc_info afresh;
            # only the redacted text is left for them.
            record.exc_text = self.redact(_TRACEBACKS.formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)


def _redact_field(match: re.Match[str]) -> str:
    quote = match["value"][0]
    return f"{match['key']}{quote}{REDACTED}{quote}"


def _withhold(record: logging.LogRecord) -> None:
    record.msg = f"[a log record from {record.name} was withheld: it could not be made safe]"
    record.args = None
    record.exc_info = None
    record.exc_text = None
    record.stack_info = None
