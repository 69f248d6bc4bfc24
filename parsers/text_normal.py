"""Text as a reader sees it, made once before any parser looks at it.

A release may carry characters that print as nothing (zero-width spaces, bidi controls, soft
hyphens), spaces that do not break, a minus sign that is not the ASCII one (U+2212, an en dash
before a figure) and full-width or ligature forms of plain letters and digits. A reader sees
"$4.98 million" and "-313"; every parser below sees the same, because the text is normalised here.

Unicode NFKC is applied per class of character, not wholesale, because some of its foldings change
what a figure says:
- full-width and narrow forms, font variants (mathematical letters) and non-breaking spaces fold
  (one character for one: fixed-width columns stay where they were printed);
- the ligatures ﬁ ﬂ ﬀ ﬃ ﬄ fold ("ﬁscal" is "fiscal");
- superscripts and subscripts do NOT fold: "$4.98¹" would become "$4.981", a footnote mark glued
  onto the figure (a superscript right after a figure becomes a space instead: a mark, not a digit); nor do vulgar fractions ("4½%" would read as "41⁄2%"), circled or squared forms,
  or compatibility forms that expand to several characters ("…", "⑴", "Ⅳ"), which would shift the
  columns of a fixed-width table.
Everything else is put in NFC (composed accents), which changes no meaning.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from html.entities import html5

from parsers.scan import matches_at

# Characters that print as nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen,
# Mongolian vowel separator, invisible operators, and the bidirectional controls.
INVISIBLE = frozenset([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2061, 0x2062, 0x2063, 0x2064,
                       0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# Spaces a reader sees as a space (non-breaking, figure, thin, narrow, ideographic ...).
SPACES = frozenset([0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000])
# Characters that are always a hyphen or a minus sign (never an em dash that stands for an empty cell).
MINUS_OR_HYPHEN = frozenset([0x2212, 0x2010, 0x2011, 0xFE63, 0xFF0D, 0x2796])
_FOLDED_TAGS = ("<wide>", "<narrow>", "<font>", "<noBreak>")
_LIGATURES = range(0xFB00, 0xFB07)

# An en dash or figure dash directly before a figure, where a word or figure does not precede it, is a
# minus sign ("–313", "$–0.03", "(–313)", "| –313"); between figures ("2006–2007") it is a range and
# after a space before a space ("2006 – 2007", "– 313 stores") a dash: both are left as they are.
# (Written to start with the dash itself, so the regex engine jumps from dash to dash: the character
# before it is checked by a lookbehind that fails only where a character outside the set precedes.)
_DASH_AS_MINUS = re.compile(r"[\u2013\u2012](?<![^\s(\[$|>;][\u2013\u2012])(?=\$\s?\.?\d|\.?\d)")


# A superscript footnote mark printed right after a figure ("4,980¹", "$4.98¹ million", "12%²") is
# a mark, not a digit of it: it becomes a space (one for one, so columns stay), and the figure and the
# scale word after it are read as printed. Elsewhere ("m²", "Product¹") superscripts are left alone.
# A curly quote before a scale's zeros ("USD ‘000", "$’000") is the apostrophe a reader sees in "$'000": made one,
# so every pattern of scales and currencies reads the heading (an opening quote there had left the table unscaled).
_QUOTED_ZEROS = re.compile(r"[\u2018\u2019](?=000(?!\d))")
_MARK_AFTER_FIGURE = re.compile(r"(?<=[\d%)])[\u00b9\u00b2\u00b3\u2070-\u209f\u02b0-\u02b8\u1d2c-\u1d6a\u1d9b-\u1dbf]+")
_SUPERSCRIPTS = re.compile(_MARK_AFTER_FIGURE.pattern[len(r"(?<=[\d%)])"):])


@lru_cache(maxsize=4096)
def _mapped(ch: str) -> str:
    """What one non-ASCII character becomes ("" when it prints as nothing)."""
    code = ord(ch)
    if code in INVISIBLE:
        return ""
    if code in SPACES:
        return " "
    if code in MINUS_OR_HYPHEN:
        return "-"
    if code in _LIGATURES:
        return unicodedata.normalize("NFKC", ch)
    decomposition = unicodedata.decomposition(ch)
    if decomposition.startswith(_FOLDED_TAGS):
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded != "|":  # "｜" stays: a "|" would be read as a cell separator
            return folded
    return ch


# A thin or narrow space between a figure's digit groups ("1\u2009204", "2\u202f388") is its thousands separator:
# it becomes "," (one character for one, so fixed-width columns stay), which every reader reads as printed; a
# group before a decimal comma ("1\u2009234,5") is left a space, as a space-grouped figure is read.
_THIN_GROUP = re.compile(r"(?<=\d)[\u2009\u202f](?=\d{3}(?:[\u2009\u202f]\d{3})*(?![\d,]))")
# A no-break space is one too ("3\u00a0402"), but it also holds a phone number's parts together ("+972\u00a04\u00a0604
# \u00a08308"): only a whole figure is taken, one to three digits then groups of three, with no digit run joined to
# it by another such space on either side and no "+" before it.
_NBSP_GROUP = re.compile(r"(?<![\d+\u00a0\u2009\u202f])(?<![\d+][\u00a0\u2009\u202f])\d{1,3}(?:\u00a0\d{3})+"
                         r"(?![\d,])(?![\u00a0\u2009\u202f]\d)")
# A digit right before a no-break space: every _NBSP_GROUP match holds one, its first group's last digit
# one to three characters into the match (its \d{1,3}).
_DIGIT_NBSP = re.compile(r"\d\u00a0")


def _nbsp_groups(text: str) -> str:
    """_NBSP_GROUP's figures with their no-break spaces made ",", the pattern tried only where such a figure can
    start (one to three characters before a _DIGIT_NBSP): opening with look-behinds, it is otherwise tried at every
    character, and a release printing thousands of no-break spaces between words spent most of its normalising
    there. The same matches as _NBSP_GROUP.sub (scan.matches_at)."""
    starts = sorted({s for m in _DIGIT_NBSP.finditer(text) for s in range(max(0, m.start() - 2), m.start() + 1)})
    out: list[str] = []
    last = 0
    for m in matches_at(_NBSP_GROUP, text, starts):
        out += [text[last:m.start()], m.group(0).replace("\u00a0", ",")]
        last = m.end()
    return "".join(out) + text[last:]


_WIDE = re.compile(r"[^\x00-\x7f]")


def normalize_text(text: str) -> str:
    """The text a reader sees: invisibles removed, spaces made spaces, minus signs made "-",
    full-width and ligature forms folded, NFC. Never adds or removes a line break, so the lines
    of a rendered HTML release keep their table rows."""
    if text.isascii():
        return text
    wide = list(set(_WIDE.findall(text)))  # the few characters to look at, found once (a regex class runs at C
    # speed over the ASCII between them: three times faster than a set of every character of the text)
    if "\u00a0" in wide:  # "3\u00a0402": a no-break space sets a figure's thousands apart
        text = _nbsp_groups(text)
    if "\u2009" in wide or "\u202f" in wide:  # "1\u2009204": a thin space sets a figure's thousands apart
        text = _THIN_GROUP.sub(",", text)
    for c in wide:
        if (m := _mapped(c)) != c:  # one str.replace a character: C-speed, where translate looks up each one
            text = text.replace(c, m)
    if any(_SUPERSCRIPTS.match(c) for c in wide):
        text = _MARK_AFTER_FIGURE.sub(lambda m: " " * len(m.group(0)), text)
    if "\u2013" in wide or "\u2012" in wide:
        text = _DASH_AS_MINUS.sub("-", text)
    if "\u2018" in wide or "\u2019" in wide:
        text = _QUOTED_ZEROS.sub("'", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


_RESOLVED = INVISIBLE | MINUS_OR_HYPHEN | {0x2013, 0x2012}
# Character references to what normalize_text changes; only these names are in the pattern, so the
# regex engine runs only at "&#" and at those names (a megabyte of HTML in a millisecond or two).
_NAMES = sorted({n[:-1] for n, ch in html5.items() if n.endswith(";") and len(ch) == 1 and ord(ch) in _RESOLVED},
                key=lambda n: (-len(n), n))
_ENTITY = re.compile(r"&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|(" + "|".join(_NAMES) + r"));?")


def _entity(m: re.Match) -> str:
    """An HTML character reference that normalize_text would change, written as the character it
    names (so it is normalised with the text); any other reference is left for the HTML parser."""
    hex_code, dec_code, name = m.groups()
    if name is not None:
        ch = html5.get(name + ";") if m.group(0).endswith(";") else None
        if ch is None or len(ch) != 1:
            return m.group(0)
    else:
        code = int(hex_code, 16) if hex_code is not None else int(dec_code)
        if not 0x80 <= code <= 0x10FFFF:
            return m.group(0)
        ch = chr(code)
    code = ord(ch)
    if code in _RESOLVED:
        return ch
    return m.group(0)


def normalize_html(html: str) -> str:
    """normalize_text for HTML source: the references to invisible characters, minus signs and en
    dashes ("&#8203;", "&minus;", "&ndash;") are resolved first, so a zero-width space inside a
    figure is removed, not turned into the space the HTML renderer makes of it."""
    if "&" in html:
        html = _ENTITY.sub(_entity, html)
    return normalize_text(html)
