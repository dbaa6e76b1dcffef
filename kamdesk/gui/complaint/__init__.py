"""The complaint area: the complaints list, the complaint dialog, the client card's Complaints tab, its commands."""
