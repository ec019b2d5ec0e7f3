"""Phase 3 of a preparation: every message to deliver is rendered, in the preparing
process or in worker processes (services.preparation.render_pool); only the render
errors and the largest message's size come back.

When rendering started during targeting (services.preparation.targeting_phase), this
phase keeps what still counts of each chunk, and the log rows are copied while the last
chunks render (services.preparation.log_copy).
"""

from __future__ import annotations

import time
from collections import deque

from desktop.models.enums import ControlPhase, JournalLevel
from desktop.services.messages.rendering import DeliveryRenderer
from desktop.services.preparation import typology_rules
from desktop.services.preparation.failures import PreparationFailed
from desktop.services.preparation.log_copy import LogCopy
from desktop.services.preparation.render_pool import (
    ChunkOutcome,
    EarlyOutcome,
    PoolJob,
    RenderPool,
    recipient_rows,
    render_rows,
)
from desktop.services.preparation.run_context import RunContext
from desktop.services.preparation.targeting_phase import Selection

# Render errors named one by one in the journal; the rest are counted (each log row has its own).
JOURNALLED_RENDER_ERRORS = 20


def personalise(
    run: RunContext,
    selection: Selection,
    logs: LogCopy,
    renderer: DeliveryRenderer,
    pool: RenderPool | None,
    *,
    to_deliver: int,
    rules: typology_rules.RuleSet,
    facts: typology_rules.DeliveryFacts,
) -> int:
    """Renders the `to_deliver` messages; returns how many failed. A critical error when
    none renders, or when a message is over a size control's limit."""
    outcome = _Rendering(run, selection, logs).render(renderer, pool, to_deliver)
    render_errors = len(outcome.errors)
    facts.largest_message = outcome.largest
    _journal_render_errors(run, outcome)
    run.apply_findings(
        typology_rules.run_controls(rules, ControlPhase.AFTER_TARGETING, facts, sizes_only=True)
    )
    if render_errors == to_deliver:
        raise PreparationFailed(
            f"no recipient to deliver: all {to_deliver} messages failed to render"
        )
    return render_errors


class _Rendering:
    """The rendering of one target's messages, chunk by chunk, with its progress."""

    def __init__(self, run: RunContext, selection: Selection, logs: LogCopy) -> None:
        self._run = run
        self._selection = selection
        self._logs = logs
        self._overall = ChunkOutcome()
        self._done = 0
        self._total = 0

    def render(
        self, renderer: DeliveryRenderer, pool: RenderPool | None, total: int
    ) -> ChunkOutcome:
        run = self._run
        target = self._selection.target
        early = self._selection.early
        chunk = run.settings.chunk_size
        self._total = total
        run.report("personalisation", 0, total)
        if pool is not None and early is not None:
            self._keep_early(early)
        elif pool is not None:
            pool.render(target.id_chunks(chunk), run.check_stop, lambda _ids, o: self._record(o))
        else:
            token = run.token
            for ids in target.id_chunks(chunk):
                rows = recipient_rows(run.conn, ids)
                self._record(render_rows(renderer, rows, run.check_stop, lambda: token.cancelled))
                run.check_stop()
        if not self._logs.copied:
            run.conn.commit()
        return self._overall

    def _record(self, outcome: ChunkOutcome) -> None:
        self._selection.target.mark_render_errors(outcome.errors)
        self._logs.mark_render_errors(outcome.errors)
        self._overall.add(outcome)
        self._done += outcome.rendered + len(outcome.errors)
        self._run.report("personalisation", self._done, self._total)

    def _keep_early(self, early: list[PoolJob[EarlyOutcome]]) -> None:
        """Keeps, chunk by chunk, what the workers rendered early of the rows still to
        deliver: all but those the rules took out since (duplicates, invalid addresses).
        Every row to deliver was in a chunk: the rules only take rows out. The log rows
        are copied beside the last chunks, when settings.log_copy_due says so."""
        run = self._run
        excluded = self._selection.target.excluded_ids()
        copy_seconds = self._logs.estimated_seconds(self._selection.targeted)
        waited = sum(1 for job in early if not job.done())
        started = time.monotonic()
        # Each job is let go once counted: its ids and outcome would otherwise stay in
        # memory to the end, the whole target's worth of them.
        jobs, total = deque(early), len(early)
        early.clear()
        index = 0
        while jobs:
            job = jobs.popleft()
            index += 1
            self._record(job.result(run.check_stop).kept(excluded))
            del job
            run.check_stop()
            if not self._logs.copied:
                rendered = index - (total - waited)  # since this phase began
                seconds = time.monotonic() - started
                ahead = total - index
                if run.settings.log_copy_due(rendered, seconds, ahead, copy_seconds):
                    self._logs.copy_beside_rendering()


def _journal_render_errors(run: RunContext, outcome: ChunkOutcome) -> None:
    for recipient_id, reason in outcome.errors[:JOURNALLED_RENDER_ERRORS]:
        run.note(
            JournalLevel.ERROR, "preparation.render_error", recipient=recipient_id, reason=reason
        )
    more = len(outcome.errors) - JOURNALLED_RENDER_ERRORS
    if more > 0:
        run.note(JournalLevel.ERROR, "preparation.more_render_errors", count=more)
