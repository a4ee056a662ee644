"""Paths, model locations and limits: read once by the caller, passed in, never global."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
RESOURCES_DIR = PACKAGE_DIR / "resources"

T = TypeVar("T")


def data_rows(path: Path) -> list[list[str]]:
    """A resources/ data file as rows of tab-separated, stripped cells. Blank lines and lines
    starting with `#` (the header saying where the data comes from) are skipped; a missing
    optional file has no rows."""
    if not path.exists():
        return []
    return [[cell.strip() for cell in line.split("\t")]
            for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Config:
    models_dir: Path = PROJECT_DIR / "models"
    resources_dir: Path = RESOURCES_DIR
    ner_backend: str = "spacy"  # spacy | transformers | lexicon
    ner_model: Path | None = None  # a model directory; None: models/ner-zh
    max_chars: int = 200_000  # longer texts are rejected at ingest with a clear error
    batch_size: int = 200  # articles per transaction


class Resources:
    """Models and lexicons, built once per process and passed to every stage.

    A stage asks for what it needs by key with a factory; the first call builds it.
    This keeps loading lazy (an English-only batch never loads jieba) without globals.
    """

    def __init__(self, config: Config | None = None):
        self.config = config or Config()
        self._built: dict[str, Any] = {}

    def get(self, key: str, factory: Callable[[Config], T]) -> T:
        if key not in self._built:
            self._built[key] = factory(self.config)
        return self._built[key]
