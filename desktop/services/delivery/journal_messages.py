"""Every line a delivery's journal can hold: a key, and its English wording.

The journal stores a line's key and its parameters; each viewer reads it in their own
language (views.journal_text translates the wording, fills in the parameters and formats
numbers, dates and machine names for the viewer's locale). The English text is stored too,
for the CLI's --json and for lines read where no translation is installed.

A wording names its parameters in braces, `{operator}`. A line that counts something
says `%Ln` where the count goes and `(s)` where English needs a plural; `count` names the
parameter that holds that number (Qt's plural forms pick the translation's form by it).
Parameters the views show as words by their name: `step` / `steps` (approval steps),
`exclusions` ({cause: n}), `fields` (delivery field names), `status`, `percent`,
`seconds` and names ending in `_at` (ISO dates).

To add a line: one entry in MESSAGES, then `make lupdate` (which marks the wording for
translation) and translate it in the .ts files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PLACEHOLDER = re.compile(r"\{(\w+)\}")
COUNT_MARK = "%Ln"
EITHER_NUMBER = re.compile(r"\((e?s)\)")


@dataclass(frozen=True)
class JournalMessage:
    text: str  # English, with {name} parameters
    count: str | None = None  # the parameter %Ln stands for, in a wording that counts

    @property
    def parameters(self) -> frozenset[str]:
        names = set(PLACEHOLDER.findall(self.text))
        if self.count is not None:
            names.add(self.count)
        return frozenset(names)


M = JournalMessage
MESSAGES: dict[str, JournalMessage] = {
    # preparation (services.preparation)
    "preparation.started": M("Preparation started by {operator}."),
    "preparation.targeted": M("Targeting: %Ln recipient(s) selected.", "count"),
    "preparation.control_group": M(
        "Control group: %Ln recipient(s) ({percent}) held out.", "count"
    ),
    "preparation.limited_by_rule": M(
        "Target limited to %Ln message(s) by typology rule {rule}.", "count"
    ),
    "preparation.limited_by_delivery": M(
        "Target limited to %Ln message(s) by the delivery's target limit.", "count"
    ),
    "preparation.exclusions": M("Exclusions applied: {exclusions}."),
    "preparation.rule_excluded": M("Typology rule {rule} excluded %Ln recipient(s).", "count"),
    "preparation.control_finding": M("{finding}"),
    "preparation.render_error": M("Recipient {recipient}: {reason}"),
    "preparation.more_render_errors": M(
        "... and %Ln more recipient(s) whose message failed to render.", "count"
    ),
    "preparation.took": M("Preparation took {seconds} s."),
    "preparation.summary": M(
        "%Ln message(s) to deliver; exclusions: {excluded} ({exclusions}); errors: {errors}.",
        "count",
    ),
    "preparation.day_capacity": M(
        "Typology rule {rule}: %Ln message(s) of {day} already prepared or sent by other "
        "deliveries (at most {most}); {left} left.",
        "count",
    ),
    "preparation.stopped": M("Preparation stopped by {operator}."),
    "preparation.failed": M("Preparation failed: {error}"),
    "preparation.invalidated_by_edit": M(
        "Preparation invalidated (edited: {fields}); prepare the delivery again."
    ),
    "preparation.invalidated_by_rejection": M(
        "Preparation invalidated ({step} rejected); prepare the delivery again."
    ),
    "preparation.invalidated_by_rule_edit": M(
        "Preparation invalidated (typology rule {rule} edited: {changes}); prepare the "
        "delivery again."
    ),
    "preparation.invalidated_by_rule_on": M(
        "Preparation invalidated (typology rule {rule} switched on); prepare the delivery again."
    ),
    "preparation.invalidated_by_rule_off": M(
        "Preparation invalidated (typology rule {rule} switched off); prepare the delivery again."
    ),
    "preparation.invalidated_by_typology": M(
        "Preparation invalidated (the rules of typology {typology} changed); prepare the "
        "delivery again."
    ),
    # direct mail (services.direct_mail)
    "direct_mail.extracted": M(
        "Extraction file {file} written by {operator}: %Ln row(s), {columns} columns, in "
        "{folder}. Calculated cost: {cost}.",
        "count",
    ),
    "direct_mail.file_approved": M("Extraction file approved by {operator}."),
    "direct_mail.file_rejected": M("Extraction file rejected by {operator}: {comment}"),
    "direct_mail.proofs_submitted": M("Proofs submitted by {operator}: they wait for {reviewers}."),
    "direct_mail.proofs_accepted": M("Proofs accepted by {operator}."),
    "direct_mail.proofs_rejected": M("Proofs rejected by {operator}: {comment}"),
    "direct_mail.next_router_proof": M(
        "Next: send a proof of the router's notification, then submit it."
    ),
    "direct_mail.next_hand_off": M("Next: hand the file off to the provider."),
    "direct_mail.next_extraction": M(
        "Next: change the export format if needed, and extract again."
    ),
    "direct_mail.back_to_extraction": M(
        "Back to extraction, by {operator}. Extract again to go on."
    ),
    "direct_mail.back_to_extraction_because": M(
        "Back to extraction, by {operator}: {reason} Extract again to go on."
    ),
    "direct_mail.handed_off": M(
        "Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} "
        "({answer}); {sent} messages count as sent; real cost {cost}.",
        "count",
    ),
    "direct_mail.handed_off_results_awaited": M(
        "Handed off by {operator}: %Ln row(s) copied to {path}, notification to {router} "
        "({answer}); the provider's results file will say which were sent.",
        "count",
    ),
    "direct_mail.results_imported": M(
        "Results imported by {operator} from {file}: {sent} sent, {failed} failed; real cost "
        "{cost}."
    ),
    # costs and stocks (services.costs)
    "costs.calculated": M("Calculated cost of %Ln extracted row(s): {total}.", "count"),
    "stock.below_zero": M(
        "Stock {stock}: {item} had {in_stock} units for {needed} more; it is now below zero."
    ),
    "stock.no_line": M(
        "No stock of the provider holds {item}: nothing was taken from stock for it."
    ),
    "stock.alert_unsent": M(
        "Stock alert: {item} ({stock}) is below its alert level; the stock names no "
        "operator to tell."
    ),
    # review (services.delivery.approvals, approval_decisions)
    "review.approvals_withdrawn": M(
        "Approvals withdrawn with the preparation: {steps}. "
        "They are asked again after the next preparation."
    ),
    "review.approved": M("{step} approved by {operator}."),
    "review.approved_with_comment": M("{step} approved by {operator}. Comment: {comment}"),
    "review.rejected": M("{step} rejected by {operator}: {comment}"),
    # proofs (services.proofs.sending)
    "proof.sent": M(
        "Proof {number} sent by {operator} through {relay}: "
        "{accepted} of %Ln address(es) accepted.",
        "count",
    ),
    "proof.sent_some_refused": M(
        "Proof {number} sent by {operator} through {relay}: "
        "{accepted} of %Ln address(es) accepted; not sent: {refused}.",
        "count",
    ),
    # sending (services.sending)
    "send.confirmed": M("Send confirmed by {operator}."),
    "send.confirmed_scheduled": M("Send confirmed by {operator}; scheduled for {contact_at}."),
    "send.contact_date_reached": M("Contact date reached: sending starts."),
    "send.started": M(
        "Sending through {relay}: %Ln message(s) to send over {connections} connections.",
        "count",
    ),
    "send.started_outbox": M(
        "Sending through {relay} (local outbox): %Ln message(s) to send over "
        "{connections} connections.",
        "count",
    ),
    "send.handed_out_again": M("%Ln message(s) of a stopped sender handed out again.", "count"),
    "send.paused_by": M("Paused by {operator}."),
    "send.resumed_by": M("Resumed by {operator}."),
    "send.stopped_by": M(
        "Stopped by {operator}: {delivered} delivered, {failed} failed, %Ln cancelled.", "count"
    ),
    "send.paused_for_problem": M("Delivery paused: {problem}. Resume it then."),
    "send.paused_relay": M("Delivery paused: {problem}. Resume it once the relay works."),
    "send.impossible": M("Send impossible: {problem}"),
    "send.failed": M("Send failed: {error}"),
    "send.finished": M(
        "Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) "
        "of {to_deliver} to deliver."
    ),
    "send.validity_over": M(
        "Validity period over; messages not sent cancelled: {cancelled}. "
        "Delivered {delivered}, failed {failed} (hard {hard_bounces}, soft {soft_bounces}) "
        "of {to_deliver} to deliver."
    ),
    "send.database_back": M(
        "A sender waited for the database, which was unreachable; %Ln outcome(s) kept "
        "meanwhile now recorded; sending carries on.",
        "count",
    ),
    "send.database_back_handed_out": M(
        "A sender waited for the database, which was unreachable; %Ln outcome(s) kept "
        "meanwhile now recorded and {released} messages handed out again; sending carries on.",
        "count",
    ),
    # notifications (services.notifications)
    "notification.no_address": M("Not notified (no e-mail address): {operators}: {subject}"),
    "notification.sent_late": M("Notification to {address} ({subject}) sent at attempt {attempt}."),
    "notification.not_sent": M(
        "Notification to {address} ({subject}) not sent: {detail}. It is tried again up to "
        "{attempts} more times in the next {hours} hours."
    ),
}
del M


class UnknownJournalLine(ValueError):
    """A line whose key is not in MESSAGES, or whose parameters do not match its wording:
    a programming error, caught by the tests, never a user's."""


