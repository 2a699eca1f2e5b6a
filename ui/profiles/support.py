"""What the letterhead-profile windows share: the store and its change notifier per
application context, the sample release the previews print, and the small question
dialogs (classmethods, so tests can monkeypatch them). Messages quoting what a user
typed are shown as plain text.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from presskit import profiles as core
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.profiles import ProfileStore
from presskit_ui.context import AppContext, ChangeNotifier
from presskit_ui.widgets import ConfirmDialog, clicked_role, message_box

# -- shared per application context ------------------------------------------------------------

def profile_store(ctx: AppContext) -> ProfileStore:
    """The profile store of this context (``data_dir/profiles``), created once."""
    return ctx.profile_store


def profiles_notifier(ctx: AppContext) -> ChangeNotifier:
    return ctx.profiles_notifier


# -- the sample release shown in the preview ---------------------------------------------------

def sample_release(letterhead: Letterhead) -> Release:
    """A fixed, realistic two-page release, printed with *letterhead*."""
    body = (
        "{org} today announced the opening of its new public reading room, giving residents, "
        "students and visiting researchers free access to more than 12,000 documents.\n\n"
        "The reading room will be open six days a week and offers quiet desks, a digitisation "
        "service and guided tours for schools. Booking is **not required** for individual "
        "visitors.\n\n"
        "## A collection built with the community\n\n"
        "Over the past three years, volunteers have catalogued donated letters, maps and "
        "photographs. The first exhibition, *Voices of the Valley*, draws on that work:\n\n"
        "- forty photographs never shown in public;\n"
        "- a sound installation of recorded memories;\n"
        "- a map room where visitors can add their own stories.\n\n"
        "The project was funded by a regional heritage grant and by more than 300 individual "
        "donors, whose names appear on a wall in the entrance hall.\n\n"
        "## Opening weekend\n\n"
        "On Saturday and Sunday the building stays open until 9 p.m., with short talks every "
        "hour by the archivists who prepared the exhibition. Families can join a treasure hunt "
        "through the collection, and the café on the ground floor will serve local produce.\n\n"
        "From the following Monday, regular opening hours apply: Tuesday to Sunday, 10 a.m. to "
        "6 p.m. Group visits and school workshops can be booked online three weeks ahead.\n\n"
        "## What comes next\n\n"
        "A second phase, planned for next year, will add a conservation workshop visible from "
        "the street, so that passers-by can watch fragile documents being restored. The team "
        "is also preparing an online catalogue that will open the collection to readers who "
        "cannot travel, with high-resolution scans of the most requested items.\n\n"
        "Partnerships with two universities will bring student researchers into the building "
        "each semester, and a programme of evening lectures will start in the autumn."
    )
    org = " ".join(letterhead.organization.split()) or "The organisation"
    return Release(
        language="en_US", kind="press_release", reference="PR-2026-014",
        date=dt.date(2026, 5, 12), place="Lyon",
        title="New public reading room opens its doors with a community exhibition",
        subtitle="Free access to 12,000 documents, six days a week, from 16 May",
        body=body.replace("{org}", org.replace("*", "\\*").replace("_", "\\_")),
        quotes=[Quote(text="This room belongs to everyone who shared a letter, a photograph or "
                           "a memory with us. We simply gave it a home.",
                      speaker="Camille Laurent", role="Director")],
        boilerplate=(f"{org} preserves and shares the written and visual memory of its region. "
                     "Its collections are open to everyone, free of charge."),
        contacts=[Contact(name="Alex Martin", role="Press officer", phone="+33 4 72 00 00 00",
                          email="press@example.org")],
        letterhead=copy.deepcopy(letterhead),
    )


# -- small dialogs (classmethods, so tests can monkeypatch them) -------------------------------

class ProfileDialogs:
    @classmethod
    def ask_name(cls, parent: QWidget | None, title: str, label: str, text: str) -> str | None:
        """A profile name, or None when cancelled."""
        dlg = QInputDialog(parent)
        dlg.setWindowTitle(title)
        dlg.setLabelText(label)
        dlg.setTextValue(text)
        dlg.setInputMode(QInputDialog.InputMode.TextInput)
        for lab in dlg.findChildren(QLabel):
            lab.setTextFormat(Qt.TextFormat.PlainText)
        edit = dlg.findChild(QLineEdit)
        if edit is not None:
            edit.setMaxLength(core.MAX_NAME_CHARS)
            edit.setAccessibleName(label)
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        value = dlg.textValue()
        dlg.deleteLater()
        return value if ok else None

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, name: str) -> bool:
        return ConfirmDialog.ask(
            parent, QCoreApplication.translate("ProfilesDialog", "Delete Profile"),
            QCoreApplication.translate("ProfilesDialog", "Delete the letterhead profile “{name}”?").format(name=name),
            QCoreApplication.translate("ProfilesDialog", "Releases that use it keep their letterhead. "
                                       "Export the profile first if you may need it again."),
            QCoreApplication.translate("ProfilesDialog", "Delete"), destructive=True)

    @classmethod
    def import_conflict(cls, parent: QWidget | None, name: str) -> str:
        """``"replace"``, ``"rename"`` (import under a free name) or ``"cancel"``."""
        box = message_box(parent, QMessageBox.Icon.Question, QCoreApplication.translate("ProfilesDialog", "Import Profile"),
                          QCoreApplication.translate("ProfilesDialog", "A profile named “{name}” already exists.").format(name=name),
                          QCoreApplication.translate("ProfilesDialog", "Replace it with the imported one, or keep both?"))
        replace = box.addButton(QCoreApplication.translate("ProfilesDialog", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
        both = box.addButton(QCoreApplication.translate("ProfilesDialog", "Keep Both"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(both)
        box.setEscapeButton(cancel)
        return clicked_role(box, {replace: "replace", both: "rename"}, "cancel")

    @classmethod
    def open_file(cls, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ProfilesDialog", "Import Letterhead Profile"), str(folder),
            QCoreApplication.translate("ProfilesDialog", "Letterhead profiles (*{suffix});;All files (*)").format(suffix=core.SUFFIX))
        return Path(name) if name else None

    @classmethod
    def save_file(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ProfilesDialog", "Export Letterhead Profile"), str(suggested),
            QCoreApplication.translate("ProfilesDialog", "Letterhead profiles (*{suffix})").format(suffix=core.SUFFIX))
        if not name:
            return None
        path = Path(name)
        return path if path.name.endswith(core.SUFFIX) else path.with_name(path.name + core.SUFFIX)

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, text, details).exec()


def field_label(field: str) -> str:
    """A compared field's name for people (translated)."""
    labels = {
        "organization": QCoreApplication.translate("ProfilesDialog", "organisation name"), "address": QCoreApplication.translate("ProfilesDialog", "address"),
        "website": QCoreApplication.translate("ProfilesDialog", "website"), "logo": QCoreApplication.translate("ProfilesDialog", "logo"), "secondary_logo": QCoreApplication.translate("ProfilesDialog", "second logo"),
        "social": QCoreApplication.translate("ProfilesDialog", "social handles"), "color": QCoreApplication.translate("ProfilesDialog", "accent colour"), "font": QCoreApplication.translate("ProfilesDialog", "font"),
        "paper": QCoreApplication.translate("ProfilesDialog", "paper size"), "margins": QCoreApplication.translate("ProfilesDialog", "margins"), "footer": QCoreApplication.translate("ProfilesDialog", "footer line"),
        "repeat_logo": QCoreApplication.translate("ProfilesDialog", "logo on continuation pages"),
    }
    return labels.get(field, field)


