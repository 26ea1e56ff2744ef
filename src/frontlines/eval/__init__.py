"""Scoring extraction against gold data in the common schema (DESIGN §6).

The library returns a ``Report`` (rows with counts, and the misses); rendering is the CLI's
job (``frontlines eval``), writing the error report is ``write_misses``'s.
"""

from frontlines.eval.compare import haversine_km, same_actor, same_admin1, same_country
from frontlines.eval.gold import GoldRecord, iter_gold, load_gold
from frontlines.eval.metrics import Outcome, pick_event, score_record
from frontlines.eval.misses import write_misses
from frontlines.eval.report import FLOORS, DatasetReport, MetricRow, Miss, Report
from frontlines.eval.runner import LazyExtractor, evaluate, extract_all, find_linking_scorer

__all__ = [
    "FLOORS",
    "DatasetReport",
    "GoldRecord",
    "LazyExtractor",
    "MetricRow",
    "Miss",
    "Outcome",
    "Report",
    "evaluate",
    "extract_all",
    "find_linking_scorer",
    "haversine_km",
    "iter_gold",
    "load_gold",
    "pick_event",
    "same_actor",
    "same_admin1",
    "same_country",
    "score_record",
    "write_misses",
]
