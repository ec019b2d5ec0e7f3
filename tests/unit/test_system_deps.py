"""A fresh Debian machine: the system-packages step installs the package `python3 -m venv`
needs (python3.X-venv) with Qt's, before the Makefile makes the virtual environment. Tested
without apt: the package list, the line printed, the commands a root run would start, and
the order make runs the steps in."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("system_deps", ROOT / "scripts/system_deps.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


system_deps = _script()
VENV = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"


def test_a_python_without_ensurepip_needs_its_versioned_venv_package_first() -> None:
    assert system_deps.venv_package((3, 11), has_ensurepip=False) == ["python3.11-venv"]
    assert system_deps.venv_package((3, 12), has_ensurepip=False) == ["python3.12-venv"]
    assert system_deps.venv_package((3, 11), has_ensurepip=True) == []
    wanted = system_deps.wanted_packages(False, (3, 11), has_ensurepip=False)
    assert wanted[0] == "python3.11-venv" and set(system_deps.PACKAGES) <= set(wanted)
    # The tests' packages come once the venv exists: no venv package among them.
    test_packages = system_deps.wanted_packages(True, (3, 11), has_ensurepip=False)
    assert test_packages == ["spamassassin", "postgresql"]


@pytest.fixture
def fresh_debian(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Debian Python without ensurepip, whatever runs the test."""
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "ensurepip" else real_find_spec(name, *a),
    )
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")


def test_as_a_user_it_prints_the_apt_line_and_stops_make(fresh_debian, capsys) -> None:
    started: list[list[str]] = []
    code = system_deps.main(
        [],
        find_missing=lambda packages: [p for p in packages if p in (VENV, "libgl1")],
        run=lambda argv, **_: started.append(argv),
        is_root=False,
    )
    assert code == 1  # make stops here, before `python3 -m venv` fails on ensurepip
    assert capsys.readouterr().out.splitlines()[-1] == f"  sudo apt-get install -y {VENV} libgl1"
    assert started == []


def test_as_root_it_installs_the_venv_package_with_the_others(fresh_debian, capsys) -> None:
    started: list[list[str]] = []
    code = system_deps.main(
        [],
        find_missing=lambda packages: [p for p in packages if p in (VENV, "fonts-noto-cjk")],
        run=lambda argv, **_: started.append(argv),
        is_root=True,
    )
    assert code == 0
    assert started == [
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", VENV, "fonts-noto-cjk"],
    ]


def test_nothing_missing_runs_nothing(fresh_debian) -> None:
    started: list[list[str]] = []
    assert system_deps.main([], find_missing=lambda _: [], run=started.append, is_root=True) == 0
    assert started == []


def test_make_runs_the_system_packages_step_before_making_the_venv() -> None:
    # -n: prints the commands without running them; -W: as if pyproject.toml had changed,
    # so the venv would be made again.
    plan = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "install", "PYTHON=python3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    steps = [n for n, line in enumerate(plan) if "system_deps.py" in line or "-m venv" in line]
    assert ["system_deps.py" in plan[n] for n in steps] == [True, False]
