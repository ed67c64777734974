"""The project's own instructions agree with what runs: the README's test command is CI's."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_test_command_is_the_one_ci_runs() -> None:
    ci = ROOT / ".ci" / "run"
    if not ci.is_file():
        pytest.skip("no .ci/run here (an unpacked source distribution)")
    command = ci.read_text(encoding="utf-8").strip().splitlines()[-1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"```sh\n{command}\n```" in readme
    assert command.endswith('pytest -m "" -n 0')  # every test, the slow ones too, in one process
