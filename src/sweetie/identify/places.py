"""Country and city names (a gazetteer in the package), to ISO 3166 alpha-2 codes.

Country names come from the locale data `phonenumbers` ships (en, nl, de, es, ...), plus the
aliases people use (data/countries.tsv); cities from data/cities.tsv. Nothing is looked up
anywhere else.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from phonenumbers.geodata.locale import LOCALE_DATA

__all__ = ["city_country", "country_code", "longest_place"]

_LANGUAGES = ("en", "nl", "de", "es", "fr", "it", "pt")


def _table(name: str) -> dict[str, str]:
    text = (resources.files("sweetie.identify") / "data" / name).read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, code = line.split("\t")
            table[key.strip().casefold()] = code.strip().upper()
    return table


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, by_language in LOCALE_DATA.items():
        if len(code) != 2:
            continue
        for language in _LANGUAGES:
            name = by_language.get(language)
            while name and name.startswith("*"):
                name = by_language.get(name[1:])
            if name:
                names.setdefault(name.casefold(), code)
    names.update(_table("countries.tsv"))
    return names


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    return _table("cities.tsv")


def country_code(name: str) -> str | None:
    return _countries().get(name.strip().casefold())


def city_country(name: str) -> str | None:
    return _cities().get(name.strip().casefold())


def longest_place(words: list[str]) -> tuple[str, str, str, int] | None:
    """The longest place name the words start with: (kind, name, code, words used)."""
    for n in range(min(4, len(words)), 0, -1):
        name = " ".join(words[:n]).casefold()
        # A city first: "cebu city" is a city, "mexico" a country unless a city is named.
        if (code := city_country(name)) is not None:
            return "city", name, code, n
        if (code := country_code(name)) is not None:
            return "country", name, code, n
    return None
