"""The delivery form: audience, content, and the preview rendered for a chosen recipient."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from sqlalchemy import Engine, insert
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Delivery, Recipient, RecipientList, list_member
from desktop.models.enums import DeliveryStatus
from desktop.services import entities
from desktop.services.access.rights import Actor
from desktop.views.app_context import AppContext
from desktop.views.forms.delivery_form import DeliveryForm
from desktop.views.object_registry import opener_for

HTML = """<html><body>
<h1>Hello {{ recipient.first_name }}</h1>
<p>Your tier: {{ recipient.tier }}</p>
</body></html>
"""


@pytest.fixture
def context(sessions: sessionmaker[Session], engine: Engine, db_url: str, manager: Actor):
    return AppContext(sessions=sessions, engine=engine, actor=manager, db_url=db_url)


@pytest.fixture
def recipients(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions.begin() as session:
        people = [
            Recipient(
                email="ada@example.com",
                email_key="ada@example.com",
                first_name="Ada",
                last_name="Lovelace",
                custom_fields={"tier": "gold"},
            ),
            Recipient(
                email="alan@example.com",
                email_key="alan@example.com",
                first_name="Alan",
                last_name="Turing",
                custom_fields={},
            ),
        ]
        session.add_all(people)
        session.flush()
        return {p.first_name: p.id for p in people}


@pytest.fixture
def form(qtbot, context: AppContext, manager: Actor, sessions) -> DeliveryForm:
    with sessions.begin() as session:
        delivery_id = entities.create(
            session,
            manager,
            "delivery",
            {
                "label": "Newsletter",
                "subject": "News for {{ recipient.first_name }}",
                "html": HTML,
                "text": "Hi {{ recipient.first_name }}",
            },
        ).id
    widget = DeliveryForm(context, delivery_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def find_recipient(qtbot, form: DeliveryForm, text: str) -> None:
    qtbot.keyClicks(form.preview.search, text)
    qtbot.mouseClick(form.preview.find_button, Qt.MouseButton.LeftButton)


def test_the_preview_renders_a_recipients_first_name(
    qtbot, form: DeliveryForm, recipients: dict[str, int]
) -> None:
    find_recipient(qtbot, form, "ADA@example")  # addresses are found case-insensitively

    assert form.preview.recipient_id() == recipients["Ada"]
    assert form.preview.error() == ""
    assert form.preview.subject_label.text() == "Subject: News for Ada"
    assert "Hello Ada" in form.preview.browser.toPlainText()
    assert "Your tier: gold" in form.preview.browser.toPlainText()
    assert form.preview.text_view.toPlainText() == "Hi Ada"


def test_the_preview_shows_unsaved_content_and_never_saves_it(
    qtbot, form: DeliveryForm, recipients: dict[str, int], sessions
) -> None:
    find_recipient(qtbot, form, str(recipients["Ada"]))  # by id
    html = form.editors["html"].text
    html.selectAll()
    qtbot.keyClicks(html, "<p>Dear {{ recipient.last_name }}</p>")
    with qtbot.waitSignal(form.preview.rendered):  # re-rendered a moment after typing
        pass
    assert "Dear Lovelace" in form.preview.browser.toPlainText()
    with sessions() as session:
        assert session.get(Delivery, form.entity_id).html == HTML


def test_a_template_syntax_error_is_shown_with_its_line(
    qtbot, form: DeliveryForm, recipients: dict[str, int]
) -> None:
    html = form.editors["html"]
    html.set_value("<p>fine</p>\n<p>{{ recipient.first_name }</p>\n<p>also fine</p>")
    find_recipient(qtbot, form, "ada")

    error = form.preview.error()
    assert "template syntax error in HTML content, line 2" in error
    assert form.preview.browser.toPlainText() == ""  # no half-rendered message
    assert "line 2" in form.field_error("html")
    assert html.text.textCursor().blockNumber() == 1  # the cursor is on the bad line


def test_a_recipient_whose_message_cannot_render_is_named(
    qtbot, form: DeliveryForm, recipients: dict[str, int]
) -> None:
    find_recipient(qtbot, form, "alan")  # Alan has no "tier"
    assert "cannot be rendered" in form.preview.error()
    assert "tier" in form.preview.error()


def test_an_unknown_recipient_is_reported(qtbot, form: DeliveryForm, recipients) -> None:
    find_recipient(qtbot, form, "nobody@")
    assert "No recipient matches" in form.preview.error()


def test_the_audience_is_a_filter_or_a_list(
    qtbot, form: DeliveryForm, sessions, manager: Actor
) -> None:
    builder = form.editors["audience_filter"].builder
    builder.set_condition({"field": "country", "op": "=", "value": "FR"})
    assert form.save()
    with sessions() as session:
        assert session.get(Delivery, form.entity_id).audience_filter == {
            "field": "country",
            "op": "=",
            "value": "FR",
        }

    audience_list = form.editors["audience_list_id"]
    assert audience_list.is_read_only()  # the list waits until "a list" is chosen
    form.by_list.click()
    assert form.editors["audience_filter"].is_read_only()
    with sessions.begin() as session:  # a list made in another tab meanwhile
        list_id = entities.create(session, manager, "recipient_list", {"label": "VIP"}).id
    audience_list.combo.showPopup()  # offers the lists as they are now
    audience_list.combo.hidePopup()
    audience_list.combo.setCurrentIndex(audience_list.combo.findData(list_id))
    assert form.save()
    with sessions() as session:
        delivery = session.get(Delivery, form.entity_id)
        assert (delivery.audience_list_id, delivery.audience_filter) == (list_id, None)
    assert form.by_list.isChecked()  # reloaded as a list audience


def proof_list(sessions, label: str, members: int, *, proof: bool = True) -> int:
    """A list flagged as a proof target (or not), with `members` recipients."""
    with sessions.begin() as session:
        people = [
            Recipient(email=f"{label[0]}{n}@example.com", email_key=f"{label[0]}{n}@example.com")
            for n in range(members)
        ]
        seeds = RecipientList(label=label, is_proof_target=proof)
        session.add_all([*people, seeds])
        session.flush()
        session.execute(
            insert(list_member), [{"list_id": seeds.id, "recipient_id": p.id} for p in people]
        )
        return seeds.id


def stored_proof_target(sessions, delivery_id: int) -> tuple[int | None, list[str]]:
    with sessions() as session:
        delivery = session.get(Delivery, delivery_id)
        return delivery.proof_list_id, delivery.proof_addresses


def test_proof_addresses_are_typed_in_the_audience_tab(qtbot, form: DeliveryForm, sessions) -> None:
    addresses = form.editors["proof_addresses"]
    form.reveal("proof_addresses")
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Audience"
    assert form.proof_target.by_addresses.isChecked()
    qtbot.keyClicks(addresses.text, "ada@example.com, nope")
    assert not form.save()
    assert "'nope' is not a valid e-mail address" in form.rows["proof_addresses"].error.text()
    addresses.text.clear()
    qtbot.keyClicks(addresses.text, "ada@example.com")
    qtbot.keyClick(addresses.text, Qt.Key.Key_Return)  # one per line
    qtbot.keyClicks(addresses.text, "Alan@Example.com")
    assert form.proof_target.summary.text() == "A proof goes to 2 address(es)."
    assert form.save(), form.message()
    assert stored_proof_target(sessions, form.entity_id) == (
        None,
        ["ada@example.com", "Alan@Example.com"],
    )
    assert addresses.value() == ["ada@example.com", "Alan@Example.com"]


def test_the_proof_target_is_a_list_or_addresses_never_both(
    qtbot, form: DeliveryForm, sessions, manager: Actor
) -> None:
    team = proof_list(sessions, "Proof team", 3)
    proof_list(sessions, "Newsletter readers", 2, proof=False)  # not a proof target
    qtbot.keyClicks(form.editors["proof_addresses"].text, "ada@example.com")
    assert form.save()
    chosen = form.editors["proof_list_id"]
    assert not chosen.isEnabled()  # the list waits until "a proof list" is chosen

    form.proof_target.by_list.click()
    assert chosen.isEnabled() and not form.editors["proof_addresses"].isEnabled()
    chosen.combo.showPopup()  # offers the proof lists as they are now
    chosen.combo.hidePopup()
    titles = [chosen.combo.itemText(i) for i in range(chosen.combo.count())]
    assert titles == ["(none)", "Proof team"]
    chosen.combo.setCurrentIndex(chosen.combo.findData(team))
    assert form.proof_target.summary.text() == "A proof goes to the 3 member(s) of the list."
    assert form.is_dirty()
    assert form.save(), form.message()
    assert stored_proof_target(sessions, form.entity_id) == (team, [])  # addresses cleared
    assert form.proof_target.by_list.isChecked()  # reloaded as a list target

    form.proof_target.by_addresses.click()
    assert form.save(), form.message()
    assert stored_proof_target(sessions, form.entity_id) == (None, [])


def test_over_100_proof_addresses_are_refused_under_the_field(
    qtbot, form: DeliveryForm, sessions
) -> None:
    addresses = form.editors["proof_addresses"]
    addresses.text.setPlainText("\n".join(f"p{n}@example.com" for n in range(101)))
    assert "101 address(es)" in form.proof_target.summary.text()  # said before Save

    assert not form.save()

    assert "at most 100 addresses; 101 were given" in form.field_error("proof_addresses")
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Audience"
    assert stored_proof_target(sessions, form.entity_id) == (None, [])
    assert len(addresses.value()) == 101  # nothing the user typed is lost


def test_a_direct_mail_delivery_has_no_proof_target(qtbot, form: DeliveryForm) -> None:
    channel = form.editors["channel"]
    channel.combo.setCurrentIndex(channel.combo.findData("direct_mail"))
    assert not form.proof_target.by_list.isEnabled()
    assert form.editors["proof_addresses"].is_read_only()
    assert "Only an e-mail delivery" in form.proof_target.summary.text()


def test_a_contact_date_and_validity_are_saved(qtbot, form: DeliveryForm, sessions) -> None:
    contact = form.editors["contact_date"]
    contact.has_value.click()
    qtbot.keyClicks(form.editors["validity_seconds"].line, "86400")
    assert form.save(), form.message()
    with sessions() as session:
        delivery = session.get(Delivery, form.entity_id)
        assert delivery.validity_seconds == 86400
        assert delivery.contact_date is not None
    form.load()
    assert not form.is_dirty()  # a stored date-time reads back as it was saved


def test_a_new_delivery_opens_in_the_delivery_form(qtbot, context: AppContext) -> None:
    import desktop.views.dashboard.delivery_dashboard  # noqa: F401  (registers "delivery")

    factory = opener_for("delivery")
    assert factory is not None
    widget = factory(context, None, None)
    qtbot.addWidget(widget)
    assert isinstance(widget, DeliveryForm)
    assert widget.tabs.count() == 5


def set_status(sessions, delivery_id: int, status: DeliveryStatus) -> None:
    with sessions.begin() as session:
        session.get(Delivery, delivery_id).status = status


def test_a_delivery_being_sent_is_shown_read_only(
    qtbot, context: AppContext, form: DeliveryForm, sessions
) -> None:
    set_status(sessions, form.entity_id, DeliveryStatus.IN_PROGRESS)
    form.load()
    assert "in progress" in form.message()
    assert not form.save_button.isEnabled()
    assert form.editors["subject"].is_read_only()
    assert form.editors["audience_filter"].builder.root.add_row_button.isEnabled() is False


def test_editing_a_prepared_delivery_warns_then_sends_it_back_to_being_edited(
    qtbot, form: DeliveryForm, sessions
) -> None:
    set_status(sessions, form.entity_id, DeliveryStatus.PENDING_CONFIRMATION)
    form.load()
    assert "prepared again" in form.message()
    qtbot.keyClicks(form.editors["subject"].line, "!")
    assert form.save()
    with sessions() as session:
        assert session.get(Delivery, form.entity_id).status is DeliveryStatus.BEING_EDITED
    assert form.editors["status"].value() == DeliveryStatus.BEING_EDITED.value


def test_the_delivery_form_uses_the_entity_forms_translations(
    qtbot, context: AppContext, tmp_path
) -> None:
    # Strings written in EntityForm are filed under "EntityForm" by lupdate; the delivery
    # form (a subclass) must still find them (PySide's tr() tries the base classes).
    ts = tmp_path / "fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>EntityForm</name><message><source>Save</source>"
        "<translation>Enregistrer</translation></message></context>"
        "<context><name>DeliveryForm</name><message><source>Content</source>"
        "<translation>Contenu</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "fr.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        widget = DeliveryForm(context, None)
        qtbot.addWidget(widget)
        assert widget.save_button.text() == "Enregistrer"
        assert widget.tabs.tabText(2) == "Contenu"
    finally:
        QCoreApplication.removeTranslator(translator)
