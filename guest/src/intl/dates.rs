//! `Intl.DateTimeFormat`: ICU4X's date-time formatter over a field set
//! built from ECMA-402's options (styles, or a bag of components as a
//! `DateTimeFieldBag`), with the offset of the IANA time zone at each
//! instant taken from the tz database jiff bundles.

use super::parts::{self, Parts};
use super::{get_num, get_str, range_error};
use icu::calendar::{Gregorian, Iso};
use icu::datetime::fieldbag::field;
use icu::datetime::fieldbag::DateTimeFieldBag;
use icu::datetime::fieldsets::builder::{DateFields, FieldSetBuilder, ZoneStyle};
use icu::datetime::fieldsets::enums::{CompositeFieldSet, DateAndTimeFieldSet, DateFieldSet};
use icu::datetime::options::{Length, TimePrecision};
use icu::datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu::datetime::range::DateRangeFormatter;
use icu::datetime::unchecked::DateTimeInputUnchecked;
use icu::datetime::DateTimeFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use icu::locale::Locale;
use icu::time::zone::{models, IanaParser, TimeZoneInfo, UtcOffset, ZoneNameTimestamp};
use icu::time::DateTime;
use icu::time::ZonedDateTime;
use javy::quickjs::{Ctx, Object, Result, Value};

/// Where the wall-clock time comes from.
enum Zone {
    /// An IANA zone: its rules (jiff) and its ICU4X identity (for names).
    Iana(jiff::tz::TimeZone, icu::time::TimeZone),
    /// A fixed offset (`+05:30`), in seconds.
    Offset(i32),
}

/// `zdt` in the Gregorian calendar, for the pattern formatters.
fn gregorian(zdt: &ZonedDateTime<Iso, UtcOffset>) -> DateTime<Gregorian> {
    DateTime {
        date: zdt.date.to_calendar(Gregorian),
        time: zdt.time,
    }
}

/// A CLDR pattern (`"LLLLL"`, `"mm:ss"`) with the names it needs, for the
/// Gregorian calendar: what ICU4X's field sets cannot express (a field
/// alone, narrow names inside a pattern, `k` hours) is formatted or patched
/// with these, as ICU4C's pattern generator would.
struct PatternFormatter {
    names: FixedCalendarDateTimeNames<Gregorian, CompositeFieldSet>,
    pattern: DateTimePattern,
}

impl PatternFormatter {
    fn new(locale: &Locale, pattern: &str) -> Option<Self> {
        Self::try_new(locale, pattern).ok()
    }

    fn try_new(locale: &Locale, pattern: &str) -> core::result::Result<Self, String> {
        let pattern = DateTimePattern::try_from_pattern_str(pattern).map_err(|e| format!("{e:?}"))?;
        let mut names = FixedCalendarDateTimeNames::<Gregorian, CompositeFieldSet>::try_new(locale.into())
            .map_err(|e| format!("{e:?}"))?;
        names
            .include_for_pattern(&pattern)
            .map_err(|e| format!("{e:?}"))?;
        Ok(PatternFormatter { names, pattern })
    }

    /// Formats a zoneless value (the pattern has no zone field).
    fn format(&self, input: &DateTime<Gregorian>) -> Parts {
        self.format_zoned(&ZonedDateTime {
            date: input.date,
            time: input.time,
            zone: icu::time::TimeZone::UNKNOWN
                .with_offset(Some(UtcOffset::zero()))
                .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(0)),
        })
    }

    fn format_zoned(&self, input: &ZonedDateTime<Gregorian, TimeZoneInfo<models::AtTime>>) -> Parts {
        parts::collect_try(&self.names.with_pattern_unchecked(&self.pattern).format(input))
    }
}

/// The whole pattern ICU4C's generator would pick (chosen in
/// `internal/intl_patterns.js` from CLDR's data), for the Gregorian calendar.
struct FullPattern {
    formatter: PatternFormatter,
    /// `k` / `kk` in the chosen pattern (formatted as `H`): hours 1-24.
    hours_1_to_24: Option<bool>,
    /// How many digits of a fraction of a second the pattern's marker
    /// (`FRACTION_MARK`, a literal) stands for.
    fraction_digits: u32,
    /// What `DAY_PERIOD_MARK` writes in each hour (24 names), the name of
    /// noon (12:00:00), and whether minutes / seconds must be zero for it.
    day_periods: Vec<String>,
    noon: String,
    noon_needs: (bool, bool),
}

