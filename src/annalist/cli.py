"""annalist's command line: one thin command per API call."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from annalist import __version__, api
from annalist.bench.cli import bench_app

app = typer.Typer(
    help="annalist: a sourced record of what happened, from narrative texts about a conflict.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(bench_app, name="bench")
gazetteer_app = typer.Typer(help="The place gazetteer: build it, load a full GeoNames dump.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

err = Console(stderr=True)
out = Console()

DbOption = Annotated[Path, typer.Option("--db", help="SQLite store file.", envvar="ANNALIST_DB")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary (for scripts).")]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy model package (default: en_core_web_sm if installed).")
]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Analysis processes (one model each).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]


@contextmanager
def word_progress(quiet: bool, label: str) -> Iterator[api.Progress | None]:
    """A Rich progress line counting documents and words; nothing when quiet."""
    if quiet:
        yield None
        return
    columns = (
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[words]:,} words"),
    )
    with Progress(*columns, TimeElapsedColumn(), console=err, transient=False) as bar:
        task = bar.add_task(label, total=None, words=0)
        words = 0

        def advance(count: int) -> None:
            nonlocal words
            words += count
            bar.update(task, advance=1, words=words)

        yield advance


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files, folders (recursive) or corpus files (.jsonl/.csv/.parquet).")
    ],
    db: DbOption = Path(api.DEFAULT_DB),
    source: Annotated[str | None, typer.Option(help="Source name for these documents.")] = None,
    affiliation: Annotated[str | None, typer.Option(help="Side/affiliation label of the source.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO) when the input has none.")] = None,
    anchor: Annotated[
        str | None, typer.Option(help="How relative dates are anchored: auto, narrative or news.")
    ] = None,
    max_mb: Annotated[float, typer.Option(help="Largest document accepted, in MB.")] = 20.0,
    model: ModelOption = None,
    workers: WorkersOption = 1,
    engine: Annotated[
        str, typer.Option(help="local (default) or ray (Ray Data actor pool; pip install annalist[ray]).")
    ] = "local",
    work_dir: Annotated[
        Path | None, typer.Option(help="With --engine ray: folder for staged and analysed Parquet partitions.")
    ] = None,
    load: Annotated[bool, typer.Option(help="With --engine ray: load the analysed partitions into the store.")] = True,
    reconcile: Annotated[
        bool, typer.Option(help="Reconcile new documents with the store (merge events, compare sources).")
    ] = True,
    quiet: QuietOption = False,
) -> None:
    """Store and analyse documents. Exit code 0: all ingested; 1: some inputs rejected (the rest stored)."""
    if anchor not in (None, "auto", "narrative", "news"):
        raise typer.BadParameter("--anchor must be auto, narrative or news")
    options = api.IngestOptions(
        source=source, affiliation=affiliation, published=published, anchor_mode=anchor, max_mb=max_mb
    )
    if engine not in ("local", "ray"):
        raise typer.BadParameter("--engine must be local or ray", param_hint="--engine")
    if not load and work_dir is None:
        raise typer.BadParameter("--no-load keeps the Parquet partitions: give --work-dir", param_hint="--work-dir")
    with api.open_store(db) as store, word_progress(quiet, "ingest") as progress:
        if engine == "ray":
            report = api.ingest_with_ray(
                store, paths, options, model=model, workers=workers, work_dir=work_dir, load=load, progress=progress
            )
        else:
            report = api.ingest(
                store, paths, options, model=model, progress=progress, workers=workers, reconcile_after=reconcile
            )
    for rejection in report.rejected:
        err.print(f"[red]rejected[/red] {rejection}", highlight=False, soft_wrap=True)
    for warning in report.warnings:
        err.print(f"[yellow]warning[/yellow] {warning}", highlight=False, soft_wrap=True)
    if not quiet:
        err.print(
            f"{len(report.stored)} stored, {len(report.unchanged)} already in the store (unchanged), "
            f"{len(report.rejected)} rejected — {db}"
        )
    raise typer.Exit(report.exit_code)


@app.command()
def analyse(
    db: DbOption = Path(api.DEFAULT_DB),
    force: Annotated[bool, typer.Option(help="Re-analyse every document, not only stale ones.")] = False,
    model: ModelOption = None,
    workers: WorkersOption = 1,
    quiet: QuietOption = False,
) -> None:
    """Re-run analysis on documents analysed by an older pipeline version."""
    with api.open_store(db) as store, word_progress(quiet, "analyse") as progress:
        count = api.analyse(store, model=model, force=force, progress=progress, workers=workers)
    if not quiet:
        err.print(f"{count} documents analysed")


@app.command()
def events(
    db: DbOption = Path(api.DEFAULT_DB),
    as_json: JsonOption = False,
    event_type: Annotated[str | None, typer.Option("--type", help="Only this PLOVER type.")] = None,
) -> None:
    """List events (--json: one object per line in the stable event schema)."""
    with api.open_store(db) as store:
        if as_json:
            for event in api.events(store, event_type=event_type):
                sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
            return
        table = Table("date", "event", "who → whom", "where", "sources (modality)", show_lines=True)
        for event in api.events(store, event_type=event_type):
            table.add_row(*_event_row(event))
        out.print(table)


def _event_row(event: dict[str, Any]) -> tuple[str, ...]:
    """One compact table row: date range, type, actors → recipients, place, each source with its modality."""
    start, end = str(event["date_start"] or "?"), event["date_end"]
    date = start if not end or end == start else f"{start}…{str(end)[5:] if str(end)[:4] == start[:4] else end}"
    kind = str(event["type"]) + (f"\n{event['acled_sub_event_type']}" if event["acled_sub_event_type"] else "")
    actors = ", ".join(a["name"] for a in event["actors"]) or "?"
    recipients = ", ".join(r["name"] for r in event["recipients"])
    place = event["place"] or {}
    claims = event["claims"]
    sources = sorted({f"{c['source'] or '?'} ({c['modality']})" for c in claims})
    return (
        date,
        kind,
        actors + (f" → {recipients}" if recipients else ""),
        str(place.get("name", "")),
        "\n".join(sources),
    )


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="Export format (see `annalist formats`).")],
    db: DbOption = Path(api.DEFAULT_DB),
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Output file (default: stdout).")] = None,
) -> None:
    """Export the store in a format other tools read."""
    formats = api.export_formats()
    if fmt not in formats:
        raise typer.BadParameter(f"unknown format '{fmt}'; choose one of: {', '.join(formats)}", param_hint="--format")
    with api.open_store(db) as store:
        count = api.export_to_path(store, fmt, output)
    err.print(f"{count} records written" + (f" to {output}" if output else ""))


@app.command("reconcile")
def reconcile_command(db: DbOption = Path(api.DEFAULT_DB), quiet: QuietOption = False) -> None:
    """Merge claims across documents into events, compare sources, resolve entities (reviews are honoured)."""
    with api.open_store(db) as store:
        report = api.reconcile(store)
    if not quiet:
        err.print(
            f"{report.claims:,} claims → {report.events:,} events ({report.merged_events:,} reported by several "
            f"claims, {report.contradictions:,} contradictions); {report.entities:,} entities, "
            f"{report.entity_merges:,} entity merges"
        )


@app.command()
def compare(
    event_id: Annotated[str | None, typer.Argument(help="One event's id (default: every contested event).")] = None,
    db: DbOption = Path(api.DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Where the sources agree, are compatible, or contradict each other."""
    with api.open_store(db) as store:
        try:
            result = api.compare(store, event_id)
        except KeyError as error:
            raise typer.BadParameter(str(error.args[0]), param_hint="EVENT_ID") from error
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
        return
    events_to_show = [result["event"]] if "event" in result else result["contested_events"]
    for event in events_to_show:
        table = Table("attribute", "verdict", "source", "says", title=f"{event['type']} {event['id']}", show_lines=True)
        for item in event["comparison"]:
            for value in item["values"]:
                table.add_row(item["attribute"], item["verdict"], value["source"], value["value"])
        for figure in event.get("combined_figures", []):
            table.add_row(
                f"figure:{figure['kind']}",
                "combined",
                f"{figure['reports']} reports",
                f"low {figure['low']} / best {figure['best']} / high {figure['high']}",
            )
        out.print(table)
    if "source_pairs" in result:
        pairs = Table("source A", "source B", "agree", "compatible", "contradict", title="source pairs")
        for tally in result["source_pairs"]:
            pairs.add_row(
                tally["source_a"],
                tally["source_b"],
                str(tally["agree"]),
                str(tally["compatible"]),
                str(tally["contradict"]),
            )
        out.print(pairs)


