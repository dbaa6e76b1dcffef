"""The shared GUI kit: list pages, lazy table models, editors, field errors and dialogs that several areas use."""
