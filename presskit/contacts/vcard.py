"""vCard 2.1, 3.0 and 4.0 reading, and vCard 4.0 writing.

The reader works on bytes so that every property can be decoded with its
own ``CHARSET`` (2.1 files mix UTF-8 and windows-1251, quoted-printable or
raw). It handles folded lines, quoted-printable soft line breaks, Apple's
``itemN.`` groups with ``X-ABLabel``, Android's ``tel:`` URIs and multi-line
base64 photos (which are dropped). A broken card becomes an ``ImportItem``
with an error and never stops the cards after it.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import re
from collections.abc import Iterable, Mapping

from presskit.contacts.model import BookContact, ImportItem, Phone

FALLBACK_ENCODING = "cp1252"
# Codecs Python knows that are not character sets: what they "decode" is not the text.
_NOT_CHARSETS = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape"})
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# "=XX" is a byte; a stray "=" just before one (a broken soft break) and a soft break
# itself are dropped; any other "=" is kept as typed.
_QP = re.compile(rb"=([0-9A-Fa-f]{2})|=(?==[0-9A-Fa-f]{2})|=(?:\r?\n|\Z)")
IGNORED = {"PHOTO", "LOGO", "SOUND", "KEY", "AGENT", "PRODID", "VERSION", "REV", "X-ABUID",
           "X-ABADR", "X-IMAGETYPE", "X-IMAGEHASH", "X-SHARED-PHOTO-DISPLAY-PREF",
           "CLIENTPIDMAP", "SOURCE", "KIND", "XML"}
_OOH_WORDS = ("out of hours", "out-of-hours", "outofhours", "after hours", "afterhours",
              "hors heures", "astreinte", "permanence", "24/7", "24h", "emergency", "urgence",
              "night", "nuit", "weekend", "bereitschaft")
_MOBILE_WORDS = ("mobile", "cell", "portable", "handy", "gsm", "iphone")
_PARAMS = re.compile(r'(?:[^;"]|"[^"]*")+')
_VALUES = re.compile(r'"[^"]*"|[^,]+')
_ESCAPE = re.compile(r"\\(.)")
_NAME = re.compile(r"[A-Z0-9-]+")
_SEPARATORS = {sep: re.compile(r"\\.|" + re.escape(sep)) for sep in ";,"}
_WORK_WORDS = ("work", "bureau", "office", "business", "travail", "pro", "dienst", "main")


# ------------------------------------------------------------------ reading

def _to_utf8(data: bytes) -> bytes:
    """UTF-16/32 files become UTF-8 bytes; a UTF-8 BOM is dropped; others pass as they are."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace").encode("utf-8")
    head = data[:200]
    if head.count(b"\x00") > len(head) // 4:
        codec = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(codec, errors="replace").encode("utf-8")
    return data


def decode_quoted_printable(raw: bytes) -> bytes:
    """Quoted-printable as old phones wrote it, malformed escapes included.

    ``=XX`` is a byte, a soft line break is dropped, and so is a stray ``=``
    right before an escape (``==D0=9F`` is ``\\xd0\\x9f``, so that UTF-8 stays
    UTF-8); any other ``=`` is kept as it is.
    """
    return _QP.sub(lambda m: bytes([int(m.group(1), 16)]) if m.group(1) else b"", raw)


_REPLACED = "unreadable bytes replaced"


def _utf8(raw: bytes) -> tuple[str, str | None]:
    """UTF-8, and how the bytes were read when they are not valid UTF-8.

    Bytes with some UTF-8 sequences keep them (the rest becomes U+FFFD); bytes with
    none at all are a legacy encoding, read as Windows-1252.
    """
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(raw):
        return raw.decode("utf-8", errors="replace"), _REPLACED
    return raw.decode(FALLBACK_ENCODING, errors="replace"), "read as Windows-1252"


def _codec(charset: str) -> str | None:
    """Python's codec for a vCard CHARSET, or None when it is not a usable character set."""
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    return None if name in _NOT_CHARSETS else name


def _decode(raw: bytes, charset: str | None) -> tuple[str, str | None]:
    """The text of a value in *charset*, and what went wrong if anything.

    Without a charset the value is UTF-8, else Windows-1252. An unknown or unusable
    charset, or bytes that are not valid in the one named, are read as UTF-8 (see
    :func:`_utf8`) and the returned problem says so.
    """
    codec = _codec(charset) if charset else "utf-8"
    if codec is not None:
        try:
            return raw.decode(codec), None
        except LookupError:  # a bytes-to-bytes codec (base64, rot13…), not a character set
            codec = None
        except UnicodeError:
            pass
    text, how = _utf8(raw)
    if not charset:
        return text, f"not valid UTF-8, {how}" if how == _REPLACED else None
    said = f"unknown character set {charset!r}" if codec is None else f"not valid {charset}"
    return text, f"{said}, {how or 'read as UTF-8'}"