@app.command()
def review(
    target: Annotated[str, typer.Argument(help="What to review: event, claim, merge, entity_merge or place.")],
    target_id: Annotated[str, typer.Argument(help="Its id (for entity_merge: the merge key).")],
    action: Annotated[str, typer.Option(help="confirm, correct or reject.")],
    field: Annotated[str | None, typer.Option(help="With --action correct: the event field to set.")] = None,
    value: Annotated[str | None, typer.Option(help="With --action correct: the new value (JSON or text).")] = None,
    reviewer: Annotated[str, typer.Option(help="Who reviews.", envvar="USER")] = "analyst",
    reason: Annotated[str | None, typer.Option(help="Why.")] = None,
    db: DbOption = Path(api.DEFAULT_DB),
) -> None:
    """Confirm, correct or reject an extracted item; the review is kept and survives re-analysis."""
    parsed: object = value
    if value is not None:
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            parsed = value
    from annalist.reconcile.review import ReviewError

    with api.open_store(db) as store:
        try:
            review_id = api.review(store, api.Review(target, target_id, action, reviewer, reason, field, parsed))
        except ReviewError as error:
            raise typer.BadParameter(str(error)) from error
        if target in ("claim", "merge", "entity_merge"):
            api.reconcile(store)  # rejections of claims and merges change the events
    err.print(f"review {review_id} recorded")


