"""The party area of the GUI: client list, client card, import and export."""
