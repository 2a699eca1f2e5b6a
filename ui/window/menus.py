"""The main window's actions, menus and toolbar, with standard shortcuts and translations.

Actions are created once; ``retranslate`` sets every text again when the UI
language changes. Other features add their own entries through
``MainMenus.menu(key)`` / ``MainWindow.add_menu_action`` (keys: ``file``,
``edit``, ``view``, ``tools``, ``help``, ``export``, ``recent``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QStyle, QToolBar

ZOOM_PRESETS = (50, 75, 100, 125, 150, 200)


class MainMenus(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for key in ("file", "edit", "view", "help"):
            menu = QMenu(window)
            menu.setObjectName(f"{key}Menu")
            self.menus[key] = menu
            bar.addMenu(menu)
        self.menus["recent"] = QMenu(window)
        self.menus["recent"].setObjectName("recentMenu")
        self.menus["export"] = QMenu(window)
        self.menus["export"].setObjectName("exportMenu")
        self.menus["zoom"] = QMenu(window)
        self.menus["zoom"].setObjectName("zoomMenu")
        self._build_actions()
        self._build_menus()
        self.toolbar = self._build_toolbar()
        self.retranslate()

    # -- construction ----------------------------------------------------------------------
    def _act(self, name: str, shortcut: QKeySequence.StandardKey | str | None = None,
             icon: QStyle.StandardPixmap | str | None = None, checkable: bool = False) -> QAction:
        act = QAction(self.window)
        act.setObjectName(f"action_{name}")
        if isinstance(shortcut, QKeySequence.StandardKey):
            act.setShortcuts(shortcut)
        elif shortcut:
            act.setShortcut(QKeySequence(shortcut))
        if isinstance(icon, str):  # a freedesktop theme name; no icon (text only) without a theme
            themed = QIcon.fromTheme(icon)
            if not themed.isNull():
                act.setIcon(themed)
        elif icon is not None:
            act.setIcon(self.window.style().standardIcon(icon))
        act.setCheckable(checkable)
        self.actions[name] = act
        return act

    def _build_actions(self) -> None:
        SK, SP = QKeySequence.StandardKey, QStyle.StandardPixmap
        self._act("new", SK.New, SP.SP_FileIcon)
        self._act("open", SK.Open, SP.SP_DirOpenIcon)
        self._act("save", SK.Save, SP.SP_DialogSaveButton)
        self._act("save_as", SK.SaveAs)
        self._act("revert", None, SP.SP_BrowserReload)
        self._act("copy_email", "Ctrl+Shift+C")
        prefs_keys = QKeySequence.keyBindings(SK.Preferences)
        self._act("preferences", SK.Preferences if prefs_keys else "Ctrl+,")
        self._act("close", SK.Close)
        self._act("quit", SK.Quit if QKeySequence.keyBindings(SK.Quit) else "Ctrl+Q")
        self._act("undo", SK.Undo, "edit-undo")
        self._act("redo", SK.Redo, "edit-redo")
        self._act("cut", SK.Cut)
        self._act("copy", SK.Copy)
        self._act("paste", SK.Paste)
        self._act("select_all", SK.SelectAll)
        self._act("fit_width", "Ctrl+1", checkable=True)
        self._act("fit_page", "Ctrl+2", checkable=True)
        self._act("zoom_in", SK.ZoomIn)
        self._act("zoom_out", SK.ZoomOut)
        group = QActionGroup(self.window)
        group.setExclusive(True)
        for a in (self.actions["fit_width"], self.actions["fit_page"]):
            group.addAction(a)
        for pct in ZOOM_PRESETS:
            act = self._act(f"zoom_{pct}", "Ctrl+0" if pct == 100 else None, checkable=True)
            act.setData(pct)
            group.addAction(act)
        self.zoom_group = group
        self._act("previous_page", "Ctrl+PgUp", SP.SP_ArrowUp)
        self._act("next_page", "Ctrl+PgDown", SP.SP_ArrowDown)
        self._act("preview_focus", "F6")
        self._act("about")
        self._act("about_qt")

    def _build_menus(self) -> None:
        a, m = self.actions, self.menus
        f = m["file"]
        f.addActions([a["new"], a["open"]])
        f.addMenu(m["recent"])
        f.addSeparator()
        f.addActions([a["save"], a["save_as"], a["revert"]])
        f.addSeparator()
        f.addMenu(m["export"])
        f.addAction(a["copy_email"])
        f.addSeparator()
        f.addAction(a["preferences"])
        f.addSeparator()
        f.addActions([a["close"], a["quit"]])
        a["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        a["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        a["about"].setMenuRole(QAction.MenuRole.AboutRole)
        a["about_qt"].setMenuRole(QAction.MenuRole.AboutQtRole)
        e = m["edit"]
        e.addActions([a["undo"], a["redo"]])
        e.addSeparator()
        e.addActions([a["cut"], a["copy"], a["paste"], a["select_all"]])
        v = m["view"]
        v.addActions([a["fit_width"], a["fit_page"]])
        z = m["zoom"]
        z.addActions([a["zoom_in"], a["zoom_out"]])
        z.addSeparator()
        z.addActions([a[f"zoom_{p}"] for p in ZOOM_PRESETS])
        v.addMenu(z)
        v.addSeparator()
        v.addActions([a["previous_page"], a["next_page"]])
        v.addSeparator()
        v.addAction(a["preview_focus"])
        # Features' help entries (the user guide…) go above this separator, About below.
        self.help_anchor = m["help"].addSeparator()
        m["help"].addActions([a["about"], a["about_qt"]])

    def _build_toolbar(self) -> QToolBar:
        a = self.actions
        tb = QToolBar(self.window)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addActions([a["new"], a["open"], a["save"]])
        tb.addSeparator()
        tb.addActions([a["undo"], a["redo"]])
        tb.addSeparator()
        self.export_anchor = tb.addSeparator()  # export actions are inserted before this
        tb.addAction(a["previous_page"])
        self.page_label = QLabel(tb)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tb.addWidget(self.page_label)
        tb.addAction(a["next_page"])
        self.zoom_combo = QComboBox(tb)
        self.zoom_combo.setObjectName("zoomCombo")
        self.zoom_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Wide enough for the longest entry in the current language ("Largeur de page"),
        # not only for the English one it had when first shown.
        self.zoom_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        tb.addWidget(self.zoom_combo)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        for name in ("new", "open", "previous_page", "next_page"):
            a[name].setPriority(QAction.Priority.LowPriority)  # icon only beside text
        return tb

    def menu(self, key: str) -> QMenu:
        """A menu by key; ``tools`` is created (before Help) the first time it is asked for."""
        if key not in self.menus and key == "tools":
            menu = QMenu(self.window)
            menu.setObjectName("toolsMenu")
            self.window.menuBar().insertMenu(self.menus["help"].menuAction(), menu)
            self.menus["tools"] = menu
            self.retranslate()
        return self.menus[key]

    # -- texts -----------------------------------------------------------------------------
    def set_page(self, page: int, count: int) -> None:
        self.page_label.setText(self.tr("Page {n} of {m}").format(n=page, m=count) if count else "")
        self.page_label.setAccessibleName(self.page_label.text())
        self.actions["previous_page"].setEnabled(page > 1)
        self.actions["next_page"].setEnabled(0 < page < count)

    def retranslate(self) -> None:
        m, a = self.menus, self.actions
        m["file"].setTitle(self.tr("&File"))
        m["edit"].setTitle(self.tr("&Edit"))
        m["view"].setTitle(self.tr("&View"))
        m["help"].setTitle(self.tr("&Help"))
        if "tools" in m:
            m["tools"].setTitle(self.tr("&Tools"))
        m["recent"].setTitle(self.tr("Open &Recent"))
        m["export"].setTitle(self.tr("&Export"))
        m["zoom"].setTitle(self.tr("&Zoom"))
        texts = {
            "new": self.tr("&New"), "open": self.tr("&Open…"), "save": self.tr("&Save"),
            "save_as": self.tr("Save &As…"), "revert": self.tr("Re&vert to Saved"),
            "copy_email": self.tr("Copy as E&mail Text"),
            "preferences": self.tr("&Preferences…"), "close": self.tr("&Close Window"),
            "quit": self.tr("&Quit"), "undo": self.tr("&Undo"), "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"), "copy": self.tr("&Copy"), "paste": self.tr("&Paste"),
            "select_all": self.tr("Select &All"), "fit_width": self.tr("Fit &Width"),
            "fit_page": self.tr("Fit &Page"), "zoom_in": self.tr("Zoom &In"),
            "zoom_out": self.tr("Zoom &Out"), "previous_page": self.tr("Pre&vious Page"),
            "next_page": self.tr("Ne&xt Page"), "preview_focus": self.tr("Move Focus to Pre&view"),
            "about": self.tr("&About Presskit"), "about_qt": self.tr("About &Qt"),
        }
        for pct in ZOOM_PRESETS:
            texts[f"zoom_{pct}"] = f"{pct} %"
        for name, text in texts.items():
            a[name].setText(text)
        tips = {
            "new": self.tr("Start a new release"), "open": self.tr("Open a draft"),
            "save": self.tr("Save the draft"), "undo": self.tr("Undo the last change, in any field"),
            "redo": self.tr("Redo"), "previous_page": self.tr("Previous page"),
            "next_page": self.tr("Next page"),
        }
        for name, tip in tips.items():
            a[name].setToolTip(tip)
        a["undo"].setIconText(self.tr("Undo"))
        a["redo"].setIconText(self.tr("Redo"))
        a["new"].setIconText(self.tr("New"))
        a["open"].setIconText(self.tr("Open"))
        a["save"].setIconText(self.tr("Save"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.setToolTip(self.tr("Zoom"))
        current = self.zoom_combo.currentData()
        self.zoom_combo.blockSignals(True)
        self.zoom_combo.clear()
        self.zoom_combo.addItem(self.tr("Fit Width"), "fit_width")
        self.zoom_combo.addItem(self.tr("Fit Page"), "fit_page")
        for pct in ZOOM_PRESETS:
            self.zoom_combo.addItem(f"{pct} %", str(pct))
        idx = self.zoom_combo.findData(current) if current else 0
        self.zoom_combo.setCurrentIndex(max(0, idx))
        self.zoom_combo.blockSignals(False)
