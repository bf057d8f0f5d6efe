"""Spanish for Spanish-speaking clients: command names, descriptions and options as Discord
lists them (from the reply files, through discord.py's Translator), and every line the
Discord layer says."""

from __future__ import annotations

from typing import Any

from bot.knowledge import Knowledge
from tests.discord.conftest import RunBot, World

SPANISH = ("es-ES", "es-419")


def localised(item: dict[str, Any], field: str) -> dict[str, str]:
    return dict(item.get(f"{field}_localizations") or {})


async def test_synced_commands_carry_spanish_names_descriptions_and_options(
    world: World, run_bot: RunBot
):
    async with run_bot():
        pass
    commands = {(c["name"], c["type"]): c for c in world.fake.commands(world.guild)}
    ask = commands[("ask", 1)]
    assert localised(ask, "name") == {"es-ES": "preguntar", "es-419": "preguntar"}
    assert localised(ask, "description")["es-419"] == "Haz cualquier pregunta sobre Somos."
    assert ask["description"] == "Ask any question about Somos."  # English by default
    [question] = ask["options"]
    assert question["name"] == "question"
    assert localised(question, "name") == {"es-ES": "pregunta", "es-419": "pregunta"}
    settings = commands[("settings", 1)]
    assert localised(settings, "name")["es-ES"] == "ajustes"
    listen = next(o for o in settings["options"] if o["name"] == "listen")
    assert localised(listen, "name")["es-ES"] == "escuchar"
    assert {localised(o, "name")["es-ES"] for o in listen["options"]} == {"canal", "activado"}
    menu = commands[("Ask Somos", 3)]
    assert localised(menu, "name") == {"es-ES": "Preguntar a Somos", "es-419": "Preguntar a Somos"}


async def test_every_command_and_option_has_its_spanish_wording(world: World, run_bot: RunBot):
    async with run_bot():
        pass

    def check(item: dict[str, Any], where: str, described: bool) -> None:
        for locale in SPANISH:
            assert locale in localised(item, "name"), f"{where}: no {locale} name"
            if described:
                assert locale in localised(item, "description"), f"{where}: no description"
        assert set(localised(item, "name")) == set(SPANISH), where  # no English copies

    for command in world.fake.commands(world.guild):
        check(command, command["name"], command["type"] == 1)
        for option in command.get("options") or []:
            check(option, f"{command['name']} {option['name']}", True)
            for inner in option.get("options") or []:
                check(inner, f"{command['name']} {option['name']} {inner['name']}", True)


async def test_the_discord_layer_speaks_the_readers_language(
    world: World, run_bot: RunBot, knowledge: Knowledge
):
    spanish = knowledge.languages["es"].chat
    async with run_bot() as bot:
        shown = await world.fake.send_slash_command(
            "settings show", user=world.fake.owner, channel=world.general, locale="es-419"
        )
        refused = await world.fake.send_slash_command(
            "settings show", user=world.alice, channel=world.general, locale="es-ES"
        )
        await world.fake.send_message(
            world.general, world.alice, f"<@{bot.user.id}> population of allende"
        )
        [offer] = await world.fake.wait_for_messages(1)
        button = offer.payload["components"][0]["components"][0]
        stranger = await world.fake.send_component_interaction(
            offer, button["custom_id"], user=world.bob, locale="es-ES"
        )
        settings = await world.fake.wait_for_interaction_response(shown.id)
        refusal = await world.fake.wait_for_interaction_response(refused.id)
        not_yours = await world.fake.wait_for_interaction_response(stranger.id)
    assert settings.content.splitlines()[0] == "Canales donde escucho: ninguno"
    assert "Idioma de mis respuestas: en" in settings.content
    assert refusal.content == spanish["error_manage_server"]
    assert not_yours.content == spanish["not_your_buttons"]


async def test_the_english_wording_is_the_reply_files(
    world: World, run_bot: RunBot, knowledge: Knowledge
):
    english = knowledge.languages["en"].slash
    async with run_bot():
        pass
    described = 0
    for command in world.fake.commands(world.guild):
        if command["type"] != 1:
            assert command["name"] == english["ask_menu"]
            continue
        assert command["description"] == english[f"{command['name']}.description"]
        for option in command.get("options") or []:
            if option["type"] == 1:  # a subcommand
                name = f"{command['name']} {option['name']}"
                assert option["description"] == english[f"{name}.description"]
                inner = option.get("options") or []
            else:
                name, inner = command["name"], [option]
            for each in inner:
                assert each["description"] == english[f"{name}.{each['name']}.description"]
                described += 1
    assert described >= 8  # every option, not none