def check(key: str, params: Mapping[str, Any]) -> JournalMessage:
    message = MESSAGES.get(key)
    if message is None:
        raise UnknownJournalLine(f"journal line {key!r} is not in journal_messages.MESSAGES")
    given = frozenset(params)
    if given != message.parameters:
        raise UnknownJournalLine(
            f"journal line {key!r} takes {sorted(message.parameters)}, not {sorted(given)}"
        )
    return message


def english(key: str, params: Mapping[str, Any]) -> str:
    """The line in English: counts with their plural, exclusions with their machine names."""
    message = check(key, params)
    text = message.text
    if message.count is not None:
        count = int(params[message.count])
        text = text.replace(COUNT_MARK, str(count))
        text = EITHER_NUMBER.sub(lambda found: "" if count == 1 else found.group(1), text)
    return PLACEHOLDER.sub(
        lambda found: _english_value(found.group(1), params[found.group(1)]), text
    )


def _english_value(name: str, value: Any) -> str:
    if name == "percent":
        return f"{value}%"
    if name == "step":  # a machine name that starts the sentence
        return str(value).capitalize()
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_english_value(key, n)}" for key, n in value.items()) or "none"
    if isinstance(value, list | tuple):
        return ", ".join(_english_value(name, item) for item in value)
    return str(value)


__all__ = ["MESSAGES", "JournalMessage", "UnknownJournalLine", "check", "english"]
