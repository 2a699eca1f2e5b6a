"""Letterhead profiles: the JSON mapping, profile files, the store, import/export, compare."""

from __future__ import annotations

import base64
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from presskit import draft
from presskit.images import decode_data_url, encode_data_url, normalise_image
from presskit.model import FONT_FAMILIES, Letterhead, Margins
from presskit.profiles import (
    FORMAT_KEY,
    SUFFIX,
    LetterheadError,
    ProfileError,
    ProfileStore,
    compare,
    default_profile,
    for_draft,
    letterhead_from_dict,
    letterhead_to_dict,
    profile_from_json,
    profile_to_json,
    read_profile_file,
    slugify,
)


def png_url(color: tuple[int, int, int] = (30, 60, 120), size: tuple[int, int] = (40, 20)) -> str:
    """A logo as the app stores it: already through normalise_image."""
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return normalise_image(buf.getvalue(), source="test").data_url()


def full_letterhead(name: str = "Acme Test Lab") -> Letterhead:
    return Letterhead(
        organization="Acme Test Lab",
        address="1 Example Road\nTestville",
        website="www.acme.example",
        logo=png_url(),
        color="#1B3A6B",
        profile=name,
        secondary_logo=png_url((200, 30, 30), (20, 20)),
        social=["@acme@social.example", "acme.example/blog"],
        font="Noto Serif",
        paper="letter",
        margins=Margins(top=15.0, right=18.5, bottom=22.0, left=18.5),
        footer="Acme Test Lab SAS — capital 1 €",
        repeat_logo=True,
        extra={"x-future": {"keep": [1, 2]}},
    )


def bomb_png(width: int = 20000, height: int = 20000) -> bytes:
    def chunk(tag: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + tag + payload
                + struct.pack(">I", zlib.crc32(tag + payload) & 0xFFFFFFFF))

    row = b"\x00" * (1 + (width + 7) // 8)
    co = zlib.compressobj(9)
    idat = b"".join(co.compress(row) for _ in range(height)) + co.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "profiles", seed=False)


# -- the JSON mapping --------------------------------------------------------------------------

def test_round_trip_of_every_field() -> None:
    lh = full_letterhead()
    data = letterhead_to_dict(lh)
    assert list(data) == ["organization", "address", "website", "logo", "color", "profile",
                          "secondary_logo", "social", "font", "paper", "margins", "footer",
                          "repeat_logo", "x-future"]
    assert data["margins"] == {"top": 15, "right": 18.5, "bottom": 22, "left": 18.5}
    assert data["x-future"] == {"keep": [1, 2]}
    again = letterhead_from_dict(json.loads(json.dumps(data)))
    assert again == lh


def test_empty_optional_keys_are_left_out() -> None:
    data = letterhead_to_dict(Letterhead(organization="Solo"))
    assert data == {"organization": "Solo"}
    assert letterhead_to_dict(Letterhead()) == {}
    assert letterhead_from_dict(None) == Letterhead()
    assert letterhead_from_dict({}) == Letterhead()


def test_nulls_read_as_empty() -> None:
    lh = letterhead_from_dict({"website": None, "social": None, "repeat_logo": None,
                               "margins": None})
    assert lh == Letterhead()


def test_same_output_as_the_draft_writer() -> None:
    for lh in (full_letterhead(), Letterhead(organization="X", color="#ABCDEF")):
        assert letterhead_to_dict(lh) == draft.letterhead_to_dict(lh)


def test_extras_never_override_known_keys() -> None:
    lh = Letterhead(organization="Real", extra={"organization": "Fake", "other": 1})
    assert letterhead_to_dict(lh) == {"organization": "Real", "other": 1}


def test_paper_is_read_in_lower_case() -> None:
    assert letterhead_from_dict({"paper": "A4"}).paper == "a4"


