//! `Intl.NumberFormat` and `Intl.PluralRules`: ECMA-402 rounding on
//! `fixed_decimal` (every rounding mode, increment and priority), then
//! ICU4X's decimal, percent, currency and compact formatters.

use super::parts::{self, Parts};
use super::{get_num, get_str, range_error};
use fixed_decimal::{
    Decimal, FloatPrecision, RoundingIncrement, Sign, SignDisplay, SignedRoundingMode, UnsignedRoundingMode,
};
use icu::decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu::decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu::locale::Locale;
use icu::plurals::{PluralCategory, PluralRuleType, PluralRules, PluralRulesOptions, PluralRulesWithRanges};
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::options::{CurrencyFormatterOptions, CurrencyUsage};
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::dimension::provider::units::categorized_display_names::{
    UnitsNamesAreaCoreV1, UnitsNamesAreaExtendedV1, UnitsNamesAreaOutlierV1, UnitsNamesDurationCoreV1,
    UnitsNamesDurationExtendedV1, UnitsNamesDurationOutlierV1, UnitsNamesLengthCoreV1,
    UnitsNamesLengthExtendedV1, UnitsNamesLengthOutlierV1, UnitsNamesMassCoreV1, UnitsNamesMassExtendedV1,
    UnitsNamesMassOutlierV1, UnitsNamesVolumeCoreV1, UnitsNamesVolumeExtendedV1, UnitsNamesVolumeOutlierV1,
};
use icu_experimental::dimension::provider::units::display_names::UnitsDisplayNames;
use icu_provider::marker::ErasedMarker;
use icu_provider::prelude::*;
use javy::quickjs::{Ctx, Object, Result, Value};
use writeable::Writeable;

/// ECMA-402's rounding settings, resolved by the JavaScript side.
pub struct Rounding {
    min_integer: i16,
    min_fraction: i16,
    max_fraction: i16,
    min_significant: i16,
    max_significant: i16,
    /// `fractionDigits`, `significantDigits`, `morePrecision` or `lessPrecision`.
    kind: String,
    mode: SignedRoundingMode,
    increment: u32,
    strip_if_integer: bool,
}

impl Rounding {
    fn from_spec(spec: &Object<'_>) -> Self {
        let n = |k: &str, d: f64| get_num(spec, k).unwrap_or(d) as i16;
        let mode = match get_str(spec, "roundingMode").as_str() {
            "ceil" => SignedRoundingMode::Ceil,
            "floor" => SignedRoundingMode::Floor,
            "expand" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::Expand),
            "trunc" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::Trunc),
            "halfCeil" => SignedRoundingMode::HalfCeil,
            "halfFloor" => SignedRoundingMode::HalfFloor,
            "halfTrunc" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfTrunc),
            "halfEven" => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfEven),
            _ => SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
        };
        Rounding {
            min_integer: n("minimumIntegerDigits", 1.0),
            min_fraction: n("minimumFractionDigits", 0.0),
            max_fraction: n("maximumFractionDigits", 3.0),
            min_significant: n("minimumSignificantDigits", 1.0),
            max_significant: n("maximumSignificantDigits", 21.0),
            kind: get_str(spec, "roundingType"),
            mode,
            increment: get_num(spec, "roundingIncrement").unwrap_or(1.0) as u32,
            strip_if_integer: get_str(spec, "trailingZeroDisplay") == "stripIfInteger",
        }
    }

    /// Round to fraction digits: the result and its rounding magnitude.
    fn by_fraction(&self, d: &Decimal) -> (Decimal, i16) {
        let mut d = d.clone();
        let (mut position, mut increment) = (-self.max_fraction, self.increment);
        // An increment of 10, 20, 25, 50, ... is one of 1, 2, 5 (or 25) one
        // digit further left.
        while increment >= 10 && increment % 10 == 0 {
            increment /= 10;
            position += 1;
        }
        let increment = match increment {
            2 => RoundingIncrement::MultiplesOf2,
            5 => RoundingIncrement::MultiplesOf5,
            25 => RoundingIncrement::MultiplesOf25,
            _ => RoundingIncrement::MultiplesOf1,
        };
        d.round_with_mode_and_increment(position, self.mode, increment);
        d.absolute.trim_end();
        d.absolute.pad_end(-self.min_fraction);
        (d, -self.max_fraction)
    }

    /// Round to significant digits: the result and its rounding magnitude.
    fn by_significant(&self, d: &Decimal) -> (Decimal, i16) {
        let mut d = d.clone();
        let top = if d.absolute.is_zero() {
            0
        } else {
            d.absolute.nonzero_magnitude_start()
        };
        let position = top - self.max_significant + 1;
        d.round_with_mode(position, self.mode);
        let top = if d.absolute.is_zero() {
            0
        } else {
            d.absolute.nonzero_magnitude_start()
        };
        d.absolute.trim_end();
        d.absolute.pad_end(top - self.min_significant + 1);
        (d, position)
    }

    /// `d` rounded as ECMA-402's FormatNumericToString says.
    pub fn apply(&self, d: &Decimal) -> Decimal {
        let mut out = match self.kind.as_str() {
            "significantDigits" => self.by_significant(d).0,
            "morePrecision" | "lessPrecision" => {
                let (s, s_mag) = self.by_significant(d);
                let (f, f_mag) = self.by_fraction(d);
                let significant_is_more_precise = s_mag <= f_mag;
                if (self.kind == "morePrecision") == significant_is_more_precise {
                    s
                } else {
                    f
                }
            }
            _ => self.by_fraction(d).0,
        };
        if self.strip_if_integer {
            out.absolute.trim_end_if_integer();
        }
        out.absolute.pad_start(self.min_integer);
        out
    }
}

