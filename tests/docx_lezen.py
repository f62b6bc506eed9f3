"""Reads DOCX files back with python-docx, for tests/cli/docx.rs.

Usage: docx_lezen.py FILE.docx...  Prints one JSON object per file, one a
line: the body in order (paragraphs with their style name and text,
tables with their rows and which rows repeat as header), the header and
footer text, the document properties and whether track changes is on.

The text of a paragraph is that of its runs, hyperlinks and fields
included (python-docx 0.8 leaves out runs inside a hyperlink, so we read
w:t, w:tab and w:br ourselves). A heading numbered by Word's numbering
gets its label in front, as Word shows it ("Artikel 3 Doel"): that is the
normalisation docs/sjablonen.md describes.
"""

import json
import sys

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn


def run_text(element):
    out = []
    for node in element.iter():
        if node.tag == qn("w:t"):
            out.append(node.text or "")
        elif node.tag == qn("w:tab"):
            out.append("\t")
        elif node.tag == qn("w:br") and node.get(qn("w:type")) in (None, "textWrapping"):
            out.append("\n")
    return "".join(out)


class Numbering:
    """Labels of numbered paragraphs, counted as Word counts them."""

    def __init__(self, document):
        self.levels = {}
        self.starts = {}
        self.count = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for a in root.findall(qn("w:abstractNum")):
            lvls = {}
            for lvl in a.findall(qn("w:lvl")):
                text = lvl.find(qn("w:lvlText"))
                start = lvl.find(qn("w:start"))
                lvls[lvl.get(qn("w:ilvl"))] = (
                    text.get(qn("w:val")) if text is not None else "",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract[a.get(qn("w:abstractNumId"))] = lvls
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            self.levels[num_id] = abstract.get(abs_id, {})
            for o in num.findall(qn("w:lvlOverride")):
                s = o.find(qn("w:startOverride"))
                if s is not None:
                    self.starts[(num_id, o.get(qn("w:ilvl")))] = int(s.get(qn("w:val")))

    def label(self, paragraph):
        num_pr = paragraph._p.find(qn("w:pPr") + "/" + qn("w:numPr"))
        if num_pr is None:
            return None
        num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
        ilvl = num_pr.find(qn("w:ilvl")).get(qn("w:val"))
        text, start = self.levels.get(num_id, {}).get(ilvl, ("", 1))
        start = self.starts.get((num_id, ilvl), start)
        n = self.count.get((num_id, ilvl), start - 1) + 1
        self.count[(num_id, ilvl)] = n
        return text.replace("%" + str(int(ilvl) + 1), str(n))


def paragraph(p, numbering):
    style = p.style.name if p.style is not None else None
    text = run_text(p._p)
    label = numbering.label(p)
    if label is not None and style and style.startswith("Heading"):
        text = label + " " + text
        label = None
    return {"kind": "p", "style": style, "text": text, "label": label}


def table(t):
    rows = []
    header = []
    for tr in t.rows:
        tr_pr = tr._tr.trPr
        header.append(tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None)
        rows.append([run_text(cell._tc) for cell in tr.cells])
    return {
        "kind": "table",
        "style": t.style.name if t.style is not None else None,
        "header": header,
        "rows": rows,
    }


def read(path):
    d = docx.Document(path)
    numbering = Numbering(d)
    body = []
    for child in d.element.body.iterchildren():
        if child.tag == qn("w:p"):
            body.append(paragraph(Paragraph(child, d), numbering))
        elif child.tag == qn("w:tbl"):
            body.append(table(Table(child, d)))
    section = d.sections[0]
    props = d.core_properties
    settings = d.settings.element
    return {
        "file": path,
        "body": body,
        "header": "".join(run_text(p._p) for p in section.header.paragraphs),
        "footer": "".join(run_text(p._p) for p in section.footer.paragraphs),
        "footer_fields": [
            f.get(qn("w:instr")).strip()
            for p in section.footer.paragraphs
            for f in p._p.iter(qn("w:fldSimple"))
        ],
        "page": [section.page_width, section.page_height],
        "title": props.title,
        "subject": props.subject,
        "author": props.author,
        "keywords": props.keywords,
        "created": props.created.isoformat() if props.created else None,
        "modified": props.modified.isoformat() if props.modified else None,
        "track_changes": settings.find(qn("w:trackRevisions")) is not None,
        "links": sorted(
            r.target_ref for r in d.part.rels.values() if r.is_external
        ),
        "page_breaks": sum(
            1 for p in d.element.body.iter(qn("w:pageBreakBefore"))
        ),
        "pictures": pictures(d),
        "landscape": [s.page_width > s.page_height for s in d.sections],
    }


SVG_BLIP = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
NV = "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"


def pictures(d):
    """Each picture: its description, and the SVG its blip and its SVG
    extension point at (as text), read through the relationships."""
    out = []
    for pic in d.element.body.iter(PIC):
        blip = next(pic.iter(BLIP))
        ext = next(blip.iter(SVG_BLIP), None)
        part = lambda el: d.part.related_parts[el.get(qn("r:embed"))]
        out.append({
            "descr": next(pic.iter(NV)).get("descr"),
            "content_type": part(blip).content_type,
            "svg": part(blip).blob.decode("utf-8"),
            "svg_ext": part(ext).blob.decode("utf-8") if ext is not None else None,
        })
    return out


for path in sys.argv[1:]:
    print(json.dumps(read(path), ensure_ascii=False))
