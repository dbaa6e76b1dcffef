"""The calendar of calls and visits: week view, agenda, activity dialogs and week planning."""