def field_names(fields: list[str]) -> str:
    return ", ".join(field_label(f) for f in fields)


class ProfileMismatchDialog:
    """Asked when an opened draft's letterhead differs from the saved profile it names."""

    UPDATE_RELEASE = "release"
    UPDATE_PROFILE = "profile"
    KEEP = "keep"

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, fields: list[str]) -> str:
        """``"release"`` (update the release), ``"profile"`` (update the profile) or ``"keep"``."""
        box = message_box(
            parent, QMessageBox.Icon.Question, QCoreApplication.translate("ProfilesDialog", "Letterhead Profile Changed"),
            QCoreApplication.translate("ProfilesDialog", "This release's letterhead differs from the saved profile “{name}”.").format(name=name),
            QCoreApplication.translate("ProfilesDialog", "Different: {fields}.").format(fields=field_names(fields)))
        release = box.addButton(QCoreApplication.translate("ProfilesDialog", "Update the release from the saved profile"),
                                QMessageBox.ButtonRole.AcceptRole)
        profile = box.addButton(QCoreApplication.translate("ProfilesDialog", "Update the saved profile from the release"),
                                QMessageBox.ButtonRole.ActionRole)
        keep = box.addButton(QCoreApplication.translate("ProfilesDialog", "Keep both as they are"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        return clicked_role(box, {release: cls.UPDATE_RELEASE, profile: cls.UPDATE_PROFILE},
                            cls.KEEP)


# -- the dialog ----------------------------------------------------------------------------