/// A JavaScript value to format: a finite decimal, or NaN / ±Infinity.
enum Input {
    Finite(Decimal),
    NaN,
    Infinite(Sign),
}

fn input(cx: &Ctx<'_>, value: &Value<'_>) -> Result<Input> {
    if let Some(s) = value.as_string() {
        let s = s.to_string()?;
        return match Decimal::try_from_str(&s) {
            Ok(d) => Ok(Input::Finite(d)),
            Err(_) => range_error(cx, &format!("Invalid number value: {s}")),
        };
    }
    let x = value.as_number().unwrap_or(f64::NAN);
    if x.is_nan() {
        return Ok(Input::NaN);
    }
    if x.is_infinite() {
        return Ok(Input::Infinite(if x < 0.0 { Sign::Negative } else { Sign::None }));
    }
    match Decimal::try_from_f64(x, FloatPrecision::RoundTrip) {
        Ok(d) => Ok(Input::Finite(d)),
        Err(_) => range_error(cx, "number out of range"),
    }
}

/// How the digits are dressed.
enum Style {
    Decimal,
    Percent(Box<PercentFormatter<DecimalFormatter>>),
    Currency(Box<CurrencyFormatter<DecimalFormatter>>),
}

enum Notation {
    Standard,
    Scientific,
    Engineering,
    Compact(Box<CompactDecimalFormatter>),
}

/// One `Intl.NumberFormat`.
pub struct NumberFormat {
    decimal: DecimalFormatter,
    style: Style,
    notation: Notation,
    rounding: Rounding,
    sign_display: SignDisplay,
    affix_type: &'static str,
    unit: Option<UnitPatterns>,
    /// With `useGrouping: "always"`: the group separator and the primary
    /// group size (ICU4X's `Always` keeps the locale's minimum grouping).
    always_group: Option<(String, usize)>,
    /// What goes between the numbers of a range.
    range_separator: String,
    /// CLDR's symbols for the locale and numbering system (see
    /// `number_data`), written over ICU4X's: decimal and group separators,
    /// percent sign, exponent, NaN, infinity.
    symbols: Option<Vec<String>>,
    /// The numbering system's digits, for systems ICU4X writes in Latin.
    digits: Option<Vec<char>>,
}

/// The display-name patterns of a unit (`"{0} km"`, by plural category),
/// or of a compound `X-per-Y`: X's patterns inside the locale's `per`
/// pattern, with Y's bare name.
struct UnitPatterns {
    names: UnitNames,
    per: Option<(String, String)>,
    plurals: PluralRules,
}

