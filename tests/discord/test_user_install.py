"""A user's own install: slash commands and the "Ask Somos" menu in servers the bot is not
in, DMs and group DMs; server settings stay server-only."""

from __future__ import annotations

import pytest

from tests.discord.conftest import RunBot, World
from tests.fake_discord.records import EPHEMERAL_FLAG

GUILD_INSTALL, USER_INSTALL = 0, 1
IN_GUILD, IN_BOT_DM, IN_PRIVATE_CHANNEL = 0, 1, 2


async def test_synced_commands_offer_user_install_settings_stay_in_servers(
    world: World, run_bot: RunBot
):
    async with run_bot(dev_guild_id=None) as bot:
        await world.fake.send_message(world.general, world.fake.owner, f"<@{bot.user.id}> sync")
        await world.fake.wait_for_messages(1)
    commands = {(c["name"], c["type"]): c for c in world.fake.commands()}
    for name in ("ask", "episode", "episodes", "cast", "release", "renewal", "review", "about",
                 "help"):  # fmt: skip
        command = commands[(name, 1)]
        assert command["integration_types"] == [GUILD_INSTALL, USER_INSTALL], name
        assert command["contexts"] == [IN_GUILD, IN_BOT_DM, IN_PRIVATE_CHANNEL], name
    settings = commands[("settings", 1)]
    assert settings["integration_types"] == [GUILD_INSTALL]
    assert settings["contexts"] == [IN_GUILD]
    menu = commands[("Ask Somos", 3)]
    assert menu["integration_types"] == [GUILD_INSTALL, USER_INSTALL]
    assert menu["contexts"] == [IN_GUILD, IN_BOT_DM, IN_PRIVATE_CHANNEL]
    assert not menu.get("description")


async def test_slash_commands_from_a_user_install_in_a_server_the_bot_is_not_in(
    world: World, run_bot: RunBot
):
    elsewhere = world.fake.add_guild("Another server", bot_installed=False)
    room = world.fake.add_channel(elsewhere, "chat")
    world.fake.add_member(elsewhere, world.alice)
    async with run_bot(dev_guild_id=None) as bot:
        await bot.tree.sync()
        asked = await world.fake.send_slash_command(
            "ask", {"question": "who plays irene?"}, user=world.alice, channel=room,
            user_install=True,
        )  # fmt: skip
        helped = await world.fake.send_slash_command(
            "help", user=world.alice, channel=room, user_install=True
        )
        answer = await world.fake.wait_for_interaction_response(asked.id)
        help_reply = await world.fake.wait_for_interaction_response(helped.id)
    assert "Iliana Donatlán" in answer.embeds[0]["description"]
    lines = help_reply.embeds[0]["fields"][0]["value"]
    assert "`/ask`: " in lines and "`!" not in lines and "@" not in lines  # no text commands
    assert not [r for r in world.fake.requests if r.status == 403]  # it read nothing there


async def test_slash_commands_in_dms_and_group_dms_of_a_user_install(world: World, run_bot: RunBot):
    dm = world.fake.add_private_channel(world.alice, world.bob)
    group = world.fake.add_private_channel(world.alice, world.bob, world.fake.add_user("carol"),
                                           group=True, name="watch party")  # fmt: skip
    async with run_bot(dev_guild_id=None) as bot:
        await bot.tree.sync()  # as `@Somos sync` does
        records = [
            await world.fake.send_slash_command(
                "episode", {"episode": "3"}, user=world.alice, channel=channel, user_install=True
            )
            for channel in (dm, group)
        ]
        responses = [await world.fake.wait_for_interaction_response(r.id) for r in records]
    for response in responses:
        assert "Tell the Moon to Come" in response.embeds[0]["description"]


async def test_server_settings_do_not_reach_a_user_install(world: World, run_bot: RunBot):
    async with run_bot() as bot:
        await bot.store.update(world.guild.id, language="es")
        server = await world.fake.send_slash_command(
            "about", user=world.alice, channel=world.general, locale="fr"
        )
        personal = await world.fake.send_slash_command(
            "about", user=world.alice, channel=world.general, locale="fr", user_install=True
        )
        in_server = await world.fake.wait_for_interaction_response(server.id)
        own = await world.fake.wait_for_interaction_response(personal.id)
    assert in_server.embeds[0]["description"] != own.embeds[0]["description"]
    assert "Somos." in own.embeds[0]["description"]
    assert bot.engine.language_of(own.embeds[0]["description"]) == "en"
    assert bot.engine.language_of(in_server.embeds[0]["description"]) == "es"


