"""Qt's own texts that Qt's French catalog (qtbase_fr.qm, shipped with PySide6) misses or
words unlike a French desktop, translated in our catalog instead.

Never called: ``QT_TRANSLATE_NOOP`` only marks the strings for lupdate, under Qt's own
context names. Our catalog is asked before Qt's (``presskit_ui.retranslate``), so these
win: QFileDialog's "&Look in:" and "Files of &type:" (this Qt's spelling is not in
qtbase_fr.qm), and "Discard", which standard French dialogs call "Ne pas enregistrer"
rather than "Ne pas tenir compte".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OVERRIDES = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)
