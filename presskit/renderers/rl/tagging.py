"""Tagged PDF: the structure tree, marked content and artifacts (a PDF/UA-1 subset).

Open-source reportlab writes no structure tree, so Presskit adds one through the canvas's
public API (``addLiteral`` for the marked-content operators, ``setCatalogEntry`` and
``setViewerPreference`` for the catalog, ``linkURL``'s extra keys for the annotations) and
reportlab's ``pdfdoc`` objects for the tree itself; nothing post-processes the file.

The renderer builds the tree while it builds the story, in reading order: one ``Node``
per structure element (``Document`` > ``H1``, ``P``, ``L`` > ``LI`` > ``Lbl``/``LBody``,
``BlockQuote``, ``Figure``…). Drawing then marks content: a flowable tagged with a node
opens ``/P <</MCID n>> BDC`` before it draws and ``EMC`` after, and the node collects a
marked-content reference for each page it is drawn on, so a paragraph split over two pages
stays one ``P`` with content on both. Running headers, footers, page numbers and rules are
drawn inside ``/Artifact`` sequences. When the canvas is saved, ``StructTree.write`` turns
the nodes into ``StructElem`` dictionaries, the ``ParentTree`` (page ``/StructParents``
and each link annotation's ``/StructParent``), and sets ``/MarkInfo``, ``/StructTreeRoot``,
``/ViewerPreferences <</DisplayDocTitle true>>`` and the XMP metadata with ``pdfuaid:part 1``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

TAGS_ATTRIBUTE = "presskit_tags"  # the canvas attribute holding the document's StructTree


@dataclass(eq=False)
class Node:
    """One structure element; *kids* are nodes, marked content and annotations, in order."""

    role: str
    parent: Node | None = None
    alt: str | None = None
    kids: list[Any] = field(default_factory=list)
    actual_text: str | None = None  # what shaped text says, in logical order


@dataclass(frozen=True)
class _Content:
    page: int  # 0-based page index
    mcid: int


@dataclass(eq=False)
class _Annotation:
    page: int
    ref: Any  # the annotation's PDFObjectReference
    annotation: Any  # its PDFDictionary, given its /StructParent when the tree is written


@dataclass
class Metadata:
    """What the Info dictionary says, repeated in the XMP packet."""

    title: str
    author: str
    subject: str
    language: str  # BCP 47
    producer: str = "Presskit"


class StructTree:
    """The document's structure elements and the marked content drawn for them."""

    def __init__(self) -> None:
        self.root = Node("Document")
        self._pages: dict[int, list[Node]] = {}  # page -> node of each MCID, in MCID order
        self._open: list[Node] = []  # nodes whose marked content is open, innermost last
        self._annotations: list[_Annotation] = []
        self.page = 0  # index of the page being drawn

    # -- building -------------------------------------------------------------------------
    def add(self, role: str, parent: Node | None = None, alt: str | None = None) -> Node:
        """A new element, the last child of *parent* (the ``Document`` by default)."""
        owner = parent or self.root
        node = Node(role, owner, alt)
        owner.kids.append(node)
        return node

    # -- drawing --------------------------------------------------------------------------
    def begin(self, canv: Any, node: Node) -> None:
        """Open marked content for *node* on the current page."""
        mcids = self._pages.setdefault(self.page, [])
        mcid = len(mcids)
        mcids.append(node)
        node.kids.append(_Content(self.page, mcid))
        self._open.append(node)
        canv.addLiteral(f"/{node.role} <</MCID {mcid}>> BDC")

    def end(self, canv: Any) -> None:
        self._open.pop()
        canv.addLiteral("EMC")

    def switch(self, canv: Any, node: Node) -> None:
        """Close the innermost marked content and open *node*'s in its place."""
        self.end(canv)
        self.begin(canv, node)

    @contextlib.contextmanager
    def marked(self, canv: Any, node: Node | None) -> Iterator[None]:
        """Content drawn inside the block is *node*'s (drawn untagged when *node* is None)."""
        if node is None:
            yield
            return
        self.begin(canv, node)
        try:
            yield
        finally:
            self.end(canv)

    @staticmethod
    @contextlib.contextmanager
    def artifact(canv: Any, kind: str | None = None, subtype: str | None = None
                 ) -> Iterator[None]:
        """Content drawn inside the block is an artifact (``/Pagination``, ``/Layout``…)."""
        props = []
        if kind:
            props.append(f"/Type /{kind}")
        if subtype:
            props.append(f"/Subtype /{subtype}")
        canv.addLiteral(f"/Artifact <<{' '.join(props)}>> BDC" if props else "/Artifact BMC")
        try:
            yield
        finally:
            canv.addLiteral("EMC")

    def link(self, ref: Any, annotation: Any) -> None:
        """A link annotation made while the innermost open node draws: a ``Link`` element
        under that node, holding the annotation as an object reference."""
        parent = self._open[-1] if self._open else self.root
        node = self.add("Link", parent)
        node.kids.append(_Annotation(self.page, ref, annotation))
        self._annotations.append(node.kids[-1])

    # -- writing --------------------------------------------------------------------------
    def write(self, canv: Any, doc: Any, page_refs: list[Any], meta: Metadata) -> None:
        """Add the structure tree, the ParentTree and the catalog entries to *doc*
        (reportlab's ``PDFDocument`` of *canv*); *page_refs* are the pages in order."""
        from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

        nodes = [n for n in _walk(self.root) if n is self.root or _has_content(n)]
        elems = {id(n): PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(n.role)})
                 for n in nodes}
        refs = {key: doc.Reference(elem) for key, elem in elems.items()}
        tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = doc.Reference(tree_root)
        for n in nodes:
            elem = elems[id(n)]
            elem["P"] = refs[id(n.parent)] if n.parent is not None else root_ref
            pages = {k.page for k in n.kids if isinstance(k, (_Content, _Annotation))}
            page = next(iter(pages)) if len(pages) == 1 else None
            if page is not None:
                elem["Pg"] = page_refs[page]
            kids = [self._kid(k, refs, page_refs, page) for k in n.kids
                    if not isinstance(k, Node) or id(k) in refs]
            # One kid is written alone, an MCID on the element's page as a bare number.
            elem["K"] = kids[0] if len(kids) == 1 else PDFArray(kids)
            if n.alt:
                elem["Alt"] = PDFString(n.alt)
            if n.actual_text:
                elem["ActualText"] = PDFString(n.actual_text)
            if n is self.root and meta.language:
                elem["Lang"] = PDFString(meta.language)
        nums: list[Any] = []
        for page in range(len(page_refs)):
            nums += [page, PDFArray([refs[id(n)] for n in self._pages.get(page, [])])]
        key = len(page_refs)
        for found in self._annotations:
            found.annotation["StructParent"] = key
            link = next(n for n in nodes if found in n.kids)
            nums += [key, refs[id(link)]]
            key += 1
        tree_root["K"] = refs[id(self.root)]
        tree_root["ParentTree"] = doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}))
        tree_root["ParentTreeNextKey"] = key
        canv.setCatalogEntry("StructTreeRoot", root_ref)
        canv.setCatalogEntry("MarkInfo", {"Marked": "true"})
        canv.setViewerPreference("DisplayDocTitle", "true")
        canv.setCatalogEntry("Metadata", _xmp(meta))

    @staticmethod
    def _kid(kid: Any, refs: dict[int, Any], page_refs: list[Any], page: int | None) -> Any:
        from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName

        if isinstance(kid, Node):
            return refs[id(kid)]
        if isinstance(kid, _Content):
            if kid.page == page:
                return kid.mcid
            return PDFDictionary({"Type": PDFName("MCR"), "Pg": page_refs[kid.page],
                                  "MCID": kid.mcid})
        return PDFDictionary({"Type": PDFName("OBJR"), "Obj": kid.ref,
                              "Pg": page_refs[kid.page]})

    def roles(self) -> list[str]:
        """The roles of every element with content, in reading order (for tests)."""
        return [n.role for n in _walk(self.root) if _has_content(n)]


