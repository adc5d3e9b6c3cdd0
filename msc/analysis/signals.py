"""Signals of the analysis: other packages (rounds) react to approvals without analysis importing them."""
from blinker import Namespace

signals = Namespace()
# Sent after the approval of a story's pseudonymised fields is flushed (sender: the story).
approval_given = signals.signal("approval-given")
# Sent after an approval is voided because a field or a mask decision changed (sender: the story).
approval_voided = signals.signal("approval-voided")
