"""The editor window: the main window, its menus, file and export actions, status bar,
the window manager (several drafts open at once) and the window's own dialogs.

* :mod:`.main_window` — ``MainWindow``: form, preview, undo, autosave, close.
* :mod:`.menus` — ``MainMenus``: the menu bar and toolbar actions.
* :mod:`.file_actions` — open, save, save as, revert (mixed into ``MainWindow``).
* :mod:`.export_actions` — ``ExportController``: export on the runner, its notices.
* :mod:`.statusbar` — ``StatusPanel``: save state and field problems.
* :mod:`.manager` — ``WindowManager``: one per application, owns every window.
* :mod:`.dialogs` — the window's questions (unsaved changes, damaged draft, recovery…).

Nothing Qt is imported here so that importing the package stays cheap.
"""
