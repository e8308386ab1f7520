"""Language identification restricted to the languages Arabic news pages come in."""

from __future__ import annotations

import pytest

from basma.clean.langid import identify

SAMPLES = {
    "ar": "أعلنت وزارة الخارجية أن الوزير سيتوجه إلى القاهرة الأسبوع المقبل في زيارة تستمر يومين.",
    "fa": "وزیر امور خارجه گفت که این سفر برای گسترش همکاری‌های اقتصادی میان دو کشور انجام می‌شود.",
    "ur": "وزیر خارجہ نے کہا ہے کہ دونوں ملکوں کے درمیان تجارت بڑھانے کے لیے نئے معاہدے کیے جائیں گے۔",
    "en": "The foreign minister said the visit to Cairo next week would focus on trade and border security.",
    "fr": "Le ministre des affaires étrangères a déclaré que la visite porterait sur le commerce.",
    "tr": "Dışişleri bakanı, gelecek hafta yapılacak ziyaretin ticarete odaklanacağını söyledi.",
    "he": "שר החוץ אמר כי הביקור בשבוע הבא יתמקד בסחר ובביטחון הגבולות בין שתי המדינות.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_identifies_each_language(lang: str) -> None:
    assert identify(SAMPLES[lang]) == lang


def test_persian_letters_are_not_taken_for_arabic() -> None:
    """Persian shares the Arabic script; its letters and stop words must decide."""
    assert identify("این گزارش نشان می‌دهد که پژوهشگران چگونه کار کرده‌اند و چه نتیجه‌ای گرفته‌اند.") == "fa"


def test_arabic_typed_with_persian_ya_and_kaf_stays_arabic() -> None:
    """Arabic typed on a Persian keyboard has ی and ک but keeps Arabic function words."""
    text = "قال المتحدث باسم الحکومة فی مؤتمر صحفی إن الوزارة ستعلن عن خطة جدیدة من أجل دعم الاقتصاد."
    assert identify(text) == "ar"


def test_too_little_text_is_undetermined() -> None:
    assert identify("12:30 | 18-11-2025") == "und"
