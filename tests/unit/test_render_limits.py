"""What one render may cost: a template past its time or size budget is that recipient's
render error, in one line and at once; a constant too large to compute is a template error
naming its line, found while the template compiles."""

from __future__ import annotations

import time

import pytest

from desktop.errors import ValidationError
from desktop.models import Delivery
from desktop.services.messages.render_budget import RenderStopped
from desktop.services.messages.render_limits import RenderLimits, render_limits
from desktop.services.messages.rendering import (
    DeliveryRenderer,
    RecipientRenderError,
    RenderSpec,
    TemplateSyntaxProblem,
    render_spec,
)
from desktop.services.settings.options import set_option

ANN = {
    "id": 7,
    "first_name": "Ann",
    "custom_fields": {"exponent": 9, "count": 10**10, "width": 10**9, "depth": 60},
}
# Past a budget, a render ends within this long (the budget itself aside).
PROMPTLY = 1.5


def renderer(
    html: str, *, seconds: float = 0.5, characters: int = 100_000, text: str = ""
) -> DeliveryRenderer:
    return DeliveryRenderer(
        RenderSpec(
            delivery_id=1,
            subject="News for {{ recipient.first_name }}",
            html=html,
            text=text,
            delivery={"label": "Spring"},
            campaign={"label": "Spring"},
            secret=b"k" * 32,
            tracking_base_url="http://127.0.0.1:8765",
            limits=RenderLimits(seconds=seconds, characters=characters),
        )
    )


def render_error(html: str, **limits: float) -> tuple[str, float]:
    """The render error of ANN's message, and how long the render took."""
    compiled = renderer(html, **limits)  # type: ignore[arg-type]
    started = time.monotonic()
    with pytest.raises(RecipientRenderError) as error:
        compiled.render(ANN)
    return str(error.value), time.monotonic() - started


def one_line(reason: str) -> bool:
    return "\n" not in reason and "Traceback" not in reason and len(reason) <= 300


@pytest.mark.parametrize(
    "html",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        # Each call doubles the work: 2**60 calls.
        "{% macro twice(n) %}{% if n %}{{ twice(n - 1) }}{{ twice(n - 1) }}{% endif %}"
        "{% endmacro %}{{ twice(recipient.depth) }}",
        # Loops over a string, nested: no range, no call.
        "{% set s = 'x' * 1000 %}{% for a in s %}{% for b in s %}{% for c in s %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        # One slow filter after another.
        "{% set s = 'a.com ' * 10000 %}" + "{{ s|urlize|length }}" * 400,
    ],
    ids=["nested range loops", "macros fanning out", "nested loops over a string", "filters"],
)
def test_a_template_running_past_its_time_budget_stops_there(html: str) -> None:
    reason, seconds = render_error(html, seconds=0.5)

    assert reason.startswith("the render took longer than 0.5 s")
    assert "NmsDelivery_RenderSeconds" in reason
    assert one_line(reason)
    assert 0.5 <= seconds < 0.5 + PROMPTLY


