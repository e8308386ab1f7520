"""Datelines and written-out dates, as Arabic pages print them."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from basma.clean.pubdate import find_date, localise, parse_dateline, parse_value


@pytest.mark.parametrize(
    ("line", "section", "local"),
    [
        ("العالم العربي 18-11-2025 | 06:00", "العالم العربي", datetime(2025, 11, 18, 6, 0)),
        ("سياسة 11/17/2025 9:19:00 PM", "سياسة", datetime(2025, 11, 17, 21, 19)),
        ("الثلاثاء 18 تشرين الثاني 2025", None, datetime(2025, 11, 18)),
        ("آخر تحديث: 20 نوفمبر 2025 - 09:15 ص", None, datetime(2025, 11, 20, 9, 15)),
        ("اقتصاد ٠٣-٠٢-٢٠٢٤ | ١٤:٠٥", "اقتصاد", datetime(2024, 2, 3, 14, 5)),
    ],
)
def test_reads_datelines(line: str, section: str | None, local: datetime) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert dateline.section == section and dateline.local == local


@pytest.mark.parametrize(
    "line",
    [
        "وفي 11 تشرين الثاني/نوفمبر، صرّح المتحدث بأن الزيارة ستتم قريباً بعد استكمال التحضيرات.",
        "ضم الوفد نحو 190 شخصية",
        "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس أعلنت الوزارة اليوم إطلاق برنامج جديد",
    ],
)
def test_sentences_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_finds_maghrebi_and_levantine_month_names() -> None:
    assert find_date("الأربعاء 19 نونبر 2025")[:2] == (date(2025, 11, 19), None)  # type: ignore[index]
    assert find_date("نشر في 3 آذار 2024 الساعة 10:30")[:2] == (date(2024, 3, 3), time(10, 30))  # type: ignore[index]


def test_localise_uses_outlet_zone_or_says_utc_was_assumed() -> None:
    beirut, assumed = localise(datetime(2025, 11, 18, 6, 0), "Asia/Beirut")
    assert beirut.isoformat() == "2025-11-18T06:00:00+02:00" and not assumed
    summer, _ = localise(datetime(2025, 7, 18, 6, 0), "Asia/Beirut")
    assert summer.isoformat() == "2025-07-18T06:00:00+03:00"
    unknown, assumed = localise(datetime(2025, 11, 18, 6, 0), None)
    assert unknown.isoformat() == "2025-11-18T06:00:00+00:00" and assumed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-18T06:00:00+02:00", "2025-11-18T06:00:00+02:00"),
        ("2025-11-18", "2025-11-18T00:00:00"),
        ("Tue, 18 Nov 2025 04:00:00 GMT", "2025-11-18T04:00:00+00:00"),
        ("18 نوفمبر 2025", "2025-11-18T00:00:00"),
    ],
)
def test_parses_given_values(value: str, expected: str) -> None:
    parsed = parse_value(value)
    assert parsed is not None and parsed.isoformat() == expected


def test_unparseable_value_is_none() -> None:
    assert parse_value("قريباً") is None
