"""Language typography applied to whatever the user typed.

- quote marks per language (« » French, “ ” English, „ “ German, « » Spanish/Italian);
- French spacing: U+202F before ; ! ? and U+00A0 before : and % and inside « »;
- no line break between a number and its unit, nor inside "M. Dupont" / "Dr. Okafor";
- typewriter apostrophes become ’.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NBSP = "\u00a0"
NNBSP = "\u202f"


@dataclass(frozen=True)
class QuoteStyle:
    open: str
    close: str
    inner_open: str
    inner_close: str
    spaced: bool = False  # French: a non-breaking space inside the marks


_STYLES: dict[str, QuoteStyle] = {
    "fr": QuoteStyle("«", "»", "“", "”", spaced=True),
    "en": QuoteStyle("“", "”", "‘", "’"),
    "de": QuoteStyle("„", "“", "‚", "‘"),
    "es": QuoteStyle("«", "»", "“", "”"),
    "it": QuoteStyle("«", "»", "“", "”"),
    "pt": QuoteStyle("«", "»", "“", "”"),
    "nl": QuoteStyle("“", "”", "‘", "’"),
    "pl": QuoteStyle("„", "”", "«", "»"),
    "ru": QuoteStyle("«", "»", "„", "“"),
}
# Swiss French/German use « » without the French spacing for German.
_REGIONAL: dict[str, QuoteStyle] = {
    "de_CH": QuoteStyle("«", "»", "‹", "›"),
    "fr_CH": QuoteStyle("«", "»", "‹", "›", spaced=True),
}


def quote_style(locale: str) -> QuoteStyle:
    if locale in _REGIONAL:
        return _REGIONAL[locale]
    return _STYLES.get(locale.split("_")[0], _STYLES["en"])


def quote(text: str, locale: str) -> str:
    """Wrap *text* in the language's outer quotation marks."""
    st = quote_style(locale)
    if st.spaced:
        return f"{st.open}{NBSP}{text}{NBSP}{st.close}"
    return f"{st.open}{text}{st.close}"


# --- straight quotes to curly -------------------------------------------------------------

_DQ = re.compile(r'"([^"\n]*)"')
_APOS = re.compile(r"(?<=\w)'(?=\w)|(?<=\w)'(?=\s|$|[.,;:!?])")
_SQ = re.compile(r"(?<![\w])'([^'\n]+)'(?![\w])")


def _curl(text: str, st: QuoteStyle, inner: bool) -> str:
    if '"' in text:
        o, c = (st.inner_open, st.inner_close) if inner else (st.open, st.close)
        if st.spaced and not inner and o == "«":
            text = _DQ.sub(lambda m: f"{o}{NBSP}{m.group(1).strip()}{NBSP}{c}", text)
        else:
            text = _DQ.sub(lambda m: f"{o}{m.group(1)}{c}", text)
    if "'" in text:
        text = _APOS.sub("’", text)
        text = _SQ.sub(lambda m: f"{st.inner_open}{m.group(1)}{st.inner_close}", text)
        text = text.replace("'", "’")
    return text


# --- French spacing ----------------------------------------------------------------------

_SPACES = "[ \t\u00a0\u202f\u2009]"
# Existing space (any kind) before ; ! ? -> narrow no-break space.
_FR_BEFORE_NARROW = re.compile(_SPACES + r"+([;!?])")
# Missing space after a letter/closing mark before ; ! ? followed by space/end/closing mark.
_FR_INSERT_NARROW = re.compile(r"(?<=[\w»)\]’”])([;!?]+)(?=\s|$|[»”)\]])")
_FR_BEFORE_COLON = re.compile(_SPACES + r"+:")
_FR_INSERT_COLON = re.compile(r"(?<=[^\W\d])(?<!https)(?<!http):(?=\s|$)")
_FR_PERCENT = re.compile(r"(?<=\d)" + _SPACES + r"*%")
_FR_GUILL_OPEN = re.compile(r"«" + _SPACES + r"*")
_FR_GUILL_CLOSE = re.compile(_SPACES + r"*»")


def _french_spacing(text: str) -> str:
    text = _FR_BEFORE_NARROW.sub(NNBSP + r"\1", text)
    text = _FR_INSERT_NARROW.sub(lambda m: NNBSP + m.group(1), text)
    text = _FR_BEFORE_COLON.sub(NBSP + ":", text)
    text = _FR_INSERT_COLON.sub(NBSP + ":", text)
    text = _FR_PERCENT.sub(NBSP + "%", text)
    text = _FR_GUILL_OPEN.sub("«" + NBSP, text)
    text = _FR_GUILL_CLOSE.sub(NBSP + "»", text)
    return text


# --- no break between number and unit, or after an honorific ----------------------------

_UNITS = (
    r"%|‰|€|\$|£|¥|°C|°F|°|km/h|km|m|cm|mm|µm|nm|kg|g|mg|t|kt|Mt|l|L|ml|h|min|s|ms|"
    r"Hz|kHz|MHz|GHz|W|kW|MW|GW|kWh|MWh|V|kV|A|mA|Pa|hPa|bar|AU|ua|UA|ly|"
    r"million|millions|milliard|milliards|billion|billions|Mrd\.?|Mio\.?|"
    r"euros?|dollars?|jours?|days?|ans|années|years?|Jahre|Tage|mois|months?"
)
_NUM_UNIT = re.compile(r"(?<=\d)[ \t](?=(?:" + _UNITS + r")(?![\w]))")
_HONORIFIC = re.compile(
    r"\b(M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Prof\.|Me|Mr\.?|Mrs\.?|Ms\.?|St\.?|Hr\.|Fr\.|Sr\.|Sra\.|Dott\.|Sig\.|Ing\.)[ \t]+(?=[A-ZÀ-ÖØ-Þ])"
)
# Thousands groups "1 000 000" stay on one line.
_THOUSANDS = re.compile(r"(?<=\d)[ \t](?=\d{3}(?!\d))")


def _no_breaks(text: str, lang: str) -> str:
    text = _HONORIFIC.sub(lambda m: m.group(1) + NBSP, text)
    text = _NUM_UNIT.sub(NBSP, text)
    if lang == "fr":
        text = _THOUSANDS.sub(NNBSP, text)
    return text


def apply(text: str, locale: str, *, inner: bool = False) -> str:
    """Apply the language's typography to user text.

    *inner* marks text that will itself be set inside quotation marks (a quote block),
    so typed double quotes inside it become the inner marks.
    """
    if not text:
        return text
    lang = locale.split("_")[0]
    st = quote_style(locale)
    text = _curl(text, st, inner)
    if lang == "fr":
        text = _french_spacing(text)
    return _no_breaks(text, lang)
