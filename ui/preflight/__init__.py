"""Preflight in the editor: the live panel, spelling underlines, find and replace."""
