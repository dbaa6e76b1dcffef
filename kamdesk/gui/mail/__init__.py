"""The mail area's windows: the Send dialog, the e-mail account settings, the "E-mail…" action of the
documents and the client card's sent mail (over `kamdesk.core.services.mail`)."""