def _head_of(line: bytes) -> bytes:
    """The part of a property line before its value (before the first unquoted colon)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == 0x22:
            quoted = not quoted
        elif ch == 0x3A and not quoted:
            return line[:i]
    return b""


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfold the file: (first physical line number, logical line) pairs."""
    out: list[tuple[int, bytes]] = []
    cur: bytes | None = None
    start = 0
    qp = b64 = False
    for n, line in enumerate(re.split(rb"\r\n|\r|\n", data), 1):
        if cur is not None:
            if qp and cur.endswith(b"="):
                cur = cur[:-1] + line  # quoted-printable soft line break
                continue
            if line[:1] in (b" ", b"\t"):
                cur += line[1:]  # folded line
                continue
            if b64 and line.strip() and b":" not in line:
                cur += line.strip()  # vCard 2.1 base64 continues on bare lines
                continue
            out.append((start, cur))
        cur, start = line, n
        head = _head_of(line).upper()
        qp = b"QUOTED-PRINTABLE" in head
        b64 = b"BASE64" in head or b"ENCODING=B" in head
    if cur is not None:
        out.append((start, cur))
    return out


class _Prop:
    __slots__ = ("_decoded", "group", "line", "name", "params", "raw")

    def __init__(self, group: str, name: str, params: dict[str, list[str]], raw: bytes,
                 line: int) -> None:
        self.group, self.name, self.params, self.raw, self.line = group, name, params, raw, line
        self._decoded: tuple[str, str | None] | None = None

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[0] if values else ""

    def types(self) -> set[str]:
        return {t.strip().lower() for t in self.params.get("TYPE", []) if t.strip()}

    def text(self) -> str:
        """The value decoded (encoding, charset) but not unescaped."""
        if self._decoded is None:
            encoding = self.param("ENCODING").upper()
            raw = self.raw
            if encoding == "QUOTED-PRINTABLE":
                raw = decode_quoted_printable(raw)
            elif encoding in ("B", "BASE64"):
                with contextlib.suppress(binascii.Error, ValueError):
                    raw = base64.b64decode(re.sub(rb"\s+", b"", raw), validate=False)
            self._decoded = _decode(raw, self.param("CHARSET") or None)
        return self._decoded[0]

    def problem(self) -> str | None:
        """What went wrong decoding the value, once :meth:`text` was read."""
        return self._decoded[1] if self._decoded is not None else None


def _split_params(head: bytes) -> tuple[str, str, dict[str, list[str]]]:
    text = head.decode("utf-8", errors="replace")
    parts = _PARAMS.findall(text)
    name_part = parts[0].strip() if parts else ""
    group, _, name = name_part.rpartition(".")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, eq, value = part.partition("=")
        key = key.strip().upper()
        if not eq:  # vCard 2.1 bare parameter: TEL;WORK;VOICE / QUOTED-PRINTABLE
            if key in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                params.setdefault("ENCODING", []).append(key)
            else:
                params.setdefault("TYPE", []).append(key)
            continue
        values = [v.strip().strip('"') for v in _VALUES.findall(value)]
        if key == "TYPE":
            values = [x for v in values for x in v.split(",")]
        params.setdefault(key, []).extend(values)
    return group, name.strip().upper(), params


def unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def split_unescaped(text: str, sep: str) -> list[str]:
    """Split on *sep* not preceded by a backslash, then unescape each part."""
    pattern = _SEPARATORS.get(sep) or re.compile(r"\\.|" + re.escape(sep))
    parts: list[str] = []
    start = 0
    for m in pattern.finditer(text):
        if m.group() == sep:
            parts.append(unescape(text[start:m.start()]))
            start = m.end()
    parts.append(unescape(text[start:]))
    return parts


def _label(text: str) -> str:
    m = re.fullmatch(r"_\$!<(.*)>!\$_", text.strip())
    return (m.group(1) if m else text).strip()


