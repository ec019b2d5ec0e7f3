"""Where the files that ship with the program are: icons, translations, the demo data.

They live in resources/ at the top of the project, next to desktop/. A wheel carries the
same folder inside the package, as desktop/resources (pyproject.toml maps it there). So a
source checkout, the editable install (which runs from the checkout) and an installed
wheel each find them in their place; nothing else needs to know where that is.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _resources_dir() -> Path:
    project = PACKAGE_DIR.parent
    # A checkout has pyproject.toml next to desktop/; an installed package never has.
    if (project / "pyproject.toml").is_file():
        return project / "resources"
    return PACKAGE_DIR / "resources"


RESOURCES_DIR = _resources_dir()
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"  # *.ts sources, *.qm built by make
ICONS_DIR = RESOURCES_DIR / "icons"
DEMO_DIR = RESOURCES_DIR / "demo"
