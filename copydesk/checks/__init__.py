"""Rule families, one module each. Importing this package registers every rule."""

from .registry import RULES, Rule, all_rules, get_rule, rule, run_rules, select_rules


def load_all() -> None:
    from . import (attribution, changes, contradictions, declined, duplicates, figures, language, meta,  # noqa: F401
                   names, overstated, placings, quotation, slips, time, totals)


__all__ = ["RULES", "Rule", "all_rules", "get_rule", "rule", "run_rules", "select_rules", "load_all"]
