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
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

TAGS_ATTRIBUTE = "presskit_tags"  # the canvas attribute holding the document's StructTree


@dataclass(eq=False)
class Node:
    """One structure element; *kids* are nodes, marked content and annotations, in order."""

    role: str
    parent: Node | None = None
    alt: str | None = None
    kids: list[Any] = field(default_factory=list)
    actual_text: str | None = None  # what shaped text says, in logical order


# Marked content in an element's kids is a plain (page index, MCID) tuple: one is made
# for every paragraph drawn, so it is the cheapest thing Python can make.


@dataclass
class _Written:
    """What every structure element needs to know when the file is written."""

    refs: dict[int, Any]  # id(node) -> its reference
    page_refs: list[Any]
    root: Any  # the StructTreeRoot's reference
    language: str


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
        self._annotations: list[tuple[Node, _Annotation]] = []
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
        mcids = self._pages.get(self.page)
        if mcids is None:
            mcids = self._pages[self.page] = []
        mcid = len(mcids)
        mcids.append(node)
        node.kids.append((self.page, mcid))
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
        self._annotations.append((node, node.kids[-1]))

    # -- writing --------------------------------------------------------------------------
    def write(self, canv: Any, doc: Any, page_refs: list[Any], meta: Metadata) -> None:
        """Add the structure tree, the ParentTree and the catalog entries to *doc*
        (reportlab's ``PDFDocument`` of *canv*); *page_refs* are the pages in order."""
        from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName

        nodes = _with_content(self.root)
        tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = doc.Reference(tree_root)
        make = _struct_elem_class()
        refs: dict[int, Any] = {}
        context = _Written(refs, page_refs, root_ref, meta.language)
        for n in nodes:
            refs[id(n)] = doc.Reference(make(n, context))
        nums: list[tuple[int, Any]] = [(page, [refs[id(n)] for n in self._pages.get(page, [])])
                                       for page in range(len(page_refs))]
        key = len(page_refs)
        for link, found in self._annotations:
            found.annotation["StructParent"] = key
            nums.append((key, refs[id(link)]))
            key += 1
        tree_root["K"] = refs[id(self.root)]
        tree_root["ParentTree"] = doc.Reference(_parent_tree_class()(nums))
        tree_root["ParentTreeNextKey"] = key
        canv.setCatalogEntry("StructTreeRoot", root_ref)
        canv.setCatalogEntry("MarkInfo", {"Marked": "true"})
        canv.setViewerPreference("DisplayDocTitle", "true")
        canv.setCatalogEntry("Metadata", _xmp(meta))

    def roles(self) -> list[str]:
        """The roles of every element with content, in reading order (for tests)."""
        return [n.role for n in _with_content(self.root) if n is not self.root or n.kids]


class UntaggedTree(StructTree):
    """A tree that marks nothing and writes nothing: the PDF as reportlab alone makes it
    (``bench_pdf`` measures the cost of tagging against it)."""

    def begin(self, canv: Any, node: Node) -> None:
        self._open.append(node)

    def end(self, canv: Any) -> None:
        self._open.pop()

    @staticmethod
    @contextlib.contextmanager
    def artifact(canv: Any, kind: str | None = None, subtype: str | None = None
                 ) -> Iterator[None]:
        yield

    def link(self, ref: Any, annotation: Any) -> None:
        pass

    def write(self, canv: Any, doc: Any, page_refs: list[Any], meta: Metadata) -> None:
        pass


def artifact(canv: Any, kind: str | None = None, subtype: str | None = None
             ) -> contextlib.AbstractContextManager[None]:
    """``StructTree.artifact`` of the tree *canv* draws for (nothing on a plain canvas)."""
    tree = tags_of(canv)
    return tree.artifact(canv, kind, subtype) if tree is not None else contextlib.nullcontext()


def tags_of(canv: Any) -> StructTree | None:
    """The structure tree a canvas draws for, or None for a canvas that is not tagging."""
    return getattr(canv, TAGS_ATTRIBUTE, None)