impl FullPattern {
    /// From a spec's `fullPattern` (with `internal/intl.js`'s marks) and
    /// the facts about it: `fullHours24`, `fullFraction`, `fullDayPeriods`,
    /// `fullNoon`, `fullNoonCheck`. None without a pattern ICU4X accepts.
    fn from_spec(locale: &Locale, spec: &Object<'_>) -> Option<Self> {
        let pattern = get_str(spec, "fullPattern");
        if pattern.is_empty() {
            return None;
        }
        let formatter = PatternFormatter::new(locale, &pattern)?;
        let check = get_str(spec, "fullNoonCheck");
        Some(FullPattern {
            formatter,
            hours_1_to_24: match get_str(spec, "fullHours24").as_str() {
                "k" => Some(false),
                "kk" => Some(true),
                _ => None,
            },
            fraction_digits: get_num(spec, "fullFraction").unwrap_or(0.0).clamp(0.0, 3.0) as u32,
            day_periods: get_str(spec, "fullDayPeriods")
                .split('|')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            noon: get_str(spec, "fullNoon"),
            noon_needs: (check.contains('m'), check.contains('s')),
        })
    }
}

/// How many extra patterns (range parts) one formatter keeps compiled.
const MAX_EXTRA_PATTERNS: usize = 32;

/// Where the pattern wants a flexible day period (`B`).
const DAY_PERIOD_MARK: char = '\u{E001}';

/// Where the pattern wants fractional seconds (see `internal/intl.js`).
const FRACTION_MARK: char = '\u{E000}';

/// One `Intl.DateTimeFormat`.
pub struct DateTimeFormat {
    formatter: DateTimeFormatter<CompositeFieldSet>,
    zone: Zone,
    /// Formats `format()` instead of `formatter` (Gregorian only).
    full: Option<FullPattern>,
    /// Formats the whole value instead of `formatter` (Gregorian only).
    pattern: Option<PatternFormatter>,
    /// Part type -> the pattern whose output replaces that part's value.
    substitutions: Vec<(String, PatternFormatter)>,
    /// Numeric parts to write with two digits (`true`) or without a
    /// leading zero (`false`), as ICU4C's patterns would: `hour`, `month`,
    /// `day`, `minute`, `second`.
    padding: Vec<(String, bool)>,
    /// A field ICU4X cannot format alone, as a number: `m`, `s`, `S...`
    /// (fractions of a second), or `k` / `kk` (hours 1-24, as a
    /// substitution for the hour).
    numeric_field: String,
    hours_1_to_24: Option<bool>,
    decimal: DecimalFormatter,
    /// The locale's zero digit, for padding the hour.
    zero: String,
    /// For `formatRange`: the field set and locale, and the range
    /// formatter built from them on first use.
    field_set: CompositeFieldSet,
    builder: FieldSetBuilder,
    locale: Locale,
    range: std::cell::OnceCell<Option<RangeFormatter>>,
    /// Patterns compiled for `format_pattern`, by key.
    extra: std::cell::RefCell<std::collections::HashMap<String, FullPattern>>,
}

/// ICU4X's range formatter for the narrowest field set the fields fit:
/// its interval patterns exist for dates and date-times; with a zone it
/// falls back to writing both ends.
enum RangeFormatter {
    Date(Box<DateRangeFormatter<DateFieldSet>>),
    DateTime(Box<DateRangeFormatter<DateAndTimeFieldSet>>),
    Zoned(Box<DateRangeFormatter<CompositeFieldSet>>),
}

impl RangeFormatter {
    fn new(locale: &Locale, builder: &FieldSetBuilder, field_set: &CompositeFieldSet) -> Option<Self> {
        if let Ok(fs) = builder.clone().build_date() {
            return DateRangeFormatter::try_new(locale.into(), fs)
                .ok()
                .map(|f| RangeFormatter::Date(Box::new(f)));
        }
        if let Ok(fs) = builder.clone().build_date_and_time() {
            return DateRangeFormatter::try_new(locale.into(), fs)
                .ok()
                .map(|f| RangeFormatter::DateTime(Box::new(f)));
        }
        DateRangeFormatter::try_new(locale.into(), *field_set)
            .ok()
            .map(|f| RangeFormatter::Zoned(Box::new(f)))
    }
}

/// The largest time value ECMAScript allows (±8.64e15 ms).
const MAX_TIME: f64 = 8.64e15;

