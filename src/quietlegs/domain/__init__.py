"""Plain dataclasses and rules: nights, metrics, pairing, vocabularies, validation.

Nothing here imports a framework or reads the clock; callers pass dates and clocks in.
"""
