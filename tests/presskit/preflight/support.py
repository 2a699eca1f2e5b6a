"""A release with nothing to find, and the frozen clock every preflight test uses."""

from __future__ import annotations

import datetime as dt

from presskit.model import Contact, Letterhead, Quote, Release
from presskit.preflight.engine import check
from presskit.preflight.findings import Finding

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


def good_release() -> Release:
    """A short English release every rule passes."""
    return Release(
        language="en_US",
        date=dt.date(2026, 6, 1),
        place="Boston",
        embargo=dt.datetime(2026, 6, 2, 9, 0, tzinfo=dt.UTC),
        title="Northwind Orbital Laboratory selects its cargo module supplier",
        subtitle="The contract covers two pressurized modules and five years of support.",
        body=("Northwind Orbital Laboratory today announced that Harbor & Finch Aerospace will "
              "build the cargo modules for its logistics mission to lunar orbit.\n\n"
              "The selection criteria are published on [the procurement page]"
              "(https://www.northwind-orbital.example/procurement)."),
        quotes=[Quote("This is the module the mission needs.", "Ayodele Okafor",
                      "Mission Director, NOL")],
        boilerplate="Northwind Orbital Laboratory is an independent research center in Boston.",
        contacts=[Contact("Jordan Whitfield", "Media Relations Manager", "+1 617 555 0142",
                          "press@northwind-orbital.example")],
        letterhead=Letterhead(organization="Northwind Orbital Laboratory", color="#0B6E4F"),
    )


def run(release: Release, **kwargs: object) -> list[Finding]:
    kwargs.setdefault("now", NOW)
    return check(release, **kwargs)  # type: ignore[arg-type]


def codes(release: Release, **kwargs: object) -> list[str]:
    return [f.code for f in run(release, **kwargs)]

