"""The evidence of a bundle as CASE/UCO 1.4 JSON-LD, the exchange format of digital forensics.

What maps to what:
  chat event         uco-observable:Message with a MessageFacet (id, text, time, from, to)
                     and a ContentDataFacet holding the SHA-256 of its logged record
  conversation       uco-observable:MessageThread whose Thread holds the messages
  nick on a network  uco-observable:ApplicationAccount of an Application named for the network
  assessment         uco-core:Annotation on the message it is about, hash of its record
  bundle file        uco-observable:File with its name, size and SHA-256
  decision, warning sent (or given up on), reviewer's read or action (audit)
                     uco-core:Annotation saying who did what and why, hash of its record
  capture, assessment and export
                     case-investigation:InvestigativeAction, each with a ProvenanceRecord
                     saying where the evidence sits in the log and what proves it; so too
                     each decision, warning and audit entry the bundle holds (one action
                     apiece: each has its own actor and time)

Node identifiers are UUIDv5 of the log origin and what they stand for, so exporting the
same evidence twice names every node the same.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sweetie.evidence.bundle import (
    AUDIT_KIND,
    DECISION_KIND,
    WARNING_SENT_KIND,
    BundleContents,
    BundleEntry,
)

CASE_VERSION = "case-1.4.0"
_NAMESPACE = uuid.UUID("6f1c7f0e-4b1e-5b7a-9d0e-2a3c5e7f9b11")

CONTEXT: dict[str, str] = {
    "kb": "urn:sweetie:kb:",
    "case-investigation": "https://ontology.caseontology.org/case/investigation/",
    "uco-action": "https://ontology.unifiedcyberontology.org/uco/action/",
    "uco-core": "https://ontology.unifiedcyberontology.org/uco/core/",
    "uco-observable": "https://ontology.unifiedcyberontology.org/uco/observable/",
    "uco-tool": "https://ontology.unifiedcyberontology.org/uco/tool/",
    "uco-types": "https://ontology.unifiedcyberontology.org/uco/types/",
    "co": "http://purl.org/co/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _string(value: str) -> dict[str, str]:
    return {"@type": "xsd:string", "@value": value}


def _time(value: str) -> dict[str, str] | None:
    """An xsd:dateTime literal, or None when `value` is not an ISO 8601 time with a zone."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return {"@type": "xsd:dateTime", "@value": value}


def _ref(node_id: str) -> dict[str, str]:
    return {"@id": node_id}


class _Graph:
    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.nodes: dict[str, dict[str, Any]] = {}

    def node_id(self, kind: str, key: str) -> str:
        return f"kb:{kind}-{uuid.uuid5(_NAMESPACE, f'{self.origin}|{kind}|{key}')}"

    def add(self, node: dict[str, Any]) -> str:
        node_id = str(node["@id"])
        self.nodes.setdefault(node_id, node)
        return node_id

    def hash_node(self, digest_hex: str) -> dict[str, Any]:
        return {
            "@id": self.node_id("Hash", digest_hex),
            "@type": "uco-types:Hash",
            "uco-types:hashMethod": "SHA256",
            "uco-types:hashValue": {"@type": "xsd:hexBinary", "@value": digest_hex},
        }

    def content_facet(self, key: str, digest_hex: str, size: int, mime: str) -> dict[str, Any]:
        return {
            "@id": self.node_id("ContentDataFacet", key),
            "@type": "uco-observable:ContentDataFacet",
            "uco-observable:hash": [self.hash_node(digest_hex)],
            "uco-observable:sizeInBytes": {"@type": "xsd:integer", "@value": str(size)},
            "uco-observable:mimeType": _string(mime),
        }

    def tool(self, name: str, version: str, tool_type: str) -> str:
        return self.add(
            {
                "@id": self.node_id("Tool", f"{name}|{version}"),
                "@type": "uco-tool:AnalyticTool",
                "uco-core:name": name,
                "uco-tool:version": version,
                "uco-tool:toolType": tool_type,
            }
        )

    def application(self, network: str) -> str:
        return self.add(
            {
                "@id": self.node_id("Application", network),
                "@type": "uco-observable:Application",
                "uco-core:name": network,
                "uco-core:description": f"the chat network {network}",
            }
        )

    def account(self, network: str, nick: str) -> str:
        app = self.application(network)
        key = f"{network}/{nick}"
        return self.add(
            {
                "@id": self.node_id("ApplicationAccount", key),
                "@type": "uco-observable:ApplicationAccount",
                "uco-core:name": key,
                "uco-core:hasFacet": [
                    {
                        "@id": self.node_id("AccountFacet", key),
                        "@type": "uco-observable:AccountFacet",
                        "uco-observable:accountIdentifier": nick,
                        "uco-observable:accountIssuer": _ref(app),
                    },
                    {
                        "@id": self.node_id("ApplicationAccountFacet", key),
                        "@type": "uco-observable:ApplicationAccountFacet",
                        "uco-observable:application": _ref(app),
                    },
                    {
                        "@id": self.node_id("DigitalAccountFacet", key),
                        "@type": "uco-observable:DigitalAccountFacet",
                        "uco-observable:displayName": nick,
                    },
                ],
            }
        )


