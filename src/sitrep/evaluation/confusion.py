"""Confusion of sub-event types over paired (non-optional) events: which ACLED type the gold
says versus which sitrep predicted."""
from __future__ import annotations

from sitrep.evaluate import DocScore, as_list

NONE = "(none)"


def gold_label(gold_value: object, pred_value: object) -> str:
    """A gold list of acceptable types counts as the predicted one when it is among them, else as its first."""
    accepted = as_list(gold_value)
    if not accepted:
        return NONE
    return str(pred_value) if pred_value in accepted else str(accepted[0])


def confusion(docs: list[DocScore]) -> dict[str, dict[str, int]]:
    """{gold sub_event_type: {predicted sub_event_type: pairs}}."""
    table: dict[str, dict[str, int]] = {}
    for d in docs:
        for pr in d.scored_pairs():
            pred_value = d.pred[pr.pred].get("sub_event_type")
            g = gold_label(d.gold[pr.gold].get("sub_event_type"), pred_value)
            p = str(pred_value) if pred_value else NONE
            row = table.setdefault(g, {})
            row[p] = row.get(p, 0) + 1
    return {g: dict(sorted(row.items())) for g, row in sorted(table.items())}
