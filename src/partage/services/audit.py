"""Recording who wrote what: one audit row per write, in the same transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from partage.models import AuditEntry
from partage.storage import Actor


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
) -> None:
    """Add an audit row for a write made in *session* (committed with it)."""
    session.add(
        AuditEntry(
            os_user=actor.os_user,
            display_name=actor.display_name,
            machine=actor.machine,
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary[:2000],
        )
    )
