"""The Calendar section: day, week, month and timeline views of the bookings."""

from partage.ui.calendar.view import CalendarView

__all__ = ["CalendarView"]
