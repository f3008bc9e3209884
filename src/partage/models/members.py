"""Members of the group: people, households and organisations."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean
from sqlalchemy.orm import Mapped, mapped_column

from partage.models.base import (
    Base,
    StoredDate,
    StoredInteger,
    StoredString,
    StoredText,
    UTCDateTime,
    utc_now,
)


class MemberKind(enum.StrEnum):
    """What kind of member this is."""

    PERSON = "person"
    HOUSEHOLD = "household"
    ORGANISATION = "organisation"


class Member(Base):
    """A member who books assets and shares the costs.

    ``weight_milli`` is the member's share weight in thousandths (1.0 is 1000), so weights
    stay exact integers like money does.
    """

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(StoredString(200))
    name_key: Mapped[str] = mapped_column(StoredString(200), unique=True)
    kind: Mapped[str] = mapped_column(StoredString(20), default=MemberKind.PERSON.value)
    email: Mapped[str] = mapped_column(StoredString(320), default="")
    phone: Mapped[str] = mapped_column(StoredString(50), default="")
    address: Mapped[str] = mapped_column(StoredText, default="")
    language: Mapped[str] = mapped_column(StoredString(2), default="fr")
    weight_milli: Mapped[int] = mapped_column(StoredInteger, default=1000)
    joined: Mapped[dt.date | None] = mapped_column(StoredDate)
    left: Mapped[dt.date | None] = mapped_column(StoredDate)
    notes: Mapped[str] = mapped_column(StoredText, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(StoredInteger, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)

    __mapper_args__ = {"version_id_col": version}
