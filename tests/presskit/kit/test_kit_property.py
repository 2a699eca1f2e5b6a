"""Property: any kit the model can hold saves and loads back equal, and saves to the same
bytes again; what the schema says of its manifest holds too."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from presskit import draft  # noqa: E402
from presskit.kit.container import dumps_kit, loads_kit  # noqa: E402
from presskit.kit.model import DOCUMENT_KINDS, Kit, KitDocument, Link, Logo, Photo  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "release-en.presskit"
RELEASE = draft.load(EXAMPLE)

# Text as users type it: any character that can be written as UTF-8 (no lone surrogates).
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                      st.floats(allow_nan=False, allow_infinity=False, width=32), text)
json_value = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)), max_leaves=8)
extra = st.dictionaries(text.map(lambda k: "x-" + k), json_value, max_size=3)
iso_date = st.dates().map(lambda d: d.isoformat() if d.year >= 1000 else "")
url = st.from_regex(r"https://[a-z]{1,10}\.example/[A-Za-z0-9/_-]{0,20}", fullmatch=True)


@st.composite
def kits(draw: Any) -> Kit:
    kit = Kit(release=RELEASE, extra=draw(extra))
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["document", "photo", "logo", "link"]))
        if kind == "document":
            kit.items.append(KitDocument(title=draw(text), body=draw(text),
                                         doc_kind=draw(st.sampled_from(DOCUMENT_KINDS)),
                                         extra=draw(extra)))
        elif kind == "link":
            kit.items.append(Link(url=draw(url), description=draw(text), extra=draw(extra)))
        else:
            name = draw(text) + draw(st.sampled_from([".jpg", ".PNG", ".tif", ".svg", ""]))
            entry = kit.add_media(name, draw(st.binary(max_size=64)))
            if kind == "photo":
                kit.items.append(Photo(file=entry, caption=draw(text), credit=draw(text),
                                       rights=draw(text), alt=draw(text), date=draw(iso_date),
                                       original_name=name, extra=draw(extra)))
            else:
                kit.items.append(Logo(file=entry, title=draw(text), original_name=name,
                                      extra=draw(extra)))
    return kit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kits())
def test_any_kit_round_trips_and_saves_to_the_same_bytes(kit: Kit) -> None:
    data = dumps_kit(kit)
    back = loads_kit(data, "p.presskit-kit")
    assert back.items == kit.items
    assert back.extra == kit.extra
    used = {i.file for i in kit.items if isinstance(i, (Photo, Logo))}
    assert back.media == {name: blob for name, blob in kit.media.items() if name in used}
    assert dumps_kit(back) == data
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert names[:3] == ["mimetype", "manifest.json", "release.presskit"]
    assert len(names) == len(set(names))


@settings(max_examples=30, deadline=None)
@given(kits())
def test_every_saved_manifest_matches_the_schema(kit: Kit) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from presskit.resources import read_text

    schema = json.loads(read_text("schema", "presskit-kit-1.schema.json"))
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(dumps_kit(kit))).read("manifest.json"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(manifest)) == []
