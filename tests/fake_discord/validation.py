"""A subset of Discord's payload validation, answered the way Discord answers.

The point is to catch, in tests, the mistakes that only show up against the
real API: messages over 2000 characters, empty messages, too many embeds or
autocomplete choices, badly named application commands.
"""

from __future__ import annotations

import re
from typing import Any

INVALID_FORM_BODY = 50035
EMPTY_MESSAGE = 50006

_CHAT_INPUT_NAME = re.compile(r"^[-_'\w]{1,32}$", re.UNICODE)
# The locales Discord takes in name_localizations and description_localizations.
LOCALES = frozenset(
    {"id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu",
     "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru",
     "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko"}
)  # fmt: skip


class ErrorCollector:
    """Builds Discord's nested ``errors`` object."""

    def __init__(self) -> None:
        self.errors: dict[str, Any] = {}

    def add(self, path: list[str | int], code: str, message: str) -> None:
        node = self.errors
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def max_length(self, path: list[str | int], value: Any, limit: int) -> None:
        if isinstance(value, str) and len(value) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def length_between(self, path: list[str | int], value: Any, low: int, high: int) -> None:
        if not isinstance(value, str) or not low <= len(value) <= high:
            self.add(
                path,
                "BASE_TYPE_BAD_LENGTH",
                f"Must be between {low} and {high} in length.",
            )

    def body(self) -> dict[str, Any] | None:
        if not self.errors:
            return None
        return {"code": INVALID_FORM_BODY, "errors": self.errors, "message": "Invalid Form Body"}


def _embed_text_length(embed: dict[str, Any]) -> int:
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    for fld in embed.get("fields") or []:
        total += len(fld.get("name") or "") + len(fld.get("value") or "")
    return total


def validate_message(
    payload: dict[str, Any], *, file_count: int = 0, editing: bool = False
) -> dict[str, Any] | None:
    """Return Discord's error body for an invalid message payload, else None."""
    errors = ErrorCollector()
    content = payload.get("content")
    errors.max_length(["content"], content, 2000)
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        errors.add(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    for index, embed in enumerate(embeds[:10]):
        path: list[str | int] = ["embeds", index]
        errors.max_length([*path, "title"], embed.get("title"), 256)
        errors.max_length([*path, "description"], embed.get("description"), 4096)
        errors.max_length([*path, "footer", "text"], (embed.get("footer") or {}).get("text"), 2048)
        errors.max_length([*path, "author", "name"], (embed.get("author") or {}).get("name"), 256)
        fields = embed.get("fields") or []
        if len(fields) > 25:
            errors.add([*path, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        for findex, fld in enumerate(fields):
            errors.max_length([*path, "fields", findex, "name"], fld.get("name"), 256)
            errors.max_length([*path, "fields", findex, "value"], fld.get("value"), 1024)
    if sum(_embed_text_length(e) for e in embeds) > 6000:
        errors.add(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
    found = errors.body()
    if found is not None:
        return found
    if not editing:
        has_body = any(
            payload.get(key)
            for key in ("content", "embeds", "sticker_ids", "components", "poll", "attachments")
        )
        if not has_body and file_count == 0:
            return {"code": EMPTY_MESSAGE, "message": "Cannot send an empty message"}
    return None


def validate_autocomplete(data: dict[str, Any]) -> dict[str, Any] | None:
    errors = ErrorCollector()
    choices = data.get("choices")
    if not isinstance(choices, list):
        errors.add(["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required")
        return errors.body()
    if len(choices) > 25:
        errors.add(["data", "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    for index, choice in enumerate(choices[:25]):
        errors.length_between(["data", "choices", index, "name"], choice.get("name"), 1, 100)
        errors.max_length(["data", "choices", index, "value"], choice.get("value"), 100)
    return errors.body()


def _check_name(errors: ErrorCollector, path: list[str | int], name: Any, chat_input: bool) -> None:
    if not isinstance(name, str) or not 1 <= len(name) <= 32:
        errors.add([*path, "name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.")
    elif chat_input and (not _CHAT_INPUT_NAME.match(name) or name != name.lower()):
        errors.add(
            [*path, "name"],
            "APPLICATION_COMMAND_INVALID_NAME",
            f"Command name is invalid: {name!r}",
        )


def _check_localizations(
    errors: ErrorCollector, path: list[str | int], item: dict[str, Any], chat_input: bool
) -> None:
    """Each localized name is a valid name, each localized description 1-100 long, and
    every key a locale Discord knows."""
    for field in ("name_localizations", "description_localizations"):
        for locale, text in (item.get(field) or {}).items():
            if locale not in LOCALES:
                errors.add([*path, field, locale], "LOCALE_INVALID", f"Invalid locale {locale!r}")
            elif field == "name_localizations":
                _check_name(errors, [*path, field, locale], text, chat_input)
            else:
                errors.length_between([*path, field, locale], text, 1, 100)


def _check_options(errors: ErrorCollector, path: list[str | int], options: list[Any]) -> None:
    if len(options) > 25:
        errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    seen_optional = False
    names: set[str] = set()
    for index, option in enumerate(options):
        opath: list[str | int] = [*path, index]
        _check_name(errors, opath, option.get("name"), True)
        _check_localizations(errors, opath, option, True)
        errors.length_between([*opath, "description"], option.get("description"), 1, 100)
        if option.get("name") in names:
            errors.add(
                [*opath, "name"],
                "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
                "Duplicate name",
            )
        names.add(option.get("name"))
        if option.get("type") in (1, 2):
            _check_options(errors, [*opath, "options"], option.get("options") or [])
            continue
        if option.get("required"):
            if seen_optional:
                errors.add(
                    [*opath, "required"],
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        else:
            seen_optional = True
        choices = option.get("choices") or []
        if len(choices) > 25:
            errors.add(
                [*opath, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )
        if choices and option.get("autocomplete"):
            errors.add(
                [*opath, "autocomplete"],
                "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES",
                "Autocomplete cannot be set with choices",
            )
        for cindex, choice in enumerate(choices[:25]):
            errors.length_between([*opath, "choices", cindex, "name"], choice.get("name"), 1, 100)


def validate_commands(commands: Any) -> dict[str, Any] | None:
    """Validate a bulk-overwrite (PUT) or single create payload list."""
    errors = ErrorCollector()
    if not isinstance(commands, list):
        errors.add([], "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
        return errors.body()
    if sum(1 for c in commands if c.get("type", 1) == 1) > 100:
        errors.add([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
    seen: set[tuple[int, str]] = set()
    for index, command in enumerate(commands):
        ctype = int(command.get("type", 1))
        chat_input = ctype == 1
        _check_name(errors, [index], command.get("name"), chat_input)
        _check_localizations(errors, [index], command, chat_input)
        key = (ctype, str(command.get("name")))
        if key in seen:
            errors.add(
                [index, "name"],
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                f"Application command names must be unique: {command.get('name')!r}",
            )
        seen.add(key)
        if chat_input:
            errors.length_between([index, "description"], command.get("description"), 1, 100)
        elif command.get("description"):
            errors.add(
                [index, "description"],
                "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                "Context menu commands cannot have description",
            )
        _check_options(errors, [index, "options"], command.get("options") or [])
    return errors.body()
