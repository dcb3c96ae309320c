"""The `sweetie` command line (DESIGN.md, "Command line").

Exit status: 0 on success, 1 on a finding the command exists to report (verification
failed), 2 on bad usage or bad input, always with one line saying what and where.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sweetie.events import ConfigError, SweetieError

__all__ = ["app", "main"]

app = typer.Typer(
    name="sweetie",
    help="Find, deter and document adults who seek to exploit children over webcam.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DataDir = Annotated[
    Path,
    typer.Option("--data-dir", help="Where the database, keys and evidence live."),
]
DatabaseUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url", help="SQLAlchemy URL; a SQLite file in the data dir by default."
    ),
]
DEFAULT_DATA_DIR = Path("./sweetie-data")


@app.command()
def scan(
    files: Annotated[list[Path], typer.Argument(help="Event files to scan.")],
    fmt: Annotated[str, typer.Option("--format", help="chat-jsonl or pan12.")] = "chat-jsonl",
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Count and skip bad lines instead of stopping.")
    ] = False,
    model: Annotated[
        Path | None, typer.Option("--model", help="A model file from `sweetie train`.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print findings as JSON.")] = False,
) -> None:
    """Run files through capture, the evidence log and detection (nothing is sent)."""
    from sweetie.runtime.scan import run_scan

    result = run_scan(
        files,
        fmt=fmt,
        data_dir=data_dir,
        database_url=database_url,
        skip_invalid=skip_invalid,
        model_path=model,
        progress=not as_json,
        console=err,
    )
    if as_json:
        out.print_json(json.dumps(result.to_json()))
    else:
        from sweetie.runtime.console import print_findings

        print_findings(out, result.findings)
        out.print(result.summary_line())
    if result.skipped:
        err.print(result.skipped.summary())


@app.command(name="eval")
def eval_(
    events: Annotated[Path, typer.Argument(help="Chat JSONL (or PAN12 XML with --format pan12).")],
    labels: Annotated[
        Path, typer.Option("--labels", help="Labels JSONL (or the PAN12 predator-id file).")
    ],
    fmt: Annotated[str, typer.Option("--format", help="chat-jsonl or pan12.")] = "chat-jsonl",
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    model: Annotated[
        Path | None, typer.Option("--model", help="A model file from `sweetie train`.")
    ] = None,
) -> None:
    """Detection metrics on labelled data: precision, recall, F0.5, false warnings, delay."""
    from sweetie.runtime.evaluate import run_eval

    metrics = run_eval(events, labels, fmt=fmt, model_path=model)
    if as_json:
        sys.stdout.write(json.dumps(metrics, indent=2, sort_keys=False) + "\n")
    else:
        from sweetie.runtime.console import print_metrics

        print_metrics(out, metrics, title=f"Evaluation of {events}")


@app.command()
def train(
    corpus: Annotated[
        list[Path],
        typer.Argument(help="Corpus folders, each holding events.jsonl and labels.jsonl."),
    ],
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the model file.")],
    holdout: Annotated[
        float, typer.Option("--holdout", help="Share of conversations held out for the report.")
    ] = 0.2,
    folds: Annotated[int, typer.Option("--folds", help="Folds for out-of-fold scores.")] = 5,
) -> None:
    """Train the classifier and combiner; print the evaluation on a held-out split."""
    from sweetie.runtime.training import run_train

    run_train(corpus, out_path, holdout=holdout, folds=folds, console=out)


@app.command()
def demo(
    data_dir: DataDir = DEFAULT_DATA_DIR,
    no_serve: Annotated[
        bool, typer.Option("--no-serve", help="Stop after printing the findings.")
    ] = False,
) -> None:
    """Replay the bundled sample traffic through the whole pipeline and show the findings."""
    from sweetie.runtime.demo import run_demo

    run_demo(data_dir, serve=not no_serve, console=out)


@app.command()
def verify(
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
    public_key: Annotated[
        bool, typer.Option("--public-key", help="Print the log's public key and exit.")
    ] = False,
    bundle: Annotated[
        Path | None,
        typer.Option("--bundle", help="Check an exported bundle (zip) instead of the log."),
    ] = None,
    public_key_file: Annotated[
        Path | None,
        typer.Option("--public-key-file", help="With --bundle: the log key the bundle must have."),
    ] = None,
) -> None:
    """Recompute the evidence log; exit 1 naming the first entry that does not verify."""
    if bundle is not None:
        from sweetie.runtime.export import run_verify_bundle

        run_verify_bundle(bundle, public_key_file=public_key_file, console=out)
        return
    if public_key_file is not None:
        raise ConfigError("--public-key-file: only with --bundle")
    from sweetie.runtime.verify import run_verify

    run_verify(data_dir, database_url, public_key=public_key, console=out)


@app.command()
def export(
    ident: Annotated[
        str, typer.Argument(metavar="ID", help="A conversation id, or a subject (network/nick).")
    ],
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the bundle (zip).")],
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
    tsa_url: Annotated[
        str | None,
        typer.Option("--tsa-url", help="Timestamp the checkpoint at this RFC 3161 authority."),
    ] = None,
    no_pdf: Annotated[bool, typer.Option("--no-pdf", help="Leave out the PDF report.")] = False,
) -> None:
    """Write the evidence bundle of a conversation or subject: events, proofs, report."""
    from sweetie.runtime.export import run_export

    run_export(
        ident, out_path, data_dir, database_url, pdf=not no_pdf, tsa_url=tsa_url, console=out
    )


def main() -> None:
    # Click handles usage errors itself (exit 2, one line); ours are translated here.
    try:
        app()
    except SweetieError as e:
        err.print(f"sweetie: error: {e}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        err.print("sweetie: interrupted", markup=False)
        sys.exit(130)


if __name__ == "__main__":
    main()
