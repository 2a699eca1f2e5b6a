"""The press kit in the editor: the Kit section, thumbnails, the kit preview."""
