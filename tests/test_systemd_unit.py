"""The systemd unit in deploy/: restarts on failure, takes the token from an environment
file, never runs as root, and `systemd-analyze verify` finds nothing to say about it."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "somos-bot.service"
INSTALLED = "/opt/somos-bot"  # where the README installs the checkout


def service() -> configparser.SectionProxy:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read_string(UNIT.read_text(encoding="utf-8"))
    return unit["Service"]


def test_the_unit_restarts_on_failure_as_a_user_with_the_token_from_a_file() -> None:
    section = service()
    assert section["Restart"] == "on-failure"
    assert section["RestartPreventExitStatus"] == "2"  # a setting to fix: no restart loop
    assert section["User"] not in {"root", "0"} and section["Group"] not in {"root", "0"}
    assert section["EnvironmentFile"] == "/etc/somos-bot/env"
    assert section["ExecStart"] == f"{INSTALLED}/.venv/bin/somos-bot run"
    assert "DISCORD_TOKEN" not in UNIT.read_text(encoding="utf-8")
    assert section["Environment"] == "NO_COLOR=1"


def test_systemd_analyze_verify_finds_nothing(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here (Debian package: systemd)")
    # as installed: the checkout's own virtualenv stands in for /opt/somos-bot's
    if not (ROOT / ".venv" / "bin" / "somos-bot").exists():
        pytest.skip("no .venv/bin/somos-bot in this checkout for ExecStart to point at")
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text(encoding="utf-8").replace(INSTALLED, str(ROOT)))
    result = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    said = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 0 and not said, said


def test_a_mistake_in_the_unit_would_be_seen(tmp_path: Path) -> None:
    """systemd-analyze exits 0 on an unknown key: the test above reads what it prints."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here (Debian package: systemd)")
    unit = tmp_path / UNIT.name
    text = UNIT.read_text(encoding="utf-8").replace(INSTALLED, str(ROOT))
    unit.write_text(text.replace("Restart=on-failure", "Restart=sometimes"))
    result = subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    assert "sometimes" in result.stdout + result.stderr
