"""Catalog lint: every language has every step, every entry its source, nothing left to fill,
every text fits an IRC line; and a malformed catalog fails with file:line."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from sweetie.deter.catalog import GENERIC, MAX_TEXT, STEPS, builtin_catalog, load_catalog
from sweetie.events import InputError

LANGUAGES = {"en", "nl", "de", "tl", "ceb", "es"}
JURISDICTIONS = {"PH", "NL", "GB", "US", "AU", "DE"}
# The provisions each jurisdiction's warning must cite (the brief's list of applicable law).
CITES = {
    "generic": ["CETS No. 201", "art. 21", "art. 23"],
    "EU": ["2011/93/EU", "arts. 4 (sexual exploitation), 5 (child pornography) and 6"],
    "PH": ["Republic Act No. 11930"],
    "NL": ["art. 251"],
    "GB": ["s. 15A", "ss. 48-50"],
    "US": ["§ 2422(b)", "§ 2251(a)"],
    "AU": ["ss. 474.25A-474.27A"],
    "DE": ["§ 176a", "§ 176b"],
}
HELP = {
    "GB": "stopitnow.org.uk",
    "NL": "stopitnow.nl",
    "US": "stopitnow.org",
    "DE": "kein-taeter-werden.de",
    "generic": "troubled-desire.com",
}


def catalog_folder() -> Path:
    return Path(str(resources.files("sweetie.deter").joinpath("catalog")))


def test_every_language_and_step_has_a_generic_entry_in_every_variant() -> None:
    catalog = builtin_catalog()
    assert set(catalog.languages) >= LANGUAGES
    assert set(catalog.variants) >= {"legal", "help", "both"}
    assert JURISDICTIONS | {GENERIC} <= set(catalog.jurisdictions)
    for language in catalog.languages:
        for step in STEPS:
            for variant in catalog.variants:
                assert catalog.has_generic(language, step, variant), (language, step, variant)


def test_every_entry_is_sourced_filled_and_short() -> None:
    entries = list(builtin_catalog().entries())
    assert len(entries) >= len(LANGUAGES) * len(STEPS) * 3 * (len(JURISDICTIONS) + 1)
    for e in entries:
        assert e.sources and all(s.startswith("https://") for s in e.sources), e.id
        assert not re.search(r"[{}<>]|TODO|TBD|XXX", e.text), e.id
        assert 0 < len(e.text) <= MAX_TEXT, (e.id, len(e.text))
        assert e.text == " ".join(e.text.split())
        if e.variant in ("legal", "both"):
            law = builtin_catalog().jurisdictions[e.jurisdiction].law_in(e.language)
            assert law in e.text, e.id
        if e.variant in ("help", "both"):
            assert builtin_catalog().jurisdictions[e.jurisdiction].help_url in e.text, e.id


def test_jurisdictions_cite_the_applicable_law_and_name_help() -> None:
    catalog = builtin_catalog()
    for code, needles in CITES.items():
        citations = " ".join(c for c, _ in catalog.jurisdictions[code].provisions)
        for needle in needles:
            assert needle in citations, (code, needle)
    for code, url in HELP.items():
        assert catalog.jurisdictions[code].help_url == url
    assert catalog.jurisdiction_for("gb") == "GB"
    assert catalog.jurisdiction_for("FR") == "EU"
    assert catalog.jurisdiction_for("BR") == GENERIC
    assert catalog.jurisdiction_for(None) == GENERIC


def test_second_warning_says_identified_and_recorded_in_english() -> None:
    catalog = builtin_catalog()
    for variant in catalog.variants:
        text = catalog.entry("en", None, "warn_2", variant).text
        assert "you have been identified and your chats are recorded" in text


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(catalog_folder(), folder)
    return folder


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("en.yaml", "variant: help\n", "variant: help\n    variant: help\n", "duplicate key"),
        ("en.yaml", "Stop now.", "Stop now {name}.", "placeholder '{name}' left unfilled"),
        ("en.yaml", "Stop now.", "Stop now. " + "x" * 400, "more than 400"),
        (
            "jurisdictions.yaml",
            "source: https://www.law.cornell.edu/uscode/text/18/2422\n",
            "\n",
            "source: must be a non-empty string",
        ),
        (
            "jurisdictions.yaml",
            "source: https://troubled-desire.com\n",
            "source: troubled-desire.com\n",
            "must be the https:// address",
        ),
        ("de.yaml", "language: de", "language: en", "must be 'de'"),
    ],
)
def test_a_bad_catalog_fails_with_file_and_line(
    tmp_path: Path, file: str, old: str, new: str, message: str
) -> None:
    folder = _copy(tmp_path)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_catalog(folder)
    assert message in str(err.value)
    assert re.search(rf"{re.escape(file)}:\d+", str(err.value)), str(err.value)
