"""Scores the pipeline on the judged rows of tests/cases/claims_audit_round7.jsonl (issue 5,
round 7): 60 numeric-claim rows drawn by claims_audit_round7_draw.py from 300 articles round 6
never saw, judged by reading before any change.  Same scoring as round 6
(claims_audit_round6_score.py): qualifier, unit, holder strict and lenient, non-claims dropped.
Run: .venv/bin/python tests/cases/claims_audit_round7_score.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims_audit_round6_score as round6

AUDIT = Path(__file__).with_name("claims_audit_round7.jsonl")


if __name__ == "__main__":
    round6.main(AUDIT)
