"""The dialog that adds or edits a member."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from partage.changes import Change
from partage.i18n import format_date, format_weight
from partage.services.members import (
    MemberInput,
    MemberRecord,
    add_member,
    get_member,
    update_member,
)
from partage.services.money import parse_weight
from partage.services.workspace import Database, organisation_settings
from partage.ui import labels
from partage.ui.changes import ChangeBus
from partage.ui.conflict_dialog import FieldVersions, plain_label
from partage.ui.record_dialog import RecordDialog, parse_field
from partage.ui.widgets import FormFeedback, OptionalDateEdit, text_box_height


class MemberDialog(RecordDialog):
    """Every field of a member; Add (or Save) calls the members service."""

    kind = Change.MEMBER
    audit_entity = "member"

    def __init__(self, db: Database, bus: ChangeBus, record: MemberRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, bus, record, parent)
        self.setWindowTitle(
            self.tr("New member") if record is None
            else self.tr("Member — {name}").format(name=record.name)
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.kind_combo = QComboBox(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.phone_edit = QLineEdit(self)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(text_box_height(self.address_edit, 3))
        self.language_combo = QComboBox(self)
        self.weight_edit = QLineEdit(self)
        self.weight_edit.setToolTip(
            self.tr("How much this member counts when costs are split by ownership shares.")
        )
        self.weight_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.joined_edit = OptionalDateEdit(self.tr("Joined"), self)
        self.left_edit = OptionalDateEdit(self.tr("Left"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(text_box_height(self.notes_edit, 4))

        form = QFormLayout()
        feedback = FormFeedback(form, self.banner)
        feedback.add_field("name", self.name_edit, self.tr("&Name:"))
        feedback.add_field("kind", self.kind_combo, self.tr("&Kind:"))
        feedback.add_field("email", self.email_edit, self.tr("E-&mail:"))
        feedback.add_field("phone", self.phone_edit, self.tr("&Phone:"))
        feedback.add_field("address", self.address_edit, self.tr("Add&ress:"))
        feedback.add_field("language", self.language_combo, self.tr("&Language:"))
        feedback.add_field("weight", self.weight_edit, self.tr("Share &weight:"))
        feedback.add_field("joined", self.joined_edit, self.tr("&Joined:"))
        feedback.add_field("left", self.left_edit, self.tr("Le&ft:"))
        feedback.add_field("notes", self.notes_edit, self.tr("N&otes:"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.init_feedback(feedback))

        if record is None:
            language = organisation_settings(db).language
            record_input = MemberInput(name="", language=language)
        else:
            record_input = record.as_input()
        self._show(record_input)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.name_edit.setFocus()

    def _show(self, data: MemberInput) -> None:
        self.name_edit.setText(data.name)
        labels.fill_combo(self.kind_combo, labels.MEMBER_KINDS, data.kind)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.address_edit.setPlainText(data.address)
        labels.fill_combo(self.language_combo, labels.LANGUAGES, data.language)
        self.weight_edit.setText(format_weight(data.weight_milli))
        self.joined_edit.set_date(data.joined)
        self.left_edit.set_date(data.left)
        self.notes_edit.setPlainText(data.notes)

    def member_input(self) -> MemberInput:
        """What the form says, parsed (``ValidationError`` for a bad weight)."""
        return MemberInput(
            name=self.name_edit.text(),
            kind=labels.combo_code(self.kind_combo),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.toPlainText(),
            language=labels.combo_code(self.language_combo),
            weight_milli=parse_field("weight", parse_weight, self.weight_edit.text()),
            joined=self.joined_edit.date(),
            left=self.left_edit.date(),
            notes=self.notes_edit.toPlainText(),
        )

    def prepare_save(self) -> Callable[[], MemberRecord]:
        data, db, record = self.member_input(), self.db, self.record
        if record is None:
            return lambda: add_member(db, data)
        return lambda: update_member(db, record.id, data, expected_version=record.version)

    # --- conflicts ---------------------------------------------------------------------

    def current_version(self) -> MemberRecord | None:
        if self.record is None:
            return None
        return get_member(self.db, self.record.id)

    def form_data(self) -> MemberInput:
        return self.member_input()

    def compare(self, theirs: MemberRecord, mine: MemberInput) -> list[FieldVersions]:
        saved = theirs.as_input()
        rows = [
            (self.tr("&Name:"), saved.name, mine.name),
            (self.tr("&Kind:"), labels.label(labels.MEMBER_KINDS, saved.kind),
             labels.label(labels.MEMBER_KINDS, mine.kind)),
            (self.tr("E-&mail:"), saved.email, mine.email),
            (self.tr("&Phone:"), saved.phone, mine.phone),
            (self.tr("Add&ress:"), saved.address, mine.address),
            (self.tr("&Language:"), labels.label(labels.LANGUAGES, saved.language),
             labels.label(labels.LANGUAGES, mine.language)),
            (self.tr("Share &weight:"), format_weight(saved.weight_milli),
             format_weight(mine.weight_milli)),
            (self.tr("&Joined:"), format_date(saved.joined), format_date(mine.joined)),
            (self.tr("Le&ft:"), format_date(saved.left), format_date(mine.left)),
            (self.tr("N&otes:"), saved.notes, mine.notes),
        ]
        return [FieldVersions(plain_label(label), theirs_text, mine_text)
                for label, theirs_text, mine_text in rows]

    def show_version(self, record: MemberRecord) -> None:
        self._show(record.as_input())

    def subject(self) -> str:
        name = self.record.name if self.record is not None else ""
        return self.tr("the member “{name}”").format(name=name)
