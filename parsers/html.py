"""HTML releases read from the document structure: readable lines and the tables as grids.

The text that is stored and cited is rendered from the same DOM the tables are read from: one
block a line, one table row a line (cells joined by " | "), so a citation of a table figure shows
its whole row. The walk is iterative and touches each node once, so deeply nested or malformed
markup costs time linear in its size.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from parsers.numbers import parse_range_cell, parse_scaled_cell
from parsers.periods import Period

BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre",
              "center", "blockquote", "section", "article", "header", "footer", "hr", "address", "form",
              "fieldset", "main", "nav", "aside", "figure", "figcaption", "caption", "title", "body", "html"}
SKIP_TAGS = {"script", "style", "head", "noscript", "template", "svg", "math", "object", "iframe"}
MAX_SPAN = 64  # a colspan past this is a layout accident, not a column group
_NUMERIC = re.compile(r"^[(\-\u2212\u2013\u2014]?\$?\s*-?\(?\s*\d[\d,]*(?:\.\d+)?\s*\)?\s*%?\)?$|^\$?\s*\.\d+\)?%?$|"
                      r"^[(\-\u2212]?\$?\s*-?\(?\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+(?:[.,]\d+)?\)?\s*%?\)?$|"  # "1 482.6", "2'418.6"
                      r"^\(?-?\$?\s*\(?\d{1,3},\d{1,2}\)?$|"  # "0,84": a decimal comma (parsers/numbers.py reads each form)
                      r"^\$?\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{1,3})\s?-$|"  # "2,104-": a sign after it
                      r"^[\u25b3\u25b2]\s*\d[\d,]*(?:\.\d+)?$|"  # "△2,118": a Japanese negative
                      r"^\(?-?\d{1,4}(?:\.\d+)?\)?\s?p$|^\(?-?\d{1,4}\.\d+\)?\s?c$")  # "24.8p", "5.9c": a share's pence or cents (grid_tables)
# A note's mark after a figure only: "(1)", "[2]", "*", "\u2020", "(a)", a superscript digit ("201.5 \u00b9")
_FOOTNOTE = re.compile(r"(?<=[\d%)])\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\*{1,3}|\u2020|\u2021|\([a-z]\)|"
                       r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})$")
_SPACE = re.compile(r"[\s\u00a0\u2009\u200b\u202f]+")


def _squeeze(text: str) -> str:
    """_SPACE.sub(" ", text).strip(), without the regex: every character _SPACE matches is white
    space to str.split() but the zero-width space (checked over all of Unicode)."""
    return " ".join(text.replace("\u200b", " ").split())


@dataclass
class GridCell:
    """One printed cell after '$', '(' ')' and '%' cells are glued to their number."""

    text: str
    start: int  # first grid column covered
    end: int  # one past the last grid column covered
    vcol: int | None = None  # grid column of the digits, for numeric cells
    vend: int | None = None  # one past the last grid column of the digits' own cell
    line: int | None = None  # the line the cell stands on, when not its row's (one cell a line)
    quote: str | None = None  # the text around it that stands verbatim on that line, when not the whole line
    value: float | None = None  # its number, when the layout has already read it


@dataclass
class GridRow:
    line: int  # 0-based line of the rendered text that prints this row
    cells: list[GridCell]
    section: str | None = None  # the row's heading when its layout says it (a fixed-width row's indentation)


@dataclass
class GridTable:
    rows: list[GridRow]
    title: str  # the text just above the table (statement name, scale, "(Unaudited)")
    first_line: int
    last_line: int
    lead: str = ""  # the line right above the table, however long ("(A) ... consists of the following:")
    part: str = ""  # the part of the business every row is of ("Americas" left of a fixed-width table's years)
    caption: str = ""  # an excerpt's one table: the sentence ending in a colon that introduced it, printed apart
    sideways: bool = False  # found by its layout only as a table on its side: read so, or not at all
    periods: dict[int, Period] | None = None  # a table turned on its side (parsers/grid_transposed.py): its columns' periods


@dataclass
class Rendered:
    text: str
    tables: list[GridTable] = field(default_factory=list)


def render_html(html: str) -> Rendered:
    """Lines and grid tables of an HTML release (or an HTML exhibit of an EDGAR submission)."""
    # lxml.html's parser, without its HtmlElement classes: the same tree, but an element touched from
    # Python is not looked up in a Python function first (a tenth of the rendering time). The bytes
    # given it are UTF-8 whatever a <meta charset> says: a page without one was read as Latin-1 ('\u2013', a
    # dash for zero, became three letters, and '\u2212 3.9' no figure)
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, encoding="utf-8")
    try:
        root = etree.fromstring(html.encode("utf-8", "replace"), parser)  # as lxml.html.document_fromstring
        if root is None:
            raise etree.ParserError("Document is empty")
    except (etree.ParserError, ValueError):
        return Rendered(html)
    writer = _Writer()
    writer.walk(root)
    rendered = writer.finish()
    if len(rendered.text) < 0.5 * _visible_length(html):
        return Rendered(_flat_text(html))  # markup nested past what the parser keeps: read it flat
    return rendered


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<(/?)([a-zA-Z][\w:-]*)[^>]*>", re.S | re.I)
_BREAKS = BLOCK_TAGS | {"br", "tr", "table"}


def _flat_text(html: str) -> str:
    """Text of markup too deep for the tree: one pass over the tags, block tags break lines."""
    import html as entities
    out: list[str] = []
    pos = 0
    for m in _TAG.finditer(html):
        out.append(html[pos:m.start()])
        if m.group(3) and m.group(3).lower() in _BREAKS:
            out.append("\n")
        pos = m.end()
    out.append(html[pos:])
    lines = (_SPACE.sub(" ", entities.unescape(l)).strip() for l in "".join(out).split("\n"))
    return "\n\n".join(l.replace("|", "\u00a6") for l in lines if l)


def _visible_length(html: str) -> int:
    """len(_SPACE.sub("", _TAG.sub("", html[:2_000_000]))), the spaces counted out without a regex
    (see _squeeze)."""
    text = _TAG.sub("", html[:2_000_000]).replace("\u200b", " ")
    if "&" in text:  # a space written as an entity is no visible text: cells padded with &nbsp; are not
        for entity in _SPACE_ENTITIES:  # markup the parser lost (read flat, a whole exhibit was one cell a line)
            text = text.replace(entity, " ")
    return sum(map(len, text.split()))


_SPACE_ENTITIES = ("&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&ensp;", "&emsp;", "&thinsp;", "&#8203;", "&#x200b;",
                   "&#8201;", "&#8194;", "&#8195;", "&NBSP;", "&nbsp")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.tables: list[GridTable] = []
        self.since_table: list[str] = []  # lines written since the last table: the next table's title
        self.pre = 0  # inside <pre>: line breaks are the text's own

    # -- lines -------------------------------------------------------------------------------
    def text(self, s: str | None) -> None:
        if not s:
            return
        if self.pre and "\n" in s:  # preformatted text keeps its lines (fixed-width tables in <pre>)
            first, *rest = s.split("\n")
            self.inline.append(first)
            for part in rest:
                self.pre_line()
                self.inline.append(part)
            return
        self.inline.append(s)

    def pre_line(self) -> None:
        """End a line of preformatted text as printed (spacing kept, no blank line after it)."""
        line = "".join(self.inline).replace("\u00a0", " ").rstrip()
        self.inline = []
        self.lines.append(line.replace("|", "\u00a6"))
        if line.strip():
            self.since_table.append(line.strip())

    def block(self) -> None:
        """End the current block: its text becomes a line, followed by one blank line."""
        line = _squeeze("".join(self.inline))
        self.inline = []
        if line:
            self.lines.append(line.replace("|", "\u00a6"))
            self.lines.append("")
            self.since_table.append(line)

    # -- the walk ------------------------------------------------------------------------------
    def walk(self, root: etree._Element) -> None:
        stack: list[tuple[etree._Element, bool]] = [(root, False)]
        while stack:
            el, closing = stack.pop()
            tag = el.tag if isinstance(el.tag, str) else ""
            tag = tag.lower()
            if closing:
                if tag == "pre":
                    self.pre -= 1
                    self.pre_line()
                    if self.lines and self.lines[-1]:
                        self.lines.append("")
                if tag in BLOCK_TAGS:
                    self.block()
                self.text(el.tail)
                continue
            if tag in SKIP_TAGS or not isinstance(el.tag, str):
                self.text(el.tail)
                continue
            if tag == "table" and not _has_nested_table(el):
                self.block()
                self.table(el)
                self.text(el.tail)
                continue
            if tag == "br":
                self.block()
                self.text(el.tail)
                continue
            if tag in BLOCK_TAGS or tag in ("tr", "table"):
                self.block()
            if tag == "pre":
                self.pre += 1
            self.text(el.text)
            stack.append((el, True))
            for child in reversed(el):
                stack.append((child, False))

    def table(self, el: etree._Element) -> None:
        rows: list[GridRow] = []
        first = len(self.lines)
        pending_rowspans: dict[int, int] = {}
        for tr in el.iter("tr"):
            cells, pending_rowspans = _row_cells(tr, pending_rowspans)
            merged = glue_cells(cells)
            if not merged:
                continue
            line = " | ".join(c.text.replace("|", "\u00a6") for c in merged)
            rows.append(GridRow(len(self.lines), merged))
            self.lines.append(line)
        if rows:
            self.lines.append("")
        if not any(c.vcol is not None for r in rows for c in r.cells):
            # a table of words only (a footnote, a bullet, a heading laid out in cells) reads as prose
            self.since_table += [" ".join(c.text for c in r.cells) for r in rows]
            return
        title = "  ".join(heading_lines(self.since_table))
        lead = self.since_table[-1] if self.since_table else ""
        self.tables.append(GridTable(rows, title, first, len(self.lines) - 1, lead))
        notes: list[str] = []  # notes printed in the table's last rows lead into the next table
        for r in reversed(rows):
            if any(c.vcol is not None for c in r.cells):
                break
            notes.insert(0, " ".join(c.text for c in r.cells))
        self.since_table = notes

    def finish(self) -> Rendered:
        self.block()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return Rendered("\n".join(self.lines), self.tables)


def heading_lines(lines: list[str]) -> list[str]:
    """The short lines right above a table (its statement name, scale, '(Unaudited)'), not the
    prose paragraphs before them."""
    out: list[str] = []
    for line in reversed(lines[-8:]):
        if len(line) > 150 or line.endswith(".") and len(line) > 60:
            break
        out.insert(0, line)
    return out


def _has_nested_table(el: etree._Element) -> bool:
    return next(el.iterdescendants("table"), None) is not None


def _cell_text(td: etree._Element) -> str:
    """A cell's words; short superscripts are footnote marks and dropped."""
    children = len(td)
    if not children:  # most cells: text and no markup inside
        return _squeeze(td.text) if td.text else ""
    if children == 1:  # most others: one <p>, <font> or <b> around the text
        child = td[0]
        tag = child.tag
        if not len(child) and isinstance(tag, str) and (tag := tag.lower()) not in SKIP_TAGS and tag != "sup":
            gap = " " if tag in ("br", "p", "div") else ""
            return _squeeze((td.text or "") + gap + (child.text or "") + (child.tail or ""))
    parts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(td, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node is not td and node.tail:
                parts.append(node.tail)
            continue
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        stack.append((node, True))
        if tag in SKIP_TAGS or not isinstance(node.tag, str) or (
                tag == "sup" and len("".join(node.itertext()).strip()) <= 3):
            parts.append(" ")
            continue
        if tag in ("br", "p", "div"):
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        for child in reversed(node):
            stack.append((child, False))
    return _squeeze("".join(parts))


def _span(td: etree._Element, name: str) -> int:
    value = td.get(name)
    if value is None:
        return 1
    try:
        return max(1, min(MAX_SPAN, int(str(value).strip() or 1)))
    except ValueError:
        return 1


def _row_cells(tr: etree._Element, rowspans: dict[int, int]) -> tuple[list[GridCell], dict[int, int]]:
    """Cells of a row with their grid columns; columns held by a rowspan above are skipped. An empty
    cell only takes its columns: glue_cells would drop it (and most cells of a filing's tables are empty)."""
    cells: list[GridCell] = []
    col = 0
    carried = {c: n - 1 for c, n in rowspans.items() if n > 1}
    for td in tr:
        tag = td.tag
        if not isinstance(tag, str) or tag.lower() not in ("td", "th"):
            continue
        while col in rowspans and rowspans[col] > 0:
            col += 1
        span = _span(td, "colspan")
        down = _span(td, "rowspan")
        if down > 1:
            for c in range(col, col + span):
                carried[c] = down - 1
        text = _cell_text(td)
        if text:
            cells.append(GridCell(text, col, col + span))
        col += span
    return cells, carried


_NOTE_MARK = re.compile(r"\(?\d{1,2}\)")


_LEADING_CURRENCY = re.compile(r"^(\(?)(?:[\u20ac\u00a3\u00a5\u20b9\u20b1\u20a9]|(?:US|CA?|AU?|NZ|S|HK|NT|R)\$)(?=\s*[-(.\d]|$)")


def _as_dollar(text: str) -> str:
    """_LEADING_CURRENCY.sub(r"\\1$", text): the pattern is anchored at the start, so it matches once at
    most, and the replacement (a template re expands in Python, a cost on every cell) is made only then."""
    m = _LEADING_CURRENCY.match(text)
    return text if m is None else f"{m.group(1)}${text[m.end():]}"


def glue_cells(cells: list[GridCell]) -> list[GridCell]:
    """'$' | '11,840', '(704' | ')', '64' | '%': one printed figure each; empty cells dropped."""
    out: list[GridCell] = []
    for c in cells:
        t = _as_dollar(c.text)  # "€ (0.64", "£", "C$": a figure's sign, as "$" is
        if not t:
            continue
        prev = out[-1] if out else None
        sign = _as_dollar(prev.text) if prev is not None else ""
        if sign in ("$", "(", "($", "$(") and _is_number(t):  # the sign printed as it is: it names the currency
            out[-1] = GridCell(f"{prev.text}{c.text}" if sign != "$" else f"{prev.text} {c.text}", prev.start, c.end,
                               c.start, c.end)
            continue
        if prev is not None and prev.vcol is not None and t in (")", "%", ")%", "%)"):
            out[-1] = GridCell(prev.text + t, prev.start, c.end, prev.vcol, prev.vend)
            continue
        number = _is_number(t)
        out.append(GridCell(c.text, c.start, c.end, c.start if number else None, c.end if number else None))
    if len(out) > 1 and out[0].vcol is not None and out[1].vcol is None and _NOTE_MARK.fullmatch(out[0].text):
        out[0].vcol = out[0].vend = None  # "(1) | This presentation includes ...": a note's mark, not minus one
    for c in out:
        if c.vcol is not None:
            c.text = _without_footnote(c.text)
    return out


def _without_footnote(text: str) -> str:
    """_FOOTNOTE.sub("", text), the pattern run only on a text that ends as a footnote mark does."""
    return _FOOTNOTE.sub("", text) if text.endswith(_FOOTNOTE_ENDS) else text


_FOOTNOTE_ENDS = (")", "]", "*", "\u2020", "\u2021", "\n", "\u00b9", "\u00b2", "\u00b3", "\u2070", "\u2074", "\u2075",
                  "\u2076", "\u2077", "\u2078", "\u2079")  # "\n": "$" matches before a final newline too


# A unit cell of thousands ('$000', "€'000", "US$'000s", "R'000"): a column's or row's scale, printed in a unit column
# between the labels and the figures; its zeros are no figure (read as one, the amounts beside it lost their scale)
_THOUSANDS_UNIT = re.compile(r"^\(?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5\u20b9]|R)\s*['\u2019]?\s*000['\u2019]?s?\)?$")


def _is_number(text: str) -> bool:
    t = _without_footnote(text.strip())
    if _THOUSANDS_UNIT.match(t):
        return False
    return bool(_NUMERIC.match(t)) or t in ("\u2014", "\u2013", "-", "--", "\u2014%", "nil") \
        or parse_range_cell(t) is not None \
        or parse_scaled_cell(t) is not None  # "$1,190 - $1,192 million": an outlook's range; "£(29.2)m": its own scale
