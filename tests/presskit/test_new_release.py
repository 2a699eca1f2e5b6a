"""Issue 14 §2: what a new release starts with, and the name of a release with no headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from presskit import draft, profiles
from presskit.export import default_path, default_stem, export
from presskit.model import Contact, Letterhead, Release
from presskit.newrelease import (
    language_name,
    new_release_language,
    profile_defaults,
    release_from_profile,
    set_profile_defaults,
    system_language,
)


# -- file name of a release with no headline --------------------------------------------------
@pytest.mark.parametrize(("language", "stem"), [
    ("fr_FR", "communique"), ("fr", "communique"), ("fr_CA", "communique"),
    ("de_DE", "pressemitteilung"), ("es_ES", "comunicado"), ("it_IT", "comunicato"),
    ("en_US", "press-release"), ("en_GB", "press-release"), ("ja_JP", "press-release"),
])
def test_a_release_with_no_headline_is_named_in_its_language(language: str, stem: str) -> None:
    assert default_stem(Release(language=language)) == stem
    assert default_path(Release(language=language), Path("/x/d.presskit"), "pdf") == \
        Path(f"/x/{stem}.pdf")


def test_a_french_release_with_no_headline_exports_communique_pdf(tmp_path: Path) -> None:
    release = Release(language="fr_FR", body="Texte.")
    src = tmp_path / "brouillon.presskit"
    draft.save(release, src)
    target = default_path(release, src, "pdf")
    export(release, {"pdf": target})
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["communique.pdf"]
    assert target.read_bytes().startswith(b"%PDF")


def test_the_headline_still_names_the_file() -> None:
    assert default_stem(Release(language="fr_FR", reference="CP1", title="Le titre")) == \
        "CP1-le-titre"


# -- language of new releases ----------------------------------------------------------------
def test_new_release_language_order() -> None:
    assert new_release_language("fr_FR", "de_DE", "it_IT") == "fr_FR"
    assert new_release_language("", "de_DE", "it_IT") == "de_DE"
    assert new_release_language(None, None, "it_IT") == "it_IT"
    assert new_release_language(None, "not a language", None) == "en_US"
    assert new_release_language("fr-ca") == "fr_CA"


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr_FR"),
    ({"LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"}, "de_DE"),
    ({"LANG": "fr.UTF-8"}, "fr_FR"),
    ({"LANG": "C.UTF-8"}, None),
    ({"LANG": "ja_JP.UTF-8"}, None),  # no export labels in Japanese
    ({}, None),
])
def test_system_language(env: dict[str, str], expected: str | None) -> None:
    assert system_language(env) == expected


def test_language_names_in_the_interface_language() -> None:
    assert language_name("fr_FR", "fr") == "français (France)"
    assert language_name("fr_FR", "en") == "French (France)"
    assert language_name("en_US", "fr_FR") == "anglais (États-Unis)"
    assert language_name("xx_bogus", "en") == "xx_bogus"


# -- new from a letterhead profile -------------------------------------------------------------
def _profile() -> Letterhead:
    lh = Letterhead(organization="Institut orbital", home_country="BE", color="#112233",
                    profile="Institut")
    set_profile_defaults(lh, language="fr_BE", boilerplate="L’Institut observe le ciel.",
                         contact_list="Presse")
    return lh


def test_profile_defaults_survive_the_profile_file(tmp_path: Path) -> None:
    path = profiles.write_profile_file(_profile(), tmp_path / "p.presskit-letterhead")
    back = profiles.read_profile_file(path)
    d = profile_defaults(back)
    assert (d.language, d.boilerplate, d.contact_list, d.home_country) == \
        ("fr_BE", "L’Institut observe le ciel.", "Presse", "BE")


def test_release_from_profile_brings_everything_but_keeps_defaults_out_of_the_draft(
        tmp_path: Path) -> None:
    contact = Contact(name="Claire Roux", role="Presse", email="claire@example.org")
    release = release_from_profile(_profile(), contacts=[contact], last_language="de_DE")
    assert release.language == "fr_BE"
    assert release.boilerplate == "L’Institut observe le ciel."
    assert [c.name for c in release.contacts] == ["Claire Roux"]
    assert release.letterhead.organization == "Institut orbital"
    assert release.letterhead.home_country == "BE"
    path = tmp_path / "r.presskit"
    draft.save(release, path)
    text = path.read_text(encoding="utf-8")
    assert "contact_list" not in text and '"release"' not in text
    assert draft.load(path).letterhead.profile == "Institut"


def test_a_profile_without_a_language_takes_the_last_release_s() -> None:
    lh = Letterhead(organization="X", profile="X")
    assert release_from_profile(lh, last_language="it_IT", system="de_DE").language == "it_IT"
    assert release_from_profile(lh, system="de_DE").language == "de_DE"


def test_applying_a_profile_to_a_draft_leaves_its_release_defaults_behind() -> None:
    assert "release" not in profiles.for_draft(_profile()).extra
