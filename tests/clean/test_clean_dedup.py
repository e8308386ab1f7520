"""Exact and near-duplicate links between articles."""

from __future__ import annotations

from basma.clean.dedup import DuplicateIndex
from basma.clean.identity import article_id, content_hash
from basma.records import Article

BODY = (
    "أعلنت وزارة النقل افتتاح طريق سريع جديد يربط العاصمة بالمدن الساحلية، ويختصر زمن الرحلة إلى النصف.\n\n"
    "وقالت الوزارة إن الطريق يضم ستة مسارات ومحطات استراحة، وإن العمل فيه استمر ثلاث سنوات بتمويل حكومي.\n\n"
    "وأضافت أن الطريق سيخفف الضغط عن الطريق القديم الذي يشهد ازدحاماً كبيراً في مواسم الصيف والأعياد.\n\n"
    "ومن المقرر أن تُفرض رسوم عبور رمزية على الشاحنات الثقيلة لتغطية كلفة الصيانة الدورية للطريق."
)
OTHER = (
    "أطلقت البلدية برنامجاً لزراعة عشرة آلاف شجرة في الأحياء السكنية خلال فصل الشتاء بالتعاون مع المدارس.\n\n"
    "ويهدف البرنامج إلى زيادة المساحات الخضراء وخفض درجات الحرارة في الصيف في الأحياء المكتظة بالسكان."
)


def _article(text: str, url: str) -> Article:
    return Article(id=article_id(url, text), text=text, url=url, content_hash=content_hash(text))


def test_exact_copy_is_linked_to_the_first() -> None:
    index = DuplicateIndex()
    first = _article(BODY, "https://a.example/1")
    assert index.add(first) == []
    copy = _article(BODY.replace("أعلنت", "اعلنت"), "https://b.example/9")  # same after normalising
    assert index.add(copy) == [(first.id, "exact", 1.0)]


def test_wire_copy_with_a_new_header_is_a_near_duplicate() -> None:
    index = DuplicateIndex()
    first = _article(BODY, "https://a.example/1")
    index.add(first)
    republished = _article("الرياض - وكالات\n\n" + BODY + "\n\nجميع الحقوق محفوظة", "https://b.example/2")
    links = index.add(republished)
    assert [(other, kind) for other, kind, _ in links] == [(first.id, "near")]
    assert 0.8 <= links[0][2] < 1.0


def test_different_story_is_not_linked() -> None:
    index = DuplicateIndex()
    index.add(_article(BODY, "https://a.example/1"))
    assert index.add(_article(OTHER, "https://a.example/2")) == []
    assert len(index) == 2


def test_short_bodies_are_only_compared_exactly() -> None:
    index = DuplicateIndex()
    index.add(_article("خبر قصير جداً", "https://a.example/1"))
    assert index.add(_article("خبر قصير جداً اليوم", "https://a.example/2")) == []
