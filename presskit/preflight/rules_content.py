"""Rules on what the release says: headline, body, length, embargo, links, printable glyphs."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
import urllib.parse
from collections.abc import Iterator

from presskit.preflight import messages as M
from presskit.preflight.engine import Context
from presskit.preflight.findings import Finding, finding


def no_headline(ctx: Context) -> Iterator[Finding]:
    if not ctx.release.title.strip():
        yield finding("no-headline", "title", ctx.t(M.NO_HEADLINE))


def empty_body(ctx: Context) -> Iterator[Finding]:
    if not _has_words(ctx.release.body):
        yield finding("empty-body", "body", ctx.t(M.EMPTY_BODY))


def _has_words(markdown: str) -> bool:
    """True when the Markdown has any letter or digit (not only '#', '-', '*' or spaces)."""
    return any(ch.isalnum() for ch in markdown)


def headline_length(ctx: Context) -> Iterator[Finding]:
    opts = ctx.options
    for field, text, limit, message in (
            ("title", ctx.release.title, opts.headline_max, M.HEADLINE_LENGTH),
            ("subtitle", ctx.release.subtitle, opts.subheadline_max, M.SUBHEADLINE_LENGTH)):
        n = len(text.strip())
        if n > limit:
            lead = len(text) - len(text.lstrip())
            yield finding("headline-length", field, ctx.t(message).format(n=n, limit=limit),
                          start=lead + limit, end=lead + n)


def length(ctx: Context) -> Iterator[Finding]:
    from presskit.preflight import pages

    limit = ctx.options.max_pages
    if ctx.options.exact_length:
        from presskit.errors import PresskitError

        try:
            n = pages.rendered_pages(ctx.release, ctx.options.home_country)
        except PresskitError:
            n = 0  # the export will report what stops the PDF; estimate the length meanwhile
        if n:
            if n > limit:
                yield finding("length", "body", ctx.t(M.LENGTH).format(pages=n, limit=limit))
            return
    n = pages.estimated_pages(ctx.release)
    if n > limit:
        yield finding("length", "body", ctx.t(M.LENGTH_ESTIMATE).format(pages=n, limit=limit))


def embargo_past(ctx: Context) -> Iterator[Finding]:
    when = ctx.release.embargo
    if when is None:
        return
    if when.tzinfo is None:  # the loader refuses these; a release built in code may not
        when = when.replace(tzinfo=ctx.now.tzinfo)
    if when <= ctx.now:
        from babel.dates import format_datetime

        try:
            shown = format_datetime(when, "medium", tzinfo=when.tzinfo,
                                    locale=ctx.ui_language.replace("-", "_") or "en")
        except (ValueError, LookupError):
            shown = when.isoformat()
        yield finding("embargo-past", "embargo", ctx.t(M.EMBARGO_PAST).format(when=shown))


# -- links ------------------------------------------------------------------------------
_MD_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\]\(\s*<?(?P<url>[^)\s>]*)>?(?:\s+[^)]*)?\)")
_AUTOLINK = re.compile(r"<(?P<url>[a-z][a-z0-9+.-]*:[^>\s]*)>", re.IGNORECASE)
_BARE_URL = re.compile(r"(?<![\w(<\[])(?P<url>(?:https?|ftp)://[^\s<>()\[\]]*)", re.IGNORECASE)
# Link texts that say nothing about where they lead, in the release languages.
VAGUE_LINK_TEXTS = frozenset({
    "here", "click here", "click", "this", "this link", "link", "read more", "more", "go",
    "ici", "cliquez ici", "cliquer ici", "cliquez", "lien", "ce lien", "en savoir plus", "là",
    "hier", "klicken sie hier", "hier klicken", "klick hier", "mehr", "weiter", "dieser link",
    "aquí", "haga clic aquí", "haz clic aquí", "clic aquí", "pulse aquí", "enlace", "más",
    "qui", "clicca qui", "fai clic qui", "clicca", "collegamento", "di più",
})
# Link texts that start by telling the reader to click ("click here to read the report").
VAGUE_LINK_STARTS = ("click here", "cliquez ici", "cliquer ici", "klicken sie hier", "hier klicken",
                     "haga clic aquí", "haz clic aquí", "clic aquí", "clicca qui", "fai clic qui")
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$|^localhost$",
                   re.IGNORECASE)


def normal_link_text(text: str) -> str:
    text = re.sub(r"[*_`~]", "", text)
    return " ".join(text.casefold().strip(" .:;,!?»«“”\"'→>…").split())


def vague_link_text(text: str) -> bool:
    """True for a link text that says nothing of where it leads ("here", "cliquez ici…")."""
    normal = normal_link_text(text)
    return normal in VAGUE_LINK_TEXTS or normal.startswith(VAGUE_LINK_STARTS)


def url_problem(url: str) -> bool:
    """True when *url* cannot work as a link: no http(s)/mailto scheme, or no host."""
    low = url.strip().lower()
    if low.startswith("mailto:"):
        return not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", url.strip()[7:].split("?")[0])
    if not low.startswith(("http://", "https://", "ftp://")):
        return True
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return True
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return True
    return not _HOST.match(host) and not _is_ip(host)


def _is_ip(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def link_text(ctx: Context) -> Iterator[Finding]:
    for tf in ctx.texts():
        if not tf.prose or ("](" not in tf.text and "://" not in tf.text and "<" not in tf.text):
            continue
        where = ctx.where(tf.field)
        for m in _MD_LINK.finditer(tf.text):
            text, url = m.group("text"), m.group("url")
            if vague_link_text(text):
                yield finding("link-text", tf.field,
                              ctx.t(M.LINK_TEXT).format(where=where, text=text.strip()),
                              word=text, start=m.start("text"), end=m.end("text"))
            if url_problem(url):
                yield finding("link-text", tf.field, ctx.t(M.LINK_URL).format(where=where, url=url),
                              word=url, start=m.start("url"), end=m.end("url"))
        for pattern in (_AUTOLINK, _BARE_URL):
            for m in pattern.finditer(tf.text):
                url = m.group("url").rstrip(".,;:!?")
                if pattern is _BARE_URL and _inside_md_link(tf.text, m.start()):
                    continue
                if url_problem(url):
                    yield finding("link-text", tf.field,
                                  ctx.t(M.LINK_URL).format(where=where, url=url), word=url,
                                  start=m.start("url"), end=m.start("url") + len(url))


def _inside_md_link(text: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in _MD_LINK.finditer(text))


# -- glyphs -----------------------------------------------------------------------------
class GlyphCoverage:
    """Which characters some font can print: the bundled family, then fontconfig fallback.

    The same question the PDF renderer asks (``renderers.fonts``), answered once per
    character and process, behind a lock (the engine runs in a worker thread).
    """

    def __init__(self, family: str) -> None:
        self.family = family
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}
        self._cmap: frozenset[int] | None = None

    def printable(self, ch: str) -> bool:
        known = self._known.get(ch)
        if known is not None:
            return known
        with self._lock:
            from presskit.renderers import fonts

            if self._cmap is None:
                self._cmap = fonts.bundled(self.family).cmap
            ok = ord(ch) in self._cmap or fonts.default_finder().font_for(ch) is not None
            self._known[ch] = ok
            return ok


@functools.lru_cache(maxsize=4)
def coverage(family: str) -> GlyphCoverage:
    return GlyphCoverage(family)


def _needs_glyph(ch: str) -> bool:
    """Characters that print as ink (not spaces, line breaks, joiners or soft hyphens)."""
    if ch.isspace() or ord(ch) < 0x20:
        return False
    return unicodedata.category(ch) not in ("Cc", "Cf", "Zs", "Zl", "Zp")


def glyph(ctx: Context) -> Iterator[Finding]:
    cov = coverage(ctx.release.letterhead.font or "Noto Sans")
    for tf in ctx.texts():
        missing: dict[str, int] = {}
        for i, ch in enumerate(tf.text):
            if ch.isascii() and ch.isprintable():
                continue  # the bundled fonts cover ASCII
            if ch not in missing and _needs_glyph(ch) and not cov.printable(ch):
                missing[ch] = i
        if not missing:
            continue
        names = ctx.t(M.LIST_SEPARATOR).join(
            f"{ctx.t(M.QUOTED).format(text=ch)} (U+{ord(ch):04X} {unicodedata.name(ch, '?')})"
            for ch in missing)
        first = min(missing.values())
        yield finding("glyph", tf.field, ctx.t(M.GLYPH).format(where=ctx.where(tf.field),
                                                                chars=names),
                      word="".join(missing), start=first, end=first + 1)


RULES = [no_headline, headline_length, empty_body, length, embargo_past, link_text, glyph]
