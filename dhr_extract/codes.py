"""Closed vocabularies of the problem tables: why a document failed (``errors.error_type``) and the
kind of a warning (``warnings.code``).  ``model`` re-exports them with the dataset's own vocabularies."""
from __future__ import annotations

import sys
from enum import Enum

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:  # Python 3.10: what 3.11's StrEnum does (str() and format() give the value)
    class StrEnum(str, Enum):
        __str__ = str.__str__
        __format__ = str.__format__


class ErrorType(StrEnum):
    """Why a document could not be read (``errors.error_type``)."""

    EMPTY_FILE = "empty_file"
    UNSUPPORTED_FORMAT = "unsupported_format"
    LEGACY_FORMAT = "legacy_format"
    ENCRYPTED = "encrypted"
    NOT_DOCX = "not_docx"
    CORRUPT_DOCX = "corrupt_docx"
    ZIP_BOMB = "zip_bomb"
    UNSAFE_XML = "unsafe_xml"
    NOT_HTML = "not_html"
    NO_TEXT_LAYER = "no_text_layer"
    CORRUPT_PDF = "corrupt_pdf"
    TOO_COMPLEX = "too_complex"
    TOO_LARGE = "too_large"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    READ_FAILED = "read_failed"  # an unexpected exception, by stage
    EXTRACT_FAILED = "extract_failed"
    NORMALISE_FAILED = "normalise_failed"
    WORKER_CRASHED = "worker_crashed"
    TIMEOUT = "timeout"


class WarningCode(StrEnum):
    """The kind of a ``warnings`` row."""

    PARSER_NOTE = "parser_note"  # a parser's note in words (formats whose notes are not coded yet)
    CELL_PARSE_FAILED = "cell_parse_failed"  # a cell whose value could not be interpreted
    UNDECLARED_CHARSET = "undeclared_charset"  # an HTML page decoded by guessing its encoding
    OCR_FAILED = "ocr_failed"
    OCR_LOW_CONFIDENCE = "ocr_low_confidence"
    IMAGES_NOT_READ = "images_not_read"  # pages of images with OCR not installed
    TEXT_NOT_DECODED = "text_not_decoded"  # pages whose fonts map no characters, with OCR not installed
    UNLABELLED_RECOMMENDATION_TEXT = "unlabelled_recommendation_text"
    ACTION_WITHOUT_RECOMMENDATION = "action_without_recommendation"
    RECOMMENDATION_NUMBER_GAP = "recommendation_number_gap"
    DUPLICATE_RECOMMENDATION_NUMBER = "duplicate_recommendation_number"
    AGENCY_PREFIX_DIFFERS = "agency_prefix_differs"
    ACTION_WITHOUT_TEXT = "action_without_text"
    ROW_JOINED_ACROSS_PAGES = "row_joined_across_pages"
    DUPLICATE_DOCUMENT = "duplicate_document"
    PAGE_READ_SLOWLY = "page_read_slowly"  # a page the fast character path could not read, read by pdfplumber
    WORDS_SPLIT_AT_CELL_EDGE = "words_split_at_cell_edge"  # PDF text of two cells set flush, read as one word
    TEXT_IN_NO_CELL = "text_in_no_cell"  # PDF text inside a plan table's area that reached none of its cells
    AGENCY_COLUMN_EMPTY = "agency_column_empty"  # no action has an agency, though a header names an agency column
    COLUMN_PAGES_UNMATCHED = "column_pages_unmatched"  # a right-hand part of the plan whose rows do not match the plan's
    # Text that does not fit the column it landed in: columns glued or rows merged (normalise/misread_cells.py)
    DATE_IN_AGENCY = "date_in_agency"
    AGENCY_IN_TARGET_DATE = "agency_in_target_date"
    HEADER_TEXT_AS_AGENCY = "header_text_as_agency"
    LABEL_AS_ACTION = "label_as_action"
    TWO_STATUSES_IN_CELL = "two_statuses_in_cell"
    PAGE_FURNITURE_IN_CELL = "page_furniture_in_cell"
    TWO_LABELS_IN_CELL = "two_labels_in_cell"
    DATES_RUN_TOGETHER = "dates_run_together"
    CELL_TEXT_REPEATED = "cell_text_repeated"
    COLUMN_NOT_MODELLED = "column_not_modelled"  # a named column the data model has no field for: kept in residue
