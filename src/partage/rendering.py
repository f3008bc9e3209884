"""The port through which the services have money documents drawn.

Issuing an invoice stores its PDF, and voiding one stores the credit note's; the
services decide what a document says (``services.statements``: the plain statement
and credit-note types) but never import the code that draws it (``reports``). The
application and the command line install the drawing at start-up
(``partage.reports.renderer.install``), and the tests do too; a service that needs a
document asks ``renderer()`` for it.

This module imports nothing of Partage at run time, so installing costs nothing before
the window is painted.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from partage.services.document_settings import DocumentSettings
    from partage.services.statements import CreditNote, Statement


class DocumentRenderer(Protocol):
    """What the services need drawn."""

    def statement_pdf(self, statement: Statement, *, number: str = "") -> bytes:
        """*statement* as PDF bytes: a draft, or the invoice *number*."""
        ...

    def statement_pdfs(
        self, jobs: Sequence[tuple[Statement, str]], *, workers: int | None = None
    ) -> Generator[bytes, None, None]:
        """The PDF of each (statement, number) of *jobs*, in order (closable early)."""
        ...

    def charge_lines(self, statement: Statement) -> list[tuple[str, str, int, int | None]]:
        """(description, explanation, cents, asset id) per charge, in the member's
        language: what an issued invoice stores as its lines."""
        ...

    def credit_note_pdf(self, note: CreditNote, settings: DocumentSettings) -> bytes:
        """A credit note as PDF bytes."""
        ...


_installed: DocumentRenderer | None = None


def install(renderer: DocumentRenderer) -> None:
    """Make *renderer* the one the services use."""
    global _installed
    _installed = renderer


def renderer() -> DocumentRenderer:
    """The installed renderer.

    Raises:
        RuntimeError: none was installed (a programming error, not the user's).
    """
    if _installed is None:
        raise RuntimeError(
            "no document renderer installed: call partage.reports.renderer.install() at start-up"
        )
    return _installed
