"""The data dictionary: what every table and column of the dataset means.

This is the ONE source of the column documentation: ``datapackage.json`` takes its
descriptions from here and ``tools/render_dictionary.py`` renders the README's
dataset section from it.  ``tests/test_dictionary.py`` fails when a column of a table
(a list of ``model.Dataset``) has no description here (or when a description names a
column that no longer exists): add a column to a record type in ``model.py``, describe
it here, then run ``python tools/render_dictionary.py``.

Texts are Markdown (backticks for values and column names).
"""
from __future__ import annotations

# ------------------------------------------------------------------------ tables

TABLE_DESCRIPTIONS: dict[str, str] = {  # by table name (the tables themselves: ``model.Dataset``)
    "reviews": "One row per document read (the failed ones too).",
    "recommendations": "One row per recommendation, in document order.",
    "recommendation_parts": "The lettered / numbered / bulleted sub-items of a recommendation's text, "
                            "one row per item.",
    "actions": "One row per action (a row of the plan under a recommendation), in document order.",
    "action_agencies": "One row per agency named in an action's lead-agency cell.",
    "progress": "One record per action per progress column (an empty cell after an earlier update of the "
                "action gives none: an action completed at an earlier meeting is not reopened by it).",
    "warnings": "Things a human should check.",
    "residue": "Text of an action-plan table that could not be placed in a record (so nothing is lost silently).",
    "errors": "Documents that could not be read, one row per document.",
    "tables": "The parsing report: one row per table found in a document (plan or not), with where it is, "
              "how it was found and how sure the reading is, so a user can see how each table was read.",
    "recommendation_themes": "The themes of each recommendation, coded from the theme codebook (see "
                             "[Themes and sectors](#themes-and-sectors)): at most three per recommendation, "
                             "primary first.",
}

# ----------------------------------------------------------------------- columns
# Columns with the same name mean the same thing in every table that has them,
# unless the table's own entry in COLUMNS says otherwise.

SHARED: dict[str, str] = {
    "review_id": "the review (document) the row belongs to: first 16 hex digits of the document's SHA-256",
    "rec_id": "the recommendation the row belongs to (stable id from the review and the recommendation's "
              "number and occurrence)",
    "action_id": "the action the row belongs to (stable id from the recommendation and the action's position)",
    "source_file": "the document's path, as found under the inputs",
    "page_start": "PDF page where the row starts (empty for DOCX / HTML)",
    "rec_number": "the recommendation's label without decoration: `R1`→`1`, `Recommendation 3:`→`3`, `3.1`, "
                  "`10.2a`, `(iv)`→`iv`, numbered within each agency `Police 2` as written; numbered 1..n when the plan has no labels",
    "scope": "scope as written (local / regional / national...)",
    "agency_canonical": "the agency's canonical name (abbreviations expanded, spellings unified), or ''",
    "agency_type": "the kind of agency (police, health, local authority...), or ''",
}