fn style_length(s: &str) -> Option<Length> {
    match s {
        "full" | "long" => Some(Length::Long),
        "medium" => Some(Length::Medium),
        "short" => Some(Length::Short),
        _ => None,
    }
}

/// The field set for `dateStyle` / `timeStyle`.
fn style_field_set(date_style: &str, time_style: &str) -> Option<(CompositeFieldSet, FieldSetBuilder)> {
    let mut builder = FieldSetBuilder::default();
    builder.length = style_length(date_style).or(style_length(time_style));
    if !date_style.is_empty() {
        builder.date_fields = Some(if date_style == "full" {
            DateFields::YMDE
        } else {
            DateFields::YMD
        });
    }
    match time_style {
        "full" => {
            builder.time_precision = Some(TimePrecision::Second);
            builder.zone_style = Some(ZoneStyle::SpecificLong);
        }
        "long" => {
            builder.time_precision = Some(TimePrecision::Second);
            builder.zone_style = Some(ZoneStyle::SpecificShort);
        }
        "medium" => builder.time_precision = Some(TimePrecision::Second),
        "short" => builder.time_precision = Some(TimePrecision::Minute),
        _ => {}
    }
    Some((builder.clone().build_composite().ok()?, builder))
}

/// The field set for a bag of ECMA-402 components.
fn bag_field_set(spec: &Object<'_>) -> (CompositeFieldSet, FieldSetBuilder) {
    let mut bag = DateTimeFieldBag::default();
    let s = |k: &str| get_str(spec, k);
    bag.era = match s("era").as_str() {
        "long" => Some(field::Era::Long),
        "short" => Some(field::Era::Short),
        "narrow" => Some(field::Era::Narrow),
        _ => None,
    };
    bag.year = match s("year").as_str() {
        "numeric" => Some(field::Year::Numeric),
        "2-digit" => Some(field::Year::TwoDigit),
        _ => None,
    };
    bag.month = match s("month").as_str() {
        "numeric" => Some(field::Month::Numeric),
        "2-digit" => Some(field::Month::TwoDigit),
        "long" => Some(field::Month::Long),
        "short" => Some(field::Month::Short),
        "narrow" => Some(field::Month::Narrow),
        _ => None,
    };
    bag.day = match s("day").as_str() {
        "numeric" => Some(field::Day::Numeric),
        "2-digit" => Some(field::Day::TwoDigit),
        _ => None,
    };
    bag.weekday = match s("weekday").as_str() {
        "long" => Some(field::Weekday::Long),
        "short" => Some(field::Weekday::Short),
        "narrow" => Some(field::Weekday::Narrow),
        _ => None,
    };
    bag.hour = match s("hour").as_str() {
        "numeric" => Some(field::Hour::Numeric),
        "2-digit" => Some(field::Hour::TwoDigit),
        _ => None,
    };
    bag.minute = match s("minute").as_str() {
        "numeric" => Some(field::Minute::Numeric),
        "2-digit" => Some(field::Minute::TwoDigit),
        _ => None,
    };
    bag.second = match s("second").as_str() {
        "numeric" => Some(field::Second::Numeric),
        "2-digit" => Some(field::Second::TwoDigit),
        _ => None,
    };
    bag.fractional_second_digits = match get_num(spec, "fractionalSecondDigits") {
        Some(n) if n >= 3.0 => Some(field::FractionalSecondDigits::F3),
        Some(n) if n >= 2.0 => Some(field::FractionalSecondDigits::F2),
        Some(n) if n >= 1.0 => Some(field::FractionalSecondDigits::F1),
        _ => None,
    };
    bag.time_zone_name = match s("timeZoneName").as_str() {
        "short" => Some(field::TimeZoneName::ShortSpecific),
        "long" => Some(field::TimeZoneName::LongSpecific),
        "shortOffset" => Some(field::TimeZoneName::ShortOffset),
        "longOffset" => Some(field::TimeZoneName::LongOffset),
        "shortGeneric" => Some(field::TimeZoneName::ShortGeneric),
        "longGeneric" => Some(field::TimeZoneName::LongGeneric),
        _ => None,
    };
    bag.day_period = match s("dayPeriod").as_str() {
        "short" => Some(field::DayPeriod::FlexibleShort),
        "long" => Some(field::DayPeriod::FlexibleLong),
        "narrow" => Some(field::DayPeriod::FlexibleNarrow),
        _ => None,
    };
    if bag.hour.is_some() {
        bag.hour_kind = match s("hourKind").as_str() {
            "12" => Some(field::HourKind::Clock12),
            "24" => Some(field::HourKind::Clock24),
            _ => None,
        };
    }
    (bag.to_composite_field_set(), bag.to_field_set_builder())
}

