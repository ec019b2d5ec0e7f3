"""Text output in the operator's language: the GUI's translations, loaded for one command.

The language is --lang, else the operator's own (the Language of their operator record),
else English. Qt is imported only by the commands that print translated text.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.errors import ValidationError


def chosen_language(requested: str | None, operators_own: str) -> str:
    from desktop.views.translations import SOURCE_LANGUAGE, normalize_language

    if requested:
        return normalize_language(requested)  # a wrong --lang is the user's error
    try:
        return normalize_language(operators_own) if operators_own else SOURCE_LANGUAGE
    except ValidationError:  # a code the console no longer speaks
        return SOURCE_LANGUAGE


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Qt's translate() and QLocale() speak `language` inside the block."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.views.translations import install_translators

    existing = QCoreApplication.instance()
    app = existing or QCoreApplication([])  # translators need an application object
    before = QLocale()
    installed = install_translators(app, language)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
        if existing is None:  # the process may open a window later (a test does)
            app.shutdown()
