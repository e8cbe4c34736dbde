"""Why a batch run cannot start: each message is one line, for the user (the CLI exits 2)."""
from __future__ import annotations


class BatchError(RuntimeError):
    """A run that cannot start; the message is one line, for the user."""


class BatchLocked(BatchError):
    """Another run holds the output folder."""


class OutputFolderError(BatchError):
    """The output folder is a file, or cannot be created or written."""


class ExecutorUnavailable(BatchError):
    """The Dask scheduler cannot be reached, is not a Dask scheduler, or has no workers."""