/// A unit's patterns: ICU4X's, or CLDR's from the table the JavaScript
/// side bundles for the units ICU4X has no names for
/// (`internal/intl_units`), as `(category, pattern with {0})`.
enum UnitNames {
    Icu(DataPayload<ErasedMarker<UnitsDisplayNames<'static>>>),
    Table(Vec<(String, String)>),
}

impl UnitNames {
    /// The pattern for `value`, with `\u{0}` where the number goes.
    fn pattern(&self, value: &Decimal, plurals: &PluralRules) -> String {
        match self {
            UnitNames::Icu(names) => names
                .get()
                .get(value.into(), plurals)
                .interpolate(("\u{0}",))
                .write_to_string()
                .to_string(),
            UnitNames::Table(patterns) => {
                let category = category_name(plurals.category_for(value));
                let find = |c: &str| patterns.iter().find(|(k, _)| k == c).map(|(_, p)| p.as_str());
                find(category)
                    .or_else(|| find("other"))
                    .unwrap_or("{0}")
                    .replace("{0}", "\u{0}")
            }
        }
    }
}

/// Decode `category\u{1}pattern\u{2}...` (see `internal/intl.js`).
fn table_patterns(encoded: &str) -> Option<UnitNames> {
    if encoded.is_empty() {
        return None;
    }
    let patterns = encoded
        .split('\u{2}')
        .filter_map(|item| item.split_once('\u{1}'))
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect();
    Some(UnitNames::Table(patterns))
}

/// Load `unit`'s names at `width` (`long`, `short`, `narrow`) from the
/// five unit categories ICU4X has names for.
fn unit_names(
    locale: &Locale,
    width: &str,
    unit: &str,
) -> Option<DataPayload<ErasedMarker<UnitsDisplayNames<'static>>>> {
    let attribute = format!("{width}-{unit}");
    let attribute = DataMarkerAttributes::try_from_str(&attribute).ok()?;
    let data_locale = DataLocale::from(locale);
    let req = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attribute, &data_locale),
        ..Default::default()
    };
    // A unit lives in one of a category's three markers (the units of
    // the locale's own preferences, of other locales', and the rest); a
    // marker without it for this locale falls back to the root locale, so
    // a root answer counts only when no marker has the locale's own.
    let mut from_root = None;
    macro_rules! try_markers {
        ($($m:ty),*) => {
            $(
                if let Ok(r) = DataProvider::<$m>::load(&icu_experimental::provider::Baked, req) {
                    let used_root = r.metadata.locale.as_ref().is_some_and(|l| l.is_unknown());
                    if !used_root {
                        return Some(r.payload.cast());
                    }
                    if from_root.is_none() {
                        from_root = Some(r.payload.cast());
                    }
                }
            )*
        };
    }
    try_markers!(
        UnitsNamesLengthCoreV1,
        UnitsNamesLengthExtendedV1,
        UnitsNamesLengthOutlierV1,
        UnitsNamesMassCoreV1,
        UnitsNamesMassExtendedV1,
        UnitsNamesMassOutlierV1,
        UnitsNamesVolumeCoreV1,
        UnitsNamesVolumeExtendedV1,
        UnitsNamesVolumeOutlierV1,
        UnitsNamesAreaCoreV1,
        UnitsNamesAreaExtendedV1,
        UnitsNamesAreaOutlierV1,
        UnitsNamesDurationCoreV1,
        UnitsNamesDurationExtendedV1,
        UnitsNamesDurationOutlierV1
    );
    from_root
}

impl UnitPatterns {
    /// `table` and `table_per`: patterns of the numerator (or of the whole
    /// compound, when `whole`) and of the denominator from the bundled
    /// table, when ICU4X has none (encoded, empty when absent).
    fn new(
        cx: &Ctx<'_>,
        locale: &Locale,
        unit: &str,
        width: &str,
        (table, table_per, whole): (&str, &str, bool),
        (per_pattern, per_named): (&str, bool),
    ) -> Result<Self> {
        let missing = |u: &str| {
            range_error::<Self>(
                cx,
                &format!(
                    "Intl.NumberFormat: the unit '{u}' has no display names in the sandbox's \
                     data for this locale"
                ),
            )
        };
        let plurals =
            PluralRules::try_new_cardinal(locale.into()).or_else(|e| data_error(cx, "plural rules", e))?;
        // A compound the table names as a whole (kilometer-per-hour).
        if let Some(names) = table_patterns(table).filter(|_| whole) {
            return Ok(UnitPatterns {
                names,
                per: None,
                plurals,
            });
        }
        let (numerator, per) = match unit.split_once("-per-") {
            Some((x, y)) => (x, Some(y)),
            None => (unit, None),
        };
        let names = match table_patterns(table) {
            Some(names) => names,
            None => match unit_names(locale, width, numerator) {
                Some(names) => UnitNames::Icu(names),
                None => return missing(numerator),
            },
        };
        let per = match per {
            None => None,
            // A per-unit pattern with the denominator's name in it ("{0}/h").
            Some(_) if per_named => Some((per_pattern.to_string(), String::new())),
            Some(y) => {
                let y_names = match table_patterns(table_per) {
                    Some(names) => names,
                    None => match unit_names(locale, width, y) {
                        Some(names) => UnitNames::Icu(names),
                        None => return missing(y),
                    },
                };
                // Y's bare name: its pattern for one, without the number.
                let bare = y_names
                    .pattern(&Decimal::from(1), &plurals)
                    .replace('\u{0}', "")
                    .trim()
                    .to_string();
                // ICU4X 0.7 has no data for the compound pattern: the
                // JavaScript side passes CLDR's.
                let per = if per_pattern.is_empty() {
                    "{0}/{1}"
                } else {
                    per_pattern
                };
                Some((per.to_string(), bare))
            }
        };
        Ok(UnitPatterns { names, per, plurals })
    }

