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
        float,
        typer.Option(
            "--holdout",
            help="Share of conversations held out for the report (0: none). When the labels "
            "name writer groups, the last group is held out whole instead.",
        ),
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
def serve(
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to listen on [127.0.0.1].")
    ] = None,
    port: Annotated[int | None, typer.Option("--port", help="TCP port [8000].")] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="A sweetie.toml: its mode, data dir and sections apply."),
    ] = None,
) -> None:
    """Serve the reviewers' web UI and the JSON API (/api/v1)."""
    import dataclasses

    from sweetie.runtime.config import load_config
    from sweetie.runtime.serve import run_serve

    runtime_config = None if config is None else load_config(config, need_networks=False)
    web = None
    if runtime_config is not None:
        web = dataclasses.replace(
            runtime_config.web,
            host=host or runtime_config.web.host,
            port=port or runtime_config.web.port,
        )
        host, port = web.host, web.port
    host, port = host or "127.0.0.1", port or 8000
    run_serve(
        data_dir, database_url, host=host, port=port, console=out, web=web, config=runtime_config
    )


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
        str,
        typer.Argument(
            metavar="ID", help="A case id (C-...), a conversation id, or a subject (network/nick)."
        ),
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
    """Write the evidence bundle of a case, conversation or subject: events, proofs, report."""
    from sweetie.runtime.export import run_export

    run_export(
        ident, out_path, data_dir, database_url, pdf=not no_pdf, tsa_url=tsa_url, console=out
    )


@app.command(name="run")
def run_(
    config: Annotated[Path, typer.Option("--config", help="The sweetie.toml to run.")],
) -> None:
    """The live runtime: connectors, evidence, detection, policy, warnings (until Ctrl-C)."""
    from sweetie.runtime.run import run_live

    stats = run_live(config)
    out.print(stats.summary())


users_app = typer.Typer(
    name="users", help="Local accounts for the review UI and API.", no_args_is_help=True
)
app.add_typer(users_app)


@users_app.command(name="add")
def users_add(
    name: Annotated[str, typer.Argument(help="The user name (a-z, 0-9, '.', '_', '-').")],
    role: Annotated[
        str,
        typer.Option("--role", help="analyst, reviewer, supervisor, auditor or admin."),
    ],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    generate: Annotated[
        bool,
        typer.Option("--generate-password", help="Generate a password and print it once."),
    ] = False,
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
) -> None:
    """Add a user. The password is prompted for, read from stdin, or generated; never a
    default."""
    from sweetie.runtime.users import run_users_add

    run_users_add(
        name,
        role,
        data_dir,
        database_url,
        password_stdin=password_stdin,
        generate=generate,
        console=out,
    )


@users_app.command(name="list")
def users_list(data_dir: DataDir = DEFAULT_DATA_DIR, database_url: DatabaseUrl = None) -> None:
    """List the users and their roles."""
    from sweetie.runtime.users import run_users_list

    run_users_list(data_dir, database_url, console=out)


@users_app.command(name="token")
def users_token(
    name: Annotated[str, typer.Argument(help="The user the API token acts as.")],
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
) -> None:
    """Mint an API token for a user (printed once; only its hash is stored)."""
    from sweetie.runtime.users import run_users_token

    run_users_token(name, data_dir, database_url, console=out)


report_app = typer.Typer(
    name="report", help="Reports on what the system did.", no_args_is_help=True
)
app.add_typer(report_app, name="report")


@report_app.command("deterrence")
def report_deterrence(
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Warnings per variant and how many warned subjects offended again (1/7/30 days)."""
    from sweetie.runtime.report import run_report_deterrence

    run_report_deterrence(data_dir, database_url, as_json=as_json, console=out)


@app.command()
def subjects(
    subject: Annotated[
        str | None,
        typer.Argument(help="One subject (network/nick): everything held about it, as JSON."),
    ] = None,
    export: Annotated[
        Path | None,
        typer.Option("--export", help="With SUBJECT: write its dossier to this JSON file."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
    key_file: Annotated[
        Path | None,
        typer.Option("--key-file", help="The identity key (default: the data dir's identity.key)."),
    ] = None,
) -> None:
    """Subjects: linked accounts, the identifiers that link them (masked), risk, warnings."""
    from sweetie.runtime.subjects import run_subjects

    run_subjects(
        data_dir,
        database_url,
        subject=subject,
        export=export,
        as_json=as_json,
        key_file=key_file,
        console=out,
    )


@app.command()
def retention(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be erased; change nothing.")
    ] = False,
    data_dir: DataDir = DEFAULT_DATA_DIR,
    database_url: DatabaseUrl = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="A sweetie.toml with a [retention] section.")
    ] = None,
    conversations_days: Annotated[
        int | None,
        typer.Option("--conversations-days", help="Keep conversations in no case this long."),
    ] = None,
    dismissed_days: Annotated[
        int | None,
        typer.Option("--dismissed-days", help="Keep dismissed cases' conversations this long."),
    ] = None,
) -> None:
    """Erase the content no case needs any more; the evidence log keeps verifying."""
    from sweetie.runtime.retention import load_policy, run_retention

    policy = load_policy(config, conversations_days, dismissed_days)
    run_retention(data_dir, database_url, policy, dry_run=dry_run, console=out)


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
