"""The Admin area of the GUI: the team server's users (and the pages other parts add for admins and heads)."""
