"""A proof's messages: the delivery's real message for each proof recipient, rendered from
its templates and built as a send builds it, with two differences. The subject starts
with the proof mark, `[Proof 3] ` in the sender's language (domain.md §8: en Proof, fr BAT,
sv Korrektur, nl Proef, zh_TW 校樣). Every tracking link (open pixel, clicks, unsubscribe,
mirror) is signed for tracking_links.UNTRACKED_RECIPIENT, which the tracking server
never records: a proof's links work, and a proof never moves the delivery's KPIs.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.rendering import DeliveryRenderer, RenderSpec
from desktop.services.messages.tracking_links import UNTRACKED_RECIPIENT
from desktop.services.proofs.target import ProofRecipient
from desktop.services.sending.message_pool import SenderFields

DEFAULT_LANGUAGE = "en"
PROOF_WORDS = {"en": "Proof", "fr": "BAT", "sv": "Korrektur", "nl": "Proef", "zh_TW": "校樣"}


def proof_language(code: str | None) -> str | None:
    """The language of PROOF_WORDS a code means (`fr`, `FR`, `fr_CA`, `zh-TW`...), or None."""
    wanted = (code or "").strip().replace("-", "_").lower()
    by_code = {known.lower(): known for known in PROOF_WORDS}
    return by_code.get(wanted) or by_code.get(wanted.split("_")[0])


def proof_word(language: str | None) -> str:
    """The proof word of a language code; English when the console has no word for it."""
    return PROOF_WORDS[proof_language(language) or DEFAULT_LANGUAGE]


def proof_mark(language: str | None, number: int) -> str:
    """What a proof's subject starts with: `[Proof 3]`."""
    return f"[{proof_word(language)} {number}]"


class ProofMessages:
    """Builds the proof messages of one delivery. Raises TemplateSyntaxProblem when its
    templates do not compile; build() raises RecipientRenderError for a recipient whose
    message cannot be rendered."""

    def __init__(self, spec: RenderSpec, sender: SenderFields, mark: str) -> None:
        self.renderer = DeliveryRenderer(spec)
        self.builder = MessageBuilder.for_renderer(
            self.renderer, sender.sender_address, sender.sender_name, sender.reply_to
        )
        self.mark = mark

    def build(self, recipient: ProofRecipient) -> bytes:
        rendered = self.renderer.render(recipient.person, UNTRACKED_RECIPIENT)
        marked = replace(rendered, subject=f"{self.mark} {rendered.subject}")
        return self.builder.build(UNTRACKED_RECIPIENT, recipient.address, marked).data
