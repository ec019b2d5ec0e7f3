"""Constant expressions a template may not contain: `{{ 10 ** (10 ** 9) }}`, `'a' * 10**10`.

Jinja2 computes constant expressions while it compiles; one of these would hang the
compile (or exhaust the memory) before any render budget runs. The sandbox keeps the
guarded operators out of Jinja2's folding (services.messages.bounded_sandbox), and this
check refuses them as template errors, with their line, when the template compiles.
"""

from __future__ import annotations

import operator
from typing import Any

from jinja2 import nodes

from desktop.services.messages.render_budget import too_large
from desktop.services.messages.template_guards import binop_problem, shown

_OPERATORS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "%": operator.mod,
    "**": operator.pow,
}
_NOT_CONSTANT = object()


class ConstantTooLarge(Exception):
    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


def refuse_huge_constants(template: nodes.Template, characters: int) -> None:
    """Raises ConstantTooLarge for the first constant expression past the limits."""
    for node in template.find_all((nodes.BinExpr, nodes.Concat)):
        _Evaluation(characters).value(node)


class _Evaluation:
    """Computes constant expressions, each operation checked before it runs."""

    def __init__(self, characters: int) -> None:
        self.characters = characters

    def value(self, node: nodes.Node) -> Any:
        if isinstance(node, nodes.Const):
            return node.value
        if isinstance(node, nodes.Neg | nodes.Pos):
            inner = self.value(node.node)
            if isinstance(inner, int | float):
                return -inner if isinstance(node, nodes.Neg) else inner
            return _NOT_CONSTANT
        if isinstance(node, nodes.Tuple | nodes.List):
            items = [self.value(item) for item in node.items]
            if any(item is _NOT_CONSTANT for item in items):
                return _NOT_CONSTANT
            return tuple(items) if isinstance(node, nodes.Tuple) else items
        if isinstance(node, nodes.BinExpr) and node.operator in _OPERATORS:
            return self._binop(node)
        if isinstance(node, nodes.Concat):
            parts = [self.value(part) for part in node.nodes]
            if any(part is _NOT_CONSTANT for part in parts):
                return _NOT_CONSTANT
            texts = [str(part) for part in parts]
            size = sum(map(len, texts))
            if size > self.characters:
                what = " ~ ".join(shown(part) for part in parts)
                raise ConstantTooLarge(node.lineno, too_large(what, size, self.characters))
            return "".join(texts)
        return _NOT_CONSTANT

    def _binop(self, node: nodes.BinExpr) -> Any:
        left = self.value(node.left)
        right = self.value(node.right)
        if left is _NOT_CONSTANT or right is _NOT_CONSTANT:
            return _NOT_CONSTANT
        problem = binop_problem(node.operator, left, right, self.characters)
        if problem is not None:
            raise ConstantTooLarge(node.lineno, problem)
        try:
            return _OPERATORS[node.operator](left, right)
        except Exception:  # the render reports it, with its own message
            return _NOT_CONSTANT
