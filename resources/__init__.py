"""Presskit's data files: fonts with licences, label catalogs, schema, icons, samples.

Installed as the ``presskit_resources`` package; load files only through
``presskit.resources``.
"""
