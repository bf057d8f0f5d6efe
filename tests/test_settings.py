"""Settings: environment over .env, clear errors, a token that never shows itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError


def test_environment_wins_over_env_file(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=from-file\nCOMMAND_PREFIX=?\nSHARD_COUNT=4\n")
    settings = Settings.load({"COMMAND_PREFIX": "$"}, env_file)
    assert settings.require_token() == "from-file"
    assert settings.prefix == "$"
    assert settings.shard_count == 4


def test_defaults_need_nothing(tmp_path: Path) -> None:
    settings = Settings.load({}, tmp_path / "missing.env")
    assert settings.prefix == "!" and settings.shard_count == 1 and settings.shard_ids is None
    assert not settings.message_content and not settings.answer_unaddressed
    assert settings.database_timeout == 5.0
    assert Settings.load({"DATABASE_TIMEOUT_SECONDS": "12"}, tmp_path / "x").database_timeout == 12


def test_missing_token_says_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="DISCORD_TOKEN") as caught:
        Settings.load({}, tmp_path / "none").require_token()
    assert "developers/applications" in str(caught.value) and ".env" in str(caught.value)


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"SHARD_COUNT": "two"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,2"}, "SHARD_IDS"),
        ({"LISTEN_CHANNEL_IDS": "123,abc"}, "LISTEN_CHANNEL_IDS"),
        ({"ANSWER_UNADDRESSED": "maybe"}, "ANSWER_UNADDRESSED"),
        ({"USER_RATE": "-1"}, "USER_RATE"),
        ({"DATABASE_TIMEOUT_SECONDS": "soon"}, "DATABASE_TIMEOUT_SECONDS"),
    ],
)
def test_bad_values_name_the_setting(tmp_path: Path, env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        Settings.load(env, tmp_path / "none")


def test_sharding_and_channel_lists(tmp_path: Path) -> None:
    settings = Settings.load(
        {"SHARD_COUNT": "4", "SHARD_IDS": "2, 3", "LISTEN_CHANNEL_IDS": "5 6,7"}, tmp_path / "x"
    )
    assert settings.shard_ids == (2, 3)
    assert settings.listen_channel_ids == {5, 6, 7}
    assert Settings.load({"SHARD_COUNT": "auto"}, tmp_path / "x").shard_count is None


def test_token_is_hidden_everywhere(tmp_path: Path) -> None:
    settings = Settings.load({"DISCORD_TOKEN": "very-secret"}, tmp_path / "x")
    assert "very-secret" not in repr(settings)
    assert "very-secret" not in str(settings.token)
    assert f"{settings.token}" == "Secret('********')"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("USER_RATE", "0"),
        ("CHANNEL_RATE", "0"),
        ("USER_WINDOW_SECONDS", "0"),
        ("CHANNEL_WINDOW_SECONDS", "0"),
        ("DATABASE_TIMEOUT_SECONDS", "0"),
        ("SHARD_COUNT", "0"),
        ("LOG_LEVEL", "verbose"),
    ],
)
def test_a_value_the_setting_cannot_take_is_refused_not_replaced(
    tmp_path: Path, name: str, value: str
) -> None:
    with pytest.raises(SettingsError, match=name) as caught:
        Settings.load({name: value}, tmp_path / "none")
    assert value in str(caught.value)


def test_log_level_is_read_in_any_case(tmp_path: Path) -> None:
    assert Settings.load({"LOG_LEVEL": "debug"}, tmp_path / "none").log_level == "DEBUG"


@pytest.mark.parametrize(
    ("name", "value"), [("USER_RATE", "0"), ("SHARD_COUNT", "0"), ("LOG_LEVEL", "verbose")]
)
def test_run_refuses_a_bad_setting_in_one_line(tmp_path: Path, name: str, value: str) -> None:
    env = {**os.environ, "DISCORD_TOKEN": "x" * 40, name: value, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,  # no .env here
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert name in line and "Traceback" not in result.stderr
