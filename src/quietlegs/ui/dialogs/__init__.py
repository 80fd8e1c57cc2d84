"""Dialogs for adding and editing journal records."""
