//! The text services of `Intl`: `Collator`, `ListFormat`,
//! `RelativeTimeFormat`, `DisplayNames`, `Segmenter`, and the locale-aware
//! case mapping behind `toLocaleUpperCase` / `toLocaleLowerCase`.

use super::parts::{self, Parts};
use super::{get_str, range_error};
use fixed_decimal::{Decimal, FloatPrecision};
use icu::casemap::CaseMapper;
use icu::collator::options::{AlternateHandling, CaseLevel, CollatorOptions, Strength};
use icu::collator::{Collator, CollatorBorrowed};
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::list::ListFormatter;
use icu::locale::Locale;
use icu::segmenter::options::{SentenceBreakInvariantOptions, WordBreakInvariantOptions};
use icu::segmenter::{GraphemeClusterSegmenter, SentenceSegmenter, WordSegmenter, WordSegmenterBorrowed};
use icu_experimental::displaynames::multi::{
    LanguageDisplayNames, LocaleDisplayNamesFormatter, RegionDisplayNames, ScriptDisplayNames,
};
use icu_experimental::displaynames::{DisplayNamesOptions, Fallback, LanguageDisplay, Style};
use icu_experimental::relativetime::options::Numeric;
use icu_experimental::relativetime::{RelativeTimeFormatter, RelativeTimeFormatterOptions};
use javy::quickjs::{Ctx, Object, Result, Value};
use std::cmp::Ordering;

fn locale(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Locale> {
    super::locales::canonicalize(cx, &get_str(spec, "locale"))
}

fn data_error<T>(cx: &Ctx<'_>, what: &str, e: impl std::fmt::Debug) -> Result<T> {
    range_error(cx, &format!("Intl data unavailable for {what}: {e:?}"))
}

/// One `Intl.Collator` (also behind `String.prototype.localeCompare`).
pub struct CollatorService {
    collator: CollatorBorrowed<'static>,
}

impl CollatorService {
    /// Build from a resolved spec; numeric and caseFirst come as `-u-kn`
    /// and `-u-kf` in the locale.
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = locale(cx, spec)?;
        let mut options = CollatorOptions::default();
        match get_str(spec, "sensitivity").as_str() {
            "base" => options.strength = Some(Strength::Primary),
            "accent" => options.strength = Some(Strength::Secondary),
            "case" => {
                options.strength = Some(Strength::Primary);
                options.case_level = Some(CaseLevel::On);
            }
            _ => options.strength = Some(Strength::Tertiary),
        }
        if get_str(spec, "ignorePunctuation") == "true" {
            options.alternate_handling = Some(AlternateHandling::Shifted);
        }
        let collator =
            Collator::try_new((&locale).into(), options).or_else(|e| data_error(cx, "collation", e))?;
        Ok(CollatorService { collator })
    }

    /// -1, 0 or 1.
    pub fn compare(&self, a: &str, b: &str) -> i32 {
        match self.collator.compare(a, b) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        }
    }

    /// Nothing beyond the spec.
    pub fn info(&self, _out: &Object<'_>) -> Result<()> {
        Ok(())
    }
}

/// One `Intl.ListFormat`.
pub struct ListService {
    formatter: ListFormatter,
}

impl ListService {
    /// Build from a resolved spec.
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = locale(cx, spec)?;
        let length = match get_str(spec, "style").as_str() {
            "short" => ListLength::Short,
            "narrow" => ListLength::Narrow,
            _ => ListLength::Wide,
        };
        let options = ListFormatterOptions::default().with_length(length);
        let prefs = (&locale).into();
        let formatter = match get_str(spec, "type").as_str() {
            "disjunction" => ListFormatter::try_new_or(prefs, options),
            "unit" => ListFormatter::try_new_unit(prefs, options),
            _ => ListFormatter::try_new_and(prefs, options),
        }
        .or_else(|e| data_error(cx, "lists", e))?;
        Ok(ListService { formatter })
    }

    /// The parts of the list `a` (an array of strings).
    pub fn format_value(&self, cx: &Ctx<'_>, a: &Value<'_>) -> Result<Parts> {
        let Some(array) = a.as_array() else {
            return range_error(cx, "list expected");
        };
        let items: Vec<String> = array.iter::<String>().collect::<Result<_>>()?;
        Ok(parts::collect(
            &self.formatter.format(items.iter().map(String::as_str)),
        ))
    }
}

/// One `Intl.RelativeTimeFormat`, for one unit at a time: the formatters
/// of each unit are built on first use.
pub struct RelativeService {
    locale: Locale,
    style: String,
    numeric_auto: bool,
    by_unit: std::cell::RefCell<Vec<(String, std::rc::Rc<RelativeTimeFormatter>)>>,
}

