"""Every tolerance of the PDF layout stages in one frozen object, so no stage hides a bare number."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class PdfSettings:
    # Ruling lines (points)
    axis_tolerance: float = 1.0  # a rule this far off horizontal / vertical (rotation residue) is still a rule
    min_rule_length: float = 3.0  # shorter strokes are glyph parts or dots, not rules
    snap_tolerance: float = 3.0  # pdfplumber: parallel rules this close are one
    join_tolerance: float = 3.0  # pdfplumber: collinear rules with gaps this small are one
    intersection_tolerance: float = 3.0
    spacer_gap: float = 20.0  # points: ruled grids side by side at most this far apart may be one table
    spacer_row_tolerance: float = 2.0  # points: ... when their row rules line up within this
    open_end_tolerance: float = 2.0  # vertical rules ending within this of each other end one row together
    mark_max_length: float = 8.0  # a drawn object no longer than this (points) may be one dot or dash of a rule
    mark_max_thickness: float = 3.0  # ... and no thicker than this
    mark_max_gap: float = 4.0  # points: a rule's dots or dashes are no further apart than this
    mark_gap_tolerance: float = 0.5  # points: ... and evenly spaced, their gaps within this of each other
    mark_line_tolerance: float = 0.25  # points: marks of one rule have their centres this level
    min_run_marks: int = 3  # marks in a run that make it a rule
    max_row_height: float = 400.0  # a rule further below a table than this starts something else
    underline_gap: float = 2.0  # a rule this far under a word's box, or higher in its lower half, may underline it
    underline_overhang: float = 1.0  # ... when it reaches no further than this past the words' ends
    underline_trailing_em: float = 0.5  # word heights: ... but past the last word's end, where an underline
    # runs on through the space after it (LibreOffice underlines a wrapped link line's trailing space)
    unread_min_chars: int = 3  # letters and digits: a line of words that reached no cell kept as unread (``unread_words``)
    strike_max_thickness: float = 1.5  # points: a line or filled box this thin may strike words through (``strikes``)
    strike_mid_band: float = 0.25  # word heights: ... when its centre lies this close to the words' middle
    strike_overhang: float = 1.0  # points: ... and it covers the words to within this, reaching no further
    strike_trailing_em: float = 0.5  # word heights: ... but past the last word's end, where a strike runs on
    # through the space after it (LibreOffice strikes a wrapped line's trailing space)
    margin_column_gap: float = 24.0  # words beside a ruled grid this close to it may be a column of it
    min_cell_share: float = 0.9  # a grid whose cells hold less of the words inside it is read from the words
    nested_grid_tolerance: float = 1.0  # a nested grid's rule may sit this far over its cell's edge (a shared rule)
    sliver_width: float = 8.0  # points: a grid column this narrow holds no text (a nested grid's inset)
    min_bar_width: float = 2.0  # points: a filled box down a cell's left edge at least this wide (wider than a rule)
    max_bar_width: float = 8.0  # ... and no wider than this is a coloured bar (a RAG shown as colour alone)
    # Words and lines
    word_x_tolerance: float = 1.5
    word_y_tolerance: float = 3.0
    letter_gap_tolerance: float = 0.15  # letter heights: single letters whose gaps agree within this are evenly
    # spaced (a kerned pair, ``AT``, sits a little closer than the rest)
    letter_gap_em: float = 0.5  # letter heights: ... and, set no further apart than this, one letter-spaced word
    min_spaced_letters: int = 3  # letters in an evenly spaced run that make it one word (two prove no spacing)
    vertical_slope: float = 0.1  # a character's baseline this little off the page's y axis (run over rise) is vertical
    cell_band: float = 24.0  # height of the bands that index a ruled table's cells
    cell_padding: float = 5.5  # between a ruled cell's border and its text (Word / LibreOffice)
    break_slack: float = 1.0  # points: a piece of an English word broken at a cell's edge ends this close to it
    wide_gap: float = 7.0  # a gap between words wider than any word space at body-text sizes
    wide_gap_em: float = 0.8  # ... or wider than this many line heights (titles space words widely)
    paragraph_gap: float = 0.8  # a gap of this many line heights between lines breaks a paragraph
    glued_gap: float = 0.2  # points: a word's characters set this much further apart at a cell's edge than
    # its other characters are two cells' text run together (inside a word they touch, or overlap where kerned)
    flush_start_tolerance: float = 0.05  # points: a character starting this close to the x where a column's
    # text starts, clear of the one before, starts that column's text (a browser's cells set flush)
    highlight_max_height_em: float = 1.6  # word heights: a filled box no higher than this around one line of
    highlight_edge: float = 1.5  # words, its sides this close to theirs (points) ...
    highlight_trailing_em: float = 0.6  # ... or its end a space after theirs (word heights), is a highlight
    highlight_neighbour_gap: float = 6.0  # points: ... unless another filled box stands this close beside it
    overprint_overlap: float = 0.5  # points: ... or the one before reaching this far over it: a word too wide for
    # its cell runs on over the next cell's first (a kerned pair overlaps by less)
    # A colour key drawn as swatches (``swatches``): a filled box on a line of text, the words after it its meaning
    swatch_max_height_em: float = 1.6  # word heights: a swatch is no taller than this
    swatch_max_width_em: float = 6.0  # word heights: ... nor wider (a shaded cell or band is)
    swatch_gap_em: float = 1.5  # word heights: its words start within this after it
    # An icon standing for a status (``icons``): a small picture or filled shape about a line of text's size
    icon_min_em: float = 0.7  # line heights: an icon is at least this tall (a bullet or a dot is smaller) ...
    icon_max_em: float = 1.6  # ... and no taller than this (a logo or a picture is larger)
    icon_max_aspect: float = 1.5  # about square: its longer side at most this many times its shorter
    form_box_max_em: float = 2.5  # line heights: an empty form field's box (``form_boxes``) is no taller
    # List markers drawn as shapes (``list_markers``: a browser draws a list's bullets as discs or squares)
    marker_min_size: float = 1.0  # points: a shape smaller than this either way is a speck or a rule's dot
    marker_max_size: float = 8.0  # points: ... larger, a box or a shaded cell
    marker_max_aspect: float = 2.0  # its longer side at most this many times its shorter (roughly square)
    marker_max_size_em: float = 0.6  # ... and no larger than this many heights of the line it marks
    marker_gap_em: float = 2.0  # line heights: at most this between a marker and its line's first word
    min_list_markers: int = 2  # markers at one x on a page that make a list (a lone mark may be anything)
    # Borderless tables
    column_gap: float = 4.0  # a gap between words wider than this may separate two cells
    column_gap_em: float = 0.45  # ... or wider than this many line heights
    max_crossing_share: float = 0.25  # words running across a column start, per line starting there
    column_edge_tolerance: float = 1.5  # text of one column starts within this of the same x
    margin_line_offset: float = 0.5  # points: a last line starting this much left of all the table's text is at the margin
    min_column_support: int = 2  # runs of words that must start at a column's x
    min_column_width: float = 24.0  # two column starts closer than this are an indent, not a column
    min_column_width_em: float = 2.4  # ... or closer than this many line heights, where the text is large
    narrow_column_em: float = 1.0  # a column narrower than this many line heights is never one of its own
    word_space: float = 3.0  # room for a space between words when testing whether a line was wrapped
    row_start_share: float = 0.7  # columns starting afresh at one height, of those with text there, to open a row
    band_row_start_share: float = 0.5  # ... inside a ruled band of a table ruled only between groups of rows
    min_fresh_columns: int = 3  # columns starting afresh beside merged cells running on that open a row
    min_tall_cell_lines: int = 2  # lines a cell fills in its first row before it may run on beside the next
    min_label_lines: int = 2  # lines opening the first column with a label that make it a table's label column
    heading_size_ratio: float = 1.2  # a line this many times the body text's height is a heading
    foot_tolerance: float = 2.0  # points: a one-line cell ending this close to its row's foot sits at the foot
    centre_tolerance: float = 2.0  # points: cells centred in one row share its centre within this (so do the
    # tops of a row's cells where a page break cut it)
    cell_paragraph_gap: float = 2.0  # line heights: paragraphs of one centred cell are no further apart
    span_centre_tolerance: float = 1.0  # line heights: a cell spanning several rows is centred across them
    # within this (a cell's spacing after its paragraph lifts its text above a bare cell's, by half a line
    # or more: LibreOffice's import of an HTML page 7 points at 10 pt, so rows' extents are that rough)
    min_row_cells: int = 3  # cells centred together that surely make a row of their own (not two paragraphs)
    min_centred_blocks: int = 3  # blocks centred beside taller ones that tell a table whose rows all touch is centred
    row_gap_margin: float = 1.0  # points: touching centred cells of two rows are set apart by more than their
    # own line spacing by this (the rows' padding; LibreOffice's HTML import: 4.3 against 1.5 points)
    cell_padding_em: float = 0.4  # line heights: touching cells of two rows of one column are set apart by
    # less than this beyond their lines' spacing (two cells' padding; a paragraph's spacing is half a line or more)
    min_merged_beside: int = 2  # columns of cells centred across a stack of numbered cells that make them merged
    min_header_boxes: int = 3  # shaded boxes side by side, each holding header text, that tell a table's columns
    top_offset_em: float = 0.5  # line heights: a cell starting this close to its block's top is top-aligned
    centre_offset_em: float = 1.0  # line heights: a cell set lower, its middle this close to the block's, is centred
    band_alignment_cells: int = 2  # a block's short cells, all agreeing, to read it against its table's alignment
    band_cover: float = 0.9  # shading across this share of a borderless table's width is a band bounding a row
    foot_rule_gap_em: float = 1.0  # line heights: a rule across a table this close under a line closes it as a row
    header_search_rows: int = 6  # rows at a table's top that may hold its header (a title row, the column names)
    max_header_lines: int = 5  # lines a borderless header row wraps onto, at most (``regions``)
    repeated_label_gap_em: float = 1.0  # line heights: a blank line over a first label written again opens a table
    # column starts a bold run beside a row's label runs across to be a row spanning the table (a cell's own
    # text never crosses its column's end)
    labelled_span_min_starts: int = 1
    max_spanning_row_lines: int = 3  # lines a row spanning a borderless table wraps onto before its rows resume
    flow_width_tolerance: float = 3.0  # points: a table going on in the next text column (``text_columns``)
    # is as wide as its part in the column before within this (a table keeps its columns across the break)
    carried_lines: int = 6  # lines under a page's last table offered as the heading of the next page's first
    foot_reach_lines: float = 3.0  # line heights: a page's last table ending this close to the text body's foot
    # (the deepest text of the pages read so far) runs to the foot, so its last row may go on overleaf
    # Tables nested in an outer table's rows, printed stacked down the page without its rules (``stacked_nested``)
    nested_row_gap_em: float = 0.3  # line heights: a white band taller than this parts two rows (or a header
    # from the text above); lines of one cell, and a header's names wrapped over lines, stand closer
    nested_header_cell_gap_em: float = 0.8  # line heights: a gap this wide between bold names parts two header cells
    nested_gutter_em: float = 0.35  # line heights: a gap this wide between a nested row's cells is a gutter
    # (wider than a word space): text of the outer row running across the nested columns has none
    nested_min_headers: int = 2  # a header written this often on a page heads nested tables
    nested_min_columns: int = 3  # ... when it names this many columns
    stacked_confidence: float = 0.9  # the confidence reported for a table read so
    # Footnotes (``footnotes``): a marker is a number this share of its word's size or smaller, its baseline
    # raised by this share of the word's size or more, this share of it from the word's end at most
    # (a browser sets ``<sup>`` at 0.83 of the text's size, raised by 0.44 of it)
    marker_size_ratio: float = 0.87
    marker_rise: float = 0.2
    marker_gap: float = 0.3
    note_size_ratio: float = 0.9  # a note's type is this share of the body text's size or smaller
    note_line_gap: float = 1.6  # sizes of type: a note's wrapped line stands this close under the line above
    # Page furniture
    furniture_margin: float = 0.12  # share of the page height at the top and the bottom searched
    furniture_band: float = 6.0  # points: a running line stands at the same height within this
    # Page triage (``triage.py``): only pages that may hold plan rows get the full analysis
    triage: bool = True
    # A bold line alone in an inner column, this many line heights or more below the bold header line
    # above it and over plain text set at its x, is a label of a wide cell's block, not the header's
    block_label_gap: float = 0.5
    # Running text (``labelled_text``): a line naming a plan column alone is a term when the line under it
    # starts this many points further right (a definition list's definition, indented under its term)
    term_indent: float = 12.0
    # An unruled two-row header (``group_header_spans``): its cells are no longer than this (characters), and
    # the first row names at least this many columns beside the group cell (merged down over both rows)
    max_group_header_length: int = 60
    # Ruled grids nested alone in the cells of one outer column are a nested table's, read as sub-rows, in at
    # least this many cells; in this many when each is headed by a row of column names in bold
    min_nested_grids: int = 2
    min_headed_nested_grids: int = 1
    min_merged_down_headers: int = 2

    def __post_init__(self) -> None:
        for f in fields(self):
            if getattr(self, f.name) < 0:
                raise ValueError(f"PDF setting '{f.name}' cannot be negative")

    @property
    def word_settings(self) -> dict[str, object]:
        """pdfplumber ``extract_words`` arguments; the font name tells a bold header from the rows below."""
        return {"x_tolerance": self.word_x_tolerance, "y_tolerance": self.word_y_tolerance,
                "keep_blank_chars": False, "use_text_flow": False, "extra_attrs": ["fontname"]}


DEFAULT = PdfSettings()