@pytest.mark.parametrize(
    "html, what",
    [
        ("{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}", "the message passed"),
        (
            "{% set page %}{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}{% endset %}"
            "{{ page|length }}",
            "a block would have",
        ),
        (
            "{% macro row(i) %}<tr><td>{{ 'x' * 100 }}</td></tr>{% endmacro %}"
            "{% macro table() %}{% for i in range(100000) %}{{ row(i) }}{% endfor %}{% endmacro %}"
            "{{ table()|length }}",
            "a block would have",
        ),
        (
            "{% set ns = namespace(s='x') %}{% for i in range(recipient.depth) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
            "a ~ expression would have",
        ),
        (
            "{% set ns = namespace(s='x') %}{% for i in range(recipient.depth) %}"
            "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
            "would have",
        ),
        (
            "{% set l = [1] %}{% for i in range(recipient.depth) %}{{ l.extend(l) }}{% endfor %}",
            "what a list holds would have",
        ),
        (
            "{% set l = [] %}{% for i in range(100000) %}{{ l.append('x' * 1000) }}{% endfor %}",
            "what a list holds would have",
        ),
        (
            "{% set d = {} %}{% for i in range(100000) %}"
            "{% set _ = d.update({i: 'x' * 1000}) %}{% endfor %}",
            "what a dict holds would have",
        ),
    ],
    ids=[
        "output",
        "set block",
        "macro",
        "doubling with ~",
        "doubling with +",
        "growing list",
        "list of big strings",
        "dict of big strings",
    ],
)
def test_a_template_building_more_than_one_message_may_have_stops_at_once(
    html: str, what: str
) -> None:
    reason, seconds = render_error(html, seconds=30, characters=100_000)

    assert what in reason
    assert "100,000" in reason and "NmsDelivery_RenderCharacters" in reason
    assert one_line(reason)
    assert seconds < PROMPTLY


@pytest.mark.parametrize(
    "html, shown",
    [
        ("{{ 10 ** (10 ** recipient.exponent) }}", "10 ** 1000000000 is too large a number"),
        ("{{ 'a' * recipient.count }}", "'a' * 10000000000 would have 10,000,000,000 characters"),
        ("{{ 'a'.center(recipient.width) }}", "would have 1,000,000,000 characters"),
        ("{{ 'a'|center(recipient.width) }}", "would have 1,000,000,000 characters"),
        ("{{ '%0*d' % (recipient.width, 1) }}", "asks for more than the 100,000 characters"),
        ("{{ '{:>{w}}'.format(1, w=recipient.width) }}", "asks for more than the 100,000"),
        ("{{ ['x'] * recipient.count }}", "would have 10,000,000,000 characters"),
        ("{{ lipsum(recipient.width) }}", "would have"),
    ],
    ids=[
        "power",
        "repetition",
        "str.center",
        "center filter",
        "%-format",
        "format",
        "list",
        "lipsum",
    ],
)
def test_a_value_too_large_to_build_from_recipient_data_is_refused_before_it_is_built(
    html: str, shown: str
) -> None:
    reason, seconds = render_error(html)

    assert shown in reason
    assert one_line(reason)
    assert seconds < 0.5  # refused, not computed


@pytest.mark.parametrize(
    "html, shown",
    [
        ("{{ 10 ** (10 ** 9) }}", "10 ** 1000000000 is too large a number: about 1,000,000,001"),
        ("{{ 2 ** 99999999 }}", "2 ** 99999999 is too large a number: about 30,103,000 digits"),
        ("{{ 'a' * 10**10 }}", "'a' * 10000000000 would have 10,000,000,000 characters"),
        ("{{ '%0999999999d' % 1 }}", "the format '%0999999999d' asks for more"),
    ],
    ids=["power of a power", "power", "repetition", "format"],
)
def test_a_constant_too_large_to_compute_is_a_template_error_naming_its_line(
    html: str, shown: str
) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateSyntaxProblem) as error:
        renderer(f"<p>Hello</p>\n<p>{{{{ recipient.first_name }}}}</p>\n<p>{html}</p>")

    assert time.monotonic() - started < 1
    assert error.value.part == "HTML content"
    assert error.value.line == 3
    message = str(error.value)
    assert message.startswith("template error in HTML content, line 3: ")
    assert shown.split(": about")[0] in message


def test_a_macro_calling_itself_is_a_recursion_error_not_a_thousand_lines() -> None:
    reason, seconds = render_error(
        "{% macro down(n) %}{{ down(n + 1) }}{% endmacro %}{{ down(0) }}", seconds=30
    )

    assert reason == "recursion too deep: a macro that calls itself without end?"
    assert seconds < PROMPTLY