def phone_kind(types: Iterable[str], label: str = "") -> str:
    """Kind of a phone from its vCard TYPEs and Apple/Google label."""
    t = {x.lower() for x in types}
    lab = label.casefold()
    if "fax" in t or "fax" in lab or "pager" in t:
        return "other"
    if any(w in lab for w in _OOH_WORDS) or any("out-of-hours" in x or "after-hours" in x
                                                for x in t):
        return "out-of-hours"
    if t & {"cell", "mobile", "iphone"} or any(w in lab for w in _MOBILE_WORDS):
        return "mobile"
    if "work" in t or any(w in lab for w in _WORK_WORDS):
        return "work"
    return "other"


def _tel_value(prop: _Prop) -> str:
    value = unescape(prop.text()).strip()
    if value.lower().startswith("tel:"):
        base, *params = value[4:].split(";")
        number = re.sub(r"[-.]", " ", base).strip()
        for p in params:
            key, _, v = p.partition("=")
            if key.lower() == "ext" and v:
                number += f" ext. {v}"
        return number
    return value


def _card_to_item(props: list[_Prop], where: str) -> ImportItem:
    c = BookContact()
    item = ImportItem(where=where, contact=c)
    labels = {p.group.lower(): _label(unescape(p.text())) for p in props
              if p.name == "X-ABLABEL" and p.group}
    notes: list[str] = []
    addresses: list[str] = []
    country_from_adr = ""
    roles: dict[str, str] = {}
    show_company = False
    for p in props:
        name = p.name
        if name in IGNORED:
            continue
        if name == "FN" and not c.display_name:
            c.display_name = unescape(p.text())
        elif name == "N":
            family, given, extra, *_ = [*split_unescaped(p.text(), ";"), "", "", ""]
            c.family_name = family.strip()
            c.given_name = " ".join(x.strip() for x in (given, extra) if x.strip())
        elif name == "ORG" and not c.organization:
            c.organization = ", ".join(x.strip() for x in split_unescaped(p.text(), ";")
                                       if x.strip())
        elif name in ("TITLE", "ROLE"):
            roles.setdefault(name, unescape(p.text()).strip())
        elif name == "TEL":
            number = _tel_value(p)
            if number:
                c.phones.append(Phone(number, phone_kind(p.types(),
                                                         labels.get(p.group.lower(), ""))))
        elif name == "EMAIL":
            value = unescape(p.text()).strip()
            if value.lower().startswith("mailto:"):
                value = value[7:]
            if value:
                c.emails.append(value)
        elif name == "LANG":
            value = unescape(p.text()).strip()
            if value:
                c.languages.append(value)
        elif name == "NOTE":
            value = unescape(p.text()).strip()
            if value:
                notes.append(value)
        elif name == "ADR":
            parts = [x.strip() for x in split_unescaped(p.text(), ";")]
            parts += [""] * (7 - len(parts))
            street = ", ".join(x for x in parts[:3] if x)
            town = " ".join(x for x in (parts[5], parts[3]) if x)
            line = ", ".join(x for x in (street, town, parts[4], parts[6]) if x)
            if parts[6] and not country_from_adr:
                country_from_adr = parts[6]
            if any(parts[:6]):
                addresses.append(line)
        elif name == "X-PRESSKIT-COUNTRY":
            c.country = unescape(p.text()).strip()
        elif name == "X-PRESSKIT-VERIFIED":
            from presskit.contacts.validate import parse_date

            day = parse_date(unescape(p.text()))
            if day is None:
                item.warnings.append(f"unreadable verification date {p.text()!r}")
            c.last_verified = day
        elif name == "X-PRESSKIT-LIST":
            list_name = unescape(p.text()).strip()
            if list_name:
                item.lists.append(list_name)
                position = p.param("X-POSITION")
                if position.isdigit():
                    item.list_positions[list_name] = int(position)
        elif name == "X-ABSHOWAS":
            show_company = unescape(p.text()).strip().upper() == "COMPANY"
        elif name == "UID":
            from presskit.contacts.matching import contact_id_for_uid

            value = unescape(p.text()).strip()
            if value:
                c.id = contact_id_for_uid(value)
    c.role = roles.get("TITLE") or roles.get("ROLE", "")
    if show_company and c.display_name == c.organization and not (c.given_name or c.family_name):
        c.display_name = ""  # an organization's card: the name shown is the organization's
    if not c.country and country_from_adr:
        c.country = country_from_adr
    for address in addresses:
        notes.append(f"Address: {address}")
    c.notes = "\n\n".join(notes)
    item.warnings.extend(_decoding_warnings(props))
    return item