    /// The parts of `value` (already rounded) in this unit, its digits
    /// formatted by `decimal`.
    fn format(&self, value: &Decimal, digits: Parts) -> Parts {
        let text = self.names.pattern(value, &self.plurals);
        let mut out = Parts::new();
        let (before, after) = text.split_once('\u{0}').unwrap_or((&text, ""));
        let (before, after) = match &self.per {
            // "{0}/{1}": the numerator's pattern takes {0}, Y's name {1}.
            Some((per, bare)) => {
                let (p0, rest) = per.split_once("{0}").unwrap_or(("", per.as_str()));
                let (p1, p2) = rest.split_once("{1}").unwrap_or((rest, ""));
                (format!("{p0}{before}"), format!("{after}{p1}{bare}{p2}"))
            }
            None => (before.to_string(), after.to_string()),
        };
        push_affix(&mut out, &before);
        out.extend(digits);
        push_affix(&mut out, &after);
        out
    }
}

fn locale(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Locale> {
    super::locales::canonicalize(cx, &get_str(spec, "locale"))
}

fn data_error<T>(cx: &Ctx<'_>, what: &str, e: impl std::fmt::Debug) -> Result<T> {
    range_error(cx, &format!("Intl data unavailable for {what}: {e:?}"))
}

impl NumberFormat {
    /// Build from a resolved spec (see `internal/intl.js`).
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = locale(cx, spec)?;
        let grouping = match get_str(spec, "useGrouping").as_str() {
            "always" => GroupingStrategy::Always,
            "min2" => GroupingStrategy::Min2,
            "false" => GroupingStrategy::Never,
            _ => GroupingStrategy::Auto,
        };
        let mut options = DecimalFormatterOptions::default();
        options.grouping_strategy = Some(grouping);
        let decimal = match DecimalFormatter::try_new((&locale).into(), options) {
            Ok(f) => f,
            Err(e) => return data_error(cx, "numbers", e),
        };
        let (style, affix_type) = match get_str(spec, "style").as_str() {
            "percent" => {
                let f = PercentFormatter::try_new_with_decimal_formatter(
                    (&locale).into(),
                    DecimalFormatter::try_new((&locale).into(), options)
                        .or_else(|e| data_error(cx, "numbers", e))?,
                    Default::default(),
                )
                .or_else(|e| data_error(cx, "percent", e))?;
                (Style::Percent(Box::new(f)), "percentSign")
            }
            "currency" => {
                let code = get_str(spec, "currency");
                let currency = CurrencyType::try_from_str(&code.to_ascii_lowercase())
                    .or_else(|_| range_error(cx, &format!("Invalid currency code : {code}")))?;
                let mut options = CurrencyFormatterOptions::default();
                if get_str(spec, "currencySign") == "accounting" {
                    options.usage = CurrencyUsage::Accounting;
                }
                let prefs = (&locale).into();
                let f = match get_str(spec, "currencyDisplay").as_str() {
                    "code" => CurrencyFormatter::try_new_code(prefs, currency, options),
                    "name" => CurrencyFormatter::try_new_name(prefs, currency),
                    "narrowSymbol" => CurrencyFormatter::try_new_symbol_narrow(prefs, currency, options),
                    _ => CurrencyFormatter::try_new_symbol(prefs, currency, options),
                }
                .or_else(|e| data_error(cx, "currencies", e))?;
                (Style::Currency(Box::new(f)), "currency")
            }
            _ => (Style::Decimal, "literal"),
        };
        let notation = match get_str(spec, "notation").as_str() {
            "scientific" => Notation::Scientific,
            "engineering" => Notation::Engineering,
            "compact" => {
                let long = get_str(spec, "compactDisplay") == "long";
                let f = if long {
                    CompactDecimalFormatter::try_new_long((&locale).into(), options.into())
                } else {
                    CompactDecimalFormatter::try_new_short((&locale).into(), options.into())
                }
                .or_else(|e| data_error(cx, "compact numbers", e))?;
                Notation::Compact(Box::new(f))
            }
            _ => Notation::Standard,
        };
        let always_group = if grouping == GroupingStrategy::Always {
            let sample = parts::collect(&decimal.format(&Decimal::from(1_234_567)));
            let separator = sample.iter().find(|(t, _)| t == "group").map(|(_, v)| v.clone());
            let primary = sample
                .iter()
                .rev()
                .find(|(t, _)| t == "integer")
                .map(|(_, v)| v.chars().count());
            separator.zip(primary)
        } else {
            None
        };
        let sign_display = match get_str(spec, "signDisplay").as_str() {
            "never" => SignDisplay::Never,
            "always" => SignDisplay::Always,
            "exceptZero" => SignDisplay::ExceptZero,
            "negative" => SignDisplay::Negative,
            _ => SignDisplay::Auto,
        };
        let unit = match get_str(spec, "style").as_str() {
            "unit" => {
                let width = match get_str(spec, "unitDisplay").as_str() {
                    "long" => "long",
                    "narrow" => "narrow",
                    _ => "short",
                };
                Some(UnitPatterns::new(
                    cx,
                    &locale,
                    &get_str(spec, "unit"),
                    width,
                    (
                        &get_str(spec, "unitTable"),
                        &get_str(spec, "unitTablePer"),
                        get_str(spec, "unitTableWhole") == "true",
                    ),
                    (&get_str(spec, "unitPer"), get_str(spec, "unitPerNamed") == "true"),
                )?)
            }
            _ => None,
        };
        let symbols = Some(get_str(spec, "symbols"))
            .filter(|s| !s.is_empty())
            .map(|s| s.split('|').map(str::to_string).collect::<Vec<_>>())
            .filter(|s| s.len() == 6);
        let digits = Some(get_str(spec, "digits").chars().collect::<Vec<_>>()).filter(|d| d.len() == 10);
        Ok(NumberFormat {
            symbols,
            digits,
            decimal,
            style,
            notation,
            rounding: Rounding::from_spec(spec),
            sign_display,
            affix_type,
            unit,
            always_group,
            range_separator: match locale.id.language.as_str() {
                "ja" => "～",
                "zh" => "-",
                "ko" => "~",
                _ => "–",
            }
            .to_string(),
        })
    }

    /// The parts of one number.
    fn format_one(&self, cx: &Ctx<'_>, value: &Value<'_>) -> Result<Parts> {
        let (mut d, special) = match input(cx, value)? {
            Input::Finite(d) => (d, None),
            Input::NaN => (Decimal::from(0), Some(("nan", "NaN"))),
            Input::Infinite(sign) => {
                // A nonzero stand-in, so signDisplay treats it as nonzero.
                let mut one = Decimal::from(1);
                one.sign = sign;
                (one, Some(("infinity", "∞")))
            }
        };
        if special.is_none() && matches!(self.style, Style::Percent(_)) {
            d.multiply_pow10(2);
        }
        // The digits (unsigned), rounded, with the exponent or compact
        // affix; `d` ends up rounded and signed, for the sign and plurals.
        let digits: Parts = match (&self.notation, special) {
            (_, Some((ty, symbol))) => {
                if ty == "nan" {
                    d.sign = Sign::None;
                }
                d.apply_sign_display(self.sign_display);
                if ty == "nan" && self.sign_display == SignDisplay::Always {
                    d.sign = Sign::Positive;
                }
                vec![(ty.to_string(), symbol.to_string())]
            }
            (Notation::Standard, None) => {
                d = self.rounding.apply(&d);
                d.apply_sign_display(self.sign_display);
                self.unsigned_digits(&d)
            }
            (Notation::Scientific | Notation::Engineering, None) => {
                let step = if matches!(self.notation, Notation::Engineering) {
                    3
                } else {
                    1
                };
                let mut e = magnitude(&d).div_euclid(step) * step;
                let mut m = d.clone();
                m.multiply_pow10(-e);
                m = self.rounding.apply(&m);
                // Rounding up may carry into the next power (9.99 -> 10).
                if magnitude(&m) >= step {
                    e += step;
                    m = d.clone();
                    m.multiply_pow10(-e);
                    m = self.rounding.apply(&m);
                }
                d = m;
                d.apply_sign_display(self.sign_display);
                let mut out = self.unsigned_digits(&d);
                out.push(("exponentSeparator".into(), "E".into()));
                if e < 0 {
                    out.push(("exponentMinusSign".into(), "-".into()));
                }
                for (t, v) in parts::collect(&self.decimal.format(&Decimal::from(e.unsigned_abs() as u32))) {
                    if t == "integer" {
                        out.push(("exponentInteger".into(), v));
                    }
                }
                out
            }
            (Notation::Compact(f), None) => {
                let mut e = f.compact_exponent_for_magnitude(magnitude(&d));
                let mut m = d.clone();
                m.multiply_pow10(-i16::from(e));
                m = self.rounding.apply(&m);
                let e2 = f.compact_exponent_for_magnitude(magnitude(&m) + i16::from(e));
                if e2 != e {
                    e = e2;
                    m = d.clone();
                    m.multiply_pow10(-i16::from(e));
                    m = self.rounding.apply(&m);
                }
                m.apply_sign_display(self.sign_display);
                let mut unsigned = m.clone();
                unsigned.sign = Sign::None;
                let out = match f.format_with_exponent(&unsigned, e) {
                    Ok(w) => parts::relabel_affixes(parts::collect(&w), "compact"),
                    Err(_) => self.unsigned_digits(&unsigned),
                };
                d = m;
                out
            }
        };
        let out = self.dress(&d, digits);
        let out = match &self.unit {
            Some(unit) => unit.format(&d, out),
            None => out,
        };
        Ok(split_bidi_marks(self.with_cldr_symbols(out)))
    }

    /// `parts` with CLDR's symbols and digits (when the spec has them). A
    /// percent sign comes with its own bidi marks, so the marks ICU4X's
    /// pattern put around it go.
    fn with_cldr_symbols(&self, parts: Parts) -> Parts {
        let is_marks = |v: &str| {
            !v.is_empty()
                && v.chars()
                    .all(|c| matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}'))
        };
        let mut out = Parts::with_capacity(parts.len());
        for (i, (t, mut v)) in parts.iter().cloned().enumerate() {
            if let Some(symbols) = &self.symbols {
                let symbol = match t.as_str() {
                    "decimal" => Some(0),
                    "group" => Some(1),
                    "percentSign" => Some(2),
                    "exponentSeparator" => Some(3),
                    "nan" => Some(4),
                    "infinity" => Some(5),
                    _ => None,
                };
                let next_is_percent = parts.get(i + 1).is_some_and(|(t, _)| t == "percentSign");
                let previous_is_percent = i > 0 && parts[i - 1].0 == "percentSign";
                if t == "literal" && is_marks(&v) && (next_is_percent || previous_is_percent) {
                    continue;
                }
                if let Some(k) = symbol {
                    v = symbols[k].clone();
                }
            }
            if let Some(digits) = &self.digits {
                if matches!(t.as_str(), "integer" | "fraction" | "exponentInteger") {
                    v = v
                        .chars()
                        .map(|c| {
                            c.to_digit(10)
                                .filter(|_| c.is_ascii())
                                .map_or(c, |d| digits[d as usize])
                        })
                        .collect();
                }
            }
            out.push((t, v));
        }
        out
    }

    /// The digits of `d` without its sign, grouped as the options say.
    fn unsigned_digits(&self, d: &Decimal) -> Parts {
        let mut unsigned = d.clone();
        unsigned.sign = Sign::None;
        let out = parts::collect(&self.decimal.format(&unsigned));
        match &self.always_group {
            Some((separator, primary)) => group_always(out, separator, *primary),
            None => out,
        }
    }

    /// Put `digits` (unsigned) in the style's pattern, with `d`'s sign: the
    /// style's formatter formats `d` itself, and its number is swapped for
    /// `digits` (so rounding, compact and exponents stay ECMA-402's).
    fn dress(&self, d: &Decimal, digits: Parts) -> Parts {
        let styled = match &self.style {
            Style::Decimal => parts::collect(&self.decimal.format(d)),
            Style::Currency(f) => parts::collect(&f.format_fixed_decimal(d)),
            Style::Percent(f) => {
                let text = parts::text(&parts::collect(&f.format(d)));
                let mut unsigned = d.clone();
                unsigned.sign = Sign::None;
                let number = self.decimal.format_to_string(&unsigned);
                match text.find(number.as_str()) {
                    Some(at) => {
                        let mut out = Parts::new();
                        push_styled_affix(&mut out, &text[..at], "percentSign");
                        out.push(("integer".into(), number.clone()));
                        push_styled_affix(&mut out, &text[at + number.len()..], "percentSign");
                        out
                    }
                    None => vec![("literal".into(), text)],
                }
            }
        };
        // Swap the styled output's run of number parts for `digits`.
        let is_number = |t: &str| matches!(t, "integer" | "group" | "decimal" | "fraction");
        let mut out = Parts::new();
        let mut swapped = false;
        for (t, v) in styled {
            if is_number(&t) {
                if !swapped {
                    out.extend(digits.iter().cloned());
                    swapped = true;
                }
            } else if t == "literal" {
                push_styled_affix(&mut out, &v, self.affix_type);
            } else {
                out.push((t, v));
            }
        }
        if !swapped {
            out.extend(digits);
        }
        out
    }

    /// `format(a)`, or `formatRange(a, b)` when `b` is not undefined.
    pub fn format_value(&self, cx: &Ctx<'_>, a: &Value<'_>, b: &Value<'_>) -> Result<Parts> {
        let start = self.format_one(cx, a)?;
        if b.is_undefined() {
            return Ok(start);
        }
        let end = self.format_one(cx, b)?;
        Ok(range_parts(start, end, &self.range_separator))
    }

    /// What `resolvedOptions` reports beyond the spec.
    pub fn info(&self, _out: &Object<'_>) -> Result<()> {
        Ok(())
    }
}

