"""Preflight: one engine that checks a release (or a kit) before it goes out.

``engine.check(release, …)`` returns ``findings.Finding``s (stable codes, field paths,
messages in the interface language from ``messages``); the rules live in ``rules_content``
(headline, body, length, embargo, links, glyphs), ``rules_contacts``, ``rules_style``
(contrast), ``rules_kit`` (photos, links) and ``rules_spelling`` over ``spelling.Speller``
(Hunspell through Enchant). ``fields`` names a field for a reader, ``pages`` counts or
estimates pages, ``cli`` is ``presskit check``, ``find_replace`` the editor's search.
No module here imports Qt.
"""
