"""Turn published Domestic Homicide Review action plans (PDF, DOCX, HTML) into data.

``dhr_extract.read(paths)`` gives the dataset as pandas DataFrames (see ``notebook.py``).
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Tables", "read"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the CLI and its worker processes need not load pandas.
    if name in __all__:
        from . import notebook

        return getattr(notebook, name)
    raise AttributeError(f"module 'dhr_extract' has no attribute {name!r}")
