"""Whatever a release holds, the engine answers with known codes and ranges inside the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskit.model import Contact, Quote, Release
from presskit.preflight.engine import check
from presskit.preflight.fields import text_fields
from presskit.preflight.findings import CODES
from tests.presskit.preflight.support import NOW

# Latin text, Markdown and link punctuation, digits, a few symbols: no character that would
# send the glyph rule to fontconfig for every example.
TEXT = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéàçABCDEFXYZ '’-_*#[]()<>:/.@,;"
                                    "!?0123456789\n€«»")), max_size=80)


def _texts(release: Release) -> dict[str, str]:
    out = {f.field: f.text for f in text_fields(release)}
    for i, c in enumerate(release.contacts):
        out[f"contacts[{i}].email"] = c.email
        out[f"contacts[{i}].phone"] = c.phone
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, subtitle=TEXT, body=TEXT, quote=TEXT, email=TEXT, phone=TEXT,
       language=st.sampled_from(["en_US", "en_GB", "fr", "de", "es", "it", "zz"]),
       ui=st.sampled_from(["en", "fr"]), hours=st.integers(-48, 48))
def test_findings_are_well_formed(title: str, subtitle: str, body: str, quote: str, email: str,
                                  phone: str, language: str, ui: str, hours: int) -> None:
    release = Release(language=language, title=title, subtitle=subtitle, body=body,
                      quotes=[Quote(quote, "Ada Lovelace", "Director")],
                      contacts=[Contact("Jordan", "Press", phone, email)],
                      embargo=NOW + dt.timedelta(hours=hours))
    texts = _texts(release)
    for f in check(release, now=NOW, ui_language=ui, options={"suggestions": 1}):
        assert f.severity == CODES[f.code] and f.message
        if f.start is not None and f.end is not None:
            text = texts[f.field]
            assert 0 <= f.start <= f.end <= len(text), f
            if f.code == "spelling":
                assert text[f.start:f.end] == f.word
