"""The press kit: a release with its documents, photos, logos and links, in one file.

``model`` holds the in-memory kit (no I/O); ``container`` reads and writes the
``.presskit-kit`` ZIP; ``photos`` reads photo metadata; ``outputs`` writes the kit PDF, the
journalists' ZIP and the newsroom page; ``cli`` is ``presskit kit …``. For the editor,
``editing`` is the kit being edited (no widgets) and ``incoming`` reads the files added to it.
"""
