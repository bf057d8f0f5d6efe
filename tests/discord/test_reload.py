"""`@Somos reload` refuses fact files that would break answering, and keeps the old ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.knowledge import DEFAULT_DIR, KnowledgeError, load
from bot.smoke import tried_engine
from tests.discord.conftest import OWNER_ID, RunBot, World


async def _reload_with(world: World, run_bot: RunBot, facts: Path, edit) -> tuple[str, str, bool]:
    """Start on `facts`, apply `edit` (given the running engine), reload as the owner, then
    ask in Spanish.
    Returns the reload reply, the answer, and whether the bot kept its engine."""
    owner = world.fake.users[OWNER_ID]
    async with run_bot(knowledge_dir=facts) as bot:
        me, engine = bot.user.id, bot.engine

        async def say(author, text: str) -> str:
            before = len(world.fake.sent_messages)
            await world.fake.send_message(world.general, author, f"<@{me}> {text}")
            reply = (await world.fake.wait_for_messages(before + 1))[-1]
            return reply.embeds[0]["description"] if reply.embeds else reply.content

        edit(engine)
        reloaded = await say(owner, "reload")
        answer = await say(world.bob, "¿a quién interpreta Iliana Donatlán?")
        return reloaded.replace("\\", ""), answer, bot.engine is engine


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, target)
    return target


async def test_reload_refuses_a_template_typo_and_keeps_answering(
    world: World, run_bot: RunBot, facts: Path
):
    spanish = facts / "replies" / "es.toml"
    text = spanish.read_text(encoding="utf-8")

    def typo(_: Engine) -> None:
        spanish.write_text(text.replace('actor = "{actor}', 'actor = "{actr}', 1), "utf-8")

    reloaded, answer, kept = await _reload_with(world, run_bot, facts, typo)
    assert "Kept the facts" in reloaded
    assert "knowledge/replies/es.toml" in reloaded and "replies.actor" in reloaded
    assert "{actr}" in reloaded
    assert kept and "Irene" in answer


async def test_reload_refuses_facts_that_fail_the_smoke_set(
    world: World, run_bot: RunBot, facts: Path, monkeypatch: pytest.MonkeyPatch
):
    # An edit the loader's checks do not foresee: here, an engine built from the new
    # facts whose Spanish answers fail.
    answer = Engine.answer

    def edit(running: Engine) -> None:
        def failing(self: Engine, message: str, language: str | None = None, *args, **kwargs):
            if language == "es" and self is not running:
                raise KeyError("actr")
            return answer(self, message, language, *args, **kwargs)

        monkeypatch.setattr(Engine, "answer", failing)

    reloaded, answer_text, kept = await _reload_with(world, run_bot, facts, edit)
    assert "Kept the facts" in reloaded and "'es'" in reloaded and "KeyError" in reloaded
    assert kept and "Irene" in answer_text


def test_the_smoke_set_passes_on_the_real_facts() -> None:
    tried_engine(load())


def test_the_smoke_set_names_the_failing_question(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Engine, "find_person", lambda self, text: 1 / 0)
    with pytest.raises(KnowledgeError) as caught:
        tried_engine(load())
    assert "answering" in caught.value.where and "ZeroDivisionError" in caught.value.problem
