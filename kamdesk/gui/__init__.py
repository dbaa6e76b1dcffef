"""The Qt GUI of kamdesk: windows, views, dialogs and item models. Qt only lives here."""
