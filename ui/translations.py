"""The interface language: English or French, the system's by default, Preferences can override.

Two catalogs are installed for French: ours (``presskit_fr.qm``, shipped in
``presskit_resources/i18n``) and Qt's own ``qtbase_fr.qm`` so that standard
dialogs and buttons are translated too. This is only the interface language:
the language a release is written in is a field of the release.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "fr")


def system_language() -> str:
    for lang in QLocale.system().uiLanguages():
        code = lang.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve(preference: str | None) -> str:
    pref = (preference or "").split("_")[0].lower()
    return pref if pref in SUPPORTED else system_language()


class UiTranslations:
    """Holds the installed translators (they must stay referenced while installed)."""

    def __init__(self, app: QCoreApplication):
        from presskit_ui.retranslate import TranslationRecorder

        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []
        # Every tr() goes through the recorder (it asks the catalogs), so open windows can be
        # retranslated in place when the language changes (presskit_ui.retranslate).
        self.recorder = TranslationRecorder(app)
        app.installTranslator(self.recorder)

    def install(self, preference: str | None) -> str:
        """Install the catalogs for *preference* ("", "en" or "fr"); returns the language used."""
        lang = resolve(preference)
        self._translators = []
        if lang != "en":
            from presskit.resources import resource_path

            ours = QTranslator(self.app)
            try:
                ours_path = str(resource_path("i18n", f"presskit_{lang}.qm"))
            except (FileNotFoundError, ModuleNotFoundError):
                ours_path = ""
            if ours_path and ours.load(ours_path):
                self._translators.append(ours)
            qt = QTranslator(self.app)
            if qt.load(QLocale(lang), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
        changed = lang != self.language or bool(self._translators) != bool(self.recorder.catalogs)
        self.recorder.catalogs = list(self._translators)
        # Re-installing the recorder posts QEvent.LanguageChange to every widget.
        self.app.removeTranslator(self.recorder)
        self.app.installTranslator(self.recorder)
        QLocale.setDefault(QLocale(lang))
        self.language = lang
        if changed:
            from presskit_ui.retranslate import retranslate_widgets

            retranslate_widgets(self.recorder)
        return lang
