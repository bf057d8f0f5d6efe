"""What the bot says around its answers: missing or bad arguments, and embed titles."""

from __future__ import annotations

from tests.discord.conftest import RunBot, World


async def test_a_command_missing_its_argument_says_how_to_use_it(world: World, run_bot: RunBot):
    async with run_bot(message_content=True) as bot:
        me = bot.user.id
        for number, (channel, text) in enumerate(
            [(world.general, f"<@{me}> episode"), (world.general, "!ask"),
             (world.fake.dm_channel(world.alice), "!episode")],
            start=1,
        ):  # fmt: skip
            await world.fake.send_message(channel, world.alice, text)
            replies = await world.fake.wait_for_messages(number)
    texts = [reply.content for reply in replies]
    assert texts[0] == "Which episode? Give its number or title, for example: `@FakeBot episode 3`"
    assert texts[1] == "Ask me something after it, for example: `!ask who plays Irene?`"
    assert texts[2] == "Which episode? Give its number or title, for example: `!episode 3`"
    for text in texts:
        assert "required argument" not in text and "missing" not in text


async def test_a_missing_argument_is_explained_in_the_servers_language(
    world: World, run_bot: RunBot
):
    async with run_bot(language="es") as bot:
        await world.fake.send_message(world.general, world.alice, f"<@{bot.user.id}> episode")
        [reply] = await world.fake.wait_for_messages(1)
    assert reply.content.startswith("¿Qué episodio?")


async def test_embed_titles_repeat_only_questions(world: World, run_bot: RunBot):
    messages = {
        "hi": None,
        "/help": None,
        "**who**": None,
        "thanks!": None,
        "who plays irene": "who plays irene",
        "are you a bot?": "are you a bot?",
        "ep 3": "ep 3",
    }
    async with run_bot():
        for number, text in enumerate(messages, start=1):
            await world.fake.send_dm(world.alice, text)
            await world.fake.wait_for_messages(number)
    titles = [reply.embeds[0].get("title") for reply in world.fake.sent_messages]
    assert titles == list(messages.values())


async def test_a_slash_question_is_its_title_a_greeting_is_not(world: World, run_bot: RunBot):
    async with run_bot():
        asked = await world.fake.send_slash_command(
            "ask", {"question": "who plays chema?"}, user=world.alice, channel=world.general
        )
        greeted = await world.fake.send_slash_command(
            "ask", {"question": "hola"}, user=world.alice, channel=world.general
        )
        question = await world.fake.wait_for_interaction_response(asked.id)
        greeting = await world.fake.wait_for_interaction_response(greeted.id)
    assert question.embeds[0]["title"] == "who plays chema?"
    assert "title" not in greeting.embeds[0]


async def autocomplete(world: World, command: str, option: str, typed: str, locale: str = "en-US"):
    request = await world.fake.send_autocomplete(
        command, {option: typed}, option, user=world.alice, channel=world.general, locale=locale
    )
    response = await world.fake.wait_for_interaction_response(request.id)
    return [(choice["name"], choice["value"]) for choice in response.choices]


async def test_autocomplete_offers_only_what_matches_best_first(world: World, run_bot: RunBot):
    async with run_bot():
        cast_ire = await autocomplete(world, "cast", "name", "ire")
        cast_dona = await autocomplete(world, "cast", "name", "dona")
        cast_typo = await autocomplete(world, "cast", "name", "irnee")
        cast_es = await autocomplete(world, "cast", "name", "ire", locale="es-ES")
        episode_lobos = await autocomplete(world, "episode", "episode", "lobos")
        episode_three = await autocomplete(world, "episode", "episode", "3")
        episode_none = await autocomplete(world, "episode", "episode", "zzzz")
        episode_all = await autocomplete(world, "episode", "episode", "")
    assert cast_ire == [("Iliana Donatlán as Irene", "Irene")]
    assert cast_dona == [
        ("Mercedes Hernández as Doña Chayo", "Doña Chayo"),  # a whole word first
        ("Iliana Donatlán as Irene", "Irene"),  # then the start of one
    ]
    assert cast_typo == [("Iliana Donatlán as Irene", "Irene")]
    assert [value for _, value in cast_es] == ["Irene"] and "Iliana Donatlán" in cast_es[0][0]
    assert episode_lobos == [("4. A Walk with Wolves", "4")]
    assert episode_three == [("3. Tell the Moon to Come", "3")]
    assert episode_none == []
    assert [value for _, value in episode_all] == ["1", "2", "3", "4", "5", "6"]


def help_lines(reply) -> str:
    if reply.embeds:
        return "\n".join(field["value"] for field in reply.embeds[0]["fields"])
    return reply.content


async def test_help_shows_the_text_commands_that_work_without_message_content(
    world: World, run_bot: RunBot
):
    async with run_bot() as bot:  # Message Content intent off: the default
        await world.fake.send_message(world.general, world.alice, f"<@{bot.user.id}> help")
        slash = await world.fake.send_slash_command("help", user=world.alice, channel=world.general)
        await world.fake.send_dm(world.alice, "!help")
        mention, dm = await world.fake.wait_for_messages(2)
        response = await world.fake.wait_for_interaction_response(slash.id)
    for reply in (mention, response):
        lines = help_lines(reply)
        assert "`!" not in lines, lines
        assert "`/ask` or `@FakeBot ask`" in lines
    assert "`/ask` or `!ask`" in help_lines(dm)  # a DM's text arrives without the intent


async def test_help_shows_the_prefix_with_message_content(world: World, run_bot: RunBot):
    async with run_bot(message_content=True):
        await world.fake.send_message(world.general, world.alice, "!help")
        [reply] = await world.fake.wait_for_messages(1)
    assert "`/episode` or `!episode`" in help_lines(reply)


async def test_sync_says_what_it_did_and_removes_the_dev_servers_copies(
    world: World, run_bot: RunBot
):
    owner = world.fake.owner
    async with run_bot() as bot:
        assert world.fake.commands(world.guild)  # the dev server's copies, from the start
        me = f"<@{bot.user.id}>"
        await world.fake.send_message(world.general, owner, f"{me} sync")
        [went_global] = await world.fake.wait_for_messages(1)
        published = len(world.fake.commands())
        await world.fake.send_message(world.general, owner, f"{me} sync here")
        [_, here] = await world.fake.wait_for_messages(2)
        await world.fake.send_dm(owner, "!sync here")
        [*_, in_dm] = await world.fake.wait_for_messages(3)
    assert published >= 10
    assert went_global.content.startswith(f"Published {published} slash commands everywhere")
    assert f"Removed the {published} copies from the dev server ({world.guild.id})" in (
        went_global.content
    )
    assert (
        here.content == f"Published {published} slash commands in this server: they work here now."
    )
    assert len(world.fake.commands(world.guild)) == published
    assert in_dm.content.startswith("`sync here` only works in a server")


async def test_sync_without_a_dev_server_removes_nothing(world: World, run_bot: RunBot):
    async with run_bot(dev_guild_id=None) as bot:
        await world.fake.send_message(world.general, world.fake.owner, f"<@{bot.user.id}> sync")
        [reply] = await world.fake.wait_for_messages(1)
    assert reply.content.startswith("Published") and "Removed" not in reply.content
    assert world.fake.commands(world.guild) == []
