"""The "Who is here" panel: the others who have the database open, and since when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from partage.services.sharing import Person
from partage.services.workspace import Actor
from partage.ui.tables import RecordFilterProxy, RecordTableModel, RecordTableView, remember_columns


def format_moment(moment: dt.datetime, today: dt.date | None = None) -> str:
    """*moment* in this computer's time: ``14:32`` today, ``2026-11-20 09:15`` before."""
    local = moment.astimezone()
    if local.date() == (today or dt.date.today()):
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class PeopleModel(RecordTableModel):
    """One row per other window: name, login, computer, since when."""

    NAME, USER, MACHINE, SINCE = range(4)

    def column_titles(self) -> Sequence[str]:
        return [self.tr("Name"), self.tr("User"), self.tr("Computer"), self.tr("Since")]

    def display(self, record: Any, column: int) -> str:
        person: Person = record
        if column == self.NAME:
            return person.display_name
        if column == self.USER:
            return person.os_user
        if column == self.MACHINE:
            return person.machine
        return format_moment(person.opened_at)

    def sort_value(self, record: Any, column: int) -> object:
        person: Person = record
        if column == self.SINCE:
            return person.opened_at.timestamp()
        return self.display(person, column).casefold()

    def search_text(self, record: Any) -> str:
        person: Person = record
        return f"{person.display_name} {person.os_user} {person.machine}"

    def is_hidden(self, record: Any) -> bool:
        return False

    def tooltip(self, record: Any, column: int) -> str | None:
        if column == self.SINCE:
            person: Person = record
            return person.opened_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return None


class PresencePanel(QDockWidget):
    """A dock listing who else has the database open; it follows ``show_people``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who is here"), parent)
        self.setObjectName("PresencePanel")
        self.model = PeopleModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTableView(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(PeopleModel.SINCE, Qt.SortOrder.AscendingOrder)
        remember_columns(self.table, "presence")
        self.table.setAccessibleName(self.tr("People who have the database open"))
        self.table.set_placeholder(lambda: self.tr("Nobody else has this database open."))
        self.you_label = QLabel(self)
        self.you_label.setWordWrap(True)
        self.you_label.setEnabled(False)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.you_label)
        self.setWidget(body)
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )

    def show_people(self, people: Sequence[Person]) -> None:
        """List *people* (the others), keeping the columns fitted.

        Called after every look: the table is only reset when the list changed, so a
        selected row stays selected.
        """
        if list(people) == self.model.records():
            return
        before = {p.session_id for p in self.model.records()}
        self.model.set_records(people)
        if {p.session_id for p in people} != before:
            self.table.fit_columns(max_width_chars=50)

    def show_you(self, actor: Actor | None, announced: bool) -> None:
        """Say how this window appears to the others (or that it does not)."""
        if actor is None:
            self.you_label.clear()
        elif announced:
            self.you_label.setText(
                self.tr("Others see you as {name} ({user}, {machine}).").format(
                    name=actor.display_name, user=actor.os_user, machine=actor.machine
                )
            )
        else:
            self.you_label.setText(
                self.tr("This window is read-only: others do not see you here.")
            )

    def wanted_height(self) -> int:
        """Room for a handful of people and the line under them."""
        line = self.fontMetrics().height()
        return line * 12

    def names(self) -> list[str]:
        """The names listed, in the order shown."""
        return [str(self.proxy.index(row, PeopleModel.NAME).data())
                for row in range(self.proxy.rowCount())]
