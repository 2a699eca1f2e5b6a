"""The neutral document tree that compose produces and every renderer lays out.

Blocks hold inline runs whose text is final: labels translated, dates written
out, quotation marks and non-breaking spaces in place. Renderers decide only
fonts, sizes, colours and positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from presskit.textclean import Warning

Span = tuple[int, int]  # [start, end) in a block's text


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    sup: bool = False  # superscript: the letters of a French ordinal (1er, XXIe)
    code: bool = False  # inline code: typography leaves it exactly as typed


@dataclass
class Block:
    """Base class. ``field`` names the draft field the block came from (for jump-to-field)."""

    field: str = ""


@dataclass
class KindLabel(Block):
    text: str = ""


@dataclass
class ReleaseLine(Block):
    text: str = ""
    embargo: bool = False


@dataclass
class Meta(Block):
    """Date line (with the place where the language puts it) and the reference."""

    dateline: str = ""
    reference: str = ""
    dateline_sup: tuple[Span, ...] = ()  # superscript stretches ("1er décembre")


@dataclass
class Title(Block):
    text: str = ""
    sup: tuple[Span, ...] = ()  # superscript stretches of text (French ordinals)


@dataclass
class Subtitle(Block):
    text: str = ""
    sup: tuple[Span, ...] = ()


@dataclass
class Paragraph(Block):
    runs: list[Run] = field(default_factory=list)
    # "body", "boilerplate"; the first body paragraph may carry an English dateline run.
    style: str = "body"


@dataclass
class Intertitle(Block):
    runs: list[Run] = field(default_factory=list)


@dataclass
class ListItem:
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # nesting depth, 0 = top level
    ordered: bool = False
    number: int = 1  # for ordered items: the number to print


@dataclass
class ListBlock(Block):
    """A top-level list with its nested items flattened in reading order."""

    items: list[ListItem] = field(default_factory=list)


@dataclass
class QuoteBlock(Block):
    runs: list[Run] = field(default_factory=list)  # already inside the language's marks
    attribution: str = ""  # "— Speaker, Role"
    attribution_sup: tuple[Span, ...] = ()


@dataclass
class SectionHeading(Block):
    text: str = ""  # "About …", "Press contacts"


@dataclass
class ContactBlock(Block):
    name: str = ""
    role: str = ""
    phone: str = ""  # value only
    email: str = ""
    phone_label: str = ""
    email_label: str = ""
    role_sup: tuple[Span, ...] = ()

    @property
    def phone_line(self) -> str:
        return f"{self.phone_label} {self.phone}".strip() if self.phone else ""

    @property
    def email_line(self) -> str:
        return f"{self.email_label} {self.email}".strip() if self.email else ""


@dataclass
class ContactList(Block):
    """The press contacts, in order, as one block: each renderer lays the group out (two
    cards to a row in the PDF and DOCX, one ``<address>`` each in HTML)."""

    contacts: list[ContactBlock] = field(default_factory=list)


@dataclass
class EndMark(Block):
    text: str = ""


@dataclass(frozen=True)
class LetterheadLine:
    """One line of the letterhead's text, top to bottom.

    *kind* is "organization", "address" or "web"; the web line is the website and the
    social handles (*parts*) joined by " · " (*text*).
    """

    kind: str
    text: str
    parts: tuple[str, ...] = ()


def letterhead_lines(organization: str, address_lines: list[str], website: str,
                     social: list[str]) -> list[LetterheadLine]:
    """The letterhead's text lines: the organization, each address line, then the web line."""
    lines: list[LetterheadLine] = []
    if organization:
        lines.append(LetterheadLine("organization", organization))
    lines.extend(LetterheadLine("address", line) for line in address_lines)
    web = tuple(x for x in [website, *social] if x)
    if web:
        lines.append(LetterheadLine("web", " · ".join(web), web))
    return lines


@dataclass
class Letterhead:
    organization: str = ""
    address_lines: list[str] = field(default_factory=list)
    website: str = ""
    social: list[str] = field(default_factory=list)
    logo_png: bytes | None = None
    logo_size: tuple[int, int] = (0, 0)
    secondary_logo_png: bytes | None = None
    secondary_logo_size: tuple[int, int] = (0, 0)
    color: str = "#1F3A5F"  # accent for rules and fills
    text_color: str = "#1F3A5F"  # accent darkened enough for text on white
    font: str = "Noto Sans"
    footer: str = ""
    repeat_logo: bool = False
    logo_alt: str = ""  # alternative text of the logo, in the release language
    secondary_logo_alt: str = ""
    lines: list[LetterheadLine] = field(default_factory=list)  # compose fills them


@dataclass
class PageSetup:
    paper: str = "a4"  # "a4" | "letter"
    margin_top: float = 18.0  # mm
    margin_right: float = 20.0
    margin_bottom: float = 18.0
    margin_left: float = 20.0


@dataclass
class DocMeta:
    title: str = ""
    short_title: str = ""
    author: str = ""
    subject: str = ""
    language: str = "en-US"  # BCP 47, for PDF /Lang, DOCX w:lang
    locale: str = "en_US"  # CLDR, as used by babel
    page_label: str = "Page {n} / {m}"
    more_mark: str | None = None
    kind_label: str = ""
    email_subject: str = ""  # "Communiqué de presse : Titre", typeset for the language


@dataclass
class Document:
    meta: DocMeta = field(default_factory=DocMeta)
    letterhead: Letterhead = field(default_factory=Letterhead)
    page: PageSetup = field(default_factory=PageSetup)
    blocks: list[Block] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def contacts(self) -> list[ContactBlock]:
        """Every press contact, in order."""
        return [c for b in self.blocks if isinstance(b, ContactList) for c in b.contacts]

    def plain_text_blocks(self) -> list[str]:
        """The text of every block, one string per block, in order (for tests and counts)."""
        out: list[str] = []
        for b in self.blocks:
            out.extend(block_texts(b))
        return out


def styled_runs(text: str, sup: tuple[Span, ...] = ()) -> list[Run]:
    """A single-style text as runs, its superscript stretches (French ordinals) apart."""
    if not sup:
        return [Run(text)]
    out: list[Run] = []
    pos = 0
    for s, t in sup:
        if pos < s:
            out.append(Run(text[pos:s]))
        out.append(Run(text[s:t], sup=True))
        pos = t
    if pos < len(text):
        out.append(Run(text[pos:]))
    return out


def runs_text(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


def block_texts(b: Block) -> list[str]:
    if isinstance(b, (KindLabel, ReleaseLine, Title, Subtitle, SectionHeading, EndMark)):
        return [b.text]
    if isinstance(b, Meta):
        return [t for t in (b.dateline, b.reference) if t]
    if isinstance(b, (Paragraph, Intertitle)):
        return [runs_text(b.runs)]
    if isinstance(b, ListBlock):
        return [runs_text(item.runs) for item in b.items]
    if isinstance(b, QuoteBlock):
        return [t for t in (runs_text(b.runs), b.attribution) if t]
    if isinstance(b, ContactBlock):
        return [t for t in (b.name, b.role, b.phone_line, b.email_line) if t]
    if isinstance(b, ContactList):
        return [t for c in b.contacts for t in block_texts(c)]
    return []
