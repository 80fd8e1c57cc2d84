"""Reusable pieces of the windows: forms, chip groups, field messages."""
