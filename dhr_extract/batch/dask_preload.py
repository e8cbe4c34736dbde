"""A Dask worker preload: ``dask worker ADDRESS --preload dhr_extract.batch.dask_preload``.

The worker imports the document readers when it starts, as the local pool's forkserver does,
so its first document is not also the one that pays for importing pdfplumber and pandas.
"""
from __future__ import annotations

import importlib

from .worker import PARSER_MODULES


def dask_setup(worker: object) -> None:
    """Called by the worker as it starts."""
    for module in PARSER_MODULES:
        importlib.import_module(module)
