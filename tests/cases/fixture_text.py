"""What every fixture builder under tests/cases needs: the shared corpus articles by id, and the
offset of a surface written in an annotation (the nth occurrence, counted from an anchor)."""
import gzip
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SOURCES = ("tw_politics_zh_hant", "cctv_xwlb_zh_hans")


def load_corpus(ids, sources=SOURCES):
    """{id: record} of the corpus articles named in `ids`."""
    found = {}
    for source in sources:
        with gzip.open(CORPUS / f"{source}.jsonl.gz", "rt", encoding="utf-8") as handle:
            found.update((row["id"], row) for row in map(json.loads, handle) if row["id"] in ids)
    return found


def at(text, surface, nth=1, after=None):
    """Start of the nth occurrence of `surface`, counting from the first `after` if given."""
    pos = text.index(after) if after else 0
    for k in range(nth):
        pos = text.index(surface, pos) + (0 if k == nth - 1 else 1)
    return pos
