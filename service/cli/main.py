"""The `throughline` command: serve, demo, import, export, keys."""

from __future__ import annotations

import typer

from service.cli import alerts as alerts_cli
from service.cli import cycles as cycles_cli
from service.cli import demo, evaluate, export, feedback_import, ideas, keys, okrs, review, serve
from service.cli import metrics as metrics_cli
from service.cli import migrate as migrate_cli
from service.cli import notify as notify_cli
from service.cli import people as people_cli
from service.cli import worker as worker_cli
from service.cli.intake_mail import intake_mail

app = typer.Typer(
    name="throughline",
    help="Customer feedback in; deduplicated ideas, true demand and OKRs out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("serve")(serve.serve)
app.command("intake-mail")(intake_mail)
app.command("worker")(worker_cli.worker)
app.command("migrate")(migrate_cli.migrate_database)
app.command("demo")(demo.demo)
app.command("import")(feedback_import.import_file)
app.command("cluster")(ideas.cluster)
app.command("eval")(evaluate.evaluate)
app.command("report")(ideas.report)
app.command("lint")(okrs.lint)
app.command("draft")(okrs.draft)
app.add_typer(export.app, name="export")
app.add_typer(keys.app, name="keys")
app.add_typer(people_cli.app, name="people")
app.add_typer(review.app, name="review")
app.command("status")(review.status)
app.command("checkin", context_settings=cycles_cli.CHECKIN_SETTINGS)(cycles_cli.checkin)
app.command("score")(cycles_cli.score)
app.command("retro")(cycles_cli.retro)
app.add_typer(cycles_cli.app, name="cycle")
app.add_typer(notify_cli.app, name="notify")
app.add_typer(metrics_cli.app, name="metrics")
app.add_typer(alerts_cli.app, name="alerts")

if __name__ == "__main__":
    app()