def _entry_key(entry: BundleEntry) -> str:
    return f"entry/{entry.idx}"


def _message(graph: _Graph, entry: BundleEntry, event: Mapping[str, Any]) -> str:
    network, sender = str(event.get("network", "")), str(event.get("sender", ""))
    to, room = event.get("to"), event.get("room")
    key = _entry_key(entry)
    facet: dict[str, Any] = {
        "@id": graph.node_id("MessageFacet", key),
        "@type": "uco-observable:MessageFacet",
        "uco-observable:messageID": str(event.get("id", "")),
        "uco-observable:messageText": str(event.get("text", "")),
        "uco-observable:application": _ref(graph.application(network)),
        "uco-observable:from": _ref(graph.account(network, sender)),
        "uco-observable:sessionID": str(event.get("conversation", "")),
        "uco-observable:messageType": "private" if to else f"room {room or ''}".strip(),
    }
    if isinstance(to, str) and to:
        facet["uco-observable:to"] = [_ref(graph.account(network, to))]
    sent = _time(str(event.get("ts", "")))
    if sent is not None:
        facet["uco-observable:sentTime"] = sent
    assert entry.record is not None
    return graph.add(
        {
            "@id": graph.node_id("Message", key),
            "@type": "uco-observable:Message",
            "uco-core:description": (
                f"chat event {event.get('id', '')}, evidence log {graph.origin} entry {entry.idx}"
            ),
            "uco-core:hasFacet": [
                facet,
                graph.content_facet(
                    key, entry.content_hash.hex(), len(entry.record), "application/json"
                ),
            ],
        }
    )


def _indicator_text(assessment: Mapping[str, Any]) -> str:
    parts = []
    for indicator in assessment.get("indicators", []):
        if isinstance(indicator, Mapping):
            value = indicator.get("value")
            shown = f"{indicator.get('category')} ({indicator.get('rule')}"
            shown += f", {value})" if value is not None else ")"
            parts.append(shown)
    return "; ".join(parts) or "none in this message"


def _annotation(
    graph: _Graph, entry: BundleEntry, assessment: Mapping[str, Any], message: str | None
) -> str:
    key = _entry_key(entry)
    statement = (
        f"Sweetie assessed {assessment.get('sender')} in conversation"
        f" {assessment.get('conversation')} after event {assessment.get('event_id')}:"
        f" level {assessment.get('level')}, label {assessment.get('label')},"
        f" stage {assessment.get('stage')}, score {assessment.get('score')}"
        f" (conversation {assessment.get('conversation_score')},"
        f" subject {assessment.get('subject_score')}), model {assessment.get('model_version')}."
        f" Indicators: {_indicator_text(assessment)}."
        f" Cues so far: {', '.join(str(c) for c in assessment.get('cues', [])) or 'none'}."
        " An automated assessment, not a finding of fact: a human reviews it."
    )
    assert entry.record is not None
    node: dict[str, Any] = {
        "@id": graph.node_id("Annotation", key),
        "@type": "uco-core:Annotation",
        "uco-core:name": f"assessment, evidence log entry {entry.idx}",
        "uco-core:statement": statement,
        "uco-core:tag": [str(assessment.get(k)) for k in ("level", "label", "stage")],
        "uco-core:object": [_ref(message)] if message else [],
        "uco-core:hasFacet": [
            graph.content_facet(
                key, entry.content_hash.hex(), len(entry.record), "application/json"
            )
        ],
    }
    if not node["uco-core:object"]:
        # Annotation needs an object: the sender's account when the message is not bundled.
        network = str(assessment.get("subject", "")).split("/", 1)[0]
        node["uco-core:object"] = [_ref(graph.account(network, str(assessment.get("sender"))))]
    return graph.add(node)


