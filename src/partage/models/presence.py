"""Live sharing: who has the database open, and the counter that every write moves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import Mapped, mapped_column

from partage.models.base import Base, StoredInteger, StoredString, UTCDateTime


class Presence(Base):
    """One open window on the database, kept alive by its heartbeat.

    ``heartbeat`` is a counter its window moves every few seconds. Others decide that a
    window is gone when the counter stops moving across several of their own looks at
    it, never by comparing clocks: the computers sharing a file rarely agree on the time.
    ``opened_at`` is only shown ("since 14:02"), never compared.
    """

    __tablename__ = "presence"

    session_id: Mapped[str] = mapped_column(StoredString(32), primary_key=True)
    os_user: Mapped[str] = mapped_column(StoredString(100))
    display_name: Mapped[str] = mapped_column(StoredString(200))
    machine: Mapped[str] = mapped_column(StoredString(200))
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    heartbeat: Mapped[int] = mapped_column(StoredInteger, default=0)


class DataRevision(Base):
    """The database's change counter: a single row, moved by every write transaction.

    A window compares it with the value it saw last to learn, cheaply, that someone
    else changed something.
    """

    __tablename__ = "data_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
