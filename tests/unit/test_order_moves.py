"""The row moves that put a tree level in its new order: the right order, and only the
rows that really moved (a rename moves one row, not every row after it)."""

from __future__ import annotations

import random

import pytest

from desktop.views.order_moves import moves_into_order


def _applied(rows: list[int], moves: list[tuple[int, int]]) -> list[int]:
    """The moves done as QAbstractItemModel counts them (destination before the move)."""
    rows = list(rows)
    for row, destination in moves:
        assert destination not in (row, row + 1), "a move that moves nothing"
        item = rows.pop(row)
        rows.insert(destination if destination < row else destination - 1, item)
    return rows


def test_a_renamed_row_is_the_only_one_moved() -> None:
    assert moves_into_order([1, 2, 3, 4, 5], [2, 3, 4, 5, 1]) == [(0, 5)]
    assert moves_into_order([1, 2, 3, 4, 5], [5, 1, 2, 3, 4]) == [(4, 0)]
    assert moves_into_order([1, 2, 3], [1, 2, 3]) == []


def test_any_reordering_is_reached_with_as_few_moves_as_possible() -> None:
    shuffle = random.Random(20261210).shuffle
    for size in range(12):
        for _ in range(200):
            target = list(range(size))
            current = list(target)
            shuffle(current)
            moves = moves_into_order(current, target)
            assert _applied(current, moves) == target
            assert len(moves) == size - _longest_increasing(current)


def _longest_increasing(values: list[int]) -> int:
    best = [1] * len(values)
    for later in range(len(values)):
        for earlier in range(later):
            if values[earlier] < values[later]:
                best[later] = max(best[later], best[earlier] + 1)
    return max(best, default=0)


def test_lists_of_different_items_are_refused() -> None:
    with pytest.raises(ValueError, match="same distinct items"):
        moves_into_order([1, 2], [1, 3])
    with pytest.raises(ValueError, match="same distinct items"):
        moves_into_order([1, 1], [1, 1])
