"""Evaluation stage: extraction, theme and search quality measured against the gold, and the ratchet."""