@pytest.mark.parametrize("obj, field, needle", [
    ({"color": "red"}, "letterhead.color", "#RRGGBB"),
    ({"color": "#FFF"}, "letterhead.color", "#RRGGBB"),
    ({"color": 123}, "letterhead.color", "must be text, not a number"),
    ({"organization": ["a"]}, "letterhead.organization", "must be text, not a list"),
    ({"logo": "https://example.org/logo.png"}, "letterhead.logo", "data: URL"),
    ({"secondary_logo": "data:image/svg+xml;base64,PHN2Zy8+"}, "letterhead.secondary_logo",
     "PNG or JPEG"),
    ({"paper": "a3"}, "letterhead.paper", "a4, letter"),
    ({"social": "@acme"}, "letterhead.social", "list of text"),
    ({"social": ["ok", 3]}, "letterhead.social", "list of text"),
    ({"repeat_logo": "yes"}, "letterhead.repeat_logo", "true or false"),
    ({"repeat_logo": 1}, "letterhead.repeat_logo", "true or false"),
    ({"margins": [10, 10, 10, 10]}, "letterhead.margins", "top, right, bottom, left"),
    ({"margins": {"top": 2}}, "letterhead.margins.top", "between 5 and 60"),
    ({"margins": {"left": "20"}}, "letterhead.margins.left", "between 5 and 60"),
    ({"margins": {"right": True}}, "letterhead.margins.right", "between 5 and 60"),
    ({"margins": {"bottom": float("nan")}}, "letterhead.margins.bottom", "between 5 and 60"),
    ({"margins": {"bottom": float("inf")}}, "letterhead.margins.bottom", "between 5 and 60"),
])
def test_wrong_values_name_the_field(obj: dict[str, object], field: str, needle: str) -> None:
    with pytest.raises(LetterheadError) as err:
        letterhead_from_dict(obj)
    assert isinstance(err.value, ValueError)
    assert err.value.field == field
    assert field in str(err.value)
    assert needle in str(err.value)


def test_not_an_object() -> None:
    with pytest.raises(LetterheadError, match="must be an object, not a list"):
        letterhead_from_dict([1, 2])


def test_partial_margins_keep_defaults() -> None:
    lh = letterhead_from_dict({"margins": {"top": 30}})
    assert lh.margins == Margins(top=30.0)


# -- profile files -----------------------------------------------------------------------------

def test_profile_file_round_trip() -> None:
    lh = full_letterhead("Acme")
    text = profile_to_json(lh)
    data = json.loads(text)
    assert data[FORMAT_KEY] == 1
    assert data["name"] == "Acme"
    assert "profile" not in data
    assert data["logo"].startswith("data:image/png;base64,")
    assert profile_from_json(text) == lh


@pytest.mark.parametrize("text, needle", [
    ('{"name": "X"}', 'no "presskit-letterhead" key'),
    ('[1]', "not a Presskit letterhead profile"),
    ('{"presskit-letterhead": 2, "name": "X"}', "newer Presskit"),
    ('{"presskit-letterhead": "1", "name": "X"}', "format number 1"),
    ('{"presskit-letterhead": 1}', "field 'name': must be text"),
    ('{"presskit-letterhead": 1, "name": "   "}', "needs a name"),
    ('{"presskit-letterhead": 1, "name": "X", "font": "Comic Sans"}', "not a bundled font"),
    ('{"presskit-letterhead": 1, "name": "X", "color": "blue"}', "field 'color'"),
    ('{"presskit-letterhead": 1, "name": "X",', "not valid JSON (line 1"),
])
def test_bad_profile_files(text: str, needle: str) -> None:
    with pytest.raises(ProfileError) as err:
        profile_from_json(text)
    assert needle in str(err.value)


