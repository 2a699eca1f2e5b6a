"""The Kit panel: the kit's items in order, with thumbnails, and the selected item edited in place.

Widgets only. The panel says what the user did through its signals (``addRequested``,
``filesDropped``, ``moveRequested``, ``removeRequested``, ``fieldEdited``); the feature
(``presskit_ui.kit.feature``) changes the kit and hands the items back with
``show_items``. Documents are edited with the body's own Markdown editor
(``presskit_ui.form.body_editor.BodyEditor``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from presskit.kit.model import DOCUMENT_KINDS, KitDocument, KitItem, Link, Logo, Photo
from presskit_ui.form.body_editor import BodyEditor
from presskit_ui.form.common import ExactLineEdit, ExactPlainTextEdit, stacked
from presskit_ui.widgets import FieldMessage, plain_label

ICON_PX = 56
PREVIEW_PX = 150
ROLE_INDEX = Qt.ItemDataRole.UserRole + 1



def doc_kind_label(kind: str) -> str:
    """A document kind in the interface language."""
    return {
        "factsheet": QCA.translate("KitPanel", "Fact sheet"),
        "backgrounder": QCA.translate("KitPanel", "Backgrounder"),
        "biography": QCA.translate("KitPanel", "Biography"),
        "qa": QCA.translate("KitPanel", "Questions and answers"),
        "document": QCA.translate("KitPanel", "Document"),
    }.get(kind, kind)


def item_text(item: KitItem) -> str:
    """What the list shows for *item* (two short lines), in the interface language."""
    if isinstance(item, KitDocument):
        untitled = QCA.translate("KitPanel", "(untitled)")
        return f"{doc_kind_label(item.doc_kind)}\n{item.title or untitled}"
    if isinstance(item, Photo):
        first = item.caption.splitlines()[0] if item.caption.strip() else item.original_name
        credit = item.credit or QCA.translate("KitPanel", "no credit")
        return f"{_clip(first)}\n{_clip(credit)}"
    if isinstance(item, Logo):
        return QCA.translate("KitPanel", "Logo") + "\n" + _clip(item.title or item.original_name)
    return QCA.translate("KitPanel", "Link") + "\n" + _clip(item.description or item.url)


def _clip(text: str, n: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class _ItemList(QListWidget):
    """The items; drag to reorder, drop files to add them where they land."""

    filesDropped = Signal(list, int)  # paths (str), the row they were dropped at
    rowMoved = Signal(int, int)  # from, to

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kitItems")
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)  # two lines an item, each cut with "…" when too long
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self._drag_row = -1

    def startDrag(self, actions: Qt.DropAction) -> None:  # Qt API name
        self._drag_row = self.currentRow()
        super().startDrag(actions)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt API name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt API name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # Qt API name
        row = self._drop_row(event)
        if event.mimeData().hasUrls():
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self.filesDropped.emit(paths, row)
            return
        source = self._drag_row
        self._drag_row = -1
        # The kit decides the order: the list is rebuilt from it, so Qt must not move rows.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0:
            to = row - 1 if row > source else row
            if to != source:
                self.rowMoved.emit(source, min(to, self.count() - 1))

    def _drop_row(self, event: QDropEvent) -> int:
        pos = event.position().toPoint()
        target = self.itemAt(pos)
        if target is None:
            return self.count()
        row = self.row(target)
        rect = self.visualItemRect(target)
        return row + 1 if pos.y() > rect.center().y() else row


class _PhotoEditor(QWidget):
    def __init__(self, panel: KitPanel):
        super().__init__(panel)
        self.preview = QLabel(self)
        self.preview.setObjectName("kitPhotoPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW_PX)
        self.caption = ExactPlainTextEdit(self, lines=2, max_lines=6)
        self.credit = ExactLineEdit(self)
        self.rights = ExactLineEdit(self)
        self.alt = ExactPlainTextEdit(self, lines=2, max_lines=5)
        self.date = ExactLineEdit(self)
        self.date.setMaximumWidth(120)
        self.source = plain_label("", self, wrap=True)
        self.source.setObjectName("kitPhotoSource")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        self.credit_hint = FieldMessage(self.credit, self)
        self.credit_hint.setObjectName("kitCreditHint")
        for key, widget in (("caption", self.caption), ("credit", self.credit),
                            ("rights", self.rights), ("alt", self.alt), ("date", self.date)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, stacked(widget, self.credit_hint) if key == "credit" else widget)
            widget.userEdited.connect(lambda k=key, w=widget: panel.edited(k, w.value()))
        self.credit.userEdited.connect(self._update_hint)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview)
        box.addWidget(self.source)
        box.addLayout(self.form)
        box.addStretch(1)

    def retranslate(self) -> None:
        for key, text in (("caption", QCA.translate("KitPanel", "&Caption:")), ("credit", QCA.translate("KitPanel", "C&redit:")),
                          ("rights", QCA.translate("KitPanel", "R&ights:")), ("alt", QCA.translate("KitPanel", "&Alt text:")),
                          ("date", QCA.translate("KitPanel", "&Date:"))):
            self.labels[key].setText(text)
        self.caption.setAccessibleName(QCA.translate("KitPanel", "Caption"))
        self.credit.setAccessibleName(QCA.translate("KitPanel", "Credit"))
        self.credit.setPlaceholderText(QCA.translate("KitPanel", "Organisation/Photographer"))
        self.rights.setAccessibleName(QCA.translate("KitPanel", "Rights"))
        self.rights.setPlaceholderText(QCA.translate("KitPanel", "© Organisation 2026 – press use only"))
        self.alt.setAccessibleName(QCA.translate("KitPanel", "Alt text"))
        self.alt.setToolTip(QCA.translate("KitPanel", "What the photo shows, for readers who cannot see it"))
        self.alt.setPlaceholderText(QCA.translate("KitPanel", "What the photo shows; the caption is used while this is empty"))
        self.date.setAccessibleName(QCA.translate("KitPanel", "Date taken"))
        self.date.setPlaceholderText(QCA.translate("KitPanel", "YYYY-MM-DD"))

    def _update_hint(self) -> None:
        if self.credit.value().strip():
            self.credit_hint.clear_message()
        else:
            self.credit_hint.show_message(QCA.translate(
                "KitPanel", "No credit: journalists must print one under the photo."), tone="hint")

    def show_photo(self, photo: Photo, pixmap: QPixmap | None) -> None:
        self.caption.set_value(photo.caption)
        self.credit.set_value(photo.credit)
        self._update_hint()
        self.rights.set_value(photo.rights)
        self.alt.set_value(photo.alt)
        self.date.set_value(photo.date)
        self.source.setText(photo.original_name or photo.file)
        if pixmap is not None and not pixmap.isNull():
            self.preview.setPixmap(pixmap.scaled(PREVIEW_PX * 2, PREVIEW_PX,
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(QCA.translate("KitPanel", "Making the thumbnail…"))


class _DocumentEditor(QWidget):
    def __init__(self, panel: KitPanel):
        super().__init__(panel)
        self.title = ExactLineEdit(self)
        self.kind = QComboBox(self)
        for kind in DOCUMENT_KINDS:
            self.kind.addItem("", kind)
        self.body = BodyEditor(self)
        self.body.editor.setMinimumHeight(220)
        self.title_label, self.kind_label, self.body_label = QLabel(self), QLabel(self), QLabel(self)
        self.title_label.setBuddy(self.title)
        self.kind_label.setBuddy(self.kind)
        self.body_label.setBuddy(self.body.editor)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.title_label, self.title)
        form.addRow(self.kind_label, self.kind)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(self.body_label)
        box.addWidget(self.body, 1)
        self.title.userEdited.connect(lambda: panel.edited("title", self.title.value()))
        self.kind.activated.connect(lambda i: panel.edited("doc_kind", str(self.kind.itemData(i))))
        self.body.edited.connect(lambda: panel.edited("body", self.body.markdown()))

    def retranslate(self) -> None:
        self.title_label.setText(QCA.translate("KitPanel", "&Title:"))
        self.kind_label.setText(QCA.translate("KitPanel", "&Kind:"))
        self.body_label.setText(QCA.translate("KitPanel", "T&ext"))
        self.title.setAccessibleName(QCA.translate("KitPanel", "Document title"))
        self.body.editor.setAccessibleName(QCA.translate("KitPanel", "Document text"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, doc_kind_label(str(self.kind.itemData(i))))

    def show_document(self, doc: KitDocument) -> None:
        self.title.set_value(doc.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(doc.doc_kind)))
        if self.body.markdown() != doc.body:
            self.body.set_markdown(doc.body)


class _SimpleEditor(QWidget):
    """Two or one line fields: a logo's title, a link's URL and description."""

    def __init__(self, panel: KitPanel, keys: tuple[str, ...]):
        super().__init__(panel)
        self.fields: dict[str, ExactLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.note = plain_label("", self, wrap=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in keys:
            edit = ExactLineEdit(self)
            label = QLabel(self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[key], self.labels[key] = edit, label
            edit.userEdited.connect(lambda k=key, e=edit: panel.edited(k, e.value()))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.note)
        box.addLayout(form)
        box.addStretch(1)

    def retranslate(self) -> None:
        texts = {"title": QCA.translate("KitPanel", "&Name:"), "url": QCA.translate("KitPanel", "&Address:"), "description": QCA.translate("KitPanel", "&Description:")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        if "url" in self.fields:
            self.fields["url"].setPlaceholderText("https://")
            self.fields["description"].setPlaceholderText(QCA.translate("KitPanel", "B-roll, 3 min, 1080p"))

    def show_values(self, values: dict[str, str], note: str = "") -> None:
        for key, value in values.items():
            self.fields[key].set_value(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))


class KitPanel(QWidget):
    """The Kit dock's content: the list, its buttons and the selected item's editor."""

    addRequested = Signal(str)  # "photos", "document", "document_file", "logo", "link"
    filesDropped = Signal(list, int)  # paths, row
    moveRequested = Signal(int, int)
    removeRequested = Signal(int)
    fieldEdited = Signal(int, str, str)  # item index, field, value (each keystroke)
    selectionChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kitPanel")
        self._items: list[KitItem] = []
        self._thumbs: dict[str, QPixmap] = {}
        self._showing = -1
        self._build_buttons()
        self.list = _ItemList(self)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.filesDropped.connect(self.filesDropped)
        self.list.rowMoved.connect(self.moveRequested)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        for keys, slot in ((QKeySequence(QKeySequence.StandardKey.Delete), self._remove_current),
                           (QKeySequence("Alt+Up"), lambda: self._move_current(-1)),
                           (QKeySequence("Alt+Down"), lambda: self._move_current(+1))):
            act = QAction(self.list)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(slot)
            self.list.addAction(act)
        self.empty = plain_label("", self, wrap=True)
        self.empty.setObjectName("kitEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(8, 24, 8, 8)
        self._build_editors()
        top = QWidget(self)
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addLayout(self.add_row)
        top_box.addWidget(self.empty)
        top_box.addWidget(self.list, 1)
        top_box.addLayout(self.order_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 440])
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.splitter)
        self.setAcceptDrops(True)  # files dropped anywhere on an empty kit are added too
        self.retranslate()
        self.show_items([])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt API name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt API name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths, len(self._items))

    def _build_buttons(self) -> None:
        self.add_photos = QPushButton(self)
        self.add_photos.setObjectName("kitAddPhotos")
        self.add_photos.clicked.connect(lambda: self.addRequested.emit("photos"))
        self.add_more = QPushButton(self)  # with a menu: Qt draws its arrow
        self.add_more.setObjectName("kitAddMore")
        self.add_menu = QMenu(self.add_more)
        self.add_actions = {}
        for key in ("document", "document_file", "logo", "link"):
            act = self.add_menu.addAction("")
            act.triggered.connect(lambda _=False, k=key: self.addRequested.emit(k))
            self.add_actions[key] = act
        self.add_more.setMenu(self.add_menu)
        self.add_row = QHBoxLayout()
        self.add_row.addWidget(self.add_photos, 1)
        self.add_row.addWidget(self.add_more, 1)
        style = self.style()
        self.up = QToolButton(self)
        self.up.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.up.clicked.connect(lambda: self._move_current(-1))
        self.down = QToolButton(self)
        self.down.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.down.clicked.connect(lambda: self._move_current(+1))
        self.remove = QPushButton(self)
        self.remove.setObjectName("kitRemove")
        self.remove.clicked.connect(self._remove_current)
        self.order_row = QHBoxLayout()
        self.order_row.addWidget(self.up)
        self.order_row.addWidget(self.down)
        self.order_row.addStretch(1)
        self.order_row.addWidget(self.remove)

    def _build_editors(self) -> None:
        self.stack = QStackedWidget(self)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.nothing = plain_label("", self, wrap=True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.photo_editor = _PhotoEditor(self)
        self.document_editor = _DocumentEditor(self)
        self.logo_editor = _SimpleEditor(self, ("title",))
        self.link_editor = _SimpleEditor(self, ("url", "description"))
        for w in (self.nothing, self.photo_editor, self.document_editor, self.logo_editor,
                  self.link_editor):
            self.stack.addWidget(w)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.add_photos.setText(QCA.translate("KitPanel", "Add &Photos…"))
        self.add_photos.setToolTip(QCA.translate("KitPanel", "Add photos (JPEG, PNG, TIFF, WebP); their caption, "
                                      "credit and rights are read from the files"))
        self.add_more.setText(QCA.translate("KitPanel", "Add"))
        self.add_more.setToolTip(QCA.translate("KitPanel", "Add a document, a logo or a link"))
        self.add_actions["document"].setText(QCA.translate("KitPanel", "New Document"))
        self.add_actions["document_file"].setText(QCA.translate("KitPanel", "Document from a Markdown File…"))
        self.add_actions["logo"].setText(QCA.translate("KitPanel", "Logo…"))
        self.add_actions["link"].setText(QCA.translate("KitPanel", "Link to a Video…"))
        self.list.setAccessibleName(QCA.translate("KitPanel", "Kit items"))
        self.up.setToolTip(QCA.translate("KitPanel", "Move up (Alt+Up)"))
        self.up.setAccessibleName(QCA.translate("KitPanel", "Move up"))
        self.down.setToolTip(QCA.translate("KitPanel", "Move down (Alt+Down)"))
        self.down.setAccessibleName(QCA.translate("KitPanel", "Move down"))
        self.remove.setText(QCA.translate("KitPanel", "Remove"))
        self.remove.setToolTip(QCA.translate("KitPanel", "Remove the selected item from the kit (Delete); Undo brings "
                                  "it back"))
        self.empty.setText(QCA.translate("KitPanel", "The kit holds the release, then its documents, photos, logos and "
                              "links. Add them with the buttons, or drop files here."))
        self.nothing.setText(QCA.translate("KitPanel", "Select an item to edit it."))
        for editor in (self.photo_editor, self.document_editor, self.logo_editor, self.link_editor):
            editor.retranslate()
        self.show_items(self._items, self._thumbs)

    def changeEvent(self, event: QEvent) -> None:  # Qt API name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what is shown ---------------------------------------------------------------------
    def show_items(self, items: list[KitItem], thumbs: dict[str, QPixmap] | None = None) -> None:
        """Show *items* (the kit's, in order); the selection stays on the same row."""
        self._items = list(items)
        if thumbs is not None:
            self._thumbs = thumbs
        row = self.list.currentRow()
        self.list.blockSignals(True)
        try:
            while self.list.count() > len(items):
                self.list.takeItem(self.list.count() - 1)
            for i, item in enumerate(items):
                entry = self.list.item(i) if i < self.list.count() else None
                if entry is None:
                    entry = QListWidgetItem(self.list)
                entry.setText(item_text(item))
                entry.setData(ROLE_INDEX, i)
                entry.setIcon(self._icon(item))
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            if items:
                self.list.setCurrentRow(max(0, min(row, len(items) - 1)))
        finally:
            self.list.blockSignals(False)
        self.empty.setVisible(not items)
        for w in (self.list, self.up, self.down, self.remove, self.stack):
            w.setVisible(bool(items))  # an empty kit shows what it can hold, nothing else
        self._update_buttons()
        self._show_editor(self.list.currentRow())

    def _icon(self, item: KitItem) -> QIcon:
        if isinstance(item, (Photo, Logo)):
            pixmap = self._thumbs.get(item.file)
            if pixmap is not None and not pixmap.isNull():
                return QIcon(pixmap)
        style = self.style()
        icon = {KitDocument: QStyle.StandardPixmap.SP_FileIcon,
                Link: QStyle.StandardPixmap.SP_DriveNetIcon}.get(type(item),
                                                                QStyle.StandardPixmap.SP_FileDialogContentsView)
        return style.standardIcon(icon)

    def set_thumbnail(self, entry: str, pixmap: QPixmap) -> None:
        self._thumbs[entry] = pixmap
        for i, item in enumerate(self._items):
            if isinstance(item, (Photo, Logo)) and item.file == entry:
                list_item = self.list.item(i)
                if list_item is not None:
                    list_item.setIcon(QIcon(pixmap))
                if i == self._showing:
                    self._show_editor(i)

    def select(self, index: int) -> None:
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)

    def current_index(self) -> int:
        return self.list.currentRow()

    def editor_widget(self, key: str) -> QWidget | None:
        """The widget editing *key* (``caption``, ``alt``, ``body``…) of the item shown."""
        page, ph, doc = self.stack.currentWidget(), self.photo_editor, self.document_editor
        if page is ph:
            return {"caption": ph.caption, "credit": ph.credit, "rights": ph.rights,
                    "alt": ph.alt, "date": ph.date}.get(key)
        if page is doc:
            return {"title": doc.title, "doc_kind": doc.kind, "body": doc.body.editor}.get(key)
        return page.fields.get(key) if isinstance(page, _SimpleEditor) else None

    def _on_row(self, row: int) -> None:
        self._update_buttons()
        self._show_editor(row)
        self.selectionChanged.emit(row)

    def _show_editor(self, row: int) -> None:
        self._showing = row
        if not 0 <= row < len(self._items):
            self.stack.setCurrentWidget(self.nothing)
            return
        item = self._items[row]
        if isinstance(item, Photo):
            self.photo_editor.show_photo(item, self._thumbs.get(item.file))
            self.stack.setCurrentWidget(self.photo_editor)
        elif isinstance(item, KitDocument):
            self.document_editor.show_document(item)
            self.stack.setCurrentWidget(self.document_editor)
        elif isinstance(item, Logo):
            self.logo_editor.show_values({"title": item.title}, item.original_name)
            self.stack.setCurrentWidget(self.logo_editor)
        else:
            self.link_editor.show_values({"url": item.url, "description": item.description})
            self.stack.setCurrentWidget(self.link_editor)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.remove.setEnabled(0 <= row < count)

    # -- user actions ----------------------------------------------------------------------
    def edited(self, field: str, value: str) -> None:
        if 0 <= self._showing < len(self._items):
            self.fieldEdited.emit(self._showing, field, value)

    def _move_current(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row < self.list.count() and 0 <= row + step < self.list.count():
            self.moveRequested.emit(row, row + step)

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < self.list.count():
            self.removeRequested.emit(row)

    def _context_menu(self, pos: QPoint) -> None:
        row = self.list.currentRow()
        if not 0 <= row < self.list.count():
            return
        menu = QMenu(self)
        up = menu.addAction(QCA.translate("KitPanel", "Move Up"))
        up.setEnabled(row > 0)
        up.triggered.connect(lambda: self._move_current(-1))
        down = menu.addAction(QCA.translate("KitPanel", "Move Down"))
        down.setEnabled(row < self.list.count() - 1)
        down.triggered.connect(lambda: self._move_current(+1))
        menu.addSeparator()
        remove = menu.addAction(QCA.translate("KitPanel", "Remove"))
        remove.triggered.connect(self._remove_current)
        menu.exec(self.list.viewport().mapToGlobal(pos))
