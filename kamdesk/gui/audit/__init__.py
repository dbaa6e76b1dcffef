"""The audit trail in the window: a view of entries (the client card's History tab, the Admin area's page)."""
