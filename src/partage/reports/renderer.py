"""The reportlab drawing of the money documents, installed into ``partage.rendering``.

Importing this module is cheap: the statement layout and reportlab are imported the
first time something is drawn.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING

from partage import rendering

if TYPE_CHECKING:
    from partage.services.document_settings import DocumentSettings
    from partage.services.statements import CreditNote, Statement


class ReportRenderer:
    """``rendering.DocumentRenderer`` drawn by ``reports.statement`` and ``reports.pool``."""

    def statement_pdf(self, statement: Statement, *, number: str = "") -> bytes:
        from partage.reports.statement import statement_pdf

        return statement_pdf(statement, number=number)

    def statement_pdfs(
        self, jobs: Sequence[tuple[Statement, str]], *, workers: int | None = None
    ) -> Generator[bytes, None, None]:
        from partage.reports.pool import render_statements

        return render_statements(jobs, workers=workers)

    def charge_lines(self, statement: Statement) -> list[tuple[str, str, int, int | None]]:
        from partage.reports.statement import charge_lines

        return charge_lines(statement)

    def credit_note_pdf(self, note: CreditNote, settings: DocumentSettings) -> bytes:
        from partage.reports.statement import credit_note_pdf

        return credit_note_pdf(note, settings)


def install() -> None:
    """Have the services draw their documents with reportlab."""
    rendering.install(ReportRenderer())
