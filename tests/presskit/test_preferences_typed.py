"""Typed Preferences properties: one place decides the default and what a bad value means."""

from __future__ import annotations

import json

from presskit.preferences import Preferences


def test_autosave_seconds_defaults_and_bad_values(tmp_path) -> None:
    prefs = Preferences.in_folder(tmp_path)
    assert prefs.autosave_seconds == 30.0
    prefs.set("autosave_seconds", 5)
    assert prefs.autosave_seconds == 5.0
    for bad in (0, -3, None, "12"):
        prefs.set("autosave_seconds", bad)
        assert prefs.autosave_seconds == 30.0


def test_typed_properties_read_the_saved_file(tmp_path) -> None:
    (tmp_path / "preferences.json").write_text(json.dumps({
        "autosave_seconds": 12, "ui_language": "fr", "recent_files": ["/a.presskit"],
        "preview_zoom": "125"}), encoding="utf-8")
    prefs = Preferences.in_folder(tmp_path)
    assert (prefs.autosave_seconds, prefs.ui_language, prefs.recent_files, prefs.preview_zoom) \
        == (12.0, "fr", ["/a.presskit"], "125")


def test_languages_and_recent_files_typed(tmp_path) -> None:
    prefs = Preferences.in_folder(tmp_path)
    assert (prefs.default_language, prefs.last_language) == ("", "")
    (tmp_path / "preferences.json").write_text(json.dumps({
        "default_language": "fr_FR", "last_language": "de_DE",
        "recent_files": ["/a.presskit", 3, None, "/b.presskit"]}), encoding="utf-8")
    prefs = Preferences.in_folder(tmp_path)
    assert (prefs.default_language, prefs.last_language) == ("fr_FR", "de_DE")
    assert prefs.recent_files == ["/a.presskit", "/b.presskit"]
