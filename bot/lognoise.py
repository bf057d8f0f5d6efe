"""Warnings discord.py logs at every start that do not concern this bot, left out of its log.

The bot has no voice, so "PyNaCl is not installed" and "davey is not installed" say
nothing to its operator; and it runs without the Message Content intent on purpose
unless MESSAGE_CONTENT_INTENT asks for it, so the warning that the intent is missing
is only kept when it was asked for (and Discord refused it).
"""

from __future__ import annotations

import logging

VOICE_WARNINGS = ("PyNaCl is not installed", "davey is not installed")
CONTENT_INTENT_WARNING = "Privileged message content intent is missing"


class IrrelevantWarnings(logging.Filter):
    """Drops those warnings; `message_content`: whether the operator asked for the intent."""

    def __init__(self, message_content: bool) -> None:
        super().__init__()
        self._dropped = VOICE_WARNINGS
        if not message_content:
            self._dropped = (*VOICE_WARNINGS, CONTENT_INTENT_WARNING)

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("discord"):
            return True
        return not record.getMessage().startswith(self._dropped)
