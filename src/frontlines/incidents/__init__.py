"""Linking reports of the same real-world event into incidents, and reconciling their claims."""

from frontlines.incidents.linker import Constraints, LinkerConfig, decide, link_order
from frontlines.incidents.memory import MemoryLinker
from frontlines.incidents.model import Figure, Incident, Link, incident_id_for
from frontlines.incidents.reconcile import reconcile

__all__ = [
    "Constraints",
    "Figure",
    "Incident",
    "Link",
    "LinkerConfig",
    "MemoryLinker",
    "decide",
    "incident_id_for",
    "link_order",
    "reconcile",
]
