"""The shared GUI kit: editors, field errors and dialogs that several areas use."""
