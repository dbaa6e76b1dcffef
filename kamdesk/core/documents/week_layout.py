"""How a week shows activities, shared by the screen, the printed week and the .ics export.

`KIND_COLOURS` and `KIND_LABELS` give each kind of activity its colour and
its name. `lanes` puts overlapping blocks of a day column side by side, in
the usual calendar layout: walk the intervals in order of start; a run of
intervals that overlap one another, directly or through others, is a
*cluster*; inside a cluster each interval takes the leftmost lane that is
free when it starts, and every interval of the cluster is drawn
`1 / lane_count` wide. Pure: numbers or datetimes in, lanes out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kamdesk.core.messages import Message

KIND_COLOURS = {
    "call": "#4a90d9",
    "visit": "#e67e22",
    "meeting": "#8e44ad",
    "email": "#16a085",
    "presentation": "#c0392b",
    "negotiation": "#d4ac0d",
    "task": "#7f8c8d",
}
KIND_LABELS = {
    "call": Message("Call"),
    "visit": Message("Visit"),
    "meeting": Message("Meeting"),
    "email": Message("E-mail"),
    "presentation": Message("Presentation"),
    "negotiation": Message("Negotiation"),
    "task": Message("Task"),
}


def lanes(intervals: Sequence[tuple[Any, Any]]) -> list[tuple[int, int]]:
    """(lane, lane_count) for each `(start, end)` interval, in the order given.

    Intervals are half-open: one that ends at 10:00 and one that starts at
    10:00 do not overlap and share a lane. Two intervals that start at the
    same moment always get lanes of their own, even when empty (start == end),
    so no block hides another. Starts and ends may be any comparable values
    (minutes, datetimes); an end before its start counts as the start.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], _end(intervals[i])))
    result: list[tuple[int, int]] = [(0, 1)] * len(intervals)
    cluster: list[tuple[int, int]] = []  # (index, lane)
    lane_ends: list[Any] = []  # per lane: the end of its last interval
    lane_starts: list[Any] = []  # per lane: the start of its last interval
    cluster_end = None
    for index in order:
        start, end = intervals[index][0], _end(intervals[index])
        if cluster and not (start < cluster_end or start == lane_starts[cluster[-1][1]]):
            _close(cluster, len(lane_ends), result)
            cluster, lane_ends, lane_starts = [], [], []
        lane = next((n for n, (lane_end, lane_start) in enumerate(zip(lane_ends, lane_starts, strict=True))
                     if lane_end <= start and lane_start != start), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(end)
            lane_starts.append(start)
        else:
            lane_ends[lane], lane_starts[lane] = end, start
        cluster.append((index, lane))
        cluster_end = end if len(cluster) == 1 else max(cluster_end, end)
    _close(cluster, len(lane_ends), result)
    return result


def _end(interval: tuple[Any, Any]) -> Any:
    start, end = interval
    return end if end > start else start


def _close(cluster: list[tuple[int, int]], lane_count: int, result: list[tuple[int, int]]) -> None:
    for index, lane in cluster:
        result[index] = (lane, lane_count)