/// Bidi marks around a sign (`\u{61c}-` in Arabic) are a `literal` of
/// their own, as ICU labels them.
fn split_bidi_marks(parts: Parts) -> Parts {
    let is_mark = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}');
    let mut out = Parts::new();
    for (t, v) in parts {
        if (t == "minusSign" || t == "plusSign" || t == "percentSign")
            && v.chars().any(is_mark)
            && !v.chars().all(is_mark)
        {
            let mut run = String::new();
            let mut run_is_mark = None;
            for c in v.chars() {
                let mark = is_mark(c);
                if run_is_mark.is_some_and(|m| m != mark) {
                    let ty = if run_is_mark == Some(true) {
                        "literal"
                    } else {
                        t.as_str()
                    };
                    out.push((ty.to_string(), std::mem::take(&mut run)));
                }
                run_is_mark = Some(mark);
                run.push(c);
            }
            let ty = if run_is_mark == Some(true) {
                "literal"
            } else {
                t.as_str()
            };
            out.push((ty.to_string(), run));
        } else {
            out.push((t, v));
        }
    }
    out
}

/// The magnitude of `d`'s first nonzero digit (0 for zero).
fn magnitude(d: &Decimal) -> i16 {
    if d.absolute.is_zero() {
        0
    } else {
        d.absolute.nonzero_magnitude_start()
    }
}