async def test_ask_somos_menu_answers_the_message_for_the_reader_only(
    world: World, run_bot: RunBot
):
    async with run_bot():
        message = await world.fake.send_message(world.general, world.bob, "irene?")
        menu = await world.fake.send_message_command(
            "Ask Somos", message, user=world.alice, locale="es-ES"
        )
        private = await world.fake.wait_for_interaction_response(menu.id)
        [row] = private.components
        [share] = row["components"]
        pressed = await world.fake.send_component_interaction(
            private.message, share["custom_id"], user=world.alice
        )
        shared = await world.fake.wait_for_interaction(pressed.id, lambda r: r.followups)
    assert private.ephemeral
    assert private.embeds[0]["description"] == "El papel de Irene lo hace Iliana Donatlán."
    assert private.embeds[0]["title"] == "irene?"
    assert share["label"] == "Compartir en el canal"
    assert not world.fake.sent_messages  # nothing in the channel until the reader shares
    assert shared.response.type == 7 and shared.response.components == []
    [public] = shared.followups
    assert not public.flags & EPHEMERAL_FLAG
    assert public.embeds[0]["description"] == "El papel de Irene lo hace Iliana Donatlán."


async def test_settings_are_not_offered_in_dms_or_from_a_user_install(
    world: World, run_bot: RunBot
):
    dm = world.fake.add_private_channel(world.alice, world.bob)
    async with run_bot(dev_guild_id=None) as bot:
        await bot.tree.sync()
        for user, channel in ((world.alice, dm), (world.fake.owner, world.general)):
            with pytest.raises(ValueError, match="does not offer 'settings'"):
                await world.fake.send_slash_command(
                    "settings show", user=user, channel=channel, user_install=True
                )
        allowed = await world.fake.send_slash_command(
            "settings show", user=world.fake.owner, channel=world.general
        )
        shown = await world.fake.wait_for_interaction_response(allowed.id)
    assert shown.ephemeral and "Listening channels" in shown.content


async def test_ask_somos_menu_from_a_user_install_where_the_bot_is_not(
    world: World, run_bot: RunBot
):
    elsewhere = world.fake.add_guild("Another server", bot_installed=False)
    room = world.fake.add_channel(elsewhere, "chat")
    for user in (world.alice, world.bob):
        world.fake.add_member(elsewhere, user)
    async with run_bot(dev_guild_id=None) as bot:
        await bot.tree.sync()
        message = await world.fake.send_message(room, world.bob, "who made somos?")
        empty = await world.fake.send_message(room, world.bob, "")
        menu = await world.fake.send_message_command(
            "Ask Somos", message, user=world.alice, user_install=True
        )
        nothing = await world.fake.send_message_command(
            "Ask Somos", empty, user=world.alice, user_install=True
        )
        private = await world.fake.wait_for_interaction_response(menu.id)
        refusal = await world.fake.wait_for_interaction_response(nothing.id)
    assert private.ephemeral and "James Schamus" in private.embeds[0]["description"]
    assert refusal.ephemeral and refusal.content == "That message has no text I can read."
    assert not [r for r in world.fake.requests if r.status == 403]


async def test_ask_somos_answers_in_the_readers_language_whatever_the_messages(
    world: World, run_bot: RunBot, engine
):
    """Someone else's English question, read by a Spanish client: answered in Spanish."""
    async with run_bot():
        message = await world.fake.send_message(world.general, world.bob, "who plays Irene?")
        menu = await world.fake.send_message_command(
            "Ask Somos", message, user=world.alice, locale="es-ES"
        )
        private = await world.fake.wait_for_interaction_response(menu.id)
    spanish = engine.answer("¿quién interpreta a Irene?").text
    assert private.embeds[0]["description"] == spanish
