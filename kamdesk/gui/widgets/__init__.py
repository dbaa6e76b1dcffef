"""The shared widgets of the GUI kit: list pages, lazy table models and the fields pages reuse."""