/// Group a lone integer run one digit longer than a group, which ICU4X
/// leaves whole for locales with a minimum grouping of 2 (`1234` in `es`).
fn group_always(parts: Parts, separator: &str, primary: usize) -> Parts {
    let integers = parts.iter().filter(|(t, _)| t == "integer").count();
    let mut out = Parts::new();
    for (t, v) in parts {
        let n = v.chars().count();
        if t == "integer" && integers == 1 && n > primary && n <= 2 * primary {
            let split = v.char_indices().nth(n - primary).map_or(0, |(i, _)| i);
            out.push(("integer".into(), v[..split].to_string()));
            out.push(("group".into(), separator.to_string()));
            out.push(("integer".into(), v[split..].to_string()));
        } else {
            out.push((t, v));
        }
    }
    out
}

/// Label a pattern's text around the number: spaces and bidi marks and
/// parentheses are `literal`, `+` / `-` signs, `%` a `percentSign`, the
/// rest `affix_type` (`currency`, `unit`, `compact`, ...).
fn push_styled_affix(out: &mut Parts, text: &str, affix_type: &str) {
    let class = |c: char| -> &str {
        match c {
            '+' => "plusSign",
            '-' | '\u{2212}' => "minusSign",
            '%' | '\u{066a}' | '\u{2030}' if affix_type == "percentSign" => "percentSign",
            '(' | ')' | '\u{200e}' | '\u{200f}' | '\u{061c}' => "literal",
            c if c.is_whitespace() => "literal",
            _ => {
                if affix_type == "percentSign" {
                    "literal"
                } else {
                    affix_type
                }
            }
        }
    };
    // A space inside a name ("US dollars", "kilometers per hour") is part
    // of it, as ICU labels it: whitespace takes its neighbours' class when
    // both neighbours are the affix.
    let chars: Vec<char> = text.chars().collect();
    let classes: Vec<&str> = chars.iter().map(|&c| class(c)).collect();
    for (i, &c) in chars.iter().enumerate() {
        let mut t = classes[i];
        if c.is_whitespace() && affix_type != "literal" && affix_type != "percentSign" {
            let before = classes[..i]
                .iter()
                .rev()
                .zip(chars[..i].iter().rev())
                .find(|(_, c)| !c.is_whitespace());
            let after = classes[i + 1..]
                .iter()
                .zip(chars[i + 1..].iter())
                .find(|(_, c)| !c.is_whitespace());
            if before.is_some_and(|(b, _)| *b == affix_type) && after.is_some_and(|(a, _)| *a == affix_type) {
                t = affix_type;
            }
        }
        match out.last_mut() {
            Some((last, v)) if last == t && t != "plusSign" && t != "minusSign" => v.push(c),
            _ => out.push((t.to_string(), c.to_string())),
        }
    }
}

