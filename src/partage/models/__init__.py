"""SQLAlchemy ORM models, one module per aggregate. Knows nothing of Qt."""

from partage.models.assets import Asset, AssetKind, AssetOwner, AssetStatus, MeterUnit
from partage.models.audit import AuditEntry
from partage.models.base import Base, StoredValueError, name_checked_columns, name_key, utc_now
from partage.models.bookings import (
    LIVE_STATUSES,
    Booking,
    BookingKind,
    BookingSeries,
    BookingStatus,
)
from partage.models.costs import (
    Cost,
    CostCategory,
    InsurancePolicy,
    MaintenancePlan,
    MaintenanceRecord,
    Payment,
)
from partage.models.invoices import Invoice, InvoiceCounter, InvoiceKind, InvoiceLine
from partage.models.ledger import EntryKind, LedgerEntry
from partage.models.members import Member, MemberKind
from partage.models.presence import DataRevision, Presence
from partage.models.settings import Setting

name_checked_columns(Base.metadata)

__all__ = [
    "LIVE_STATUSES",
    "Booking",
    "BookingKind",
    "BookingSeries",
    "BookingStatus",
    "Cost",
    "EntryKind",
    "LedgerEntry",
    "CostCategory",
    "DataRevision",
    "InsurancePolicy",
    "MaintenancePlan",
    "MaintenanceRecord",
    "Payment",
    "Asset",
    "AssetKind",
    "AssetOwner",
    "AssetStatus",
    "AuditEntry",
    "Base",
    "Invoice",
    "InvoiceCounter",
    "InvoiceKind",
    "InvoiceLine",
    "Member",
    "MemberKind",
    "MeterUnit",
    "Presence",
    "Setting",
    "StoredValueError",
    "name_key",
    "utc_now",
]