impl RelativeService {
    /// Build from a resolved spec.
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        Ok(RelativeService {
            locale: locale(cx, spec)?,
            style: get_str(spec, "style"),
            numeric_auto: get_str(spec, "numeric") == "auto",
            by_unit: Default::default(),
        })
    }

    fn formatter(&self, cx: &Ctx<'_>, unit: &str) -> Result<std::rc::Rc<RelativeTimeFormatter>> {
        if let Some((_, f)) = self.by_unit.borrow().iter().find(|(u, _)| u == unit) {
            return Ok(f.clone());
        }
        let mut options = RelativeTimeFormatterOptions::default();
        options.numeric = Some(if self.numeric_auto {
            Numeric::Auto
        } else {
            Numeric::Always
        });
        let prefs = (&self.locale).into();
        type Ctor = fn(
            icu_experimental::relativetime::RelativeTimeFormatterPreferences,
            RelativeTimeFormatterOptions,
        ) -> core::result::Result<RelativeTimeFormatter, icu_provider::DataError>;
        let ctor: Ctor = match (self.style.as_str(), unit) {
            ("short", "second") => RelativeTimeFormatter::try_new_short_second,
            ("short", "minute") => RelativeTimeFormatter::try_new_short_minute,
            ("short", "hour") => RelativeTimeFormatter::try_new_short_hour,
            ("short", "day") => RelativeTimeFormatter::try_new_short_day,
            ("short", "week") => RelativeTimeFormatter::try_new_short_week,
            ("short", "month") => RelativeTimeFormatter::try_new_short_month,
            ("short", "quarter") => RelativeTimeFormatter::try_new_short_quarter,
            ("short", "year") => RelativeTimeFormatter::try_new_short_year,
            ("narrow", "second") => RelativeTimeFormatter::try_new_narrow_second,
            ("narrow", "minute") => RelativeTimeFormatter::try_new_narrow_minute,
            ("narrow", "hour") => RelativeTimeFormatter::try_new_narrow_hour,
            ("narrow", "day") => RelativeTimeFormatter::try_new_narrow_day,
            ("narrow", "week") => RelativeTimeFormatter::try_new_narrow_week,
            ("narrow", "month") => RelativeTimeFormatter::try_new_narrow_month,
            ("narrow", "quarter") => RelativeTimeFormatter::try_new_narrow_quarter,
            ("narrow", "year") => RelativeTimeFormatter::try_new_narrow_year,
            (_, "second") => RelativeTimeFormatter::try_new_long_second,
            (_, "minute") => RelativeTimeFormatter::try_new_long_minute,
            (_, "hour") => RelativeTimeFormatter::try_new_long_hour,
            (_, "day") => RelativeTimeFormatter::try_new_long_day,
            (_, "week") => RelativeTimeFormatter::try_new_long_week,
            (_, "month") => RelativeTimeFormatter::try_new_long_month,
            (_, "quarter") => RelativeTimeFormatter::try_new_long_quarter,
            (_, "year") => RelativeTimeFormatter::try_new_long_year,
            _ => return range_error(cx, &format!("Invalid unit argument for format() '{unit}'")),
        };
        let f = std::rc::Rc::new(ctor(prefs, options).or_else(|e| data_error(cx, "relative time", e))?);
        self.by_unit.borrow_mut().push((unit.to_string(), f.clone()));
        Ok(f)
    }

    /// The parts of `value` `unit`s from now (a singular unit name).
    pub fn format_value(&self, cx: &Ctx<'_>, value: &Value<'_>, unit: &Value<'_>) -> Result<Parts> {
        let unit = unit
            .as_string()
            .map(|s| s.to_string())
            .transpose()?
            .unwrap_or_default();
        let mut x = value.as_number().unwrap_or(f64::NAN);
        if self.numeric_auto && x == 0.0 {
            // -0 is "now" / "today" too, when words are allowed.
            x = 0.0;
        }
        if !x.is_finite() {
            return range_error(cx, "Invalid value for relative time");
        }
        let d = Decimal::try_from_f64(x, FloatPrecision::RoundTrip)
            .or_else(|_| range_error(cx, "Invalid value for relative time"))?;
        let f = self.formatter(cx, &unit)?;
        Ok(parts::collect(&f.format(d)))
    }
}

/// One `Intl.DisplayNames`.
pub struct DisplayService {
    kind: String,
    locale: Locale,
    language: Option<LanguageDisplayNames>,
    locale_names: Option<LocaleDisplayNamesFormatter>,
    region: Option<RegionDisplayNames>,
    script: Option<ScriptDisplayNames>,
}

