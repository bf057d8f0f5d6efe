"""Through the real client: Spanish, follow-ups per person and place, the unanswered log."""

from __future__ import annotations

import asyncio

from bot.engine import Engine
from tests.discord.conftest import RunBot, World

MANAGE_GUILD = 1 << 5


def shown(message) -> str:
    return message.embeds[0]["description"] if message.embeds else message.content


async def ask(world: World, bot, channel, author, text: str) -> str:
    before = len(world.fake.sent_messages)
    await world.fake.send_message(channel, author, f"<@{bot.user.id}> {text}")
    return shown((await world.fake.wait_for_messages(before + 1))[-1])


async def test_spanish_is_answered_in_spanish_and_english_in_english(
    world: World, run_bot: RunBot, engine: Engine
):
    async with run_bot() as bot:
        spanish = await ask(world, bot, world.general, world.alice, "¿quién hace de Doña Chayo?")
        english = await ask(world, bot, world.general, world.bob, "who plays Doña Chayo?")
        slash = await world.fake.send_slash_command(
            "ask", {"question": "ep 2"}, user=world.alice, channel=world.general, locale="es-419"
        )
        response = await world.fake.wait_for_interaction_response(slash.id)
        footer = response.embeds[0]["footer"]["text"]
    assert spanish == engine.answer("¿quién hace de Doña Chayo?").text
    assert spanish.startswith("El papel de Doña Chayo lo hace Mercedes Hernández.")
    assert english.startswith("Doña Chayo is played by Mercedes Hernández.")
    assert response.embeds[0]["description"].startswith("El episodio 2 de Somos.")
    assert "el artículo" in footer


async def test_follow_ups_belong_to_one_person_in_one_place(world: World, run_bot: RunBot):
    elsewhere = world.fake.add_guild("Other server")
    other_room = world.fake.add_channel(elsewhere, "general")
    world.fake.add_member(elsewhere, world.alice)
    async with run_bot(user_rate=20) as bot:
        await ask(world, bot, world.general, world.alice, "who plays Irene?")
        followed = await ask(world, bot, world.general, world.alice, "who does she play?")
        bob = await ask(world, bot, world.general, world.bob, "who does she play?")
        other_server = await ask(world, bot, other_room, world.alice, "who does she play?")
        quiet_room = await ask(world, bot, world.quiet, world.alice, "who does she play?")
        await world.fake.send_dm(world.alice, "what is episode 2 called?")
        await world.fake.wait_for_messages(6)
        await world.fake.send_dm(world.alice, "and the next one?")
        dm = shown((await world.fake.wait_for_messages(7))[-1])
    assert followed == "Iliana Donatlán plays Irene."
    for unrelated in (bob, other_server, quiet_room):
        assert not unrelated.startswith("Iliana Donatlán plays")
    assert "Tell the Moon to Come" in dm


async def test_unanswered_questions_are_logged_without_who_asked_unless_switched_off(
    world: World, run_bot: RunBot
):
    async with run_bot() as bot:
        await ask(world, bot, world.general, world.alice, f"<@{world.bob.id}> where was it filmed?")
        await ask(world, bot, world.general, world.alice, "who plays Irene?")  # answered
        refused = await world.fake.send_slash_command(
            "settings questionlog", {"enabled": False}, user=world.bob,
            channel=world.general, permissions=MANAGE_GUILD,
        )  # fmt: skip
        await world.fake.wait_for_interaction(refused.id, lambda r: bool(r.followups))
        await ask(world, bot, world.general, world.alice, "what did imdb rate it?")
        await asyncio.sleep(0.1)
        logged = bot.store.unanswered()
    assert [question for _, _, question in logged] == ["where was it filmed?"]
    assert str(world.alice.id) not in repr(logged) and str(world.bob.id) not in repr(logged)


async def test_help_in_the_askers_language(world: World, run_bot: RunBot):
    async with run_bot():
        asked = await world.fake.send_slash_command(
            "help", {}, user=world.alice, channel=world.general, locale="es-ES"
        )
        response = await world.fake.wait_for_interaction_response(asked.id)
    embed = response.embeds[0]
    assert embed["description"].startswith("Respondo preguntas")
    assert "¿Quién interpreta a" in embed["description"]  # an example drawn from the cast
    assert [field["name"] for field in embed["fields"]] == ["Comandos", "O simplemente pregunta"]
    assert "Haz cualquier pregunta sobre Somos." in embed["fields"][0]["value"]


async def test_a_conversation_about_works_through_discord(world: World, run_bot: RunBot):
    """The same conversations as in the terminal chat: "it" is the work talked about."""
    async with run_bot() as bot:
        await ask(world, bot, world.general, world.alice, "what did the review say")
        review = await ask(world, bot, world.general, world.alice, "who wrote it?")
        bob_dm = world.fake.dm_channel(world.bob)  # in a DM: no "I answered that" pointer
        await ask(world, bot, bob_dm, world.bob, "en que se basa la serie")
        article = await ask(world, bot, bob_dm, world.bob, "y quien lo escribio?")
        thanks = await ask(world, bot, bob_dm, world.bob, "gracias!")
        await ask(world, bot, world.general, world.alice, "is it like narcos?")
        narcos = await ask(
            world, bot, world.general, world.alice, "how many seasons does that one have?"
        )
    assert "Rony Patra" in review
    assert "Ginger Thompson" in article
    assert thanks.startswith("¡De nada!")
    assert "Sorry" in narcos  # declined: the sources don't say, not Somos.'s season count


async def test_follow_ups_a_few_seconds_apart_flow_and_a_flood_is_cut_off(
    world: World, run_bot: RunBot
):
    clock = [0.0]
    follow_ups = [
        "who plays Irene?", "who does she play?", "and Chema?", "and Paquito?",
        "what is episode 1 called?", "and the next one?", "and the one after?",
        "who made the show?", "did he direct it too?", "is there a season 2?",
    ]  # fmt: skip
    async with run_bot() as bot:
        bot.get_cog("Questions").clock = lambda: clock[0]
        for number, text in enumerate(follow_ups):
            clock[0] = 3.0 * number  # a question every three seconds
            await ask(world, bot, world.general, world.alice, text)
        answered = len(world.fake.sent_messages)
        for _ in range(30):  # a flood: thirty at once
            await world.fake.send_message(world.general, world.bob, f"<@{bot.user.id}> ep 1")
        await world.fake.wait_for_messages(answered + 1)
        await asyncio.sleep(0.5)
        flood = world.fake.sent_messages[answered:]
    assert answered == len(follow_ups)  # every follow-up answered, no "you're asking quickly"
    notices = [m for m in flood if "quickly" in shown(m)]
    assert len(notices) == 1
    assert len(flood) - 1 <= bot.settings.user_rate