/// A number range as ICU formats one: equal ends give `~x`; an affix of
/// more than one character that both ends share is written once (`3–5 %`);
/// the separator gets spaces when either end keeps an affix (`$3 – $5`).
fn range_parts(start: Parts, end: Parts, separator: &str) -> Parts {
    let tag = |parts: &[(String, String)], source: &str| -> Parts {
        parts
            .iter()
            .map(|(t, v)| (format!("{t}\u{0}{source}"), v.clone()))
            .collect()
    };
    if parts::text(&start) == parts::text(&end) {
        // ICU puts the approximately sign first (`~$3`, `~-5`).
        let mut out = Parts::new();
        out.push(("approximatelySign\u{0}shared".into(), "~".into()));
        out.extend(tag(&start, "shared"));
        return out;
    }
    let split = |p: &Parts| {
        let first = p.iter().position(|(t, _)| is_core(t)).unwrap_or(0);
        let last = p.iter().rposition(|(t, _)| is_core(t)).map_or(p.len(), |i| i + 1);
        (first, last)
    };
    let (s0, s1) = split(&start);
    let (e0, e1) = split(&end);
    let text = |p: &[(String, String)]| p.iter().map(|(_, v)| v.as_str()).collect::<String>();
    let collapse_prefix = text(&start[..s0]) == text(&end[..e0]) && text(&start[..s0]).chars().count() > 1;
    let collapse_suffix = text(&start[s1..]) == text(&end[e1..]) && text(&start[s1..]).chars().count() > 1;
    let mut out = Parts::new();
    if collapse_prefix {
        out.extend(tag(&start[..s0], "shared"));
    }
    let start_body =
        &start[if collapse_prefix { s0 } else { 0 }..if collapse_suffix { s1 } else { start.len() }];
    let end_body = &end[if collapse_prefix { e0 } else { 0 }..if collapse_suffix { e1 } else { end.len() }];
    let affixed = |body: &[(String, String)]| body.iter().any(|(t, _)| !is_core(t));
    let spaced = affixed(start_body) || affixed(end_body);
    out.extend(tag(start_body, "startRange"));
    let sep = if spaced {
        format!(" {separator} ")
    } else {
        separator.to_string()
    };
    out.push(("literal\u{0}shared".into(), sep));
    out.extend(tag(end_body, "endRange"));
    if collapse_suffix {
        out.extend(tag(&start[s1..], "shared"));
    }
    out
}

