"""The contact book: press contacts kept in SQLite, imported from and exported to vCard and CSV.

Nothing is imported here, so ``presskit contacts …`` and ``presskit --help``
start fast; import the sub-modules you need:

* :mod:`presskit.contacts.model` — ``BookContact``, ``Phone``, ``ContactList``…
* :mod:`presskit.contacts.db` — ``ContactBook`` and ``open_book()``
* :mod:`presskit.contacts.validate` — phone and email checks, staleness, release copies
* :mod:`presskit.contacts.vcard`, :mod:`presskit.contacts.csvio` — file formats
* :mod:`presskit.contacts.io` — ``read_contact_file()``, ``export_book()``
* :mod:`presskit.contacts.cli` — the ``presskit contacts`` command

The package never imports Qt.
"""
