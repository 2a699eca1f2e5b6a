"""The offline user guide and the Markdown cheat sheet, in the interface language.

The texts are Markdown files shipped in ``presskit_resources/help/<lang>/``, read through
``importlib.resources`` (so they work from a wheel). A language without its own text gets
the English one.
"""

from __future__ import annotations

TOPICS = ("guide", "markdown")
LANGUAGES = ("en", "fr")


def help_language(ui_language: str) -> str:
    """The help language for an interface language ("fr_FR" -> "fr"; unknown -> "en")."""
    lang = ui_language.replace("-", "_").split("_")[0].lower()
    return lang if lang in LANGUAGES else "en"


def read_topic(topic: str, ui_language: str = "en") -> str:
    """The Markdown text of *topic* ("guide" or "markdown") in the interface language."""
    from presskit.resources import read_text

    if topic not in TOPICS:
        raise ValueError(f"no help topic '{topic}'")
    return read_text("help", help_language(ui_language), topic + ".md")


def title_of(text: str) -> str:
    """The first heading of a help text ("Presskit user guide")."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""
