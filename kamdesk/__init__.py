"""kamdesk: the desk of a key account manager."""

__version__ = "0.1.0"