def _decoding_warnings(props: list[_Prop]) -> list[str]:
    """One warning per decoding problem, naming the properties it touched."""
    touched: dict[str, list[str]] = {}
    for p in props:
        problem = p.problem()
        if problem and p.name not in touched.setdefault(problem, []):
            touched[problem].append(p.name)
    return [f"{', '.join(names)}: {problem}" for problem, names in touched.items() if names]


def read_vcards(data: bytes, source: str = "vCard") -> list[ImportItem]:
    """Every card of a vCard file, good or broken, in file order."""
    items: list[ImportItem] = []
    props: list[_Prop] = []
    inside = False
    error: str | None = None
    count = 0

    def close(reason: str | None) -> None:
        where = f"{source} card {count}"
        if reason:
            items.append(ImportItem(where=where, error=reason))
        else:
            items.append(_card_to_item(props, where))

    for n, line in _logical_lines(_to_utf8(data)):
        if not line.strip():
            continue
        head = _head_of(line)
        word = line.strip().upper()
        if word == b"BEGIN:VCARD":
            if inside:
                close(f"line {n}: new card before END:VCARD")
            inside, props, error, count = True, [], None, count + 1
            continue
        if not inside:
            continue
        if word == b"END:VCARD":
            close(error)
            inside = False
            continue
        if not head:
            error = error or f"line {n}: not a vCard property"
            continue
        try:
            group, name, params = _split_params(head)
        except (ValueError, UnicodeError):
            error = error or f"line {n}: unreadable property"
            continue
        if not name or not _NAME.fullmatch(name):
            error = error or f"line {n}: not a vCard property"
            continue
        props.append(_Prop(group, name, params, line[len(head) + 1:], n))
    if inside:
        close("file ends before END:VCARD")
    return items


# ------------------------------------------------------------------ writing

def escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")
    return text.replace(",", "\\,").replace(";", "\\;")


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at *limit* octets without splitting a UTF-8 character."""
    out: list[str] = []
    cur: list[str] = []
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(cur))
            cur, size = [" "], 1
        cur.append(ch)
        size += n
    out.append("".join(cur))
    return "\r\n".join(out)


_TEL_TYPES = {"work": ";TYPE=work", "mobile": ";TYPE=cell", "out-of-hours": ";TYPE=x-out-of-hours",
              "other": ""}


def vcard_of(contact: BookContact, lists: Iterable[tuple[str, int]] = ()) -> str:
    """One vCard 4.0 for *contact*, CRLF line ends; *lists* are (list name, position)."""
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    if contact.id:
        lines.append(f"UID:urn:uuid:{contact.id}")
    lines.append(f"FN:{escape(contact.name())}")
    lines.append(f"N:{escape(contact.family_name)};{escape(contact.given_name)};;;")
    if contact.organization:
        lines.append(f"ORG:{escape(contact.organization)}")
    if contact.role:
        lines.append(f"TITLE:{escape(contact.role)}")
    for p in contact.phones:
        lines.append(f"TEL;VALUE=text{_TEL_TYPES.get(p.kind, '')}:{escape(p.number)}")
    for e in contact.emails:
        lines.append(f"EMAIL:{escape(e)}")
    for i, lang in enumerate(contact.languages, 1):
        lines.append(f"LANG;PREF={i}:{escape(lang)}")
    if contact.country:
        lines.append(f"X-PRESSKIT-COUNTRY:{escape(contact.country)}")
    if contact.notes:
        lines.append(f"NOTE:{escape(contact.notes)}")
    if contact.last_verified:
        lines.append(f"X-PRESSKIT-VERIFIED:{contact.last_verified.isoformat()}")
    if not contact.display_name and contact.organization and not (
            contact.given_name or contact.family_name):
        lines.append("X-ABShowAs:COMPANY")
    names = [(n, pos) for n, pos in lists if n]
    if names:
        lines.append("CATEGORIES:" + ",".join(escape(n) for n, _ in names))
        for n, pos in names:
            lines.append(f"X-PRESSKIT-LIST;X-POSITION={pos}:{escape(n)}")
    if contact.updated:
        stamp = re.sub(r"[-:]", "", contact.updated[:19]) + "Z"
        lines.append(f"REV:{stamp}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_vcards(contacts: Iterable[BookContact],
                 lists: Mapping[str, list[tuple[str, int]]] | None = None) -> str:
    """A vCard 4.0 file; *lists* maps contact ids to (list name, position) pairs."""
    lists = lists or {}
    return "".join(vcard_of(c, lists.get(c.id, ())) for c in contacts)
