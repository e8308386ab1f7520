"""Event location: the clause's place, the visit's host, the dateline, or nothing."""

from __future__ import annotations

from collections.abc import Sequence

import basma
from basma.document import Document
from basma.places import find_places, locate_event
from basma.records import Article, Location, Span
from basma.text import analyse

SEED_PUBLISHED = "2025-11-18T06:00:00+02:00"


def analysed(text: str, metadata: dict[str, str] | None = None) -> Document:
    doc = Document(Article(id="t", text=text, metadata=metadata or {}))
    analyse(doc)
    doc.places = find_places(doc)
    return doc


def where(
    doc: Document, context: str, trigger: str, recipients: Sequence[str] = (), **kw: object
) -> Location | None:
    start = doc.text.index(trigger, doc.text.index(context))
    sentence = doc.sentence_at(start)
    assert sentence is not None
    return locate_event(doc, sentence, Span.of(doc.text, start, start + len(trigger)), recipients, **kw)  # type: ignore[arg-type]


def test_a_setting_in_the_clause_locates_the_event_with_coordinates() -> None:
    doc = analysed("التقى الوزيران في عمان لبحث ملف المياه.")
    loc = where(doc, "التقى", "التقى", ["JOR"], event_type="CONSULT")
    assert loc is not None and loc.resolved_name in ("Amman", "Oman")
    doc = analysed("اعتقلت الشرطة خمسة مطلوبين في الموصل.")
    loc = where(doc, "اعتقلت", "اعتقلت", ["IRQ"], event_type="COERCE")
    assert loc is not None and loc.geonameid == 99072 and loc.resolution == "point"
    assert loc.lat is not None and loc.admin1 == "IQ.15"
    assert loc.span is not None and loc.span.text == "الموصل"


def test_a_place_the_clause_is_about_does_not_locate_it() -> None:
    """ "شرق الفرات" after بشأن/مصير is a topic, not where the talks were held."""
    doc = analysed("أجرت الوفود محادثات بشأن مصير المناطق شرق الفرات.")
    assert where(doc, "أجرت", "محادثات", ["SYR"], event_type="CONSULT") is None


def test_a_visit_without_a_stated_place_is_at_the_hosts_capital() -> None:
    doc = analysed("بدأ الرئيس زيارة رسمية التقى خلالها كبار المسؤولين.")
    loc = where(doc, "بدأ", "زيارة", ["TUR"], event_type="CONSULT", mode=["visit"])
    assert loc is not None and loc.resolved_name == "Ankara" and loc.span is None


def test_the_dateline_is_the_last_resort() -> None:
    doc = analysed("أعلنت الوزارة توقيع مذكرة تفاهم جديدة.", {"dateline_place": "الرياض"})
    loc = where(doc, "أعلنت", "أعلنت", [], event_type="AGREE")
    assert loc is not None and loc.resolved_name == "Riyadh"
    assert where(analysed("أعلنت الوزارة توقيع مذكرة تفاهم جديدة."), "أعلنت", "أعلنت") is None


def test_many_places_in_an_article_do_not_pin_every_event() -> None:
    text = "زار الوزير بغداد الأسبوع الماضي. وفي تصريح لاحق، انتقد الوزير السياسات الاقتصادية."
    doc = analysed(text)
    assert where(doc, "انتقد", "انتقد", [], event_type="ACCUSE") is None


def test_seed_places_and_visit_locations(seed_text: str) -> None:
    coded = basma.code_text(seed_text, published_at=SEED_PUBLISHED, outlet="النهار")
    doc = Document(coded.article)
    analyse(doc)
    doc.mentions = coded.mentions
    doc.places = find_places(doc)
    names = {m.span.text for m in doc.places}
    assert {"دمشق", "موسكو", "واشنطن", "أنقرة", "الساحل السوري", "شرق الفرات"} <= names

    def at(context: str, trigger: str, recipients: list[str], mode: tuple[str, ...] = ()) -> str | None:
        loc = where(doc, context, trigger, recipients, event_type="CONSULT", mode=mode)
        return loc.resolved_name if loc else None

    assert at("استقبلت العاصمة", "استقبلت", ["SYR"], ("visit",)) == "Damascus"  # E1
    assert at("اللقاء الذي جمع الوفد", "اللقاء", ["SYR"]) == "Damascus"  # E2
    assert at("خلال زيارة الرئيس السوري", "زيارة", ["USA"], ("visit",)) == "Washington"  # E4
    assert at("أفادت تقارير متطابقة", "محادثات", ["SYR"]) == "Damascus"  # E6, not east of the Euphrates
    assert at("الوفد السوري خلال زيارته", "زيارته", ["RUS"], ("visit",)) == "Moscow"  # E11
    assert at("لقاء الشرع والرئيس الروسي", "لقاء", ["RUS"], ("visit",)) == "Moscow"  # E14


def test_a_wire_dateline_in_the_first_line_is_read() -> None:
    """Wire copy opens with "واس - الكويت :" or "عين اليوم – الدمام"."""
    doc = analysed("عين اليوم – الدمام\nأعلنت الشركة توقيع عقد جديد لتوسعة المصنع.")
    loc = where(doc, "أعلنت", "أعلنت", [], event_type="AGREE")
    assert loc is not None and loc.resolved_name == "Dammam" and loc.span is not None
    assert loc.span.text == "الدمام"
    doc = analysed("أعلنت الشركة - في بيان لها - توقيع عقد جديد لتوسعة المصنع في الخارج.")
    assert where(doc, "أعلنت", "أعلنت", [], event_type="AGREE") is None
