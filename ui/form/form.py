"""``ReleaseForm``: every field of the draft, grouped as a press officer thinks.

Release, Headline, Body, Quotes, Press contacts, About and Letterhead, each a
collapsible section in one scrolling column that fits a ~520 px pane. The main
window only uses the contract below; the sections do the work.

* ``edited`` — any user edit in any field (never emitted by ``set_release``).
* ``set_release(release)`` / ``release()`` — ``release()`` is a new ``Release`` that
  gives back everything ``set_release`` got (extras, unknown keys, contact-book links,
  letterhead profile extras); cheap enough to call on every preview refresh.
* ``focus_field(field)`` — compose warning field names (``contacts[0].email``…).
* ``problems()`` — (field, message) for what the form flags beside the fields.
* ``flag_field(field, message)`` — a field a draft opened anyway had to leave empty.
* ``contacts_editor`` / ``letterhead_editor`` — the parts the contact book and profiles extend
  (``presskit_ui.window.api.ContactsPart`` / ``LetterheadPart``).
* ``add_section(key, title, content)`` — a feature's own collapsible section, at the end.
"""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from presskit.model import Release
from presskit.references import ReferenceHistory
from presskit_ui.context import AppContext
from presskit_ui.form.about import AboutSection
from presskit_ui.form.body_editor import BodyEditor
from presskit_ui.form.common import Section
from presskit_ui.form.contacts import ContactsEditor
from presskit_ui.form.flags import FieldFlags
from presskit_ui.form.headline import HeadlineSection
from presskit_ui.form.letterhead import LetterheadEditor
from presskit_ui.form.quotes import QuotesEditor
from presskit_ui.form.release import ReleaseSection

_LISTED = re.compile(r"^(quotes|contacts)(?:\[(\d+)\])?(?:\.(\w+))?$")


def _put_on_top(editor: QWidget, label: QWidget) -> None:
    """*label* above the rest of *editor* (whose layout is a column)."""
    column = editor.layout()
    assert isinstance(column, QBoxLayout)
    column.insertWidget(0, label)


