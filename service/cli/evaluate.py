"""`throughline eval`: score clustering and duplicate decisions against a labelled file."""

from __future__ import annotations

import json
import platform
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from service.cli.common import console, domain_errors
from service.context import build_context
from service.core.settings import Settings, get_settings
from service.feedback.evaluation import (
    evaluate_batch,
    evaluate_peers,
    evaluate_stream,
    read_labelled,
)
from triage.embedder import Embedder, Remembering, default_embedder
from triage.reduce import learn_reduction, reduce_texts

COLUMNS = (
    "method",
    "nmi",
    "ari",
    "v_measure",
    "capture",
    "purity",
    "ideas",
    "singleton_share",
    "auto_merge_precision",
    "in_scope_precision",
    "exact_precision",
    "exact_matches",
    "every_merge_precision",
    "coverage",
    "unseen_new",
    "oos_new",
    "seconds",
)


class Mode(StrEnum):
    batch = "batch"
    stream = "stream"


def evaluate(
    file: Annotated[Path, typer.Argument(help="CSV with a text and a label column.")],
    text_col: Annotated[str, typer.Option(help="Column with the text.")] = "text",
    label_col: Annotated[str, typer.Option(help="Column with the true label.")] = "label",
    mode: Annotated[Mode, typer.Option(help="batch clustering, or stream (one by one).")] = (
        Mode.batch
    ),
    peers: Annotated[
        bool,
        typer.Option(help="Also run KMeans told k, HDBSCAN, community_detection and BERTopic."),
    ] = False,
    oos_label: Annotated[
        str | None,
        typer.Option(
            help="Label of out-of-scope items: left out of capture and purity, and in "
            "stream mode scored as requests apart."
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Clustering seed.")] = 0,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score ideas and themes against labels the algorithm never sees: NMI, ARI, V-measure,
    demand capture (each group's share in its largest idea), purity (each idea's share of its
    main group), ideas, singleton share and wall time (after embedding); in stream mode also
    auto-merge precision, the exact matches' precision (texts whose asks came out the same) and
    coverage. Texts are reduced to their asks first, as on import."""
    with domain_errors():
        texts, labels = read_labelled(file, text_col, label_col)
    settings = get_settings()
    embedder = default_embedder(settings.embedding_runtime, settings.model_cache_dir)
    embed = Remembering(embedder)  # lines embedded to read asks are often the asks themselves
    asks = reduce_texts(texts, learn_reduction(texts, embed), embed)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, disable=json_output) as bar:
        task = bar.add_task("embedding", total=len(texts))
        vectors = []
        for i in range(0, len(texts), 512):
            vectors.append(embed(asks[i : i + 512]))
            bar.advance(task, len(vectors[-1]))
        x = np.vstack(vectors)
        rows = evaluate_batch(x, labels, seed, oos_label, asks)
        if mode == Mode.stream:
            stream = bar.add_task("stream decisions", total=len(texts))
            rows.append(
                _stream(texts, labels, embedder, lambda n: bar.advance(stream, n), oos_label)
            )
    if peers:
        rows += evaluate_peers(asks, x, labels, oos_label)
    report = {
        "file": str(file),
        "items": len(texts),
        "labels": len(set(labels)),
        "machine": f"{platform.machine()} {platform.node()}",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "results": rows,
    }
    if json_output:
        typer.echo(json.dumps(report))
        return
    table = Table(title=f"{file.name}: {len(texts)} items, {len(set(labels))} labels")
    shown = [c for c in COLUMNS if any(c in row for row in rows)]  # batch mode: no stream ones
    for column in shown:
        table.add_column(column, justify="left" if column == "method" else "right")
    for row in rows:
        table.add_row(*(str(row.get(column, "")) for column in shown))
    console.print(table)


def _stream(
    texts: list[str],
    labels: list[str],
    embedder: Embedder,
    progress: Callable[[int], None],
    out_of_scope: str | None,
) -> dict[str, Any]:
    """Stream decisions in a throw-away SQLite workspace built like the real app's."""
    with tempfile.TemporaryDirectory(prefix="throughline-eval-") as folder:
        context = build_context(Settings(data_dir=Path(folder)), embedder)
        try:
            return evaluate_stream(
                context.ingestor, context.factory, texts, labels, progress, out_of_scope
            )
        finally:
            context.close()
