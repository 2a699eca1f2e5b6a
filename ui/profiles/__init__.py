"""Letterhead profiles in the editor.

* :mod:`.support` — the shared ``ProfileStore`` and notifier of an ``AppContext``, dialogs.
* :mod:`.editor` — ``ProfileEditor``: one profile's fields, logos and colours.
* :mod:`.dialog` — ``ProfilesDialog``: the list of profiles with a live preview.
* :mod:`.picker` — ``ProfilePicker``: the profile chooser above the form.
* :mod:`.logo_import` — logos read from files (SVG sanitised and rendered in a child process).
* :mod:`.integration` — ``install(window)`` wires all of it into an editor window.

Nothing Qt is imported here so that importing the package stays cheap.
"""
