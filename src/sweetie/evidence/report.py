"""The human-readable report of a bundle: HTML, and PDF through WeasyPrint.

Everything taken from a chat is escaped: the report shows what people wrote, it never
renders it. WeasyPrint is asked to load nothing from outside (hard rule 2: text only), so a
report never fetches a URL even if a future template names one.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from string import Template
from typing import Any

from sweetie.evidence.bundle import BundleContents, sha256_hex

CAUTION = (
    "Automated assessments are leads for a human reviewer, not findings of fact. Scores are"
    " calibrated probabilities from the model version named with each assessment."
)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], empty: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    if not body:
        return f"<p>{_e(empty)}</p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _dl(items: Iterable[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in items) + "</dl>"


def _marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` escaped, with the indicator spans in <mark> (overlaps merged)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out.append(_e(text[at:start]))
        out.append(f"<mark>{_e(text[start:end])}</mark>")
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _spans_by_event(assessments: Sequence[Mapping[str, Any]]) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = {}
    for a in assessments:
        for indicator in a.get("indicators", []):
            if isinstance(indicator, Mapping):
                start, end = indicator.get("start"), indicator.get("end")
                if type(start) is int and type(end) is int:
                    spans.setdefault(str(a.get("event_id")), set()).add((start, end))
    return spans


def _conversation(contents: BundleContents) -> str:
    spans = _spans_by_event([a for _, a in contents.assessments])
    rows = []
    for entry, event in contents.events:
        to = event.get("to")
        marks = spans.get(str(event.get("id")), set())
        where = f"to {to}" if to else f"in {event.get('room') or ''}"
        rows.append(
            [
                f"<span class=mono>{_e(event.get('ts', ''))}</span>",
                _e(event.get("sender", "")) + f"<br><small>{_e(where)}</small>",
                f'<div class="text">{_marked(str(event.get("text", "")), marks)}</div>',
                f"{_e(event.get('id', ''))}<br><small>entry {entry.idx}</small>",
            ]
        )
    return _table(["sent", "sender", "text", "event / log"], rows, "No chat event in this bundle.")


def _indicators(assessment: Mapping[str, Any]) -> str:
    items = []
    for indicator in assessment.get("indicators", []):
        if not isinstance(indicator, Mapping):
            continue
        value = indicator.get("value")
        shown = f"{_e(indicator.get('category'))} <small>({_e(indicator.get('rule'))}"
        shown += f", {_e(indicator.get('language'))}"
        shown += f", value {_e(value)})</small>" if value is not None else ")</small>"
        items.append(shown)
    return "<br>".join(items) or "<small>none in this message</small>"


def _assessments(contents: BundleContents) -> str:
    rows = []
    for entry, a in contents.assessments:
        level = str(a.get("level", ""))
        level_html = f'<span class="warn">{_e(level)}</span>' if level == "warn" else _e(level)
        rows.append(
            [
                f"{_e(a.get('event_id'))}<br><small>entry {entry.idx}</small>",
                _e(a.get("sender")),
                f"{level_html}<br>{_e(a.get('label'))}, {_e(a.get('stage'))}",
                f"{_e(a.get('score'))}<br><small>conv. {_e(a.get('conversation_score'))},"
                f" subject {_e(a.get('subject_score'))}</small>",
                _indicators(a),
                _e(", ".join(str(c) for c in a.get("cues", [])) or "none"),
                f"<span class=mono>{_e(a.get('model_version') or 'unversioned')}</span>",
            ]
        )
    return _table(
        ["after event", "sender", "level", "score", "indicators", "cues so far", "model"],
        rows,
        "No assessment in this bundle.",
    )


def _summary(contents: BundleContents) -> str:
    events = contents.events
    assessments = [a for _, a in contents.assessments]
    senders = sorted({str(e.get("sender")) for _, e in events})
    flagged = sorted({str(a.get("sender")) for a in assessments if a.get("level") == "warn"})
    times = sorted(str(e.get("ts")) for _, e in events)
    items = [
        ("exported", _e(contents.exported)),
        ("messages", str(len(events))),
        ("first / last message", _e(f"{times[0]} / {times[-1]}") if times else "none"),
        ("senders", _e(", ".join(senders)) or "none"),
        ("assessments", str(len(assessments))),
        ("senders at warn level", _e(", ".join(flagged)) or "none"),
    ]
    if contents.erased:
        items.append(
            (
                "erased records",
                _e(", ".join(str(e.idx) for e in contents.erased))
                + " <small>(verified by hash only)</small>",
            )
        )
    return _dl(items)


def _custody(contents: BundleContents) -> str:
    cp = contents.checkpoint
    stamp = contents.timestamp
    items = [
        ("evidence log", f"<span class=mono>{_e(cp.origin)}</span>"),
        ("signed checkpoint", f"size {cp.size}, made {_e(contents.checkpoint_created_at)}"),
        ("checkpoint root", f"<span class=mono>{cp.root.hex()}</span>"),
        ("log public key", f"<span class=mono>{_e(contents.public_key)}</span>"),
        (
            "trusted timestamp",
            f"RFC 3161 token by {_e(stamp.tsa)}, time {_e(stamp.gen_time)}"
            if stamp is not None
            else "none (no timestamp authority was asked)",
        ),
    ]
    rows = [
        [
            str(e.idx),
            _e(e.kind),
            f"<span class=mono>{_e(e.recorded_at)}</span>",
            f"<span class=mono>{e.content_hash.hex()}</span>",
            "erased" if e.record is None else "included",
        ]
        for e in contents.entries
    ]
    return (
        "<p>Every message and assessment was appended to Sweetie's tamper-evident log (RFC 9162"
        " Merkle tree) when it was captured or made, before anything acted on it. Each entry"
        " below comes with an inclusion proof against the signed checkpoint; the log's public"
        " key checks the signature.</p>"
        + _dl(items)
        + _table(
            ["log index", "kind", "recorded (UTC)", "SHA-256 of record", "record"],
            rows,
            "No entry.",
        )
    )


def _file_list(files: Mapping[str, bytes]) -> str:
    rows = [
        [_e(name), str(len(data)), f"<span class=mono>{sha256_hex(data)}</span>"]
        for name, data in files.items()
    ]
    note = (
        "<p>manifest.json lists the SHA-256 of every file, this report included; manifest.sig"
        " is its signature by the log key.</p>"
    )
    return _table(["file", "bytes", "SHA-256"], rows, "none") + note


def report_html(contents: BundleContents, files: Mapping[str, bytes]) -> bytes:
    """The report as UTF-8 HTML (`files`: those made before it, listed with their hashes)."""
    from sweetie import __version__

    template = Template(
        (resources.files("sweetie.evidence") / "templates" / "report.html").read_text("utf-8")
    )
    page = template.substitute(
        title=_e(contents.exported),
        version=_e(__version__),
        created_at=_e(contents.created_at),
        caution=_e(CAUTION),
        summary=_summary(contents),
        conversation=_conversation(contents),
        assessments=_assessments(contents),
        custody=_custody(contents),
        files=_file_list(files),
    )
    return page.encode("utf-8")


def _no_fetch(url: str, *args: object, **kwargs: object) -> dict[str, Any]:
    raise ValueError(f"the report loads nothing from outside ({url!r})")


def report_pdf(html_bytes: bytes) -> bytes | None:
    """The report as PDF; None when WeasyPrint (or the Pango it needs) is not installed."""
    try:
        import weasyprint  # type: ignore[import-untyped]
    except (ImportError, OSError):
        return None
    document = weasyprint.HTML(string=html_bytes.decode("utf-8"), url_fetcher=_no_fetch)
    pdf: bytes | None = document.write_pdf()
    return pdf
