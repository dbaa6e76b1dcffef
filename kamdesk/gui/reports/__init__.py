"""The reports area: any report of the registry shown, saved as PDF or Excel, and printed."""