class ReleaseForm(QScrollArea):
    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("releaseForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history = ReferenceHistory(ctx.data_dir)
        self._base = Release()
        self._loading = False
        self.flags = FieldFlags()

        inner = QWidget(self)
        inner.setObjectName("releaseFormContents")
        column = QVBoxLayout(inner)
        column.setContentsMargins(8, 4, 8, 8)
        column.setSpacing(2)
        self.sections: dict[str, Section] = {}

        section = self._section(column, "release", self.tr("Release"))
        self.release_section = ReleaseSection(section.body)
        self._fill(section, self.release_section)

        section = self._section(column, "headline", self.tr("Headline"))
        self.headline = HeadlineSection(section.body)
        self._fill(section, self.headline)

        section = self._section(column, "body", self.tr("Body"))
        self.body_editor = BodyEditor(section.body)
        body_label = QLabel(self.tr("&Body text"), section.body)
        body_label.setBuddy(self.body_editor.editor)
        _put_on_top(self.body_editor, body_label)
        self._fill(section, self.body_editor)

        section = self._section(column, "quotes", self.tr("Quotes"))
        self.quotes_editor = QuotesEditor(section.body)
        self._fill(section, self.quotes_editor)

        section = self._section(column, "contacts", self.tr("Press contacts"))
        self.contacts_editor = ContactsEditor(section.body)
        contacts_label = QLabel(self.tr("Press &contacts"), section.body)
        contacts_label.setBuddy(self.contacts_editor.table)
        _put_on_top(self.contacts_editor, contacts_label)
        self._fill(section, self.contacts_editor)

        section = self._section(column, "about", self.tr("About"))
        self.about = AboutSection(section.body)
        self._fill(section, self.about)

        section = self._section(column, "letterhead", self.tr("Letterhead"))
        self.letterhead_editor = LetterheadEditor(section.body)
        self._fill(section, self.letterhead_editor)
        column.addStretch(1)
        self._column = column
        self.setWidget(inner)

        for part in (self.release_section, self.headline, self.body_editor, self.quotes_editor,
                     self.contacts_editor, self.about, self.letterhead_editor):
            part.edited.connect(self._on_edited)
        self.release_section.languageChanged.connect(self._on_language)
        self.set_release(Release(language=ctx.prefs.default_language or "en_US"))

    def _section(self, column: QVBoxLayout, key: str, title: str) -> Section:
        section = Section(title, self)
        section.setObjectName(f"section_{key}")
        column.addWidget(section)
        self.sections[key] = section
        return section

    def add_section(self, key: str, title: str, content: QWidget) -> Section:
        """A feature's collapsible section *title* holding *content*, after the others."""
        section = Section(title, self)
        section.setObjectName(f"section_{key}")
        self._column.insertWidget(self._column.count() - 1, section)  # before the stretch
        self.sections[key] = section
        content.setParent(section.body)
        self._fill(section, content)
        return section

    @staticmethod
    def _fill(section: Section, content: QWidget) -> None:
        layout = QHBoxLayout(section.body)
        layout.setContentsMargins(4, 2, 0, 6)
        layout.addWidget(content)

    def sizeHint(self) -> QSize:  # Qt API name
        return QSize(520, 900)

    def minimumSizeHint(self) -> QSize:  # Qt API name
        return QSize(380, 200)

    # -- the contract ---------------------------------------------------------------------
    def set_release(self, release: Release) -> None:
        """Fill every widget from *release* without emitting ``edited``."""
        self._loading = True
        try:
            self._base = copy.deepcopy(release)
            self.release_section.set_release(release, self.history.recent())
            self.headline.set_release(release)
            self.body_editor.set_markdown(release.body)
            self.quotes_editor.set_quotes(release.quotes)
            self.contacts_editor.set_language(release.language)
            self.contacts_editor.set_home_country(self._home_country(release))
            self.contacts_editor.set_contacts(release.contacts)
            self.about.set_release(release)
            self.letterhead_editor.set_letterhead(release.letterhead)
        finally:
            self._loading = False

    def _home_country(self, release: Release) -> str | None:
        from presskit.phones import home_country

        return home_country(release.letterhead.home_country, self.ctx.prefs.home_country)

    def release(self) -> Release:
        """A new Release from the widgets (no disk access; the body's Markdown is cached)."""
        r = Release()
        self.release_section.fill(r)
        self.headline.fill(r)
        r.body = self.body_editor.markdown()
        r.quotes = self.quotes_editor.quotes()
        r.contacts = self.contacts_editor.contacts()
        self.about.fill(r)
        r.letterhead = self.letterhead_editor.letterhead()
        r.paper = self._base.paper
        r.extra = copy.deepcopy(self._base.extra)
        return r

    def problems(self) -> list[tuple[str, str]]:
        flagged = self.flags.problems(self.release()) if self.flags else []
        return (flagged + self.release_section.problems() + self.headline.problems()
                + self.contacts_editor.problems() + self.letterhead_editor.problems())

    def flag_field(self, field: str, message: str) -> bool:
        """Mark *field* (named as in draft errors), left empty because the draft's value was
        unusable: *message* shows under it and in ``problems()`` until it gets a value."""
        target = self._widget_for(field.strip())
        return self.flags.flag(field, message, target[1] if target is not None else None)

    def focus_field(self, field: str) -> bool:
        """Show and focus the widget of a field named as in compose warnings."""
        target = self._widget_for(field.strip())
        if target is None:
            return False
        section, widget = target
        self.sections[section].set_expanded(True)
        self._settle_layouts(widget)
        self.ensureWidgetVisible(widget, 40, 60)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def widget_for(self, field: str) -> QWidget | None:
        """The widget that edits *field* (named as in compose warnings), or None."""
        target = self._widget_for(field.strip())
        return target[1] if target is not None else None

    def _widget_for(self, field: str) -> tuple[str, QWidget] | None:
        if not field:
            return None
        widget = self.release_section.widget_for(field)
        if widget is not None:
            return "release", widget
        widget = self.headline.widget_for(field)
        if widget is not None:
            return "headline", widget
        if field == "body" or field.startswith("body."):
            return "body", self.body_editor.editor
        if field == "boilerplate":
            return "about", self.about.boilerplate
        if field == "letterhead" or field.startswith("letterhead."):
            return "letterhead", self.letterhead_editor.widget_for(field) or \
                self.letterhead_editor.organization
        m = _LISTED.match(field)
        if not m:
            return None
        kind, index, part = m.group(1), m.group(2), m.group(3) or ""
        if kind == "quotes":
            if index is None:
                rows = self.quotes_editor.rows
                return "quotes", rows[0].text if rows else self.quotes_editor.add_button
            widget = self.quotes_editor.widget_for(int(index), part)
            return ("quotes", widget) if widget is not None else None
        if index is None:
            return "contacts", self.contacts_editor.table
        widget = self.contacts_editor.focus_cell(int(index), part or "name")
        return ("contacts", widget) if widget is not None else None

    # -- internal -------------------------------------------------------------------------
    def _settle_layouts(self, widget: QWidget) -> None:
        """Lay out from the form down to *widget* now (a section just expanded or rows just
        added have no geometry yet), so scrolling to it lands on the right place."""
        chain: list[QWidget] = []
        w: QWidget | None = widget
        inner = self.widget()
        while w is not None and w is not inner:
            chain.append(w)
            w = w.parentWidget()
        if inner is not None:
            chain.append(inner)
        for w in reversed(chain):
            layout = w.layout()
            if layout is not None:
                layout.activate()

    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_language(self, code: str) -> None:
        if code:
            self.contacts_editor.set_language(code)
