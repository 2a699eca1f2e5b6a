"""A finding's place as the form names it: "Press contact 2 — Email", never ``contacts[1].email``.

The preflight panel shows where each finding is; the draft's key paths stay internal. A
path the editor does not know (a key added by a newer Presskit) is named by its section,
or "Release", never as written.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication as QCA

_PATH = re.compile(r"^(?P<key>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?")


def _simple() -> dict[str, str]:
    return {
        "language": QCA.translate("PreflightLabels", "Release language"), "kind": QCA.translate("PreflightLabels", "Kind of release"),
        "reference": QCA.translate("PreflightLabels", "Reference"), "date": QCA.translate("PreflightLabels", "Date"), "place": QCA.translate("PreflightLabels", "Place"),
        "embargo": QCA.translate("PreflightLabels", "Embargo"), "title": QCA.translate("PreflightLabels", "Headline"), "subtitle": QCA.translate("PreflightLabels", "Subheadline"),
        "body": QCA.translate("PreflightLabels", "Body text"), "quotes": QCA.translate("PreflightLabels", "Quotes"), "contacts": QCA.translate("PreflightLabels", "Press contacts"),
        "boilerplate": QCA.translate("PreflightLabels", "About the organisation"), "letterhead": QCA.translate("PreflightLabels", "Letterhead"),
        "paper": QCA.translate("PreflightLabels", "Paper"), "items": QCA.translate("PreflightLabels", "Press kit"),
    }


def _parts() -> dict[str, str]:
    return {
        "text": QCA.translate("PreflightLabels", "Text"), "speaker": QCA.translate("PreflightLabels", "Speaker"), "role": QCA.translate("PreflightLabels", "Role"), "name": QCA.translate("PreflightLabels", "Name"),
        "phone": QCA.translate("PreflightLabels", "Phone"), "email": QCA.translate("PreflightLabels", "Email"), "country": QCA.translate("PreflightLabels", "Country"),
        "organization": QCA.translate("PreflightLabels", "Organisation"), "address": QCA.translate("PreflightLabels", "Address"), "website": QCA.translate("PreflightLabels", "Website"),
        "logo": QCA.translate("PreflightLabels", "Logo"), "secondary_logo": QCA.translate("PreflightLabels", "Second logo"), "color": QCA.translate("PreflightLabels", "Accent colour"),
        "footer": QCA.translate("PreflightLabels", "Footer"), "social": QCA.translate("PreflightLabels", "Social links"), "font": QCA.translate("PreflightLabels", "Font"),
        "margins": QCA.translate("PreflightLabels", "Margins"), "title": QCA.translate("PreflightLabels", "Title"), "caption": QCA.translate("PreflightLabels", "Caption"),
        "credit": QCA.translate("PreflightLabels", "Credit"), "alt": QCA.translate("PreflightLabels", "Alt text"), "rights": QCA.translate("PreflightLabels", "Rights"), "url": QCA.translate("PreflightLabels", "Address"),
    }


def finding_place(field: str, kit: Any = None) -> str:
    """Where *field* is, in the interface language ("" is the release as a whole); a kit's
    items are named as the kit shows them ("Photo 2 — Alt text") when *kit* is given."""
    m = _PATH.match(field or "")
    if not m:
        return QCA.translate("PreflightLabels", "Release")
    key, index, sub = m.group("key"), m.group("index"), m.group("sub")
    simple = _simple()
    if key not in simple:
        return QCA.translate("PreflightLabels", "Release")
    part = _parts().get(sub or "")
    if key == "items" and index is not None and kit is not None:
        from presskit.preflight.fields import field_label
        from presskit_ui.preflight.live import ui_language

        item = field_label(f"items[{index}]", ui_language(), kit)
        return QCA.translate("PreflightLabels", "{item} — {part}").format(item=item, part=part) \
            if part else item
    if index is not None:
        n = int(index) + 1
        item = {"quotes": QCA.translate("PreflightLabels", "Quote {n}"), "contacts": QCA.translate("PreflightLabels", "Press contact {n}"),
                "items": QCA.translate("PreflightLabels", "Kit item {n}")}.get(key, simple[key]).format(n=n)
        return QCA.translate("PreflightLabels", "{item} — {part}").format(item=item, part=part) if part else item
    if part and key == "letterhead":
        return QCA.translate("PreflightLabels", "{item} — {part}").format(item=simple[key], part=part)
    return simple[key]