COLUMNS: dict[str, dict[str, str]] = {
    "reviews": {
        "review_id": "first 16 hex digits of the document's SHA-256",
        "source_file": "the document's path, as found under the inputs",
        "source_sha256": "SHA-256 of the document's bytes (empty when the file could not be read)",
        "source_format": "pdf | docx | html (for a failed document: its extension)",
        "title": "first line of text outside the tables that is not page furniture (a protective marking "
                 "such as OFFICIAL, a running header, a page-number footer)",
        "n_pages": "number of pages (PDF only)",
        "progress_as_of": "the \"as at …\" date of the first progress column or its status column (else of a "
                          "line above the table), as written: the date only",
        "status": "ok | partial | no_action_plan | failed",
        "n_recommendations": "number of recommendations read",
        "n_actions": "number of actions read",
        "progress_as_of_date": "`progress_as_of` as a date (the last day of the period it names)",
        "review_name": "the review's name as the document gives it (`DHR1`, `Adult B`, `Maya`), or ''",
        "csp": "the Community Safety Partnership (or the area) the document names, or ''",
        "document_date_text": "the first full date in the title lines (a sign-off or publication date; never "
                              "an \"as at\" date or a page footer's), as written: the date only",
        "document_date": "`document_date_text` as a date",
        "review_type": "DHR | DARDR | joint SAR/DHR | ''",
        "n_warnings": "number of `warnings` rows about this review",
        "n_residue": "number of `residue` rows (text not placed in a record) from this review",
        "needs_review": "true when a person should check the reading (the reasons are in `review_reasons`); "
                        "false when it read cleanly",
        "review_reasons": "why, as codes joined by `;`: a warning's code (`action_without_text`, "
                          "`recommendation_number_gap`…; never a row joined across pages, nor unlabelled "
                          "recommendation text joined to the one above (both weighed in `tables.confidence`), nor "
                          "a `column_not_modelled` note) | "
                          "`unplaced_rows` (residue no record could take) | `unmapped_text` (text under no header, beyond the "
                          "header's columns, or under a header the tool does not know; not a column whose header "
                          "names it though the model has no field for it, such as `Finding`: that is a "
                          "`column_not_modelled` note; nor a column of numbering alone, nor of dates alone while "
                          "the actions have target dates) | `low_confidence` (the plan's tables, weighted by their "
                          "rows, below 0.6: see `tables.confidence`) | "
                          "`recommendation_without_actions` (while its plan's others have some) | "
                          "`unread_statuses` (two or more updates, and a tenth or more, whose status could not "
                          "be read) | `recommendations_without_text` (a recommendation with no text) | "
                          "`unlabelled_recommendations` (a PDF plan with no recommendation labels: "
                          "nothing checks where one ends) | `unlabelled_recommendation_text` (more pieces of "
                          "unlabelled text joined to the recommendation above than the plan has "
                          "recommendations: its labelled rows are not where its recommendations start) | `no_action_plan` | `failed` | text that does not fit "
                          "the column it is in, the sign of columns glued or rows merged: `date_in_agency` (an "
                          "agency cell holding a date) | `agency_in_target_date` (a target date opening with an "
                          "agency's name) | `header_text_as_agency` (an agency that names a plan column, such as "
                          "\"Progress\": a heading read as data) | `label_as_action` (an action that is only a "
                          "number) | `two_statuses_in_cell` (a Status cell that is two status labels in a row) | "
                          "`page_furniture_in_cell` (\"Page 2 of 5\", a marking or a version line in a cell) | "
                          "`two_labels_in_cell` (a recommendation or action holding the next recommendation's "
                          "label while no recommendation has that number) | `dates_run_together` (a target "
                          "date running into the next: \"31/03/202530/04/2025\") | `cell_text_repeated` (an agency "
                          "or target date that is the same text twice); each of these text-fit signs is also a "
                          "`warnings` row at the record; '' when none",
        "via_ocr": "true when some pages had no text layer (a scan, or a page pasted in as an image) and were read "
                   "with OCR (the `ocr` extra): check their text; `tables.confidence` gives each table's word "
                   "confidence",
    },
    "recommendations": {
        "rec_seq": "1..n in document order",
        "rec_label": "the label as written (`R1`, `Recommendation 3:`, `1.`)",
        "rec_text": "the recommendation without its label; paragraphs joined by `\\n`",
        "owner": "the section / theme heading above it, or its Theme column's cell, or a lead-agency cell "
                 "merged over several recommendations (an agency column before the recommendation's), or ''",
        "rec_sort_key": "a text key that sorts labels naturally (`R9` < `R10`, `3.2` < `3.10`, roman `iv` < "
                        "`ix`, `Police 2` < `Police 10`); unlabelled recommendations by position",
        "scope_level": "local | regional | national | '' (the widest level the scope names)",
        "sector": "who must act, from the lead agencies of its actions (else the owner heading, else the body "
                  "the text is addressed to), in the `agency_type` vocabulary; `partnership` when several kinds "
                  "of agency must act; '' when none is named",
        "acceptance": "whether the recommendation was accepted, from the plan's acceptance column (`Accepted? "
                      "Y or N`, `Agreed (Y or N)`, `Accepted or not`, `Agreed by agency`) | accepted (`Y`, `Yes`, "
                      "`Accepted`, `Agreed`) | partly (`Partially`, `Part accepted`) | rejected (`N`, `No`, "
                      "`Not accepted`, `Rejected`) | '' (no such column, or a cell that says none of these; its "
                      "words are in `acceptance_text`)",
        "acceptance_text": "the acceptance column's cell for the recommendation, as written ('' when none)",
    },
    "recommendation_parts": {
        "part_seq": "1..n within the recommendation",
        "part_label": "the item's label: `a`, `b`, `a.i` (roman under a letter), `•1` (n-th bullet)",
        "part_text": "the item's text without its label",
    },
    "actions": {
        "action_seq": "1..n within the recommendation",
        "agency": "the lead-agency cell (or the agency's line atop an `Agency and action` cell, or its name "
                  "before a dash or colon opening the cell), else the `AGENCY:` prefix of the action (removed from `action_text`), else the owner heading, else ''",
        "scope": "scope as written (the action's own, else its recommendation's)",
        "action_text": "the action, as written",
        "evidence_text": "the evidence / outcome cell, as written",
        "target_date_text": "the target date / timescale cell, as written",
        "status": "the status of its latest progress record",
        "target_date": "the deadline: the last day of the period `target_date_text` names; the latest if several",
        "target_dates": "every date `target_date_text` names, in order (CSV: ISO dates joined by `;`)",
        "target_date_precision": "day | month | quarter | year | '' (precision of `target_date`)",
        "target_kind": "date | ongoing | immediate | recurring | complete | tbc | none | other",
        "target_year_inferred": "true when a year was not written and was taken from the plan's other dates",
        "agency_canonical": "canonical name of the first agency in `agency`, or ''",
        "agency_type": "kind of the first agency in `agency`, or ''",
        "priority": "the plan's priority for the action, as written (`High`, `Medium`, `Low`…, from a `Priority` "
                    "column): the action's own cell, else its recommendation's (a cell merged over its actions); ''",
    },
    "action_agencies": {
        "agency_seq": "1..n within the action",
        "agency_text": "the agency as written in the cell",
    },
    "progress": {
        "progress_seq": "1..n within the action (one per progress column)",
        "column_header": "the progress column's header text",
        "as_of": "the column header's \"as at\" date (else its status column's: `Status at 30/09/2025`), as written",
        "progress_text": "the progress update, as written (further rows of updates under the action's merged "
                         "cells joined to it, one to a line, as the plan orders them)",
        "rag": "Red | Amber | Green | Blue | '': the RAG cell's word or letter, else its shading, else a coloured bar "
               "down the left edge of a cell of the action's row (a thick coloured left border; red, amber or green)",
        "status": "complete | in_progress | not_started | overdue | partially_complete | unknown",
        "status_evidence": "the words that decided `status`",
        "completed_on": "the completion date the update gives, or its status cell (a dated answer in a "
                        "`Closed` or `Completed?` column: `Yes – 12/02/2025`), if any",
        "as_of_date": "`as_of` as a date",
        "status_text": "the plan's status cell for the action, as written",
        "rag_text": "the plan's RAG cell, as written",
        "status_rule": "the codebook rule that decided `status` (its `rule_id`; see \"How status is decided\"), "
                       "'' when nothing did",
    },
    "warnings": {
        "review_id": "the review the warning is about",
        "code": "machine-readable kind of warning (e.g. `duplicate_recommendation_number`, "
                "`duplicate_document`)",
        "message": "what to check, in words",
        "location": "where: page, table and row in the document (or the path of a duplicate document)",
        "source_file": "the document's path, as found under the inputs (for `duplicate_document`: the copy's path)",
    },
    "residue": {
        "page": "PDF page of the text (empty for DOCX / HTML)",
        "table": "1-based number of the table in the document (a `footnote`: the table citing it, DOCX / HTML; "
                 "0 for a note at a PDF page's foot)",
        "row": "1-based number of the row in its table (0: the heading above the table, a `footnote`, or "
               "`unread_text`)",
        "column_header": "header of the column the text is in (a `footnote`: its marker, `1`)",
        "text": "the text, as written",
        "reason": "why it was not placed: unmapped_column (a column with no role, such as a `Finding` column "
                  "beside the one headed `Recommendation`) | guidance_row (a template's questions under the header, or a note "
                  "spanning the table, a sentence or a key of abbreviations) | unplaced_row | extra_column | "
                  "above_header (a title row inside the table, above its header) | empty_section (a section "
                  "heading no record came under) | heading_title (the short title of a recommendation heading "
                  "whose full text follows it) | footnote (a note the plan cites by a marker, at the foot of a "
                  "page of the plan, or a Word or web-page footnote cited in a plan table; the marker, a small "
                  "raised number, is left out of the text it follows) | unread_text (a line of a PDF page's text "
                  "set inside a plan table's area that no cell of the page holds, dropped by a stage of the "
                  "reading; `row` is 0, a `text_in_no_cell` warning names the table) | agency_signatory (a "
                  "person's name or job title on a line of its own in a lead-agency cell beside the organisation, "
                  "which alone is the action's agency) | supporting_agencies (a lead-agency cell's line naming "
                  "the agencies that support the lead after the label `Supporting`, beside the lead's own line "
                  "after the label `Lead`, which alone is the action's agency)",
    },
    "recommendation_themes": {
        "theme": "the theme's id in the codebook (`training`, `risk`, `marac`...)",
        "parent": "the theme's parent in the codebook (training & awareness | service provision & coordination "
                  "| children (+ coordination) | (process))",
        "rank": "1 = the primary theme, then the secondary themes in order (at most 3)",
        "evidence": "the words of the recommendation (or its actions) that decided the theme, `; `-joined",
    },
    "tables": {
        "table": "1-based table number in the document (as in `warnings.location` and `residue.table`)",
        "page": "PDF page the table is on (empty for DOCX / HTML)",
        "x0": "left edge of the table, PDF points from the page's left (empty for DOCX / HTML)",
        "top": "top edge of the table, PDF points from the page's top",
        "x1": "right edge of the table",
        "bottom": "bottom edge of the table",
        "strategy": "how it was found: ruled (ruling lines on every side) | partly_ruled (rules between rows only, "
                    "columns taken from one row; or rules between columns only, rows from the text) | "
                    "borderless (columns from where the text of many lines starts, "
                    "rows from fresh starts and gaps) | docx | html | labelled_text (no table: a plan written "
                    "as blocks of emphasised labels repeated under each recommendation's heading, each block a row; "
                    "or under headings naming each recommendation, each block an action)",
        "n_rows": "rows of the table, header included",
        "n_cols": "columns of the table's grid",
        "is_plan": "true when the table was read as (part of) the action plan: its header names plan columns, "
                   "its left column names them row by row (a table of labelled rows per recommendation), "
                   "or it carries on the plan table before it",
        "header_rows": "rows taken as the table's header (0: none, a table of labelled rows, or a continuation of the "
                       "table before)",
        "confidence": "0..1, how sure the table's reading is: how cleanly its text fell into the grid (for ruled "
                      "tables the share of the words in the table's box that fell into a cell; for borderless tables "
                      "the share of runs of words that start at a column's edge; 1 for DOCX / HTML) times the share "
                      "of its record rows whose extent the page draws (a borderless table's row joined to the one "
                      "above across a page break or a gap is inferred; rules and markup draw the others). A plan "
                      "whose tables, weighted by their rows, are below 0.6 is flagged `low_confidence`. For a table "
                      "read with OCR (`via_ocr`): the mean confidence Tesseract gave the words in its box",
        "via_ocr": "true when the table was read from a page image with OCR (its `strategy` is found the same way)",
        "unread_lines": "lines of a PDF page's text set inside the table's area that reached none of the page's "
                        "cells (0 when every word did; a plan table's are kept in residue as `unread_text`, with a "
                        "`text_in_no_cell` warning)",
    },
    "errors": {
        "source_file": "the document's path, as found under the inputs",
        "stage": "where it failed: read | extract | normalise | worker",
        "error_type": "stable machine-readable reason (e.g. `empty_file`, `unsupported_format`, "
                      "`legacy_format`, `worker_crashed`, `timeout`)",
        "message": "the reason, in words",
    },
}

