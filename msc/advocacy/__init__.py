"""Advocacy notes: generated Word notes, their records, and the organisation's logo and reference document."""