@functools.cache
def _struct_elem_class() -> type:
    from reportlab.pdfbase.pdfdoc import PDFObject, PDFString

    class StructElem(PDFObject):
        """A structure element written straight to bytes.

        reportlab's generic ``PDFDictionary`` formatting of the thousands of elements of
        a long release cost a fifth of its render (bench_pdf: 100 pages 307 -> 387 ms);
        written here, tagging stays within its 10% (see the README's figures).
        """

        def __init__(self, node: Node, context: _Written):
            self.node = node
            self.context = context

        def format(self, document: Any) -> bytes:
            n, ctx = self.node, self.context
            numbers = document.idToObjectNumberAndVersion
            refs, page_refs = ctx.refs, ctx.page_refs
            parent = refs[id(n.parent)] if n.parent is not None else ctx.root
            out = [b"<< /Type /StructElem /S /", n.role.encode("ascii"),
                   b" /P %d 0 R" % numbers[parent.name][0]]
            pages = {k[0] if type(k) is tuple else k.page for k in n.kids if type(k) is not Node}
            page = pages.pop() if len(pages) == 1 else None
            if page is not None:
                out.append(b" /Pg %d 0 R" % numbers[page_refs[page].name][0])
            kids = []
            for kid in n.kids:
                if type(kid) is tuple:  # marked content: (page, MCID)
                    if kid[0] == page:
                        kids.append(b"%d" % kid[1])
                    else:
                        kids.append(b"<< /Type /MCR /Pg %d 0 R /MCID %d >>"
                                    % (numbers[page_refs[kid[0]].name][0], kid[1]))
                elif type(kid) is Node:
                    ref = refs.get(id(kid))
                    if ref is not None:
                        kids.append(b"%d 0 R" % numbers[ref.name][0])
                else:
                    kids.append(b"<< /Type /OBJR /Pg %d 0 R /Obj %d 0 R >>"
                                % (numbers[page_refs[kid.page].name][0],
                                   numbers[kid.ref.name][0]))
            out += [b" /K ", kids[0] if len(kids) == 1 else b"[" + b" ".join(kids) + b"]"]
            lang = ctx.language if n.parent is None else None
            for key, value in ((b"Alt", n.alt), (b"ActualText", n.actual_text), (b"Lang", lang)):
                if value:
                    out += [b" /", key, b" ", PDFString(value).format(document)]
            out.append(b" >>")
            return b"".join(out)

    return StructElem


@functools.cache
def _parent_tree_class() -> type:
    from reportlab.pdfbase.pdfdoc import PDFObject

    class ParentTree(PDFObject):
        """The ParentTree's one number-tree node, written straight to bytes: for each page,
        the element of each MCID; for each link annotation, its Link element."""

        def __init__(self, nums: list[tuple[int, Any]]):
            self.nums = nums

        def format(self, document: Any) -> bytes:
            numbers = document.idToObjectNumberAndVersion
            out = [b"<< /Nums ["]
            for key, value in self.nums:
                if isinstance(value, list):
                    refs = b" ".join(b"%d 0 R" % numbers[r.name][0] for r in value)
                    out.append(b"%d [%s] " % (key, refs))
                else:
                    out.append(b"%d %d 0 R " % (key, numbers[value.name][0]))
            out.append(b"] >>")
            return b"".join(out)

    return ParentTree


def _with_content(root: Node) -> list[Node]:
    """*root* and every element under it that marks some content, in reading order."""
    out: list[Node] = []

    def visit(node: Node) -> bool:
        at = len(out)
        out.append(node)
        found = False
        for kid in node.kids:
            found = (visit(kid) if type(kid) is Node else True) or found
        if not found and node is not root:
            del out[at:]
        return found

    visit(root)
    return out


def link_description(url: str) -> str:
    """The /Contents of a link annotation: where it goes, as a reader would say it."""
    return url[len("mailto:"):] if url.lower().startswith("mailto:") else url


def xml_text(value: str) -> str:
    """*value* as XML character data or a double-quoted attribute value.

    What ``xml.sax.saxutils.escape(value, {'"': "&quot;"})`` returns, without importing
    it: saxutils imports ``urllib.request`` and with it ``http.client``, ``email`` and
    ``ssl``, some 25 ms of a cold export.
    """
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _xmp(meta: Metadata) -> Any:
    """The XMP packet: dc:title, dc:creator, dc:description, dc:language and pdfuaid:part."""
    from reportlab.pdfbase.pdfdoc import XMP

    text = xml_text

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
