"""The gazetteer's own record: one place that text can name."""

from __future__ import annotations

from dataclasses import dataclass

POINT = "point"
ADMIN1 = "admin-1"
COUNTRY = "country"
RESOLUTIONS = (POINT, ADMIN1, COUNTRY)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a city, a country, an admin-1 region or a regional news name.

    ``id`` is ``geo:<geonameid>`` for places that come from GeoNames and the slug of the data-file
    entry for our own regions, so that a stored event can always be traced back to its source.
    ``resolution`` is how precise the place is as an event location (``point`` for a town,
    ``admin-1`` for a province or a region such as the Syrian coast, ``country`` for a state).
    """

    id: str
    name: str
    name_ar: str
    kind: str  # city, country, admin1, region
    country: str | None  # ISO 3166-1 alpha-3
    resolution: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None  # GeoNames style "SY.13"
    geonameid: int | None = None
    population: int = 0
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    capital: bool = False
    source: str = ""
