"""The HTML version (issue 11 §4): semantic, self-contained, escaped, and on the command line."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

from presskit import cli, draft
from presskit.compose import compose
from presskit.model import Contact, Letterhead, Quote, Release
from presskit.renderers.html import render_html

EVIL = "<b>R&D</b> > 5% & <img src=\"/etc/passwd\"> <script>alert(1)</script>"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


def _french(examples_dir: Path) -> Release:
    return draft.load(examples_dir / "communique-fr.presskit")


def test_semantic_structure_of_the_french_example(examples_dir: Path) -> None:
    page = render_html(compose(_french(examples_dir)))
    p = _parse(page)
    names = [t for t, _a in p.tags]
    assert page.startswith("<!DOCTYPE html>")
    assert ("html", {"lang": "fr-FR"}) in p.tags
    assert re.search(r"<title>Héliade-2 transmet ses premières images", page)
    assert names.count("h1") == 1
    assert names.index("h1") < names.index("h2")
    assert "<h2>Contacts presse</h2>" in page and "<h2>À propos de l’Institut" in page
    assert names.count("ul") == 1 and names.count("ol") == 1 and names.count("li") == 6
    assert names.count("blockquote") == 2
    assert "<footer>— Dr\u00a0Claire Dumoulin, directrice scientifique de l’IOV</footer>" in page
    assert names.count("address") == 2
    assert "1<sup>er</sup> décembre 2026" in page


def test_self_contained_no_script_and_a_restrictive_csp(examples_dir: Path) -> None:
    page = render_html(compose(_french(examples_dir)))
    p = _parse(page)
    names = [t for t, _a in p.tags]
    assert "script" not in names and "link" not in names and "iframe" not in names
    csp = [a["content"] for t, a in p.tags
           if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0] or "") and "img-src data:" in (csp[0] or "")
    assert "@media print" in page
    imgs = [a for t, a in p.tags if t == "img"]
    assert len(imgs) == 1
    assert (imgs[0]["src"] or "").startswith("data:image/png;base64,")
    assert imgs[0]["alt"] == "Logo Institut orbital du Vercors"
    for _t, attrs in p.tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            if value is not None and key == "href":
                assert value.startswith(("http://", "https://", "mailto:")), value


def test_user_text_is_always_escaped() -> None:
    release = Release(language="en_US", title=EVIL, subtitle=EVIL, body=f"{EVIL}\n\n- {EVIL}",
                      quotes=[Quote(text=EVIL, speaker=EVIL, role=EVIL)], boilerplate=EVIL,
                      contacts=[Contact(name=EVIL, role=EVIL, email="a@example.org")],
                      letterhead=Letterhead(organization=EVIL, address=EVIL, footer=EVIL))
    page = render_html(compose(release))
    p = _parse(page)
    names = [t for t, _a in p.tags]
    assert "script" not in names and "img" not in names and "b" not in names
    text = "".join(p.text)
    assert text.count("<b>R&D</b>") >= 8
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in page


def test_only_http_https_and_mailto_links() -> None:
    body = ("[a](https://example.org/x?a=1&b=2) [b](javascript:alert(1)) "
            "[c](mailto:press@example.org) [d](data:text/html,hi)")
    page = render_html(compose(Release(language="en_US", title="Links", body=body)))
    hrefs = [a["href"] for t, a in _parse(page).tags if t == "a"]
    assert "https://example.org/x?a=1&b=2" in hrefs and "mailto:press@example.org" in hrefs
    assert not any(h and h.startswith(("javascript:", "data:")) for h in hrefs)
    assert "https://example.org/x?a=1&amp;b=2" in page


def test_html_in_every_release_language(examples_dir: Path) -> None:
    fr = _french(examples_dir)
    for lang, tag in (("en_US", "en-US"), ("en_GB", "en-GB"), ("de_DE", "de-DE"),
                      ("es_ES", "es-ES"), ("it_IT", "it-IT")):
        page = render_html(compose(dataclasses.replace(fr, language=lang)))
        assert f'<html lang="{tag}">' in page


def test_export_html_on_the_command_line(examples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "release.html"
    status = cli.main(["export", str(examples_dir / "release-en.presskit"), "--html", str(out),
                       "-q"])
    assert status == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en-US">' in page and "<h1>Northwind Orbital Selects Harbor &amp; Finch" in page
