"""The token grammar of Arabic date expressions, resolved against the publication day.

The scanner walks the tokens once, left to right, and at each position tries the rules from the
most specific to the least: a weekday with an explicit date after it, day + month (+ year), a part
of a month or year ("منتصف الشهر الماضي"), a month name with a year or a modifier, a calendar period
with a modifier ("الأسبوع الماضي"), day words ("أمس"، "أول أمس"), counted offsets ("قبل أسبوعين"،
"بعد أسبوع فقط من") and years ("منذ عام 2015"). Words are compared on their ``base`` form, so
clitics never hide a date ("وبالأمس"، "لتشرين الأول").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from hijridate import Gregorian, Hijri

from basma.dates import periods as P
from basma.dates.lexicon import Calendar, calendar
from basma.records import DateBasis, DateExpr, Granularity, SegmentKind, Span, Token
from basma.text.amounts import number_words
from basma.text.classes import word_class
from basma.text.tokens import NUMBER, Tokens, after_proclitics

EXPLICIT, RELATIVE, CONTEXT = DateBasis.EXPLICIT, DateBasis.RELATIVE, DateBasis.ARTICLE_CONTEXT
SENTENCE_ENDS = frozenset({".", "؟", "?", "!", "؛", ";", "..."})
MONTH_CONTEXT = frozenset(
    {"في", "خلال", "منذ", "حتي", "من", "بين", "شهر", "مطلع", "منتصف", "اواخر", "بدايه", "نهايه"}
)
ALT_SEPARATORS = frozenset({"/", "(", "-", "،", "او"})
NIGHTS = frozenset({"ليل", "ليله"})
QUOTES = frozenset('"«»“”')
FILLERS = frozenset({"فقط", "تقريبا", "واحد", "واحده", "قليله", "قليلا", "معدوده"})
ANCHOR_REACH = 3000
# The rules, most specific first: the order in which ``Scanner.at`` tries them.
RULES = (
    "range",
    "weekday",
    "day_month",
    "part",
    "season",
    "month_name",
    "period",
    "day_word",
    "offset",
    "bare_year",
)
OFFSET_WORDS = ("قبل", "منذ", "بعد")
# Rules look at most this many words past either end of the article (loops over fillers and
# separators stop at the first empty word).
_PADDING = ("",) * 16
FUTURE = SegmentKind.FUTURE.value  # characters back to look for the event an offset counts from


class Scanner:
    """One pass of the date grammar over an article's tokens."""

    def __init__(self, text: str, tokens: Sequence[Token], today: date | None, cal: Calendar) -> None:
        self.text = text
        self.tokens = Tokens.of(tokens)
        # Base and normalised forms, with empty words past both ends: a rule looks a few words
        # ahead or behind (``forms[i + 1]``, ``forms[i - 1]`` at the first word reads the padding
        # at the end), and an empty word matches no rule, so no rule needs a bounds check.
        self.forms = [*self.tokens.bases, *_PADDING]
        self.norms = [*self.tokens.norms, *_PADDING]
        self.today = today
        self.cal = cal
        self.found: list[DateExpr] = []
        self.taken: list[tuple[int, int]] = []

    # ----- helpers over tokens
    def span(self, first: int, last: int) -> Span:
        """Span from token ``first`` (after its proclitics) to the end of token ``last``."""
        start = self.tokens.starts[first]
        if self.norms[first] in self.cal.day_parts:
            return Span.of(self.text, start, self.tokens.ends[last])  # "ليلة", not "ل" + "يلة"
        return Span.of(self.text, start + after_proclitics(self.tokens.parts(first)), self.tokens.ends[last])

    def number(self, i: int) -> tuple[int, str] | None:
        """An integer written in digits at token ``i``, with a letter written against it (2025م)."""
        form = self.forms[i]
        if form.startswith("ال") and form[2:3].isdigit():
            form = form[2:]  # "ال25 من شوال"
        digits = form.rstrip("مه")
        if not digits.isdigit() or not digits.isascii():
            return None
        return int(digits), form[len(digits) :]

    def day_number(self, i: int) -> tuple[int, int, bool] | None:
        """(end, day, written as an ordinal) for "16" or "الحادي عشر" at token ``i``."""
        found = self.number(i)
        if found is not None:
            return (i + 1, found[0], False) if 1 <= found[0] <= 31 and not found[1] else None
        if self.forms[i] not in _ordinal_heads() or self.forms[i - 1] in self.cal.ordinal_not_after:
            return None
        for size in (2, 1):
            key = tuple(self.forms[i] if k == 0 else self.norms[i + k] for k in range(size))
            if key in self.cal.day_ordinals:
                return i + size, self.cal.day_ordinals[key], True
        return None

    def day_part(self, i: int) -> bool:
        return self.forms[i] in self.cal.day_parts or self.norms[i] in self.cal.day_parts

    def month(self, i: int, table: dict[tuple[str, ...], int]) -> tuple[int, int] | None:
        """(end index, month number) of a month name starting at ``i``."""
        if self.forms[i] not in _month_heads():
            return None
        for size in (2, 1):
            key = tuple(
                self.forms[i + k] if k == 0 else self.norms[i + k]
                for k in range(size)
                if i + k < len(self.tokens)
            )
            if len(key) == size and key in table:
                return i + size, table[key]
        return None

    def alternative(self, end: int, number: int) -> int:
        """Skip a second name of the same month: "تشرين الثاني/نوفمبر", "تشرين الثاني (نوفمبر)",
        and without a mark between them, "11 سبتمبر أيلول 2001" (common in Gulf papers)."""
        if self.forms[end] in ALT_SEPARATORS:
            other = self.month(end + 1, self.cal.months)
            if other is not None and other[1] == number:
                after = other[0]
                return after + 1 if self.forms[after] == ")" else after
            return end
        other = self.month(end, self.cal.months)
        return other[0] if other is not None and other[1] == number else end

    def modifier(self, i: int) -> int | None:
        """-1 past, +1 future, 0 current, None when the word at ``i`` is not a modifier."""
        form = self.forms[i]
        if form in self.cal.past:
            return -1
        if form in self.cal.future:
            return 1
        if form in self.cal.current:
            return 0
        return None

    def year(self, i: int) -> tuple[int, int, str] | None:
        """(end, year, calendar) for a year at ``i``: "2015", "عام 2015", "1446 هـ", "2015م"."""
        start = (
            i + 1
            if self.forms[i] in self.cal.year_words
            or (self.forms[i] == "من" and self.forms[i + 1] in self.cal.year_words)
            else i
        )
        if start != i and self.forms[i] == "من":
            start = i + 2
        found = self.number(start)
        if found is None:
            return None
        value, mark = found
        end = start + 1
        if mark == "ه" or self.forms[end] in self.cal.hijri_markers:
            if self.forms[end] in self.cal.hijri_markers:
                end += 1
            return (end, value, "hijri") if 1300 <= value <= 1500 else None
        if mark == "م" or self.forms[end] in self.cal.gregorian_markers:
            end += 1 if self.forms[end] in self.cal.gregorian_markers else 0
        return (end, value, "gregorian") if 1900 <= value <= 2100 else None

    def future_tense(self, i: int) -> bool:
        """Whether a future verb comes shortly before token ``i`` in the same sentence."""
        for k in range(i - 1, max(i - 7, -1), -1):
            if self.norms[k] in SENTENCE_ENDS:
                return False
            if self.forms[k] in self.cal.future_verbs or any(
                part[0] == FUTURE for part in self.tokens.parts(k)
            ):
                return True
        return False

    def anchor(self, i: int) -> tuple[date, DateBasis] | None:
        """The day an offset "من" counts from: the last day expression before it, else publication."""
        start = self.tokens.starts[i]
        for expr in reversed(self.found):
            if expr.granularity is Granularity.DAY and expr.start and start - expr.span.end <= ANCHOR_REACH:
                return expr.start, CONTEXT
        return (self.today, RELATIVE) if self.today else None

    # ----- the scan
    def run(self, taken: list[tuple[int, int]]) -> list[DateExpr]:
        """All expressions, skipping tokens that fall inside character ranges in ``taken``."""
        self.taken = taken
        count = len(self.tokens)
        starts = self.tokens.starts
        forms = self.forms
        # Only a starter word, a number, or "ليلة" (whose ل reads as a clitic) can begin a date.
        # Some starters begin a date only before particular words ("من 3 إلى 5"، "هذا العام"):
        # drop those not followed by one, which are most of the candidates ("من" alone is a third).
        needs = _needs_next()
        candidates = [
            k
            for k in self.tokens.having(_START | NUMBER)
            if (need := needs.get(forms[k])) is None
            or (k + 1 < count and (forms[k + 1] in need or _number_like(forms[k + 1])))
        ]
        i = 0
        for first in candidates:
            if first < i:
                continue  # inside the expression before
            i = first
            if taken and any(a <= starts[i] < b for a, b in taken):
                continue
            lead = i
            while self.day_part(i) and i + 1 < count:
                i += 1
            hit = self.at(i, lead)
            if hit is None and lead != i:
                i = lead
                hit = self.at(i, lead)
            if hit is None:
                i = lead + 1
                continue
            end, expr = hit
            if expr is not None:
                self.found.append(expr)
            i = max(end, lead + 1)
        return self.found

    def at(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        """The expression starting at token ``i`` (its span starting at ``lead``), if any.

        The rules are tried in the order of ``RULES``, but only those whose first word can be the
        word at ``i``: most candidates are "من" or "بعد", which only a range, an offset or a year
        can start with, or a number, which only a day or a year can.
        """
        form = self.forms[i]
        names = _number_rules() if _number_like(form) else _rules_by_word().get(form, ())
        for name in names:
            rule = getattr(self, name)
            try:
                hit = rule(i, lead)
            except (ValueError, OverflowError):
                # A reading that leaves the calendar (a Hijri year the tables lack, a year before 1)
                # is no date; the next rule may still read the words.
                continue
            if hit is not None:
                return hit
        return None

    # ----- rules: each returns (end index, expression) or None
    def range(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        """ "من 3 إلى 5 تشرين الأول"، "بين 10 و12 نوفمبر"، "من 15 يونيو وحتى 15 سبتمبر 2015م".

        The first end may lack its month and year, which it then takes from the second end. The
        result has the first end's value and granularity, and start/end bound the whole range.
        """
        if self.forms[i] not in self.cal.range_starts or lead != i:
            return None
        head = self.forms[i + 1]
        if not (head[:1].isdigit() or head[2:3].isdigit() or head in _range_heads()):
            return None  # most "من" start no date at all: leave them before the costly part
        left = self.range_left(i + 1)
        if left is None:
            return None
        k, first, bare_day = left
        if self.forms[k] in self.cal.range_joiners:
            k += 1
        elif not (k < len(self.tokens) and self.norms[k].startswith("و") and self.forms[k] != self.norms[k]):
            return None  # the second end must follow "إلى"، "حتى" or a joined "و"
        right = self.at(k, k)
        second = right[1] if right is not None else None
        if right is None or second is None or second.start is None or second.end is None:
            return None
        end = right[0]
        if first is None:
            last_day = self.day_number(k)
            if second.granularity is not Granularity.DAY or last_day is None or last_day[1] < bare_day:
                return None
            # Count back within the month, so a Hijri month works the same as a Gregorian one.
            start = second.start - timedelta(days=last_day[1] - bare_day)
            first = P.day_expr(self.span(i + 1, i + 1), start, second.basis, "range-start")
        elif first.rule.endswith("-inferred") and second.basis is EXPLICIT and first.start is not None:
            first = _in_year_before(first, second.start)
        if first.start is None or first.granularity is not second.granularity or first.start > second.end:
            return None
        return end, DateExpr(
            self.span(i + 1, end - 1), first.value, first.granularity, first.basis, first.start,
            second.end, first.calendar, "range",
        )  # fmt: skip

    def range_left(self, i: int) -> tuple[int, DateExpr | None, int] | None:
        """The first end of a range: (end, expression or None for a bare day, that day number)."""
        left = self.at(i, i)
        if left is not None:
            expr = left[1]
            return (left[0], expr, 0) if expr is not None and expr.start is not None else None
        bare = self.day_number(i)
        if bare is not None:
            return bare[0], None, bare[1]
        year = self.year(i)
        if year is not None and year[2] == "gregorian":
            return year[0], P.year_expr(self.span(i, year[0] - 1), year[1], EXPLICIT, "year"), 0
        return None

    def weekday(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        form = self.forms[i]
        if form not in self.cal.weekdays:
            return None
        if self.forms[i - 1] in self.cal.not_weekday_before.get(form, ()):
            return None  # "بين الاثنين" (the two), "الواحد الأحد" (the One)
        weekday = self.cal.weekdays[form]
        j = i + 1
        while self.forms[j] in ("،", ",", "(", "الموافق", "-"):
            j += 1
        explicit = self.day_month(j, lead)
        if explicit is not None:
            return explicit
        if j < len(self.tokens) and any(a <= self.tokens.starts[j] < b for a, b in self.taken):
            return i + 1, None  # "الخميس 1436/10/9هـ": the numeric date says which Thursday
        direction = self.modifier(j)
        end = j + 1 if direction is not None else i + 1
        span = self.span(lead, end - 1)
        if self.today is None:
            return end, _unknown(span, Granularity.DAY, "weekday")
        back = (self.today.weekday() - weekday) % 7
        if direction == -1:
            day, rule = self.today - timedelta(days=back or 7), "weekday-past"
        elif direction == 1:
            day, rule = self.today + timedelta(days=(weekday - self.today.weekday()) % 7 or 7), "weekday-next"
        elif self.future_tense(lead):
            day, rule = (
                self.today + timedelta(days=(weekday - self.today.weekday()) % 7),
                "weekday-future-tense",
            )
        else:
            day, rule = self.today - timedelta(days=back), "weekday-most-recent"
        night = self.night_pair(lead, i, weekday) if direction is None else None
        if night is not None:
            # "ليل الجمعة السبت": the night from Friday into Saturday, both days its bounds.
            if rule == "weekday-most-recent" and day + timedelta(days=1) > self.today:
                day -= timedelta(days=7)
            span = self.span(lead, night - 1)
            return night, DateExpr(
                span,
                day.isoformat(),
                Granularity.DAY,
                RELATIVE,
                day,
                day + timedelta(days=1),
                rule=rule + "-night",
            )
        return end, P.day_expr(span, day, RELATIVE, rule)

    def night_pair(self, lead: int, i: int, weekday: int) -> int | None:
        """The end of "ليل الخميس الجمعة" / "ليلة الخميس - الجمعة" when the second day follows the first."""
        if lead == i or not {self.forms[lead], self.norms[lead]} & NIGHTS:
            return None
        k = i + 1
        if self.forms[k] in ("-", "/"):
            k += 1
        return k + 1 if self.cal.weekdays.get(self.forms[k]) == (weekday + 1) % 7 else None

    def day_month(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        found = self.day_number(i)
        if found is None:
            return None
        j, day, ordinal = found
        if self.forms[j] == "من":
            j += 1
        elif ordinal:
            return None  # "الحادي عشر" alone is no date; "الحادي عشر من نوفمبر" is
        if self.forms[j] == "شهر":
            j += 1
        this_month = self.this_month(j)
        if this_month is not None:
            end, direction = this_month
            span = self.span(lead, end - 1)
            if self.today is None:
                return end, _unknown(span, Granularity.DAY, "day-of-relative-month")
            year, month = P.add_months(self.today.year, self.today.month, direction)
            return end, P.day_expr(span, date(year, month, day), RELATIVE, "day-of-relative-month")
        gregorian = self.month(j, self.cal.months)
        if gregorian is not None:
            end = self.alternative(gregorian[0], gregorian[1])
            return self.dated(lead, end, gregorian[1], day, "gregorian")
        hijri = self.month(j, self.cal.hijri_months)
        if hijri is not None:
            return self.dated(lead, hijri[0], hijri[1], day, "hijri")
        return None

    def since(self, lead: int) -> bool:
        """Whether the date starting at ``lead`` follows "منذ" ("since"), which never looks ahead."""
        k = lead - 1
        if self.forms[k] == "شهر":
            k -= 1
        return self.forms[k] == "منذ"

    def named_day(self, lead: int) -> bool:
        """Whether a day and month without a year, starting at ``lead``, name something.

        "ثورة 25 يناير"، "قوى (8 آذار)"، "هجمات 11 سبتمبر": the words before are a revolution, a
        bloc, attacks, a city or a street (``named_day_heads``), and the day is not the nearest
        25 January but a name whose year the text does not give.
        """
        k = lead - 1
        if self.forms[k] in ("(", "«", '"'):
            k -= 1
        return self.forms[k] in self.cal.named_day_heads

    def this_month(self, j: int) -> tuple[int, int] | None:
        """(end, month offset) for "الشهر الجاري"، "الشهر الماضي"، "هذا الشهر" at ``j``."""
        if self.forms[j] in self.cal.this and self.cal.periods.get(self.forms[j + 1]) == "month":
            return j + 2, 0
        if self.cal.periods.get(self.forms[j]) == "month":
            direction = self.modifier(j + 1)
            if direction is not None:
                return j + 2, direction
        return None

    def dated(
        self, lead: int, end: int, month: int, day: int, calendar: str
    ) -> tuple[int, DateExpr | None] | None:
        """Finish day + month: an optional year or modifier, then resolve."""
        year = self.year(end)
        if calendar == "hijri":
            if self.forms[end] in self.cal.hijri_markers:
                end += 1
            if year is None:
                if self.named_day(lead):
                    return end, None
                return self.hijri_day_nearest(lead, end, month, day)
            end, value, _ = year
            try:
                day_g = Hijri(value, month, day).to_gregorian()
            except (ValueError, OverflowError):
                return None
            gday = date(day_g.year, day_g.month, day_g.day)
            return end, P.day_expr(self.span(lead, end - 1), gday, EXPLICIT, "hijri-day", "hijri")
        if year is not None and year[2] == "gregorian":
            end, value, _ = year
            try:
                return end, P.day_expr(
                    self.span(lead, end - 1), date(value, month, day), EXPLICIT, "day-month-year"
                )
            except ValueError:
                return None
        if self.named_day(lead):
            return end, None  # "ثورة 25 يناير": a name, not the nearest 25 January
        direction = self.modifier(end)
        if direction is not None:
            end += 1
        span = self.span(lead, end - 1)
        if self.today is None:
            return end, _unknown(span, Granularity.DAY, "day-month")
        # "منذ 11 سبتمبر": since a day that has not come yet is the last one.
        since = direction is None and self.since(lead)
        inferred = P.nearest_year(month, day, self.today, direction or 0, not_ahead=since)
        if inferred is None:
            return None
        try:
            return end, P.day_expr(span, date(inferred, month, day), EXPLICIT, "day-month-year-inferred")
        except ValueError:
            return None

    def hijri_day_nearest(self, lead: int, end: int, month: int, day: int) -> tuple[int, DateExpr | None]:
        """A Hijri day without its year ("السابع من ذي الحجة"): the occurrence nearest publication."""
        direction = self.modifier(end)
        if direction is not None:
            end += 1
        span = self.span(lead, end - 1)
        if self.today is None:
            return end, _unknown(span, Granularity.DAY, "hijri-day-nearest")
        current = Gregorian(self.today.year, self.today.month, self.today.day).to_hijri().year
        options = []
        for year in (current - 1, current, current + 1):
            try:
                found = Hijri(year, month, day).to_gregorian()
            except (ValueError, OverflowError):
                continue
            options.append(date(found.year, found.month, found.day))
        if direction == -1:
            options = [d for d in options if d < self.today]
        elif direction == 1:
            options = [d for d in options if d > self.today]
        if not options:
            return end, None
        best = min(options, key=lambda d: (abs((d - self.today).days) if self.today else 0, d))
        return end, P.day_expr(span, best, RELATIVE, "hijri-day-nearest", "hijri")

    def season(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        """ "صيف 2015"، "الصيف الماضي"، "شتاء العام المقبل": a season with a year or a modifier.

        A bare season ("الربيع العربي"، "الصيف") is no date. Like a part of a year, the value is
        the season's centre month and the granularity is year.
        """
        months = self.cal.seasons.get(self.forms[i])
        if months is None:
            return None
        j = i + 1
        year = self.year(j)
        if year is not None and year[2] == "gregorian":
            end, value = year[0], year[1]
            basis, rule = EXPLICIT, "season-year"
        else:
            if self.cal.periods.get(self.forms[j]) == "year":
                direction, end = self.modifier(j + 1), j + 2
                if direction is None:
                    direction, end = 0, j + 1
                if self.today is None:
                    return end, _unknown(self.span(lead, end - 1), Granularity.YEAR, "season")
                value = self.today.year + direction
            else:
                direction, end = self.modifier(j), j + 1
                if direction is None:
                    return None
                if self.today is None:
                    return end, _unknown(self.span(lead, end - 1), Granularity.YEAR, "season")
                value = self.today.year
                first_month = months[0]
                last_month = months[-1]
                started = (self.today.year, self.today.month) >= (value, first_month)
                if direction == -1 and (not started or self.today.month <= last_month):
                    value -= 1  # "الصيف الماضي" in July is last year's summer
                elif direction == 1 and started:
                    value += 1
            basis, rule = RELATIVE, "season-relative"
        first_year = value - 1 if months[0] > months[-1] else value
        first = date(first_year, months[0], 1)
        last = P.month_last(value, months[-1])
        centre = first + (last - first) / 2
        return end, DateExpr(
            self.span(lead, end - 1), f"{centre.year:04d}-{centre.month:02d}", Granularity.YEAR, basis,
            first, last, rule=rule,
        )  # fmt: skip

    def part(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        window = self.cal.parts.get(self.forms[i])
        if window is None:
            return None
        j = i + 1
        if self.forms[j] == "شهر":
            j += 1
        named = self.month(j, self.cal.months)
        if named is not None:
            return self.month_tail(
                lead, self.alternative(named[0], named[1]), named[1], window, needs_context=False
            )
        unit = self.cal.periods.get(self.forms[j])
        if unit is not None:
            direction = self.modifier(j + 1)
            end = j + 2 if direction is not None else j + 1
            if direction is None and self.forms[j + 1] in self.cal.this:
                return None
            year = self.year(j) if unit == "year" else None
            if year is not None and year[2] == "gregorian" and direction is None:
                return year[0], P.year_expr(
                    self.span(lead, year[0] - 1), year[1], EXPLICIT, f"year-{window}", window
                )
            span = self.span(lead, end - 1)
            if direction is None and unit == "week" and self.past_week_part(i, lead, window):
                return end, self.relative_period(span, unit, -1, window)  # the weekend just gone
            return end, self.relative_period(span, unit, direction or 0, window)
        year = self.year(j)
        if year is not None and year[2] == "gregorian":
            return year[0], P.year_expr(
                self.span(lead, year[0] - 1), year[1], EXPLICIT, f"year-{window}", window
            )
        return None

    def month_name(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        named = self.month(i, self.cal.months)
        if named is not None:
            end = self.alternative(named[0], named[1])
            return self.month_tail(lead, end, named[1], None, needs_context=True)
        hijri = self.month(i, self.cal.hijri_months)
        if hijri is not None:
            return self.hijri_month(lead, hijri[0], hijri[1])
        return None

    def month_tail(
        self, lead: int, end: int, month: int, window: str | None, needs_context: bool
    ) -> tuple[int, DateExpr | None] | None:
        """A month name with its year, its modifier, or enough context to be a month at all."""
        year = self.year(end)
        rule = "month" if window is None else f"month-{window}"
        if year is not None and year[2] == "gregorian":
            span = self.span(lead, year[0] - 1)
            return year[0], P.month_expr(span, year[1], month, EXPLICIT, rule + "-year", window)
        direction = self.modifier(end)
        key = (self.forms[lead],)  # "ومارس" is as ambiguous as "مارس"
        ambiguous = key in self.cal.ambiguous_months and end == lead + 1
        if direction is None and needs_context:
            context = self.forms[lead - 1] in MONTH_CONTEXT or self.forms[lead] != self.norms[lead]
            if not context or ambiguous:
                return None
        if ambiguous and direction is None and self.forms[lead - 1] != "شهر":
            return None
        if direction is not None:
            end += 1
        span = self.span(lead, end - 1)
        if self.today is None:
            return end, _unknown(span, Granularity.MONTH, rule)
        since = direction is None and self.since(lead)  # "منذ أكتوبر" in an August paper
        value = P.nearest_year(month, None, self.today, direction or 0, not_ahead=since)
        if value is None:
            return None
        return end, P.month_expr(span, value, month, EXPLICIT, rule + "-year-inferred", window)

    def hijri_month(self, lead: int, end: int, month: int) -> tuple[int, DateExpr | None] | None:
        """A Hijri month with a year ("رمضان 1446 هـ"), or after "شهر" ("شهر رمضان")."""
        year = self.year(end)
        if (year is not None and year[2] == "hijri") or (
            year is not None and self.forms[year[0]] in self.cal.hijri_markers
        ):
            hijri_year, end = year[1], year[0]
            basis, rule = EXPLICIT, "hijri-month-year"
        elif self.forms[lead - 1] == "شهر" and self.today is not None:
            today = self.today
            direction = self.modifier(end)
            if direction is not None:
                end += 1
            current = Gregorian(today.year, today.month, today.day).to_hijri()
            options = [y for y in (current.year - 1, current.year, current.year + 1)]
            starts = {y: _hijri_start(y, month) for y in options}
            if direction == -1:
                hijri_year = max(y for y in options if starts[y] <= today - timedelta(days=29))
            elif direction == 1:
                hijri_year = min(y for y in options if starts[y] > today)
            else:
                hijri_year = min(options, key=lambda y: (abs((starts[y] - today).days), starts[y] > today))
            basis, rule = RELATIVE, "hijri-month-nearest"
        else:
            return None
        try:
            first = _hijri_start(hijri_year, month)
            last = _hijri_start(hijri_year + (month == 12), month % 12 + 1) - timedelta(days=1)
        except (ValueError, OverflowError):
            return None  # a Hijri year outside the range the calendar tables cover
        centre = first + (last - first) / 2
        span = self.span(lead, end - 1)
        return end, DateExpr(
            span,
            f"{centre.year:04d}-{centre.month:02d}",
            Granularity.MONTH,
            basis,
            first,
            last,
            "hijri",
            rule,
        )

    def period(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        form = self.forms[i]
        if form in self.cal.this and self.forms[i + 1] in self.cal.periods:
            this_unit = self.cal.periods[self.forms[i + 1]]
            return i + 2, self.relative_period(self.span(lead, i + 1), this_unit, 0, None)
        unit = self.cal.periods.get(form)
        if unit is None:
            return None
        if self.forms[i + 1] in self.cal.trailing and self.forms[lead - 1] in self.cal.trailing_introducers:
            # "خلال العام الأخير" is a stretch of time that ends now, said of background change
            # ("التغيرات التي عرفتها المنطقة خلال العام الأخير"), not when an event happened:
            # it is read (so "العام" is not taken alone) but left undated, like "منذ سنوات".
            return i + 2, None
        k = i + 1
        if self.forms[k] == "ما" and self.forms[k + 1] == "قبل":
            k += 1
        if self.forms[k] == "قبل" and self.modifier(k + 1) == -1:
            # "العام قبل الماضي"، "الشهر ما قبل الماضي": the one before the last.
            return k + 2, self.relative_period(self.span(lead, k + 1), unit, -2, None)
        direction = self.modifier(i + 1)
        if direction is None:
            return None
        return i + 2, self.relative_period(self.span(lead, i + 1), unit, direction, None)

    def past_week_part(self, i: int, lead: int, window: str) -> bool:
        """Whether a part of the week named without "this" or "next" is in the week before.

        "قتل عشرة في قصف في نهاية الأسبوع", published on a Tuesday, is the weekend just gone: as
        with a bare weekday, a part of the week that is still to come is read as the last one,
        unless the verb is in the future or the words before are "until" or "before" ("حتى نهاية
        الأسبوع"). A part of the month is not turned back: "نهاية الشهر" is as often a deadline.
        """
        before = self.forms[lead - 1]
        deadline = before in self.cal.range_joiners or before == "قبل"  # "حتى نهاية الأسبوع"
        if self.today is None or deadline or self.future_tense(lead):
            return False
        first = P.week_start(self.today) + timedelta(days=P.WEEK_PARTS[window][0])
        return first > self.today

    def relative_period(self, span: Span, unit: str, direction: int, window: str | None) -> DateExpr:
        """This, last or next week, month or year (or a part of one) from publication."""
        rule = (
            {-2: "before-last", -1: "last", 0: "this", 1: "next"}[direction]
            + f"-{unit}"
            + (f"-{window}" if window else "")
        )
        today = self.today
        if today is None:
            return _unknown(span, Granularity(unit), rule)
        if unit == "week":
            monday = P.week_start(today) + timedelta(days=7 * direction)
            if window:
                return P.week_part_expr(span, monday, window, RELATIVE, rule)
            return P.week_expr(span, monday, RELATIVE, rule)
        if unit == "month":
            year, month = P.add_months(today.year, today.month, direction)
            return P.month_expr(span, year, month, RELATIVE, rule, window)
        return P.year_expr(span, today.year + direction, RELATIVE, rule, window)

    def day_word(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        form = self.forms[i]
        for phrase, days in _day_phrases().get(form, ()):
            size = len(phrase)
            if all(self.norms[i + k] == phrase[k] for k in range(1, size)):
                return i + size, self.days_from_today(self.span(lead, i + size - 1), days, "day-phrase")
        offset = self.cal.day_words.get(self.forms[i])
        if offset is None or self.forms[i + 1] in self.cal.not_day_word_before:
            return None
        if self.forms[i] == "اليوم" and lead == i:
            named = self.day_month(i + 1, lead)  # "اليوم الثالث من شوال"
            if named is not None:
                return named
            if self.generic_today(i):
                return i + 1, None
        named_day = self.named_weekday(i + 1)
        if named_day is not None and self.today is not None:
            end, weekday = named_day
            day = _nearest_weekday(self.today + timedelta(days=offset), weekday)
            return end, P.day_expr(self.span(lead, end - 1), day, RELATIVE, "day-word-weekday")
        return i + 1, self.days_from_today(self.span(lead, i), offset, "day-word")

    def named_weekday(self, i: int) -> tuple[int, int] | None:
        """(end, weekday) for a weekday named right after a day word: "أمس الثلاثاء"، "اليوم (السبت)"."""
        j = i + 1 if self.forms[i] == "(" else i
        weekday = self.cal.weekdays.get(self.forms[j])
        if weekday is None:
            return None
        if j > i:
            if self.forms[j + 1] != ")":
                return None
            j += 1
        return j + 1, weekday

    def generic_today(self, i: int) -> bool:
        """Whether "اليوم" at ``i`` means "nowadays" or another day rather than publication day."""
        cal = self.cal
        start, end = self.tokens.starts[i], self.tokens.ends[i]
        if self.text[start - 1 : start] in QUOTES and self.text[end : end + 1] in QUOTES:
            return True  # «اليوم», the daily
        if self.forms[i + 1] in cal.today_generic_after:
            return True
        if {self.norms[i - 1], self.forms[i - 1]} & cal.today_generic_before:
            return True
        for k in range(i - 1, max(i - 4, -1), -1):
            if self.norms[k] in SENTENCE_ENDS:
                return False
            if {self.norms[k], self.forms[k]} & cal.today_generic_verbs:
                return True
        return False

    def days_from_today(self, span: Span, offset: int, rule: str) -> DateExpr:
        if self.today is None:
            return _unknown(span, Granularity.DAY, rule)
        return P.day_expr(span, self.today + timedelta(days=offset), RELATIVE, rule)

    def counted(self, i: int) -> tuple[int, str, int | None] | None:
        """(end, unit, count) for "أسبوع"، "أسبوعين"، "ثلاثة أيام"، "5 سنوات"، "أيام"، "بضعة أيام"."""
        unit = self.cal.units.get(self.forms[i])
        if unit is not None:
            return i + 1, unit[0], unit[1]
        found = self.number(i)
        value: int | None = found[0] if found and not found[1] else None
        if value is None:
            words = number_words()
            if self.forms[i] in words.additive:
                value = words.additive[self.forms[i]]
            elif self.forms[i] in ("بضع", "بضعه"):
                value = None
                unit = self.cal.units.get(self.forms[i + 1])
                return (i + 2, unit[0], None) if unit else None
            else:
                return None
        unit = self.cal.units.get(self.forms[i + 1])
        if unit is None:
            return None
        return i + 2, unit[0], value

    def offset(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        word = self.forms[i]
        if word not in OFFSET_WORDS:
            return None
        if self.year(i + 1) is not None:
            return None  # "منذ عام 2015" is a year, not "a year ago"
        counted = self.counted(i + 1)
        if counted is None:
            return None
        end, unit, count = counted
        if (
            unit == "day"
            and count == 1
            and (self.forms[end] in self.cal.weekdays or _number_like(self.forms[end]))
        ):
            return None  # "منذ يوم الأحد"، "منذ يوم 5 تموز": since that day, not a day ago
        if count is None and unit in ("month", "year"):
            return end, None  # "منذ سنوات", "قبل أشهر": too vague to date anything
        while self.forms[end] in FILLERS:
            end += 1
        # "بعد أسبوع من الانضمام"، "قبل أيام على الانتخابات": counted from an event, not from today.
        from_event = self.forms[end] in ("من", "علي") and word != "منذ"
        if from_event:
            reference = self.anchor(i)
            sign = -1 if word == "بعد" else 1
            end += 1
        else:
            reference = (self.today, RELATIVE) if self.today else None
            sign = 1 if word == "بعد" else -1
        span = self.span(lead, end - 1)
        rule = f"offset-{word}-{unit}" + ("-from-event" if from_event else "")
        if reference is None:
            return end, _unknown(
                span, Granularity.DAY if unit in ("day", "hour") else Granularity(unit), rule
            )
        origin, basis = reference
        return end, _offset(span, origin, basis, unit, count, sign, rule)

    def bare_year(self, i: int, lead: int) -> tuple[int, DateExpr | None] | None:
        if self.forms[i] in self.cal.year_words or self.forms[i - 1] in self.cal.year_introducers:
            year = self.year(i)
        else:
            found = self.number(i)
            year = self.year(i) if found and found[1] else None
        if year is None:
            return None
        end, value, calendar = year
        span = self.span(lead, end - 1)
        if calendar == "hijri":
            first, last = _hijri_start(value, 1), _hijri_start(value + 1, 1) - timedelta(days=1)
            centre = first + (last - first) / 2
            return end, DateExpr(
                span, f"{centre.year:04d}", Granularity.YEAR, EXPLICIT, first, last, "hijri", "hijri-year"
            )
        return end, P.year_expr(span, value, EXPLICIT, "year")


@cache
def _starters() -> frozenset[str]:
    """Every word a date expression can start with (digits aside): the scan skips all others."""
    cal = calendar()
    words = {"قبل", "منذ", "بعد", "شهر", *cal.weekdays, *cal.day_parts, *cal.parts, *cal.periods, *cal.this}
    words.update(cal.day_words)
    words.update(name[0] for name in (*cal.months, *cal.hijri_months, *cal.day_phrases))
    words.update(cal.year_words)
    words.update(name[0] for name in cal.day_ordinals)
    words.update(cal.range_starts)
    words.update(cal.seasons)
    return frozenset(words)


def _in_year_before(first: DateExpr, limit: date) -> DateExpr:
    """A range's first end whose year was guessed, moved to the last year that keeps it before
    the second end ("من 15 يونيو وحتى 15 سبتمبر 2015م")."""
    if first.start is None:
        return first
    moved = first.start.replace(year=limit.year)
    if moved > limit:
        moved = moved.replace(year=moved.year - 1)
    if first.granularity is Granularity.DAY:
        return P.day_expr(first.span, moved, EXPLICIT, first.rule)
    if first.granularity is Granularity.MONTH:
        return P.month_expr(first.span, moved.year, moved.month, EXPLICIT, first.rule)
    return first


@cache
def _day_phrases() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Day phrases ("أول أمس"، "الليلة الماضية") by their first word, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase, days in sorted(calendar().day_phrases.items(), key=lambda item: -len(item[0])):
        out.setdefault(phrase[0], []).append((phrase, days))
    return out


@cache
def _rules_by_word() -> dict[str, tuple[str, ...]]:
    """For each word a rule's first token can be (digits aside), the rules that can start with it.

    Each set is the word test that the rule itself makes first, so skipping the other rules changes
    nothing but the time spent.
    """
    first_words = _first_words()
    words = set().union(*first_words.values())
    return {word: tuple(name for name in RULES if word in first_words[name]) for word in words}


@cache
def _number_rules() -> tuple[str, ...]:
    """The rules a number can start: a day and a year read from digits ("16 نوفمبر"، "2015م"), and
    any rule whose first-word list holds a number-like word (none does today)."""
    first_words = _first_words()
    return tuple(
        name
        for name in RULES
        if name in ("day_month", "bare_year") or any(_number_like(word) for word in first_words[name])
    )


@cache
def _first_words() -> dict[str, frozenset[str]]:
    """Per rule, the words its first test accepts (digits aside)."""
    cal = calendar()
    first_words: dict[str, set[str]] = {
        "range": set(cal.range_starts),
        "weekday": set(cal.weekdays),
        "day_month": set(_ordinal_heads()),
        "part": set(cal.parts),
        "season": set(cal.seasons),
        "month_name": set(_month_heads()),
        "period": set(cal.this) | set(cal.periods),
        "day_word": set(_day_phrases()) | set(cal.day_words),
        "offset": set(OFFSET_WORDS),
        "bare_year": set(cal.year_words) | {"من"},  # "من عام 2015"
    }
    return {name: frozenset(words) for name, words in first_words.items()}


@cache
def _needs_next() -> dict[str, frozenset[str]]:
    """Starter words that can begin a date only before one of the given words or a number.

    Read from the rules' own first tests: a word only a range can start with needs the first end
    of a range after it ("بين 10 و12"), "من" also a year word ("من عام 2015", a year word is a
    range head too), and "هذا"/"هذه" a calendar period ("هذا العام").
    """
    cal = calendar()
    heads = _range_heads()
    table: dict[str, frozenset[str]] = {}
    for word, names in _rules_by_word().items():
        if names == ("range",) or (word == "من" and names == ("range", "bare_year")):
            table[word] = heads
        elif names == ("period",) and word in cal.this and word not in cal.periods:
            table[word] = frozenset(cal.periods)
    return table


# A word a date can start with (the first words of the rules), or a part of the day ("ليلة").
_START = word_class("date-start", bases=_starters, norms=lambda: calendar().day_parts)


def _nearest_weekday(day: date, weekday: int) -> date:
    """The day nearest ``day`` that falls on ``weekday`` (0 is Monday), the earlier one on a tie.

    A day word and a weekday together ("أمس الثلاثاء") name one day; when they disagree, the
    article was written a day or two before the date it carries, and the weekday is the surer.
    """
    forward = (weekday - day.weekday()) % 7
    return day + timedelta(days=forward) if forward < 7 - forward else day - timedelta(days=7 - forward)


def _number_like(form: str) -> bool:
    """A number at the start of a word or after a two-letter article ("25"، "ال25")."""
    return form[:1].isdigit() or form[2:3].isdigit()


@cache
def _month_heads() -> frozenset[str]:
    cal = calendar()
    return frozenset(name[0] for name in (*cal.months, *cal.hijri_months))


@cache
def _ordinal_heads() -> frozenset[str]:
    return frozenset(name[0] for name in calendar().day_ordinals)


@cache
def _range_heads() -> frozenset[str]:
    """Words (digits aside) the first end of a range can start with."""
    cal = calendar()
    words = {name[0] for name in (*cal.months, *cal.hijri_months, *cal.day_ordinals)}
    return frozenset(words | set(cal.year_words))


def _hijri_start(year: int, month: int) -> date:
    day = Hijri(year, month, 1).to_gregorian()
    return date(day.year, day.month, day.day)


def _unknown(span: Span, granularity: Granularity, rule: str) -> DateExpr:
    """An expression that needs the publication date, which the article lacks."""
    return DateExpr(span, None, granularity, RELATIVE, rule=rule + "-no-publication-date")


def _offset(
    span: Span, origin: date, basis: DateBasis, unit: str, count: int | None, sign: int, rule: str
) -> DateExpr:
    """Resolve "N units before/after" a reference day."""
    if unit == "hour":
        return P.day_expr(span, origin, basis, rule)
    if unit == "day":
        if count is None:  # "قبل أيام": some days, within the week
            return P.offset_week_expr(span, origin + timedelta(days=4 * sign), basis, rule)
        return P.day_expr(span, origin + timedelta(days=count * sign), basis, rule)
    if unit == "week":
        if count is None:  # "قبل أسابيع"
            year, month = P.add_months(origin.year, origin.month, 0)
            moved = origin + timedelta(days=21 * sign)
            return P.month_expr(span, moved.year, moved.month, basis, rule)
        return P.offset_week_expr(span, origin + timedelta(days=7 * count * sign), basis, rule)
    if unit == "month":
        if count is None:
            return DateExpr(span, None, Granularity.MONTH, basis, rule=rule)
        year, month = P.add_months(origin.year, origin.month, count * sign)
        return P.month_expr(span, year, month, basis, rule)
    if count is None:
        return DateExpr(span, None, Granularity.YEAR, basis, rule=rule)
    return P.year_expr(span, origin.year + count * sign, basis, rule)
