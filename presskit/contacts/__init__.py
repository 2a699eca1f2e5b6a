"""The contact book: press contacts kept in SQLite, imported from and exported to vCard and CSV.

Nothing is imported here, so ``presskit contacts …`` and ``presskit --help``
start fast; import the sub-modules you need:

* :mod:`presskit.contacts.model` — ``BookContact``, ``Phone``, ``ContactList``, ``ImportReport``…
* :mod:`presskit.contacts.db` — ``ContactBook`` (the facade) and ``open_book()``; beneath it
  :mod:`.store` (``BookStore``: the connection, transactions, schema and numbered
  migrations of :mod:`.schema`) and :mod:`.lists`; errors in :mod:`.errors`
* :mod:`presskit.contacts.validate` — phone and email checks, staleness, release copies
* :mod:`presskit.contacts.release_links` — a release's contact copies and the book entries
  behind them: links, saving as a list, copies older than their entry
* :mod:`presskit.contacts.matching` — when an imported record is the same person as a
  contact (merged) and when it only looks alike (kept, listed as a possible duplicate);
  :mod:`presskit.contacts.merge` — the merge dialog's pairs, merging, keeping apart
* :mod:`presskit.contacts.vcard`, :mod:`presskit.contacts.csvio` — file formats
  (``read_csv()`` / ``records_from_table()`` for the CSV mapping step)
* :mod:`presskit.contacts.files` — ``read_contact_file()``, ``import_files()``,
  ``export_contacts()``
* :mod:`presskit.contacts.backup`, :mod:`presskit.contacts.storage` — backups, and
  warnings for data folders on network shares or in synced folders
* :mod:`presskit.contacts.cli` — the ``presskit contacts`` command

The package never imports Qt.
"""