def test_any_other_failure_of_a_template_is_a_one_line_render_error() -> None:
    reason, _seconds = render_error("{{ recipient.first_name.encode('no-such-codec') }}")

    assert reason == "LookupError: unknown encoding: no-such-codec"


@pytest.mark.parametrize(
    "html, problem",
    [
        ("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "nested too deeply to compile"),
        ("{{ " + "9" * 5000 + " }}", "Exceeds the limit (4300 digits)"),
    ],
    ids=["nested parentheses", "a 5,000-digit number"],
)
def test_a_template_that_cannot_even_be_compiled_is_a_template_error(
    html: str, problem: str
) -> None:
    with pytest.raises(TemplateSyntaxProblem) as error:
        renderer(html)

    assert str(error.value).startswith("template error in HTML content: ")
    assert problem in str(error.value)


def test_a_stopped_preparation_ends_a_render_in_progress() -> None:
    compiled = renderer(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        seconds=60,
    )
    started = time.monotonic()
    stop_at = started + 0.3

    with pytest.raises(RenderStopped):
        compiled.render(ANN, stopped=lambda: time.monotonic() > stop_at)

    assert time.monotonic() - started < PROMPTLY


def test_ordinary_templates_render_as_they_always_did() -> None:
    html = (
        "{% macro item(name) %}<li>{{ name|title }}</li>{% endmacro %}"
        "<ul>{% for name in ['tea', 'cake'] %}{{ item(name) }}{% endfor %}</ul>"
        "{% set total %}{{ 2 ** 10 }} {{ 3 * 4 }} {{ 'ab' * 3 }} {{ 1 + 2 }}{% endset %}"
        "<p>{{ total }} {{ '%05.1f' % 3.14159 }} {{ '{:>6}'.format('x') }}</p>"
        "<p>{{ ['a', 'b']|join(', ') }} {{ 'a-b'|replace('-', '+') }} {{ 'x'|center(5) }}|</p>"
        "{% for i in range(3000) %}{% if loop.last %}<p>{{ loop.length }} "
        "{{ loop.revindex }}</p>{% endif %}{% endfor %}"
        "<p>{{ recipient.first_name ~ '!' }} {{ (10 ** 20) * (10 ** 20) }}</p>"
    )

    message = renderer(html).render(ANN)

    assert message.subject == "News for Ann"
    assert message.html == (
        "<ul><li>Tea</li><li>Cake</li></ul>"
        "<p>1024 12 ababab 3 003.1      x</p>"
        "<p>a, b a+b   x  |</p>"
        "<p>3000 1</p>"
        f"<p>Ann! {10**40}</p>"
    )


def test_the_limits_are_the_options(sessions, admin) -> None:
    with sessions.begin() as session:
        assert render_limits(session) == RenderLimits(seconds=2.0, characters=2_000_000)
        set_option(session, admin, "NmsDelivery_RenderSeconds", "0.5")
        set_option(session, admin, "NmsDelivery_RenderCharacters", "50000")
        delivery = Delivery(
            id=1,
            label="Big",
            subject="Hi",
            sender_address="news@example.com",
            html="{% for i in range(1000) %}{{ 'x' * 100 }}{% endfor %}",
            text="",
        )
        spec = render_spec(session, delivery)

    assert spec.limits == RenderLimits(seconds=0.5, characters=50_000)
    with pytest.raises(RecipientRenderError, match="passed 50,000 characters"):
        DeliveryRenderer(spec).render({"id": 1})


def test_limits_set_too_low_for_any_message_are_raised_or_refused(sessions, admin) -> None:
    with sessions.begin() as session:
        set_option(session, admin, "NmsDelivery_RenderSeconds", "0")
        limits = render_limits(session)
    with pytest.raises(ValidationError, match="from 10000 to 500000000"), sessions.begin() as s:
        set_option(s, admin, "NmsDelivery_RenderCharacters", "5")

    assert limits.seconds == pytest.approx(0.1)  # a decimal option has no range: a floor
    assert limits.characters == 2_000_000
