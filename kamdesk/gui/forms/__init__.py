"""Python compiled from ui/*.ui by pyside6-uic; committed, checked fresh by a test."""
