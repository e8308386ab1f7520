"""The line cleaner on short, targeted pieces of scraped text."""

from __future__ import annotations

from basma.clean.furniture import byline, caption_credit, strip_ui
from basma.clean.lines import clean_lines

P1 = "أعلنت وزارة الصحة إطلاق حملة وطنية للتطعيم تستهدف الأطفال دون سن الخامسة في جميع المحافظات."
P2 = "وتعتمد الحملة على فرق متنقلة تزور المنازل إلى جانب نقاط ثابتة في المراكز الصحية والمدارس."
P3 = "ودعت الوزارة أولياء الأمور إلى التعاون مع الفرق حتى لو سبق تطعيم أطفالهم في حملات سابقة."


def test_interface_words_glued_to_a_line_are_stripped() -> None:
    """The SaudiNewsNet texts start with 'Next Previous' glued to the first line."""
    assert strip_ui("Next Previous عين اليوم – الدمام") == "عين اليوم – الدمام"
    assert strip_ui("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك وافق المجلس") == "وافق المجلس"
    assert strip_ui(P1) == P1


def test_caption_credit_needs_a_short_line_closed_by_a_bracketed_name() -> None:
    assert caption_credit("مباحثات عسكرية في دمشق. (سانا)") == "سانا"
    assert caption_credit("مناطق انتشار قوات سوريا الديموقراطية (قسد).") is None
    assert caption_credit("(سانا)") is None


def test_bylines_give_the_author() -> None:
    assert byline("كتب: سامر خليل") == "سامر خليل"
    assert byline("بقلم: ليلى الفارس") == "ليلى الفارس"
    assert byline(P1) is None


def test_adjacent_repeat_becomes_one_caption() -> None:
    caption = "جانب من الاجتماع في عمّان. (بترا)"
    result = clean_lines([P1, caption, caption, P2], title="عنوان")
    assert result.captions == (caption,)
    assert result.body == f"{P1}\n\n{P2}"


def test_repeated_paragraph_is_kept_once_in_the_body() -> None:
    """A long paragraph scraped twice in a row is an artefact, not a caption."""
    result = clean_lines([P1, P2, P2, P3], title="عنوان")
    assert result.body == f"{P1}\n\n{P2}\n\n{P3}" and result.captions == ()


def test_short_formula_may_recur() -> None:
    """Decree lists repeat a short closing formula; it is not dropped as a repeat."""
    formula = "وقد صدر مرسوم بذلك."
    result = clean_lines([P1, formula, P2, formula], title="عنوان")
    assert result.body.count(formula) == 2


def test_tag_block_and_most_read_list_are_removed() -> None:
    lines = [P1, P2, "العلامات الدالة", "الصحة", "التطعيم", "الأكثر قراءة", "خبر شائع عن الطقس", P3]
    result = clean_lines(lines, title="عنوان")
    assert result.body == f"{P1}\n\n{P2}"
    assert result.tags == ("الصحة", "التطعيم")


def test_read_also_link_in_the_middle_is_removed_and_article_continues() -> None:
    result = clean_lines([P1, "اقرأ أيضاً:", "الوزارة تفتتح مستشفى جديداً", P2, P3], title="عنوان")
    assert result.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_most_read_heading_at_the_top_does_not_cut_the_article() -> None:
    """A sidebar list before the article is a block to drop, not the end of the article."""
    result = clean_lines(["الأكثر قراءة", "خبر عن الطقس", P1, P2, P3], title="عنوان")
    assert result.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_header_zone_gives_title_dateline_and_standfirst() -> None:
    title = "الوزارة تطلق حملة وطنية للتطعيم"
    standfirst = "تستمر الحملة أربعة أيام وتشمل المحافظات كلها."
    lines = [title, "صحة 20-11-2025 | 09:15", title, standfirst, title, "Smaller Bigger", P1, P2]
    result = clean_lines(lines)
    assert result.title == title
    assert result.standfirst == standfirst
    assert result.dateline is not None and result.dateline.section == "صحة"
    assert result.body == f"{P1}\n\n{P2}"


def test_trailing_read_more_does_not_turn_the_article_into_a_header() -> None:
    """'...المزيد' at the end of a short text once made every paragraph a standfirst."""
    result = clean_lines([P1, P2, P3, "...المزيد"], title="عنوان")
    assert result.body == f"{P1}\n\n{P2}\n\n{P3}" and result.standfirst is None


def test_wire_dateline_is_not_taken_for_a_title() -> None:
    result = clean_lines(["صحيفة الواحة – الدمام", P1, P2])
    assert result.title is None and result.body.startswith("صحيفة الواحة – الدمام")
