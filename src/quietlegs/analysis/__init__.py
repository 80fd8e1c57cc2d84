"""Analysis: the per-night outcomes table, effect estimates and summaries. No Qt, no SQL."""