# ---------------------------------------------------------------------- keys

PRIMARY_KEYS: dict[str, list[str]] = {
    "reviews": ["review_id"],
    "recommendations": ["rec_id"],
    "recommendation_parts": ["rec_id", "part_seq"],
    "actions": ["action_id"],
    "action_agencies": ["action_id", "agency_seq"],
    "progress": ["action_id", "progress_seq"],
    "errors": ["source_file"],
    "recommendation_themes": ["rec_id", "rank"],
    "tables": ["review_id", "table"],
}

# table -> [(fields, referenced table, referenced fields)]
FOREIGN_KEYS: dict[str, list[tuple[list[str], str, list[str]]]] = {
    "recommendations": [(["review_id"], "reviews", ["review_id"])],
    "recommendation_parts": [(["rec_id"], "recommendations", ["rec_id"])],
    "actions": [(["rec_id"], "recommendations", ["rec_id"]), (["review_id"], "reviews", ["review_id"])],
    "action_agencies": [(["action_id"], "actions", ["action_id"])],
    "progress": [(["action_id"], "actions", ["action_id"])],
    "warnings": [(["review_id"], "reviews", ["review_id"])],
    "residue": [(["review_id"], "reviews", ["review_id"])],
    "errors": [(["source_file"], "reviews", ["source_file"])],
    "recommendation_themes": [(["rec_id"], "recommendations", ["rec_id"])],
    "tables": [(["review_id"], "reviews", ["review_id"])],
}


