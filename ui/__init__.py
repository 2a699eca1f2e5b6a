"""Presskit's Qt editor, installed as the package presskit_ui."""
