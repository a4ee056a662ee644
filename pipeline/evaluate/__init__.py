"""Scorers for `newsevents eval`: each module reads one gold format (SPEC "Evaluation
formats") and returns a report dict plus a `format_report` that prints it."""