impl DisplayService {
    /// Build from a resolved spec.
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = locale(cx, spec)?;
        let mut options = DisplayNamesOptions::default();
        options.style = Some(match get_str(spec, "style").as_str() {
            "short" => Style::Short,
            "narrow" => Style::Narrow,
            _ => Style::Long,
        });
        options.fallback = Fallback::None;
        options.language_display = if get_str(spec, "languageDisplay") == "standard" {
            LanguageDisplay::Standard
        } else {
            LanguageDisplay::Dialect
        };
        let prefs = (&locale).into();
        let kind = get_str(spec, "type");
        let mut service = DisplayService {
            kind: kind.clone(),
            locale: locale.clone(),
            language: None,
            locale_names: None,
            region: None,
            script: None,
        };
        match kind.as_str() {
            "language" => {
                service.locale_names = Some(
                    LocaleDisplayNamesFormatter::try_new(prefs, options)
                        .or_else(|e| data_error(cx, "display names", e))?,
                );
                service.language = Some(
                    LanguageDisplayNames::try_new(prefs, options)
                        .or_else(|e| data_error(cx, "display names", e))?,
                );
            }
            "region" => {
                service.region = Some(
                    RegionDisplayNames::try_new(prefs, options)
                        .or_else(|e| data_error(cx, "display names", e))?,
                )
            }
            "script" => {
                service.script = Some(
                    ScriptDisplayNames::try_new(prefs, options)
                        .or_else(|e| data_error(cx, "display names", e))?,
                )
            }
            _ => {}
        }
        Ok(service)
    }

    /// The name of `code` (already validated and canonicalized), if known.
    pub fn of(&self, _cx: &Ctx<'_>, code: &str) -> Result<Option<String>> {
        Ok(match self.kind.as_str() {
            "language" => {
                let Ok(locale) = Locale::try_from_str(code) else {
                    return Ok(None);
                };
                if locale.id.script.is_none() && locale.id.region.is_none() && locale.id.variants.is_empty() {
                    if let Some(name) = self.language.as_ref().and_then(|l| l.of(locale.id.language)) {
                        return Ok(Some(name.to_string()));
                    }
                    return Ok(None);
                }
                self.locale_names.as_ref().map(|f| f.of(&locale).into_owned())
            }
            "region" => code
                .parse()
                .ok()
                .and_then(|r| self.region.as_ref()?.of(r))
                .map(str::to_string),
            "script" => code
                .parse()
                .ok()
                .and_then(|s| self.script.as_ref()?.of(s))
                .map(str::to_string),
            "currency" => currency_name(&self.locale, code),
            _ => None,
        })
    }
}

/// The display name of the currency `code` (ISO 4217, upper case).
fn currency_name(locale: &Locale, code: &str) -> Option<String> {
    use icu_experimental::dimension::provider::currency::displayname::CurrencyDisplaynameV1;
    use icu_provider::prelude::*;
    let attribute = DataMarkerAttributes::try_from_str(code).ok()?;
    let data_locale = DataLocale::from(locale);
    let response = DataProvider::<CurrencyDisplaynameV1>::load(
        &icu_experimental::provider::Baked,
        DataRequest {
            id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attribute, &data_locale),
            ..Default::default()
        },
    )
    .ok()?;
    Some(response.payload.get().to_string())
}

/// One `Intl.Segmenter`.
pub enum SegmenterService {
    Grapheme,
    Word(WordSegmenterBorrowed<'static>),
    Sentence,
}

impl SegmenterService {
    /// Build from a resolved spec.
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        locale(cx, spec)?;
        Ok(match get_str(spec, "granularity").as_str() {
            "word" => {
                let mut options = WordBreakInvariantOptions::default();
                let _ = &mut options;
                SegmenterService::Word(WordSegmenter::new_dictionary(options))
            }
            "sentence" => SegmenterService::Sentence,
            _ => SegmenterService::Grapheme,
        })
    }

    /// `(start, isWordLike)` of every segment, in UTF-16 indices.
    pub fn segment(&self, text: &str) -> Vec<(u32, bool)> {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let mut out = Vec::new();
        match self {
            SegmenterService::Grapheme => {
                let breaks: Vec<usize> = GraphemeClusterSegmenter::new().segment_utf16(&utf16).collect();
                for w in breaks.windows(2) {
                    out.push((w[0] as u32, false));
                }
            }
            SegmenterService::Word(segmenter) => {
                let mut iter = segmenter.segment_utf16(&utf16);
                let mut last = iter.next().unwrap_or(0);
                while let Some(next) = iter.next() {
                    let _ = next;
                    out.push((last as u32, iter.is_word_like()));
                    last = next;
                }
            }
            SegmenterService::Sentence => {
                let segmenter = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
                let breaks: Vec<usize> = segmenter.segment_utf16(&utf16).collect();
                for w in breaks.windows(2) {
                    out.push((w[0] as u32, false));
                }
            }
        }
        out
    }
}

/// `intlCase(upper, locale, text)`: locale-aware case mapping (Turkish and
/// Azeri dotted I, Lithuanian dot above, Greek accents, ...).
pub fn change_case(cx: Ctx<'_>, upper: bool, tag: String, text: String) -> Result<String> {
    let locale = super::locales::canonicalize(&cx, &tag)?;
    let mapper = CaseMapper::new();
    Ok(if upper {
        mapper.uppercase_to_string(&text, &locale.id).into_owned()
    } else {
        mapper.lowercase_to_string(&text, &locale.id).into_owned()
    })
}
