"""What the code fills each template of a reply language with, and the intents it names.

The one place that says which placeholders each template of replies/<code>.toml
receives, so that the loader (bot/knowledge.py) can refuse a typo such as
`{actr}` or a lone `{` when the files are read, instead of a reply failing when
it is asked for. Every template filled through the composer also receives
`{show}` (the show's title). tests/test_templates.py holds these tables to what
the code really passes.
"""

from __future__ import annotations

SHOW = "show"  # given to every template the composer fills ([replies], [declines], ...)

_RENEWAL = ("as_of", "source", "platform", "status", "reason", "earliest_return", "silence")
_REVIEW = (
    "author", "headline", "enjoyed", "audience", "content_warning", "final_episode",
    "strengths", "genre", "comparison", "weaknesses",
)  # fmt: skip
_ORDER = ("number", "title", "other_number", "other_title", "episode_count")  # two episodes
_SHOW_VALUES = ("platform", "format", "episode_count", "season_count", "release_date")
_DATES = ("first", "first_date", "second", "second_date", "span")
_SOURCE_ARTICLE = ("author", "year", "publisher", "title", "story_year", "cartel", "fictionalised")
_ABOUT = (
    "platform", "format", "episode_count", "release_date", "creators", "summary", "author",
    "year", "publisher", "title", "sources",
)  # fmt: skip
_REVIEW_INTENTS = (
    "review", "review_enjoy", "review_recommend", "review_balance", "review_strengths",
    "review_weaknesses", "content_warning", "review_author", "genre", "comparison",
)  # fmt: skip

# [replies]: template -> the placeholders it is filled with (besides {show}).
REPLIES: dict[str, tuple[str, ...]] = {
    "named_in": ("name", "sources"),
    "episode_by_number": ("number", "title", "episode_count"),
    "episode_by_title": ("number", "title", "episode_count"),
    "character": ("character", "actor"),
    "actor": ("character", "actor"),
    "character_description": ("character", "description"),
    "actor_unnamed_role": ("actor", "description"),
    "actor_performance": ("actor", "performance"),
    "crew": ("name", "credits"),
    "episode_list_item": ("number", "title"),
    "episode_list": ("episodes", "episode_count", "release_date"),
    "episode_before": _ORDER,
    "episode_after": _ORDER,
    "episodes_before": (*_ORDER, "count", "titles"),
    "episodes_after": (*_ORDER, "count", "titles"),
    "episodes_between": (*_ORDER, "count", "titles"),
    "episode_count": _SHOW_VALUES,
    "release": _SHOW_VALUES,
    "watch": ("episode_count", "platform"),
    "cast_list_item": ("actor", "role"),
    "cast_list": ("cast", "untrained"),
    "cast_count": ("source", "count", "cast"),
    "stars": ("stars", "star_count"),
    "untrained": ("untrained", "verdict"),
    "performance_item": ("actor", "performance", "role"),
    "performances": ("untrained", "verdict", "notes"),
    "creators": ("creators", "cowriters"),
    "writers": ("writers", "writer_count"),
    "cinematography": ("cinematographers", "verdict"),
    "renewal": _RENEWAL,
    "renewal_when": _RENEWAL,
    "renewal_plot": _RENEWAL,
    "season2_article": ("title", "as_of", "verdict", *_RENEWAL[2:]),
    "date_gap": _DATES,
    "date_order": _DATES,
    "date_order_after": _DATES,
    "date_one": ("first", "first_date"),
    "date_ago": ("first", "first_date", "span", "today"),
    "fictionalised": (),
    "blog_post": ("date", "author", "summary", "quote"),
    "source_article": _SOURCE_ARTICLE,
    "story": ("summary", "focus", "fictionalised"),
    "reality": ("story_year", "year", "publisher", "author", "calls_it"),
    "reality_of": ("character",),
    "deaths": ("story_year", "cartel", "review", "article"),
    "about": _ABOUT,
    **dict.fromkeys(_REVIEW_INTENTS, _REVIEW),
    "reception": ("verdict",),
    "review_finale": ("final_episode",),
    "source_item": ("title", "by", "as_of"),
    "source_by": ("author",),
    "source_as_of": ("as_of",),
    "bot_sources": ("sources",),
    "said_where": ("sources",),
    "said_by": ("sources", "text"),
    "help": ("platform", "format", "topics", "examples"),
    "topics": (),
    "credit": ("sources",),
    "credit_as_of": ("sources", "date"),
    "spoiler": ("text",),
    "spoiler_warning": (),
    "yes": ("text",),
    "no": ("text",),
    "cast_choice": ("actor", "role"),
}
# [replies] of each small-talk intent (chat = true in intents.toml), whatever its name.
SMALL_TALK: tuple[str, ...] = ("platform", "topics", "examples")
# [replies] dated_<table>_<field>: the name of a dated fact ([dated] in questions.toml),
# put into date_gap and date_order as it is written (not a template).
DATED_LABEL = "dated_{table}_{field}"
# [declines]; `or` is put between suggestions as it is written.
DECLINES: dict[str, tuple[str, ...]] = {
    "general": ("topics", "examples"),
    "topic": ("topic",),
    "suggest": ("suggestions",),
    "unsaid": ("text",),
    "unsaid_alone": (),
    "whom": (),
}
DECLINES_AS_WRITTEN = ("or",)
# [declines.topics], every one: the episode or season asked for that there is none of.
DECLINE_TOPIC: tuple[str, ...] = ("number", "episode_count")
# [credits], every one: the others who hold the same credit.
CREDIT: tuple[str, ...] = ("others",)
# [examples]: these four name an item; every other one (an intent's) takes nothing.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "episode": ("number",),
    "character": ("character",),
    "actor": ("actor",),
    "person": ("name",),
}
# [language]: formats filled on their own (no {show}).
LANGUAGE: dict[str, tuple[str, ...]] = {
    "date": ("day", "month", "year"),
    "month_year": ("month", "year"),
    "titled_name": ("title", "name"),
    "more": ("count",),
    "about": ("span",),
}
# [chat]: what the Discord bot says around answers (bot.client.SomosBot.say; no {show}).
CHAT: dict[str, tuple[str, ...]] = {
    "asking_quickly": ("seconds",),
    "channel_busy": ("seconds",),
    "answered_moments_ago": ("link",),
    "help_commands": (),
    "help_command": ("name", "command", "description"),
    "help_command_slash": ("name", "description"),
    "help_just_ask": (),
    "help_just_ask_text": (),
    "missing_ask": ("command",),
    "missing_episode": ("command",),
    "bad_argument": ("help",),
    "synced_here": ("count",),
    "synced_global": ("count",),
    "synced_global_dev_removed": ("count", "removed", "server"),
    "sync_here_needs_server": (),
    "share_button": (),
    "nothing_to_answer": (),
    "not_your_buttons": (),
    "error_sorry": (),
    "error_not_saved": (),
    "error_not_owner": (),
    "error_manage_server": (),
    "error_server_only": (),
    "reloaded": ("episodes", "cast", "sources"),
    "reload_kept": ("problem",),
    "settings_channels": ("channels",),
    "settings_no_channels": (),
    "settings_unaddressed": ("state",),
    "settings_language": ("language",),
    "settings_questionlog": ("state",),
    "settings_on": (),
    "settings_off": (),
    "settings_needs_intent": (),
    "settings_cannot_unaddressed": (),
    "settings_languages": ("languages",),
}

# Intents the code looks up by name besides those it answers, which intents.toml must
# therefore hold (bot.engine.compose checks the intents it answers against its replies).
NAMED_INTENTS = frozenset({"episode_other"})
