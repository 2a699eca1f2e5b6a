"""Compose: one release in, one neutral document tree out.

All the language work happens here and only here: labels from the gettext
catalogs, dates and times from babel, quotation marks, French spacing, the
English dateline, and the cleaning of characters no format can hold. The PDF,
DOCX, text and preview outputs only lay the resulting tree out.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from presskit import typography
from presskit.doctree import (
    Block,
    ContactBlock,
    ContactList,
    DocMeta,
    Document,
    EndMark,
    Intertitle,
    KindLabel,
    Letterhead,
    ListBlock,
    Meta,
    PageSetup,
    Paragraph,
    QuoteBlock,
    ReleaseLine,
    Run,
    SectionHeading,
    Subtitle,
    Title,
    letterhead_lines,
)
from presskit.labels import Labels, has_catalog, labels_for
from presskit.markdown_body import body_blocks
from presskit.model import Release
from presskit.textclean import Warning, clean_text

DEFAULT_ACCENT = "#1F3A5F"


@functools.cache
def resolve_locale(code: str) -> tuple[str, str | None]:
    """Return (babel locale id, warning or None). Unknown locales fall back to English."""
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return "en_US", f"unknown locale '{code}'; using English (en_US)"
    ident = str(loc)
    if not has_catalog(ident):
        return ident, (f"no export labels for '{code}' yet; labels are in English, "
                       "dates in the release language")
    return ident, None


def format_date(day: dt.date, locale: str) -> str:
    from babel.dates import format_date as babel_format_date

    text = babel_format_date(day, format="long", locale=locale)
    if locale.startswith("fr") and day.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def format_embargo(when: dt.datetime, locale: str, labels: Labels) -> str:
    from babel.dates import format_time, get_timezone_gmt

    time = format_time(when, format="short", locale=locale)
    offset = when.utcoffset() or dt.timedelta(0)
    zone = "GMT" if offset == dt.timedelta(0) else get_timezone_gmt(when, width="long", locale=locale)
    return labels.embargo.format(time=f"{time} {zone}", date=format_date(when.date(), locale))


class _Composer:
    def __init__(self, release: Release, home_country: str | None = None):
        self.r = release
        # Country of numbers typed without +CC: the profile's home country, else the caller's
        # (Preferences, then the system locale). Never the release language's.
        from presskit.phones import home_country as _home

        self.home_country = _home(release.letterhead.home_country, home_country)
        self.warnings: list[Warning] = []
        self.locale, note = resolve_locale(release.language or "en_US")
        if note:
            self.warnings.append(Warning("language", note))
        self.lang = self.locale.split("_")[0]
        self.labels = labels_for(self.locale)
        self.typo = typography.typesetter(
            self.locale, single_first=release.letterhead.british_quotes == "single")

    def text(self, value: str, field: str, *, inner: bool = False) -> str:
        cleaned = clean_text(value, field, self.warnings)
        return self.typo.text(cleaned.strip(), inner=inner)

    def plain(self, value: str, field: str) -> str:
        """Cleaned but not typeset (URLs, emails, phone numbers)."""
        return clean_text(value, field, self.warnings).strip()

    # -- the tree -----------------------------------------------------------------------
    def document(self) -> Document:
        r, labels = self.r, self.labels
        doc = Document()
        doc.letterhead = self.letterhead()
        doc.page = self.page_setup()
        blocks: list[Block] = doc.blocks
        kind_label = labels.kind.get(r.kind, labels.kind["press_release"])
        blocks.append(KindLabel(field="kind", text=kind_label))
        if r.embargo is not None:
            blocks.append(ReleaseLine(field="embargo", embargo=True,
                                      text=format_embargo(r.embargo, self.locale, labels)))
        elif labels.immediate_release:
            blocks.append(ReleaseLine(field="embargo", text=labels.immediate_release))
        place = self.text(r.place, "place")
        date_text = format_date(r.date, self.locale) if r.date else ""
        dateline = date_text
        english_dateline = ""
        if self.lang == "en":
            if place and date_text:
                english_dateline = f"{place.upper()}, {date_text} — "
            elif place:
                english_dateline = f"{place.upper()} — "
        elif place and date_text:
            dateline = labels.dateline.format(place=place, date=date_text)
        elif place:
            dateline = place
        reference = self.plain(r.reference, "reference")
        ref_text = labels.reference.format(reference=reference) if reference else ""
        if dateline or ref_text:
            blocks.append(Meta(field="date", dateline=dateline, reference=ref_text,
                               dateline_sup=self.typo.superscripts(dateline)))
        title = self.text(r.title, "title")
        if title:
            blocks.append(Title(field="title", text=title, sup=self.typo.superscripts(title)))
        subtitle = self.text(r.subtitle, "subtitle")
        if subtitle:
            blocks.append(Subtitle(field="subtitle", text=subtitle,
                                   sup=self.typo.superscripts(subtitle)))
        body = self.body()
        if english_dateline:
            for b in body:
                if isinstance(b, Paragraph):
                    b.runs.insert(0, Run(english_dateline, bold=True))
                    break
            else:
                body.insert(0, Paragraph(field="place", runs=[Run(english_dateline.rstrip(" —"), bold=True)]))
        blocks.extend(body)
        blocks.extend(self.quotes())
        org = self.text(r.letterhead.organization, "letterhead.organization")
        boiler = clean_text(r.boilerplate, "boilerplate", self.warnings)
        if boiler.strip():
            heading = labels.about_org(org) if org else labels.about_org("").replace("  ", " ").strip()
            blocks.append(SectionHeading(field="boilerplate", text=heading))
            for b in body_blocks(boiler, field="boilerplate"):
                self.typeset_block(b)
                if isinstance(b, Paragraph):
                    b.style = "boilerplate"
                blocks.append(b)
        contacts = self.contacts()
        if contacts:
            blocks.append(SectionHeading(field="contacts", text=labels.press_contacts))
            blocks.append(ContactList(field="contacts", contacts=contacts))
        blocks.append(EndMark(field="", text=labels.end_mark))
        doc.meta = DocMeta(
            title=title,
            short_title=_shorten(title, 60),
            author=org,
            subject=reference,
            language=self.locale.replace("_", "-"),
            locale=self.locale,
            page_label=labels.page_n_of_m,
            more_mark=labels.more_mark,
            kind_label=kind_label,
            email_subject=self.typo.text(
                f"{kind_label}: {title}" if kind_label and title else (kind_label or title)),
        )
        doc.warnings = self.warnings
        return doc

    def typeset_block(self, b: Block) -> None:
        if isinstance(b, (Paragraph, Intertitle)):
            b.runs = self.typo.runs(b.runs)
        elif isinstance(b, ListBlock):
            for item in b.items:
                item.runs = self.typo.runs(item.runs)

    def body(self) -> list[Block]:
        text = clean_text(self.r.body, "body", self.warnings)
        blocks = body_blocks(text, field="body")
        for b in blocks:
            self.typeset_block(b)
        return blocks

    def quotes(self) -> list[Block]:
        out: list[Block] = []
        labels = self.labels
        for i, q in enumerate(self.r.quotes):
            field = f"quotes[{i}]"
            text = self.text(q.text, field + ".text", inner=True)
            speaker = self.text(q.speaker, field + ".speaker")
            role = self.text(q.role, field + ".role")
            if not (text or speaker):
                continue
            if speaker and role:
                attribution = "— " + labels.attribution.format(speaker=speaker, role=role)
            elif speaker or role:
                attribution = "— " + (speaker or role)
            else:
                attribution = ""
            runs = self.typo.quote_runs(text) if text else []
            out.append(QuoteBlock(field=field, runs=runs, attribution=attribution,
                                  attribution_sup=self.typo.superscripts(attribution)))
        return out

    def contacts(self) -> list[ContactBlock]:
        out: list[ContactBlock] = []
        for i, c in enumerate(self.r.contacts):
            field = f"contacts[{i}]"
            block = ContactBlock(
                field=field,
                name=self.text(c.name, field + ".name"),
                role=self.text(c.role, field + ".role"),
                phone=self.phone(c.phone, field + ".phone", c.country),
                email=self.plain(c.email, field + ".email"),
                phone_label=self.labels.phone,
                email_label=self.labels.email,
            )
            block.role_sup = self.typo.superscripts(block.role)
            if block.name or block.phone or block.email or block.role:
                out.append(block)
        return out

    def phone(self, raw: str, field: str, country: str = "") -> str:
        text = self.plain(raw, field)
        if not text:
            return ""
        from presskit.phones import format_number, home_country, release_country

        number_country = home_country(country, self.home_country)
        formatted, ok = format_number(text, release_country(self.locale), number_country)
        # The digits of a recognised number never break across lines; anything else is kept as typed.
        return formatted.replace(" ", typography.NBSP) if ok else text

    def page_setup(self) -> PageSetup:
        lh = self.r.letterhead
        setup = PageSetup(paper=self.r.effective_paper())
        if lh.margins is not None:
            setup.margin_top = lh.margins.top
            setup.margin_right = lh.margins.right
            setup.margin_bottom = lh.margins.bottom
            setup.margin_left = lh.margins.left
        return setup

    def letterhead(self) -> Letterhead:
        lh = self.r.letterhead
        out = Letterhead(
            organization=self.text(lh.organization, "letterhead.organization"),
            address_lines=[line.strip() for line in
                           self.text(lh.address, "letterhead.address").split("\n") if line.strip()],
            website=self.plain(lh.website, "letterhead.website"),
            social=[self.plain(s, "letterhead.social") for s in lh.social if s.strip()],
            footer=self.text(lh.footer, "letterhead.footer"),
            repeat_logo=lh.repeat_logo,
        )
        from presskit.model import FONT_FAMILIES

        if lh.font:
            if lh.font in FONT_FAMILIES:
                out.font = lh.font
            else:
                self.warnings.append(Warning("letterhead.font", f"font '{lh.font}' is not bundled; using {out.font}"))
        if lh.color:
            from presskit.color import text_color

            out.color = lh.color.upper()
            out.text_color, note = text_color(out.color)
            if note:
                self.warnings.append(Warning("letterhead.color", note))
        else:
            out.color = out.text_color = DEFAULT_ACCENT
        for key in ("logo", "secondary_logo"):
            url = getattr(lh, key)
            if not url:
                continue
            img, problem = _load_logo(url, f"letterhead.{key}")
            if problem:
                self.warnings.append(Warning(f"letterhead.{key}", f"left out: {problem}"))
                continue
            if img is None:
                continue
            if key == "logo":
                out.logo_png, out.logo_size = img.png, (img.width_px, img.height_px)
            else:
                out.secondary_logo_png = img.png
                out.secondary_logo_size = (img.width_px, img.height_px)
        out.logo_alt, out.secondary_logo_alt = logo_alt_texts(self.locale, out.organization)
        out.lines = letterhead_lines(out.organization, out.address_lines, out.website, out.social)
        return out


# Alternative text of the letterhead's logos (PDF /Alt, DOCX descr, HTML alt), per language.
_LOGO_ALT = {
    "en": ("{organization} logo", "Partner logo"),
    "fr": ("Logo {organization}", "Logo partenaire"),
    "de": ("Logo {organization}", "Partnerlogo"),
    "es": ("Logotipo de {organization}", "Logotipo del socio"),
    "it": ("Logo {organization}", "Logo del partner"),
}
_LOGO_ALT_NO_NAME = {"en": "Logo", "fr": "Logo", "de": "Logo", "es": "Logotipo", "it": "Logo"}


def logo_alt_texts(locale: str, organization: str) -> tuple[str, str]:
    """(logo, secondary logo) alternative texts in the release language."""
    lang = locale.split("_")[0]
    main, partner = _LOGO_ALT.get(lang, _LOGO_ALT["en"])
    if not organization:
        return _LOGO_ALT_NO_NAME.get(lang, "Logo"), partner
    return main.format(organization=organization), partner


@functools.lru_cache(maxsize=8)
def _load_logo(data_url: str, source: str) -> tuple[Any, str | None]:
    """Decode and check an embedded logo once per distinct data URL (the preview re-composes
    on every keystroke). Returns (image or None, problem or None)."""
    from presskit.errors import ImageError
    from presskit.images import load_logo_for_render

    try:
        return load_logo_for_render(data_url, source=source), None
    except ImageError as exc:
        return None, exc.message


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:—-")
    return cut + "…"


def compose(release: Release, *, home_country: str | None = None) -> Document:
    """Turn a release into the neutral document tree every renderer lays out.

    *home_country* (ISO code) is the country of phone numbers typed without
    +CC when neither the contact nor the letterhead profile names one: the
    Preferences' home country, else the system locale's territory.
    """
    from presskit.gcpause import paused

    with paused():
        return _Composer(release, home_country).document()
