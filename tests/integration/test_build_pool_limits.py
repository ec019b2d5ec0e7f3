"""A big send builds its messages in a process of their own (services.sending.message_pool).
A pause or a stop takes back the jobs of a build stuck in a render within its grace period,
and the send can go on afterwards; a build process that dies costs only the message it
was building, which gets a render error saying why. Real build processes throughout."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.services.messages.render_limits import RenderLimits
from desktop.services.messages.rendering import RenderSpec
from desktop.services.sending.connection import JobQueue
from desktop.services.sending.handout import Handout
from desktop.services.sending.jobs import Job
from desktop.services.sending.message_pool import MessagePool, SenderFields

SENDER = SenderFields("news@example.com", "News", "")
# What a hostile recipient's render does: loop for hours, or run for seconds inside one
# filter call where no check of the budget runs.
STUCK = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
BEYOND_CHECKS = "{{ ('a.com ' * 1500000)|urlize|length }}"


def _spec(hostile: str, limits: RenderLimits) -> RenderSpec:
    return RenderSpec(
        delivery_id=1,
        subject="News for {{ recipient.first_name }}",
        html=f"<p>Hello {{{{ recipient.first_name }}}}</p>"
        f"{{% if recipient.hostile %}}{hostile}{{% endif %}}",
        text="",
        delivery={"label": "Spring"},
        campaign={"label": "Spring"},
        secret=b"k" * 32,
        tracking_base_url="http://127.0.0.1:8765",
        limits=limits,
    )


def _job(log_id: int, hostile: bool = False) -> Job:
    person: dict[str, Any] = {
        "id": 100 + log_id,
        "first_name": f"P{log_id}",
        "custom_fields": {"hostile": hostile},
    }
    return Job(log_id, 100 + log_id, f"p{log_id}@example.org", 0, person)


def _forwarded(handout: Handout, count: int, within: float = 30.0) -> list[Job]:
    """The first `count` jobs the handout passes to the connections, built."""
    jobs: list[Job] = []
    deadline = time.monotonic() + within
    while len(jobs) < count:
        assert time.monotonic() < deadline, f"{len(jobs)} of {count} jobs built"
        handout.forward_built()
        while not handout.jobs.empty():
            item = handout.jobs.get_nowait()
            assert isinstance(item, Job)
            jobs.append(item)
        time.sleep(0.05)
    return jobs


@pytest.fixture
def handouts() -> Iterator[list[Handout]]:
    made: list[Handout] = []
    yield made
    for handout in made:
        handout.close()


def test_a_pause_takes_back_the_jobs_of_a_stuck_build_and_the_send_goes_on(handouts) -> None:
    pool = MessagePool(_spec(STUCK, RenderLimits(seconds=600)), SENDER)
    handout = Handout(JobQueue(), pool)
    handouts.append(handout)
    handout.put([_job(1), _job(2)])
    assert [job.log_id for job in _forwarded(handout, 2)] == [1, 2]
    handout.put([_job(3), _job(4, hostile=True), _job(5)])
    time.sleep(0.5)  # the build process is in the stuck render

    paused_at = time.monotonic()
    taken_back = handout.take_back(grace=0.5)

    assert time.monotonic() - paused_at < 5
    assert sorted(job.log_id for job in taken_back) == [3, 4, 5]
    assert all(job.built is None for job in taken_back)
    # Resumed without the hostile recipient: a new build process builds the rest.
    handout.put([_job(3), _job(5)])
    built = _forwarded(handout, 2)
    assert [job.log_id for job in built] == [3, 5]
    assert all(job.built is not None and job.built.wire_data for job in built)


def test_a_build_process_that_dies_costs_only_the_message_it_was_building(handouts) -> None:
    limits = RenderLimits(seconds=0.2, characters=20_000_000)
    handout = Handout(JobQueue(), MessagePool(_spec(BEYOND_CHECKS, limits), SENDER))
    handouts.append(handout)

    handout.put([_job(1), _job(2, hostile=True), _job(3)])
    built = _forwarded(handout, 3)

    assert [job.log_id for job in built] == [1, 2, 3]
    errors = {job.log_id: job.built.error for job in built if job.built is not None}
    assert errors[1] is None and errors[3] is None
    assert errors[2] is not None
    assert errors[2].startswith("the render ran far past its time budget")
    assert "\n" not in errors[2]
    # The next batches build in a new build process.
    handout.put([_job(4), _job(5)])
    assert all(job.built and job.built.wire_data for job in _forwarded(handout, 2))
