"""Icons that stand for a status: a small picture or filled shape about a letter's size, alone in a
cell or before a colour key's words (a web page's ``<img>`` of a tick, a clock or a dash in a coloured
circle, whose words are only its ``alt`` text).  A browser prints an inline SVG icon as shapes, an
outer filled one with white strokes inside; LibreOffice as a small picture.  Each reads as a mark
(``ICON_TEXT``) at its place, in the colour it is drawn in: a word for the table readers, and a
coloured mark for the cells' inks and the page's colour key (``mark_inks``, ``swatches``), as a
coloured "●" typed in a RAG cell is read.  A picture's colour is its most common opaque pixel
colour but white (its background, or the tick drawn on it)."""
from __future__ import annotations

from collections import Counter
from typing import Any

from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

from ..text import colour_to_hex
from .lines import Word, centre_inside, text_height
from .settings import DEFAULT, PdfSettings

Icon = tuple[float, float, float, float, str]  # x0, top, x1, bottom, colour "#rrggbb" (a ``page.Shade``'s fields)

ICON_TEXT = "●"
WHITE_LEVEL = 235  # a pixel whose channels are all this light is the picture's background
CHANNELS = {"DeviceRGB": 3, "DeviceGray": 1}


def page_icons(images: list[dict[str, Any]], curves: list[dict[str, Any]], words: list[Word],
               settings: PdfSettings = DEFAULT) -> list[Icon]:
    """The page's icons, each as a box of the colour it is drawn in."""
    height = text_height(words)
    if height is None:
        return []
    found = [icon for icon in (*picture_icons(images, height, settings), *shape_icons(curves, height, settings))
             if not covers_text(icon, words)]
    return sorted(found, key=lambda s: (round(s[1]), s[0]))


def icon_sized(x0: float, top: float, x1: float, bottom: float, height: float,
               settings: PdfSettings = DEFAULT) -> bool:
    """A box about as tall as a line of text, and about square: a glyph's place, not a logo or a rule."""
    width, tall = x1 - x0, bottom - top
    return (settings.icon_min_em * height <= tall <= settings.icon_max_em * height
            and tall > 0 and width > 0 and max(width, tall) <= settings.icon_max_aspect * min(width, tall))


def picture_icons(images: list[dict[str, Any]], height: float, settings: PdfSettings = DEFAULT) -> list[Icon]:
    """The pictures of icon size whose colour can be read (``picture_colour``)."""
    return [(im["x0"], im["top"], im["x1"], im["bottom"], colour) for im in images
            if icon_sized(im["x0"], im["top"], im["x1"], im["bottom"], height, settings)
            for colour in [picture_colour(im.get("stream"))] if colour]


def shape_icons(curves: list[dict[str, Any]], height: float, settings: PdfSettings = DEFAULT) -> list[Icon]:
    """The filled shapes of icon size with a colour that is not white, each less those drawn inside a
    larger one (a tick's strokes in its circle are the icon's, not icons of their own)."""
    filled = [(c, colour) for c in curves if c.get("fill")
              and icon_sized(c["x0"], c["top"], c["x1"], c["bottom"], height, settings)
              for colour in [colour_to_hex(c.get("non_stroking_color"))] if colour and colour != "#ffffff"]
    return [(c["x0"], c["top"], c["x1"], c["bottom"], colour) for c, colour in filled
            if not any(other is not c and inside(c, other) for other, _ in filled)]


def inside(inner: dict[str, Any], outer: dict[str, Any]) -> bool:
    return (outer["x0"] <= inner["x0"] and inner["x1"] <= outer["x1"] and outer["top"] <= inner["top"]
            and inner["bottom"] <= outer["bottom"] and (inner["x1"] - inner["x0"]) < (outer["x1"] - outer["x0"]))


def covers_text(icon: Icon, words: list[Word]) -> bool:
    """Whether a word's middle lies on the icon: a shaded box behind text, a highlight, is no icon."""
    return any(centre_inside(w, icon[:4]) for w in words)


def picture_colour(stream: Any) -> str:
    """The most common colour of a picture's opaque pixels but white and near-white, "#rrggbb"; '' for a
    picture this cannot decode (8-bit RGB or grey samples, compressed with Flate or not, are read)."""
    if stream is None:
        return ""
    try:
        attrs = stream.attrs
        channels = CHANNELS.get(colour_space_name(attrs.get("ColorSpace")), 0)
        width, tall = int(resolve1(attrs.get("Width"))), int(resolve1(attrs.get("Height")))
        if not channels or resolve1(attrs.get("BitsPerComponent")) != 8 or not raw_samples(attrs):
            return ""
        data = stream.get_data()
        alpha = soft_mask(attrs.get("SMask"), width * tall)
    except Exception:  # noqa: BLE001 — a picture that cannot be decoded shows no colour
        return ""
    if len(data) < width * tall * channels:
        return ""
    counts: Counter[tuple[int, ...]] = Counter()
    for k in range(width * tall):
        pixel = tuple(data[k * channels:(k + 1) * channels])
        if (alpha is None or alpha[k] >= 128) and min(pixel) < WHITE_LEVEL:
            counts[pixel * 3 if channels == 1 else pixel] += 1
    if not counts:
        return ""
    r, g, b = counts.most_common(1)[0][0]
    return f"#{r:02x}{g:02x}{b:02x}"


def colour_space_name(space: Any) -> str:
    space = resolve1(space)
    if isinstance(space, list) and space:
        space = resolve1(space[0])
    return space.name if isinstance(space, PSLiteral) else str(space or "")


def raw_samples(attrs: dict[str, Any]) -> bool:
    """Whether the picture's samples decode to plain bytes: no filter, or Flate alone (not JPEG)."""
    filters = resolve1(attrs.get("Filter"))
    names = [resolve1(f).name if isinstance(resolve1(f), PSLiteral) else str(f)
             for f in (filters if isinstance(filters, list) else [filters] if filters else [])]
    return all(name in ("FlateDecode", "Fl") for name in names)


def soft_mask(ref: Any, n: int) -> bytes | None:
    """The picture's alpha samples (one byte a pixel), or None where it has none to read."""
    mask = resolve1(ref)
    if mask is None or not raw_samples(mask.attrs) or resolve1(mask.attrs.get("BitsPerComponent")) != 8:
        return None
    data = mask.get_data()
    if len(data) < n:
        return None
    decode = resolve1(mask.attrs.get("Decode"))
    inverted = isinstance(decode, list) and [resolve1(v) for v in decode[:2]] == [1, 0]  # 0 is opaque then
    return bytes(255 - v for v in data) if inverted else data


def icon_words(icons: list[Icon], words: list[Word]) -> list[Word]:
    """A mark word over each icon, as tall as the page's usual line of words and centred on the icon: a
    glyph set in its place (an icon a little taller than the text beside it would stand out of its line)."""
    height = text_height(words) or 0.0
    out: list[Word] = []
    for x0, top, x1, bottom, _ in icons:
        middle = (top + bottom) / 2
        out.append({"text": ICON_TEXT, "x0": x0, "x1": x1, "top": middle - height / 2, "bottom": middle + height / 2,
                    "doctop": middle - height / 2, "height": height, "width": x1 - x0, "upright": True,
                    "fontname": "", "chars": ((x0, x1, ICON_TEXT),)})
    return out
