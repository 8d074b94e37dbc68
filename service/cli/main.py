"""The `throughline` command: serve, demo, import, export, keys."""

from __future__ import annotations

import typer

from service.cli import demo, evaluate, export, feedback_import, ideas, keys, okrs, serve

app = typer.Typer(
    name="throughline",
    help="Customer feedback in; deduplicated ideas, true demand and OKRs out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("serve")(serve.serve)
app.command("demo")(demo.demo)
app.command("import")(feedback_import.import_file)
app.command("cluster")(ideas.cluster)
app.command("eval")(evaluate.evaluate)
app.command("report")(ideas.report)
app.command("lint")(okrs.lint)
app.add_typer(export.app, name="export")
app.add_typer(keys.app, name="keys")

if __name__ == "__main__":
    app()
