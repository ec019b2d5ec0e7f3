"""What a wheel carries: every package of desktop/, and resources/ where the program looks."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from desktop import resource_files
from desktop.views.translations import LANGUAGES, translation_file

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = "desktop.resources"  # resources/, mapped into the package


def _setuptools() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["tool"]["setuptools"]


def _folder(package: str) -> Path:
    """Where the wheel takes a resources package from."""
    return resource_files.RESOURCES_DIR.joinpath(*package.split(".")[2:])


def test_every_package_folder_is_listed_for_the_wheel():
    # The list is explicit (find cannot map resources/ into desktop/): a folder left out
    # of it would be missing from an installed program.
    listed = set(_setuptools()["packages"])
    code = {".".join(path.parent.relative_to(ROOT).parts) for path in ROOT.glob("desktop/**/*.py")}
    assert {p for p in listed if not p.startswith(RESOURCES)} == code
    folders = resource_files.RESOURCES_DIR.iterdir()
    data = {f"{RESOURCES}.{path.name}" for path in folders if path.is_dir()}
    assert {p for p in listed if p.startswith(f"{RESOURCES}.")} == data


def test_the_wheel_installs_resources_where_the_program_finds_them():
    setuptools = _setuptools()
    assert setuptools["package-dir"][RESOURCES] == "resources"
    # In a checkout the program reads the same folder the wheel is built from.
    assert resource_files.RESOURCES_DIR == ROOT / "resources"
    shipped = {
        path
        for package, patterns in setuptools["package-data"].items()
        if package.startswith(RESOURCES)
        for pattern in patterns
        for path in _folder(package).glob(pattern)
    }
    assert resource_files.ICONS_DIR / "campaign_console.svg" in shipped
    assert set(resource_files.DEMO_DIR.iterdir()) <= shipped
    # The .qm files exist once `make translations` ran; the .ts sources stay behind.
    assert setuptools["package-data"][f"{RESOURCES}.translations"] == ["*.qm"]


def test_every_language_ships_the_translation_the_program_loads():
    # English too: its file holds the plural forms ("1 step waits", "2 steps wait").
    shipped = _setuptools()["package-data"][f"{RESOURCES}.translations"]
    for language in LANGUAGES:
        loaded = translation_file(language)
        assert loaded.parent == resource_files.TRANSLATIONS_DIR
        assert any(fnmatch(loaded.name, pattern) for pattern in shipped), loaded.name
        # `make translations` compiles every .ts file it finds there.
        assert loaded.with_suffix(".ts").is_file(), f"{loaded.stem}.ts"
