"""A ready-to-send email (.eml): the release as the text body, the PDF attached.

``X-Unsent: 1`` makes Outlook and Thunderbird open the file as a draft, so the
press officer only adds recipients and presses Send. No From or To is set.
"""

from __future__ import annotations

import datetime as dt
import re

from presskit.doctree import Document
from presskit.renderers.text import render_text
from presskit.textclean import strip_invalid

_LINE_BREAKS = re.compile(r"[\s\u2028\u2029]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029][\s\u2028\u2029]*")


def subject(doc: Document) -> str:
    """Kind label and title, on one line, as composed: "Press release: Title"."""
    return _LINE_BREAKS.sub(" ", strip_invalid(doc.meta.email_subject)).strip()


def render_eml(doc: Document, pdf: bytes, pdf_filename: str, *,
               now: dt.datetime | None = None, body: str | None = None) -> bytes:
    """The message as bytes (CRLF line endings, MIME, RFC 2047/2231 encoded headers)."""
    from email import policy
    from email.message import EmailMessage
    from email.utils import format_datetime

    from presskit.renderers.pdf_dates import source_date_epoch

    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = subject(doc)
    epoch = source_date_epoch()  # reproducible: that Date, a boundary from the content
    if now is None:
        now = dt.datetime.fromtimestamp(epoch, dt.UTC) if epoch is not None else None
    msg["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    msg["X-Unsent"] = "1"
    text = body if body is not None else render_text(doc)
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    name = _LINE_BREAKS.sub(" ", strip_invalid(pdf_filename)).strip() or "press-release.pdf"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    # After the content: set_content() clears every Content-* header.
    language = strip_invalid(doc.meta.language).strip()
    if re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", language):
        msg["Content-Language"] = language
    if epoch is not None:
        import hashlib

        seed = hashlib.sha256(text.encode("utf-8", "surrogatepass") + pdf).hexdigest()
        msg.set_boundary(f"==============={int(seed[:16], 16):019d}==")
    return msg.as_bytes()
