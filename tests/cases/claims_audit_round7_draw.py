"""Second broad audit of numeric claims (issue 5, round 7): a fresh reproducible draw of 300
corpus articles and of 60 numeric-claim rows the pipeline finds in them.

Why: round 6's after-figure (holder 112/135) was measured on the very rows its rules were made
from, so it overstates how well they generalise.  This round applies round 6's rule with a new
seed to articles round 6 never saw, and its first-pass judgement is the honest figure.
The rule is round 6's (claims_audit_round6_draw.py) with these differences:
  - SEED is round 7's; ROWS is 60;
  - excluded: everything round 6 excluded (both gold sets, the same frozen EXCLUDED_FIXTURES)
    plus round 6's 300 drawn articles, recomputed from its rule so the exclusion is exact.
The judged rows are frozen in tests/cases/claims_audit_round7.jsonl in round 6's row format
(n, id, start/end, surface, output, claim, verdict, expected, reason, missed).
Run: .venv/bin/python tests/cases/claims_audit_round7_draw.py OUT_DIR
  writes OUT_DIR/ids.txt, OUT_DIR/rows.jsonl (every row over the 300 articles) and
  OUT_DIR/sample.jsonl.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import claims_audit_round6_draw as round6
from claims_unseen_draw import SOURCES, _known_ids, _unseen_fixture_ids

SEED = 20261124 + 7
PER_SOURCE = 150
ROWS = 60


def draw_articles():
    """PER_SOURCE ids per source, outside what round 6 excluded and round 6's own draw."""
    known = _known_ids() | _unseen_fixture_ids(round6.EXCLUDED_FIXTURES) | set(round6.draw_articles())
    return [i for source in SOURCES
            for i in random.Random(SEED).sample(round6._eligible_ids(source, known), PER_SOURCE)]


def sample_rows(rows):
    return random.Random(SEED).sample(rows, ROWS)


if __name__ == "__main__":
    round6.write_draw(Path(sys.argv[1]), draw_articles(), sample_rows)
