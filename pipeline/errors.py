"""Errors a user can see. Each message says what went wrong and what to do about it;
the CLI prints them as one line (cli.py is the single place that does)."""

from __future__ import annotations


class NewseventsError(Exception):
    """Base: str(error) is the one line shown to the user."""


class InputNotFound(NewseventsError):
    def __init__(self, path: str):
        super().__init__(f"{path}: no such file or directory (give a .txt/.jsonl/.jsonl.gz file or a directory)")


class DatabaseError(NewseventsError):
    pass


class ModelMissing(NewseventsError):
    pass


class BadGoldFile(NewseventsError):
    pass


class ItemError(Exception):
    """One bad input item; becomes an IngestError row, never stops the batch."""

    def __init__(self, reason: str, hint: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.hint = hint
