"""The contact book in the editor: the book window, insert dialogs and the window hook.

    from presskit_ui.contacts import integration
    integration.install(window)

* :mod:`.service` — the shared ``ContactBook`` of an ``AppContext`` (created lazily).
* :mod:`.book_window` — ``ContactBookWindow``: search, edit, lists, merge, import…
* :mod:`.insert_dialogs` — "Insert list…", "Insert contact…", "Save these contacts as a list…".
* :mod:`.integration` — ``install(window)`` wires all of it into an editor window.

Nothing Qt is imported here so that importing the package stays cheap.
"""