/// The zone named by `name` (IANA, `UTC`, or an offset like `+05:30`).
fn zone(cx: &Ctx<'_>, name: &str) -> Result<Zone> {
    if let Some(seconds) = parse_offset(name) {
        return Ok(Zone::Offset(seconds));
    }
    let Ok(tz) = jiff::tz::db().get(name) else {
        return range_error(cx, &format!("Invalid time zone specified: {name}"));
    };
    let id = IanaParser::new().parse(name);
    Ok(Zone::Iana(tz, id))
}

/// `±HH:MM` or `±HHMM` or `±HH` as seconds.
fn parse_offset(name: &str) -> Option<i32> {
    let (sign, rest) = match name.as_bytes().first()? {
        b'+' => (1, &name[1..]),
        b'-' => (-1, &name[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || !(digits.len() == 2 || digits.len() == 4) {
        return None;
    }
    if rest.contains(':') && rest.len() != 5 {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = if digits.len() == 4 {
        digits[2..].parse().ok()?
    } else {
        0
    };
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * (hours * 3600 + minutes * 60))
}

impl DateTimeFormat {
    /// Build from a resolved spec (see `internal/intl.js`).
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = super::locales::canonicalize(cx, &get_str(spec, "locale"))?;
        let date_style = get_str(spec, "dateStyle");
        let time_style = get_str(spec, "timeStyle");
        let (field_set, builder) = if date_style.is_empty() && time_style.is_empty() {
            bag_field_set(spec)
        } else {
            match style_field_set(&date_style, &time_style) {
                Some(f) => f,
                None => return range_error(cx, "Invalid option : dateStyle / timeStyle"),
            }
        };
        let formatter = match DateTimeFormatter::try_new((&locale).into(), field_set) {
            Ok(f) => f,
            Err(e) => return range_error(cx, &format!("Intl data unavailable for dates: {e:?}")),
        };
        let gregorian = matches!(
            formatter.calendar().kind(),
            icu::calendar::AnyCalendarKind::Gregorian
        );
        let mut pattern = None;
        let mut full = None;
        let mut substitutions = Vec::new();
        let mut numeric_field = String::new();
        let mut hours_1_to_24 = None;
        if gregorian {
            full = FullPattern::from_spec(&locale, spec);
            let p = get_str(spec, "pattern");
            if p == "m" || p == "s" || p.starts_with('S') {
                numeric_field = p;
            } else if !p.is_empty() {
                pattern = PatternFormatter::new(&locale, &p);
            }
            for item in get_str(spec, "substitute").split(';').filter(|s| !s.is_empty()) {
                if item == "hour=k" || item == "hour=kk" {
                    hours_1_to_24 = Some(item == "hour=kk");
                } else if let Some((part, p)) = item.split_once('=') {
                    if let Some(f) = PatternFormatter::new(&locale, p) {
                        substitutions.push((part.to_string(), f));
                    }
                }
            }
        }
        let padding = get_str(spec, "padding")
            .split(';')
            .filter_map(|item| item.split_once('='))
            .map(|(part, how)| (part.to_string(), how == "pad"))
            .collect();
        let decimal = match DecimalFormatter::try_new((&locale).into(), Default::default()) {
            Ok(f) => f,
            Err(e) => return range_error(cx, &format!("Intl data unavailable for numbers: {e:?}")),
        };
        let zero = decimal.format_to_string(&Decimal::from(0));
        Ok(DateTimeFormat {
            formatter,
            zone: zone(cx, &get_str(spec, "timeZone"))?,
            full,
            pattern,
            substitutions,
            padding,
            numeric_field,
            hours_1_to_24,
            decimal,
            zero,
            field_set,
            builder,
            locale,
            range: std::cell::OnceCell::new(),
            extra: Default::default(),
        })
    }

    /// The wall-clock time of the instant `value` (ms since the epoch) in
    /// this formatter's zone, and the zone's offset then.
    fn local_time(&self, cx: &Ctx<'_>, value: &Value<'_>) -> Result<(ZonedDateTime<Iso, UtcOffset>, i64)> {
        let ms = value.as_number().unwrap_or(f64::NAN);
        if !ms.is_finite() || ms.abs() > MAX_TIME {
            return range_error(cx, "Invalid time value");
        }
        let ms = ms.trunc() as i64;
        let offset = match &self.zone {
            Zone::Offset(s) => *s,
            Zone::Iana(tz, _) => match jiff::Timestamp::from_millisecond(ms) {
                Ok(t) => tz.to_offset(t).seconds(),
                Err(_) => 0,
            },
        };
        let utc_offset = UtcOffset::try_from_seconds(offset).unwrap_or(UtcOffset::zero());
        Ok((
            ZonedDateTime::from_epoch_milliseconds_and_utc_offset(ms, utc_offset),
            ms,
        ))
    }

    fn zone_id(&self) -> icu::time::TimeZone {
        match &self.zone {
            Zone::Iana(_, id) => *id,
            Zone::Offset(_) => icu::time::TimeZone::UNKNOWN,
        }
    }

    fn number(&self, n: u32, digits: i16) -> String {
        let mut d = Decimal::from(n);
        d.absolute.pad_start(digits);
        self.decimal.format_to_string(&d)
    }

    /// `zdt` (the instant `ms`) written with a whole CLDR pattern, its
    /// marks filled in: hours 1-24, fractions of a second, day periods.
    fn format_full(&self, full: &FullPattern, zdt: &ZonedDateTime<Iso, UtcOffset>, ms: i64) -> Parts {
        let input = ZonedDateTime {
            date: zdt.date.to_calendar(Gregorian),
            time: zdt.time,
            zone: self
                .zone_id()
                .with_offset(Some(zdt.zone))
                .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(ms.div_euclid(1000))),
        };
        let mut out = full.formatter.format_zoned(&input);
        if let Some(two_digits) = full.hours_1_to_24 {
            let h = u32::from(zdt.time.hour.number());
            let text = self.number(if h == 0 { 24 } else { h }, if two_digits { 2 } else { 1 });
            for (ty, value) in out.iter_mut() {
                if ty == "hour" {
                    *value = text.clone();
                }
            }
        }
        if full.fraction_digits > 0 {
            let n = full.fraction_digits;
            let ms = zdt.time.subsecond.number() / 1_000_000;
            let digits = self.number(ms / 10u32.pow(3 - n), n as i16);
            out = split_marks(out, FRACTION_MARK, "fractionalSecond", &digits);
        }
        if full.day_periods.len() == 24 {
            let t = zdt.time;
            let hour = usize::from(t.hour.number());
            let zero_minute = !full.noon_needs.0 || t.minute.number() == 0;
            let zero_second = !full.noon_needs.1 || t.second.number() == 0;
            let name = if hour == 12 && zero_minute && zero_second && !full.noon.is_empty() {
                &full.noon
            } else {
                &full.day_periods[hour]
            };
            out = split_marks(out, DAY_PERIOD_MARK, "dayPeriod", name);
        }
        out
    }

    /// `intlFormatPattern`: `value` written with another pattern of this
    /// formatter's locale and zone (the parts of a range), described by
    /// `spec` as the constructor's `fullPattern`; compiled once per `key`.
    pub fn format_pattern(
        &self,
        cx: &Ctx<'_>,
        key: &str,
        spec: &Object<'_>,
        value: &Value<'_>,
    ) -> Result<Parts> {
        let (zdt, ms) = self.local_time(cx, value)?;
        let mut extra = self.extra.borrow_mut();
        if !extra.contains_key(key) {
            if extra.len() >= MAX_EXTRA_PATTERNS {
                extra.clear();
            }
            match FullPattern::from_spec(&self.locale, spec) {
                Some(full) => extra.insert(key.to_string(), full),
                None => return range_error(cx, "Intl: a date pattern ICU4X cannot format"),
            };
        }
        Ok(self.format_full(&extra[key], &zdt, ms))
    }

    /// `intlDateFields`: era (0 before 1 CE), year, month, day, hour,
    /// minute, second and millisecond of `value` in this formatter's zone
    /// (Gregorian), for comparing the ends of a range.
    pub fn date_fields(&self, cx: &Ctx<'_>, value: &Value<'_>) -> Result<Vec<i32>> {
        let (zdt, _) = self.local_time(cx, value)?;
        let date = zdt.date.to_calendar(Gregorian);
        let year = date.year().extended_year();
        let t = zdt.time;
        Ok(vec![
            i32::from(year > 0),
            if year > 0 { year } else { 1 - year },
            i32::from(date.month().ordinal),
            i32::from(date.day_of_month().0),
            i32::from(t.hour.number()),
            i32::from(t.minute.number()),
            i32::from(t.second.number()),
            (t.subsecond.number() / 1_000_000) as i32,
        ])
    }

    fn format_one(&self, cx: &Ctx<'_>, value: &Value<'_>) -> Result<Parts> {
        let (zdt, ms) = self.local_time(cx, value)?;
        if let Some(full) = &self.full {
            return Ok(self.format_full(full, &zdt, ms));
        }
        if !self.numeric_field.is_empty() {
            let t = zdt.time;
            let (ty, text) = match self.numeric_field.as_str() {
                "m" => ("minute", self.number(u32::from(t.minute.number()), 1)),
                "s" => ("second", self.number(u32::from(t.second.number()), 1)),
                f => {
                    let n = f.len().min(3) as u32;
                    let ms = t.subsecond.number() / 1_000_000;
                    ("fractionalSecond", self.number(ms / 10u32.pow(3 - n), n as i16))
                }
            };
            return Ok(vec![(ty.to_string(), text)]);
        }
        let mut out = match &self.pattern {
            Some(p) => p.format(&gregorian(&zdt)),
            None => {
                let mut input = DateTimeInputUnchecked::default();
                input.set_date_fields_unchecked(zdt.date.to_calendar(self.formatter.calendar()));
                input.set_time_fields(zdt.time);
                input.set_time_zone_utc_offset(zdt.zone);
                input.set_time_zone_id(self.zone_id());
                input
                    .set_time_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(ms.div_euclid(1000)));
                parts::collect_try(&self.formatter.format_unchecked(input))
            }
        };
        self.adjust(&mut out, &zdt, &zdt);
        Ok(out)
    }

    /// ICU4C's adjustments (see `PatternFormatter`): substituted fields,
    /// 1-24 hours, digit padding. Parts of a range's end (`type\0endRange`)
    /// take their values from `end`.
    fn adjust(
        &self,
        out: &mut Parts,
        start: &ZonedDateTime<Iso, UtcOffset>,
        end: &ZonedDateTime<Iso, UtcOffset>,
    ) {
        let mut replacements: Vec<(String, bool, String)> = Vec::new();
        for (part, f) in &self.substitutions {
            for (is_end, zdt) in [(false, start), (true, end)] {
                replacements.push((part.clone(), is_end, parts::text(&f.format(&gregorian(zdt)))));
            }
        }
        if let Some(two_digits) = self.hours_1_to_24 {
            for (is_end, zdt) in [(false, start), (true, end)] {
                let h = u32::from(zdt.time.hour.number());
                let text = self.number(if h == 0 { 24 } else { h }, if two_digits { 2 } else { 1 });
                replacements.push(("hour".into(), is_end, text));
            }
        }
        for (ty, value) in out.iter_mut() {
            let (base, side) = ty.split_once('\u{0}').unwrap_or((ty.as_str(), ""));
            let is_end = side == "endRange";
            if let Some((_, _, text)) = replacements.iter().find(|(p, e, _)| p == base && *e == is_end) {
                *value = text.clone();
            }
            if let Some((_, pad)) = self.padding.iter().find(|(part, _)| part == base) {
                let n = value.chars().count();
                let numeric = value.chars().all(char::is_numeric);
                if !pad && n == 2 && numeric && value.starts_with(self.zero.as_str()) {
                    *value = value[self.zero.len()..].to_string();
                } else if *pad && n == 1 && numeric {
                    *value = format!("{}{value}", self.zero);
                }
            }
        }
    }

    /// The zoned input of the range formatter.
    #[allow(deprecated)]
    fn zoned(
        &self,
        zdt: &ZonedDateTime<Iso, UtcOffset>,
        ms: i64,
    ) -> ZonedDateTime<Iso, TimeZoneInfo<models::Full>> {
        let zone = self
            .zone_id()
            .with_offset(Some(zdt.zone))
            .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(ms.div_euclid(1000)))
            .infer_variant(icu::time::zone::VariantOffsetsCalculator::new());
        ZonedDateTime {
            date: zdt.date,
            time: zdt.time,
            zone,
        }
    }

    /// `format(a)`, or `formatRange(a, b)` when `b` is not undefined: CLDR's
    /// interval formats (`Mar 10 – 15, 2024`) through ICU4X's range
    /// formatter, or both dates in full when that cannot express the fields.
    pub fn format_value(&self, cx: &Ctx<'_>, a: &Value<'_>, b: &Value<'_>) -> Result<Parts> {
        if b.is_undefined() {
            return self.format_one(cx, a);
        }
        if self.pattern.is_none() && self.numeric_field.is_empty() {
            let range = self
                .range
                .get_or_init(|| RangeFormatter::new(&self.locale, &self.builder, &self.field_set));
            if let Some(range) = range {
                let (start, start_ms) = self.local_time(cx, a)?;
                let (end, end_ms) = self.local_time(cx, b)?;
                let date_time = |z: &ZonedDateTime<Iso, UtcOffset>| DateTime {
                    date: z.date,
                    time: z.time,
                };
                let mut out = match range {
                    RangeFormatter::Date(f) => parts::collect_range(&f.format(&start.date, &end.date)),
                    RangeFormatter::DateTime(f) => {
                        parts::collect_range(&f.format(&date_time(&start), &date_time(&end)))
                    }
                    RangeFormatter::Zoned(f) => parts::collect_range(
                        &f.format(&self.zoned(&start, start_ms), &self.zoned(&end, end_ms)),
                    ),
                };
                self.adjust(&mut out, &start, &end);
                parts::share_common_fields(&mut out);
                return Ok(out);
            }
        }
        let start = self.format_one(cx, a)?;
        let end = self.format_one(cx, b)?;
        let tag = |parts: Parts, source: &str| {
            parts
                .into_iter()
                .map(|(t, v)| (format!("{t}\u{0}{source}"), v))
                .collect::<Parts>()
        };
        if parts::text(&start) == parts::text(&end) {
            return Ok(tag(start, "shared"));
        }
        let mut out = tag(start, "startRange");
        out.push(("literal\u{0}shared".into(), " – ".into()));
        out.extend(tag(end, "endRange"));
        Ok(out)
    }

    /// What `resolvedOptions` reports beyond the spec: the calendar.
    pub fn info(&self, out: &Object<'_>) -> Result<()> {
        let kind = self.formatter.calendar().kind();
        out.set("calendarKind", format!("{kind:?}"))
    }
}

