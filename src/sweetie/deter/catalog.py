"""The warning catalog: reviewed texts as data (catalog/*.yaml), rendered per jurisdiction.

Two kinds of file, read with the project's strict YAML loader (duplicate keys refused, errors
as file:line):
  * jurisdictions.yaml — per jurisdiction (ISO country code, `EU`, `generic`): the short
    citation of the law a warning names, the full provisions with their official sources,
    and where to get help;
  * <language>.yaml — per step (warn_1, warn_2) and variant, a text with the placeholders
    {law} and {help}; optionally for one jurisdiction only (`jurisdiction: PH`).
An entry is one template rendered for one jurisdiction; its sources are the sources of the
provisions and of the help it names. Every entry is checked when the catalog loads: no
placeholder left, at most MAX_TEXT characters (an IRC line), at least one source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from sweetie.detect.yaml_loader import LineDict, LineList, load_yaml_bytes
from sweetie.events import DecisionKind, InputError

__all__ = [
    "GENERIC",
    "MAX_TEXT",
    "STEPS",
    "Catalog",
    "CatalogEntry",
    "Jurisdiction",
    "builtin_catalog",
    "load_catalog",
]

GENERIC = "generic"
MAX_TEXT = 400  # characters; an IRC line holds ~450 bytes after the prefix
STEPS = (DecisionKind.WARN_1.value, DecisionKind.WARN_2.value)
FALLBACK_LANGUAGE = "en"
PLACEHOLDERS = ("{law}", "{help}")
_LEFTOVER = re.compile(r"\{[^{}]*\}|\{|\}|<[A-Z_]+>|\bTODO\b|\bTBD\b|XXX")
_CODE = re.compile(r"[A-Z]{2}|generic")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    code: str
    name: str
    law: str
    law_by_language: Mapping[str, str]
    provisions: tuple[tuple[str, str], ...]  # (citation, source)
    help_name: str
    help_url: str
    help_source: str
    covers: tuple[str, ...]

    def law_in(self, language: str) -> str:
        return self.law_by_language.get(language, self.law)

    @property
    def sources(self) -> tuple[str, ...]:
        return (*(source for _, source in self.provisions), self.help_source)


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One reviewed warning text, for one language, jurisdiction, step and variant."""

    id: str  # "<language>/<jurisdiction>/<step>/<variant>"
    language: str
    jurisdiction: str
    step: str
    variant: str
    text: str
    sources: tuple[str, ...]
    file: str  # where the template is, file:line


@dataclass(frozen=True, slots=True)
class _Template:
    language: str
    jurisdiction: str
    step: str
    variant: str
    text: str
    where: str


class Catalog:
    def __init__(
        self, jurisdictions: Mapping[str, Jurisdiction], templates: list[_Template]
    ) -> None:
        self.jurisdictions = dict(jurisdictions)
        self._templates = {(t.language, t.jurisdiction, t.step, t.variant): t for t in templates}
        self.languages = tuple(sorted({t.language for t in templates}))
        self.variants = tuple(sorted({t.variant for t in templates}))
        self._country = {c: j.code for j in self.jurisdictions.values() for c in j.covers}
        self._country.update({code: code for code in self.jurisdictions if code != GENERIC})

    def jurisdiction_for(self, country: str | None) -> str:
        """The catalog's jurisdiction for a disclosed ISO country code (generic if none)."""
        if not country:
            return GENERIC
        return self._country.get(country.strip().upper(), GENERIC)

    def language_for(self, language: str | None) -> str:
        return language if language in self.languages else FALLBACK_LANGUAGE

    def entry(
        self, language: str | None, country: str | None, step: str, variant: str
    ) -> CatalogEntry:
        lang = self.language_for(language)
        code = self.jurisdiction_for(country)
        template = self._templates.get((lang, code, step, variant)) or self._templates.get(
            (lang, GENERIC, step, variant)
        )
        if template is None:
            raise KeyError(f"no catalog text for {lang}/{step}/{variant}")
        return _render(template, self.jurisdictions[code])

    def entries(self) -> Iterator[CatalogEntry]:
        """Every entry the catalog can produce: each template in each jurisdiction."""
        for lang in self.languages:
            for code in sorted(self.jurisdictions):
                for step in STEPS:
                    for variant in self.variants:
                        key = (lang, code, step, variant)
                        generic = (lang, GENERIC, step, variant)
                        if key in self._templates or generic in self._templates:
                            yield self.entry(lang, None if code == GENERIC else code, step, variant)

    def has_generic(self, language: str, step: str, variant: str) -> bool:
        return (language, GENERIC, step, variant) in self._templates


