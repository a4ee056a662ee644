"""Check `text[start:end] == surface` on every span of N corpus articles (the issue's 1,000).

    python -m scripts.check_offsets --n 1000
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from tqdm import tqdm

from pipeline.annotate import annotate
from pipeline.config import Config, Resources
from pipeline.ingest import ArticleBuilder
from pipeline.normalize import load_converters
from tests.test_offsets import span_errors

FILES = ["tw_politics_zh_hant.jsonl.gz", "cctv_xwlb_zh_hans.jsonl.gz", "en_politics_news.jsonl.gz"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = parser.parse_args()
    resources = Resources(Config())
    builder = ArticleBuilder(resources.get("converters", load_converters), 200_000)
    share = {FILES[0]: args.n * 45 // 100, FILES[1]: args.n * 45 // 100}
    share[FILES[2]] = args.n - sum(share.values())
    checked = spans = 0
    errors: list[str] = []
    for name, count in share.items():
        with gzip.open(Path(args.shared) / "corpus" / name, "rt", encoding="utf-8") as handle:
            for line in tqdm(list(handle)[:count], desc=name):
                record = json.loads(line)
                article = annotate(builder.build(text=record["text"], source=name, article_id=record["id"],
                                                 published=record.get("published"))[0], resources)
                errors += span_errors(article)
                spans += sum(len(getattr(article, t)) for t in ("sentences", "mentions", "statements", "time_expressions", "numeric_claims", "officials"))
                checked += 1
    print(f"articles checked: {checked}, spans checked: {spans:,}, mismatches: {len(errors)}")
    for error in errors[:20]:
        print("  " + error)


if __name__ == "__main__":
    main()