def tags_of(canv: Any) -> StructTree | None:
    """The structure tree a canvas draws for, or None for a canvas that is not tagging."""
    return getattr(canv, TAGS_ATTRIBUTE, None)


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for kid in node.kids:
        if isinstance(kid, Node):
            yield from _walk(kid)


def _has_content(node: Node) -> bool:
    return any(not isinstance(k, Node) or _has_content(k) for k in node.kids)


def link_description(url: str) -> str:
    """The /Contents of a link annotation: where it goes, as a reader would say it."""
    return url[len("mailto:"):] if url.lower().startswith("mailto:") else url


def _xmp(meta: Metadata) -> Any:
    """The XMP packet: dc:title, dc:creator, dc:description, dc:language and pdfuaid:part."""
    from reportlab.pdfbase.pdfdoc import XMP

    def text(value: str) -> str:
        return escape(value, {'"': "&quot;"})

    creator = (f"<dc:creator><rdf:Seq><rdf:li>{text(meta.author)}</rdf:li></rdf:Seq>"
               "</dc:creator>") if meta.author else ""
    subject = (f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(meta.subject)}'
               "</rdf:li></rdf:Alt></dc:description>") if meta.subject else ""
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text(meta.title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"{creator}{subject}"
        f"<dc:language><rdf:Bag><rdf:li>{text(meta.language)}</rdf:li></rdf:Bag></dc:language>"
        f"<pdf:Producer>{text(meta.producer)}</pdf:Producer>"
        "<pdfuaid:part>1</pdfuaid:part>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    data = packet.encode("utf-8")
    xmp = XMP(creator=lambda _doc: data)
    xmp.filters = []  # left uncompressed, as the XMP specification recommends
    return xmp
