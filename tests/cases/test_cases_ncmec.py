"""The CyberTipline report for US recipients, validated against NCMEC's published schema."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import xmlschema
from cases_helpers import ROUTING, XSD, Env

from sweetie.cases.ncmec import INCIDENT_TYPE
from sweetie.cases.referral import DEFAULT_RECIPIENT, Routing
from sweetie.cases.service import CaseService
from sweetie.events import ConfigError, DecisionKind

DISCLOSED = [
    ("email", "big.john77@example.com"),
    ("phone", "+15555550123"),
    ("handle", "telegram:bigjohn77"),
    ("payment", "gcash:+639171234567"),
    ("country", "US"),
    ("age", "45"),
]


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(XSD)


def test_us_referral_carries_a_valid_cybertipline_report(
    env: Env, schema: xmlschema.XMLSchema
) -> None:
    cases = CaseService(
        env.db,
        env.log,
        env.data_dir,
        routing=Routing.from_config(ROUTING),
        identifiers=lambda subject: DISCLOSED,
        pdf=False,
    )
    [case] = cases.queue()
    # No jurisdiction given: the country the subject disclosed (US) decides the recipient.
    cases.decide(case.id, env.user("rita"), DecisionKind.PROPOSE_REFERRAL, "enticement")
    referral = cases.approve_referral(case.id, env.user("sue"))
    assert referral.recipient.name == "NCMEC CyberTipline"
    assert referral.ncmec_path is not None and referral.bundle_path is not None
    assert referral.ncmec_path.parent == referral.bundle_path.parent

    xml = referral.ncmec_path.read_bytes()
    schema.validate(xml)  # raises on a missing element, a wrong order or a bad value
    root = ET.fromstring(xml)
    assert [c.tag for c in root] == [
        "incidentSummary",
        "internetDetails",
        "reporter",
        "personOrUserReported",
        "additionalInfo",
    ]
    assert root.findtext("incidentSummary/incidentType") == INCIDENT_TYPE
    assert root.findtext("incidentSummary/incidentDateTime") == "2026-03-01T20:17:00Z"
    chat = root.find("internetDetails/chatImIncident")
    assert chat is not None
    assert chat.findtext("chatRoomName") == "private conversation"
    content = chat.findtext("content") or ""
    assert "<bigjohn -> mia_11> how old are you?" in content
    assert "do you have a younger sister?" in content
    reported = root.find("personOrUserReported")
    assert reported is not None
    assert reported.findtext("screenName") == "bigjohn"
    assert reported.findtext("personOrUserReportedPerson/email") == "big.john77@example.com"
    assert reported.findtext("personOrUserReportedPerson/phone") == "+15555550123"
    accounts = [
        (a.findtext("platform"), a.findtext("screenName"))
        for a in reported.findall("associatedAccount")
    ]
    assert accounts == [("telegram", "bigjohn77"), ("gcash", "+639171234567")]
    assert "country: US" in (reported.findtext("additionalInfo") or "")
    assert root.findtext("reporter/reportingPerson/email") == "desk@example.org"


def test_a_case_with_a_room_and_no_identifiers_is_valid_too(
    env: Env, schema: xmlschema.XMLSchema
) -> None:
    cases = env.service({"default": {"name": "CyberTipline", "kind": "hotline", "country": "US"}})
    [case] = cases.queue()
    cases.decide(case.id, env.user("sam"), DecisionKind.PROPOSE_REFERRAL, "x", jurisdiction="PH")
    referral = cases.approve_referral(case.id, env.user("sue"))
    assert referral.recipient.jurisdiction == "generic" and referral.ncmec_path is not None
    schema.validate(referral.ncmec_path.read_bytes())


def test_routing_config() -> None:
    routing = Routing.from_config(ROUTING)
    assert routing.recipient_for("us").name == "NCMEC CyberTipline"
    assert routing.recipient_for("US").wants_ncmec
    assert not routing.recipient_for("NL").wants_ncmec
    assert routing.recipient_for("DE") == DEFAULT_RECIPIENT
    assert Routing.from_config(None).recipient_for("US") == DEFAULT_RECIPIENT
    with pytest.raises(ConfigError, match=r"referrals\.US\.kind: 'fax'"):
        Routing.from_config({"US": {"name": "x", "kind": "fax"}})
    with pytest.raises(ConfigError, match=r"referrals\.NL\.name: must not be empty"):
        Routing.from_config({"NL": {"kind": "police"}})
    with pytest.raises(ConfigError, match=r"referrals\.NL: unknown keys url"):
        Routing.from_config({"NL": {"name": "x", "url": "https://x"}})
