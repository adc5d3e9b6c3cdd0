"""The one base class for a rule of msc refusing a request."""


class RuleError(ValueError):
    """A rule refused the request: nothing was changed; ``str(error)`` is the message shown to the user.

    Every package's rule violations subclass it (``StoryError``, ``SelectionError``,
    …), so that views and the CLI turn any of them into a message the same way
    (``msc.view_helpers.run``) and never into a 500.
    """