def _file(graph: _Graph, name: str, data: bytes) -> str:
    from sweetie.evidence.bundle import sha256_hex

    key = f"file/{name}"
    return graph.add(
        {
            "@id": graph.node_id("File", key),
            "@type": "uco-observable:File",
            "uco-core:name": name,
            "uco-core:hasFacet": [
                {
                    "@id": graph.node_id("FileFacet", key),
                    "@type": "uco-observable:FileFacet",
                    "uco-observable:fileName": name,
                    "uco-observable:sizeInBytes": {
                        "@type": "xsd:integer",
                        "@value": str(len(data)),
                    },
                },
                graph.content_facet(key, sha256_hex(data), len(data), _mime(name)),
            ],
        }
    )


def _mime(name: str) -> str:
    if name.endswith(".jsonl"):
        return "application/jsonl"
    if name.endswith(".tsr"):
        return "application/timestamp-reply"
    return "text/plain"


def _span(entries: list[BundleEntry]) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    times = sorted(e.recorded_at for e in entries)
    if not times:
        return None, None
    return _time(times[0]), _time(times[-1])


def _action(
    graph: _Graph,
    key: str,
    name: str,
    description: str,
    *,
    instruments: list[str],
    objects: list[str],
    results: list[str],
    span: tuple[dict[str, str] | None, dict[str, str] | None],
    informed_by: str | None = None,
) -> str:
    node: dict[str, Any] = {
        "@id": graph.node_id("InvestigativeAction", key),
        "@type": "case-investigation:InvestigativeAction",
        "uco-core:name": name,
        "uco-core:description": description,
        "uco-action:instrument": [_ref(i) for i in instruments],
        "uco-action:object": [_ref(o) for o in objects],
        "uco-action:result": [_ref(r) for r in results],
    }
    if span[0] is not None:
        node["uco-action:startTime"] = span[0]
    if span[1] is not None:
        node["uco-action:endTime"] = span[1]
    if informed_by is not None:
        node["case-investigation:wasInformedBy"] = [_ref(informed_by)]
    return graph.add(node)


def _provenance(graph: _Graph, key: str, exhibit: str, description: str, objects: list[str]) -> str:
    return graph.add(
        {
            "@id": graph.node_id("ProvenanceRecord", key),
            "@type": "case-investigation:ProvenanceRecord",
            "case-investigation:exhibitNumber": exhibit,
            "uco-core:description": description,
            "uco-core:object": [_ref(o) for o in objects],
        }
    )


def _indices(entries: list[BundleEntry]) -> str:
    return ", ".join(str(e.idx) for e in entries) or "none"


def _record_annotation(
    graph: _Graph, entry: BundleEntry, name: str, statement: str, tags: list[str], about: list[str]
) -> str:
    """An Annotation standing for one logged record (a decision, warning or audit entry)."""
    key = _entry_key(entry)
    assert entry.record is not None
    node: dict[str, Any] = {
        "@id": graph.node_id("Annotation", key),
        "@type": "uco-core:Annotation",
        "uco-core:name": f"{name}, evidence log entry {entry.idx}",
        "uco-core:statement": statement,
        "uco-core:tag": [t for t in tags if t],
        "uco-core:object": [_ref(a) for a in about],
        "uco-core:hasFacet": [
            graph.content_facet(
                key, entry.content_hash.hex(), len(entry.record), "application/json"
            )
        ],
    }
    return graph.add(node)


def _text(record: Mapping[str, Any], name: str, default: str = "") -> str:
    value = record.get(name)
    return default if value is None else str(value)


def _when(entry: BundleEntry, record: Mapping[str, Any]) -> dict[str, str] | None:
    """When it was done: the record's own time if it has one, else when it was logged."""
    return _time(_text(record, "at")) or _time(entry.recorded_at)


def _subject_account(graph: _Graph, subject: str) -> str | None:
    network, _, nick = subject.partition("/")
    return graph.account(network, nick) if network and nick else None


