"""Shared helpers for the editor window tests: releases, a stand-in form, PDF text.

``FakeForm`` follows the ``presskit_ui.form.ReleaseForm`` contract (edited signal,
set_release, release, focus_field, problems) with one plain text widget per
field, so the window can be tested before, and independently of, the real form.
"""

from __future__ import annotations

import copy
import io

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from presskit.model import Contact, Letterhead, Quote, Release

# field path -> (attribute path, multi-line)
FIELDS: dict[str, tuple[tuple[str | int, ...], bool]] = {
    "title": (("title",), False),
    "subtitle": (("subtitle",), False),
    "reference": (("reference",), False),
    "place": (("place",), False),
    "body": (("body",), True),
    "boilerplate": (("boilerplate",), True),
    "quotes[0].text": (("quotes", 0, "text"), True),
    "quotes[0].speaker": (("quotes", 0, "speaker"), False),
    "contacts[0].name": (("contacts", 0, "name"), False),
    "contacts[0].email": (("contacts", 0, "email"), False),
    "contacts[0].phone": (("contacts", 0, "phone"), False),
    "letterhead.organization": (("letterhead", "organization"), False),
}


def _get(obj: object, path: tuple[str | int, ...]) -> str:
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)  # type: ignore[index]
    return str(obj)


def _set(obj: object, path: tuple[str | int, ...], value: str) -> None:
    for step in path[:-1]:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)  # type: ignore[index]
    setattr(obj, str(path[-1]), value)


class FakeForm(QWidget):
    edited = Signal()

    def __init__(self, ctx: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._base = sample_release()
        self.widgets: dict[str, QLineEdit | QPlainTextEdit] = {}
        layout = QFormLayout(self)
        for name, (_path, multi) in FIELDS.items():
            w: QLineEdit | QPlainTextEdit = QPlainTextEdit(self) if multi else QLineEdit(self)
            w.setObjectName(name)
            w.setAccessibleName(name)
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.edited)
            else:
                w.textChanged.connect(self._plain_changed)
            layout.addRow(name, w)
            self.widgets[name] = w
        self._loading = False
        self.extra_problems: list[tuple[str, str]] = []
        self.flagged: dict[str, str] = {}  # flag_field(): field -> message

    def _plain_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def set_release(self, release: Release) -> None:
        self._base = copy.deepcopy(release)
        while len(self._base.quotes) < 1:
            self._base.quotes.append(Quote())
        while len(self._base.contacts) < 1:
            self._base.contacts.append(Contact())
        self._loading = True
        try:
            for name, (path, _multi) in FIELDS.items():
                w = self.widgets[name]
                value = _get(self._base, path)
                if isinstance(w, QLineEdit):
                    w.setText(value)
                else:
                    w.setPlainText(value)
        finally:
            self._loading = False
        self._orig_quotes = len(release.quotes)
        self._orig_contacts = len(release.contacts)

    def release(self) -> Release:
        r = copy.deepcopy(self._base)
        for name, (path, _multi) in FIELDS.items():
            w = self.widgets[name]
            _set(r, path, w.text() if isinstance(w, QLineEdit) else w.toPlainText())
        r.quotes = [q for q in r.quotes if q.text or q.speaker or q.role]
        r.contacts = [c for c in r.contacts if c.name or c.email or c.phone or c.role]
        return r

    def focus_field(self, field: str) -> bool:
        w = self.widgets.get(field)
        if w is None:
            return False
        w.setFocus()
        return True

    def flag_field(self, field: str, message: str) -> bool:
        self.flagged[field] = message
        return field in self.widgets

    def problems(self) -> list[tuple[str, str]]:
        out = list(self.extra_problems) + list(self.flagged.items())
        email = self.widgets["contacts[0].email"]
        assert isinstance(email, QLineEdit)
        if email.text() and "@" not in email.text():
            out.append(("contacts[0].email", f"'{email.text()}' is not an email address"))
        return out


