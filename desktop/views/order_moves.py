"""The fewest row moves that put a list in a new order (no Qt).

A tree level read again after a rename has the same objects in another order. Moving
rows, rather than removing and inserting them, keeps what the view knows of each node
(expanded, selected); moving only the rows outside the longest run already in order keeps
the signals, and the view's work, to the rows that really moved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Sequence


def _longest_run_in_order(ranks: Sequence[int]) -> set[int]:
    """Positions of a longest increasing subsequence of `ranks` (all distinct)."""
    tails: list[int] = []  # tails[k]: position ending the best run of length k + 1
    tail_ranks: list[int] = []  # the rank at each of them, increasing
    previous: list[int] = [-1] * len(ranks)
    for position, rank in enumerate(ranks):
        length = bisect_left(tail_ranks, rank)
        if length > 0:
            previous[position] = tails[length - 1]
        if length == len(tails):
            tails.append(position)
            tail_ranks.append(rank)
        else:
            tails[length] = position
            tail_ranks[length] = rank
    kept: set[int] = set()
    position = tails[-1] if tails else -1
    while position >= 0:
        kept.add(position)
        position = previous[position]
    return kept


def moves_into_order(
    current: Sequence[Hashable], target: Sequence[Hashable]
) -> list[tuple[int, int]]:
    """The moves that turn `current` into `target` (the same items, in another order), one
    row each: (row, destination) as QAbstractItemModel.beginMoveRows counts them, the
    destination being the row it goes before, numbered before the move. Applied in turn."""
    distinct = set(current)
    if len(distinct) != len(current) or len(target) != len(current) or distinct != set(target):
        raise ValueError("current and target must hold the same distinct items")
    rank = {item: position for position, item in enumerate(target)}
    kept = _longest_run_in_order([rank[item] for item in current])
    placed = {current[position] for position in kept}
    rows = list(current)
    moves: list[tuple[int, int]] = []
    # In the target's order, each item not placed goes right after the one before it in
    # the target, which is placed already: the placed items stay in the target's order.
    for position, item in enumerate(target):
        if item in placed:
            continue
        row = rows.index(item)
        destination = 0 if position == 0 else rows.index(target[position - 1]) + 1
        if destination not in (row, row + 1):
            moves.append((row, destination))
            rows.pop(row)
            rows.insert(destination if destination < row else destination - 1, item)
        placed.add(item)
    return moves
