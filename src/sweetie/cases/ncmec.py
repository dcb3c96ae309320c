"""A report in the shape of NCMEC's CyberTipline reporting XML, for US recipients.

Elements are written in the order the published schema (cyber_tipline.xsd, no target
namespace) declares them; the tests validate the output against that schema. Only what the
captured chats hold goes in: the chat text, the screen name, and the identifiers the
reported user disclosed (hard rule 3). Nothing is submitted: the file is written for a person
to upload through NCMEC's own reporting channel.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sweetie.cases.referral import Reporter
from sweetie.events import ChatEvent

__all__ = ["INCIDENT_TYPE", "ChatTranscript", "NcmecReport", "ncmec_xml"]

INCIDENT_TYPE = "Online Enticement of Children for Sexual Acts"
_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


@dataclass(frozen=True, slots=True)
class ChatTranscript:
    network: str
    room: str | None  # None for a private conversation
    conversation: str
    events: Sequence[ChatEvent]


@dataclass(frozen=True, slots=True)
class NcmecReport:
    case_id: str
    network: str
    screen_name: str
    incident_at: str  # ISO 8601 UTC: the first escalated message
    transcripts: Sequence[ChatTranscript]
    reporter: Reporter
    # (kind, value) as disclosed: email, phone, handle ("app:name"), payment, age, country...
    identifiers: Sequence[tuple[str, str]] = field(default_factory=tuple)
    summary: str = ""  # what the reviewers found: indicators, decisions


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def _incident_time(value: str) -> str:
    if _DATETIME.fullmatch(value):
        return value
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _transcript_text(transcript: ChatTranscript) -> str:
    lines = []
    for e in transcript.events:
        to = f" -> {e.to}" if e.to else ""
        lines.append(f"[{e.ts}] <{e.sender}{to}> {e.text}")
    return "\n".join(lines)


def ncmec_xml(report: NcmecReport) -> bytes:
    root = ET.Element("report")

    summary = _sub(root, "incidentSummary")
    _sub(summary, "incidentType", INCIDENT_TYPE)
    _sub(summary, "platform", report.network)
    _sub(summary, "incidentDateTime", _incident_time(report.incident_at))
    _sub(
        summary,
        "incidentDateTimeDescription",
        "Time (UTC) of the first message that led to human review of this case.",
    )

    for transcript in report.transcripts:
        chat = _sub(_sub(root, "internetDetails"), "chatImIncident")
        _sub(chat, "chatClient", f"chat network {transcript.network}")
        _sub(chat, "chatRoomName", transcript.room or "private conversation")
        _sub(chat, "content", _transcript_text(transcript))
        _sub(
            chat,
            "additionalInfo",
            f"Conversation {transcript.conversation}, captured as text only; every message"
            " is an entry of the tamper-evident evidence log in the accompanying bundle.",
        )

    reporter = _sub(root, "reporter")
    person = _sub(reporter, "reportingPerson")
    if report.reporter.first_name:
        _sub(person, "firstName", report.reporter.first_name)
    if report.reporter.last_name:
        _sub(person, "lastName", report.reporter.last_name)
    if report.reporter.email:
        _sub(person, "email", report.reporter.email)

    reported = _sub(root, "personOrUserReported")
    emails = [v for k, v in report.identifiers if k == "email"]
    phones = [v for k, v in report.identifiers if k == "phone"]
    if emails or phones:
        who = _sub(reported, "personOrUserReportedPerson")
        for phone in phones:  # person: firstName, lastName, phone*, email*, ...
            _sub(who, "phone", phone)
        for email in emails:
            _sub(who, "email", email)
    _sub(reported, "espService", report.network)
    _sub(reported, "screenName", report.screen_name)
    for kind, value in report.identifiers:
        if kind not in ("handle", "payment"):
            continue
        platform, _, name = value.partition(":")
        # A payment account is where money would go ("Billing"); a handle, an account the
        # user named on another app ("Other": the schema's "Linked" means linked by the ESP).
        account = _sub(reported, "associatedAccount")
        account.set("type", "Billing" if kind == "payment" else "Other")
        _sub(account, "platform", platform if name else kind)
        _sub(account, "screenName", name or value)
        _sub(account, "additionalInfo", "Disclosed by the reported user in the captured chats.")
    others = [f"{k}: {v}" for k, v in report.identifiers if k not in ("email", "phone")]
    info = "Identifiers as the reported user disclosed them in the captured chats; not verified."
    if others:
        info += " Also disclosed: " + "; ".join(others) + "."
    _sub(reported, "additionalInfo", info)

    additional = f"Sweetie case {report.case_id}, referred after review by two people."
    if report.summary:
        additional += " " + report.summary
    _sub(root, "additionalInfo", additional)

    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"
