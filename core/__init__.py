"""Datelines core: reading articles, finding dated events, storing them. No Qt here."""