/// Literal parts holding `mark` split around it, the mark becoming a
/// part of type `ty` with `text`.
fn split_marks(parts: Parts, mark: char, ty: &str, text: &str) -> Parts {
    let mut out = Parts::new();
    for (part, value) in parts {
        if !value.contains(mark) {
            out.push((part, value));
            continue;
        }
        let mut pieces = value.split(mark).peekable();
        while let Some(piece) = pieces.next() {
            if !piece.is_empty() {
                out.push((part.clone(), piece.to_string()));
            }
            if pieces.peek().is_some() {
                out.push((ty.to_string(), text.to_string()));
            }
        }
    }
    out
}

/// `intlTimeZone(op, name)`: `canonicalize` gives the IANA name with the
/// database's case, or an offset as `±HH:MM` (undefined when unknown).
pub fn time_zone_op(op: String, name: String) -> Option<String> {
    match op.as_str() {
        "canonicalize" => {
            if let Some(seconds) = parse_offset(&name) {
                let sign = if seconds < 0 { '-' } else { '+' };
                let s = seconds.abs();
                return Some(format!("{sign}{:02}:{:02}", s / 3600, (s % 3600) / 60));
            }
            // The database must know it; the name is IANA's canonical one
            // (links such as US/Eastern resolve to America/New_York).
            let tz = jiff::tz::db().get(&name).ok()?;
            let parsed = icu::time::zone::iana::IanaParserExtended::new().parse(&name);
            if parsed.time_zone != icu::time::TimeZone::UNKNOWN && !parsed.canonical.is_empty() {
                return Some(parsed.canonical.to_string());
            }
            tz.iana_name().map(str::to_string)
        }
        _ => None,
    }
}

/// Every canonical IANA zone name (no links), sorted.
pub fn time_zone_names() -> Vec<String> {
    let mut names: Vec<String> = icu::time::zone::iana::IanaParserExtended::new()
        .iter()
        .map(|z| z.canonical.to_string())
        .filter(|name| name.contains('/') && !name.starts_with("Etc/"))
        .collect();
    names.sort();
    names.dedup();
    names
}