def sample_release(pages_of_body: int = 0) -> Release:
    import datetime as dt

    body = "Opening paragraph of the release."
    if pages_of_body:
        para = ("The observatory team reports steady progress on the instrument, with "
                "calibration runs completed ahead of schedule and data shared with partners. ")
        body = "\n\n".join(para * 4 for _ in range(pages_of_body * 6))
    return Release(
        language="en_US", reference="PR-01", date=dt.date(2026, 3, 5), place="Lyon",
        title="Initial title", subtitle="Initial subtitle", body=body,
        quotes=[Quote(text="A quote.", speaker="Ada Lovelace", role="CEO")],
        boilerplate="About the company.",
        contacts=[Contact(name="Bob Press", role="Press", phone="+33 4 76 00 00 00",
                          email="bob@example.org")],
        letterhead=Letterhead(organization="Example Org"),
    )


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def normalized(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


# -- window fixtures -----------------------------------------------------------------------
DIALOGS = (
    ("UnsavedChangesDialog", "ask"), ("DamagedDraftDialog", "ask"), ("AlreadyOpenDialog", "ask"),
    ("ConfirmDialog", "ask"), ("InfoDialog", "show"), ("ErrorDialog", "show_error"),
    ("RecoveryDialog", "ask"), ("PreferencesDialog", "edit"), ("FileDialogs", "open_drafts"),
    ("FileDialogs", "save_draft"), ("FileDialogs", "export_file"), ("FileDialogs", "export_folder"),
    ("UnusableFieldsDialog", "ask"),
)


def dialog_class(name: str) -> type:
    """The dialog class called *name*: the window's own, or a shared one of ``widgets``."""
    from presskit_ui import widgets
    from presskit_ui.window import dialogs

    return getattr(dialogs, name, None) or getattr(widgets, name)


def forbid_dialogs(monkeypatch: object) -> dict[str, list[tuple]]:
    """Replace every dialog with a recorder that fails the test unless a test overrides it.

    Returns the calls seen, by "Class.method".
    """
    calls: dict[str, list[tuple]] = {}

    for cls_name, meth in DIALOGS:
        key = f"{cls_name}.{meth}"

        def unexpected(*args: object, _key: str = key, **kw: object) -> object:
            calls.setdefault(_key, []).append(args)
            raise AssertionError(f"unexpected dialog {_key}: {args[1:]!r}")

        monkeypatch.setattr(dialog_class(cls_name), meth, unexpected)  # type: ignore[attr-defined]
    return calls


def answer(monkeypatch: object, dialog: str, value: object, calls: list | None = None) -> list:
    """Make ``Class.method`` return *value* (or value(*args) if callable); record the calls."""
    cls_name, meth = dialog.split(".")
    seen = calls if calls is not None else []

    def reply(*args: object, **kw: object) -> object:
        seen.append(args + tuple(kw.values()))
        return value(*args) if callable(value) else value

    monkeypatch.setattr(dialog_class(cls_name), meth, reply)  # type: ignore[attr-defined]
    return seen


def close_all(manager: object, qtbot: object) -> None:
    for w in list(manager.windows):  # type: ignore[attr-defined]
        w.shutdown()
        w.close()
        w.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_pdf(qtbot: object, window: object, predicate: object, timeout: int = 15000) -> str:
    """Wait until the text of the PDF the preview shows satisfies *predicate*; returns it."""
    seen: dict[bytes, str] = {}

    def check() -> bool:
        data = window.preview.current_pdf_bytes()  # type: ignore[attr-defined]
        if not data:
            return False
        if data not in seen:
            seen.clear()
            seen[data] = normalized(pdf_text(data))
        return bool(predicate(seen[data]))  # type: ignore[operator]

    qtbot.waitUntil(check, timeout=timeout)  # type: ignore[attr-defined]
    return next(iter(seen.values()))
