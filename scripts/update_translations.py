"""Extract the GUI's strings into the .ts files (`make lupdate`), keeping translations done.

Runs pyside6-lupdate over every Python file of desktop/ (self.tr, QCoreApplication.translate
and QT_TRANSLATE_NOOP calls) for each language of the console. `make translations` then
compiles the .ts files to the .qm files the application loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from desktop.resource_files import TRANSLATIONS_DIR  # noqa: E402

SOURCES = ROOT / "desktop"
# English is the source language: it needs no .ts file.
LANGUAGES = ("fr", "sv", "nl", "zh_TW")


def lupdate_command() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        sys.exit("update_translations: pyside6-lupdate not found (pip install PySide6-Essentials)")
    return found


def main() -> int:
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    targets = [
        str((TRANSLATIONS_DIR / f"campaign_console_{language}.ts").relative_to(ROOT))
        for language in LANGUAGES
    ]
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    # Relative line numbers keep the diffs of the .ts files small when code moves.
    command = [lupdate_command(), "-locations", "relative", *sources, "-ts", *targets]
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
