"""The live PDF preview: :mod:`.pane` renders the draft on the runner and shows it with QtPdf.

Nothing Qt is imported here so that importing the package stays cheap.
"""