def _steps(
    graph: _Graph,
    contents: BundleContents,
    messages: Mapping[str, str],
    proof: str,
    sweetie_tool: str,
    previous: str,
) -> tuple[list[str], list[str]]:
    """Decision, warning and review actions, one per logged entry, in log order; each
    informed by the step it followed from (the decision a warning carries out, the decision
    an audit entry names), else by `previous` (the capture or the assessment)."""
    actions: list[str] = []
    records: list[str] = []
    by_key: dict[str, str] = {}  # decision key -> its action
    steps = [*contents.decisions, *contents.warnings, *contents.audits]
    for entry, record in sorted(steps, key=lambda pair: pair[0].idx):
        key = _entry_key(entry)
        when = _when(entry, record)
        if entry.kind == DECISION_KIND:
            decision_key, actor = _text(record, "key"), _text(record, "actor", "unknown")
            about = [
                x
                for x in (
                    messages.get(_text(record, "event_id")),
                    _subject_account(graph, _text(record, "subject")),
                )
                if x is not None
            ]
            indicators = ", ".join(str(i) for i in record.get("indicators") or []) or "none"
            statement = (
                f"{actor} decided {_text(record, 'kind')} about {_text(record, 'subject')}"
                f" (conversation {_text(record, 'conversation', 'none')}, event"
                f" {_text(record, 'event_id', 'none')}, case {_text(record, 'case_id', 'none')})"
                f" at {_text(record, 'at')}: {_text(record, 'reason')}. Indicators:"
                f" {indicators}; model {_text(record, 'model_version', 'none')}."
                f" Decision key {decision_key}."
            )
            name = f"decision {_text(record, 'kind')}"
            automated = actor == "policy"
            description = (
                "Sweetie's policy decided automatically, from the indicators and model version"
                " recorded with the decision."
                if automated
                else f"A human ({actor}) decided; the decision is recorded with its reason."
            )
            informed_by = previous
            tags = ["decision", _text(record, "kind"), actor]
        elif entry.kind == AUDIT_KIND:
            actor, action = _text(record, "actor", "unknown"), _text(record, "action")
            detail = record.get("detail")
            decision_key = _text(detail, "decision") if isinstance(detail, Mapping) else ""
            shown = json.dumps(detail, sort_keys=True, ensure_ascii=False) if detail else ""
            statement = (
                f"{actor}: {action} {_text(record, 'target')} at {_text(record, 'at')}"
                + (f" ({shown})" if shown else "")
                + "."
            )
            about = [x for x in (_subject_account(graph, _text(record, "target")),) if x]
            name = f"review {action}"
            automated = False
            description = f"A reviewer's read or action, recorded in the audit trail: {action}."
            informed_by = by_key.get(decision_key, previous)
            tags = ["audit", action, actor]
        else:
            sent = entry.kind == WARNING_SENT_KIND
            network, target = _text(record, "network"), _text(record, "target")
            decision_key = _text(record, "decision_key")
            outcome = f"sent at {_text(record, 'at')}" if sent else "given up on"
            statement = (
                f"Catalog warning {_text(record, 'catalog_entry')} (variant"
                f" {_text(record, 'variant')}, {_text(record, 'language')},"
                f" {_text(record, 'jurisdiction')}) to {target} on {network}, {outcome}"
                + ("" if sent else f": {_text(record, 'reason')}")
                + f"; for decision {decision_key}. Text: {_text(record, 'text')}"
            )
            about = [graph.account(network, target)] if network and target else []
            name = "warning sent" if sent else "warning not sent"
            automated = True
            description = (
                "Sweetie sent a deterrence warning from its reviewed catalog, as decided."
                if sent
                else "Sweetie gave up on sending a deterrence warning it had decided on."
            )
            informed_by = by_key.get(decision_key, previous)
            tags = ["warning", entry.kind, _text(record, "variant")]
        # An Annotation needs an object: failing an account, the step this one followed from.
        annotation = _record_annotation(graph, entry, name, statement, tags, about or [informed_by])
        provenance = _provenance(
            graph,
            key,
            f"{graph.origin} entry {entry.idx}",
            f"{name.capitalize()}, logged before it was acted on; log entry {entry.idx}. {proof}",
            [annotation],
        )
        action_node = _action(
            graph,
            key,
            name,
            description,
            instruments=[sweetie_tool] if automated else [],
            objects=about,
            results=[annotation, provenance],
            span=(when, when),
            informed_by=informed_by,
        )
        if entry.kind == DECISION_KIND and decision_key:
            by_key.setdefault(decision_key, action_node)
        actions.append(action_node)
        records.append(provenance)
    return actions, records