def table_description(table: str) -> str:
    """The table's description ('' when it has none: the tests catch that, a run does not fail on it)."""
    return TABLE_DESCRIPTIONS.get(table, "")


def column_description(table: str, column: str) -> str:
    """The column's description: the table's own, else the shared one, else ''."""
    return COLUMNS.get(table, {}).get(column) or SHARED.get(column, "")


def missing_descriptions(tables: dict[str, list[str]]) -> list[str]:
    """``table`` / ``table.column`` names of ``tables`` (table -> columns) that have no description."""
    missing = []
    for table, columns in tables.items():
        if table not in TABLE_DESCRIPTIONS:
            missing.append(table)
        missing.extend(f"{table}.{c}" for c in columns if c not in COLUMNS.get(table, {}) and c not in SHARED)
    return missing


def stale_descriptions(tables: dict[str, list[str]]) -> list[str]:
    """Descriptions (and keys) here of tables / columns that ``tables`` no longer has."""
    stale = [t for t in TABLE_DESCRIPTIONS if t not in tables]
    for table, described in COLUMNS.items():
        stale.extend(f"{table}.{c}" for c in described if c not in tables.get(table, []))
    for table, key in PRIMARY_KEYS.items():
        stale.extend(f"primary key {table}.{c}" for c in key if c not in tables.get(table, []))
    for table, refs in FOREIGN_KEYS.items():
        for fields, other, other_fields in refs:
            stale.extend(f"foreign key {table}.{c}" for c in fields if c not in tables.get(table, []))
            stale.extend(f"foreign key -> {other}.{c}" for c in other_fields if c not in tables.get(other, []))
    return stale
