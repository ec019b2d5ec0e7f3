"""File > Settings: the language and the database used at the next start.

The database URL is kept in the settings file in clear: a URL with a password is refused.
The PostgreSQL driver takes the password from PGPASSWORD or from a password file readable
by its owner only (~/.pgpass, or the file PGPASSFILE names).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import has_password
from desktop.views.translations import LANGUAGES, SETTINGS_KEY, configured_language

DATABASE_KEY = "database/url"  # "" or absent: the default database


def configured_database() -> str:
    return str(QSettings().value(DATABASE_KEY, "") or "")


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(configured_language())))

        self.database = QLineEdit(configured_database())
        self.database.setObjectName("databaseUrl")
        self.database.setPlaceholderText(self.tr("default: a file in your data folder"))
        self.database.setToolTip(
            self.tr("A SQLAlchemy URL, e.g. postgresql+psycopg://user@host/console")
        )

        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()

        note = QLabel(self.tr("Changes apply the next time Campaign Console starts."))
        note.setObjectName("settingsNote")
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Database:"), self.database)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        if has_password(self.database.text().strip()):
            self.problem.setText(
                self.tr(
                    "The settings file would keep this password in clear: remove it from the "
                    "URL and set PGPASSWORD, or write it in ~/.pgpass (or the file PGPASSFILE "
                    "names), readable by you only."
                )
            )
            self.problem.show()
            self.database.setFocus()
            return
        settings = QSettings()
        settings.setValue(SETTINGS_KEY, self.language.currentData() or "")
        settings.setValue(DATABASE_KEY, self.database.text().strip())
        self.accept()
