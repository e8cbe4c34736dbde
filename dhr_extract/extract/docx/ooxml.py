"""WordprocessingML names shared by the DOCX modules: namespaces, Clark names of the elements
read, and the on/off property rule."""
from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
BULLET = "•"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute: ``w("p")``."""
    return f"{{{W_NS}}}{tag}"


P, TBL, TR, TC, R, T = w("p"), w("tbl"), w("tr"), w("tc"), w("r"), w("t")
PPR, TCPR, TRPR, RPR = w("pPr"), w("tcPr"), w("trPr"), w("rPr")
SDT, SDT_CONTENT, SDT_PR, CUSTOM_XML = w("sdt"), w("sdtContent"), w("sdtPr"), w("customXml")
VAL = w("val")


def on_off(el: etree._Element | None) -> bool:
    """A WordprocessingML on/off property (absent = off; bare element = on)."""
    return el is not None and el.get(VAL, "true").lower() not in ("0", "false", "off", "none")


def int_val(el: etree._Element | None, default: int | None = None) -> int | None:
    """The integer ``w:val`` of an element, or ``default``."""
    if el is None:
        return default
    try:
        return int(el.get(VAL, ""))
    except ValueError:
        return default
