"""What the feature packages add to the application, kept on the application itself.

Each package's ``init_app(app)`` fills ``app.extensions["msc"]`` (a `Features`): menu entries,
story-page links and panels, readiness checks, review-text providers, audit labels, default and demo
steps, after-import hooks and signal receivers. Nothing here is filled by importing a module, so two
applications built one after the other hold the same registrations, once each.
"""
from collections.abc import Callable
from dataclasses import dataclass, field

import click
from flask import Flask, current_app

KEY = "msc"


@dataclass
class NavItem:
    """An entry of the main menu, shown to the users for whom ``allowed(user)`` is true."""

    endpoint: str
    label: object
    allowed: Callable  # user -> bool
    prefix: str = ""
    order: int = 100  # menu position, lowest first


@dataclass
class Features:
    """The registrations of one application."""

    nav: list[NavItem] = field(default_factory=list)
    story_links: list[Callable] = field(default_factory=list)  # (story, user) -> list of {url, label}
    story_panels: list[Callable] = field(default_factory=list)  # (story, user) -> list of Markup
    readiness_checks: list[Callable] = field(default_factory=list)  # (story, use) -> bool
    # The same checks for many stories at once, registered with them: (SELECT of story ids, use) -> set of ids
    batch_readiness_checks: list[Callable] = field(default_factory=list)
    review_text_providers: list[Callable] = field(default_factory=list)  # (story) -> str | None
    # (SELECT of story ids) -> the ids whose approved pseudonymised fields may go to readers outside the unit now
    released_checks: list[Callable] = field(default_factory=list)
    action_labels: dict[str, object] = field(default_factory=dict)  # audit action -> label
    default_hooks: list[Callable] = field(default_factory=list)  # (programme) -> None
    demo_hooks: list[Callable] = field(default_factory=list)  # (programme, users) -> None, by demo order
    after_import: list[Callable] = field(default_factory=list)  # (story_ids) -> None
    # stories-list filter name -> (values) -> select of story ids (e.g. "theme": carries every theme)
    story_filters: dict[str, Callable] = field(default_factory=dict)
    # (story, user) -> bool: the user is coding the story's themes blind (a second coder), so they are hidden
    blind_coding: list[Callable] = field(default_factory=list)
    receivers: dict[str, list[Callable]] = field(default_factory=dict)  # signal name -> receivers
    home_todos: list[Callable] = field(default_factory=list)  # (user) -> list of to-dos (role, label, count, url)
    _demo_order: dict[Callable, int] = field(default_factory=dict, repr=False)

    def add_nav(self, item: NavItem) -> None:
        self.nav.append(item)
        self.nav.sort(key=lambda i: i.order)  # stable: equal orders keep registration order

    def add_demo_hook(self, hook: Callable, *, order: int) -> None:
        """Demo steps run by ascending ``order``: a step may use what the lower ones made."""
        self._demo_order[hook] = order
        self.demo_hooks.append(hook)
        self.demo_hooks.sort(key=self._demo_order.__getitem__)

    def add_action_labels(self, labels: dict) -> None:
        for action, label in labels.items():
            self.action_labels.setdefault(action, label)

    def connect(self, signal, receiver: Callable) -> None:
        """Call ``receiver(sender, **kw)`` when ``signal`` is sent while this application is current."""
        self.receivers.setdefault(signal.name, []).append(receiver)
        signal.connect(_relay_for(signal), weak=False)  # one relay per signal: blinker keys receivers by id


def init_app(app: Flask) -> Features:
    registry = app.extensions[KEY] = Features()
    return registry


def features(app: Flask | None = None) -> Features:
    """The registrations of ``app``, or of the current application."""
    return (app or current_app).extensions[KEY]


def cli_group(app: Flask, name: str, help: str) -> click.Group:
    """The application's command group ``name``, created on first use (packages add commands to it)."""
    group = app.cli.commands.get(name)
    if group is None:
        group = click.Group(name, help=help)
        app.cli.add_command(group)
    return group


_relays: dict[str, Callable] = {}


def _relay_for(signal) -> Callable:
    """The one process-wide receiver of ``signal``: it calls the current application's receivers."""
    relay = _relays.get(signal.name)
    if relay is None:
        name = signal.name

        def relay(sender, **kw):
            for receiver in features().receivers.get(name, ()):
                receiver(sender, **kw)

        relay.__name__ = relay.__qualname__ = f"relay_{name.replace('-', '_')}"
        _relays[name] = relay
    return relay
