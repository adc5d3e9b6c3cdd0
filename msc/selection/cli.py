"""`msc rounds list` and `msc round show ID`: rounds as JSON, for archives and independent recounts."""
import json

import click
import sqlalchemy as sa
from flask.cli import with_appcontext

from ..extensions import db
from . import queries
from .models import Round


def _print(data, as_json: bool, text: str) -> None:
    click.echo(json.dumps(data, ensure_ascii=False) if as_json else text)


@click.group("rounds")
def rounds_group():
    """Selection rounds."""


@rounds_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_appcontext
def rounds_list(as_json):
    """Every round: id, unit, level, period, method, status."""
    rows = [queries.round_summary(r) for r in db.session.scalars(sa.select(Round).order_by(Round.id))]
    text = "\n".join(f"{r['id']:>5}  {r['unit']:<6} L{r['level']}  {r['period']:<8} {r['method']:<10} {r['status']}"
                     for r in rows)
    _print(rows, as_json, text or "No round.")


@click.group("round")
def round_group():
    """One selection round."""


@round_group.command("show")
@click.argument("round_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (ballots appear once the round is closed).")
@with_appcontext
def round_show(round_id, as_json):
    """The whole round: panel, candidates, ballots, tally, ties, winners, reasons, results hash."""
    round_ = db.session.get(Round, round_id)
    if round_ is None:
        raise click.ClickException(f"No round {round_id}.")
    payload = queries.round_payload(round_)
    _print(payload, as_json, json.dumps(payload, ensure_ascii=False, indent=2))