@app.command()
def sources(db: DbOption = Path(api.DEFAULT_DB), as_json: JsonOption = False) -> None:
    """Source profiles: publisher, side, references cited, share of claims resting on a reference, framing."""
    with api.open_store(db) as store:
        profiles = api.sources(store)
    if as_json:
        sys.stdout.write(json.dumps(profiles, ensure_ascii=False) + "\n")
        return
    table = Table(
        "source", "affiliation", "docs", "claims", "referenced", "references", "framing /1000 words", "top technique"
    )
    for profile in profiles:
        top = next(iter(profile["framing_techniques"]), "")
        table.add_row(
            profile["name"],
            profile["affiliation"] or "",
            str(profile["documents"]),
            str(profile["claims"]),
            f"{profile['referenced_share']:.0%}",
            str(profile["references"]),
            f"{profile['framing_per_1000_words']:.1f}",
            top,
        )
    out.print(table)


@app.command()
def formats() -> None:
    """List export formats."""
    for name, description in api.export_formats().items():
        out.print(f"[bold]{name}[/bold]  {description}")


@app.command()
def summary(db: DbOption = Path(api.DEFAULT_DB), as_json: JsonOption = False) -> None:
    """How much the store holds."""
    with api.open_store(db) as store:
        counts = api.summary(store)
    if as_json:
        out.print_json(data=counts)
        return
    table = Table("what", "count")
    for label, count in counts.items():
        table.add_row(label, f"{count:,}")
    out.print(table)


@app.command()
def serve(
    db: DbOption = Path(api.DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Interface to bind (127.0.0.1 keeps it local).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8001,
    review: Annotated[
        bool, typer.Option("--review", help="Allow confirm/correct/reject in the browser (prints a token).")
    ] = False,
    tile_url: Annotated[
        str | None, typer.Option(help="Map tile URL template, e.g. a local tile server's .../{z}/{x}/{y}.png.")
    ] = None,
) -> None:
    """Browse the store in a local web UI: timeline, map, event pages, sources, comparison (read-only by default)."""
    from annalist.web.server import serve as serve_web

    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist; run `annalist ingest` first", param_hint="--db")
    try:
        serve_web(db, host=host, port=port, review=review, tile_url=tile_url)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--tile-url") from error


@gazetteer_app.command("load")
def gazetteer_load(
    dump: Annotated[Path, typer.Argument(help="GeoNames dump: allCountries.txt/.zip or a country file.")],
    alternate_names: Annotated[
        Path | None, typer.Option("--alternate-names", help="alternateNamesV2.txt/.zip to add other spellings.")
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Import a full GeoNames dump into the gazetteer (streaming; bad rows are skipped and counted)."""
    from annalist.places.dump import load_geonames_dump

    if not dump.exists():
        raise typer.BadParameter(f"{dump} does not exist", param_hint="DUMP")
    if quiet:
        report = load_geonames_dump(dump, alternate_names)
    else:
        with Progress(TextColumn("[bold]gazetteer"), TextColumn("{task.completed:,} rows"), console=err) as bar:
            task = bar.add_task("rows", total=None)
            report = load_geonames_dump(dump, alternate_names, progress=lambda rows: bar.update(task, completed=rows))
    err.print(
        f"{report.added:,} places added, {report.skipped:,} bad rows skipped, {report.alternate_names:,} other names"
    )


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build the default offline gazetteer now (it is otherwise built on first use)."""
    from annalist.places.build import default_gazetteer_path, open_default_gazetteer

    open_default_gazetteer().close()
    err.print(f"gazetteer ready: {default_gazetteer_path()}")


@app.command()
def version() -> None:
    """Print annalist's version."""
    out.print(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