def _render(template: _Template, jurisdiction: Jurisdiction) -> CatalogEntry:
    help_text = f"{jurisdiction.help_name} ({jurisdiction.help_url})"
    text = template.text.replace("{law}", jurisdiction.law_in(template.language)).replace(
        "{help}", help_text
    )
    # The sources of what the text names: the law it cites, the help it points to.
    sources: tuple[str, ...] = ()
    if "{law}" in template.text:
        sources += tuple(source for _, source in jurisdiction.provisions)
    if "{help}" in template.text:
        sources += (jurisdiction.help_source,)
    if not sources:  # a text written for one jurisdiction names both in its own words
        sources = jurisdiction.sources
    return CatalogEntry(
        id=f"{template.language}/{jurisdiction.code}/{template.step}/{template.variant}",
        language=template.language,
        jurisdiction=jurisdiction.code,
        step=template.step,
        variant=template.variant,
        text=" ".join(text.split()),
        sources=sources,
        file=template.where,
    )


# --- loading ---------------------------------------------------------------------------


def _str(data: LineDict, key: str, source: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise InputError(
            "must be a non-empty string", source=source, line=data.line_of(key), field=key
        )
    return " ".join(value.split())


def _map(value: Any, source: str, line: int, field: str) -> LineDict:
    if not isinstance(value, LineDict):
        raise InputError("must be a mapping", source=source, line=line, field=field)
    return value


def _only(data: LineDict, allowed: set[str], source: str, where: str) -> None:
    for key in data:
        if key not in allowed:
            raise InputError(
                f"unknown field (allowed: {', '.join(sorted(allowed))})",
                source=source,
                line=data.line_of(key),
                field=f"{where}.{key}" if where else key,
            )


def _jurisdictions(data: Any, source: str) -> dict[str, Jurisdiction]:
    top = _map(data, source, 1, "jurisdictions")
    _only(top, {"jurisdictions"}, source, "")
    table = _map(top.get("jurisdictions"), source, top.line_of("jurisdictions"), "jurisdictions")
    found: dict[str, Jurisdiction] = {}
    for code, value in table.items():
        line = table.line_of(code)
        if not _CODE.fullmatch(code):
            raise InputError(
                "a jurisdiction is an ISO 3166 code (two capitals) or 'generic'",
                source=source,
                line=line,
                field=code,
            )
        j = _map(value, source, line, code)
        _only(j, {"name", "law", "law_by_language", "provisions", "help", "covers"}, source, code)
        provisions = j.get("provisions")
        if not isinstance(provisions, LineList) or not provisions:
            raise InputError(
                "must list at least one provision",
                source=source,
                line=j.line_of("provisions"),
                field=f"{code}.provisions",
            )
        cited: list[tuple[str, str]] = []
        for i, item in enumerate(provisions):
            p = _map(item, source, provisions.line_of(i), f"{code}.provisions[{i}]")
            _only(p, {"citation", "source"}, source, f"{code}.provisions[{i}]")
            cited.append((_str(p, "citation", source), _source(p, source)))
        help_ = _map(j.get("help"), source, j.line_of("help"), f"{code}.help")
        _only(help_, {"name", "url", "source"}, source, f"{code}.help")
        by_language = j.get("law_by_language") or {}
        if by_language:
            by_language = _map(by_language, source, j.line_of("law_by_language"), code)
            for lang in by_language:
                _str(by_language, lang, source)
        covers = j.get("covers") or []
        if not isinstance(covers, list) or not all(
            isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in covers
        ):
            raise InputError(
                "must list ISO 3166 codes",
                source=source,
                line=j.line_of("covers"),
                field=f"{code}.covers",
            )
        found[code] = Jurisdiction(
            code=code,
            name=_str(j, "name", source),
            law=_str(j, "law", source),
            law_by_language={k: " ".join(str(v).split()) for k, v in by_language.items()},
            provisions=tuple(cited),
            help_name=_str(help_, "name", source),
            help_url=_str(help_, "url", source),
            help_source=_source(help_, source),
            covers=tuple(covers),
        )
    if GENERIC not in found:
        raise InputError("no 'generic' jurisdiction (the fallback)", source=source)
    return found


def _source(data: LineDict, source: str) -> str:
    value = _str(data, "source", source)
    if not value.startswith("https://"):
        raise InputError(
            "must be the https:// address of the official text",
            source=source,
            line=data.line_of("source"),
            field="source",
        )
    return value


def _templates(data: Any, source: str, language: str) -> list[_Template]:
    top = _map(data, source, 1, "templates")
    _only(top, {"language", "templates"}, source, "")
    if top.get("language") != language:
        raise InputError(
            f"must be {language!r}, as the file name says",
            source=source,
            line=top.line_of("language"),
            field="language",
        )
    items = top.get("templates")
    if not isinstance(items, LineList) or not items:
        raise InputError(
            "must list templates", source=source, line=top.line_of("templates"), field="templates"
        )
    found: list[_Template] = []
    seen: dict[tuple[str, str, str], int] = {}
    for i, item in enumerate(items):
        line = items.line_of(i)
        t = _map(item, source, line, f"templates[{i}]")
        _only(t, {"step", "variant", "jurisdiction", "text"}, source, f"templates[{i}]")
        step = _str(t, "step", source)
        if step not in STEPS:
            raise InputError(
                f"must be one of {', '.join(STEPS)}",
                source=source,
                line=t.line_of("step"),
                field=f"templates[{i}].step",
            )
        variant = _str(t, "variant", source)
        if not _NAME.fullmatch(variant):
            raise InputError(
                "must be a short lower-case name",
                source=source,
                line=t.line_of("variant"),
                field=f"templates[{i}].variant",
            )
        code = _str(t, "jurisdiction", source, required=False) or GENERIC
        text = _str(t, "text", source)
        key = (code, step, variant)
        if key in seen:
            raise InputError(
                f"{code}/{step}/{variant} given twice (first at line {seen[key]})",
                source=source,
                line=line,
                field=f"templates[{i}]",
            )
        seen[key] = line
        found.append(_Template(language, code, step, variant, text, f"{source}:{line}"))
    return found


def _check(catalog: Catalog) -> None:
    for template in catalog._templates.values():
        if template.jurisdiction not in catalog.jurisdictions:
            raise InputError(
                f"unknown jurisdiction {template.jurisdiction!r}", source=template.where
            )
    for entry in catalog.entries():
        leftover = _LEFTOVER.search(entry.text)
        if leftover:
            raise InputError(
                f"{entry.id}: placeholder {leftover.group(0)!r} left unfilled", source=entry.file
            )
        if len(entry.text) > MAX_TEXT:
            raise InputError(
                f"{entry.id}: {len(entry.text)} characters, more than {MAX_TEXT}",
                source=entry.file,
            )
        if not entry.sources:
            raise InputError(f"{entry.id}: no source", source=entry.file)


def _read(folder: Traversable, name: str, label: str) -> Any:
    entry = folder.joinpath(name)
    return load_yaml_bytes(entry.read_bytes(), f"{label}/{name}")


def load_catalog(folder: Path | Traversable | None = None) -> Catalog:
    """Load and check a catalog folder (the shipped one by default)."""
    label = "sweetie/deter/catalog"
    if folder is None:
        folder = resources.files("sweetie.deter").joinpath("catalog")
    else:
        label = str(folder)
    jurisdictions = _jurisdictions(
        _read(folder, "jurisdictions.yaml", label), f"{label}/jurisdictions.yaml"
    )
    templates: list[_Template] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = entry.name
        if not name.endswith(".yaml") or name == "jurisdictions.yaml":
            continue
        language = name.removesuffix(".yaml")
        templates.extend(_templates(_read(folder, name, label), f"{label}/{name}", language))
    catalog = Catalog(jurisdictions, templates)
    _check(catalog)
    return catalog


@cache
def builtin_catalog() -> Catalog:
    return load_catalog()
