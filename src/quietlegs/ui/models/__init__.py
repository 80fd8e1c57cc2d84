"""Qt item models over journal records."""
