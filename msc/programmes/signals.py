"""Signals of the programme set-up: other packages react to a setting without programmes importing them."""
from blinker import Namespace

signals = Namespace()
# Sent after the programme's pseudonym style changed and was flushed (sender: the programme; kw: old, user).
pseudonym_style_changed = signals.signal("pseudonym-style-changed")
