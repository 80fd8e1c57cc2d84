"""Plain dataclasses and rules: nights, metrics, the night rule, vocabularies, validation.

The night rule (which night an event belongs to, before bed or during it, and how a typed clock
time becomes a date) lives once, in :mod:`quietlegs.domain.night_rule`.

Nothing here imports a framework or reads the clock; callers pass dates and clocks in.
"""
