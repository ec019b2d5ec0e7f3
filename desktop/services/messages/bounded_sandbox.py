"""The sandbox messages render in: Jinja2's SandboxedEnvironment, bounded by the render
budget (services.messages.render_budget).

Where a template can spend time or build size, it meets a check:
- every loop and every call (macros, methods) checks the deadline, and a long loop
  checks it again every LOOP_CHECK_EVERY items;
- the operators that can build huge values (`**`, `*`, `+`, `%`), the string methods and
  filters that multiply a value, and `~`, are checked against the budget
  (services.messages.template_guards) before they run, or, for `~`, after;
- every block joined (a macro's output, `{% set %}...{% endset %}`) and the output itself
  count against the number of characters one message may have;
- constant expressions are refused while the template compiles
  (services.messages.template_constants), and none of the guarded operators is folded by
  Jinja2's optimizer.
A plain template meets a handful of these checks per render.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from jinja2 import nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import Template
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

from desktop.services.messages.render_budget import (
    RenderBudget,
    RenderLimitExceeded,
    current,
)
from desktop.services.messages.render_limits import CHARACTERS_OPTION
from desktop.services.messages.template_constants import refuse_huge_constants
from desktop.services.messages.template_guards import (
    binop_problem,
    guarded_filters,
    guarded_lipsum,
    method_problem,
    stored_size,
)

# A loop over more items than this checks the deadline every this many items.
LOOP_CHECK_EVERY = 1024
# The output is counted this many pieces at a time: past the budget by at most that many.
OUTPUT_BATCH = 64
# The filters the compiled templates wrap loops and `~` in (a template may not name them:
# they start with an underscore... and are harmless if it did).
_LOOP_FILTER = "_loop_budget"
_JOIN_FILTER = "_join_budget"
_SIZED = (str, bytes, list, tuple, dict)
_GROWABLE = (list, dict, set)
# The methods that store their arguments in a list, a dict or a set.
_STORING = frozenset({"append", "extend", "insert", "update", "setdefault", "add"})


class _BoundedCodeGenerator(CodeGenerator):
    """Jinja2's code generator; what a loop writes into a buffer (inside a macro or a
    block) is counted at every turn, not only when the buffer is joined."""

    _loops = 0

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        self._loops += 1
        try:
            super().visit_For(node, frame)
        finally:
            self._loops -= 1

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        super().visit_Output(node, frame)
        if frame.buffer is not None and self._loops:
            self.writeline(f"environment.check_buffer({frame.buffer})")


class BoundedSandbox(SandboxedEnvironment):
    """A SandboxedEnvironment whose templates stay within the render budget."""

    code_generator_class = _BoundedCodeGenerator
    # Computed by call_binop (checked first), and so never folded while compiling.
    intercepted_binops = frozenset({"**", "*", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters.update(guarded_filters(self.filters))
        self.filters[_LOOP_FILTER] = _loop_budget
        self.filters[_JOIN_FILTER] = _join_budget
        self.globals["lipsum"] = guarded_lipsum(self.globals["lipsum"])

    def compile_bounded(self, source: str, characters: int) -> Template:
        """The template of `source`, its loops and joins checked as it runs. Raises
        TemplateSyntaxError, or ConstantTooLarge for a constant past the limits."""
        tree = self.parse(source)
        refuse_huge_constants(tree, characters)
        tree = _BudgetChecks().visit(tree)
        tree.set_environment(self)
        return self.from_string(tree)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        problem = binop_problem(operator, left, right, current().characters)
        if problem is not None:
            raise RenderLimitExceeded(problem)
        return self.binop_table[operator](left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = current()
        budget.check_time()
        problem = method_problem(__obj, args, kwargs, budget.characters)
        if problem is not None:
            raise RenderLimitExceeded(problem)
        receiver = getattr(__obj, "__self__", None)
        if isinstance(receiver, _GROWABLE) and getattr(__obj, "__name__", "") in _STORING:
            # What a template stores in lists, dicts and sets counts as it goes: a
            # thousand strings of a megabyte are over the budget, though none of them is.
            budget.stored += sum(map(stored_size, args)) + sum(map(stored_size, kwargs.values()))
            if budget.stored > budget.characters:
                budget.check_size(budget.stored, f"what a {type(receiver).__name__} holds")
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, _SIZED) and len(result) > budget.characters:
            budget.check_size(len(result), "a value")
        if isinstance(receiver, _GROWABLE) and len(receiver) > budget.characters:
            budget.check_size(len(receiver), f"a {type(receiver).__name__}")
        return result

    def check_buffer(self, buffer: list[str]) -> None:
        """Counts what a loop wrote into `buffer` since the last turn."""
        budget = current()
        counted = budget.buffers.get(id(buffer))
        if counted is None or counted[0] > len(buffer):  # a new buffer (or a new list there)
            counted = budget.buffers[id(buffer)] = [0, 0]
        counted[1] += sum(map(len, buffer[counted[0] :]))
        counted[0] = len(buffer)
        budget.check_size(counted[1], "a block")

    def concat(self, pieces: Iterable[str]) -> str:  # type: ignore[override]
        """Joins what a macro or a block wrote (and anything else Jinja2 joins)."""
        budget = current()
        if isinstance(pieces, list):
            budget.check_size(sum(map(len, pieces)), "a block")
            return "".join(pieces)
        return _joined(iter(pieces), budget, 0, "a block")


def render_bounded(template: Template, context: dict[str, Any], budget: RenderBudget) -> str:
    """The template's output for `context`, counted against what is left of the budget
    (one message's subject, HTML and text share it)."""
    pieces = template.root_render_func(template.new_context(context))
    # A message is tens of pieces: one batch, joined and counted in C.
    batch = list(islice(pieces, OUTPUT_BATCH))
    text = "".join(batch)
    used = budget.used + len(text)
    if used > budget.characters or len(batch) == OUTPUT_BATCH:
        text = text + _joined(pieces, budget, used, "the message")
        used = budget.used + len(text)
    budget.used = used
    return text


def _joined(pieces: Iterator[str], budget: RenderBudget, used: int, what: str) -> str:
    """The (rest of the) pieces joined, OUTPUT_BATCH at a time, refused as soon as they
    take the characters counted (`used` before them) past the budget."""
    limit = budget.characters
    joined: list[str] = []
    while used <= limit:
        batch = list(islice(pieces, OUTPUT_BATCH))
        text = "".join(batch)
        used += len(text)
        joined.append(text)
        if len(batch) < OUTPUT_BATCH:
            if used <= limit:
                return "".join(joined)
            break
    raise RenderLimitExceeded(
        f"{what} passed {limit:,} characters, the most one message may have"
        f" (option {CHARACTERS_OPTION})"
    )


class _BudgetChecks(NodeTransformer):
    """Wraps each loop's sequence and each `~` in the filters that check the budget."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, _LOOP_FILTER, [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(node, _JOIN_FILTER, [], [], None, None, lineno=node.lineno)


# Both take the context: Jinja2 then never runs them while it compiles.
@pass_context
def _loop_budget(_context: Context, items: Any) -> Any:
    budget = current()
    if time.monotonic() > budget.deadline or budget.stopped is not None:
        budget.check_time()
    try:
        length = len(items)
    except TypeError:
        return _CheckedLoop(items, budget, None)
    return items if length <= LOOP_CHECK_EVERY else _CheckedLoop(items, budget, length)


@pass_context
def _join_budget(_context: Context, text: Any) -> Any:
    if isinstance(text, str):
        current().check_size(len(text), "a ~ expression")
    return text


class _CheckedLoop:
    """A loop's sequence whose iteration checks the deadline every LOOP_CHECK_EVERY items;
    its length is the sequence's (loop.length and loop.last keep working)."""

    __slots__ = ("_budget", "_items", "_length")

    def __init__(self, items: Any, budget: RenderBudget, length: int | None) -> None:
        self._items = items
        self._budget = budget
        self._length = length

    def __len__(self) -> int:
        if self._length is None:
            raise TypeError("a generator has no length")
        return self._length

    def __iter__(self) -> Iterator[Any]:
        check = self._budget.check_time
        for count, item in enumerate(self._items, start=1):
            if not count % LOOP_CHECK_EVERY:
                check()
            yield item