def test_read_profile_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.presskit-letterhead"
    bad.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(ProfileError, match=r"bad\.presskit-letterhead: is not UTF-8"):
        read_profile_file(bad)
    wrong = tmp_path / "wrong.presskit-letterhead"
    wrong.write_text('{"presskit-letterhead": 1, "name": "W", "paper": "tabloid"}', encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        read_profile_file(wrong)
    assert str(err.value) == (f"{wrong}: field 'paper': 'tabloid' must be one of a4, letter")
    with pytest.raises(ProfileError, match="cannot be read"):
        read_profile_file(tmp_path / ("missing" + SUFFIX))


def test_oversized_profile_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / ("big" + SUFFIX)
    with big.open("wb") as fh:
        fh.truncate(65 * 1024 * 1024)
    with pytest.raises(ProfileError, match="too large"):
        read_profile_file(big)


# -- the default profile -----------------------------------------------------------------------

def test_default_profile_is_complete_and_fictional() -> None:
    lh = default_profile()
    assert lh.profile == "Observatoire de Valmont"
    assert lh.organization == "Observatoire de Valmont"
    assert lh.font in FONT_FAMILIES
    assert lh.paper == "a4"
    assert lh.margins is not None
    assert lh.footer
    assert lh.website.endswith(".example")
    assert all(".example" in s for s in lh.social)
    mime, png = decode_data_url(lh.logo)
    assert mime == "image/png"
    logo = normalise_image(png, source="default logo")
    assert logo.size == (600, 600)
    im = Image.open(io.BytesIO(logo.png))
    assert im.mode == "RGBA"
    assert im.getpixel((0, 0))[3] == 0  # transparent corner around the round badge
    assert im.getpixel((300, 60))[:3] == (0x2B, 0x4C, 0x7E)  # accent inside the badge


def test_store_seeds_the_default_profile_when_empty(tmp_path: Path) -> None:
    s = ProfileStore(tmp_path / "p")
    assert s.list() == ["Observatoire de Valmont"]
    assert (tmp_path / "p" / ("observatoire-de-valmont" + SUFFIX)).is_file()
    assert s.get("Observatoire de Valmont") == default_profile()


def test_store_defaults_to_the_data_folder(isolated_data_dir: Path) -> None:
    s = ProfileStore()
    assert s.folder == isolated_data_dir / "profiles"
    assert s.list() == ["Observatoire de Valmont"]


def test_no_seeding_when_the_folder_has_profiles(tmp_path: Path) -> None:
    s = ProfileStore(tmp_path / "p")
    s.save(full_letterhead("Mine"))
    assert s.list() == ["Mine"]


# -- the store ---------------------------------------------------------------------------------

def test_save_get_list(store: ProfileStore) -> None:
    store.save(full_letterhead("Zeta"))
    store.save(Letterhead(profile="alpha", organization="Alpha"))
    assert store.list() == ["alpha", "Zeta"]
    assert store.get("Zeta") == full_letterhead("Zeta")
    assert store.get("ZETA").profile == "Zeta"  # names are case-insensitive
    assert store.exists("zeta") and not store.exists("eta")
    files = sorted(p.name for p in store.folder.iterdir())
    assert files == ["alpha" + SUFFIX, "zeta" + SUFFIX]


def test_save_replaces_the_same_name(store: ProfileStore) -> None:
    store.save(Letterhead(profile="Acme", organization="Old"))
    store.save(Letterhead(profile="acme", organization="New"))
    assert store.list() == ["acme"]
    assert store.get("Acme").organization == "New"
    assert len(list(store.folder.iterdir())) == 1


def test_file_names_are_safe_slugs(store: ProfileStore) -> None:
    store.save(Letterhead(profile="Ça / va: <Rédaction>?"))
    store.save(Letterhead(profile="Ça va rédaction"))  # same slug, different name
    store.save(Letterhead(profile="../../etc/passwd"))
    store.save(Letterhead(profile="CON"))
    names = sorted(p.name for p in store.folder.iterdir())
    assert names == sorted(["ca-va-redaction" + SUFFIX, "ca-va-redaction-2" + SUFFIX,
                            "etc-passwd" + SUFFIX, "con-profile" + SUFFIX])
    assert store.get("Ça / va: <Rédaction>?").profile == "Ça / va: <Rédaction>?"
    assert slugify("日本語") == "profile"


def test_names_are_checked(store: ProfileStore) -> None:
    with pytest.raises(LetterheadError, match="needs a name"):
        store.save(Letterhead(profile="  "))
    with pytest.raises(LetterheadError, match="longer than"):
        store.save(Letterhead(profile="x" * 200))
    with pytest.raises(LetterheadError, match="control characters"):
        store.save(Letterhead(profile="a\x00b"))
    saved = store.save(Letterhead(profile="  Spaced   out  "))
    assert saved.profile == "Spaced out"


def test_save_refuses_a_font_that_is_not_bundled(store: ProfileStore) -> None:
    with pytest.raises(LetterheadError) as err:
        store.save(Letterhead(profile="F", font="Comic Sans MS"))
    assert err.value.field == "font"
    assert store.list() == []


def test_delete(store: ProfileStore) -> None:
    store.save(Letterhead(profile="A"))
    store.save(Letterhead(profile="B"))
    store.delete("a")
    assert store.list() == ["B"]
    with pytest.raises(ProfileError, match="no letterhead profile named 'A'"):
        store.get("A")
    with pytest.raises(ProfileError):
        store.delete("A")


def test_duplicate(store: ProfileStore) -> None:
    store.save(full_letterhead("Acme"))
    copy_ = store.duplicate("Acme", "Acme (events)")
    assert copy_.profile == "Acme (events)"
    assert store.list() == ["Acme", "Acme (events)"]
    original = store.get("Acme")
    dup = store.get("Acme (events)")
    assert compare(original, dup) == []
    with pytest.raises(ProfileError, match="already exists"):
        store.duplicate("Acme", "acme (EVENTS)")


def test_rename(store: ProfileStore) -> None:
    store.save(full_letterhead("Acme"))
    store.save(Letterhead(profile="Other"))
    renamed = store.rename("Acme", "Acme Worldwide")
    assert renamed.profile == "Acme Worldwide"
    assert store.list() == ["Acme Worldwide", "Other"]
    assert not (store.folder / ("acme" + SUFFIX)).exists()
    assert (store.folder / ("acme-worldwide" + SUFFIX)).exists()
    assert store.get("Acme Worldwide").logo == full_letterhead().logo
    # A change of case only rewrites the same file.
    store.rename("Acme Worldwide", "ACME Worldwide")
    assert store.list() == ["ACME Worldwide", "Other"]
    assert len(list(store.folder.iterdir())) == 2
    with pytest.raises(ProfileError, match="already exists"):
        store.rename("ACME Worldwide", "other")


def test_unique_name(store: ProfileStore) -> None:
    store.save(Letterhead(profile="Acme"))
    store.save(Letterhead(profile="Acme (2)"))
    assert store.unique_name("Acme") == "Acme (3)"
    assert store.unique_name("New") == "New"


def test_broken_files_are_skipped_and_reported(store: ProfileStore) -> None:
    store.save(Letterhead(profile="Good"))
    (store.folder / ("broken" + SUFFIX)).write_text("{ nope", encoding="utf-8")
    (store.folder / ("twin" + SUFFIX)).write_text(
        json.dumps({FORMAT_KEY: 1, "name": "GOOD"}), encoding="utf-8")
    (store.folder / "notes.txt").write_text("ignored", encoding="utf-8")
    assert store.list() == ["Good"]
    assert len(store.problems) == 2
    assert any("broken" in p and "not valid JSON" in p for p in store.problems)
    assert any("also in" in p for p in store.problems)


# -- export and import -------------------------------------------------------------------------

def test_export_then_import_into_another_store(tmp_path: Path, store: ProfileStore) -> None:
    store.save(full_letterhead("Acme"))
    exported = store.export("Acme", tmp_path / ("acme-for-colleague" + SUFFIX))
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data[FORMAT_KEY] == 1 and data["name"] == "Acme"
    assert data["secondary_logo"].startswith("data:image/png;base64,")

    colleague = ProfileStore(tmp_path / "colleague", seed=False)
    imported = colleague.import_file(exported)
    assert colleague.list() == ["Acme"]
    assert compare(imported, store.get("Acme")) == []
    assert imported.extra == {"x-future": {"keep": [1, 2]}}


def test_import_name_conflicts(tmp_path: Path, store: ProfileStore) -> None:
    path = tmp_path / ("in" + SUFFIX)
    path.write_text(profile_to_json(Letterhead(profile="Acme", organization="Theirs")),
                    encoding="utf-8")
    store.save(Letterhead(profile="Acme", organization="Mine"))
    with pytest.raises(ProfileError, match="already exists"):
        store.import_file(path)
    assert store.get("Acme").organization == "Mine"
    store.import_file(path, name="Acme (theirs)")
    assert store.get("Acme (theirs)").organization == "Theirs"
    store.import_file(path, replace=True)
    assert store.get("Acme").organization == "Theirs"


def test_import_renormalises_logos(tmp_path: Path, store: ProfileStore) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (4000, 2000), (10, 120, 60)).save(buf, "JPEG", quality=80)
    lh = Letterhead(profile="Big", logo="data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode())
    path = tmp_path / ("big" + SUFFIX)
    path.write_text(profile_to_json(lh), encoding="utf-8")
    imported = store.import_file(path)
    mime, png = decode_data_url(imported.logo)
    assert mime == "image/png"
    assert Image.open(io.BytesIO(png)).size == (1800, 900)


@pytest.mark.parametrize("key", ["logo", "secondary_logo"])
def test_import_refuses_hostile_logos(tmp_path: Path, store: ProfileStore, key: str) -> None:
    profile = {FORMAT_KEY: 1, "name": "Hostile", key: encode_data_url(bomb_png())}
    path = tmp_path / ("hostile" + SUFFIX)
    path.write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(LetterheadError) as err:
        store.import_file(path)
    assert err.value.field == key
    assert str(path) in str(err.value)
    assert "refused" in str(err.value) and "pixels" in str(err.value)
    assert not store.exists("Hostile")


def test_import_refuses_corrupt_logo(tmp_path: Path, store: ProfileStore) -> None:
    profile = {FORMAT_KEY: 1, "name": "Corrupt",
               "logo": "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\nxx").decode()}
    path = tmp_path / ("c" + SUFFIX)
    path.write_text(json.dumps(profile), encoding="utf-8")
    with pytest.raises(LetterheadError, match="field 'logo': refused"):
        store.import_file(path)
    assert store.list() == []