/// Whether a part is the number itself (not an affix or sign).
fn is_core(t: &str) -> bool {
    matches!(
        t,
        "integer"
            | "group"
            | "decimal"
            | "fraction"
            | "nan"
            | "infinity"
            | "exponentSeparator"
            | "exponentMinusSign"
            | "exponentInteger"
    )
}

/// Push a unit pattern's text: spaces as `literal`, the rest as `unit`.
fn push_affix(out: &mut Parts, text: &str) {
    if text.is_empty() {
        return;
    }
    push_styled_affix(out, text, "unit");
}

/// `intlCurrencyDigits(code)`: the currency's minor unit digits (ISO 4217).
pub fn currency_digits(code: String) -> u32 {
    use icu_experimental::dimension::provider::currency::fractions::CurrencyFractionsV1;
    use icu_provider::prelude::*;
    let Ok(currency) = CurrencyType::try_from_str(&code.to_ascii_lowercase()) else {
        return 2;
    };
    let payload: Option<DataPayload<CurrencyFractionsV1>> = icu_experimental::provider::Baked
        .load(Default::default())
        .ok()
        .map(|r| r.payload);
    payload.map_or(2, |p| u32::from(p.get().resolve(currency).digits))
}

/// One `Intl.PluralRules`.
pub struct PluralFormat {
    rules: PluralRulesWithRanges<PluralRules>,
    rounding: Rounding,
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

impl PluralFormat {
    /// Build from a resolved spec.
    pub fn new(cx: &Ctx<'_>, spec: &Object<'_>) -> Result<Self> {
        let locale = locale(cx, spec)?;
        let rule_type = if get_str(spec, "type") == "ordinal" {
            PluralRuleType::Ordinal
        } else {
            PluralRuleType::Cardinal
        };
        let rules = PluralRulesWithRanges::try_new(
            (&locale).into(),
            PluralRulesOptions::default().with_type(rule_type),
        )
        .or_else(|e| data_error(cx, "plural rules", e))?;
        Ok(PluralFormat {
            rules,
            rounding: Rounding::from_spec(spec),
        })
    }

    fn category(&self, cx: &Ctx<'_>, value: &Value<'_>) -> Result<PluralCategory> {
        match input(cx, value)? {
            Input::Finite(d) => {
                let d = self.rounding.apply(&d);
                Ok(self.rules.rules().category_for(&d))
            }
            _ => Ok(PluralCategory::Other),
        }
    }

    /// `select(a)`, or `selectRange(a, b)` when `b` is not undefined.
    pub fn select(&self, cx: &Ctx<'_>, a: &Value<'_>, b: &Value<'_>) -> Result<String> {
        let start = self.category(cx, a)?;
        if b.is_undefined() {
            return Ok(category_name(start).to_string());
        }
        let end = self.category(cx, b)?;
        let _ = (start, end);
        let (a, b) = (input(cx, a)?, input(cx, b)?);
        let category = match (a, b) {
            (Input::Finite(a), Input::Finite(b)) => self
                .rules
                .category_for_range(&self.rounding.apply(&a), &self.rounding.apply(&b)),
            _ => PluralCategory::Other,
        };
        Ok(category_name(category).to_string())
    }

    /// `pluralCategories`.
    pub fn info(&self, out: &Object<'_>) -> Result<()> {
        let list: Vec<&str> = self.rules.rules().categories().map(category_name).collect();
        out.set("pluralCategories", list)
    }
}
