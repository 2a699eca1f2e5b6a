"""Renderers lay out a composed ``Document``; they do no language work of their own."""