def case_graph(contents: BundleContents, files: Mapping[str, bytes]) -> dict[str, Any]:
    """The CASE/UCO JSON-LD document of a bundle (`files`: those made before it)."""
    from sweetie import __version__

    checkpoint = contents.checkpoint
    graph = _Graph(checkpoint.origin)
    sweetie_tool = graph.tool("Sweetie", __version__, "capture, evidence log and export")
    proof = (
        f"Proved by inclusion proofs against the signed checkpoint of log {checkpoint.origin}"
        f" at size {checkpoint.size}, root {checkpoint.root.hex()}, key {contents.public_key}."
    )

    event_entries = contents.events
    messages: dict[str, str] = {}
    for entry, event in event_entries:
        messages[str(event.get("id"))] = _message(graph, entry, event)
    captured = [e for e, _ in event_entries]

    threads: list[str] = []
    by_conversation: dict[str, list[str]] = {}
    participants: dict[str, set[str]] = {}
    for entry, event in event_entries:
        conversation = str(event.get("conversation", ""))
        by_conversation.setdefault(conversation, []).append(messages[str(event.get("id"))])
        people = participants.setdefault(conversation, set())
        network = str(event.get("network", ""))
        people.add(graph.account(network, str(event.get("sender", ""))))
        if isinstance(event.get("to"), str):
            people.add(graph.account(network, str(event["to"])))
        del entry
    for conversation, members in by_conversation.items():
        threads.append(
            graph.add(
                {
                    "@id": graph.node_id("MessageThread", conversation),
                    "@type": "uco-observable:MessageThread",
                    "uco-core:name": conversation,
                    "uco-core:hasFacet": [
                        {
                            "@id": graph.node_id("MessageThreadFacet", conversation),
                            "@type": "uco-observable:MessageThreadFacet",
                            "uco-observable:participant": [
                                _ref(p) for p in sorted(participants[conversation])
                            ],
                            "uco-observable:messageThread": {
                                "@id": graph.node_id("Thread", conversation),
                                "@type": "uco-types:Thread",
                                "co:element": [_ref(m) for m in members],
                                "co:size": {
                                    "@type": "xsd:nonNegativeInteger",
                                    "@value": str(len(members)),
                                },
                            },
                        }
                    ],
                }
            )
        )

    capture_record = _provenance(
        graph,
        "capture",
        f"{checkpoint.origin} chat events",
        f"Chat events captured as seen in public rooms and appended to the evidence log before"
        f" anything acted on them; log entries {_indices(captured)}. {proof}",
        list(messages.values()) + threads,
    )
    capture = _action(
        graph,
        "capture",
        "capture",
        "Sweetie captured the chat events and appended each to its tamper-evident log.",
        instruments=[sweetie_tool],
        objects=threads,
        results=[*messages.values(), capture_record],
        span=_span(captured),
    )

    assessed = contents.assessments
    last = capture
    actions = [capture]
    records = [capture_record]
    if assessed:
        models = sorted({str(a.get("model_version") or "unversioned") for _, a in assessed})
        detector_tools = [graph.tool("Sweetie detector", m, "detector") for m in models]
        annotations = [
            _annotation(graph, e, a, messages.get(str(a.get("event_id")))) for e, a in assessed
        ]
        entries = [e for e, _ in assessed]
        assessment_record = _provenance(
            graph,
            "assessment",
            f"{checkpoint.origin} assessments",
            f"Automated assessments of the captured events, each logged; log entries"
            f" {_indices(entries)}. {proof}",
            annotations,
        )
        last = _action(
            graph,
            "assessment",
            "assessment",
            "Sweetie's detector assessed each sender after each event; the indicators and"
            " the model version of each assessment are recorded with it.",
            instruments=detector_tools,
            objects=list(messages.values()),
            results=[*annotations, assessment_record],
            span=_span(entries),
            informed_by=capture,
        )
        actions.append(last)
        records.append(assessment_record)

    step_actions, step_records = _steps(graph, contents, messages, proof, sweetie_tool, last)
    actions += step_actions
    records += step_records

    bundle_files = [_file(graph, name, data) for name, data in files.items()]
    export_record = _provenance(
        graph,
        "export",
        f"{checkpoint.origin} export {contents.exported}",
        f"Evidence bundle of {contents.exported!r}, made {contents.created_at}. {proof}",
        bundle_files,
    )
    export_time = _time(contents.created_at)
    actions.append(
        _action(
            graph,
            "export",
            "export",
            "Sweetie exported the log entries with their inclusion proofs and a fresh signed"
            " checkpoint.",
            instruments=[sweetie_tool],
            objects=[capture_record, *records[1:]],
            results=[*bundle_files, export_record],
            span=(export_time, export_time),
            informed_by=last,
        )
    )
    records.append(export_record)
    graph.add(
        {
            "@id": graph.node_id("Investigation", contents.exported),
            "@type": "case-investigation:Investigation",
            "uco-core:name": f"Sweetie evidence export: {contents.exported}",
            "uco-core:object": [_ref(a) for a in actions] + [_ref(r) for r in records],
        }
    )
    return {"@context": CONTEXT, "@graph": list(graph.nodes.values())}


def case_jsonld(contents: BundleContents, files: Mapping[str, bytes]) -> bytes:
    document = case_graph(contents, files)
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
