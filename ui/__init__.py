"""Datelines' window: PySide6 widgets wrapping core, never blocking the event loop."""