# -- compare -----------------------------------------------------------------------------------

def test_compare_identical_and_cosmetic_differences() -> None:
    saved = full_letterhead("Acme")
    in_draft = for_draft(saved)
    assert compare(in_draft, saved) == []
    in_draft.color = saved.color.lower()
    in_draft.address = saved.address.replace("\n", "\r\n") + "\n"
    in_draft.social = [*saved.social, "  "]
    in_draft.profile = "renamed"
    in_draft.extra = {}
    assert compare(in_draft, saved) == []


def test_compare_lists_changed_fields_in_order() -> None:
    saved = full_letterhead("Acme")
    in_draft = for_draft(saved)
    in_draft.footer = "New legal line"
    in_draft.logo = png_url((0, 0, 0))
    in_draft.margins = None
    in_draft.repeat_logo = False
    in_draft.font = "Noto Sans"
    assert compare(in_draft, saved) == ["logo", "font", "margins", "footer", "repeat_logo"]
    assert compare(Letterhead(), saved) == ["organization", "address", "website", "logo",
                                            "secondary_logo", "social", "color", "font",
                                            "paper", "margins", "footer", "repeat_logo"]


def test_for_draft_is_an_independent_copy() -> None:
    saved = full_letterhead("Acme")
    copy_ = for_draft(saved)
    copy_.social.append("more")
    assert copy_.margins is not None
    copy_.margins.top = 40
    copy_.extra["x-future"]["keep"].append(3)
    assert saved.social == ["@acme@social.example", "acme.example/blog"]
    assert saved.margins is not None and saved.margins.top == 15.0
    assert saved.extra == {"x-future": {"keep": [1, 2]}}


def test_default_profile_file_is_reproducible_from_its_generator(tmp_path: Path) -> None:
    import importlib.util

    repo = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("make_default_logo",
                                                  repo / "tools" / "make_default_logo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = module.main(tmp_path)
    shipped = repo / "resources" / "profiles" / ("default" + SUFFIX)
    assert generated.read_bytes() == shipped.read_bytes()
