from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

XUANYONG = Path(sys.executable).with_name("xuanyong")


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    return subprocess.run(
        [str(XUANYONG), *args], env={**base, **env}, capture_output=True, text=True, timeout=60, check=False
    )


def test_serve_refuses_to_start_with_debug_on(tmp_path: Path) -> None:
    result = run_cli("serve", DEBUG="1", SECRET_KEY="x" * 50, XUANYONG_DATA_DIR=str(tmp_path))
    assert result.returncode == 2
    assert "DEBUG 已开启" in result.stderr


def test_serve_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    result = run_cli("serve", XUANYONG_DATA_DIR=str(tmp_path))
    assert result.returncode == 2
    assert "未设置 SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        "demo",
        "serve",
        "worker",
        "load-sample",
        "backup",
        "restore",
        "manage",
        "api-token",
        "import-catalog",
        "export-catalog",
        "export-open-data",
    ],
)
def test_every_command_has_chinese_help(command: str) -> None:
    result = run_cli(command, "--help") if command != "manage" else run_cli("manage", "help")
    assert result.returncode == 0, result.stderr
